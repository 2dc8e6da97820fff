package io.github.broadsheet.related;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The text side of the model: one short, L2-normalised BM25 vector per article, holding only its
 * {@code maxTermsPerDocument} most distinctive terms, sorted by global term id. A term's weight is
 * {@code idf * count * (K1 + 1) / (count + K1 * (1 - B + B * length / average length))} with {@code idf = ln(N / df)}
 * and the field-weighted count of {@link TermExtractor}: it grows with the count but saturates, so a word repeated
 * all through one article cannot outweigh the words of its headline. Terms found in a single article (they can never
 * be shared) and terms found in every article (IDF 0) are left out, so the few vector slots go to terms that can
 * actually link articles.
 * All vectors live back to back in one array of (term id, weight) pairs packed into longs, because scoring a
 * candidate then touches one contiguous run of memory instead of two separate arrays.
 */
final class TermVectors {

    /**
     * Texts sharing fewer terms than this have text similarity 0: one shared word ("record", "results") between
     * short texts is a coincidence, yet gives a high cosine; between long texts it gives almost nothing anyway.
     */
    static final int MIN_SHARED_TERMS = 2;

    /**
     * BM25's term-frequency saturation: a term's weight grows with its (field-weighted) count but levels off, at
     * {@code K1 + 1} times the weight of a single occurrence, so one word repeated all through an article cannot
     * dominate its vector. Search engines use about 1.2, which suits matching a query; picking an article's own
     * most distinctive terms needs repetition to count for more (an article's subject is what it keeps coming back
     * to). Measured on the sample site's news articles of 400-1,100 words: with 1.2, same-topic pairs reach a median
     * similarity of 0.10; with 5, 0.18, while nine in ten other pairs stay below 0.05. Short articles are not
     * affected much (their counts are small).
     */
    static final double K1 = 5.0;

    /** Counts below this get their saturated weight from a per-article table. */
    private static final int SMALL_COUNTS = 32;

    /** BM25's length normalisation: how much a long article's counts are discounted (0 none, 1 fully). */
    static final double B = 0.75;

    private final TermTable dictionary;
    private final String[] display; // per term id, the word first read for it; null when not kept
    private final int[] start;      // article d owns entries[start[d] .. start[d + 1])
    private final long[] entries;   // term id << 32 | float bits of the weight

    private TermVectors(TermTable dictionary, String[] display, int[] start, long[] entries) {
        this.dictionary = dictionary;
        this.display = display;
        this.start = start;
        this.entries = entries;
    }

    static int term(long entry) {
        return (int) (entry >>> 32);
    }

    static float weight(long entry) {
        return Float.intBitsToFloat((int) entry);
    }

    private static long entry(int term, float weight) {
        return ((long) term << 32) | (Float.floatToRawIntBits(weight) & 0xFFFF_FFFFL);
    }

    int start(int document) {
        return start[document];
    }

    int end(int document) {
        return start[document + 1];
    }

    /** Entries of all articles; article d's are {@code [start(d), end(d))}, in term-id order. */
    long[] entries() {
        return entries;
    }

    int vocabularySize() {
        return dictionary.size();
    }

    /** Receives a term two articles share with its weight in each. */
    interface SharedTerm {
        void accept(int term, float weightA, float weightB);
    }

    /** Every term the vectors of {@code a} and {@code b} share, in term-id order (so sums are reproducible). */
    void forEachShared(int a, int b, SharedTerm visitor) {
        for (int i = start[a], j = start[b], endA = start[a + 1], endB = start[b + 1]; i < endA && j < endB; ) {
            int x = term(entries[i]);
            int y = term(entries[j]);
            if (x < y) {
                i++;
            } else if (x > y) {
                j++;
            } else {
                visitor.accept(x, weight(entries[i]), weight(entries[j]));
                i++;
                j++;
            }
        }
    }

    /** The term as stored: the stem ("signall"). */
    String termName(int id) {
        return dictionary.term(id);
    }

    /** The term as a reader knows it: the word first read for it ("signalling"), when kept, else the stem. */
    String displayName(int id) {
        return display != null ? display[id] : dictionary.term(id);
    }

