package io.github.broadsheet.related;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.broadsheet.text.PackedText;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The search index's distinctive words of a body: TF-IDF ranking, known words, stop words, figures, limits. */
class DistinctiveTermsTest {

    @Test
    void distinctiveTermsRankByTfIdfThenAlphabetically() {
        // "common" is in every body, "zinc" three times in the first only; "alpha" and "beta" tie.
        List<String> bodies = List.of("zinc zinc zinc beta alpha common", "common harbour",
                "common thing");
        List<List<String>> terms = terms(bodies, List.of("", "", ""), "en", 12);
        assertThat(terms.get(0)).containsExactly("zinc", "alpha", "beta", "common");
        assertThat(terms.get(1)).containsExactly("harbour", "common");
        assertThat(DistinctiveTerms.score(3, 1, 3)).isGreaterThan(DistinctiveTerms.score(1, 1, 3))
                .isGreaterThan(DistinctiveTerms.score(3, 3, 3));
        // Known words (title, tags, summary) are left out; stop words never count; at most `limit` terms.
        assertThat(terms(bodies, List.of("The Zinc", "", ""), "en", 2).get(0))
                .containsExactly("alpha", "beta");
        assertThat(terms(List.of("the and of with"), List.of(""), "en", 12).get(0)).isEmpty();
        assertThat(terms(List.of(), List.of(), "en", 12)).isEmpty();
        // Figures say little to a searcher; years and words with digits do.
        assertThat(terms(List.of("69.3 1,000 2024 h100 köln"), List.of(""), "en", 12).get(0))
                .containsExactlyInAnyOrder("2024", "h100", "köln");
    }

    @Test
    void distinctiveTermsKeepTheBestWhenThereAreMoreThanTheLimit() {
        StringBuilder body = new StringBuilder();
        for (int w = 0; w < 40; w++) {
            body.append(("word" + (char) ('a' + w % 26) + (char) ('a' + w / 26) + " ").repeat(w + 1));
        }
        List<String> top = terms(List.of(body.toString(), "other"), List.of("", ""), "en", 5)
                .get(0);
        assertThat(top).containsExactly("wordnb", "wordmb", "wordlb", "wordkb", "wordjb");
    }

    private static List<List<String>> terms(List<String> bodies, List<String> known, String language, int limit) {
        return DistinctiveTerms.of(bodies.stream().map(PackedText::of).toList(), known, language, limit);
    }
}
