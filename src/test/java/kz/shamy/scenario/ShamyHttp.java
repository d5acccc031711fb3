package kz.shamy.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * A person using Shamy over HTTP, as a client would: HTTP Basic, JSON, the engine REST API's variable
 * format. Each call answers with the status and the parsed body.
 */
public final class ShamyHttp {

    public record Answer(int status, JsonNode body, String text) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    public ShamyHttp(int port) {
        this.base = "http://localhost:" + port;
    }

    public Answer get(String user, String path) {
        return send(user, HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    public Answer post(String user, String path, Object body) {
        try {
            return send(user, HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public Answer put(String user, String path, Object body) {
        return call("PUT", user, path, body);
    }

    /** Any method, with a JSON body when {@code body} is not {@code null}. */
    public Answer call(String method, String user, String path, Object body) {
        try {
            HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body instanceof String text ? text
                            : JSON.writeValueAsString(body));
            return send(user, HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/json").method(method, publisher));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The one open task of {@code definitionKey} assigned to {@code user}, found as that user. */
    public String taskOf(String user, String definitionKey, String processInstanceId) {
        String query = "/engine-rest/task?assignee=" + enc(user) + "&taskDefinitionKey=" + enc(definitionKey)
                + (processInstanceId == null ? "" : "&processInstanceId=" + enc(processInstanceId));
        Answer answer = get(user, query);
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        assertThat(answer.body().size()).as(user + " has one " + definitionKey + ": " + answer.text()).isEqualTo(1);
        return answer.body().get(0).path("id").asText();
    }

    /** The one open task of {@code definitionKey} assigned to {@code user}, as the engine REST API shows it. */
    public JsonNode openTask(String user, String definitionKey, String processInstanceId) {
        String id = taskOf(user, definitionKey, processInstanceId);
        Answer answer = get(user, "/engine-rest/task/" + id);
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        return answer.body();
    }

    /** Finds the one unclaimed task of {@code definitionKey} offered to {@code user}'s groups and claims it. */
    public String claimGroupTask(String user, String definitionKey, String processInstanceId) {
        String taskId = groupTaskOf(user, definitionKey, processInstanceId);
        Answer claimed = claim(user, taskId);
        assertThat(claimed.status()).as(user + " claims " + definitionKey + ": " + claimed.text()).isEqualTo(204);
        return taskId;
    }

    /** The one unclaimed task of {@code definitionKey} offered to {@code user}'s groups, found as that user. */
    public String groupTaskOf(String user, String definitionKey, String processInstanceId) {
        String query = "/engine-rest/task?candidateUser=" + enc(user) + "&taskDefinitionKey=" + enc(definitionKey)
                + (processInstanceId == null ? "" : "&processInstanceId=" + enc(processInstanceId));
        Answer answer = get(user, query);
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        assertThat(answer.body().size()).as(user + " is offered one " + definitionKey + ": " + answer.text())
                .isEqualTo(1);
        return answer.body().get(0).path("id").asText();
    }

    public Answer claim(String user, String taskId) {
        return post(user, "/engine-rest/task/" + taskId + "/claim", Map.of("userId", user));
    }

    /**
     * Runs the one timer of {@code timerActivityId} in the instance now instead of when it is due, as an
     * administrator does from Cockpit or the REST API.
     */
    public void executeTimer(String user, String processInstanceId, String timerActivityId) {
        Answer jobs = get(user, "/engine-rest/job?timers=true&processInstanceId=" + enc(processInstanceId)
                + "&activityId=" + enc(timerActivityId));
        assertThat(jobs.status()).as(jobs.text()).isEqualTo(200);
        assertThat(jobs.body().size()).as("one " + timerActivityId + " timer: " + jobs.text()).isEqualTo(1);
        Answer executed = post(user, "/engine-rest/job/" + jobs.body().get(0).path("id").asText() + "/execute",
                Map.of());
        assertThat(executed.status()).as(timerActivityId + " executed: " + executed.text()).isEqualTo(204);
    }

    /** Completes a task with plain variables (String, Number, Boolean), as Tasklist's form submit does. */
    public Answer complete(String user, String taskId, Map<String, ?> variables) {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode vars = body.putObject("variables");
        variables.forEach((name, value) -> {
            ObjectNode v = vars.putObject(name);
            v.set("value", JSON.valueToTree(value));
            if (value instanceof List<?>) {
                v.put("type", "Json");
                v.put("value", JSON.valueToTree(value).toString());
            } else if (value instanceof Long || value instanceof Integer) {
                v.put("type", value instanceof Long ? "Long" : "Integer");
            }
        });
        return post(user, "/engine-rest/task/" + taskId + "/complete", body);
    }

    /**
     * Submits a task's form as Tasklist does ({@code /submit-form}): every value typed, text as
     * {@code {"value": ..., "type": "String"}}. Unlike {@code /complete}, the engine records each submitted
     * field in its history as a form property.
     */
    public Answer submitForm(String user, String taskId, Map<String, ?> variables) {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode vars = body.putObject("variables");
        variables.forEach((name, value) -> {
            ObjectNode v = vars.putObject(name);
            v.set("value", JSON.valueToTree(value));
            v.put("type", value instanceof Boolean ? "Boolean" : value instanceof Long ? "Long"
                    : value instanceof Integer ? "Integer" : "String");
        });
        return post(user, "/engine-rest/task/" + taskId + "/submit-form", body);
    }

    public void completeOk(String user, String definitionKey, String processInstanceId, Map<String, ?> variables) {
        Answer answer = complete(user, taskOf(user, definitionKey, processInstanceId), variables);
        assertThat(answer.status()).as(definitionKey + " by " + user + ": " + answer.text()).isEqualTo(204);
    }

    /** Deploys one file through {@code /engine-rest/deployment/create}, as the modeler does. */
    public Answer deploy(String user, String fileName, String content) {
        String boundary = "shamy-" + System.nanoTime();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n"
                + fileName + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + content + "\r\n--" + boundary
                + "--\r\n";
        return send(user, HttpRequest.newBuilder(URI.create(base + "/engine-rest/deployment/create"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    private Answer send(String user, HttpRequest.Builder request) {
        if (user != null) {
            String credentials = user + ":demo";
            request.header("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        try {
            HttpResponse<String> response = http.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            JsonNode body = response.body().isBlank() ? JSON.nullNode() : parse(response.body());
            return new Answer(response.statusCode(), body, response.body());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (java.io.IOException e) {
            return JSON.getNodeFactory().textNode(text);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
