package io.github.broadsheet.related;

/**
 * Keeps the best {@code capacity} (article, score) pairs offered, where better means a higher score and, on equal
 * scores, a lower internal id (newer, then slug). A bounded heap with the worst kept pair at the root, so offering
 * costs one comparison for the many candidates that do not make it. Reusable via {@link #clear()}.
 */
final class TopK {

    private final int[] ids;
    private final double[] scores;
    private int size;

    TopK(int capacity) {
        ids = new int[capacity];
        scores = new double[capacity];
    }

    void clear() {
        size = 0;
    }

    int size() {
        return size;
    }

    /**
     * The lowest score a new pair must beat (or tie with a lower id) to be kept: the worst kept score once full,
     * else negative infinity.
     */
    double threshold() {
        return size < ids.length || size == 0 ? Double.NEGATIVE_INFINITY : scores[0];
    }

    void offer(int id, double score) {
        if (size < ids.length) {
            int i = size++;
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                if (!worse(id, score, ids[parent], scores[parent])) {
                    break;
                }
                ids[i] = ids[parent];
                scores[i] = scores[parent];
                i = parent;
            }
            ids[i] = id;
            scores[i] = score;
        } else if (size > 0 && worse(ids[0], scores[0], id, score)) {
            siftDown(id, score, size);
        }
    }

    /**
     * Empties the selector into {@code outIds}, best first, and returns how many there were.
     */
    int drainBestFirst(int[] outIds) {
        int count = size;
        // Repeatedly move the worst remaining pair to the end of the heap array, then read it backwards.
        for (int end = size - 1; end > 0; end--) {
            int rootId = ids[0];
            double rootScore = scores[0];
            int lastId = ids[end];
            double lastScore = scores[end];
            ids[end] = rootId;
            scores[end] = rootScore;
            siftDown(lastId, lastScore, end);
        }
        for (int i = 0; i < count; i++) {
            outIds[i] = ids[i];
        }
        size = 0;
        return count;
    }

    private void siftDown(int id, double score, int limit) {
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= limit) {
                break;
            }
            if (child + 1 < limit && worse(ids[child + 1], scores[child + 1], ids[child], scores[child])) {
                child++;
            }
            if (!worse(ids[child], scores[child], id, score)) {
                break;
            }
            ids[i] = ids[child];
            scores[i] = scores[child];
            i = child;
        }
        ids[i] = id;
        scores[i] = score;
    }

    static boolean worse(int idA, double scoreA, int idB, double scoreB) {
        return scoreA < scoreB || (scoreA == scoreB && idA > idB);
    }
}
