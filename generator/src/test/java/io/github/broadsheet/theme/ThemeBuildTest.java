package io.github.broadsheet.theme;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.broadsheet.TestSite;
import io.github.broadsheet.config.Newsroom;
import io.github.broadsheet.problem.BuildFailedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole builds through themes: hashed assets, overrides by the project, theme params, the magazine theme. */
class ThemeBuildTest {

    @TempDir
    Path dir;

    private TestSite site(String name) {
        return new TestSite(dir.resolve(name))
                .article("2026-01-10-trams.md", "title: Tram line 4 opens\ndate: 2026-01-10\ntags: [transport, city]"
                        + "\nsection: Transport", "The first tram left at five.\n")
                .article("2026-01-12-budget.md", "title: Budget passes\ndate: 2026-01-12\ntags: [city, money]"
                        + "\nsection: City", "The council voted.\n")
                .article("2026-01-14-bus.md", "title: Night buses return\ndate: 2026-01-14\ntags: [transport]"
                        + "\nsection: Transport", "Buses run again at night.\n")
                .article("2026-01-16-tax.md", "title: Tax forms due\ndate: 2026-01-16\ntags: [money, city]"
                        + "\nsection: Money", "Forms are due in March.\n")
                .article("2026-01-18-park.md", "title: New park opens\ndate: 2026-01-18\ntags: [city]\nsection: City",
                        "The park has a pond.\n\nIt opened on Sunday.\n");
    }

    // ---------------------------------------------------------------------------------------------------------
    // Hashed assets

    @Test
    void theLayoutLinksTheStylesheetByItsContentHash() throws Exception {
        TestSite site = site("a").build();
        for (String page : List.of("", "articles/trams/", "tags/", "tags/city/", "archive/", "search/", "404.html")) {
            List<String> hrefs = site.page(page).select("link[rel=stylesheet]").eachAttr("href");
            assertThat(hrefs).as("stylesheets of %s", page).hasSize(2);
            assertThat(hrefs.get(0)).matches("/news/css/style\\.[0-9a-f]{8}\\.css");
            assertThat(hrefs.get(1)).matches("/news/css/media\\.[0-9a-f]{8}\\.css");
        }
        String href = site.page("").select("link[rel=stylesheet]").attr("href");
        Path hashed = site.output().resolve(href.substring("/news/".length()));
        Path original = site.output().resolve("css/style.css");
        assertThat(hashed).isRegularFile().hasSameBinaryContentAs(original);
        assertThat(href).contains(sha256(Files.readAllBytes(original)).substring(0, 8));
    }

    @Test
    void hashedNamesAreTheSameInEveryBuildAndFollowTheContent() throws Exception {
        String first = site("a").build().page("").select("link[rel=stylesheet]").attr("href");
        String second = site("b").build().page("").select("link[rel=stylesheet]").attr("href");
        assertThat(second).isEqualTo(first);
        TestSite own = site("c").file("static/css/style.css", "body { color: teal; }\n").build();
        String changed = own.page("").select("link[rel=stylesheet]").attr("href");
        assertThat(changed).isNotEqualTo(first).matches("/news/css/style\\.[0-9a-f]{8}\\.css");
        assertThat(own.text(changed.substring("/news/".length()))).isEqualTo("body { color: teal; }\n");
    }

