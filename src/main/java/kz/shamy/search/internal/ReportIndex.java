package kz.shamy.search.internal;

import kz.shamy.search.SearchSource;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The one owner of the report index: opens the current generation (directory, writer, near-real-time
 * searcher manager) at start-up, lends searchers through {@link #withSearcher}, swaps in a rebuilt
 * generation without a search outage, and closes everything in order on shutdown.
 */
@Component
public class ReportIndex {

    /** A search against one consistent point-in-time view of the index. */
    @FunctionalInterface
    public interface SearchCall<T> {
        T apply(ReportSearcher searcher) throws IOException;
    }

    public static final String FIRST_GENERATION = FsIndexStore.FIRST;
    private static final Logger log = LoggerFactory.getLogger(ReportIndex.class);

    private final IndexStore store;
    private final Analyzer analyzer;
    private final AtomicReference<IndexGeneration> current = new AtomicReference<>();
    private final boolean openedWithoutIndex;
    private volatile boolean closed;

    public ReportIndex(IndexStore store, ReportAnalysis analysis) throws IOException {
        this.store = store;
        this.analyzer = ReportFields.analyzer(analysis);
        Optional<String> name = store.current();
        Opened opened = name.isPresent() ? tryOpen(name.get()) : Opened.MISSING;
        if (opened != Opened.READABLE) {
            // start empty, where the index was missing or else under a new name beside the unreadable one;
            // the start-up check fills it
            String fresh = name.isEmpty() ? FIRST_GENERATION : opened == Opened.MISSING ? name.get() : store.newName();
            current.set(openGeneration(fresh));
            store.makeCurrent(fresh);
        }
        this.openedWithoutIndex = opened != Opened.READABLE;
        store.deleteAllBut(current.get().name());
    }

    private enum Opened { READABLE, MISSING, UNREADABLE }

    private Opened tryOpen(String name) {
        try {
            Directory directory = store.open(name);
            if (!DirectoryReader.indexExists(directory)) {
                directory.close();
                return Opened.MISSING;
            }
            current.set(IndexGeneration.open(name, directory, analyzer, () -> onClosed(name)));
            return Opened.READABLE;
        } catch (IOException | RuntimeException e) {
            log.warn("Index generation {} cannot be opened; it will be rebuilt", name, e);
            return Opened.UNREADABLE;
        }
    }

    private IndexGeneration openGeneration(String name) throws IOException {
        return IndexGeneration.open(name, store.open(name), analyzer, () -> onClosed(name));
    }

    private void onClosed(String name) {
        IndexGeneration now = current.get();
        if (now != null && !now.name().equals(name)) {
            try {
                store.delete(name);
            } catch (IOException e) {
                log.warn("Old index generation {} could not be deleted", name, e);
            }
        }
    }

    /** True when start-up found no readable index, so what is open is empty and must be rebuilt. */
    public boolean openedWithoutIndex() {
        return openedWithoutIndex;
    }

    /** Runs {@code call} on a searcher of the current generation, released however the call ends. */
    <T> T withSearcher(SearchCall<T> call) {
        IndexGeneration generation = use();
        try {
            return generation.search(call);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            generation.release();
        }
    }

    private IndexGeneration use() {
        while (true) {
            IndexGeneration generation = current.get();
            if (generation.tryUse()) {
                return generation;
            }
            if (closed) {
                throw new IllegalStateException("The report index is closed");
            }
        }
    }

    /** The generation changes are applied to. Only the indexer writes, under its own lock. */
    public IndexGeneration current() {
        return current.get();
    }

    /** A new, empty generation beside the current one, for a rebuild. */
    IndexGeneration createFresh() throws IOException {
        return openGeneration(store.newName());
    }

    /**
     * Makes {@code fresh} the generation searches use and a restart opens; the old one closes when its
     * last running search is done. {@code fresh} must be committed.
     */
    void swap(IndexGeneration fresh) throws IOException {
        fresh.refresh();
        store.makeCurrent(fresh.name());
        IndexGeneration old = current.getAndSet(fresh);
        old.retire();
        log.info("Index generation {} replaced {}", fresh.name(), old.name());
    }

    /** Documents in the index now (drafts included), as a complete index would hold {@link SearchSource#count()}. */
    public long count() {
        return withSearcher(searcher -> (long) searcher.getIndexReader().numDocs());
    }

    @PreDestroy
    public void close() {
        closed = true;
        current.get().retire();
    }
}
