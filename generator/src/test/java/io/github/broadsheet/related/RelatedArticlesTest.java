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
import org.junit.jupiter.api.Test;

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
    void closeStoriesComeFirstAndShortListsAreNormal() {
        Map<String, List<String>> related = bySlug(Fixtures.threeTopics(), DEFAULTS);
        assertThat(related.get("f1-arsenal-beat-chelsea").subList(0, 2))
                .containsExactlyInAnyOrder("f4-title-race", "f2-chelsea-sack-manager");
        assertThat(related.get("s4-export-controls")).startsWith("s2-nvidia-accelerator", "s5-samsung-memory");
        // The concession speech has two true neighbours and no filler from other topics.
        assertThat(related.get("e3-scholz-concedes")).containsExactly("e2-merz-wins", "e1-germany-votes");
    }

    @Test
    void aGenericTagLearnsNoWeightAndATopicTagDoes() {
        // "news" is on ten of the sixteen articles, across all topics: their texts are no more alike than any two.
        CorpusModel model = CorpusModel.build(Fixtures.threeTopics().toArray(new RelatedDocument[0]), DEFAULTS);
        Map<String, Double> weights = new HashMap<>();
        for (int t = 0; t < model.tags().tagCount(); t++) {
            weights.put(model.tags().name(t), model.tags().weight(t));
        }
        assertThat(weights.get("football")).isGreaterThan(0.1);
        assertThat(weights.get("news")).isLessThan(weights.get("football") / 10);
        assertThat(weights.get("semiconductors")).isGreaterThan(0.1);
        assertThat(weights.get("gardening")).as("on one article: nothing to learn from").isZero();
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
        int links = 0;
        for (List<RelatedMatch> list : RelatedArticles.compute(docs, DEFAULTS)) {
            for (int k = 0; k < list.size(); k++) {
                RelatedMatch m = list.get(k);
                assertThat(m.score()).isEqualTo((m.text() + m.tag()) + m.date());
                assertThat(m.tag()).isBetween(0.0, DEFAULTS.tagWeight());
                assertThat(m.text()).isBetween(DEFAULTS.minScore() / 2, DEFAULTS.textWeight());
                assertThat(m.date()).isBetween(0.0, DEFAULTS.dateWeight() * (m.text() + m.tag()));
                assertThat(m.tag() + m.text()).isGreaterThanOrEqualTo(DEFAULTS.minScore());
                if (k > 0) {
                    assertThat(m.score()).isLessThanOrEqualTo(list.get(k - 1).score());
                }
                links++;
            }
        }
        assertThat(links).isGreaterThan(20);
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

    @Test
    void tagsAloneNeverRelateArticles() {
        // Every pair shares a rare tag, but no text: nothing to go on, whatever the weights and the minimum.
        List<RelatedDocument> docs = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            docs.add(doc(String.format("a%02d", i), "2024-01-01", List.of("pair-" + i / 2, "everything"), "", "", ""));
        }
        for (RelatedConfig config : List.of(DEFAULTS, DEFAULTS.withMinScore(0).withTagWeight(5))) {
            assertThat(RelatedArticles.compute(docs, config)).allMatch(List::isEmpty);
        }
    }

    @Test
    void aTagOnEveryArticleCountsNothingWhileTextPairsStillRelate() {
        // Articles come in pairs telling one story; every article carries "everything", every tenth pair also a
        // shared rare tag. The common tag must neither add filler nor change a score.
        List<RelatedDocument> docs = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            int pair = i / 2;
            List<String> tags = pair % 10 == 0 ? List.of("everything", "pair-" + pair) : List.of("everything");
            String story = "story" + pair + " river" + pair + " bridge" + pair;
            docs.add(doc(String.format("a%03d", i), "2024-01-01", tags, story, "", story + " council vote"));
        }
        for (RelatedConfig config : List.of(DEFAULTS, DEFAULTS.withCardinalityThreshold(10))) {
            CorpusModel model = CorpusModel.build(docs.toArray(new RelatedDocument[0]), config);
            for (int t = 0; t < model.tags().tagCount(); t++) {
                if (model.tags().name(t).equals("everything")) {
                    assertThat(model.tags().weight(t)).isZero();
                }
            }
            List<List<RelatedMatch>> related = RelatedArticles.compute(docs, config);
            for (int i = 0; i < docs.size(); i++) {
                int partner = i % 2 == 0 ? i + 1 : i - 1;
                assertThat(related.get(i)).as("a%03d", i).extracting(RelatedMatch::document).containsExactly(partner);
            }
        }
    }

    @Test
    void aSharedTopicTagLiftsTextThatAgreesButCannotCarryTextThatDoesNot() {
        // Articles on heat pumps share "heat pumps", so the tag learns a weight. "twin-a" and "twin-b" have the
        // same text, so the same text similarity to the query; only "twin-a" carries the tag. "grant" carries the
        // tag too, but is about something else: sharing incidental words only, its text does not agree.
        String pump = "Heat pump installations rose as the heat pump grant for boiler replacement opened";
        List<RelatedDocument> docs = new ArrayList<>(List.of(
                doc("query", "2024-05-10", List.of("heat pumps"), "Heat pumps in cold weather", "",
                        pump + " and engineers tested heat pumps at minus ten degrees."),
                doc("p1", "2024-05-01", List.of("heat pumps"), "Installers trained for heat pumps", "",
                        pump + " while installers trained apprentices."),
                doc("p2", "2024-04-01", List.of("heat pumps"), "Heat pump prices fall", "",
                        pump + " and prices fell for the third quarter."),
                doc("twin-a", "2024-03-01", List.of("heat pumps"), "Heat pumps and old radiators", "",
                        pump + ". Old radiators work with heat pumps when flow temperatures are lowered."),
                doc("twin-b", "2024-03-01", List.of("renovation"), "Heat pumps and old radiators", "",
                        pump + ". Old radiators work with heat pumps when flow temperatures are lowered."),
                doc("grant", "2024-05-09", List.of("heat pumps", "budget"), "Council budget vote delayed", "",
                        "The council delayed its budget vote on school buildings; the library grant opened late."),
                doc("other-1", "2024-02-01", List.of("budget"), "School budget", "", "Schools budget library hours."),
                doc("other-2", "2024-02-02", List.of("gardening"), "Roses", "", "Prune roses in spring.")));
        CorpusModel model = CorpusModel.build(docs.toArray(new RelatedDocument[0]), DEFAULTS);
        int heatPumps = IntStream.range(0, model.tags().tagCount())
                .filter(t -> model.tags().name(t).equals("heat pumps")).findFirst().orElseThrow();
        assertThat(model.tags().weight(heatPumps)).as("the topic tag's learned weight").isGreaterThan(0.05);

        List<RelatedMatch> query = RelatedArticles.compute(docs, DEFAULTS).get(0);
        List<String> listed = slugs(docs, query);
        assertThat(listed).contains("twin-a", "twin-b").doesNotContain("grant", "other-1", "other-2");
        RelatedMatch a = query.get(listed.indexOf("twin-a"));
        RelatedMatch b = query.get(listed.indexOf("twin-b"));
        assertThat(a.text()).isEqualTo(b.text());
        assertThat(a.tag()).isPositive();
        assertThat(b.tag()).isZero();
        assertThat(listed.indexOf("twin-a")).isLessThan(listed.indexOf("twin-b"));
        // Even a tag weight far above the minimum does not list "grant": the text part is what decides.
        assertThat(slugs(docs, RelatedArticles.compute(docs, DEFAULTS.withTagWeight(10)).get(0)))
                .doesNotContain("grant");
        RelatedCandidate grant = RelatedArticles.explain(docs, DEFAULTS.withTagWeight(10)).explanation().get(0)
                .stream().filter(c -> docs.get(c.document()).slug().equals("grant")).findFirst().orElseThrow();
        assertThat(grant.verdict()).isEqualTo(RelatedCandidate.Verdict.TEXT_DISAGREES);
        assertThat(grant.text()).as("two words in common: some text similarity, too little").isPositive()
                .isLessThan(DEFAULTS.minScore() / 2);
        assertThat(grant.tag()).isGreaterThan(DEFAULTS.minScore());
    }

    @Test
    void aSiteInAnotherLanguageRelatesWithoutStemming() {
        // German: German stop words, no English stemming (which would cut "Linien" and "Bahnen" into nonsense).
        RelatedConfig german = DEFAULTS.withLanguage("de-DE");
        List<RelatedDocument> docs = List.of(
                doc("eroeffnung", "2026-06-10", List.of("Straßenbahn"), "Straßenbahnlinie 4 fährt nach drei Monaten",
                        "", "Die erste Straßenbahn der Linie 4 verließ um fünf Uhr den Hauptbahnhof. Ein Fehler im "
                                + "Stellwerk hatte die Eröffnung der Linie um drei Monate verzögert."),
                doc("stellwerk", "2026-03-02", List.of("Verkehr"), "Stellwerksfehler verzögert Linie 4", "",
                        "Ein Fehler im Stellwerk am Hauptbahnhof verzögert die Eröffnung der Linie 4 um drei "
                                + "Monate, teilten die Verkehrsbetriebe mit."),
                doc("rosen", "2026-03-04", List.of("Garten"), "Rosen richtig schneiden", "",
                        "Rosen schneidet man im Frühjahr, wenn die Knospen schwellen, über einem Auge."));
        List<List<RelatedMatch>> related = RelatedArticles.compute(docs, german);
        assertThat(related.get(0)).extracting(RelatedMatch::document).containsExactly(1);
        assertThat(related.get(1)).extracting(RelatedMatch::document).containsExactly(0);
        assertThat(related.get(2)).isEmpty();
        CorpusModel model = CorpusModel.build(docs.toArray(new RelatedDocument[0]), german);
        // Internal id 0 is the newest article, the opening.
        assertThat(model.describeTerms(0)).contains("stellwerk:", "hauptbahnhof:").doesNotContain("die:", "der:");
    }

    @Test
    void tagsDifferingOnlyInCaseOrSpacingAreOneTag() {
        List<RelatedDocument> spelled = new ArrayList<>();
        List<RelatedDocument> plain = new ArrayList<>();
        String[] spellings = {"Central Bank", "central bank", " central  bank ", "CENTRAL BANK"};
        for (int i = 0; i < 8; i++) {
            String text = "Interest rates held as inflation eased, the central bank said; mortgage rates " + (i % 3);
            spelled.add(doc("a" + i, "2024-01-0" + (i + 1), List.of(spellings[i % 4]), "Rates " + i, "", text));
            plain.add(doc("a" + i, "2024-01-0" + (i + 1), List.of("central bank"), "Rates " + i, "", text));
        }
        CorpusModel model = CorpusModel.build(spelled.toArray(new RelatedDocument[0]), DEFAULTS);
        assertThat(model.tags().tagCount()).isEqualTo(1);
        assertThat(RelatedArticles.compute(spelled, DEFAULTS)).isEqualTo(RelatedArticles.compute(plain, DEFAULTS));
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
