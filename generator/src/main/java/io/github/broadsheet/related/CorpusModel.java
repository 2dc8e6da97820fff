package io.github.broadsheet.related;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Everything the query phase needs, built once per {@link RelatedArticles#compute} call: articles renumbered into
 * an internal order (newest first, then slug, then input position), their tag and term vectors, and an inverted
 * index for each. Renumbering first is what makes the whole computation independent of input order and thread
 * scheduling: every later step walks articles, keys and postings in that canonical order, and a lower internal id
 * is exactly the tie-break "newer first, then slug". It also holds the one definition of a score (text part, tag
 * part, the rule that the text must agree, the date part) and exposes the exact pairwise similarities, so the search,
 * the explainer and the brute-force tests all score a pair the same way.
 */
final class CorpusModel {

    /** Articles per term-extraction block; fixed, so block-local ids never depend on the machine. */
    static final int BLOCK_SIZE = 512;

    private final RelatedConfig config;
    private final int[] order;
    private final TagVectors tags;
    private final TermVectors terms;
    private final InvertedIndex tagIndex;
    private final InvertedIndex termIndex;
    private final long[] epochDay;
    private final double[] dateTable;
    private final double textFloor;

    private CorpusModel(RelatedConfig config, int[] order, long[] epochDay, TagVectors tags, TermVectors terms) {
        this.config = config;
        this.order = order;
        this.tags = tags;
        this.terms = terms;
        int n = order.length;
        this.tagIndex = InvertedIndex.forTags(tags, n);
        this.termIndex = InvertedIndex.forTerms(terms, n);
        this.epochDay = epochDay;
        this.dateTable = dateTable(epochDay, config.dateHalfLifeDays());
        this.textFloor = TEXT_SHARE * config.minScore();
    }

    /**
     * The share of {@code minScore} that the text part must reach on its own for a pair to count as related: tags
     * can make up the rest, but never relate two articles whose texts do not agree.
     */
    static final double TEXT_SHARE = 0.5;

    static CorpusModel build(RelatedDocument[] documents, RelatedConfig config) {
        return build(documents, config, false);
    }

    /** With {@code explain}, terms keep the word they were first read as, for {@link RelatedExplainer}. */
    static CorpusModel build(RelatedDocument[] documents, RelatedConfig config, boolean explain) {
        int n = documents.length;
        int[] order = canonicalOrder(documents);
        long[] epochDay = new long[n];
        for (int d = 0; d < n; d++) {
            epochDay[d] = documents[order[d]].epochDay();
        }
        List<String> stopWords = TermExtractor.stopWordList(StopWords.forLanguage(config.language()));
        int blocks = (n + BLOCK_SIZE - 1) / BLOCK_SIZE;
        TermExtractor.Block[] extracted = new TermExtractor.Block[blocks];
        TermExtractor.Reading reading = TermExtractor.Reading.of(config, explain);
        IntStream.range(0, blocks).parallel().forEach(b -> extracted[b] = TermExtractor.extract(documents, order,
                b * BLOCK_SIZE, Math.min(n, (b + 1) * BLOCK_SIZE), stopWords, reading));
        TermVectors terms = TermVectors.build(extracted, n, config.maxTermsPerDocument());
        TagVectors tags = TagVectors.build(documents, order, terms);
        return new CorpusModel(config, order, epochDay, tags, terms);
    }

    /** Input positions sorted newest first, then by slug, then by position. */
    static int[] canonicalOrder(RelatedDocument[] documents) {
        int n = documents.length;
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            long day = documents[i].epochDay();
            if (day != (int) day) {
                return sortedByComparator(documents);  // dates beyond +-5 million years; not worth a fast path
            }
            // ~day orders newest first; the position in the low half keeps equal days in input order for now.
            keys[i] = ((long) ~(int) day << 32) | i;
        }
        Arrays.sort(keys);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = (int) keys[i];
        }
        // Only articles of the same day need the slug comparison: sort each such run.
        Comparator<Integer> bySlug = Comparator.<Integer, String>comparing(i -> documents[i].slug())
                .thenComparingInt(i -> i);
        for (int from = 0, to; from < n; from = to) {
            long day = documents[order[from]].epochDay();
            to = from + 1;
            while (to < n && documents[order[to]].epochDay() == day) {
                to++;
            }
            if (to - from > 1) {
                Integer[] run = new Integer[to - from];
                for (int k = 0; k < run.length; k++) {
                    run[k] = order[from + k];
                }
                Arrays.sort(run, bySlug);
                for (int k = 0; k < run.length; k++) {
                    order[from + k] = run[k];
                }
            }
        }
        return order;
    }

    /** The same order as {@link #canonicalOrder}, the plain way; for any dates. */
    static int[] sortedByComparator(RelatedDocument[] documents) {
        Comparator<Integer> newestFirst = (a, b) -> Long.compare(documents[b].epochDay(), documents[a].epochDay());
        return IntStream.range(0, documents.length).boxed()
                .sorted(newestFirst.thenComparing(i -> documents[i].slug()).thenComparingInt(i -> i))
                .mapToInt(Integer::intValue).toArray();
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

    /** Sum of the learned weights of the shared tags, added in tag-id order. */
    double sharedTagWeight(int a, int b) {
        int[] ids = tags.ids();
        double sum = 0;
        for (int i = tags.start(a), j = tags.start(b), endA = tags.end(a), endB = tags.end(b);
             i < endA && j < endB; ) {
            if (ids[i] < ids[j]) {
                i++;
            } else if (ids[i] > ids[j]) {
                j++;
            } else {
                sum += tags.weight(ids[i]);
                i++;
                j++;
            }
        }
        return sum;
    }

    /** The tag evidence for a sum of shared tag weights: the sum, at most 1. */
    static double tagSimilarity(double sharedWeight) {
        return Math.min(1.0, sharedWeight);
    }

    double tagSimilarity(int a, int b) {
        return tagSimilarity(sharedTagWeight(a, b));
    }

    /** The weighted text part of a score for a text similarity. */
    double textPart(double textSimilarity) {
        return config.textWeight() * textSimilarity;
    }

    /** The weighted tag part of a score for a tag similarity. */
    double tagPart(double tagSimilarity) {
        return config.tagWeight() * tagSimilarity;
    }

    /** Whether the texts agree enough for the pair to count as related at all. */
    boolean textAgrees(double textPart) {
        return textPart > 0 && textPart >= textFloor;
    }

    /** Text plus tags when the text agrees, else 0: tags alone never relate two articles. */
    double relevance(double textPart, double tagPart) {
        return textAgrees(textPart) ? textPart + tagPart : 0;
    }

    /** The date part of a score: a bonus in proportion to the relevance, so it only re-orders. */
    double datePart(double relevance, int a, int b) {
        return config.dateWeight() == 0 || relevance == 0 ? 0 : relevance * config.dateWeight() * dateProximity(a, b);
    }

    /**
     * Cosine of the two term vectors, summed over shared terms in term-id order; 0 when they share fewer than
     * {@link TermVectors#MIN_SHARED_TERMS} terms.
     */
    double textSimilarity(int a, int b) {
        double[] dot = new double[2];  // sum of products, terms shared
        terms.forEachShared(a, b, (term, weightA, weightB) -> {
            dot[0] += (double) weightA * weightB;
            dot[1]++;
        });
        return textSimilarity(dot[0], (int) dot[1]);
    }

    /** The text similarity for a dot product over {@code shared} terms. */
    static double textSimilarity(double dot, int shared) {
        return shared < TermVectors.MIN_SHARED_TERMS ? 0 : Math.min(1.0, dot);
    }

    /** {@code 2^(-days apart / half-life)}, from a table for the spans that occur in practice. */
    double dateProximity(int a, int b) {
        double days = Math.abs((double) epochDay[a] - (double) epochDay[b]);
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

    private static double proximity(double days, double halfLife) {
        return StrictMath.pow(2.0, -days / halfLife);
    }

    /** Terms of an article's vector with weights, for explaining or debugging a score. */
    String describeTerms(int document) {
        StringBuilder out = new StringBuilder();
        for (int p = terms.start(document); p < terms.end(document); p++) {
            long entry = terms.entries()[p];
            out.append(out.length() == 0 ? "" : " ").append(terms.termName(TermVectors.term(entry))).append(':')
                    .append(TermVectors.weight(entry));
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return "CorpusModel[documents=" + order.length + ", tags=" + tags.tagCount() + ", terms="
                + terms.vocabularySize() + "]";
    }
}
