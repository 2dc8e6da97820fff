package io.github.broadsheet.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.broadsheet.markdown.MarkdownRenderer;
import io.github.broadsheet.problem.Problem;
import io.github.broadsheet.problem.Problems;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ArticleParserTest {

    private final ArticleParser parser = new ArticleParser(new MarkdownRenderer(false), new DateParser(ZoneOffset.UTC));
    private final Problems problems = new Problems();

    private Optional<Article> parse(String name, String text) {
        Path path = Path.of("/site/content/articles", name);
        return parser.parse(new SourceFile(path, Path.of("content/articles", name), List.of()), text, problems);
    }

    private Article ok(String frontMatter, String body) {
        Optional<Article> article = parse("2026-11-27-some-story.md", "---\n" + frontMatter + "\n---\n" + body);
        assertThat(problems.sorted()).isEmpty();
        return article.orElseThrow();
    }

    @Test
    void directiveErrorsAreReportedAtTheirFileLinesOnce() {
        parse("2026-11-27-embeds.md", """
                ---
                title: Embeds
                date: 2026-11-27
                ---
                Intro.

                ::yotube{id="dQw4w9WgXcQ" title="T"}

                <!--more-->

                :::gallery
                ![a](a.jpg)
                """);
        assertThat(problems.sorted()).extracting(Problem::line, Problem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(7, "unknown directive ::yotube; the directives are ::youtube,"
                        + " ::vimeo, ::video, ::audio, :::gallery, :::pullquote"),
                org.assertj.core.groups.Tuple.tuple(11, ":::gallery is not closed: end it with a ':::' line"));
        assertThat(problems.hasErrors()).isTrue();
    }

    @Test
    void unbalancedHtmlIsBalancedAndWarnedAtItsFileLineOnce() {
        Article article = parse("2026-11-27-html.md", """
                ---
                title: Raw HTML
                date: 2026-11-27
                ---
                Intro with <a href="https://example.org/">a link never closed.

                <div class="wide">

                <!--more-->

                The rest.
                """).orElseThrow();
        assertThat(problems.hasErrors()).isFalse();
        assertThat(problems.sorted()).extracting(Problem::line, Problem::severity, Problem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(5, Problem.Severity.WARNING, "HTML that would break the page"
                        + " around it was repaired: <a href=\"https://example.org/\"> is not closed before </p>: as in"
                        + " browsers, it carries on after it, up to </a> or the end"),
                org.assertj.core.groups.Tuple.tuple(7, Problem.Severity.WARNING, "HTML that would break the page"
                        + " around it was repaired: <div class=\"wide\"> is never closed: closed at the end"));
        assertThat(article.html()).endsWith("</div></a>");
        assertThat(article.summaryHtml()).endsWith("</div></a>");
    }

    /** A <div> opened before <!--more--> and closed after it is balanced in the body, not in the teaser. */
    @Test
    void aTeaserOnlyWarningSaysSo() {
        Article article = parse("2026-11-27-teaser.md", """
                ---
                title: Teaser
                date: 2026-11-27
                ---
                <div class="intro">

                The teaser.

                <!--more-->

                The rest.

                </div>
                """).orElseThrow();
        assertThat(problems.sorted()).extracting(Problem::line, Problem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(5, "in the teaser (before <!--more-->): HTML that would break the"
                        + " page around it was repaired: <div class=\"intro\"> is never closed: closed at the end"));
        assertThat(article.summaryHtml()).isEqualTo("<div class=\"intro\">\n<p>The teaser.</p>\n</div>");
        assertThat(article.html()).startsWith("<div class=\"intro\">").endsWith("</div>\n");
    }

    @Test
    void readsEveryKnownKey() {
        Article a = ok("""
                title: Ceasefire talks resume
                date: 2026-11-27T09:30:00+01:00
                updated: 2026-11-28
                tags: [Diplomacy, "  Syria  ", syria]
                summary: Talks resume.
                author: Jana Novak
                draft: true
                image: lead.jpg
                aliases: [/old/url/]
                mood: hopeful""", "Body text.\n");
        assertThat(a.title()).isEqualTo("Ceasefire talks resume");
        assertThat(a.date()).isEqualTo(OffsetDateTime.parse("2026-11-27T09:30:00+01:00"));
        assertThat(a.updated()).isPresent();
        assertThat(a.tags()).containsExactly("Diplomacy", "Syria");
        assertThat(a.summary()).isEqualTo("Talks resume.");
        assertThat(a.author()).isEqualTo("Jana Novak");
        assertThat(a.draft()).isTrue();
        assertThat(a.image()).contains("lead.jpg");
        assertThat(a.aliases()).containsExactly("/old/url/");
        assertThat(a.params()).containsEntry("mood", "hopeful").doesNotContainKey("title");
        assertThat(a.data("mood")).isEqualTo("hopeful");
        assertThat(a.slug()).isEqualTo("some-story");
    }

    @Test
    void acceptsCommaSeparatedTags() {
        assertThat(ok("title: T\ndate: 2026-01-01\ntags: \"climate, energy,  Rhine \"", "").tags())
                .containsExactly("climate", "energy", "Rhine");
    }

    @Test
    void summaryFallsBackToTextBeforeMoreThenFirstParagraph() {
        Article more = ok("title: T\ndate: 2026-01-01", "Lede *here*.\n\n<!--more-->\n\nRest.\n");
        assertThat(more.summary()).isEqualTo("Lede here.");
        assertThat(more.summaryHtml()).isEqualTo("<p>Lede <em>here</em>.</p>");

        String longParagraph = "word ".repeat(100);
        Article first = ok("title: T\ndate: 2026-01-01", "# Heading\n\n" + longParagraph + "\n\nSecond.\n");
        assertThat(first.summary().split(" ")).hasSize(ArticleParser.SUMMARY_WORDS);
        assertThat(first.summary()).endsWith("…");
    }

    @Test
    void frontMatterSummaryIsEscapedInHtml() {
        Article a = ok("title: T\ndate: 2026-01-01\nsummary: \"<script>alert(1)</script> & more\"", "");
        assertThat(a.summaryHtml()).isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more");
    }

    @Test
    void slugComesFromFolderForBundles() {
        Path path = Path.of("/site/content/articles/2026-07-01-river/index.md");
        Optional<Article> a = parser.parse(new SourceFile(path, Path.of("content/articles/2026-07-01-river/index.md"),
                List.of()), "---\ntitle: T\ndate: 2026-01-01\n---\n", problems);
        assertThat(a.orElseThrow().slug()).isEqualTo("river");
    }

    static Stream<Arguments> badFrontMatter() {
        return Stream.of(
                Arguments.of("missing title", "date: 2026-01-01", 1, "missing title"),
                Arguments.of("empty title", "title: ''\ndate: 2026-01-01", 2, "missing title"),
                Arguments.of("title is a list", "title: [a]\ndate: 2026-01-01", 2, "title must be text"),
                Arguments.of("missing date", "title: T", 1, "missing date"),
                Arguments.of("unparseable date", "title: T\ndate: next tuesday", 3, "is not a date"),
                Arguments.of("date as number", "title: T\ndate: 2026", 3, "is not a date"),
                Arguments.of("tags as number", "title: T\ndate: 2026-01-01\ntags: 42", 4, "tags must be a list"),
                Arguments.of("tags as mapping", "title: T\ndate: 2026-01-01\ntags: {a: 1}", 4, "tags must be a list"),
                Arguments.of("nested tag list", "title: T\ndate: 2026-01-01\ntags: [[a]]", 4, "each tag must be text"),
                Arguments.of("draft not boolean", "title: T\ndate: 2026-01-01\ndraft: maybe", 4, "true or false"),
                Arguments.of("slug with ../", "title: T\ndate: 2026-01-01\nslug: ../../etc", 4, "one URL segment"),
                Arguments.of("slug with /", "title: T\ndate: 2026-01-01\nslug: a/b", 4, "one URL segment"),
                Arguments.of("slug with \\", "title: T\ndate: 2026-01-01\nslug: 'a\\b'", 4, "one URL segment"),
                Arguments.of("slug with %2e%2e", "title: T\ndate: 2026-01-01\nslug: '%2e%2e'", 4, "one URL segment"),
                // Control characters are refused by one rule for every key, before the key's own checks.
                Arguments.of("slug with NUL", "title: T\ndate: 2026-01-01\nslug: \"a\\0b\"", 4,
                        "slug holds the control character U+0000"),
                Arguments.of("slug without letters", "title: T\ndate: 2026-01-01\nslug: '!!!'", 4, "no letters"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFrontMatter")
    void reportsTheLineOfTheBadKey(String name, String frontMatter, int line, String message) {
        assertThat(parse("a.md", "---\n" + frontMatter + "\n---\nBody\n")).isEmpty();
        assertThat(problems.sorted()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(Path.of("content/articles/a.md"));
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.message()).contains(message);
        });
    }

    @Test
    void reportsEveryProblemOfAFile() {
        parse("a.md", "---\nauthor: x\ndate: soon\ntags: 3\n---\n");
        assertThat(problems.sorted()).extracting(Problem::message)
                .anyMatch(m -> m.contains("missing title"))
                .anyMatch(m -> m.contains("is not a date"))
                .anyMatch(m -> m.contains("tags must be"));
    }
}
