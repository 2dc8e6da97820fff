package io.github.broadsheet.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.broadsheet.TestSite;
import io.github.broadsheet.content.Article;
import io.github.broadsheet.problem.Problems;
import io.github.broadsheet.site.Site;
import io.github.broadsheet.site.SiteAssembler;
import io.github.broadsheet.site.SitePages;
import io.github.broadsheet.text.Json;
import io.github.broadsheet.text.PackedText;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The last safeguard: whatever reaches the feed, sitemap and JSON writers, they never write a character that XML
 * forbids (or that cannot be shown). The parser refuses such characters in front-matter and removes them from
 * bodies, so these articles are made by hand, as a bug upstream would make them.
 */
class ControlCharacterSafeguardTest {

    /** A bell, an ANSI escape, a C1 control, U+FFFE and half a surrogate pair. */
    private static final String BAD = "\u0007\u001b[31m\u0085\uFFFE\uD800";

    @TempDir
    Path dir;

    private Site site() {
        Article article = new Article(Path.of("content/articles/bad.md"), "bad", "Title " + BAD,
                OffsetDateTime.parse("2026-01-01T00:00Z"), Optional.empty(), "Author " + BAD, List.of("tag" + BAD),
                "Summary " + BAD, "<p>Summary " + BAD + "</p>", PackedText.of("<p>Body " + BAD + "</p>"), PackedText.EMPTY, 1, false,
                Optional.empty(), List.of(), Optional.of("/bad" + BAD.substring(3) + "/"), false, List.of(), Map.of(),
                List.of(), Optional.empty(), Map.of(), List.of(), Optional.empty(), null, false);
        Problems problems = new Problems();
        Site site = new SiteAssembler(new TestSite(dir).config()).assemble(List.of(article), problems);
        assertThat(problems.sorted()).isEmpty();
        return site;
    }

    @Test
    void feedsAreWellFormedXmlWhateverTheArticlesHold() throws Exception {
        List<GeneratedFile> feeds = new AtomFeeds(site(), 20, false, false).files();
        assertThat(feeds).hasSize(2);
        for (GeneratedFile feed : feeds) {
            String xml = new String(feed.bytes(), StandardCharsets.UTF_8);
            assertThat(parsesAsXml(feed.bytes())).as("%s is well-formed XML", feed.path()).isTrue();
            assertThat(xml).as(feed.path()).doesNotContain("\u0007", "\u001b", "\u0085", "\uFFFE")
                    .contains("Title \uFFFD\uFFFD[31m\uFFFD\uFFFD\uFFFD");
        }
    }

    @Test
    void sitemapsAreWellFormedXmlWhateverThePathsHold() throws Exception {
        Site site = site();
        for (GeneratedFile file : new Sitemap(site, SitePages.of(site, 10), List.of()).files()) {
            if (file.path().endsWith(".xml")) {
                assertThat(parsesAsXml(file.bytes())).as("%s is well-formed XML", file.path()).isTrue();
                assertThat(new String(file.bytes(), StandardCharsets.UTF_8)).doesNotContain("\uFFFE")
                        .contains("/bad31m\uFFFD\uFFFD\uFFFD/");
            }
        }
    }

    @Test
    void jsonEscapesControlCharactersAndKeepsWholeCharacters() {
        assertThat(Json.write("a" + BAD + "b \uD83D\uDE00 é"))
                .isEqualTo("\"a\\u0007\\u001b[31m\\u0085\\ufffe\\ud800b \uD83D\uDE00 é\"");
    }

    private static boolean parsesAsXml(byte[] bytes) {
        try {
            DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
            return true;
        } catch (Exception e) {
            return false;
        }
    }
}
