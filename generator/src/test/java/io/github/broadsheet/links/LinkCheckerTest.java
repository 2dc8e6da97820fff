package io.github.broadsheet.links;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.broadsheet.problem.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LinkCheckerTest {

    private static final List<String> PAGES = List.of(
            "<a href=\"/news/a/\" id=\"top\">x</a><img src=\"/news/i.png\" alt=\"\"><a name=\"n1\"></a>",
            "<p title=\"x href=\">t</p> href=\"y\" <a  href=\"two-spaces\"> <a\thref=\"tab\"> <b id=\"\">",
            "<a href=\"#fn-1\" id=\"fnref-1\"></a><script>{\"@id\": \"x\", \"href\": \"no\"}</script><a href=\"open",
            "no attributes at all",
            "<a href=\"a\"href=\"glued\" src=\"s\" id=\"i\" data-id=\"no\" xname=\"no\" name=\"n\">");

    @Test
    void onePassFindsWhatTheSeparateScansFind() {
        for (String html : PAGES) {
            LinkChecker.Attributes found = LinkChecker.Attributes.of(html);
            List<String> links = new ArrayList<>(LinkChecker.attributes(html, "href"));
            links.addAll(LinkChecker.attributes(html, "src"));
            Set<String> ids = new HashSet<>(LinkChecker.attributes(html, "id"));
            ids.addAll(LinkChecker.attributes(html, "name"));
            assertThat(found.links).as(html).isEqualTo(links);
            assertThat(found.ids).as(html).isEqualTo(ids);
        }
    }

    @Test
    void resolvesEachLinkAgainstItsOwnPage() {
        LinkChecker checker = new LinkChecker("https://example.org/news/", "/news/");
        // Same folder, different pages: a fragment-only link means the page it is on.
        checker.add("a/index.html", "<h2 id=\"one\"></h2><a href=\"#one\"></a><a href=\"../b/#two\"></a>", null, null);
        checker.add("a/other.html", "<a href=\"#one\"></a><a href=\"../b/\"></a><a href=\"/news/c/\"></a>", null, null);
        checker.add("b/index.html", "<h2 id=\"two\"></h2><a href=\"../a/#one\"></a><a href=\"/news/c/\"></a>"
                + "<a href=\"https://example.org/news/a/other.html\"></a><a href=\"https://elsewhere.org/\"></a>"
                + "<a href=\"/outside/\"></a>", Path.of("content/articles/b.md"), "<a href=\"/news/c/\"></a>");
        Set<String> files = Set.of("a/index.html", "a/other.html", "b/index.html");

        List<Problem> problems = checker.check(files, true);

        assertThat(problems).extracting(Problem::toString).containsExactly(
                "a/other.html: broken link #one (no element with id 'one' on a/other.html) on page a/other.html",
                "a/other.html: broken link /news/c/ (no such page) on page a/other.html",
                "b/index.html: broken link /outside/ (outside the site's base path /news/) on page b/index.html",
                "content/articles/b.md: broken link /news/c/ (no such page)");
    }
}
