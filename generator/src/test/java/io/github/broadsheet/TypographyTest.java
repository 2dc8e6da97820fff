package io.github.broadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.broadsheet.config.SiteSettings;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Typographic quotes of the site's language, set at build time in bodies, titles, summaries and kickers, and never
 * inside code, URLs or the attributes of raw HTML.
 */
class TypographyTest {

    private static final String NNBSP = "\u202F";

    @TempDir
    Path dir;

    private TestSite site(String language) {
        return new TestSite(dir)
                .configure(b -> b.site(new SiteSettings("Test Times", "Tests", "https://example.org/news/", language,
                        "Desk")))
                .article("2026-03-01-tram.md", """
                        title: The "new" tram's first day
                        date: 2026-03-01
                        section: City
                        kicker: The 'big' day
                        summary: The mayor said "at last" and the city's trams ran.
                        """, """
                        The mayor said "at last" and 'twice' -- the city's trams ran.

                        Run `say "hi"` or visit [the "map"](https://example.org/a"b'c/) <span title="a 'b' c">raw</span>.

                        See https://example.org/it's--here... and <https://example.org/"q"/>.

                        ```
                        echo "quoted" 'single'
                        ```
                        """);
    }

    @Test
    void englishHasCurlyQuotesAndApostrophes() throws Exception {
        Document page = site("en").build().page("articles/tram/");
        assertThat(page.select("h1").text()).isEqualTo("The \u201Cnew\u201D tram\u2019s first day");
        assertThat(page.select(".kicker").text()).isEqualTo("The \u2018big\u2019 day");
        assertThat(page.select(".standfirst").text()).isEqualTo("The mayor said \u201Cat last\u201D and the city\u2019s"
                + " trams ran.");
        assertThat(page.select(".article-body p").first().text())
                .isEqualTo("The mayor said \u201Cat last\u201D and \u2018twice\u2019 \u2013 the city\u2019s trams ran.");
        assertThat(page.title()).startsWith("The \u201Cnew\u201D tram\u2019s first day");
        assertCodeUrlsAndAttributesUntouched(page);
        assertThat(new TestSite(dir).page("").select(".lead-title").text())
                .isEqualTo("The \u201Cnew\u201D tram\u2019s first day");
    }

    @Test
    void germanHasLowAndHighQuotes() throws Exception {
        Document page = site("de").build().page("articles/tram/");
        assertThat(page.select("h1").text()).isEqualTo("The \u201Enew\u201C tram\u2019s first day");
        assertThat(page.select(".kicker").text()).isEqualTo("The \u201Abig\u2018 day");
        assertThat(page.select(".standfirst").text()).isEqualTo("The mayor said \u201Eat last\u201C and the city\u2019s"
                + " trams ran.");
        assertThat(page.select(".article-body p").first().text())
                .startsWith("The mayor said \u201Eat last\u201C and \u201Atwice\u2018");
        assertCodeUrlsAndAttributesUntouched(page);
    }

    @Test
    void frenchHasGuillemetsWithNarrowNoBreakSpaces() throws Exception {
        Document page = site("fr").build().page("articles/tram/");
        assertThat(page.select("h1").text()).isEqualTo("The \u00AB" + NNBSP + "new" + NNBSP + "\u00BB tram\u2019s"
                + " first day");
        assertThat(page.select(".kicker").text()).isEqualTo("The \u2039" + NNBSP + "big" + NNBSP + "\u203A day");
        assertThat(page.select(".standfirst").text()).isEqualTo("The mayor said \u00AB" + NNBSP + "at last" + NNBSP
                + "\u00BB and the city\u2019s trams ran.");
        assertThat(page.select(".article-body p").first().text())
                .startsWith("The mayor said \u00AB" + NNBSP + "at last" + NNBSP + "\u00BB");
        assertCodeUrlsAndAttributesUntouched(page);
    }

    private static void assertCodeUrlsAndAttributesUntouched(Document page) {
        assertThat(page.select(".article-body p code").text()).isEqualTo("say \"hi\"");
        assertThat(page.select(".article-body pre code").text()).isEqualTo("echo \"quoted\" 'single'");
        assertThat(page.select(".article-body a[href^=https]").attr("href")).isEqualTo("https://example.org/a%22b'c/");
        assertThat(page.select(".article-body span").attr("title")).isEqualTo("a 'b' c");
        // Autolinks keep their address as typed, as the link and as its text (trailing dots end a bare one, as on
        // GitHub).
        assertThat(page.select(".article-body a[href*=it]")).extracting(e -> e.attr("href") + " " + e.text())
                .containsExactly("https://example.org/it's--here https://example.org/it's--here");
        assertThat(page.select(".article-body a[href*=q]")).extracting(e -> e.attr("href") + " " + e.text())
                .containsExactly("https://example.org/%22q%22/ https://example.org/\"q\"/");
    }
}
