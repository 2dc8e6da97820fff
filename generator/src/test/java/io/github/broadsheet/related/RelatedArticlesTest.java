package io.github.broadsheet.related;

import static io.github.broadsheet.related.Fixtures.doc;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RelatedArticlesTest {

    private static final RelatedConfig DEFAULTS = RelatedConfig.defaults();

    private static List<String> slugs(List<RelatedDocument> docs, List<RelatedMatch> matches) {
        return matches.stream().map(m -> docs.get(m.document()).slug()).toList();
    }

    private static Map<String, List<String>> bySlug(List<RelatedDocument> docs, RelatedConfig config) {
        List<List<RelatedMatch>> related = RelatedArticles.compute(docs, config);
        Map<String, List<String>> out = new HashMap<>();
        for (int i = 0; i < docs.size(); i++) {
            out.put(docs.get(i).slug(), slugs(docs, related.get(i)));
        }
        return out;
    }

    @Test
    void threeTopicsStayApart() {
        List<RelatedDocument> docs = Fixtures.threeTopics();
        List<List<RelatedMatch>> related = RelatedArticles.compute(docs, DEFAULTS);
        for (int i = 0; i < docs.size(); i++) {
            RelatedDocument doc = docs.get(i);
            if (doc.slug().startsWith("g")) {
                continue;
            }
            assertThat(related.get(i)).as(doc.slug()).isNotEmpty();
            for (RelatedMatch match : related.get(i)) {
                assertThat(Fixtures.topic(docs.get(match.document())))
                        .as("%s lists %s", doc.slug(), docs.get(match.document()).slug())
                        .isEqualTo(Fixtures.topic(doc));
            }
        }
    }

    @Test
    void everySameTopicArticleIsFound() {
        // Within a topic every pair shares tags or names, so each list holds the whole rest of its topic.
        Map<String, List<String>> related = bySlug(Fixtures.threeTopics(), DEFAULTS);
        assertThat(related.get("f1-arsenal-beat-chelsea")).containsExactlyInAnyOrder("f2-chelsea-sack-manager",
                "f3-liverpool-record-signing", "f4-title-race", "f5-champions-league-draw");
        assertThat(related.get("s4-export-controls")).containsExactlyInAnyOrder("s1-tsmc-arizona",
                "s2-nvidia-accelerator", "s3-intel-delays-ohio", "s5-samsung-memory");
        assertThat(related.get("f1-arsenal-beat-chelsea").get(0)).isIn("f4-title-race", "f2-chelsea-sack-manager");
    }

    @Test
    void sharingOnlyTheGenericTagRanksBelowTheTopic() {
        // With room for everything (count 15, no minimum) articles sharing only "news" do appear, but every
        // same-topic article that shares a topic tag comes first.
        List<RelatedDocument> docs = Fixtures.threeTopics();
        List<List<RelatedMatch>> related = RelatedArticles.compute(docs, DEFAULTS.withCount(15).withMinScore(0));
        int newsOnlyLinks = 0;
        for (int i = 0; i < docs.size(); i++) {
            RelatedDocument doc = docs.get(i);
            List<RelatedDocument> listed = related.get(i).stream().map(m -> docs.get(m.document())).toList();
            int lastTopical = -1;
            int firstNewsOnly = Integer.MAX_VALUE;
            for (int k = 0; k < listed.size(); k++) {
                List<String> shared = listed.get(k).tags().stream().filter(doc.tags()::contains).toList();
                boolean sameTopic = Fixtures.topic(listed.get(k)).equals(Fixtures.topic(doc));
                if (sameTopic && shared.stream().anyMatch(t -> !t.equals("news"))) {
                    lastTopical = k;
                } else if (!sameTopic && shared.equals(List.of("news"))) {
                    firstNewsOnly = Math.min(firstNewsOnly, k);
                    newsOnlyLinks++;
                }
            }
            assertThat(lastTopical).as("%s lists %s", doc.slug(), listed).isLessThan(firstNewsOnly);
        }
        assertThat(newsOnlyLinks).as("the check is not vacuous").isPositive();
    }

    @Test
    void sameStoryWithoutSharedTagRelatesThroughText() {
        List<RelatedDocument> docs = Fixtures.threeTopics();
        List<List<RelatedMatch>> related = RelatedArticles.compute(docs, DEFAULTS);
        int e3 = indexOf(docs, "e3-scholz-concedes");
        assertThat(slugs(docs, related.get(e3))).startsWith("e2-merz-wins");
        RelatedMatch match = related.get(e3).get(0);
        assertThat(match.tag()).isZero();
        assertThat(match.text()).isGreaterThan(DEFAULTS.minScore());
        assertThat(slugs(docs, related.get(indexOf(docs, "e2-merz-wins")))).contains("e3-scholz-concedes");
    }

    @Test
    void unrelatedArticleGetsAnEmptyList() {
        List<RelatedDocument> docs = Fixtures.threeTopics();
        int g1 = indexOf(docs, "g1-pruning-roses");
        List<List<RelatedMatch>> related = RelatedArticles.compute(docs, DEFAULTS);
        assertThat(related.get(g1)).isEmpty();
        assertThat(related).noneMatch(list -> list.stream().anyMatch(m -> m.document() == g1));
    }

    @Test
    void scorePartsAddUpAndStayInRange() {
        List<RelatedDocument> docs = Fixtures.threeTopics();
        for (List<RelatedMatch> list : RelatedArticles.compute(docs, DEFAULTS)) {
            for (int k = 0; k < list.size(); k++) {
                RelatedMatch m = list.get(k);
                assertThat(m.score()).isEqualTo((m.tag() + m.text()) + m.date());
                assertThat(m.tag()).isBetween(0.0, DEFAULTS.tagWeight());
                assertThat(m.text()).isBetween(0.0, DEFAULTS.textWeight());
                assertThat(m.date()).isBetween(0.0, DEFAULTS.dateWeight());
                assertThat(m.tag() + m.text()).isGreaterThanOrEqualTo(DEFAULTS.minScore());
                if (k > 0) {
                    assertThat(m.score()).isLessThanOrEqualTo(list.get(k - 1).score());
                }
            }
        }
    }

    @Test
    void neverItselfAndNeverMoreThanCount() {
        List<RelatedDocument> docs = Fixtures.random(300, 7);
        for (int count : new int[] {0, 1, 3, 10}) {
            List<List<RelatedMatch>> related = RelatedArticles.compute(docs, DEFAULTS.withCount(count));
            assertThat(related).hasSize(docs.size());
            for (int i = 0; i < docs.size(); i++) {
                assertThat(related.get(i)).hasSizeLessThanOrEqualTo(count);
                int self = i;
                assertThat(related.get(i)).noneMatch(m -> m.document() == self);
                assertThat(related.get(i).stream().map(RelatedMatch::document).distinct().count())
                        .isEqualTo(related.get(i).size());
            }
        }
    }

    @Test
    void tiesBreakByNewerDateThenSlug() {
        // Identical articles score the same on tags and text; the query article sits between the others in date,
        // so "b" and "c" (10 days later) and "a" (10 days earlier) also tie on the date bonus.
        String text = "Lithium battery recycling plant opens in Nevada";
        List<String> tags = List.of("batteries", "recycling");
        List<RelatedDocument> docs = List.of(
                doc("c", "2024-05-21", tags, text, "", text),
                doc("query", "2024-05-11", tags, text, "", text),
                doc("a", "2024-05-01", tags, text, "", text),
                doc("b", "2024-05-21", tags, text, "", text),
                doc("z-older", "2024-01-01", tags, text, "", text),
                doc("other", "2024-05-11", List.of("cooking"), "Sourdough starter", "", "Flour water salt"));
        Map<String, List<String>> related = bySlug(docs, DEFAULTS);
        assertThat(related.get("query")).containsExactly("b", "c", "a", "z-older");
        // Without the date bonus every candidate ties, and the order is the plain tie-break.
        assertThat(bySlug(docs, DEFAULTS.withDateWeight(0)).get("query")).containsExactly("b", "c", "a", "z-older");
        assertThat(related.get("other")).isEmpty();
    }

    @Test
    void identicalAcrossRunsAndInputOrders() {
        List<RelatedDocument> docs = new ArrayList<>(Fixtures.random(400, 11));
        docs.addAll(Fixtures.threeTopics());
        for (RelatedConfig config : List.of(DEFAULTS, DEFAULTS.withCardinalityThreshold(5))) {
            List<List<RelatedMatch>> first = RelatedArticles.compute(docs, config);
            assertThat(RelatedArticles.compute(docs, config)).isEqualTo(first);
            for (long seed = 1; seed <= 3; seed++) {
                List<Integer> permutation = new ArrayList<>(IntStream.range(0, docs.size()).boxed().toList());
                Collections.shuffle(permutation, new Random(seed));
                List<RelatedDocument> shuffled = permutation.stream().map(docs::get).toList();
                List<List<RelatedMatch>> other = RelatedArticles.compute(shuffled, config);
                for (int k = 0; k < shuffled.size(); k++) {
                    List<RelatedMatch> mappedBack = other.get(k).stream()
                            .map(m -> new RelatedMatch(permutation.get(m.document()), m.score(), m.tag(), m.text(),
                                    m.date()))
                            .toList();
                    assertThat(mappedBack).as("article %s", shuffled.get(k).slug())
                            .isEqualTo(first.get(permutation.get(k)));
                }
            }
        }
    }

    static Stream<Arguments> idfCases() {
        // The query shares one tag with each of two candidates: a rare one (3 articles) and a common one.
        return Stream.of(Arguments.of(20, 10), Arguments.of(200, 100), Arguments.of(200, 20), Arguments.of(1000, 500));
    }

    @ParameterizedTest(name = "{0} articles, common tag on {1}")
    @MethodSource("idfCases")
    void sharingARareTagBeatsSharingACommonOne(int n, int common) {
        List<RelatedDocument> docs = new ArrayList<>();
        docs.add(doc("query", "2024-01-10", List.of("rare", "common"), "", "", ""));
        docs.add(doc("rare-1", "2024-01-10", List.of("rare"), "", "", ""));
        docs.add(doc("rare-2", "2024-01-10", List.of("rare", "x"), "", "", ""));
        for (int i = 0; docs.size() < n; i++) {
            List<String> tags = i < common - 1 ? List.of("common", "filler-" + i / 2) : List.of("filler-" + i / 2);
            docs.add(doc(String.format("f%03d", i), "2024-01-10", tags, "", "", ""));
        }
        List<List<RelatedMatch>> related = RelatedArticles.compute(docs, DEFAULTS.withMinScore(0));
        List<RelatedMatch> query = related.get(0);
        assertThat(slugs(docs, query).subList(0, 2)).containsExactly("rare-1", "rare-2");
        assertThat(query.get(0).tag()).isGreaterThan(3 * query.get(query.size() - 1).tag());
    }

    @Test
    void aTagOnEveryArticleRelatesNothing() {
        List<RelatedDocument> docs = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            List<String> tags = i % 20 == 0 ? List.of("everything") : List.of("everything", "pair-" + i / 2);
            docs.add(doc(String.format("a%03d", i), "2024-01-01", tags, "", "", ""));
        }
        for (RelatedConfig config : List.of(DEFAULTS, DEFAULTS.withCardinalityThreshold(10))) {
            List<List<RelatedMatch>> related = RelatedArticles.compute(docs, config);
            for (int i = 0; i < docs.size(); i++) {
                if (i % 20 == 0 || i % 20 == 1) {
                    assertThat(related.get(i)).as("a%03d", i).isEmpty();
                } else {
                    int partner = i % 2 == 0 ? i + 1 : i - 1;
                    assertThat(related.get(i)).extracting(RelatedMatch::document).containsExactly(partner);
                }
            }
        }
    }

    @Test
    void aTagListedTwiceCountsOnce() {
        List<RelatedDocument> twice = new ArrayList<>();
        List<RelatedDocument> once = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            List<String> tags = i < 2 ? List.of("x", "y") : List.of("z" + i % 2);
            twice.add(doc("a" + i, "2024-01-0" + (i + 1), i == 0 ? List.of("x", "x", "y", " ") : tags, "", "", ""));
            once.add(doc("a" + i, "2024-01-0" + (i + 1), tags, "", "", ""));
        }
        assertThat(RelatedArticles.compute(twice, DEFAULTS)).isEqualTo(RelatedArticles.compute(once, DEFAULTS));
    }

    @Test
    void emptyAndSingletonInputs() {
        assertThat(RelatedArticles.compute(List.of(), DEFAULTS)).isEmpty();
        RelatedDocument only = doc("only", "2024-01-01", List.of("x"), "Title", "Summary", "Body text");
        assertThat(RelatedArticles.compute(List.of(only), DEFAULTS)).containsExactly(List.of());
        RelatedDocument bare = new RelatedDocument("bare", null, null, null, null, 0);
        assertThat(RelatedArticles.compute(List.of(only, bare), DEFAULTS)).containsExactly(List.of(), List.of());
    }

    private static int indexOf(List<RelatedDocument> docs, String slug) {
        return IntStream.range(0, docs.size()).filter(i -> docs.get(i).slug().equals(slug)).findFirst()
                .orElseThrow();
    }
}
