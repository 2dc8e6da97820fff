package io.github.broadsheet.related;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StemmerTest {

    private static String stem(Stemmer stemmer, String word) {
        char[] chars = word.toCharArray();
        return new String(chars, 0, stemmer.stem(chars, chars.length));
    }

    static Stream<Arguments> families() {
        // Words a reader takes for one subject must meet in one term.
        return Stream.of(
                Arguments.of(List.of("rate", "rates", "rated")),
                Arguments.of(List.of("train", "trains", "trained", "training")),
                Arguments.of(List.of("run", "running", "runs")),
                Arguments.of(List.of("hope", "hoped", "hoping", "hopes")),
                Arguments.of(List.of("policy", "policies")),
                Arguments.of(List.of("election", "elections")),
                Arguments.of(List.of("cycle", "cycles", "cycled", "cycling")),
                Arguments.of(List.of("lane", "lanes")),
                Arguments.of(List.of("vaccination", "vaccinations")),
                Arguments.of(List.of("falls", "falling", "fall")),
                Arguments.of(List.of("agreed", "agree", "agrees")));
    }

    @ParameterizedTest
    @MethodSource("families")
    void inflectionsOfAWordShareOneStem(List<String> family) {
        Stemmer english = Stemmer.forLanguage("en");
        assertThat(family.stream().map(w -> stem(english, w)).distinct()).as("%s", family).hasSize(1);
    }

    @Test
    void differentWordsStayApart() {
        Stemmer english = Stemmer.forLanguage("en-GB");
        assertThat(stem(english, "bus")).isEqualTo("bus");
        assertThat(stem(english, "glass")).isEqualTo("glass");
        assertThat(stem(english, "analysis")).isEqualTo("analysis");
        assertThat(stem(english, "news")).isNotEqualTo(stem(english, "newspaper"));
    }

    @Test
    void leavesShortWordsNumbersAndAccentsAlone() {
        Stemmer english = Stemmer.forLanguage("en");
        assertThat(stem(english, "gas")).isEqualTo("gas");
        assertThat(stem(english, "h100s")).isEqualTo("h100s");
        assertThat(stem(english, "cafés")).isEqualTo("cafés");
    }

    @Test
    void onlyEnglishIsStemmed() {
        for (String language : List.of("de", "fr-FR", "xx", "nl")) {
            assertThat(stem(Stemmer.forLanguage(language), "häuser")).isEqualTo("häuser");
            assertThat(stem(Stemmer.forLanguage(language), "trains")).isEqualTo("trains");
        }
        assertThat(Stemmer.forLanguage("").stems()).isTrue();
        assertThat(Stemmer.forLanguage(null).stems()).isTrue();
        assertThat(Stemmer.forLanguage("en_US").stems()).isTrue();
        assertThat(Stemmer.forLanguage("eng").stems()).isFalse();
    }
}
