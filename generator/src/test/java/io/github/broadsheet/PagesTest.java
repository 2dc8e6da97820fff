package io.github.broadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import io.github.broadsheet.config.Newsroom;
import io.github.broadsheet.problem.BuildFailedException;
import io.github.broadsheet.problem.Problem;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Standalone pages of {@code content/pages/}: at their own URL and in the sitemap, kept out of the lists, feeds,
 * related articles and search unless they ask to be; reachable from menus by {@code page:<slug>}; their
 * front-matter checked like an article's.
 */
class PagesTest {

    @TempDir
    Path dir;

    private TestSite site() {
        return new TestSite(dir)
                .article("2026-03-01-tram.md", "title: Tram line 4 opens\ndate: 2026-03-01\ntags: [transport]",
                        "The imprint of the tram company: trams on line 4 run every ten minutes.\n")
                .article("2026-03-02-budget.md", "title: Budget passes\ndate: 2026-03-02\ntags: [transport]",
                        "The council voted for trams and the imprint of the budget.\n")
                .file("content/pages/imprint.md", "---\ntitle: Imprint\ndate: 2026-03-03\ntags: [transport]\n---\n"
                        + "Test Times is published by the imprint of trams and the tram company on line 4.\n")
                .file("content/pages/contact.md", "---\ntitle: Contact\nurl: /about/contact/\n---\nWrite to us.\n");
    }

    @Test
    void aPageIsAtItsOwnUrlAndInTheSitemapButInNoListFeedRelatedOrSearch() throws Exception {
        TestSite site = site().build();
        Document imprint = site.page("imprint/");
        assertThat(imprint.select("h1").text()).isEqualTo("Imprint");
        assertThat(imprint.select(".article-body p").text()).startsWith("Test Times is published");
        assertThat(site.page("about/contact/").select("h1").text()).isEqualTo("Contact");
        assertThat(site.text("sitemap.xml")).contains("<loc>https://example.org/news/imprint/</loc>",
                "<loc>https://example.org/news/about/contact/</loc>");

        // Only the footer menu (by default every page) names them.
        assertThat(site.page("").select("main").text()).doesNotContain("Imprint").doesNotContain("Contact");
        assertThat(site.page("archive/").select("main").text()).doesNotContain("Imprint");
        assertThat(site.page("tags/transport/").select(".card-title a")).extracting(Element::text)
                .containsExactly("Budget passes", "Tram line 4 opens");
        assertThat(feedTitles(site, "feed.xml")).containsExactly("Budget passes", "Tram line 4 opens");
        assertThat(site.page("articles/tram/").select(".related a")).extracting(e -> e.attr("href"))
                .doesNotContain("/news/imprint/");
        assertThat(site.text("search-index.json")).doesNotContain("Imprint").doesNotContain("Contact");
    }

    @Test
    void aPageThatAsksIsListedInTheArchiveTheFeedAndSearch() throws Exception {
        TestSite site = site().file("content/pages/imprint.md", "---\ntitle: Imprint\ndate: 2026-03-03\n"
                + "in_lists: true\nin_feeds: true\nin_search: true\n---\nPublished by Test Times.\n").build();
        assertThat(site.page("archive/").select("a")).extracting(e -> e.attr("href")).contains("/news/imprint/");
        assertThat(feedTitles(site, "feed.xml")).containsExactly("Imprint", "Budget passes", "Tram line 4 opens");
        assertThat(site.text("search-index.json")).contains("Imprint");
    }

    @Test
    void menusReachPagesBySlug() throws Exception {
        TestSite site = site().configure(b -> b.newsroom(new Newsroom(null, null,
                Newsroom.menu(List.of("page:imprint", "Tram|/articles/tram/")), Newsroom.menu(List.of("page:contact",
                        "feed"))))).build();
        Document home = site.page("");
        assertThat(home.select(".masthead-nav a")).extracting(e -> e.text() + " " + e.attr("href"))
                .containsExactly("Imprint /news/imprint/", "Tram /news/articles/tram/");
        assertThat(home.select("footer nav a")).extracting(e -> e.attr("href"))
                .contains("/news/about/contact/", "/news/feed.xml");
        assertThat(site.page("imprint/").select(".masthead-nav a[aria-current=page]").text()).isEqualTo("Imprint");
    }

    @Test
    void badFrontMatterOfAPageIsAnErrorAtItsLine() {
        BuildFailedException failure = site()
                .file("content/pages/privacy.md", "---\ndate: 2026-03-03\nmenu: sidebar\n---\nPrivate.\n")
                .file("content/pages/policy.md", "---\ntitle: Policy\nin_feeds: true\n---\nPolicy.\n")
                .buildFailing();
        assertThat(failure.problems()).extracting(Problem::toString).anySatisfy(p -> assertThat(p)
                .startsWith("content/pages/privacy.md:3: menu 'sidebar' is neither header nor footer"))
                .anySatisfy(p -> assertThat(p).startsWith("content/pages/privacy.md:1: ").contains("title"))
                .anySatisfy(p -> assertThat(p).startsWith("content/pages/policy.md:3: in_feeds: true needs a date"));
    }

    @Test
    void aPageAndAnArticleAtOneUrlIsACollisionNamingBoth() {
        BuildFailedException failure = site()
                .file("content/pages/tram.md", "---\ntitle: Trams\nurl: /articles/tram/\n---\nAbout trams.\n")
                .buildFailing();
        assertThat(failure.problems()).extracting(Problem::toString).anySatisfy(p -> assertThat(p)
                .contains("content/pages/tram.md").contains("content/articles/2026-03-01-tram.md")
                .contains("/articles/tram/"));
    }

    @Test
    void brokenLinksOfMenusAndPageBodiesAreReported() {
        BuildFailedException failure = site()
                .configure(b -> b.failOnBrokenLinks(true).newsroom(new Newsroom(null, null,
                        Newsroom.menu(List.of("page:privacy", "sections")), Newsroom.menu(List.of("pages",
                                "Jobs|/jobs/")))))
                .file("content/pages/contact.md", "---\ntitle: Contact\n---\nSee [the desk](/news/desk/).\n")
                .buildFailing();
        assertThat(failure.problems()).extracting(Problem::toString)
                .anySatisfy(p -> assertThat(p).contains("headerMenu: item 'page:privacy': there is no page privacy"));
        BuildFailedException links = site()
                .configure(b -> b.failOnBrokenLinks(true).newsroom(new Newsroom(null, null, null,
                        Newsroom.menu(List.of("pages", "Jobs|/jobs/")))))
                .file("content/pages/contact.md", "---\ntitle: Contact\n---\nSee [the desk](/news/desk/).\n")
                .buildFailing();
        // The menu's link is on every page: one problem names the first pages and counts the others.
        assertThat(links.problems()).extracting(Problem::toString).containsExactly(
                "404.html: broken link /news/jobs/ (no such page) on 10 pages: 404.html, archive/index.html,"
                        + " articles/budget/index.html and 7 more",
                "content/pages/contact.md: broken link /news/desk/ (no such page)");
    }

    private static List<String> feedTitles(TestSite site, String path) throws Exception {
        SyndFeed feed = new SyndFeedInput().build(new XmlReader(site.output().resolve(path).toFile()));
        return feed.getEntries().stream().map(SyndEntry::getTitle).toList();
    }
}
