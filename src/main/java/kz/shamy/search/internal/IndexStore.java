package kz.shamy.search.internal;

import java.io.IOException;
import java.util.Optional;
import org.apache.lucene.store.Directory;

/**
 * Where index generations live: each rebuild writes a fresh one beside the current, and a durable
 * pointer says which one a restart opens.
 */
public interface IndexStore {

    /** The generation the pointer names, empty before the first index exists. */
    Optional<String> current() throws IOException;

    /** A name no generation has yet. */
    String newName();

    Directory open(String name) throws IOException;

    /** Makes {@code name} the current generation, atomically and durably. */
    void makeCurrent(String name) throws IOException;

    /** Removes one generation's files (swapped out or failed). */
    void delete(String name) throws IOException;

    /** Removes every generation except {@code keep} (old, failed or half-built ones). */
    void deleteAllBut(String keep) throws IOException;
}
