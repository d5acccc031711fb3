package kz.shamy.shared;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * This Shamy node's name among the nodes sharing one database ({@code shamy.node.name}): by default the host's
 * name (the {@code HOSTNAME} a container or shell sets) and the HTTP port, so two nodes on one host differ too.
 * Work a node records as its own (an import job) is recognised by it after a restart.
 */
@Component
public class NodeName {

    private final String name;

    public NodeName(@Value("${shamy.node.name:}") String configured, @Value("${HOSTNAME:localhost}") String host,
            @Value("${server.port:8080}") String port) {
        this.name = StringUtils.hasText(configured) ? configured.strip() : host + ":" + port;
        if (name.length() > 200) {
            throw new IllegalArgumentException("shamy.node.name is longer than 200 characters");
        }
    }

    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }
}
