package io.github.broadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import io.github.broadsheet.config.Newsroom;
import io.github.broadsheet.config.Taxonomy;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sections, series, authors and tags: each term has a paginated page titled with its name as most articles write
 * it, an index and an Atom feed, under the configured path; a taxonomy the site does not configure has no pages.
 */
class TaxonomyPagesTest {

    @TempDir
    Path dir;

    private TestSite site() {
        return new TestSite(dir)
                .article("2026-03-01-a.md", "title: Ceasefire talks\ndate: 2026-03-01\nsection: World\ntags: [Diplomacy]"
                        + "\nseries: Peace process", "Talks in Geneva.\n")
                .article("2026-03-02-b.md", "title: Markets rally\ndate: 2026-03-02\nsection: Business\n"
                        + "tags: [markets]", "Shares rose.\n")
                .article("2026-03-03-c.md", "title: Talks resume\ndate: 2026-03-03\nsection: world\n"
                        + "series: Peace process", "Talks resumed.\n")
                .article("2026-03-04-d.md", "title: A deal\ndate: 2026-03-04\nsection: World\nseries: Peace process",
                        "A deal was signed.\n")
                .article("2026-03-05-e.md", "title: Opera season\ndate: 2026-03-05\nsection: Culture", "Arias.\n");
    }

    @Test
    void aSectionHasAPageTitledAsMostArticlesWriteItAnIndexAndAFeed() throws Exception {
        TestSite site = site().configure(b -> b.pageSize(2)).build();
        Document world = site.page("sections/world/");
        assertThat(world.select("h1").text()).isEqualTo("World");
        assertThat(world.title()).isEqualTo("World – Test Times");
        assertThat(world.select(".card-title a")).extracting(Element::text).containsExactly("A deal", "Talks resume");
        assertThat(world.select("a[rel=next]").attr("href")).isEqualTo("/news/sections/world/page/2/");
        assertThat(site.page("sections/world/page/2/").select(".card-title a").text()).isEqualTo("Ceasefire talks");
        assertThat(world.select("link[rel=alternate][type=application/atom+xml]").attr("href"))
                .isEqualTo("/news/sections/world/feed.xml");
        SyndFeed feed = new SyndFeedInput().build(new XmlReader(site.output().resolve("sections/world/feed.xml")
                .toFile()));
        assertThat(feed.getEntries()).extracting(SyndEntry::getTitle)
                .containsExactly("A deal", "Talks resume", "Ceasefire talks");
        assertThat(site.page("sections/").select(".tag-index a")).extracting(Element::text)
                .containsExactly("Business", "Culture", "World");
        assertThat(site.page("tags/diplomacy/").select("h1").text()).isEqualTo("Diplomacy");
    }

    @Test
    void sectionsFollowTheConfiguredOrderInTheIndexAndTheHeader() throws Exception {
        TestSite site = site().configure(b -> b.newsroom(new Newsroom(null, List.of("World", "Culture"), null,
                null))).build();
        assertThat(site.page("sections/").select(".tag-index a")).extracting(Element::text)
                .containsExactly("World", "Culture", "Business");
        assertThat(site.page("").select(".masthead-nav a")).extracting(Element::text)
                .containsExactly("World", "Culture", "Business", "Archive", "Search");
        Document article = site.page("articles/b/");
        assertThat(article.select(".masthead-nav a[aria-current=page]").text()).isEqualTo("Business");
    }

    @Test
    void aSeriesListsItsPartsInOrder() throws Exception {
        TestSite site = site().build();
        Document series = site.page("series/peace-process/");
        assertThat(series.select("h1").text()).isEqualTo("Peace process");
        assertThat(series.select(".card-title a")).extracting(Element::text)
                .containsExactly("Ceasefire talks", "Talks resume", "A deal");
        assertThat(series.select(".card-series")).extracting(Element::text)
                .containsExactly("Peace process, part 1", "Peace process, part 2", "Peace process, part 3");
    }

    @Test
    void pathsAndNamesAreConfiguredAndUnconfiguredTaxonomiesHaveNoPages() throws Exception {
        TestSite site = site().configure(b -> b.newsroom(new Newsroom(List.of(
                new Taxonomy("section", "desks", "Desk", "Desks"), Taxonomy.of("tags")), null, null, null))).build();
        assertThat(site.page("desks/").select("h1").text()).isEqualTo("Desks");
        assertThat(site.page("desks/culture/").select(".term-kind a").text()).isEqualTo("Desk");
        assertThat(site.output().resolve("desks/culture/feed.xml")).isRegularFile();
        assertThat(site.output().resolve("sections")).doesNotExist();
        assertThat(site.output().resolve("series")).doesNotExist();
        assertThat(site.output().resolve("authors")).doesNotExist();
        // The series still reads on the article, without a link to a page that does not exist.
        Document part = site.page("articles/c/");
        assertThat(part.select(".series-title").text()).isEqualTo("Peace process");
        assertThat(part.select(".series-title a")).isEmpty();
        assertThat(site.text("sitemap.xml")).contains("/desks/world/").doesNotContain("/series/");
    }

    @Test
    void unknownTaxonomyKeysAndDoubledPathsAreConfigurationErrors() {
        assertThatThrownBy(() -> new Taxonomy("categories", null, null, null))
                .hasMessage("unknown taxonomy key 'categories'; the keys are section, authors, series, tags");
        assertThatThrownBy(() -> new Taxonomy("tags", "a/b", null, null))
                .hasMessageContaining("must be one URL segment");
        assertThatThrownBy(() -> new Newsroom(List.of(new Taxonomy("tags", "x", null, null),
                new Taxonomy("section", "x", null, null)), null, null, null))
                .hasMessage("two taxonomies have the path 'x'");
    }
}
