package io.github.broadsheet.related;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.IntConsumer;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The tag side of the model: per article the ids of its tags (sorted, stored back to back in one array) and per tag
 * a weight learned from this site's own texts. A tag is worth what it predicts about the text: its weight is how
 * much more alike the texts of the articles sharing it are than the texts of two articles picked at random, in the
 * units of the text similarity. A topic tag ("measles") whose articles talk about the same things gets a high
 * weight; a generic tag ("news") or a format tag ("explainer", "interview") on articles whose texts have nothing in
 * common gets about none, without a list of such words to maintain. Tags are compared case-folded with inner
 * spaces collapsed, so "Explainer" and "explainer" are one tag.
 *
 * <p>The mean similarity over all pairs of a tag's articles comes from the sum of their (unit-length) text vectors,
 * {@code |sum|^2 = n + 2 * (sum over pairs of the similarity)}, so learning costs one pass over each tag's articles'
 * vectors, never a pass over pairs. A tag on few articles is a small sample: its excess similarity is shrunk towards
 * none by {@code pairs / (pairs + }{@link #SHRINK_PAIRS}{@code )}. Tags whose weight is 0 (on a single article, or
 * below {@link #MIN_WEIGHT}) are left out of the vectors, so they cost nothing when searching.
 */
final class TagVectors {

    /**
     * Pairs of articles that count as much as the prior "this tag predicts nothing" when a tag's weight is learned:
     * with 1, a tag on two articles keeps half of what their one pair shows, a tag on four articles (six pairs) six
     * sevenths.
     */
    static final double SHRINK_PAIRS = 1.0;

    /**
     * Weights below this are set to 0: a tag that predicts less than a hundredth of extra text similarity (a
     * twentieth of the default minimum score) is a generic or format tag, and scanning its articles would be wasted.
     */
    static final double MIN_WEIGHT = 0.01;

    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    /** Tags per parallel learning task: enough to amortise taking a scratch array. */
    private static final int TAG_BLOCK = 256;

    private final int tagCount;
    private final String[] names;
    private final double[] weight;
    private final int[] start;   // article d owns ids[start[d] .. start[d + 1])
    private final int[] ids;
    private final int[][] all;   // per article all its tags, sorted, weight 0 or not
    private final int[][] members;
    private final double baseline;

    private TagVectors(String[] names, double[] weight, int[] start, int[] ids, int[][] all, int[][] members,
                       double baseline) {
        this.tagCount = names.length;
        this.names = names;
        this.weight = weight;
        this.start = start;
        this.ids = ids;
        this.all = all;
        this.members = members;
        this.baseline = baseline;
    }

    int tagCount() {
        return tagCount;
    }

    /** The learned weight of a tag, 0 or more. */
    double weight(int tag) {
        return weight[tag];
    }

    /** The tag as the model compares it (case-folded). */
    String name(int tag) {
        return names[tag];
    }

    /** Articles that carry the tag, counting those whose vector leaves it out. */
    int documentFrequency(int tag) {
        return members[tag].length;
    }

    /** The articles that carry the tag, in internal order (newest first); do not modify. */
    int[] members(int tag) {
        return members[tag];
    }

    /** All tags of an article, sorted, including those of weight 0; do not modify. */
    int[] allTags(int document) {
        return all[document];
    }

    /** Every tag articles {@code a} and {@code b} both carry, weight 0 or not, in tag-id order. */
    void forEachShared(int a, int b, IntConsumer visitor) {
        int[] x = all[a];
        int[] y = all[b];
        for (int i = 0, j = 0; i < x.length && j < y.length; ) {
            if (x[i] < y[j]) {
                i++;
            } else if (x[i] > y[j]) {
                j++;
            } else {
                visitor.accept(x[i]);
                i++;
                j++;
            }
        }
    }

    /** The mean text similarity of two articles picked at random, which tag weights are measured against. */
    double baseline() {
        return baseline;
    }

    int start(int document) {
        return start[document];
    }

    int end(int document) {
        return start[document + 1];
    }

    /** Tag ids of all articles (only tags of weight above 0); article d's are {@code [start(d), end(d))}. */
    int[] ids() {
        return ids;
    }

    /** The same key for every spelling of a tag: trimmed, inner white space as one space, lower case. */
    static String key(String tag) {
        String key = tag.strip().toLowerCase(Locale.ROOT);
        for (int i = 1; i < key.length(); i++) {
            if (Character.isWhitespace(key.charAt(i)) && (key.charAt(i) != ' ' || key.charAt(i - 1) == ' ')) {
                return WHITE_SPACE.matcher(key).replaceAll(" ");  // rare: only then pay for the expression
            }
        }
        return key;
    }

    /** Tag ids follow first use in the internal article order, which makes them independent of input order. */
    static TagVectors build(RelatedDocument[] documents, int[] order, TermVectors terms) {
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
                    scratch[count++] = idsByName.computeIfAbsent(key(tag), k -> idsByName.size());
                }
            }
            Arrays.sort(scratch, 0, count);
            // A tag listed twice, in any spelling, counts once.
            int distinct = 0;
            for (int i = 0; i < count; i++) {
                if (i == 0 || scratch[i] != scratch[i - 1]) {
                    scratch[distinct++] = scratch[i];
                }
            }
            raw[d] = Arrays.copyOf(scratch, distinct);
        }
        String[] names = new String[idsByName.size()];
        idsByName.forEach((name, id) -> names[id] = name);
        int tagCount = names.length;
        int[] df = new int[tagCount];
        int[][] members = new int[tagCount][];
        for (int[] tags : raw) {
            for (int tag : tags) {
                df[tag]++;
            }
        }
        for (int t = 0; t < tagCount; t++) {
            members[t] = new int[df[t]];
        }
        int[] fill = new int[tagCount];
        for (int d = 0; d < n; d++) {
            for (int tag : raw[d]) {
                members[tag][fill[tag]++] = d;
            }
        }
        double baseline = meanSimilarity(terms, IntStream.range(0, n).toArray(), new double[terms.vocabularySize()]);
        double[] weight = learn(terms, members, baseline);
        int[] start = new int[n + 1];
        int[] ids = new int[Arrays.stream(raw).mapToInt(tags -> tags.length).sum()];
        int at = 0;
        for (int d = 0; d < n; d++) {
            for (int tag : raw[d]) {
                if (weight[tag] > 0) {
                    ids[at++] = tag;
                }
            }
            start[d + 1] = at;
        }
        return new TagVectors(names, weight, start, Arrays.copyOf(ids, at), raw, members, baseline);
    }

    /** Each tag's excess mean similarity over the baseline, shrunk for small samples; in parallel over tags. */
    private static double[] learn(TermVectors terms, int[][] members, double baseline) {
        double[] weight = new double[members.length];
        ConcurrentLinkedQueue<double[]> idle = new ConcurrentLinkedQueue<>();
        int blocks = (members.length + TAG_BLOCK - 1) / TAG_BLOCK;
        IntStream.range(0, blocks).parallel().forEach(b -> {
            double[] dense = idle.poll();
            if (dense == null) {
                dense = new double[terms.vocabularySize()];
            }
            for (int t = b * TAG_BLOCK, end = Math.min(members.length, t + TAG_BLOCK); t < end; t++) {
                int[] docs = members[t];
                if (docs.length >= 2) {
                    double pairs = docs.length * (docs.length - 1) / 2.0;
                    double excess = meanSimilarity(terms, docs, dense) - baseline;
                    double shrunk = excess * pairs / (pairs + SHRINK_PAIRS);
                    weight[t] = shrunk >= MIN_WEIGHT ? shrunk : 0;
                }
            }
            idle.offer(dense);
        });
        return weight;
    }

    /**
     * The mean text similarity (dot product of the unit vectors) over all pairs of {@code docs}, from the squared
     * length of their sum. {@code dense} is scratch of the vocabulary's size, all zeros, left all zeros. Sums run
     * in a fixed order, so the result does not depend on threads.
     */
    static double meanSimilarity(TermVectors terms, int[] docs, double[] dense) {
        if (docs.length < 2) {
            return 0;
        }
        long[] entries = terms.entries();
        double selfSum = 0;
        for (int d : docs) {
            for (int k = terms.start(d); k < terms.end(d); k++) {
                double w = TermVectors.weight(entries[k]);
                dense[TermVectors.term(entries[k])] += w;
                selfSum += w * w;
            }
        }
        double squaredLength = 0;
        for (int d : docs) {
            for (int k = terms.start(d); k < terms.end(d); k++) {
                int term = TermVectors.term(entries[k]);
                double s = dense[term];
                squaredLength += s * s;
                dense[term] = 0;  // each term counted once, and the scratch is clean again
            }
        }
        double pairs = docs.length * (docs.length - 1.0);
        return Math.max(0, (squaredLength - selfSum) / pairs);
    }
}
