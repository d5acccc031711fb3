package kz.shamy.search.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;

/** Generations in memory; a closed directory keeps its files, as a folder on disk would across a restart. */
class InMemoryIndexStore implements IndexStore {

    final Map<String, ByteBuffersDirectory> directories = new HashMap<>();
    private String current;
    private int names;

    @Override
    public synchronized Optional<String> current() {
        return Optional.ofNullable(current);
    }

    @Override
    public synchronized String newName() {
        return "generation-" + (++names);
    }

    @Override
    public synchronized Directory open(String name) {
        ByteBuffersDirectory directory = directories.computeIfAbsent(name, n -> new ByteBuffersDirectory());
        return new FilterDirectory(directory) {
            @Override
            public void close() {
                // the files outlive the process that wrote them
            }
        };
    }

    @Override
    public synchronized void makeCurrent(String name) {
        current = name;
    }

    @Override
    public synchronized void delete(String name) {
        directories.remove(name);
    }

    @Override
    public synchronized void deleteAllBut(String keep) {
        directories.keySet().removeIf(name -> !name.equals(keep));
    }
}
