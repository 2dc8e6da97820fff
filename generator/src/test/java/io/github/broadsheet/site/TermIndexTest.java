package io.github.broadsheet.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.broadsheet.content.Article;
import io.github.broadsheet.text.PackedText;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TermIndexTest {

    static Article article(String slug, String... tags) {
        return new Article(Path.of(slug + ".md"), slug, slug, OffsetDateTime.parse("2026-01-01T00:00Z"),
                Optional.empty(), "", Arrays.asList(tags), "", "", PackedText.EMPTY, PackedText.EMPTY, 0, false, Optional.empty(), List.of(),
                Optional.empty(), false, List.of(), Map.of(), List.of(), Optional.empty(), Map.of(), List.of(), Optional.empty(),
                null, false);
    }

    private static Map<String, Term> byName(List<Term> tags) {
        return tags.stream().collect(Collectors.toMap(Term::name, t -> t));
    }

    @Test
    void mergesSpellingsAndPicksTheMostUsedAsName() {
        List<Term> tags = TermIndex.build(List.of(article("a", "Syria"), article("b", "syria"), article("c", "Syria"),
                article("d", "SYRIA")));
        assertThat(tags).singleElement().satisfies(t -> {
            assertThat(t.name()).isEqualTo("Syria");
            assertThat(t.slug()).isEqualTo("syria");
            assertThat(t.articles()).containsExactly(0, 1, 2, 3);
        });
    }

    @Test
    void tiesBetweenSpellingsBreakTheSameWayEveryTime() {
        List<Term> one = TermIndex.build(List.of(article("a", "Trams"), article("b", "trams")));
        List<Term> two = TermIndex.build(List.of(article("b", "trams"), article("a", "Trams")));
        assertThat(one.get(0).name()).isEqualTo(two.get(0).name()).isEqualTo("Trams");
    }

    @ParameterizedTest(name = "{0} and {1} get distinct slugs")
    @CsvSource(delimiter = '|', textBlock = """
            C      | C++
            C      | C#
            C++    | C#
            """)
    void symbolsKeepTagsApart(String first, String second) {
        Map<String, Term> tags = byName(TermIndex.build(List.of(article("a", first), article("b", second))));
        assertThat(tags.get(first).slug()).isNotEqualTo(tags.get(second).slug());
    }

    @Test
    void collidingSlugsAreMadeUniqueAndStable() {
        List<Term> tags = TermIndex.build(List.of(article("a", "koln"), article("b", "Köln"), article("c", "KÖLN!")));
        Map<String, Term> named = byName(tags);
        assertThat(named.get("koln").slug()).isEqualTo("koln");
        assertThat(named.get("Köln").slug()).matches("koln-[0-9a-f]{8}");
        assertThat(named.get("KÖLN!").slug()).matches("koln-[0-9a-f]{8}").isNotEqualTo(named.get("Köln").slug());
        List<Term> again = TermIndex.build(List.of(article("c", "KÖLN!"), article("b", "Köln"), article("a", "koln")));
        assertThat(byName(again).get("Köln").slug()).isEqualTo(named.get("Köln").slug());
    }

    @Test
    void tagsWithoutLettersGetAFallbackSlug() {
        assertThat(TermIndex.build(List.of(article("a", "???"))).get(0).slug()).matches("tag-[0-9a-f]{8}");
    }

    @Test
    void sortsByNameCaseInsensitively() {
        assertThat(TermIndex.build(List.of(article("a", "beta", "Alpha", "gamma"))))
                .extracting(Term::name).containsExactly("Alpha", "beta", "gamma");
    }
}
