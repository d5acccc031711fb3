package kz.shamy.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
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
public final class FacetPass implements CollectorManager<FacetPass.Counter, FacetPass.Result> {

    private final FacetOrdinals ordinals;
    private final List<FacetDimension> dimensions;
    /**
     * Per dimension: the wanted group of spellings ({@link FacetKeys}), {@link FacetOrdinals#MISSING} for no filter,
     * -2 for a value no document has.
     */
    private final int[] wanted;
    /** Per dimension: slot 0 (no value) holds 0, slot ordinal + 1 holds that value's group + 1. */
    private final int[][] groupPlusOne;
    /** Per dimension: where its bits start in a packed value ({@link FacetOrdinals#shift}), and how many. */
    private final int[] shifts;
    private final int[] masks;
    /**
     * Per dimension: where its slots start in a {@link Counter}'s one array of counts: slot 0 for documents
     * without a value, then one per ordinal.
     */
    private final int[] offsets;
    private final int slots;
    private final CollectorManager<Collector, ?> inner;
    /** Whether any facet filter is set; without one, every document counts everywhere. */
    private final boolean filtered;

    /** {@code filters}: the chosen value by dimension ({@link FacetDimension#field}). */
    @SuppressWarnings("unchecked")
    FacetPass(FacetOrdinals ordinals, Map<String, String> filters, CollectorManager<? extends Collector, ?> inner) {
        this.ordinals = ordinals;
        this.dimensions = ordinals.dimensions();
        this.inner = (CollectorManager<Collector, ?>) inner;
        int dims = dimensions.size();
        this.wanted = new int[dims];
        this.groupPlusOne = new int[dims][];
        this.shifts = new int[dims];
        this.masks = new int[dims];
        this.offsets = new int[dims];
        int slot = 0;
        for (int d = 0; d < dims; d++) {
            String value = filters.get(dimensions.get(d).field());
            if (value == null) {
                wanted[d] = FacetOrdinals.MISSING;
            } else {
                int group = ordinals.groupOf(d, value);
                wanted[d] = group == FacetOrdinals.MISSING ? -2 : group;
            }
            groupPlusOne[d] = new int[ordinals.values(d) + 1];
            for (int o = 0; o < ordinals.values(d); o++) {
                groupPlusOne[d][o + 1] = ordinals.group(d, o) + 1;
            }
            // a dimension's ordinal + 1 is below its value count + 1 < 2^31: its mask fits an int
            shifts[d] = ordinals.shift(d);
            masks[d] = (int) ordinals.mask(d);
            offsets[d] = slot;
            slot += ordinals.values(d) + 1;
        }
        this.slots = slot;
        this.filtered = Arrays.stream(wanted).anyMatch(want -> want != FacetOrdinals.MISSING);
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
                // the dimension's first slot is "no value"; ordinal o is in the slot o + 1 after it
                int first = offsets[d] + 1;
                for (int o = 0; o < counts[d].length; o++) {
                    counts[d][o] += c.counts[first + o];
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

        /**
         * Each dimension's {@code top} most frequent values, most frequent first, ties in value order; the spellings
         * of one value count as one, named in the reader's script ({@link FacetKeys#label}).
         */
        Map<String, Map<String, Long>> facets(int top, boolean latinReader) {
            Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
            for (int d = 0; d < counts.length; d++) {
                long[] c = new long[ordinals.groups(d)];
                for (int o = 0; o < counts[d].length; o++) {
                    c[ordinals.group(d, o)] += counts[d][o];
                }
                // count in the high bits, the group's complement in the low ones: a larger key is a larger count,
                // then a smaller group (groups are numbered in their first spelling's byte order); the top keys are
                // kept in a small min-heap
                long[] heap = new long[Math.max(1, top)];
                int size = 0;
                for (int o = 0; o < c.length && top > 0; o++) {
                    if (c[o] == 0) {
                        continue;
                    }
                    long key = c[o] << 32 | (Integer.MAX_VALUE - o);
                    if (size < top) {
                        heap[size] = key;
                        siftUp(heap, size++);
                    } else if (key > heap[0]) {
                        heap[0] = key;
                        siftDown(heap, size);
                    }
                }
                long[] best = Arrays.copyOf(heap, size);
                Arrays.sort(best);
                Map<String, Long> values = new LinkedHashMap<>();
                for (int i = best.length - 1; i >= 0; i--) {
                    int group = Integer.MAX_VALUE - (int) (best[i] & 0xFFFF_FFFFL);
                    values.put(label(d, group, latinReader), c[group]);
                }
                facets.put(dimensions.get(d).field(), values);
            }
            return facets;
        }

        private String label(int dim, int group, boolean latinReader) {
            int[] members = ordinals.members(dim, group);
            String[] spellings = new String[members.length];
            long[] counted = new long[members.length];
            for (int i = 0; i < members.length; i++) {
                spellings[i] = ordinals.label(dim, members[i]);
                counted[i] = counts[dim][members[i]];
            }
            return FacetKeys.label(spellings, counted, latinReader);
        }
    }

    private static void siftUp(long[] heap, int i) {
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (heap[parent] <= heap[i]) {
                return;
            }
            long t = heap[parent];
            heap[parent] = heap[i];
            heap[i] = t;
            i = parent;
        }
    }

    private static void siftDown(long[] heap, int size) {
        int i = 0;
        while (true) {
            int smallest = i;
            int left = 2 * i + 1;
            int right = left + 1;
            if (left < size && heap[left] < heap[smallest]) {
                smallest = left;
            }
            if (right < size && heap[right] < heap[smallest]) {
                smallest = right;
            }
            if (smallest == i) {
                return;
            }
            long t = heap[smallest];
            heap[smallest] = heap[i];
            heap[i] = t;
            i = smallest;
        }
    }

    @Override
    public String toString() {
        return "FacetPass";
    }

    final class Counter implements Collector {
        private final Collector inner;
        /** Every dimension's counts, dimension d's from {@code offsets[d]} on. */
        private final int[] counts = new int[slots];
        private long total;

        private Counter(Collector inner) {
            this.inner = inner;
        }

        @Override
        public ScoreMode scoreMode() {
            return inner == null ? ScoreMode.COMPLETE_NO_SCORES : inner.scoreMode();
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            long[] values = ordinals.leaf(context.ord);
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
                    long value = values[doc];
                    if (filtered && !passesOrCountsSideways(value)) {
                        return;
                    }
                    total++;
                    countAll(value);
                    if (innerLeaf != null) {
                        innerLeaf.collect(doc);
                    }
                }
            };
        }

        /**
         * True when {@code value} passes every facet filter; when it fails exactly one, it is counted in that
         * filter's dimension only (drill-sideways) and this is false, as when it fails more.
         */
        private boolean passesOrCountsSideways(long value) {
            int misses = 0;
            int missed = -1;
            for (int d = 0; d < wanted.length; d++) {
                int want = wanted[d];
                if (want != FacetOrdinals.MISSING && groupPlusOne[d][(int) (value >>> shifts[d]) & masks[d]] != want + 1) {
                    misses++;
                    missed = d;
                }
            }
            if (misses == 1) {
                counts[offsets[missed] + ((int) (value >>> shifts[missed]) & masks[missed])]++;
            }
            return misses == 0;
        }

        /** Counts {@code value} in every dimension: this runs once per matching report, so no more than this. */
        private void countAll(long value) {
            int[] c = counts;
            int[] offset = offsets;
            int[] shift = shifts;
            int[] mask = masks;
            for (int d = 0; d < offset.length; d++) {
                c[offset[d] + ((int) (value >>> shift[d]) & mask[d])]++;
            }
        }
    }
}
