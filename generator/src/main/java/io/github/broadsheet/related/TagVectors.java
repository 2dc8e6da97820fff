package io.github.broadsheet.related;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The tag side of the model: per article the ids of its shareable tags (sorted, stored back to back in one array),
 * per tag its squared IDF weight, and per article the inverse norm of its tag vector. A tag's weight is
 * {@code ln(N/df) / ln(N/2)}: 1 for a tag on two articles, falling to 0 for a tag on every article; tags on a single
 * article can never be shared and are left out. Every vector also carries a constant unshared component
 * ({@link #PRIOR}), so that two articles whose only tag is a common one do not reach a high cosine merely because
 * they have few tags.
 */
final class TagVectors {

    /**
     * Squared weight of the constant, never-shared component of each tag vector (a weight of about 0.71, as if every
     * article had one private tag of that weight). Without it an article tagged only "news" and "football" would
     * score high against every other such article just because both vectors are short; with it, sharing a single
     * tag on two articles gives at most 2/3 and sharing only a tag on half the site a few hundredths.
     */
    static final double PRIOR = 0.5;

    private final int tagCount;
    private final double[] weight2;
    private final int[] start;   // article d owns ids[start[d] .. start[d + 1])
    private final int[] ids;
    private final double[] inverseNorm;

    private TagVectors(int tagCount, double[] weight2, int[] start, int[] ids, double[] inverseNorm) {
        this.tagCount = tagCount;
        this.weight2 = weight2;
        this.start = start;
        this.ids = ids;
        this.inverseNorm = inverseNorm;
    }

    int tagCount() {
        return tagCount;
    }

    /** Squared weight of a tag. */
    double weight2(int tag) {
        return weight2[tag];
    }

    int start(int document) {
        return start[document];
    }

    int end(int document) {
        return start[document + 1];
    }

    /** Tag ids of all articles; article d's are {@code [start(d), end(d))}. */
    int[] ids() {
        return ids;
    }

    double inverseNorm(int document) {
        return inverseNorm[document];
    }

    /** Tag ids follow first use in the internal article order, which makes them independent of input order. */
    static TagVectors build(RelatedDocument[] documents, int[] order) {
        int n = order.length;
        Map<String, Integer> idsByName = new HashMap<>();
        int[][] raw = new int[n][];
        int[] scratch = new int[16];
        for (int d = 0; d < n; d++) {
            List<String> tags = documents[order[d]].tags();
            if (scratch.length < tags.size()) {
                scratch = new int[tags.size()];
            }
            int count = 0;
            for (String tag : tags) {
                if (!tag.isBlank()) {
                    scratch[count++] = idsByName.computeIfAbsent(tag, key -> idsByName.size());
                }
            }
            int[] sorted = Arrays.copyOf(scratch, count);
            Arrays.sort(sorted);
            raw[d] = sorted;
        }
        int tagCount = idsByName.size();
        int[] df = new int[tagCount];
        for (int[] tags : raw) {
            for (int i = 0; i < tags.length; i++) {
                if (i == 0 || tags[i] != tags[i - 1]) {
                    df[tags[i]]++;
                }
            }
        }
        double[] weight2 = new double[tagCount];
        double scale = n >= 3 ? StrictMath.log(n / 2.0) : 0;
        for (int t = 0; t < tagCount; t++) {
            if (df[t] >= 2 && df[t] < n && scale > 0) {
                double w = StrictMath.log((double) n / df[t]) / scale;
                weight2[t] = w * w;
            }
        }
        int[] start = new int[n + 1];
        int[] ids = new int[Arrays.stream(raw).mapToInt(tags -> tags.length).sum()];
        double[] inverseNorm = new double[n];
        int at = 0;
        for (int d = 0; d < n; d++) {
            double sum = PRIOR;
            int[] tags = raw[d];
            for (int i = 0; i < tags.length; i++) {
                // A tag listed twice counts once; tags of weight 0 can never contribute.
                if ((i == 0 || tags[i] != tags[i - 1]) && weight2[tags[i]] > 0) {
                    ids[at++] = tags[i];
                    sum += weight2[tags[i]];
                }
            }
            start[d + 1] = at;
            inverseNorm[d] = 1.0 / Math.sqrt(sum);
        }
        return new TagVectors(tagCount, weight2, start, Arrays.copyOf(ids, at), inverseNorm);
    }
}
