package kz.shamy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * What can be checked of docker-compose.yml without a Docker engine: that every file, image, port and variable it
 * names exists in the project or is pinned, and that start order and the proxy's upstreams hold together. Each
 * problem is one sentence naming the service; none means the file passed.
 */
final class ComposeCheck {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]");
    private static final Pattern SERVER_PORT = Pattern.compile("(?m)^server:\\s*\\n\\s+port:\\s*\\$\\{PORT:(\\d+)}");
    private static final Pattern EXPOSE = Pattern.compile("(?m)^EXPOSE\\s+(\\d+)");
    private static final Pattern HAPROXY_SERVER = Pattern.compile("(?m)^\\s*server\\s+\\S+\\s+([^\\s:]+):(\\d+)");
    private static final Set<String> CONDITIONS =
            Set.of("service_started", "service_healthy", "service_completed_successfully");

    private final Path project;
    private final Set<String> shamyReads;
    private final List<String> mapPrefixes;

    ComposeCheck(Path project) throws IOException {
        this.project = project;
        Set<String> names = new HashSet<>();
        List<String> prefixes = new ArrayList<>();
        knownProperties(names, prefixes);
        this.shamyReads = names;
        this.mapPrefixes = prefixes;
    }

    List<String> problems(String composeYaml) throws IOException {
        List<String> problems = new ArrayList<>();
        Map<String, Object> compose = map(new Yaml(new LoaderOptions()).load(composeYaml));
        Map<String, Object> services = map(compose.get("services"));
        Set<String> volumes = map(compose.get("volumes")).keySet();
        int shamyPort = shamyPort();
        Map<String, String> publishedBy = new HashMap<>();
        for (var entry : services.entrySet()) {
            String name = entry.getKey();
            Map<String, Object> service = map(entry.getValue());
            boolean shamy = builtFromShamysDockerfile(name, service, problems);
            image(name, service, problems);
            Map<String, String> environment = environment(service.get("environment"));
            if (shamy) {
                environment.keySet().stream().filter(variable -> !readByShamy(variable)).forEach(variable ->
                        problems.add(name + ": Shamy reads no variable " + variable));
            }
            int port = shamy && environment.containsKey("PORT") ? Integer.parseInt(environment.get("PORT")) : shamyPort;
            for (String volume : strings(service.get("volumes"))) {
                String source = volume.split(":")[0];
                if (source.startsWith(".") || source.startsWith("/")) {
                    if (!Files.exists(project.resolve(source).normalize())) {
                        problems.add(name + ": bind-mounts " + source + ", which is not in the project");
                    } else if (source.endsWith(".cfg")) {
                        upstreams(name, project.resolve(source), services, shamyPort, problems);
                    }
                } else if (!volumes.contains(source)) {
                    problems.add(name + ": volume " + source + " is not declared under volumes");
                }
            }
            for (Object published : service.get("ports") instanceof List<?> l ? l : List.of()) {
                String host;
                String container;
                if (published instanceof Map<?, ?> longSyntax) {
                    host = String.valueOf(longSyntax.get("published"));
                    container = String.valueOf(longSyntax.get("target"));
                } else {
                    String[] parts = String.valueOf(published).split(":");
                    host = parts.length > 1 ? parts[parts.length - 2] : parts[0];
                    container = parts[parts.length - 1].split("/")[0];
                }
                String other = publishedBy.putIfAbsent(host, name);
                if (other != null) {
                    problems.add(name + ": publishes port " + host + ", which " + other + " publishes too");
                }
                if (shamy && Integer.parseInt(container) != port) {
                    problems.add(name + ": publishes container port " + container + ", Shamy listens on " + port);
                }
            }
            if (shamy && !String.valueOf(map(service.get("healthcheck")).get("test")).contains("localhost/" + port)) {
                problems.add(name + ": its health check does not ask Shamy's port " + port);
            }
            dependencies(name, service, services, problems);
        }
        return problems;
    }

    private boolean builtFromShamysDockerfile(String name, Map<String, Object> service, List<String> problems)
            throws IOException {
        Object build = service.get("build");
        if (build == null) {
            return false;
        }
        String context = build instanceof Map<?, ?> b ? String.valueOf(b.get("context")) : String.valueOf(build);
        String dockerfile = build instanceof Map<?, ?> b && b.get("dockerfile") != null
                ? String.valueOf(b.get("dockerfile")) : "Dockerfile";
        Path file = project.resolve(context).resolve(dockerfile).normalize();
        if (!Files.isRegularFile(file)) {
            problems.add(name + ": builds from " + project.relativize(file) + ", which is not in the project");
            return false;
        }
        boolean shamy = file.equals(project.resolve("Dockerfile").normalize());
        Matcher expose = EXPOSE.matcher(Files.readString(file));
        if (shamy && (!expose.find() || Integer.parseInt(expose.group(1)) != shamyPort())) {
            problems.add(name + ": the Dockerfile does not EXPOSE Shamy's port " + shamyPort());
        }
        return shamy;
    }

    private static void image(String name, Map<String, Object> service, List<String> problems) {
        Object image = service.get("image");
        if (image == null) {
            if (service.get("build") == null) {
                problems.add(name + ": names neither an image nor a build");
            }
            return;
        }
        String reference = String.valueOf(image);
        String lastPart = reference.substring(reference.lastIndexOf('/') + 1);
        if (!reference.contains("@sha256:") && (!lastPart.contains(":") || lastPart.endsWith(":latest"))) {
            problems.add(name + ": image " + reference + " is not pinned to a version tag");
        }
    }

    private static void dependencies(String name, Map<String, Object> service, Map<String, Object> services,
            List<String> problems) {
        Object dependsOn = service.get("depends_on");
        Map<String, Object> conditions = new LinkedHashMap<>();
        if (dependsOn instanceof List<?> list) {
            list.forEach(dependency -> conditions.put(String.valueOf(dependency), Map.of()));
        } else {
            conditions.putAll(map(dependsOn));
        }
        for (var dependency : conditions.entrySet()) {
            Object condition = map(dependency.getValue()).get("condition");
            if (!services.containsKey(dependency.getKey())) {
                problems.add(name + ": depends on " + dependency.getKey() + ", which is no service");
            } else if (condition != null && !CONDITIONS.contains(String.valueOf(condition))) {
                problems.add(name + ": depends on " + dependency.getKey() + " with an unknown condition " + condition);
            } else if ("service_healthy".equals(condition)
                    && map(services.get(dependency.getKey())).get("healthcheck") == null) {
                problems.add(name + ": waits for " + dependency.getKey() + " to be healthy, which has no health check");
            }
        }
    }

    /** The proxy's upstreams (haproxy's server lines) name services, and Shamy's on the port it listens on. */
    private void upstreams(String name, Path config, Map<String, Object> services, int shamyPort, List<String> problems)
            throws IOException {
        Matcher server = HAPROXY_SERVER.matcher(Files.readString(config));
        while (server.find()) {
            String host = server.group(1);
            if (!services.containsKey(host)) {
                problems.add(name + ": " + project.relativize(config) + " sends requests to " + host
                        + ", which is no service");
            } else if (map(services.get(host)).get("build") != null && Integer.parseInt(server.group(2)) != shamyPort) {
                problems.add(name + ": " + project.relativize(config) + " sends requests to " + host + ":"
                        + server.group(2) + ", Shamy listens on " + shamyPort);
            }
        }
    }

    private boolean readByShamy(String variable) {
        return shamyReads.contains(variable) || mapPrefixes.stream().anyMatch(variable::startsWith);
    }

    /** server.port's default in application.yml: ${PORT:8080}. */
    private int shamyPort() throws IOException {
        Matcher port = SERVER_PORT.matcher(Files.readString(project.resolve("src/main/resources/application.yml")));
        if (!port.find()) {
            throw new IllegalStateException("application.yml no longer sets server.port as ${PORT:…}");
        }
        return Integer.parseInt(port.group(1));
    }

    /**
     * Every variable Shamy reads: the ${NAME} placeholders of its application*.yml, and the environment spelling
     * (Spring Boot's relaxed binding: SPRING_MAIL_HOST for spring.mail.host) of each property its yml files set or
     * a library on the class path describes in its configuration metadata; map-valued properties take any suffix.
     */
    private void knownProperties(Set<String> names, List<String> mapPrefixes) throws IOException {
        try (Stream<Path> files = Files.list(project.resolve("src/main/resources"))) {
            for (Path yml : files.filter(f -> f.getFileName().toString().matches("application.*\\.yml")).toList()) {
                String text = Files.readString(yml);
                PLACEHOLDER.matcher(text).results().forEach(match -> names.add(match.group(1)));
                for (Object document : new Yaml(new LoaderOptions()).loadAll(text)) {
                    flatten("", map(document), names);
                }
            }
        }
        ObjectMapper json = new ObjectMapper();
        for (URL metadata : Collections.list(getClass().getClassLoader()
                .getResources("META-INF/spring-configuration-metadata.json"))) {
            try (InputStream in = metadata.openStream()) {
                for (JsonNode property : json.readTree(in).path("properties")) {
                    List<String> environmentNames = environmentNames(property.path("name").asText());
                    names.addAll(environmentNames);
                    if (property.path("type").asText().startsWith("java.util.Map")) {
                        environmentNames.forEach(name -> mapPrefixes.add(name + "_"));
                    }
                }
            }
        }
    }

    private static void flatten(String prefix, Map<String, Object> node, Set<String> names) {
        node.forEach((key, value) -> {
            String name = prefix.isEmpty() ? key : prefix + "." + key;
            if (value instanceof Map<?, ?>) {
                flatten(name, map(value), names);
            } else {
                names.addAll(environmentNames(name));
            }
        });
    }

    /**
     * The two spellings Spring Boot binds from the environment: dashes dropped (SERVER_FORWARDHEADERSSTRATEGY, the
     * documented one) or read as underscores (SERVER_FORWARD_HEADERS_STRATEGY, which it also accepts).
     */
    private static List<String> environmentNames(String property) {
        String upper = property.replace(".", "_").toUpperCase(Locale.ROOT);
        return List.of(upper.replace("-", ""), upper.replace("-", "_"));
    }

    private static Map<String, String> environment(Object environment) {
        Map<String, String> variables = new LinkedHashMap<>();
        if (environment instanceof List<?> list) {
            list.forEach(entry -> {
                String[] pair = String.valueOf(entry).split("=", 2);
                variables.put(pair[0], pair.length > 1 ? pair[1] : "");
            });
        } else {
            map(environment).forEach((key, value) -> variables.put(key, String.valueOf(value)));
        }
        return variables;
    }

    private static List<String> strings(Object list) {
        return list instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        if (node == null) {
            return Map.of();
        }
        if (!(node instanceof Map<?, ?>)) {
            throw new IllegalStateException("expected a mapping, found " + node);
        }
        return (Map<String, Object>) node;
    }
}
