package kz.shamy.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * One unscored pass over what a search's words match and its caller may see, before its facet filters: counts the
 * total (the documents that pass every filter) and every dimension's values drill-sideways, all at once. A document
 * that passes every filter counts in every dimension; one that fails exactly one filter counts only in that filter's
 * dimension, so a chosen dimension shows its other values with the counts they would have (a person filtering by one
 * region can switch to another), while the other dimensions count what the filters leave. Lucene's DrillSideways
 * does the same with a pass per filter or a scorer of its own; with every document's values in arrays
 * ({@link FacetOrdinals}) a filter is an int comparison.
 *
 * <p>An optional {@code inner} collector (the newest-first page) sees exactly the documents that pass every filter.
 */
final class FacetPass implements CollectorManager<FacetPass.Counter, FacetPass.Result> {

    private final FacetOrdinals ordinals;
    /** Per dimension: the wanted global ordinal, {@link FacetOrdinals#MISSING} for no filter, -2 for a value no document has. */
    private final int[] wanted;
    private final CollectorManager<Collector, ?> inner;

    @SuppressWarnings("unchecked")
    FacetPass(FacetOrdinals ordinals, Map<String, String> filters, CollectorManager<? extends Collector, ?> inner) {
        this.ordinals = ordinals;
        this.inner = (CollectorManager<Collector, ?>) inner;
        this.wanted = new int[FacetOrdinals.DIMS.size()];
        for (int d = 0; d < wanted.length; d++) {
            String value = filters.get(FacetOrdinals.DIMS.get(d));
            if (value == null) {
                wanted[d] = FacetOrdinals.MISSING;
            } else {
                int ord = ordinals.ordinal(d, value);
                wanted[d] = ord == FacetOrdinals.MISSING ? -2 : ord;
            }
        }
    }

    @Override
    public Counter newCollector() throws IOException {
        return new Counter(inner == null ? null : inner.newCollector());
    }

    @Override
    public Result reduce(Collection<Counter> counters) throws IOException {
        long total = 0;
        long[][] counts = new long[wanted.length][];
        for (int d = 0; d < wanted.length; d++) {
            counts[d] = new long[ordinals.values(d)];
        }
        List<Collector> inners = new ArrayList<>();
        for (Counter c : counters) {
            total += c.total;
            for (int d = 0; d < wanted.length; d++) {
                for (int o = 0; o < counts[d].length; o++) {
                    counts[d][o] += c.counts[d][o];
                }
            }
            if (c.inner != null) {
                inners.add(c.inner);
            }
        }
        return new Result(total, counts, inner == null ? null : inner.reduce(inners));
    }

    /** What the pass found; {@code inner} is the inner manager's result, or null. */
    final class Result {
        final long total;
        private final long[][] counts;
        final Object inner;

        private Result(long total, long[][] counts, Object inner) {
            this.total = total;
            this.counts = counts;
            this.inner = inner;
        }

        /** Each dimension's {@code top} most frequent values, most frequent first, ties by value. */
        Map<String, Map<String, Long>> facets(int top) {
            Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
            for (int d = 0; d < counts.length; d++) {
                long[] c = counts[d];
                List<Integer> present = new ArrayList<>();
                for (int o = 0; o < c.length; o++) {
                    if (c[o] > 0) {
                        present.add(o);
                    }
                }
                // ordinals follow the values' byte order, so ties come out in value order
                present.sort((a, b) -> c[a] != c[b] ? Long.compare(c[b], c[a]) : Integer.compare(a, b));
                Map<String, Long> values = new LinkedHashMap<>();
                for (int i = 0; i < Math.min(top, present.size()); i++) {
                    values.put(ordinals.label(d, present.get(i)), c[present.get(i)]);
                }
                facets.put(FacetOrdinals.DIMS.get(d), values);
            }
            return facets;
        }
    }

    @Override
    public String toString() {
        return "FacetPass";
    }

    final class Counter implements Collector {
        private final Collector inner;
        private final long[][] counts;
        private long total;

        private Counter(Collector inner) {
            this.inner = inner;
            this.counts = new long[wanted.length][];
            for (int d = 0; d < wanted.length; d++) {
                counts[d] = new long[ordinals.values(d)];
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return inner == null ? ScoreMode.COMPLETE_NO_SCORES : inner.scoreMode();
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            int dims = wanted.length;
            int[][] leaf = new int[dims][];
            for (int d = 0; d < dims; d++) {
                leaf[d] = ordinals.leaf(context.ord, d);
            }
            LeafCollector innerLeaf = inner == null ? null : inner.getLeafCollector(context);
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) throws IOException {
                    if (innerLeaf != null) {
                        innerLeaf.setScorer(scorer);
                    }
                }

                @Override
                public void collect(int doc) throws IOException {
                    int misses = 0;
                    int missed = -1;
                    for (int d = 0; d < dims; d++) {
                        int want = wanted[d];
                        if (want != FacetOrdinals.MISSING && leaf[d][doc] != want) {
                            misses++;
                            missed = d;
                        }
                    }
                    if (misses == 0) {
                        total++;
                        for (int d = 0; d < dims; d++) {
                            int ord = leaf[d][doc];
                            if (ord >= 0) {
                                counts[d][ord]++;
                            }
                        }
                        if (innerLeaf != null) {
                            innerLeaf.collect(doc);
                        }
                    } else if (misses == 1) {
                        int ord = leaf[missed][doc];
                        if (ord >= 0) {
                            counts[missed][ord]++;
                        }
                    }
                }
            };
        }
    }
}
