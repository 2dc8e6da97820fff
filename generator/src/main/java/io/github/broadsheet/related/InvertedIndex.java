package io.github.broadsheet.related;

/**
 * Postings for a set of keys (tags or terms): for each key the internal ids of the articles whose vector holds it,
 * in ascending order, which is newest first because internal ids follow the date order. Stored as three flat
 * arrays so that a posting costs 4 bytes (8 with a weight) and scanning one is a linear walk.
 */
final class InvertedIndex {

    private final int[] offsets;   // key k owns [offsets[k], offsets[k + 1])
    private final int[] documents;
    private final float[] weights; // null for an unweighted index

    private InvertedIndex(int[] offsets, int[] documents, float[] weights) {
        this.offsets = offsets;
        this.documents = documents;
        this.weights = weights;
    }

    /** Builds postings from per-article key lists (and optional parallel weight lists). */
    static InvertedIndex build(int keyCount, int documentCount, IntArrays keys, FloatArrays keyWeights) {
        int[] offsets = new int[keyCount + 1];
        for (int d = 0; d < documentCount; d++) {
            for (int key : keys.get(d)) {
                offsets[key + 1]++;
            }
        }
        for (int k = 0; k < keyCount; k++) {
            offsets[k + 1] += offsets[k];
        }
        int[] fill = offsets.clone();
        int[] documents = new int[offsets[keyCount]];
        float[] weights = keyWeights == null ? null : new float[documents.length];
        // Filling in article order is what keeps every postings list sorted.
        for (int d = 0; d < documentCount; d++) {
            int[] ks = keys.get(d);
            float[] ws = keyWeights == null ? null : keyWeights.get(d);
            for (int i = 0; i < ks.length; i++) {
                int at = fill[ks[i]]++;
                documents[at] = d;
                if (weights != null) {
                    weights[at] = ws[i];
                }
            }
        }
        return new InvertedIndex(offsets, documents, weights);
    }

    int start(int key) {
        return offsets[key];
    }

    int end(int key) {
        return offsets[key + 1];
    }

    int[] documents() {
        return documents;
    }

    float[] weights() {
        return weights;
    }

    /** Per-article int arrays, for building without copying. */
    interface IntArrays {
        int[] get(int document);
    }

    /** Per-article float arrays, parallel to an {@link IntArrays}. */
    interface FloatArrays {
        float[] get(int document);
    }
}