    @Test
    void aTemplateCanLinkAnyStaticFileAndAMissingOneFailsTheBuildNamingTheTemplate() throws Exception {
        TestSite site = site("a")
                .file("static/js/extra.js", "console.log(1);\n")
                .file("templates/partials/footer.ftlh",
                        "<footer><script src=\"${assets.url('/js/extra.js')}\"></script></footer>\n")
                .build();
        String src = site.page("archive/").select("footer script").attr("src");
        assertThat(src).matches("/news/js/extra\\.[0-9a-f]{8}\\.js");
        assertThat(site.output().resolve(src.substring("/news/".length()))).isRegularFile();

        BuildFailedException failure = site("b")
                .file("templates/partials/footer.ftlh", "<footer>\n${assets.url('/js/nope.js')}</footer>\n")
                .buildFailing();
        assertThat(failure.problems()).anySatisfy(problem -> {
            assertThat(problem.file().toString().replace('\\', '/')).isEqualTo("templates/partials/footer.ftlh");
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.message()).contains("assets.url('/js/nope.js'): no static file js/nope.js in the "
                    + "static/ folder of the project, theme default");
        });
    }

    // ---------------------------------------------------------------------------------------------------------
    // Overrides and params

    @Test
    void aProjectReplacesOnePartialAndKeepsTheRest() throws Exception {
        TestSite site = site("a")
                .file("templates/partials/card.ftlh", """
                        <#macro card article headingLevel=2>
                          <article class="card own-card"><h${headingLevel}><a href="${article.url}">${article.title}</a></h${headingLevel}><@tagList article.tags/></article>
                        </#macro>
                        """)
                .build();
        Document list = site.page("tags/city/");
        assertThat(list.select("main article.own-card h2 a")).extracting(Element::text)
                .containsExactly("New park opens", "Tax forms due", "Budget passes", "Tram line 4 opens");
        assertThat(list.select("main article.own-card .tag-list a").first().text()).isEqualTo("city");
        assertThat(list.select(".card-summary")).isEmpty();
        Document article = site.page("articles/budget/");
        assertThat(article.select(".byline .author").text()).isEqualTo("By Desk");
        assertThat(article.select("article.article .tag-list a")).extracting(Element::text).containsExactly("city", "money");
    }

    @Test
    void themeParamsReachTemplatesMergedWithTheDefaultOnes() throws Exception {
        TestSite site = site("a")
                .file("themes/plain/theme.yaml", "description: Plain.\nparams:\n  motto: Plain news\n")
                .file("themes/plain/templates/partials/footer.ftlh",
                        "<footer><p class=motto>${theme.params.motto} (${theme.name}: ${theme.description})</p>"
                                + "<p class=sheets>${theme.params.stylesheets?join(' ')}</p></footer>\n")
                .configure(b -> b.themesDirectory(Path.of("themes")).theme("plain"))
                .build();
        Document page = site.page("articles/bus/");
        assertThat(page.select("footer .motto").text()).isEqualTo("Plain news (plain: Plain.)");
        assertThat(page.select("footer .sheets").text()).isEqualTo("/css/style.css /css/media.css");
        assertThat(page.select(".article-header h1").text()).isEqualTo("Night buses return");
    }

    @Test
    void anUnknownThemeFailsTheBuildSayingWhereItLooked() {
        BuildFailedException failure = site("a").configure(b -> b.theme("magzine")).buildFailing();
        assertThat(failure.getMessage()).isEqualTo("theme 'magzine' not found; looked among the built-in themes "
                + "(default, magazine); set themesDirectory to use themes of your own");
    }

    @Test
    void aThemeCannotPublishFilesFromOutsideItThroughSymbolicLinks() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-42");
        TestSite templates = site("a")
                .file("themes/evil/templates/partials/footer.ftlh", "<footer><#include \"leak.ftlh\"></footer>\n")
                .configure(b -> b.themesDirectory(Path.of("themes")).theme("evil"));
        TestSite statics = site("b")
                .file("themes/evil/static/css/evil.css", "x")
                .configure(b -> b.themesDirectory(Path.of("themes")).theme("evil"));
        try {
            Files.createSymbolicLink(templates.root().resolve("themes/evil/templates/partials/leak.ftlh"), secret);
            Files.createSymbolicLink(statics.root().resolve("themes/evil/static/leak.txt"), secret);
        } catch (UnsupportedOperationException | java.io.IOException e) {
            org.junit.jupiter.api.Assumptions.abort("no symbolic links here: " + e);
        }
        BuildFailedException failure = templates.buildFailing();
        // The loader's reason ("... is a symbolic link to a file outside its templates folder; refused") is the
        // cause of Freemarker's inclusion error; the build's message names the including template and line.
        assertThat(failure.getMessage()).contains("themes/evil/templates/partials/footer.ftlh:1", "leak.ftlh")
                .doesNotContain("TOP-SECRET-42");
        assertThat(templates.output()).doesNotExist();
        failure = statics.buildFailing();
        assertThat(failure.getMessage()).isEqualTo("static files that are symbolic links to files outside their theme "
                + "are not published: theme evil: static/leak.txt");
        assertThat(statics.output()).doesNotExist();
    }

    // ---------------------------------------------------------------------------------------------------------
    // The magazine theme

    @Test
    void magazineFrontPageHasALeadStoryTopStoriesAndSections() throws Exception {
        TestSite site = site("a").configure(b -> b.theme("magazine")).build();
        Document index = site.page("");
        assertThat(index.select(".lead-story .lead-title a").text()).isEqualTo("New park opens");
        assertThat(index.select(".lead-story .lead-title a").attr("href")).isEqualTo("/news/articles/park/");
        assertThat(index.select(".lead-story .kicker a").text()).isEqualTo("City");
        assertThat(index.select(".lead-story .kicker a").attr("href")).isEqualTo("/news/sections/city/");
        assertThat(index.select(".lead-story .lead-summary").text()).isEqualTo("The park has a pond.");
        assertThat(index.select(".top-stories .story-title a")).extracting(Element::text)
                .containsExactly("Tax forms due", "Night buses return", "Budget passes", "Tram line 4 opens");
        // Every story is on the front page already, so no section has anything left to show.
        assertThat(index.select(".front-section")).isEmpty();
        assertThat(index.select("link[rel=stylesheet]").eachAttr("href"))
                .hasSize(3)
                .satisfies(hrefs -> {
                    assertThat(hrefs.get(0)).matches("/news/css/style\\.[0-9a-f]{8}\\.css");
                    assertThat(hrefs.get(1)).matches("/news/css/media\\.[0-9a-f]{8}\\.css");
                    assertThat(hrefs.get(2)).matches("/news/css/magazine\\.[0-9a-f]{8}\\.css");
                });
    }

    @Test
    void magazineSectionsFollowTheConfiguredOrderAndSkipStoriesShownAbove() throws Exception {
        TestSite site = site("a")
                .article("2026-01-01-old-city.md", "title: Old city story\ndate: 2026-01-01\nsection: City", "Old.\n")
                .article("2026-01-02-old-money.md", "title: Old money story\ndate: 2026-01-02\nsection: Money", "Old.\n")
                .article("2026-01-03-old-transport.md", "title: Old transport story\ndate: 2026-01-03\n"
                        + "section: Transport", "Old.\n")
                .configure(b -> b.theme("magazine").pageSize(3)
                        .newsroom(new Newsroom(null, List.of("Transport", "City"), null, null)))
                .build();
        Document index = site.page("");
        assertThat(index.select(".lead-story .lead-title a").text()).isEqualTo("New park opens");
        assertThat(index.select(".top-stories .story-title a")).extracting(Element::text)
                .containsExactly("Tax forms due", "Night buses return");
        // Transport and City as configured, then Money; each shows what is not on the page yet.
        assertThat(index.select(".front-section .section-title a")).extracting(Element::text)
                .containsExactly("Transport", "City", "Money");
        assertThat(index.select(".front-section").get(0).select(".story-title a")).extracting(Element::text)
                .containsExactly("Tram line 4 opens", "Old transport story");
        assertThat(index.select(".front-section").get(1).select(".story-title a")).extracting(Element::text)
                .containsExactly("Budget passes", "Old city story");
        assertThat(index.select(".front-section").get(2).select(".story-title a")).extracting(Element::text)
                .containsExactly("Old money story");
        // Sections of one or two stories are lists of headlines, not grids with empty columns.
        assertThat(index.select(".front-section .card, .front-section .block-grid")).isEmpty();
        assertThat(index.select(".front-section .section-title a").first().attr("href"))
                .isEqualTo("/news/sections/transport/");
        // Older pages are plain lists, as in the default theme.
        Document second = site.page("page/2/");
        assertThat(second.select(".lead-story")).isEmpty();
        assertThat(second.select("main article h2 a")).extracting(Element::text)
                .containsExactly("Budget passes", "Tram line 4 opens", "Old transport story");
        assertThat(second.select("a[rel=prev]").attr("href")).isEqualTo("/news/");
    }

    @Test
    void magazineSectionOfThreeStoriesIsAGridWithOneColumnPerStory() throws Exception {
        TestSite site = site("a")
                .article("2026-01-01-one.md", "title: City one\ndate: 2026-01-01\nsection: City", "One.\n")
                .article("2026-01-02-two.md", "title: City two\ndate: 2026-01-02\nsection: City", "Two.\n")
                .article("2026-01-03-three.md", "title: City three\ndate: 2026-01-03\nsection: City", "Three.\n")
                .configure(b -> b.theme("magazine"))
                .build();
        Element city = site.page("").selectFirst(".front-section:has(#section-city)");
        assertThat(city).isNotNull();
        assertThat(city.select(".block-grid.block-grid-3 > .card .card-title a")).extracting(Element::text)
                .containsExactly("City three", "City two", "City one");
        assertThat(city.select(".story-list")).isEmpty();
        // Kickers that only repeat the section's name are marked, for the stylesheet to hide inside the block.
        assertThat(city.select(".kicker")).hasSize(3).allSatisfy(k -> assertThat(k.hasClass("kicker-section")).isTrue());
    }

    @Test
    void magazineKeepsTheDefaultArticleAndListPages() throws Exception {
        TestSite magazine = site("a").configure(b -> b.theme("magazine")).build();
        TestSite plain = site("b").build();
        for (String page : List.of("articles/budget/", "tags/city/", "tags/", "archive/", "404.html")) {
            Document m = magazine.page(page);
            Document d = plain.page(page);
            m.select("link[rel=stylesheet]").remove();
            d.select("link[rel=stylesheet]").remove();
            assertThat(m.select("main").outerHtml()).as(page).isEqualTo(d.select("main").outerHtml());
        }
        Document article = magazine.page("articles/budget/");
        assertThat(article.select(".article-header h1").text()).isEqualTo("Budget passes");
        assertThat(article.select(".byline .author").text()).isEqualTo("By Desk");
        assertThat(article.select("a[rel=prev]").attr("href")).isEqualTo("/news/articles/trams/");
        assertThat(article.select("link[rel=stylesheet]").eachAttr("href")).hasSize(3);
        assertThat(magazine.output().resolve("css/magazine.css")).isRegularFile();
    }

    @Test
    void magazineWithoutArticlesSaysSo() throws Exception {
        TestSite site = new TestSite(dir.resolve("empty")).configure(b -> b.theme("magazine"));
        Files.createDirectories(site.root().resolve("content/articles"));
        site.build();
        assertThat(site.page("").select("main p").text()).isEqualTo("No articles yet.");
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
