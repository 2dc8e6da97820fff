package io.github.broadsheet.related;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TermExtractorTest {

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Explainer: how the central bank sets rates | 9",
        "' Review:Trattoria Nonna'                  | 7",
        "Poll: Social Forum closes the gap          | 4",
        "Governor Varga: we will not cut too early  | -1",
        "2024: the year in review                   | -1",
        "No label here                              | -1",
        "Label after a long run of words, then: x   | -1",
        ":empty label                               | -1"})
    void aOneWordLabelBeforeAColonIsFound(String title, int end) {
        assertThat(TermExtractor.labelEnd(title)).isEqualTo(end);
    }

    @Test
    void aTitleLabelWeighsAsABodyWord() {
        // "Explainer: interest rates" reads like the title "interest rates" with "explainer" moved to the body.
        List<RelatedDocument> labelled = corpus("Explainer: interest rates", "The central bank raises rates.");
        List<RelatedDocument> moved = corpus("interest rates", "Explainer The central bank raises rates.");
        assertThat(terms(labelled)).isEqualTo(terms(moved)).anyMatch(term -> term.startsWith("explainer:"));
        // Two words before the colon are part of the headline, not a label.
        assertThat(terms(corpus("Governor Varga: interest rates", "The central bank raises rates.")))
                .isNotEqualTo(terms(corpus("interest rates", "Governor Varga The central bank raises rates.")));
    }

    private static List<RelatedDocument> corpus(String title, String body) {
        return List.of(Fixtures.doc("a", "2024-01-01", List.of(), title, "", body),
                Fixtures.doc("b", "2024-01-02", List.of(), "Explainer: governor varga interest rates", "",
                        "The central bank raises rates."),
                Fixtures.doc("c", "2024-01-03", List.of(), "Gardening", "", "Prune roses."));
    }

    /** The term vector of the corpus's first article, as sorted "term:weight" strings. */
    private static List<String> terms(List<RelatedDocument> docs) {
        CorpusModel model = CorpusModel.build(docs.toArray(new RelatedDocument[0]), RelatedConfig.defaults());
        return java.util.Arrays.stream(model.describeTerms(internal(model, 0)).split(" ")).sorted().toList();
    }

    private static int internal(CorpusModel model, int input) {
        for (int d = 0; d < model.size(); d++) {
            if (model.inputIndex(d) == input) {
                return d;
            }
        }
        throw new AssertionError(input);
    }
}
