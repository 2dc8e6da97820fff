package io.github.broadsheet.related;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The tag side of the model: per article the ids of its shareable tags (sorted), per tag its squared IDF weight,
 * and per article the inverse norm of its tag vector. A tag's weight is {@code ln(N/df) / ln(N/2)}: 1 for a tag on
 * two articles, falling to 0 for a tag on every article; tags on a single article can never be shared and are left
 * out. Every vector also carries a constant unshared component {@link #PRIOR} (squared), so that two articles whose
 * only tag is a common one do not reach a high cosine merely because they have few tags.
 */
final class TagVectors {

    /** Squared weight of the constant, never-shared component of each tag vector (a weight of 0.5). */
    static final double PRIOR = 0.25;

    private final String[] names;
    private final double[] weight2;
    private final int[][] ids;
    private final double[] inverseNorm;

    private TagVectors(String[] names, double[] weight2, int[][] ids, double[] inverseNorm) {
        this.names = names;
        this.weight2 = weight2;
        this.ids = ids;
        this.inverseNorm = inverseNorm;
    }

    int tagCount() {
        return names.length;
    }

    String name(int tag) {
        return names[tag];
    }

    /** Squared weight of a tag. */
    double weight2(int tag) {
        return weight2[tag];
    }

    int[] ids(int document) {
        return ids[document];
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
                if (tag != null && !tag.isBlank()) {
                    Integer id = idsByName.computeIfAbsent(tag, key -> idsByName.size());
                    scratch[count++] = id;
                }
            }
            int[] sorted = Arrays.copyOf(scratch, count);
            Arrays.sort(sorted);
            raw[d] = dedupe(sorted);
        }
        String[] names = new String[idsByName.size()];
        idsByName.forEach((name, id) -> names[id] = name);
        int[] df = new int[names.length];
        for (int[] tags : raw) {
            for (int tag : tags) {
                df[tag]++;
            }
        }
        double[] weight2 = new double[names.length];
        double scale = n >= 3 ? StrictMath.log(n / 2.0) : 0;
        for (int t = 0; t < names.length; t++) {
            if (df[t] >= 2 && df[t] < n && scale > 0) {
                double w = StrictMath.log((double) n / df[t]) / scale;
                weight2[t] = w * w;
            }
        }
        int[][] ids = new int[n][];
        double[] inverseNorm = new double[n];
        for (int d = 0; d < n; d++) {
            int[] tags = raw[d];
            int kept = 0;
            double sum = PRIOR;
            for (int tag : tags) {
                if (weight2[tag] > 0) {
                    tags[kept++] = tag;
                    sum += weight2[tag];
                }
            }
            ids[d] = kept == tags.length ? tags : Arrays.copyOf(tags, kept);
            inverseNorm[d] = 1.0 / Math.sqrt(sum);
        }
        return new TagVectors(names, weight2, ids, inverseNorm);
    }

    private static int[] dedupe(int[] sorted) {
        int kept = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[kept++] = sorted[i];
            }
        }
        return kept == sorted.length ? sorted : Arrays.copyOf(sorted, kept);
    }
}
