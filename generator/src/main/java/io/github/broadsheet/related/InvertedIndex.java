package io.github.broadsheet.related;

/**
 * Postings for a set of keys (tags or terms): for each key the internal ids of the articles whose vector holds it,
 * in ascending order, which is newest first because internal ids follow the date order. Stored as flat arrays so
 * that a posting costs 4 bytes (8 with a weight) and scanning one is a linear walk.
 */
final class InvertedIndex {

    private final int[] offsets;   // key k owns [offsets[k], offsets[k + 1])
    private final int[] documents;
    private final float[] weights; // null for an unweighted index
    private final int[] positions; // tags only: for each entry of the tag vectors, where that article sits

    private InvertedIndex(int[] offsets, int[] documents, float[] weights, int[] positions) {
        this.offsets = offsets;
        this.documents = documents;
        this.weights = weights;
        this.positions = positions;
    }

    static InvertedIndex forTags(TagVectors tags, int documentCount) {
        int[] ids = tags.ids();
        int[] offsets = new int[tags.tagCount() + 1];
        for (int id : ids) {
            offsets[id + 1]++;
        }
        prefixSum(offsets);
        int[] fill = offsets.clone();
        int[] documents = new int[ids.length];
        int[] positions = new int[ids.length];
        // Filling in article order is what keeps every postings list sorted.
        for (int d = 0; d < documentCount; d++) {
            for (int p = tags.start(d); p < tags.end(d); p++) {
                positions[p] = fill[ids[p]];
                documents[fill[ids[p]]++] = d;
            }
        }
        return new InvertedIndex(offsets, documents, null, positions);
    }

    static InvertedIndex forTerms(TermVectors terms, int documentCount) {
        long[] entries = terms.entries();
        int[] offsets = new int[terms.vocabularySize() + 1];
        for (long entry : entries) {
            offsets[TermVectors.term(entry) + 1]++;
        }
        prefixSum(offsets);
        int[] fill = offsets.clone();
        int[] documents = new int[entries.length];
        float[] weights = new float[entries.length];
        for (int d = 0; d < documentCount; d++) {
            for (int p = terms.start(d); p < terms.end(d); p++) {
                int at = fill[TermVectors.term(entries[p])]++;
                documents[at] = d;
                weights[at] = TermVectors.weight(entries[p]);
            }
        }
        return new InvertedIndex(offsets, documents, weights, null);
    }

    private static void prefixSum(int[] offsets) {
        for (int k = 1; k < offsets.length; k++) {
            offsets[k] += offsets[k - 1];
        }
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

    /**
     * Tag index only: where in {@link #documents()} the article owning tag-vector entry {@code entry} (an index
     * into {@link TagVectors#ids()}) sits in that tag's postings; saves a binary search per common tag.
     */
    int position(int entry) {
        return positions[entry];
    }
}
