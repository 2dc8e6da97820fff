package io.github.broadsheet.related;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The text side of the model: one short, L2-normalised TF-IDF vector per article, holding only its
 * {@code maxTermsPerDocument} most distinctive terms, sorted by global term id. TF is {@code 1 + ln(count)} of the
 * boosted count, IDF is {@code ln(N / df)}. Terms found in a single article (they can never be shared) and terms
 * found in every article (IDF 0) are left out, so the few vector slots go to terms that can actually link articles.
 */
final class TermVectors {

    private final TermTable dictionary;
    private final int[][] ids;
    private final float[][] weights;

    private TermVectors(TermTable dictionary, int[][] ids, float[][] weights) {
        this.dictionary = dictionary;
        this.ids = ids;
        this.weights = weights;
    }

    int[] ids(int document) {
        return ids[document];
    }

    float[] weights(int document) {
        return weights[document];
    }

    int vocabularySize() {
        return dictionary.size();
    }

    String term(int id) {
        return dictionary.term(id);
    }

    /**
     * Merges the blocks' dictionaries in block order (so global ids are the order of first use in the internal
     * article order, whatever the thread scheduling) and builds the vectors. Block {@code b} covers internal
     * articles {@code [b * blockSize, ...)}.
     */
    static TermVectors build(TermExtractor.Block[] blocks, int blockSize, int documentCount, int maxTerms) {
        TermTable dictionary = new TermTable(1 << 14);
        int[][] toGlobal = new int[blocks.length][];
        int[] df = new int[1 << 14];
        for (int b = 0; b < blocks.length; b++) {
            TermExtractor.Block block = blocks[b];
            int[] map = new int[block.table().size()];
            Arrays.fill(map, 0, block.stopWordCount(), -1);
            for (int local = block.stopWordCount(); local < map.length; local++) {
                int global = dictionary.findOrAddFrom(block.table(), local);
                if (global >= df.length) {
                    df = Arrays.copyOf(df, df.length * 2);
                }
                df[global] += block.documentFrequency()[local];
                map[local] = global;
            }
            toGlobal[b] = map;
        }
        double[] idf = new double[dictionary.size()];
        for (int t = 0; t < idf.length; t++) {
            // df 1: never shared; df N: says nothing. Both are left out of every vector.
            idf[t] = df[t] >= 2 && df[t] < documentCount ? StrictMath.log((double) documentCount / df[t]) : 0.0;
        }
        double[] tfTable = new double[1024];
        for (int c = 1; c < tfTable.length; c++) {
            tfTable[c] = 1.0 + StrictMath.log(c);
        }
        int[][] ids = new int[documentCount][];
        float[][] weights = new float[documentCount][];
        IntStream.range(0, blocks.length).parallel().forEach(b -> {
            TermExtractor.Block block = blocks[b];
            int[] map = toGlobal[b];
            long[] heap = new long[maxTerms];
            int first = b * blockSize;
            for (int k = 0; k + 1 < block.docStart().length; k++) {
                int size = 0;
                for (int p = block.docStart()[k]; p < block.docStart()[k + 1]; p++) {
                    int term = map[block.ids()[p]];
                    double w = tf(block.counts()[p], tfTable) * idf[term];
                    if (w > 0) {
                        size = offer(heap, size, key((float) w, term));
                    }
                }
                fill(heap, size, first + k, ids, weights);
            }
        });
        return new TermVectors(dictionary, ids, weights);
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

    private static void fill(long[] heap, int size, int document, int[][] ids, float[][] weights) {
        int[] terms = new int[size];
        for (int i = 0; i < size; i++) {
            terms[i] = Integer.MAX_VALUE - (int) heap[i];
        }
        Arrays.sort(terms);
        // Recover each weight from the key, in term order, so the norm is summed in a fixed order.
        float[] raw = new float[size];
        for (int i = 0; i < size; i++) {
            long key = heap[i];
            int term = Integer.MAX_VALUE - (int) key;
            raw[Arrays.binarySearch(terms, term)] = Float.intBitsToFloat((int) (key >>> 32));
        }
        double sum = 0;
        for (float w : raw) {
            sum += (double) w * w;
        }
        double inverse = sum > 0 ? 1.0 / Math.sqrt(sum) : 0;
        float[] normalised = new float[size];
        for (int i = 0; i < size; i++) {
            normalised[i] = (float) (raw[i] * inverse);
        }
        ids[document] = terms;
        weights[document] = normalised;
    }
}
