package io.github.broadsheet.related;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TokenizerTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("stop words removed, case folded", "en",
                        "The Quick brown FOX jumps over the lazy dog", List.of("quick", "brown", "fox", "jumps", "lazy",
                                "dog")),
                Arguments.of("unicode letters kept and folded", "de",
                        "Der 1. FC Köln spielt in MÜNCHEN gegen Zürich", List.of("fc", "köln", "spielt", "münchen",
                                "zürich")),
                Arguments.of("decomposed input is composed to NFC", "de",
                        "Ko\u0308ln und Mu\u0308nchen", List.of("köln", "münchen")),
                Arguments.of("numbers: only four-digit ones (years) are kept", "en",
                        "In 2024 the 3 teams scored 10 goals, 1,000 fans paid 12.50 and 3.5 stars in 12345 seats",
                        List.of("2024", "teams", "scored", "goals", "fans", "paid", "stars", "seats")),
                Arguments.of("separators between digits stay inside alphanumeric tokens", "en",
                        "Java v2.0 and x1,5 but not end.2024", List.of("java", "v2.0", "x1.5", "end", "2024")),
                Arguments.of("non-ASCII digits count as digits", "en",
                        "year ٢٠٢٤ or ١٢", List.of("year", "٢٠٢٤")),
                Arguments.of("letters and digits stay one token", "en",
                        "Nvidia's H100 and 5G modems; COVID-19 cases", List.of("nvidia", "h100", "5g", "modems",
                                "covid", "cases")),
                Arguments.of("apostrophes split, fragments are stop words or single letters", "en",
                        "Don't panic: it's the company's fault", List.of("panic", "company", "fault")),
                Arguments.of("french elision", "fr-FR",
                        "L'économie de l'Europe et la croissance qu'on attend", List.of("économie", "europe",
                                "croissance", "attend")),
                Arguments.of("spanish stop words with accents", "es",
                        "El Barça está más cerca del título", List.of("barça", "cerca", "título")),
                Arguments.of("language region subtag chooses the base list", "en-GB",
                        "The colour of the harbour", List.of("colour", "harbour")),
                Arguments.of("unknown language falls back to English", "xx",
                        "the ship and the harbour", List.of("ship", "harbour")),
                Arguments.of("punctuation, markup leftovers and single letters", "en",
                        "C++ / C# -- a (b) \"quoted\" e-mail x", List.of("quoted", "mail")),
                Arguments.of("turkish dotted capital I folds to i", "en",
                        "İstanbul", List.of("istanbul")),
                Arguments.of("supplementary letters survive", "en",
                        "𝒜lpha 𐐀𐐀", List.of("𝒜lpha", "𐐨𐐨")),
                Arguments.of("very long tokens are dropped", "en",
                        "hash " + "a".repeat(65) + " end", List.of("hash", "end")),
                Arguments.of("non-ASCII punctuation and spaces separate tokens", "en",
                        "\u201cSmart\u201d quotes\u2014dashes\u00a0nbsp \u2026 \u00bfqu\u00e9? \u0301mark \u20ac100 \u2022 bullets",
                        List.of("smart", "quotes", "dashes", "nbsp", "qué", "mark", "bullets")),
                Arguments.of("text of nothing but separators", "en", "\u2014 \u00a0\u2026 -- !!", List.of()),
                Arguments.of("empty text", "en", "", List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void tokenizes(String name, String language, String text, List<String> expected) {
        assertThat(Tokenizer.terms(text, language)).containsExactlyElementsOf(expected);
    }

    @Test
    void reportsTheSameHashAndKeyAsTheHelpers() {
        List<Long> keys = new java.util.ArrayList<>();
        new Tokenizer().tokenize("Straße Köln 2024 São-Paulo x1,5 Strawberries ab", (chars, offset, length, hash,
                                                                                     packed) -> {
            assertThat(packed).isEqualTo(TermTable.packed(chars, offset, length));
            assertThat(hash).isEqualTo(packed != 0 ? 0 : Tokenizer.hash(new String(chars, offset, length)));
            keys.add(packed);
        });
        // Non-ASCII and longer than eight characters: no key; short ASCII: the characters themselves.
        assertThat(keys).containsExactly(0L, 0L, 0x32303234L, 0L, 0x7061756C6FL, 0x78312E35L, 0L, 0x6162L);
    }

    @Test
    void terminatesAndKeepsItsInvariantsOnArbitraryText() {
        // Seeded fuzzing over a mix of ASCII, Latin-1, punctuation, marks, surrogates (paired and lone) and digits.
        String alphabet = "aZ09 .,'-\u00e9\u00df\u2014\u00a0\u0301\u0130\ud835\udc9c\ud800\u4e2d\u0663\n";
        java.util.Random random = new java.util.Random(1);
        for (int round = 0; round < 2000; round++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(80); k > 0; k--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            new Tokenizer().tokenize(text.toString(), (chars, offset, length, hash, packed) -> {
                String token = new String(chars, offset, length);
                assertThat(length).isBetween(2, Tokenizer.MAX_TOKEN_LENGTH);
                assertThat(token).doesNotContain(" ", "'", "-", ",", "\u2014", "\u00a0", "\n");
                assertThat(token).isEqualTo(java.text.Normalizer.normalize(token, java.text.Normalizer.Form.NFC));
                assertThat(token.codePoints().filter(cp -> Character.toLowerCase(cp) != cp).count()).isZero();
            });
        }
    }

    @ParameterizedTest
    @MethodSource("limits")
    void readsOnlyUpToTheLimitFinishingTheCutWord(int limit, List<String> expected) {
        List<String> seen = new java.util.ArrayList<>();
        new Tokenizer().tokenize("alpha beta gamma delta", limit, (chars, offset, length, hash, packed) ->
                seen.add(new String(chars, offset, length)));
        assertThat(seen).containsExactlyElementsOf(expected);
    }

    static Stream<Arguments> limits() {
        return Stream.of(Arguments.of(0, List.of()), Arguments.of(1, List.of("alpha")),
                Arguments.of(5, List.of("alpha")), Arguments.of(6, List.of("alpha")),
                Arguments.of(8, List.of("alpha", "beta")), Arguments.of(1000, List.of("alpha", "beta", "gamma",
                        "delta")));
    }

    @Test
    void reusesItsBufferAcrossTextsOfDifferentLength() {
        Tokenizer tokenizer = new Tokenizer();
        StringBuilder seen = new StringBuilder();
        Tokenizer.Sink sink = (chars, offset, length, hash, packed) -> seen.append(chars, offset, length).append(' ');
        tokenizer.tokenize("alpha " + "beta ".repeat(2000), sink);
        tokenizer.tokenize("Gamma", sink);
        assertThat(seen.toString()).startsWith("alpha beta").endsWith("beta gamma ");
    }

    @ParameterizedTest
    @MethodSource("languages")
    void languageKeys(String tag, String key) {
        assertThat(StopWords.languageKey(tag)).isEqualTo(key);
    }

    static Stream<Arguments> languages() {
        return Stream.of(Arguments.of("en", "en"), Arguments.of("en-GB", "en"), Arguments.of("de_AT", "de"),
                Arguments.of("FR", "fr"), Arguments.of("es-419", "es"), Arguments.of("pt-BR", "pt"),
                Arguments.of("nl", "nl"), Arguments.of("it", "it"), Arguments.of("ja", "en"),
                Arguments.of("", "en"), Arguments.of(null, "en"));
    }
}