    /**
     * Merges the blocks' dictionaries in block order (so global ids are the order of first use in the internal
     * article order, whatever the thread scheduling) and builds the vectors. The blocks must be contiguous and in
     * article order; their slots in the array are cleared as soon as they have been used.
     */
    static TermVectors build(TermExtractor.Block[] blocks, int documentCount, int maxTerms) {
        TermExtractor.Merged merged = TermExtractor.Merged.of(blocks);
        TermTable dictionary = merged.dictionary();
        int[][] toGlobal = merged.toGlobal();
        int[] df = merged.documentFrequency();
        double[] idf = new double[dictionary.size()];
        for (int t = 0; t < idf.length; t++) {
            // df 1: never shared; df N: says nothing. Both are left out of every vector.
            idf[t] = df[t] >= 2 && df[t] < documentCount ? StrictMath.log((double) documentCount / df[t]) : 0.0;
        }
        double totalLength = 0;
        for (TermExtractor.Block block : blocks) {
            for (float length : block.lengths()) {
                totalLength += length;
            }
        }
        double averageLength = documentCount == 0 ? 0 : totalLength / documentCount;
        long[][] blockEntries = new long[blocks.length][];
        int[] firstDocument = Arrays.stream(blocks).mapToInt(TermExtractor.Block::firstDocument).toArray();
        int[] lengths = new int[documentCount];
        IntStream.range(0, blocks.length).parallel().forEach(b -> {
            blockEntries[b] = select(blocks[b], toGlobal[b], idf, averageLength, maxTerms, lengths,
                    firstDocument[b]);
            blocks[b] = null;  // the raw counts are by far the largest structure; let them go early
        });
        int[] start = new int[documentCount + 1];
        for (int d = 0; d < documentCount; d++) {
            start[d + 1] = start[d] + lengths[d];
        }
        long[] entries = new long[start[documentCount]];
        for (int b = 0; b < blockEntries.length; b++) {
            System.arraycopy(blockEntries[b], 0, entries, start[firstDocument[b]], blockEntries[b].length);
        }
        return new TermVectors(dictionary, merged.display(), start, entries);
    }

    /** The vectors of one block, back to back; also records each article's vector length. */
    private static long[] select(TermExtractor.Block block, int[] map, double[] idf, double averageLength,
                                 int maxTerms, int[] lengths, int firstDocument) {
        int[] docStart = block.docStart();
        int[] ids = block.ids();
        float[] counts = block.counts();
        // IDF by block-local id, so the loop below reads one small array instead of two.
        double[] localIdf = new double[map.length];
        for (int local = 0; local < map.length; local++) {
            localIdf[local] = map[local] < 0 ? 0 : idf[map[local]];
        }
        long[] heap = new long[maxTerms];
        long[] out = new long[Math.min(ids.length, (docStart.length - 1) * maxTerms)];
        // Most field-weighted counts are small whole numbers: their saturated weights are computed once per article.
        double[] saturated = new double[SMALL_COUNTS];
        int used = 0;
        for (int k = 0; k + 1 < docStart.length; k++) {
            int size = 0;
            float floor = 0;  // once the heap is full, the smallest weight in it: anything lighter cannot enter
            double saturation = K1 * (1 - B + B * (averageLength > 0 ? block.lengths()[k] / averageLength : 1));
            for (int c = 1; c < SMALL_COUNTS; c++) {
                saturated[c] = c * (K1 + 1) / (c + saturation);
            }
            for (int p = docStart[k]; p < docStart[k + 1]; p++) {
                float count = counts[p];
                int whole = (int) count;
                double tf = whole == count && whole < SMALL_COUNTS ? saturated[whole]
                        : count * (K1 + 1) / (count + saturation);
                float w = (float) (tf * localIdf[ids[p]]);
                if (w > 0 && w >= floor) {
                    size = offer(heap, size, key(w, map[ids[p]]));
                    if (size == maxTerms) {
                        floor = Float.intBitsToFloat((int) (heap[0] >>> 32));
                    }
                }
            }
            used = normalise(heap, size, out, used);
            lengths[firstDocument + k] = size;
        }
        return Arrays.copyOf(out, used);
    }

    // Orders by weight, then by lower term id: positive floats compare like their bit patterns.
    private static long key(float weight, int term) {
        return ((long) Float.floatToIntBits(weight) << 32) | (Integer.MAX_VALUE - term);
    }

    /** Keeps the {@code heap.length} largest keys in a min-heap; returns the new size. */
    private static int offer(long[] heap, int size, long key) {
        if (size < heap.length) {
            int i = size++;
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                if (heap[parent] <= key) {
                    break;
                }
                heap[i] = heap[parent];
                i = parent;
            }
            heap[i] = key;
        } else if (key > heap[0]) {
            int i = 0;
            while (true) {
                int child = 2 * i + 1;
                if (child >= size) {
                    break;
                }
                if (child + 1 < size && heap[child + 1] < heap[child]) {
                    child++;
                }
                if (heap[child] >= key) {
                    break;
                }
                heap[i] = heap[child];
                i = child;
            }
            heap[i] = key;
        }
        return size;
    }

    /** Writes the selected terms as normalised entries in term-id order into {@code out} at {@code at}. */
    private static int normalise(long[] heap, int size, long[] out, int at) {
        for (int i = 0; i < size; i++) {
            // Re-key by term id so that a plain sort gives term order; the weight bits ride along.
            out[at + i] = entry(Integer.MAX_VALUE - (int) heap[i], Float.intBitsToFloat((int) (heap[i] >>> 32)));
        }
        Arrays.sort(out, at, at + size);
        double sum = 0;
        for (int i = at; i < at + size; i++) {
            double w = weight(out[i]);
            sum += w * w;
        }
        double inverse = sum > 0 ? 1.0 / Math.sqrt(sum) : 0;
        for (int i = at; i < at + size; i++) {
            out[i] = entry(term(out[i]), (float) (weight(out[i]) * inverse));
        }
        return at + size;
    }
}
