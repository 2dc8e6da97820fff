package io.github.broadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import io.github.broadsheet.problem.BuildFailedException;
import io.github.broadsheet.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Feeds, sitemap, SEO, drafts and scheduling, permalinks, aliases, archive: what a publisher relies on. */
class PublishingTest {

    @TempDir
    Path dir;

    private final ObjectMapper json = new ObjectMapper();

    private TestSite newsroom() {
        return new TestSite(dir)
                .article("2026-01-10-budget.md", """
                        title: "Council passes the 2026 budget"
                        date: 2026-01-10T10:00:00+01:00
                        updated: 2026-01-12T08:00:00+01:00
                        author: Jana Novak
                        tags: [budget, city council]
                        image: https://cdn.example.com/budget/chart.png
                        aliases: [/2026/01/budget.html, /old/budget/]""",
                        "The council passed the budget.\n\n<!--more-->\n\nDetails follow with a [trams link](../trams/).\n")
                .file("content/articles/2026-01-10-budget.md.unused", "")
                .article("2026-02-01-trams.md", """
                        title: "Trams & buses: what changes"
                        date: 2026-02-01
                        tags: [transport, Budget]
                        toc: true""",
                        "Intro paragraph.\n\n## Routes\n\nText.\n\n### Night lines\n\nMore.\n\n## Fares\n\nText.\n")
                .article("2026-03-01-draft.md", "title: Draft piece\ndate: 2026-03-01\ndraft: true\ntags: [budget]",
                        "Unfinished.\n")
                .article("2027-01-01-future.md", "title: Scheduled piece\ndate: 2027-01-01\ntags: [budget]",
                        "Embargoed.\n");
    }

    private static SyndFeed feed(Path file) throws Exception {
        return new SyndFeedInput().build(new XmlReader(file.toFile()));
    }

    @Test
    void siteAndTagFeedsAreValidAtomWithAbsoluteUrlsAndFullContent() throws Exception {
        TestSite site = newsroom().build();
        SyndFeed feed = feed(site.output().resolve("feed.xml"));
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getTitle()).isEqualTo("Test Times");
        assertThat(feed.getEntries()).extracting(SyndEntry::getTitle)
                .containsExactly("Trams & buses: what changes", "Council passes the 2026 budget");
        SyndEntry budget = feed.getEntries().get(1);
        assertThat(budget.getLink()).isEqualTo("https://example.org/news/articles/budget/");
        assertThat(budget.getUri()).isEqualTo("https://example.org/news/articles/budget/");
        assertThat(budget.getContents().get(0).getValue()).contains("Details follow");
        assertThat(budget.getAuthor()).isEqualTo("Jana Novak");
        assertThat(budget.getUpdatedDate().toInstant()).hasToString("2026-01-12T07:00:00Z");
        assertThat(feed.getPublishedDate().toInstant()).hasToString("2026-02-01T00:00:00Z");

