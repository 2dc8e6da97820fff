package io.github.broadsheet.related;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The indexed search against a brute-force reference that scores every pair with the model's exact similarities. */
class IndexedSearchTest {

    private static CorpusModel model(List<RelatedDocument> docs, RelatedConfig config) {
        return CorpusModel.build(docs.toArray(new RelatedDocument[0]), config);
    }

    /** All pairs, exact scores, same filter and order as the product; indexed by input position. */
    static List<List<RelatedMatch>> bruteForce(CorpusModel model) {
        RelatedConfig config = model.config();
        int n = model.size();
        List<List<RelatedMatch>> out = new ArrayList<>(java.util.Collections.nCopies(n, List.of()));
        for (int d = 0; d < n; d++) {
            List<double[]> scored = new ArrayList<>();
            for (int e = 0; e < n; e++) {
                if (e == d) {
                    continue;
                }
                double tag = model.tagPart(model.tagSimilarity(d, e));
                double text = model.textPart(model.textSimilarity(d, e));
                double relevance = model.relevance(text, tag);
                if (relevance > 0 && relevance >= config.minScore()) {
                    double date = model.datePart(relevance, d, e);
                    scored.add(new double[] {e, relevance + date, tag, text, date});
                }
            }
            scored.sort(Comparator.<double[]>comparingDouble(s -> -s[1]).thenComparingDouble(s -> s[0]));
            out.set(model.inputIndex(d), scored.stream().limit(config.count())
                    .map(s -> new RelatedMatch(model.inputIndex((int) s[0]), s[1], s[2], s[3], s[4])).toList());
        }
        return out;
    }

