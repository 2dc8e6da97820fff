package io.github.broadsheet.related;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The text side of the model: one short, L2-normalised TF-IDF vector per article, holding only its
 * {@code maxTermsPerDocument} most distinctive terms, sorted by global term id. TF is {@code 1 + ln(count)} of the
 * boosted count, IDF is {@code ln(N / df)}. Terms found in a single article (they can never be shared) and terms
 * found in every article (IDF 0) are left out, so the few vector slots go to terms that can actually link articles.
 * All vectors live back to back in one array of (term id, weight) pairs packed into longs, because scoring a
 * candidate then touches one contiguous run of memory instead of two separate arrays.
 */
final class TermVectors {

    /**
     * Texts sharing fewer terms than this have text similarity 0: one shared word ("record", "results") between
     * short texts is a coincidence, yet gives a high cosine; between long texts it gives almost nothing anyway.
     */
    static final int MIN_SHARED_TERMS = 2;

    private final TermTable dictionary;
    private final int[] start;      // article d owns entries[start[d] .. start[d + 1])
    private final long[] entries;   // term id << 32 | float bits of the weight

    private TermVectors(TermTable dictionary, int[] start, long[] entries) {
        this.dictionary = dictionary;
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

    String termName(int id) {
        return dictionary.term(id);
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
        double[] tfTable = new double[1024];
        for (int c = 1; c < tfTable.length; c++) {
            tfTable[c] = 1.0 + StrictMath.log(c);
        }
        long[][] blockEntries = new long[blocks.length][];
        int[] firstDocument = Arrays.stream(blocks).mapToInt(TermExtractor.Block::firstDocument).toArray();
        int[] lengths = new int[documentCount];
        IntStream.range(0, blocks.length).parallel().forEach(b -> {
            blockEntries[b] = select(blocks[b], toGlobal[b], idf, tfTable, maxTerms, lengths, firstDocument[b]);
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
        return new TermVectors(dictionary, start, entries);
    }

    /** The vectors of one block, back to back; also records each article's vector length. */
    private static long[] select(TermExtractor.Block block, int[] map, double[] idf, double[] tfTable, int maxTerms,
                                 int[] lengths, int firstDocument) {
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
        int used = 0;
        for (int k = 0; k + 1 < docStart.length; k++) {
            int size = 0;
            float floor = 0;  // once the heap is full, the smallest weight in it: anything lighter cannot enter
            for (int p = docStart[k]; p < docStart[k + 1]; p++) {
                float w = (float) (tf(counts[p], tfTable) * localIdf[ids[p]]);
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

    private static double tf(float count, double[] table) {
        int whole = (int) count;
        if (whole == count && whole < table.length && whole >= 1) {
            return table[whole];
        }
        return count >= 1 ? 1.0 + StrictMath.log(count) : count;
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
