package io.github.broadsheet.links;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.broadsheet.problem.Problem;
import io.github.broadsheet.site.SiteUrls;
import io.github.broadsheet.text.PackedText;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LinkCheckerTest {

    /** One row per way HTML writes an attribute: {name, html, the link a browser finds}. */
    static List<String[]> attributeForms() {
        return List.of(
                new String[] {"double quotes", "<a href=\"/x/\">", "/x/"},
                new String[] {"single quotes", "<a href='/x/'>", "/x/"},
                new String[] {"unquoted", "<a href=/x/>", "/x/"},
                new String[] {"unquoted before another attribute", "<a href=/x/ class=y>", "/x/"},
                new String[] {"after a tab", "<a\thref=\"/x/\">", "/x/"},
                new String[] {"after a line break", "<a\nhref=\"/x/\">", "/x/"},
                new String[] {"after another attribute and a line break", "<a class=\"c\"\n\thref=\"/x/\">", "/x/"},
                new String[] {"upper case", "<A HREF=\"/x/\">", "/x/"},
                new String[] {"spaces around =", "<a href = \"/x/\">", "/x/"},
                new String[] {"src of an image", "<img alt=\"\" src='/i.png'>", "/i.png"},
                new String[] {"unquoted at a self-closing end", "<img src=/i.png/>", "/i.png/"},
                new String[] {"after a boolean attribute", "<input disabled src=\"/b.png\">", "/b.png"});
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attributeForms")
    void findsEveryFormOfAnAttribute(String form, String html, String link) {
        assertThat(HtmlAttributes.of(html).links).as(form).containsExactly(link);
    }

    @Test
    void findsIdsInEveryFormAndIgnoresWhatIsNotAnAttribute() {
        HtmlAttributes page = HtmlAttributes.of("<h2 id=one>1</h2><h3\tID='two'>2</h3><a name=\"three\"></a>"
                + "<p title=\"x href=/not/\">href=\"/text/\" and id=\"text\"</p>"
                + "<!-- <a href=\"/comment/\" id=\"c\"> -->"
                + "<script>var a = '<a href=\"/script/\">';</script><style>a[href=\"/style/\"]{}</style>"
                + "<textarea><a href=\"/textarea/\"></textarea><title><a href=\"/title/\"></title>"
                + "<a data-href=\"/data/\" xhref=\"/x/\" href=\"/real/\">" + "</a data-x=\"/end/\"><!DOCTYPE href=\"/d/\">");
        assertThat(page.links).containsExactly("/real/");
        assertThat(page.ids).containsExactlyInAnyOrder("one", "two", "three");
    }

    @Test
    void anUnclosedQuoteEndsThePageWithoutError() {
        assertThat(HtmlAttributes.of("<a href=\"/ok/\"><a href=\"open").links).containsExactly("/ok/");
        assertThat(HtmlAttributes.of("<a href").links).isEmpty();
        assertThat(HtmlAttributes.of("<").links).isEmpty();
    }

    @Test
    void resolvesEachLinkAgainstItsOwnPage() {
        LinkChecker checker = new LinkChecker(new SiteUrls("https://example.org/news/", "/news/"));
        // Same folder, different pages: a fragment-only link means the page it is on.
        checker.add("a/index.html", "<h2 id=\"one\"></h2><a href=\"#one\"></a><a href=\"../b/#two\"></a>", null, null);
        checker.add("a/other.html", "<a href=\"#one\"></a><a href=\"../b/\"></a><a href=\"/news/c/\"></a>", null, null);
        checker.add("b/index.html", "<h2 id=\"two\"></h2><a href=\"../a/#one\"></a><a href=\"/news/c/\"></a>"
                + "<a href=\"https://example.org/news/a/other.html\"></a><a href=\"https://elsewhere.org/\"></a>"
                + "<a href=\"/outside/\"></a>", Path.of("content/articles/b.md"),
                PackedText.of("<a href=\"/news/c/\"></a>"));
        Set<String> files = Set.of("a/index.html", "a/other.html", "b/index.html");

        List<Problem> problems = checker.check(files, true);

        assertThat(problems).extracting(Problem::toString).containsExactly(
                "a/other.html: broken link #one (no element with id 'one' on a/other.html) on page a/other.html",
                "a/other.html: broken link /news/c/ (no such page) on page a/other.html",
                "b/index.html: broken link /outside/ (outside the site's base path /news/) on page b/index.html",
                "content/articles/b.md: broken link /news/c/ (no such page)");
    }
}
