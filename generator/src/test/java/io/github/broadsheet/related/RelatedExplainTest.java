package io.github.broadsheet.related;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** {@link RelatedArticles#explain}: the same lists as the search, and reasons a user can act on. */
class RelatedExplainTest {

    private static final RelatedConfig DEFAULTS = RelatedConfig.defaults();

    @Test
    void explainsExactlyTheListsTheSearchReturns() {
        for (List<RelatedDocument> docs : List.of(EvaluationSet.documents(EvaluationSet.load("dev")),
                Fixtures.random(300, 4))) {
            RelatedArticles.Explained explained = RelatedArticles.explain(docs, DEFAULTS);
            List<List<RelatedMatch>> related = RelatedArticles.compute(docs, DEFAULTS);
            assertThat(explained.related()).isEqualTo(related);
            for (int i = 0; i < docs.size(); i++) {
                List<RelatedCandidate> listed = explained.explanation().get(i).stream()
                        .filter(c -> c.verdict() == RelatedCandidate.Verdict.LISTED).toList();
                assertThat(listed).extracting(RelatedCandidate::document)
                        .containsExactlyElementsOf(related.get(i).stream().map(RelatedMatch::document).toList());
                for (int k = 0; k < listed.size(); k++) {
                    RelatedMatch match = related.get(i).get(k);
                    assertThat(listed.get(k).score()).isEqualTo(match.score());
                    assertThat(listed.get(k).text()).isEqualTo(match.text());
                    assertThat(listed.get(k).tag()).isEqualTo(match.tag());
                    assertThat(listed.get(k).sharedTerms()).isNotEmpty();
                }
                int self = i;
                assertThat(explained.explanation().get(i)).noneMatch(c -> c.document() == self);
            }
        }
    }

    @Test
    void aFormatTagSharedAcrossTopicsIsNamedAsTheReason() {
        List<EvaluationSet.Labelled> set = EvaluationSet.load("dev");
        List<RelatedDocument> docs = EvaluationSet.documents(set);
        int marathon = indexOf(docs, "explainer-training-for-your-first-marathon");
        List<RelatedCandidate> why = RelatedArticles.explain(docs, DEFAULTS).explanation().get(marathon);
        RelatedCandidate bank = why.stream()
                .filter(c -> docs.get(c.document()).slug().equals("explainer-how-the-central-bank-sets-rates"))
                .findFirst().orElseThrow();
        assertThat(bank.verdict()).isEqualTo(RelatedCandidate.Verdict.FORMAT_TAG);
        assertThat(bank.verdict().words()).isEqualTo("format tag");
        assertThat(bank.sharedTags()).containsExactly(new RelatedCandidate.SharedTag("explainer", 0));
        assertThat(bank.text()).isLessThan(DEFAULTS.minScore() / 2);
    }

    @Test
    void nearMissesSayWhetherTheMinimumOrTheListLengthKeptThemOut() {
        List<RelatedDocument> docs = EvaluationSet.documents(EvaluationSet.load("dev"));
        int tuning = indexOf(docs, "tuning-g1-pause-times");
        // With room for one link only, the other collector posts are related but do not fit.
        List<RelatedCandidate> one = RelatedArticles.explain(docs, DEFAULTS.withCount(1)).explanation().get(tuning);
        assertThat(one.get(0).verdict()).isEqualTo(RelatedCandidate.Verdict.LISTED);
        assertThat(one).filteredOn(c -> c.verdict() == RelatedCandidate.Verdict.LIST_FULL).isNotEmpty()
                .allSatisfy(c -> assertThat(c.score()).isGreaterThanOrEqualTo(DEFAULTS.minScore()));
        // With a high minimum, they are named as below it, with the parts that fell short.
        List<RelatedCandidate> strict = RelatedArticles.explain(docs, DEFAULTS.withMinScore(0.7)).explanation()
                .get(tuning);
        assertThat(strict).filteredOn(c -> c.verdict() == RelatedCandidate.Verdict.BELOW_MINIMUM).isNotEmpty()
                .allSatisfy(c -> assertThat(c.text() + c.tag()).isLessThan(0.7));
    }

    private static int indexOf(List<RelatedDocument> docs, String slug) {
        return IntStream.range(0, docs.size()).filter(i -> docs.get(i).slug().equals(slug)).findFirst()
                .orElseThrow();
    }
}
