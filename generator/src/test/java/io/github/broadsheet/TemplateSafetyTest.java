package io.github.broadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.broadsheet.config.SiteSettings;
import io.github.broadsheet.markdown.MarkdownRenderer;
import io.github.broadsheet.problem.BuildFailedException;
import io.github.broadsheet.problem.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What authors write in front-matter is text, never markup, on every page and in every file the build writes;
 * templates cannot run programs, reach the Java API or read files outside the theme. Raw HTML in the Markdown
 * body is the one documented exception: authors are trusted with it.
 */
class TemplateSafetyTest {

    private static final String TITLE = "<script>alert(1)</script> \"double\" 'single' & <img src=x onerror=alert(2)>";
    private static final String SUMMARY = "<img src=x onerror=alert(3)> & \"co\" 'x' </p><script>alert(4)</script>";
    private static final String AUTHOR = "<b onclick=alert(5)>Bob</b> & \"Co\" O'Neil";
    private static final List<String> TAGS = List.of("<script>alert(6)</script>", "A & \"B\"",
            "x' onmouseover='alert(7)", "\" onfocus=\"alert(8)");
    private static final String SITE_TITLE = "Times <script>alert(9)</script> & 'Co'";
    private static final String SITE_DESCRIPTION = "News \" onload=\"alert(10)";
    /** Title and summary as pages show them: with typographic quotes (MarkdownRendererTest checks those). */
    private static final String TITLE_SHOWN = new MarkdownRenderer(false).smart(TITLE);
    private static final String SUMMARY_SHOWN = new MarkdownRenderer(false).smart(SUMMARY);

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** Front-matter as YAML double-quoted strings, so every character arrives as written. */
    private static String yaml(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private TestSite hostileSite() {
        StringBuilder tags = new StringBuilder("[");
        for (String tag : TAGS) {
            tags.append(tags.length() > 1 ? ", " : "").append(yaml(tag));
        }
        tags.append(']');
        return new TestSite(dir)
                .configure(b -> b.site(new SiteSettings(SITE_TITLE, SITE_DESCRIPTION, "https://example.org/news/", "en",
                        "Desk <i>x</i>")).explainRelated(true))
                .article("2026-01-10-hostile.md", "title: " + yaml(TITLE) + "\ndate: 2026-01-10\ntags: " + tags
                        + "\nsummary: " + yaml(SUMMARY) + "\nauthor: " + yaml(AUTHOR) + "\nmood: " + yaml(TITLE)
                        + "\nslug: hostile", "Plain body text.\n")
                .article("2026-01-11-neighbour.md", "title: " + yaml("Neighbour " + TITLE) + "\ndate: 2026-01-11\ntags: "
                        + tags, "Neighbour body: no summary in front-matter, so this is the first paragraph.\n");
    }

    @Test
    void frontMatterTextNeverBecomesMarkupInAnyGeneratedFile() throws Exception {
        TestSite site = hostileSite().build();
        List<Path> files = files(site.output());
        assertThat(files).as("generated files").isNotEmpty();
        int html = 0;
        int xml = 0;
        int json = 0;
        for (Path file : files) {
            String name = file.getFileName().toString();
            String relative = site.output().relativize(file).toString().replace('\\', '/');
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (name.endsWith(".html")) {
                html++;
                checkHtml(relative, Jsoup.parse(text, "https://example.org/news/" + relative));
            } else if (name.endsWith(".xml")) {
                xml++;
                checkXml(relative, Jsoup.parse(text, "", Parser.xmlParser()));
            } else if (name.endsWith(".json")) {
                json++;
                checkJson(relative, text);
            }
        }
        assertThat(html).as("HTML pages checked").isGreaterThanOrEqualTo(6);
        // Feeds, sitemap and related.json exist today; if a format disappears the generic walk has nothing to check.
        assertThat(xml).as("XML files checked").isGreaterThanOrEqualTo(1);
        assertThat(json).as("JSON files checked").isGreaterThanOrEqualTo(1);
    }

    private static void checkHtml(String path, Document doc) throws IOException {
        for (Element script : doc.select("script")) {
            if (script.hasAttr("src")) {
                // The theme's own script files: loaded from the site, never with inline code.
                assertThat(script.attr("src")).as("script on %s", path).startsWith("/news/").doesNotContain("alert");
                assertThat(script.data()).as("inline code of %s on %s", script, path).isBlank();
                continue;
            }
            assertThat(script.attr("type")).as("only JSON-LD inline scripts on %s: %s", path, script)
                    .isEqualTo("application/ld+json");
            String data = script.data();
            assertThat(data).as("JSON-LD on %s cannot close its element", path).doesNotContain("<", ">");
            JSON.readTree(data);
        }
        for (Element element : doc.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey().toLowerCase(Locale.ROOT)).as("attribute on %s: %s", path, element.cssSelector())
                        .doesNotStartWith("on");
                if (List.of("href", "src", "action", "formaction").contains(attribute.getKey())) {
                    assertThat(attribute.getValue().strip().toLowerCase(Locale.ROOT)).as("%s on %s", attribute, path)
                            .doesNotStartWith("javascript:");
                }
            }
        }
        assertThat(doc.select("img, b, i, iframe, object, embed")).as("injected elements on %s", path).isEmpty();
        // Every payload is visible as text wherever it appears: the escaping is neither missing nor doubled.
        assertThat(doc.text()).as("text of %s", path).doesNotContain("&amp;", "&lt;", "&quot;", "&#39;");
    }

    private static void checkXml(String path, Document doc) {
        assertThat(doc.getElementsByTag("script")).as("script elements in %s", path).isEmpty();
        for (Element element : doc.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey().toLowerCase(Locale.ROOT)).as("attribute in %s", path).doesNotStartWith("on");
            }
            // Atom "html" constructs are HTML once a reader decodes them: check them as HTML too.
            if (element.attr("type").equals("html")) {
                Document inner = Jsoup.parseBodyFragment(element.wholeText());
                assertThat(inner.select("script, img, b, iframe")).as("markup inside %s in %s", element.tagName(), path)
                        .isEmpty();
                inner.getAllElements().forEach(e -> e.attributes().forEach(a ->
                        assertThat(a.getKey()).as("attribute inside %s in %s", element.tagName(), path).doesNotStartWith("on")));
            }
        }
        assertThat(doc.text()).as("text of %s", path).doesNotContain("&amp;", "&lt;");
    }

    private static void checkJson(String path, String text) throws IOException {
        assertThat(text.toLowerCase(Locale.ROOT)).as("raw text of %s", path).doesNotContain("<script", "</");
        JSON.readTree(text);
    }

    @Test
    void payloadsRoundTripAsVisibleText() throws Exception {
        TestSite site = hostileSite().build();
        Document article = site.page("articles/hostile/");
        assertThat(TITLE_SHOWN).contains("\u201Cdouble\u201D \u2018single\u2019 & <img");
        assertThat(article.select("h1").text()).isEqualTo(TITLE_SHOWN);
        assertThat(article.title()).isEqualTo(TITLE_SHOWN + " – " + SITE_TITLE);
        assertThat(article.select("meta[name=description]").attr("content")).isEqualTo(SUMMARY_SHOWN);
        assertThat(article.select("meta[property=og:title]").attr("content")).isEqualTo(TITLE_SHOWN);
        assertThat(article.select(".byline .author").text()).isEqualTo("By " + AUTHOR);
        assertThat(article.select("article.article .tag-list a")).extracting(Element::text)
                .containsExactlyInAnyOrderElementsOf(TAGS);
        assertThat(article.select("meta[property=article:tag]")).extracting(e -> e.attr("content"))
                .containsExactlyInAnyOrderElementsOf(TAGS);
        assertThat(article.select(".masthead-title").text()).isEqualTo(SITE_TITLE);
        assertThat(article.select(".masthead-tagline").text()).isEqualTo(SITE_DESCRIPTION);

        JsonNode jsonLd = JSON.readTree(article.select("script[type=application/ld+json]").first().data());
        assertThat(jsonLd.findValuesAsText("headline")).contains(TITLE_SHOWN);

        Document index = site.page("");
        assertThat(index.select(GeneratorTest.HEADLINES)).extracting(Element::text)
                .containsExactly("Neighbour " + TITLE_SHOWN, TITLE_SHOWN);
        // Cards, on a tag page: title, summary and byline.
        Document list = site.page(article.select("article.article .tag-list a").first().attr("href")
                .substring("/news/".length()));
        assertThat(list.select(".card-title a")).extracting(Element::text).contains(TITLE_SHOWN, "Neighbour " + TITLE_SHOWN);
        assertThat(list.select(".card-summary")).extracting(Element::text).contains(SUMMARY_SHOWN);
        assertThat(list.select(".byline .author")).extracting(Element::text).contains("By " + AUTHOR);

        Document tags = site.page("tags/");
        assertThat(tags.select(".tag-index li a")).extracting(Element::text).containsExactlyInAnyOrderElementsOf(TAGS);
        for (Element link : tags.select(".tag-index li a")) {
            String href = link.attr("href");
            assertThat(href).as("tag URL of %s", link.text()).matches("/news/tags/[a-z0-9-]+/");
            Document tagPage = site.page(href.substring("/news/".length()));
            assertThat(tagPage.select("h1").text()).isEqualTo(link.text());
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Templates cannot escape their sandbox

    private TestSite withTemplate(String template) {
        return new TestSite(dir)
                .article("2026-01-10-good.md", "title: Good\ndate: 2026-01-10", "Body.\n")
                .file("templates/article.ftlh", template);
    }

    private static Problem templateProblem(BuildFailedException failure, String template) {
        assertThat(failure.problems()).as("problems").isNotEmpty();
        return failure.problems().stream()
                .filter(p -> p.file() != null && p.file().toString().replace('\\', '/').endsWith(template))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no problem names " + template + ": " + failure.problems()));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"freemarker.template.utility.Execute", "freemarker.template.utility.ObjectConstructor",
            "freemarker.template.utility.JythonRuntime", "java.lang.ProcessBuilder"})
    void newBuiltInCannotCreateAnyClass(String className) throws Exception {
        Path marker = dir.resolve("executed");
        BuildFailedException failure = withTemplate("<p>\n<#assign x = \"" + className + "\"?new()>\n"
                + "${x(\"touch " + marker + "\")}\n</p>\n").buildFailing();
        Problem problem = templateProblem(failure, "article.ftlh");
        assertThat(problem.line()).isEqualTo(2);
        assertThat(problem.message()).contains("template error", "while rendering article content/articles/2026-01-10-good.md");
        assertThat(marker).as("nothing was executed").doesNotExist();
        assertThat(dir.resolve("target/public")).doesNotExist();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"${article.title?api.getClass().getName()}", "${article.params?api.getClass()}",
            "${site?api.getClass().getClassLoader()}"})
    void apiBuiltInIsOff(String expression) {
        BuildFailedException failure = withTemplate("<p>\n" + expression + "\n</p>\n").buildFailing();
        Problem problem = templateProblem(failure, "article.ftlh");
        assertThat(problem.line()).isEqualTo(2);
        assertThat(problem.message()).contains("template error");
    }

    /**
     * Beans-style access to class loaders, resources and code locations is refused: Freemarker's default member
     * access policy refuses class loaders and resources, and ours refuses {@code getClass} altogether, so not even
     * the path of the generator's jar ({@code protectionDomain}) can be printed.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"${article.class.protectionDomain}", "${article.class.name}",
            "${article.params.getClass().name}", "${article.class.classLoader}", "${article.class.forName(\"java.lang.Runtime\")}",
            "${article.class.getResource('/etc/passwd')}", "${article.class.protectionDomain.codeSource.location}",
            "${article.class.module.classLoader}", "${article.params.getClass().getClassLoader()}"})
    void reflectionIsRefused(String expression) {
        BuildFailedException failure = withTemplate("<p>\n" + expression + "\n</p>\n").buildFailing();
        assertThat(templateProblem(failure, "article.ftlh").line()).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"../../../../../../../../etc/passwd", "/etc/passwd", "../content/articles/2026-01-10-good.md",
            "../../../../../../../../proc/self/environ", "file:///etc/passwd"})
    void includesCannotLeaveTheTemplateFolders(String name) throws Exception {
        TestSite site = withTemplate("<p>\n<#include \"" + name + "\" parse=false>\n</p>\n");
        site.file("templates/index.ftlh", "<#include \"" + name + "\" parse=false>\n");
        BuildFailedException failure = site.buildFailing();
        assertThat(templateProblem(failure, "article.ftlh").line()).isEqualTo(2);
        assertThat(templateProblem(failure, "index.ftlh").line()).isEqualTo(1);
        assertThat(failure.getMessage()).doesNotContain("root:", "PATH=", "Body.");
        assertThat(site.output()).doesNotExist();
    }

    @Test
    void importAndIncludeOfTheThemesOwnFilesStillWork() throws Exception {
        TestSite site = withTemplate("<#import \"layout.ftlh\" as layout>\n<@layout.page><div class=own>"
                + "<#include \"partials/footer.ftlh\"></div></@layout.page>\n").build();
        assertThat(site.page("articles/good/").select("div.own footer")).hasSize(1);
    }

    /**
     * A theme is often downloaded from someone else, and Git keeps symbolic links: a link inside a theme's
     * {@code templates/} or {@code static/} folder that points outside the theme must not copy a file the build
     * can read (SSH keys, credentials) into the published site. Either the build fails naming the link, or it
     * builds without the file; it never publishes the secret.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"templates/partials/leak.ftlh", "static/leak.txt"})
    void symbolicLinksInAThemeCannotPublishFilesFromOutsideIt(String link) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-42");
        TestSite site = new TestSite(dir.resolve("site"))
                .article("good.md", "title: Good\ndate: 2026-01-10", "Body.\n")
                .file("themes/evil/theme.yaml", "name: evil\n")
                .configure(b -> b.themesDirectory(Path.of("themes")).theme("evil"));
        if (link.endsWith(".ftlh")) {
            site.file("themes/evil/templates/partials/footer.ftlh", "<footer><#include \"leak.ftlh\"></footer>\n");
        }
        Path file = site.root().resolve("themes/evil/" + link);
        Files.createDirectories(file.getParent());
        Files.createSymbolicLink(file, secret);
        try {
            site.build();
        } catch (BuildFailedException e) {
            assertThat(e.getMessage()).as("the failure names the link").contains(file.getFileName().toString())
                    .doesNotContain("TOP-SECRET-42");
        }
        if (Files.exists(site.output())) {
            for (Path written : files(site.output())) {
                assertThat(Files.readString(written, StandardCharsets.ISO_8859_1)).as("%s", written)
                        .doesNotContain("TOP-SECRET-42");
            }
        }
    }

    /**
     * An error caught by {@code <#attempt>} was logged by Freemarker with its stack trace: now it is one warning
     * naming template and line, and nothing is printed.
     */
    @Test
    void attemptFailuresAreOneWarningWithoutAStackTrace() throws Exception {
        java.io.PrintStream err = System.err;
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        TestSite site = new TestSite(dir)
                .article("a.md", "title: A\ndate: 2026-01-10", "Body.\n")
                .file("templates/partials/footer.ftlh", "<footer>\n<#attempt>${site.nosuch.x}<#recover>-</#attempt>\n</footer>\n");
        System.setErr(new java.io.PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            site.build();
        } finally {
            System.setErr(err);
        }
        assertThat(site.report().warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.file().toString().replace('\\', '/')).isEqualTo("templates/partials/footer.ftlh");
            assertThat(warning.line()).isEqualTo(2);
            assertThat(warning.message()).startsWith("<#attempt> failed and its <#recover> part was used: ")
                    .contains("site.nosuch");
        });
        assertThat(printed.toString(StandardCharsets.UTF_8)).doesNotContain("freemarker.", "\tat ");
    }

    /** {@code .now} makes every build differ: its use is a warning at its line, a key named "now" is not. */
    @Test
    void nowInATemplateIsAWarningAtItsLine() throws Exception {
        TestSite site = new TestSite(dir)
                .article("a.md", "title: A\ndate: 2026-01-10\nnow: x", "Body.\n")
                .file("templates/partials/footer.ftlh", "<footer>\n<#if article??>${article.params.now}</#if>\n"
                        + "&copy; ${.now?string('yyyy')}</footer>\n")
                .build();
        assertThat(site.report().warnings()).extracting(Problem::toString).singleElement().asString()
                .startsWith("templates/partials/footer.ftlh:3: warning: ${.now} is the moment the page is rendered");
    }

    // ---------------------------------------------------------------------------------------------------------
    // Markdown bodies: authors are trusted

    @Test
    void rawHtmlInTheMarkdownBodyIsKeptByDefault() throws Exception {
        TestSite site = new TestSite(dir).article("raw.md", "title: Raw\ndate: 2026-01-10", """
                Before.

                <div class="pull-quote" data-x="1"><em>Quoted</em> words</div>

                Inline <kbd>Ctrl</kbd> and <span class="note">a note</span>.

                <iframe src="https://www.example.org/embed/1" title="Embedded map"></iframe>
                """).build();
        Document page = site.page("articles/raw/");
        assertThat(page.select(".article-body div.pull-quote[data-x=1] em").text()).isEqualTo("Quoted");
        assertThat(page.select(".article-body kbd").text()).isEqualTo("Ctrl");
        assertThat(page.select(".article-body span.note").text()).isEqualTo("a note");
        assertThat(page.select(".article-body iframe").attr("src")).isEqualTo("https://www.example.org/embed/1");
    }

    // ---------------------------------------------------------------------------------------------------------

    /** Every regular file below {@code root}, sorted. */
    static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return new ArrayList<>(walk.filter(Files::isRegularFile).sorted().toList());
        }
    }
}
