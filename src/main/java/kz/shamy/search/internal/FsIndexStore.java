package kz.shamy.search.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Generations as folders under the index root ({@code ${shamy.data-dir}/index}): {@code current} at first,
 * {@code yyyyMMdd-HHmmss-SSS} for each rebuild, and a {@code CURRENT} file naming the one in use, replaced
 * by an atomic rename so a crash leaves either the old or the new name, never half of one.
 */
public class FsIndexStore implements IndexStore {

    static final String FIRST = "current";
    private static final String POINTER = "CURRENT";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private final Path root;
    private final AtomicInteger sequence = new AtomicInteger();

    public FsIndexStore(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    @Override
    public Optional<String> current() throws IOException {
        Path pointer = root.resolve(POINTER);
        if (Files.exists(pointer)) {
            return Optional.of(Files.readString(pointer, StandardCharsets.UTF_8).trim());
        }
        return Files.isDirectory(root.resolve(FIRST)) ? Optional.of(FIRST) : Optional.empty();
    }

    @Override
    public String newName() {
        return LocalDateTime.now().format(STAMP) + "-" + sequence.incrementAndGet();
    }

    @Override
    public Directory open(String name) throws IOException {
        return FSDirectory.open(Files.createDirectories(root.resolve(name)));
    }

    @Override
    public void makeCurrent(String name) throws IOException {
        Files.createDirectories(root);
        Path temp = root.resolve(POINTER + ".tmp");
        Files.writeString(temp, name, StandardCharsets.UTF_8);
        Files.move(temp, root.resolve(POINTER), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void delete(String name) throws IOException {
        Path folder = root.resolve(name);
        if (Files.isDirectory(folder)) {
            deleteTree(folder);
        }
    }

    @Override
    public void deleteAllBut(String keep) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> children = Files.list(root)) {
            for (Path child : children.filter(Files::isDirectory).toList()) {
                if (!child.getFileName().toString().equals(keep)) {
                    deleteTree(child);
                }
            }
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