        SyndFeed tag = feed(site.output().resolve("tags/budget/feed.xml"));
        assertThat(tag.getEntries()).hasSize(2);
        assertThat(feed(site.output().resolve("tags/transport/feed.xml")).getEntries())
                .extracting(SyndEntry::getTitle).containsExactly("Trams & buses: what changes");
    }

    @Test
    void termFeedsCarrySummariesByDefaultAndFullArticlesWhenAsked() throws Exception {
        TestSite site = newsroom().build();
        SyndEntry inTagFeed = feed(site.output().resolve("tags/budget/feed.xml")).getEntries().stream()
                .filter(e -> e.getTitle().equals("Council passes the 2026 budget")).findFirst().orElseThrow();
        assertThat(inTagFeed.getContents()).isEmpty();
        assertThat(inTagFeed.getDescription().getValue()).isEqualTo("The council passed the budget.");
        assertThat(inTagFeed.getLink()).isEqualTo("https://example.org/news/articles/budget/");
        assertThat(site.text("tags/budget/feed.xml")).doesNotContain("Details follow");
        assertThat(feed(site.output().resolve("feed.xml")).getEntries().get(1).getContents().get(0).getValue())
                .as("the site's feed keeps full articles").contains("Details follow");

        TestSite full = newsroom().configure(b -> b.termFeedSummaries(false).feedSummaries(true)).build();
        assertThat(feed(full.output().resolve("tags/budget/feed.xml")).getEntries()).anySatisfy(e ->
                assertThat(e.getContents()).singleElement().satisfies(c -> assertThat(c.getValue()).contains("Details follow")));
        assertThat(full.text("feed.xml")).doesNotContain("Details follow");
    }

    @Test
    void feedsCanCarrySummariesOnlyAndAreCappedAtFeedSize() throws Exception {
        TestSite site = newsroom().configure(b -> b.feedSummaries(true).feedSize(1)).build();
        SyndFeed feed = feed(site.output().resolve("feed.xml"));
        assertThat(feed.getEntries()).singleElement().satisfies(e -> {
            assertThat(e.getContents()).isEmpty();
            assertThat(e.getDescription().getValue()).isEqualTo("Intro paragraph.");
        });
    }

    @Test
    void everyPageAdvertisesAFeed() throws Exception {
        TestSite site = newsroom().build();
        for (String page : List.of("", "articles/budget/", "tags/", "archive/", "404.html")) {
            assertThat(site.page(page).select("link[rel=alternate][type=application/atom+xml]").attr("href"))
                    .as(page).isEqualTo("/news/feed.xml");
        }
        assertThat(site.page("tags/budget/").select("link[rel=alternate]").attr("href"))
                .isEqualTo("/news/tags/budget/feed.xml");
    }

    @Test
    void sitemapIsValidAndListsEveryPublishedPage() throws Exception {
        TestSite site = newsroom().build();
        Path sitemap = site.output().resolve("sitemap.xml");
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(getClass().getResource("/sitemap-0.9.xsd"))
                .newValidator().validate(new StreamSource(sitemap.toFile()));
        String xml = Files.readString(sitemap);
        assertThat(locs(xml)).containsExactly(
                "https://example.org/news/",
                "https://example.org/news/articles/trams/",
                "https://example.org/news/articles/budget/",
                "https://example.org/news/authors/",
                "https://example.org/news/authors/jana-novak/",
                "https://example.org/news/tags/",
                "https://example.org/news/tags/budget/",
                "https://example.org/news/tags/city-council/",
                "https://example.org/news/tags/transport/",
                "https://example.org/news/archive/");
        assertThat(xml).contains("<loc>https://example.org/news/articles/budget/</loc><lastmod>2026-01-12T08:00:00+01:00</lastmod>");
        assertThat(site.text("robots.txt")).contains("Sitemap: https://example.org/news/sitemap.xml");
    }

    private static List<String> locs(String xml) {
        List<String> locs = new ArrayList<>();
        Matcher m = Pattern.compile("<loc>([^<]*)</loc>").matcher(xml);
        while (m.find()) {
            locs.add(m.group(1));
        }
        return locs;
    }

    @Test
    void draftsAndFutureArticlesAreLeftOutEverywhere() throws Exception {
        TestSite site = newsroom().configure(b -> b.explainRelated(true)).build();
        List<String> everything = new ArrayList<>();
        try (Stream<Path> files = Files.walk(site.output())) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".png")).toList()) {
                everything.add(site.output().relativize(file) + ": " + Files.readString(file));
            }
        }
        assertThat(everything).noneMatch(text -> text.contains("Draft piece") || text.contains("Scheduled piece"));
        assertThat(site.output().resolve("articles/draft")).doesNotExist();
    }

    @Test
    void draftsAndFutureArticlesAppearMarkedWhenAskedFor() throws Exception {
        TestSite site = newsroom().configure(b -> b.drafts(true).future(true)).build();
        assertThat(site.page("articles/draft/").select(".badge-draft").text()).isEqualTo("Draft");
        assertThat(site.page("articles/future/").select(".badge-future").text()).isEqualTo("Scheduled");
        assertThat(site.page("tags/budget/").select("main article h2")).hasSize(4);
    }

    @Test
    void articlePagesCarryCanonicalOpenGraphAndNewsArticleJsonLd() throws Exception {
        Document page = newsroom().build().page("articles/budget/");
        assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo("https://example.org/news/articles/budget/");
        assertThat(page.select("meta[name=description]").attr("content")).isEqualTo("The council passed the budget.");
        assertThat(page.select("meta[property=og:title]").attr("content")).isEqualTo("Council passes the 2026 budget");
        assertThat(page.select("meta[property=og:type]").attr("content")).isEqualTo("article");
        assertThat(page.select("meta[property=og:image]").attr("content"))
                .isEqualTo("https://cdn.example.com/budget/chart.png");
        assertThat(page.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");
        JsonNode ld = json.readTree(page.select("script[type=application/ld+json]").html());
        assertThat(ld.get("@type").asText()).isEqualTo("NewsArticle");
        assertThat(ld.get("headline").asText()).isEqualTo("Council passes the 2026 budget");
        assertThat(ld.get("datePublished").asText()).isEqualTo("2026-01-10T10:00+01:00");
        assertThat(ld.get("dateModified").asText()).isEqualTo("2026-01-12T08:00+01:00");
        assertThat(ld.at("/author/0/name").asText()).isEqualTo("Jana Novak");
        assertThat(ld.at("/author/0/url").asText()).isEqualTo("https://example.org/news/authors/jana-novak/");
        assertThat(ld.at("/publisher/name").asText()).isEqualTo("Test Times");
        assertThat(ld.at("/image/0").asText()).isEqualTo("https://cdn.example.com/budget/chart.png");
        assertThat(ld.get("keywords")).extracting(JsonNode::asText).containsExactly("Budget", "city council");
        assertThat(ld.at("/mainEntityOfPage/@id").asText()).isEqualTo("https://example.org/news/articles/budget/");
        // Key order is part of the bytes: it must not depend on the JVM run (Map.of's order does).
        assertThat(ld.get("publisher").fieldNames()).toIterable().containsExactly("@type", "name", "url");
        assertThat(ld.get("mainEntityOfPage").fieldNames()).toIterable().containsExactly("@type", "@id");
        assertThat(ld.at("/author/0").fieldNames()).toIterable().containsExactly("@type", "name", "url");
    }

    @Test
    void listPagesCarryWebsiteAndCollectionJsonLd() throws Exception {
        TestSite site = newsroom().build();
        assertThat(json.readTree(site.page("").select("script[type=application/ld+json]").html()).get("@type").asText())
                .isEqualTo("WebSite");
        JsonNode tag = json.readTree(site.page("tags/budget/").select("script[type=application/ld+json]").html());
        assertThat(tag.get("@type").asText()).isEqualTo("CollectionPage");
        assertThat(tag.get("url").asText()).isEqualTo("https://example.org/news/tags/budget/");
    }

    @Test
    void jsonLdSurvivesHostileTitles() throws Exception {
        Document page = new TestSite(dir).article("x.md",
                "title: \"</script><script>alert(1)</script> \\\"quoted\\\"\"\ndate: 2026-01-01", "Body.\n")
                .build().page("articles/x/");
        assertThat(page.select("script")).hasSize(1);
        assertThat(json.readTree(page.select("script").html()).get("headline").asText())
                .isEqualTo("</script><script>alert(1)</script> \u201Cquoted\u201D");
    }

    @Test
    void aliasesRedirectToTheArticle() throws Exception {
        TestSite site = newsroom().build();
        for (String alias : List.of("2026/01/budget.html", "old/budget/")) {
            Document page = site.page(alias);
            assertThat(page.select("meta[http-equiv=refresh]").attr("content"))
                    .isEqualTo("0; url=https://example.org/news/articles/budget/");
            assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo("https://example.org/news/articles/budget/");
            assertThat(page.select("a").attr("href")).isEqualTo("/news/articles/budget/");
        }
    }

    @Test
    void permalinkPatternAndUrlOverride() throws Exception {
        TestSite site = new TestSite(dir).configure(b -> b.permalink("/:year/:month/:day/:slug/"))
                .article("a.md", "title: A\ndate: 2026-03-04T10:00:00+01:00", "See [b](/news/about/).\n")
                .article("b.md", "title: B\ndate: 2026-03-05\nurl: /about/", "About.\n")
                .build();
        assertThat(site.page("2026/03/04/a/").select("h1").text()).isEqualTo("A");
        assertThat(site.page("about/").select("h1").text()).isEqualTo("B");
        assertThat(site.page("").select(GeneratorTest.HEADLINES)).extracting(e -> e.attr("href"))
                .containsExactly("/news/about/", "/news/2026/03/04/a/");
    }

    @Test
    void archiveGroupsByYearAndMonth() throws Exception {
        Document archive = newsroom().build().page("archive/");
        assertThat(archive.select("main h2")).extracting(Element::text).containsExactly("2026");
        assertThat(archive.select("main h3")).extracting(Element::text).containsExactly("February", "January");
        assertThat(archive.select(".archive-list a")).extracting(Element::text)
                .containsExactly("Trams & buses: what changes", "Council passes the 2026 budget");
    }

    @Test
    void summariesReadingTimeAndTableOfContents() throws Exception {
        TestSite site = newsroom().build();
        assertThat(site.page("tags/budget/").select(".card-summary")).extracting(Element::text)
                .containsExactly("Intro paragraph.", "The council passed the budget.");
        // The front page's lead story shows its summary as its standfirst.
        assertThat(site.page("").select(".lead-story .standfirst").text()).isEqualTo("Intro paragraph.");
        assertThat(site.page("articles/trams/").select(".reading-time").first().text()).isEqualTo("1 min read");
        Document trams = site.page("articles/trams/");
        assertThat(trams.select("nav.toc a")).extracting(e -> e.attr("href"))
                .containsExactly("#routes", "#night-lines", "#fares");
        assertThat(trams.select("#routes")).hasSize(1);
        assertThat(site.page("articles/budget/").select("nav.toc")).isEmpty();
        assertThat(site.page("404.html").select("h1").text()).isEqualTo("Page not found");
    }

    @Test
    void everyUrlCarriesTheBasePath() throws Exception {
        TestSite site = newsroom().build();
        List<String> wrong = new ArrayList<>();
        Pattern url = Pattern.compile("(?:href|src|content)=\"(/[^\"]*|https?://[^\"]*)\"|<(?:loc|id)>([^<]*)<");
        try (Stream<Path> files = Files.walk(site.output())) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".png")).toList()) {
                Matcher m = url.matcher(Files.readString(file));
                while (m.find()) {
                    String found = m.group(1) != null ? m.group(1) : m.group(2);
                    if (!found.startsWith("/news/") && !found.startsWith("https://example.org/news/")
                            && !found.startsWith("http://www.w3.org/") && !found.equals("https://schema.org")
                            && !found.startsWith("https://cdn.example.com/")) {
                        wrong.add(site.output().relativize(file) + ": " + found);
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    /**
     * Two tram stories and a tram explainer, two budget stories (one an explainer too), and a library story: three
     * topics, and a format tag across two of them.
     */
    private TestSite trams() {
        return new TestSite(dir)
                .article("tram-opens.md", "title: Tram line 4 opens after a three-month delay\ndate: 2026-06-10\n"
                        + "tags: [Trams, news]", "The first tram on line 4 left the central station at five in the "
                        + "morning. The opening of the tram line was delayed by three months because of signalling "
                        + "faults at the central station. Passengers cheered the new trams.\n")
                .article("signalling-fault.md", "title: Signalling fault delays tram line 4\ndate: 2026-03-02\n"
                        + "tags: [trams]", "A signalling fault has delayed the opening of tram line 4 by three "
                        + "months. Engineers must replace the faulty signalling at the central station before trams "
                        + "can run, the transport authority said.\n")
                .article("signalling-explained.md", "title: \"Explainer: how tram signalling works\"\n"
                        + "date: 2026-03-05\ntags: [explainer]", "## Signals\n\nTram signalling keeps trams apart on "
                        + "line 4 and at the central station. When the signalling has a fault, trams stop until "
                        + "engineers repair it.\n")
                .article("budget-explained.md", "title: \"Explainer: how the council budget works\"\n"
                        + "date: 2026-01-20\ntags: [Explainer, news]", "The council budget sets spending on schools, "
                        + "roads and libraries for the year. Councillors debate the budget in the autumn and vote on "
                        + "it in January, after the finance committee has checked every department's spending.\n")
                .article("budget-passed.md", "title: Council passes the budget\ndate: 2026-01-28\ntags: [budget]",
                        "Councillors passed the budget by 31 votes to 20. Spending on schools and roads rises, and "
                        + "the finance committee warned that the council must cut spending next year.\n")
                .article("library-hours.md", "title: Library welcomes readers on Sundays\ndate: 2026-02-14\n"
                        + "tags: [news]", "The town library will welcome readers on Sundays from noon, staffed by "
                        + "volunteers who host a children's reading hour.\n");
    }

    @Test
    void explainRelatedWritesTheListsThePagesShow() throws Exception {
        TestSite site = trams().configure(b -> b.explainRelated(true)).build();
        JsonNode related = json.readTree(site.text("related.json"));
        assertThat(related).hasSize(6);
        int links = 0;
        for (JsonNode entry : related) {
            Document page = site.page(entry.get("url").asText().substring("/news/".length()));
            assertThat(page.select("h1").text()).isEqualTo(entry.get("title").asText());
            List<String> shown = page.select(".related .card-title a").eachAttr("href");
            List<String> explained = new ArrayList<>();
            entry.get("related").forEach(r -> {
                explained.add(r.get("url").asText());
                assertThat(r.get("score").asDouble()).isPositive();
                assertThat(r.has("tag") && r.has("text") && r.has("date")).isTrue();
                assertThat(r.get("terms")).isNotEmpty();
            });
            assertThat(shown).isEqualTo(explained);
            links += explained.size();
        }
        assertThat(links).as("the check is not vacuous").isGreaterThanOrEqualTo(4);
    }

    @Test
    void relatedJsonNamesTheEvidenceAndWhyOtherArticlesAreLeftOut() throws Exception {
        JsonNode related = json.readTree(trams().configure(b -> b.explainRelated(true)).build().text("related.json"));
        JsonNode opens = entry(related, "/news/articles/tram-opens/");
        JsonNode fault = opens.get("related").get(0);
        assertThat(fault.get("url").asText()).isEqualTo("/news/articles/signalling-fault/");
        assertThat(fault.get("tags").get("trams").asDouble()).as("tags are compared case-folded").isPositive();
        assertThat(fault.get("terms").toString()).as("terms as written, not stems").contains("\"signalling\"",
                "\"tram\"");
        // The budget explainer shares a tag with the tram explainer, but a format tag worth nothing: not listed.
        JsonNode explainer = entry(related, "/news/articles/signalling-explained/");
        assertThat(explainer.get("related").toString()).doesNotContain("budget-explained");
        JsonNode budget = find(explainer.get("rejected"), "/news/articles/budget-explained/");
        assertThat(budget.get("reason").asText()).isIn("below the minimum", "format tag");
        assertThat(budget.get("tags").get("explainer").asDouble()).isZero();
        assertThat(budget.get("score").asDouble()).isLessThan(0.2);
        // The library story shares only the generic "news" with the tram opening: no list, and the reason.
        JsonNode library = entry(related, "/news/articles/library-hours/");
        assertThat(library.get("related")).isEmpty();
        JsonNode tram = find(library.get("rejected"), "/news/articles/tram-opens/");
        assertThat(tram.get("reason").asText()).isEqualTo("format tag");
        assertThat(tram.get("tags").get("news").asDouble()).isZero();
    }

    private static JsonNode entry(JsonNode related, String url) {
        return find(related, url);
    }

    private static JsonNode find(JsonNode list, String url) {
        for (JsonNode node : list) {
            if (node.get("url").asText().equals(url)) {
                return node;
            }
        }
        throw new AssertionError(url + " not in " + list);
    }

    @Test
    void brokenLinksInMarkdownAreReportedAgainstTheArticle() {
        BuildFailedException failure = new TestSite(dir)
                .article("a.md", "title: A\ndate: 2026-01-01", "[gone](../missing/) and [frag](../b/#nowhere) and [ok](../b/#intro)\n")
                .article("b.md", "title: B\ndate: 2026-01-02", "## Intro\n\nText.\n")
                .buildFailing();
        assertThat(failure.problems()).extracting(Problem::toString).containsExactly(
                "content/articles/a.md: broken link ../b/#nowhere (no element with id 'nowhere' on articles/b/index.html)",
                "content/articles/a.md: broken link ../missing/ (no such page)");
    }

    @Test
    void brokenLinksAreWarningsWhenAllowed() throws Exception {
        TestSite site = new TestSite(dir).configure(b -> b.failOnBrokenLinks(false))
                .article("a.md", "title: A\ndate: 2026-01-01", "[gone](../missing/)\n").build();
        assertThat(site.report().warnings()).extracting(Problem::message)
                .containsExactly("broken link ../missing/ (no such page)");
    }

    @Test
    void aliasesCannotEscapeTheSite() {
        BuildFailedException failure = new TestSite(dir)
                .article("a.md", "title: A\ndate: 2026-01-01\naliases: [\"/../../etc/x/\", \"/ok/%2e%2e/\", \"../up/\"]", "")
                .buildFailing();
        assertThat(failure.problems()).hasSize(3).allSatisfy(p -> assertThat(p.message()).contains("must be a path inside the site"));
    }

    static List<String> readAll(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).map(Path::toString).sorted().toList();
        }
    }
}
