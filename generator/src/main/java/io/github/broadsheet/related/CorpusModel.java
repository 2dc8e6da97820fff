package io.github.broadsheet.related;

import java.util.Comparator;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Everything the query phase needs, built once per {@link RelatedArticles#compute} call: articles renumbered into
 * an internal order (newest first, then slug, then input position), their tag and term vectors, and an inverted
 * index for each. Renumbering first is what makes the whole computation independent of input order and thread
 * scheduling: every later step walks articles, keys and postings in that canonical order, and a lower internal id
 * is exactly the tie-break "newer first, then slug". It also exposes the exact pairwise similarities, so tests can
 * compare the indexed search against brute force.
 */
final class CorpusModel {

    /** Articles per term-extraction block; fixed, so block-local ids never depend on the machine. */
    static final int BLOCK_SIZE = 512;

    private final RelatedConfig config;
    private final int[] order;
    private final long[] epochDay;
    private final TagVectors tags;
    private final TermVectors terms;
    private final InvertedIndex tagIndex;
    private final InvertedIndex termIndex;
    private final double[] dateTable;

    private CorpusModel(RelatedConfig config, int[] order, long[] epochDay, TagVectors tags, TermVectors terms) {
        this.config = config;
        this.order = order;
        this.epochDay = epochDay;
        this.tags = tags;
        this.terms = terms;
        int n = order.length;
        this.tagIndex = InvertedIndex.build(tags.tagCount(), n, tags::ids, null);
        this.termIndex = InvertedIndex.build(terms.vocabularySize(), n, terms::ids, terms::weights);
        this.dateTable = dateTable(epochDay, config.dateHalfLifeDays());
    }

    static CorpusModel build(RelatedDocument[] documents, RelatedConfig config) {
        int n = documents.length;
        int[] order = IntStream.range(0, n).boxed()
                .sorted(Comparator.<Integer>comparingLong(i -> -documents[i].epochDay())
                        .thenComparing(i -> documents[i].slug())
                        .thenComparingInt(i -> i))
                .mapToInt(Integer::intValue).toArray();
        long[] epochDay = new long[n];
        for (int d = 0; d < n; d++) {
            epochDay[d] = documents[order[d]].epochDay();
        }
        TagVectors tags = TagVectors.build(documents, order);
        Set<String> stopWords = StopWords.forLanguage(config.language());
        int blocks = (n + BLOCK_SIZE - 1) / BLOCK_SIZE;
        TermExtractor.Block[] extracted = new TermExtractor.Block[blocks];
        IntStream.range(0, blocks).parallel().forEach(b -> extracted[b] = TermExtractor.extract(documents, order,
                b * BLOCK_SIZE, Math.min(n, (b + 1) * BLOCK_SIZE), stopWords, config.titleBoost(),
                config.summaryBoost()));
        TermVectors terms = TermVectors.build(extracted, BLOCK_SIZE, n, config.maxTermsPerDocument());
        return new CorpusModel(config, order, epochDay, tags, terms);
    }

    RelatedConfig config() {
        return config;
    }

    int size() {
        return order.length;
    }

    /** Position in the caller's list of the article with internal id {@code document}. */
    int inputIndex(int document) {
        return order[document];
    }

    TagVectors tags() {
        return tags;
    }

    TermVectors terms() {
        return terms;
    }

    InvertedIndex tagIndex() {
        return tagIndex;
    }

    InvertedIndex termIndex() {
        return termIndex;
    }

    /** Sum of squared weights of the shared tags, added in tag-id order; scale with {@link #tagSimilarity}. */
    double sharedTagWeight(int a, int b) {
        int[] x = tags.ids(a);
        int[] y = tags.ids(b);
        double sum = 0;
        for (int i = 0, j = 0; i < x.length && j < y.length; ) {
            if (x[i] < y[j]) {
                i++;
            } else if (x[i] > y[j]) {
                j++;
            } else {
                sum += tags.weight2(x[i]);
                i++;
                j++;
            }
        }
        return sum;
    }

    /** Turns a shared tag weight into the tag similarity; symmetric in a and b, bit for bit. */
    double tagSimilarity(double sharedWeight, int a, int b) {
        return Math.min(1.0, sharedWeight * (tags.inverseNorm(a) * tags.inverseNorm(b)));
    }

    double tagSimilarity(int a, int b) {
        return tagSimilarity(sharedTagWeight(a, b), a, b);
    }

    /** Cosine of the two term vectors, summed over shared terms in term-id order. */
    double textSimilarity(int a, int b) {
        int[] x = terms.ids(a);
        int[] y = terms.ids(b);
        float[] wx = terms.weights(a);
        float[] wy = terms.weights(b);
        double sum = 0;
        for (int i = 0, j = 0; i < x.length && j < y.length; ) {
            if (x[i] < y[j]) {
                i++;
            } else if (x[i] > y[j]) {
                j++;
            } else {
                sum += (double) wx[i] * wy[j];
                i++;
                j++;
            }
        }
        return Math.min(1.0, sum);
    }

    /** {@code 2^(-days apart / half-life)}, from a table for the spans that occur in practice. */
    double dateProximity(int a, int b) {
        long days = Math.abs(epochDay[a] - epochDay[b]);
        return days < dateTable.length ? dateTable[(int) days] : proximity(days, config.dateHalfLifeDays());
    }

    private static double[] dateTable(long[] epochDay, double halfLife) {
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (long day : epochDay) {
            min = Math.min(min, day);
            max = Math.max(max, day);
        }
        long span = epochDay.length == 0 ? 0 : max - min;
        // Beyond 2^16 days (or on overflow for absurd dates) the proximity is computed on demand.
        int size = (int) (span < 0 ? 1 << 16 : Math.min(span, 1 << 16)) + 1;
        double[] table = new double[size];
        for (int days = 0; days < size; days++) {
            table[days] = proximity(days, halfLife);
        }
        return table;
    }

    private static double proximity(long days, double halfLife) {
        return StrictMath.pow(2.0, -days / halfLife);
    }

    /** Terms of an article's vector with weights, for explaining or debugging a score. */
    String describeTerms(int document) {
        int[] ids = terms.ids(document);
        float[] w = terms.weights(document);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < ids.length; i++) {
            out.append(i == 0 ? "" : " ").append(terms.term(ids[i])).append(':').append(w[i]);
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return "CorpusModel[documents=" + order.length + ", tags=" + tags.tagCount() + ", terms="
                + terms.vocabularySize() + "]";
    }
}
