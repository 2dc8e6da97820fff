package io.github.broadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.broadsheet.incremental.BuildCache;
import io.github.broadsheet.incremental.StoredMarkdown;
import io.github.broadsheet.markdown.MarkdownRenderer;
import java.nio.file.Path;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A site built with {@code sanitizeHtml=true}, as a newsroom with outside contributors would build it. */
class SanitizeHtmlTest {

    private static final String BODY = """
            ## Background

            Read [the report](JaVaScRiPt:alert(1)), [the ref][r], [this](&#106;avascript:alert(2)),
            [that](vbscript:msgbox(3)), [a page](data:text/html;base64,PHNjcmlwdD4=) and
            ![a logo](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoNCk+), a note[^1], the
            [background](#background) and [the source](https://example.org/source).

            <a href="java&#x09;script:alert(5)" onclick="alert(6)">raw link</a> <kbd>Ctrl</kbd>
            <img src="https://example.org/x.png" onerror="alert(7)" alt="raw image"><script>alert(8)</script>

            [r]: JAVASCRIPT:alert(9)
            [^1]: The note.
            """;

    @TempDir
    Path dir;

    private TestSite site() {
        return new TestSite(dir).article("story.md", "title: Story\ndate: 2026-01-01\ntags: [x]", BODY)
                .configure(b -> b.sanitizeHtml(true));
    }

    @Test
    void pagesAndFeedsHoldNoScript() throws Exception {
        TestSite site = site().build();
        Document page = site.page("articles/story/");
        String body = page.select(".article-body").outerHtml();
        assertThat(body.toLowerCase(Locale.ROOT)).doesNotContain("javascript", "vbscript", "data:text", "svg+xml",
                "onclick", "onerror", "<script");
        assertThat(page.select(".article-body a[href]").eachAttr("href")).containsExactly(
                "#background", "#fn-1", "#background", "https://example.org/source", "#fnref-1");
        assertThat(page.select(".article-body kbd").text()).isEqualTo("Ctrl");
        assertThat(page.select(".article-body img").outerHtml())
                .isEqualTo("<img src=\"https://example.org/x.png\" alt=\"raw image\">");
        assertThat(site.text("feed.xml").toLowerCase(Locale.ROOT)).doesNotContain("javascript", "vbscript",
                "onclick", "&lt;script");
    }

    /**
     * The Markdown cache of a build that rendered differently (here: the same text rendered without sanitising,
     * filed under the signature earlier versions used for sanitised renderings) must not be reused.
     */
    @Test
    void aCacheOfAnotherRendererIsNotReused() throws Exception {
        Path cacheDirectory = dir.resolve("target/cache");
        BuildCache cache = new BuildCache(cacheDirectory, "sanitizeHtml=true");
        StoredMarkdown stale = cache.load(note -> { });
        new MarkdownRenderer(false, stale).render(BODY);
        cache.save(stale);

        TestSite site = site().configure(b -> b.cacheDirectory(cacheDirectory)).build();
        assertThat(site.page("articles/story/").select(".article-body").outerHtml())
                .doesNotContain("<script", "onclick");
    }
}