    static Stream<Arguments> exactCases() {
        RelatedConfig base = RelatedConfig.defaults();
        return Stream.of(
                Arguments.of("defaults, 300 articles", 300, base),
                Arguments.of("count 1", 250, base.withCount(1)),
                Arguments.of("count 12, no minimum", 250, base.withCount(12).withMinScore(0)),
                Arguments.of("text only", 200, base.withWeights(0, 1, 0)),
                Arguments.of("tags weigh most", 200, base.withWeights(3, 0.5, 0.2)),
                Arguments.of("few terms per vector, short half-life", 200,
                        base.withMaxTermsPerDocument(5).withDateHalfLifeDays(3)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exactCases")
    void withoutPruningTheIndexFindsExactlyTheBruteForceLists(String name, int n, RelatedConfig config) {
        // A threshold above N means no key is too common, so the indexed search must not lose anything.
        CorpusModel model = model(Fixtures.random(n, n), config.withCardinalityThreshold(n + 1));
        List<List<RelatedMatch>> reference = bruteForce(model);
        assertThat(reference.stream().mapToInt(List::size).sum()).as("links to compare").isGreaterThan(n / 2);
        assertThat(RelatedArticles.search(model)).isEqualTo(reference);
    }

    @ParameterizedTest(name = "threshold {0}: recall > {1}")
    @MethodSource("thresholds")
    void withPruningEveryListedScoreIsExactAndRecallStaysHigh(int threshold, double minimumRecall) {
        List<RelatedDocument> docs = Fixtures.random(400, 3);
        CorpusModel model = model(docs, RelatedConfig.defaults().withCardinalityThreshold(threshold));
        List<List<RelatedMatch>> indexed = RelatedArticles.search(model);
        List<List<RelatedMatch>> reference = bruteForce(model);
        int found = 0;
        int expected = 0;
        for (int i = 0; i < docs.size(); i++) {
            List<RelatedMatch> exact = reference.get(i);
            for (RelatedMatch match : indexed.get(i)) {
                // Whatever was found carries its exact, brute-force score: pruning may miss, never misjudge.
                assertThat(match).isEqualTo(exactMatch(model, i, match.document()));
            }
            expected += exact.size();
            found += (int) indexed.get(i).stream().filter(exact::contains).count();
        }
        assertThat((double) found / expected).as("recall of the brute-force top lists").isGreaterThan(minimumRecall);
    }

    static Stream<Arguments> thresholds() {
        // Tiny thresholds on a corpus with a 400-word vocabulary prune nearly every key, hence the lower bound.
        return Stream.of(Arguments.of(3, 0.65), Arguments.of(10, 0.7), Arguments.of(40, 0.85),
                Arguments.of(100, 0.95));
    }

    private static RelatedMatch exactMatch(CorpusModel model, int inputFrom, int inputTo) {
        int d = internal(model, inputFrom);
        int e = internal(model, inputTo);
        RelatedConfig config = model.config();
        double tag = model.tagPart(model.tagSimilarity(d, e));
        double text = model.textPart(model.textSimilarity(d, e));
        double date = model.datePart(model.relevance(text, tag), d, e);
        return new RelatedMatch(inputTo, (text + tag) + date, tag, text, date);
    }

    private static int internal(CorpusModel model, int input) {
        return IntStream.range(0, model.size()).filter(d -> model.inputIndex(d) == input).findFirst().orElseThrow();
    }

    @Test
    void postingsAreSortedAndKnowWhereEachArticleSits() {
        CorpusModel model = model(Fixtures.random(300, 2), RelatedConfig.defaults());
        TagVectors tags = model.tags();
        InvertedIndex index = model.tagIndex();
        for (int d = 0; d < model.size(); d++) {
            for (int k = tags.start(d); k < tags.end(d); k++) {
                int tag = tags.ids()[k];
                assertThat(index.position(k)).isBetween(index.start(tag), index.end(tag) - 1);
                assertThat(index.documents()[index.position(k)]).isEqualTo(d);
            }
        }
        for (InvertedIndex postings : List.of(index, model.termIndex())) {
            for (int key = 0; postings.start(key) < postings.documents().length; key++) {
                for (int p = postings.start(key) + 1; p < postings.end(key); p++) {
                    assertThat(postings.documents()[p]).isGreaterThan(postings.documents()[p - 1]);
                }
            }
        }
    }

    @Test
    void termVectorsHoldTheDistinctiveWordsNotStopWordsOrHapaxes() {
        List<RelatedDocument> docs = Fixtures.threeTopics();
        CorpusModel model = model(docs, RelatedConfig.defaults());
        int e3 = internal(model, docs.indexOf(docs.stream().filter(d -> d.slug().startsWith("e3")).findFirst()
                .orElseThrow()));
        String terms = model.describeTerms(e3);
        assertThat(terms).contains("merz:", "scholz:", "bundestag:");
        // "once" is a stop word, "conclude" (stemmed "conclud") appears in no other article: neither can link.
        assertThat(terms).doesNotContain("once:", "conclud:", "conclude:");
    }

    @Test
    void similaritiesAreSymmetricToTheBit() {
        CorpusModel model = model(Fixtures.random(150, 5), RelatedConfig.defaults());
        for (int a = 0; a < model.size(); a++) {
            for (int b = 0; b < a; b++) {
                assertThat(model.tagSimilarity(a, b)).isEqualTo(model.tagSimilarity(b, a));
                assertThat(model.textSimilarity(a, b)).isEqualTo(model.textSimilarity(b, a));
                assertThat(model.dateProximity(a, b)).isEqualTo(model.dateProximity(b, a));
            }
        }
    }

    @Test
    void aCommonTagIsScannedOnlyNearTheArticlesDate() {
        // 900 of 1000 articles share "common" and one text, so the tag predicts the text and learns a weight; their
        // terms are as common as the tag, so only the tag can bring candidates, and only near in date.
        List<RelatedDocument> docs = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            boolean common = i < 900;
            docs.add(Fixtures.doc(String.format("a%04d", i), "2024-01-01", common ? List.of("common")
                    : List.of("other-" + i / 2), "", "", common ? "harbour crane dock" : "meadow orchard " + i / 2));
        }
        RelatedConfig config = RelatedConfig.defaults().withCardinalityThreshold(50).withMinScore(0);
        CorpusModel model = model(docs, config);
        assertThat(model.tags().weight(0)).as("the common tag's weight").isPositive();
        RelatedQuery query = new RelatedQuery(model);
        int window = RelatedQuery.window(config.count());
        for (int d = 0; d < model.size(); d++) {
            List<RelatedMatch> related = query.run(d);
            assertThat(query.candidateCount()).isLessThanOrEqualTo(2 * window);
            assertThat(related).hasSizeLessThanOrEqualTo(config.count());
        }
        CorpusModel unpruned = model(docs, config.withCardinalityThreshold(1000));
        RelatedQuery full = new RelatedQuery(unpruned);
        full.run(0);
        assertThat(full.candidateCount()).isGreaterThan(800);
    }

    @Test
    void canonicalOrderIsNewestFirstThenSlugThenPosition() {
        List<RelatedDocument> docs = new ArrayList<>(Fixtures.random(500, 9));
        docs.add(docs.get(17));  // an exact duplicate of (date, slug): input position decides
        docs.add(new RelatedDocument("z", List.of(), "", "", "", -5));
        RelatedDocument[] array = docs.toArray(new RelatedDocument[0]);
        int[] order = CorpusModel.canonicalOrder(array);
        assertThat(order).containsExactly(CorpusModel.sortedByComparator(array));
        for (int k = 1; k < order.length; k++) {
            RelatedDocument a = array[order[k - 1]];
            RelatedDocument b = array[order[k]];
            assertThat(a.epochDay() > b.epochDay() || a.epochDay() == b.epochDay()
                    && a.slug().compareTo(b.slug()) <= 0).isTrue();
        }
    }

    @Test
    void extremeDatesStillWork() {
        List<RelatedDocument> docs = List.of(
                Fixtures.doc("a", "2024-01-01", List.of("x", "y"), "Solar panels", "", "solar panels roof"),
                new RelatedDocument("b", List.of("x", "y"), "Solar panels", "", "solar panels roof", Long.MAX_VALUE),
                new RelatedDocument("c", List.of("x", "y"), "Solar panels", "", "solar panels roof", Long.MIN_VALUE),
                Fixtures.doc("d", "2024-01-01", List.of("q"), "Bread", "", "flour water"));
        RelatedDocument[] array = docs.toArray(new RelatedDocument[0]);
        assertThat(CorpusModel.canonicalOrder(array)).containsExactly(1, 0, 3, 2);
        List<List<RelatedMatch>> related = RelatedArticles.compute(docs, RelatedConfig.defaults());
        assertThat(related.get(0)).extracting(RelatedMatch::document).containsExactlyInAnyOrder(1, 2);
        assertThat(related.get(0)).allSatisfy(m -> assertThat(m.date()).isZero());
    }

    @Test
    void topKKeepsTheBestWithTieBreakOnLowerId() {
        TopK top = new TopK(3);
        double[] scores = {0.5, 0.9, 0.5, 0.1, 0.9, 0.7, 0.5};
        for (int id = scores.length - 1; id >= 0; id--) {
            top.offer(id, scores[id]);
        }
        int[] out = new int[3];
        assertThat(top.drainBestFirst(out)).isEqualTo(3);
        assertThat(out).containsExactly(1, 4, 5);
        assertThat(top.size()).isZero();
        top.offer(2, 0.5);
        top.offer(0, 0.5);
        assertThat(top.drainBestFirst(out)).isEqualTo(2);
        assertThat(out[0]).isZero();
        assertThat(out[1]).isEqualTo(2);
    }
}
