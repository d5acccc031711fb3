package kz.shamy.workflow;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The request Camunda Desktop Modeler's Deploy button sends to a Camunda 7 engine: a multipart POST to
 * {@code /engine-rest/deployment/create} with the deployment's name and source, changed-only and duplicate
 * filtering on, and the diagram with the form it refers to, each part named by its file name. Authorization is
 * the caller's ({@code Basic …} or {@code Bearer …}), as the dialog's "Authentication" sets it.
 */
public final class DesktopModelerDeploy {

    private DesktopModelerDeploy() {
    }

    /** A small process whose one user task shows a Camunda Form deployed with it. */
    public static String bpmn(String processKey, String formId) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_%1$s"
                    targetNamespace="http://bpmn.io/schema/bpmn" exporter="Camunda Modeler" exporterVersion="5.40.0">
                  <bpmn:process id="%1$s" name="Desktop Modeler check" isExecutable="true"
                      camunda:historyTimeToLive="P180D">
                    <bpmn:startEvent id="Start"/>
                    <bpmn:sequenceFlow id="Flow_1" sourceRef="Start" targetRef="Check"/>
                    <bpmn:userTask id="Check" name="Check" camunda:formRef="%2$s" camunda:formRefBinding="deployment"/>
                    <bpmn:sequenceFlow id="Flow_2" sourceRef="Check" targetRef="End"/>
                    <bpmn:endEvent id="End"/>
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(processKey, formId);
    }

    public static String form(String formId) {
        return """
                {"id": "%s", "type": "default", "schemaVersion": 16,
                 "components": [{"type": "textfield", "key": "note", "label": "Note"}]}
                """.formatted(formId);
    }

    /**
     * The Deploy button's request for {@code processKey} to the dialog's endpoint URL
     * ({@code http://host/engine-rest}), with this Authorization, the diagram and its form.
     */
    public static HttpRequest request(String endpoint, String authorization, String processKey, String bpmn) {
        return request(endpoint, authorization, processKey, bpmn, form(processKey + "-form"));
    }

    public static HttpRequest request(String endpoint, String authorization, String processKey, String bpmn,
            String form) {
        String formId = processKey + "-form";
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("deployment-name", processKey);
        fields.put("deployment-source", "Camunda Modeler");
        fields.put("deploy-changed-only", "true");
        fields.put("enable-duplicate-filtering", "true");
        String boundary = "----DesktopModeler" + System.nanoTime();
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
                .append(value).append("\r\n"));
        file(body, boundary, processKey + ".bpmn", bpmn);
        file(body, boundary, formId + ".form", form);
        body.append("--").append(boundary).append("--\r\n");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoint + "/deployment/create"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request.build();
    }

    private static void file(StringBuilder body, String boundary, String fileName, String content) {
        body.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(fileName).append("\"; filename=\"")
                .append(fileName).append("\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .append(content).append("\r\n");
    }
}
