package kz.shamy.shared;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * This Shamy node's name among the nodes sharing one database ({@code shamy.node.name}, set it on each node of a
 * cluster). By default the host's name (the {@code HOSTNAME} a container or shell sets) and the node's data folder,
 * where its own search index lives: a node restarted on the same folder is the same node, whatever port it takes,
 * and two nodes on one host have two folders. Work a node records as its own (an import job) is recognised by it
 * after a restart.
 */
@Component
public class NodeName {

    static final int MAX = 200;

    private final String name;

    public NodeName(@Value("${shamy.node.name:}") String configured, @Value("${HOSTNAME:localhost}") String host,
            @Value("${shamy.data-dir:./data}") String dataDir) {
        if (StringUtils.hasText(configured)) {
            this.name = configured.strip();
            if (name.length() > MAX) {
                throw new IllegalArgumentException("shamy.node.name is longer than " + MAX + " characters");
            }
        } else {
            String folder = Path.of(dataDir).toAbsolutePath().normalize().toString();
            String named = host + ":" + folder;
            this.name = named.length() <= MAX ? named : host.substring(0, Math.min(host.length(), 100)) + ":" + digest(folder);
        }
    }

    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
