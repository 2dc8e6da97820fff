package io.github.broadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.broadsheet.content.ContentScanner;
import io.github.broadsheet.problem.BuildFailedException;
import io.github.broadsheet.problem.Problem;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of bad input a newsroom can produce, one row each: the build must fail, name the file (and the line
 * where there is one) with a message a user can act on, and leave the previously built site exactly as it was,
 * with no staging folder left behind. Separately, inputs that look odd but must simply work.
 */
class BadInputMatrixTest {

    private static final String GOOD = "2026-01-10-good.md";
    private static final String GOOD_DISPLAY = "content/articles/" + GOOD;

    @TempDir
    Path dir;

    /** Puts bad input into a site that already built once. */
    @FunctionalInterface
    interface Setup {
        void apply(TestSite site) throws Exception;

        static Setup both(Setup first, Setup second) {
            return site -> {
                first.apply(site);
                second.apply(site);
            };
        }
    }

    /**
     * One row of the matrix.
     *
     * @param name    shown in the test report
     * @param setup   adds the bad input to a site that built fine
     * @param file    the file a problem must name: a display path ({@code content/articles/x.md}), or for templates
     *                the template's name (see {@link #namesFile})
     * @param line    the line that problem must name, 0 when the problem has no line
     * @param message a fragment of that problem's message
     */
    record Case(String name, Setup setup, String file, int line, String message) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Case c(String name, String file, int line, String message, Setup setup) {
        return new Case(name, setup, file, line, message);
    }

    /** A file under content/articles/ written as raw text (front-matter fences included by the caller). */
    private static Setup raw(String name, String text) {
        return site -> site.file("content/articles/" + name, text);
    }

    private static String art(String name) {
        return "content/articles/" + name;
    }

    static List<Case> cases() {
        List<Case> cases = new ArrayList<>();

        // Front-matter syntax
        cases.add(c("malformed YAML: unclosed flow list", art("bad.md"), 5,
                "malformed YAML in front-matter: expected ',' or ']', but got : (while parsing a flow sequence that starts on line 4)",
                raw("bad.md", "---\ntitle: Bad\ndate: 2026-01-01\ntags: [a, b\nauthor: X\n---\nBody.\n")));
        cases.add(c("unclosed quote, noticed at the end of the block", art("bad.md"), 2,
                "unclosed quote? the value of 'title' starts with \" but the line does not close it",
                raw("bad.md", "---\ntitle: \"Tram line 4\ndate: 2026-01-01\ntags: [a]\n---\nBody.\n")));
        cases.add(c("unclosed quote, noticed two lines later at the next quote", art("bad.md"), 2,
                "unclosed quote? the value of 'title' starts with \" but the line does not close it",
                raw("bad.md", "---\ntitle: \"Tram line 4\ndate: 2026-01-01\nsummary: \"First tram.\"\n---\nBody.\n")));
        cases.add(c("unclosed single quote", art("bad.md"), 3,
                "unclosed quote? the value of 'author' starts with ' but the line does not close it",
                raw("bad.md", "---\ntitle: Fine\nauthor: 'Jana\ndate: 2026-01-01\n---\nBody.\n")));
        cases.add(c("colon in an unquoted title", art("bad.md"), 2, "the value of 'title' contains ': ', which YAML"
                        + " reads as another key; a value containing ': ' must be quoted: title: \"Tram line 4: delayed again\"",
                raw("bad.md", "---\ntitle: Tram line 4: delayed again\ndate: 2026-01-01\n---\nBody.\n")));
        cases.add(c("malformed YAML: mapping value in plain scalar", art("bad.md"), 3, "malformed YAML",
                raw("bad.md", "---\ntitle: Bad\ndate: 2026-01-01: 10:00\n---\nBody.\n")));
        cases.add(c("malformed YAML: duplicate key", art("bad.md"), 4, "duplicate key",
                raw("bad.md", "---\ntitle: Bad\ndate: 2026-01-01\ntitle: Again\n---\nBody.\n")));
        cases.add(c("YAML alias bomb", art("bad.md"), 2, "malformed YAML", raw("bad.md", aliasBomb())));
        cases.add(c("YAML lists nested 2000 deep (flow style)", art("deep.md"), 4,
                "front-matter nests lists or mappings more than 32 levels deep; flatten it",
                raw("deep.md", "---\ntitle: Deep\ndate: 2026-01-01\nx: " + "[".repeat(2000) + "]".repeat(2000)
                        + "\n---\nBody.\n")));
        cases.add(c("YAML lists nested 2000 deep (block style)", art("deep.md"), 5,
                "front-matter nests lists or mappings more than 32 levels deep",
                raw("deep.md", "---\ntitle: Deep\ndate: 2026-01-01\nx:\n" + "- ".repeat(2000) + "y\n---\nBody.\n")));
        cases.add(c("YAML mappings nested 2000 deep", art("deep.md"), 4,
                "front-matter nests lists or mappings more than 32 levels deep",
                raw("deep.md", "---\ntitle: Deep\ndate: 2026-01-01\nx: " + "{a: ".repeat(2000) + "b" + "}".repeat(2000)
                        + "\n---\nBody.\n")));
        cases.add(c("a 7.5 MB front-matter value (under the 8 MB article limit)", art("big.md"), 3,
                "front-matter is 7.2 MB (7500036 characters); the limit is 1 MB",
                raw("big.md", "---\ndate: 2026-01-01\ntitle: " + "a".repeat(7_500_000) + "\nsummary: x\n---\nBody.\n")));
        cases.add(c("front-matter not closed", art("bad.md"), 1, "front-matter is not closed",
                raw("bad.md", "---\ntitle: Bad\ndate: 2026-01-01\n\nBody without a closing fence.\n")));
        cases.add(c("no front-matter at all", art("bad.md"), 1, "no front-matter",
                raw("bad.md", "# Just Markdown\n\nNo front-matter.\n")));
        cases.add(c("front-matter is a list, not keys", art("bad.md"), 2, "must be YAML keys and values",
                raw("bad.md", "---\n- title\n- date\n---\nBody.\n")));
        cases.add(c("empty file", art("bad.md"), 1, "empty file",
                site -> site.bytes("content/articles/bad.md", new byte[0])));

        // Required keys and their types
        cases.add(c("missing title", art("bad.md"), 1, "missing title",
                site -> site.article("bad.md", "date: 2026-01-01", "Body.\n")));
        cases.add(c("empty title", art("bad.md"), 2, "missing title",
                site -> site.article("bad.md", "title: \"\"\ndate: 2026-01-01", "Body.\n")));
        cases.add(c("null title", art("bad.md"), 2, "missing title",
                site -> site.article("bad.md", "title:\ndate: 2026-01-01", "Body.\n")));
        cases.add(c("title is a list", art("bad.md"), 2, "title must be text, not a list",
                site -> site.article("bad.md", "title: [a, b]\ndate: 2026-01-01", "Body.\n")));
        cases.add(c("missing date", art("bad.md"), 1, "missing date",
                site -> site.article("bad.md", "title: Bad", "Body.\n")));
        cases.add(c("unparseable date", art("bad.md"), 3, "date '27.11.2026' is not a date; use 2026-11-27",
                site -> site.article("bad.md", "title: Bad\ndate: 27.11.2026", "Body.\n")));
        cases.add(c("impossible date", art("bad.md"), 3, "date '2026-13-45' is not a date",
                site -> site.article("bad.md", "title: Bad\ndate: 2026-13-45", "Body.\n")));
        cases.add(c("date is a number", art("bad.md"), 3, "date '2026' is not a date",
                site -> site.article("bad.md", "title: Bad\ndate: 2026", "Body.\n")));
        cases.add(c("unparseable updated", art("bad.md"), 4, "updated 'yesterday' is not a date",
                site -> site.article("bad.md", "title: Bad\ndate: 2026-01-01\nupdated: yesterday", "Body.\n")));
        cases.add(c("tags is a number", art("bad.md"), 4, "tags must be a list ([a, b]) or comma-separated text, not a number",
                site -> site.article("bad.md", "title: Bad\ndate: 2026-01-01\ntags: 42", "Body.\n")));
        cases.add(c("tags is a mapping", art("bad.md"), 4, "not a mapping",
                site -> site.article("bad.md", "title: Bad\ndate: 2026-01-01\ntags: {a: 1}", "Body.\n")));
        cases.add(c("a tag is a list", art("bad.md"), 4, "each tag must be text, not a list",
                site -> site.article("bad.md", "title: Bad\ndate: 2026-01-01\ntags: [a, [b]]", "Body.\n")));
        cases.add(c("draft is not a boolean", art("bad.md"), 4, "draft must be true or false, not 'yes'",
                site -> site.article("bad.md", "title: Bad\ndate: 2026-01-01\ndraft: yes", "Body.\n")));
        cases.add(c("aliases is a mapping", art("bad.md"), 4, "aliases must be a list of text",
                site -> site.article("bad.md", "title: Bad\ndate: 2026-01-01\naliases: {old: 1}", "Body.\n")));

        // Control characters in front-matter (YAML escapes let them through): they would reach titles, feeds and
        // page metadata, where they cannot be shown and make feed.xml ill-formed XML
        String control = "holds the control character ";
        for (String[] value : new String[][] {
                {"title", "\"Alarm \\a\"", "U+0007"}, {"title", "\"\\e[31mRed\\e[0m alert\"", "U+001B"},
                {"title", "\"CSI \\x9b\"", "U+009B"}, {"title", "\"Next line \\x85 here\"", "U+0085"},
                {"title", "\"Delete \\x7f\"", "U+007F"}, {"title", "\"Not a character \\uFFFE\"", "U+FFFE"},
                {"title", "\"Half a pair \\uD800\"", "U+D800"}, {"title", "\"Carriage \\r return\"", "U+000D"},
                {"summary", "\"Form \\f feed\"", "U+000C"}, {"author", "\"Nul \\0\"", "U+0000"},
                {"tags", "[ok, \"b\\ae\\al\\al\"]", "U+0007"}, {"slug", "\"a\\0b\"", "U+0000"},
                {"aliases", "[\"/a\\0b/\"]", "U+0000"}, {"image", "\"x\\x1b.png\"", "U+001B"},
                {"extra", "{k: [\"deep \\x07\"]}", "U+0007"}, {"extra", "{\"key \\x07\": 1}", "U+0007"}}) {
            String title = value[0].equals("title") ? "" : "title: Fine\n";
            cases.add(c(value[0] + ": " + value[1], art("bad.md"), title.isEmpty() ? 3 : 4,
                    value[0] + " " + control + value[2], site -> site.article("bad.md",
                            "date: 2026-01-01\n" + title + value[0] + ": " + value[1], "Body.\n")));
        }
        cases.add(c("a front-matter key with a control character", art("bad.md"), 3,
                "the key 'key ?' " + control + "U+0007", raw("bad.md",
                        "---\ntitle: Key\n\"key \\a\": 1\ndate: 2026-01-01\n---\nBody.\n")));

        // Slugs
        cases.add(c("one slug twice, first file names the second", art("a.md"), 4,
                "/articles/same/index.html is written twice: by its page /articles/same/ and by the page"
                        + " /articles/same/ of content/articles/b.md; set another 'slug:', or, if two articles of"
                        + " different days share the slug, put the date into the permalink setting", Setup.both(
                        site -> site.article("a.md", "title: A\ndate: 2026-01-01\nslug: same", "A.\n"),
                        site -> site.article("b.md", "title: B\ndate: 2026-01-02\nslug: same", "B.\n"))));
        cases.add(c("one slug twice, second file names the first", art("b.md"), 4,
                "by the page /articles/same/ of content/articles/a.md", Setup.both(
                        site -> site.article("a.md", "title: A\ndate: 2026-01-01\nslug: same", "A.\n"),
                        site -> site.article("b.md", "title: B\ndate: 2026-01-02\nslug: same", "B.\n"))));
        cases.add(c("one slug twice with the good article, from the file name", art("nested/2026-02-02-good.md"), 0,
                "/articles/good/index.html is written twice: by its page /articles/good/ and by the page"
                        + " /articles/good/ of " + GOOD_DISPLAY,
                site -> site.article("nested/2026-02-02-good.md", "title: Also good\ndate: 2026-02-02", "B.\n")));
        for (String[] slug : new String[][] {
                {"../evil", "'../evil'"}, {"a/b", "'a/b'"}, {"'a\\b'", "'a\\b'"}, {"\"%2e%2e\"", "'%2e%2e'"},
                {"\"..\"", "'..'"}, {"\"a\\tb\"", "'a?b'"}}) {
            cases.add(c("slug " + slug[0], art("bad.md"), 4, "slug " + slug[1] + " must be one URL segment",
                    site -> site.article("bad.md", "title: Bad\ndate: 2026-01-01\nslug: " + slug[0], "Body.\n")));
        }
        cases.add(c("slug without letters or digits", art("bad.md"), 4, "slug '.' has no letters or digits",
                site -> site.article("bad.md", "title: Bad\ndate: 2026-01-01\nslug: .", "Body.\n")));

        // Aliases and url: become paths in the output, so they must stay inside it
        for (String[] alias : new String[][] {
                {"../evil/", "'../evil/'"}, {"/a/../../b/", "'/a/../../b/'"}, {"'\\\\server\\share'", "'\\\\server\\share'"},
                {"\"/%2e%2e/x/\"", "'/%2e%2e/x/'"}, {"\"/a\\tb/\"", "'/a?b/'"}, {"\"//evil.example/x/\"", "'//evil.example/x/'"},
                {"https://evil.example/", "'https://evil.example/'"}, {"/a/./b/", "'/a/./b/'"}}) {
            cases.add(c("alias " + alias[0], art("bad.md"), 4, "aliases " + alias[1] + " must be a path inside the site",
                    site -> site.article("bad.md", "title: Bad\ndate: 2026-01-01\naliases: [" + alias[0] + "]", "B.\n")));
        }
        cases.add(c("url with ..", art("bad.md"), 4, "url '/a/../../x/' must be a path inside the site",
                site -> site.article("bad.md", "title: Bad\ndate: 2026-01-01\nurl: /a/../../x/", "B.\n")));
        cases.add(c("two articles with one url:", art("a.md"), 4, "/same/index.html is written twice: by its"
                + " page /same/ and by the page /same/ of content/articles/b.md; change 'url:'", Setup.both(
                        site -> site.article("a.md", "title: A\ndate: 2026-01-01\nurl: /same/", "A.\n"),
                        site -> site.article("b.md", "title: B\ndate: 2026-01-02\nurl: /same/", "B.\n"))));
        cases.add(c("alias on the page of another article", art("bad.md"), 4,
                "/articles/good/index.html is written twice: by its alias /articles/good/ and by the page"
                        + " /articles/good/ of " + GOOD_DISPLAY + "; an alias must be an old URL that no page or file"
                        + " of the site uses",
                site -> site.article("bad.md", "title: Bad\ndate: 2026-01-01\naliases: [/articles/good/]", "B.\n")));

        // Markdown the renderer (Flexmark) cannot handle: the file is named, the build does not crash
        cases.add(c("block quotes nested 10000 deep", art("deep.md"), 5, "Markdown nested too deeply to render",
                site -> site.article("deep.md", "title: Deep\ndate: 2026-01-01", ">".repeat(10_000) + " x\n")));
        cases.add(c("lists nested 10000 deep", art("deep.md"), 5, "Markdown nested too deeply to render",
                site -> site.article("deep.md", "title: Deep\ndate: 2026-01-01", "- ".repeat(10_000) + "x\n")));

        // Bytes that are not Markdown text
        cases.add(c("invalid UTF-8 (0xC3 0x28) in the body", art("bad.md"), 6,
                "not valid UTF-8 (byte offset 55); save the file as UTF-8", site -> site.bytes("content/articles/bad.md",
                        concat("---\ntitle: Bad\ndate: 2026-01-01\n---\nFirst line.\nSecond ", new byte[] {(byte) 0xC3, 0x28},
                                " line.\n"))));
        cases.add(c("invalid UTF-8 (Latin-1 umlaut) in the front-matter", art("bad.md"), 2, "not valid UTF-8",
                site -> site.bytes("content/articles/bad.md",
                        concat("---\ntitle: M", new byte[] {(byte) 0xFC}, "nchen\ndate: 2026-01-01\n---\nBody.\n"))));
        cases.add(c("binary file with .md name (PNG header)", art("image.md"), 3,
                "looks like a binary file (it contains NUL bytes), not Markdown text",
                site -> site.bytes("content/articles/image.md", new byte[] {
                        (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R',
                        0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1F, 0x15, (byte) 0xC4})));
        cases.add(c("article over the size limit (sparse file)", art("huge.md"), 0,
                String.format(java.util.Locale.ROOT, "article is %.1f MB (%d bytes); the limit is %d MB per article",
                        (ContentScanner.MAX_ARTICLE_BYTES + 1) / (1024.0 * 1024), ContentScanner.MAX_ARTICLE_BYTES + 1,
                        ContentScanner.MAX_ARTICLE_BYTES / (1024 * 1024)),
                site -> {
                    Path file = site.root().resolve("content/articles/huge.md");
                    try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
                        out.setLength(ContentScanner.MAX_ARTICLE_BYTES + 1);
                    }
                }));

        // The file tree
        cases.add(c("symbolic link loop under content/articles", art("loop"), 0, "symbolic link loop",
                site -> {
                    Path articles = site.root().resolve("content/articles");
                    Files.createSymbolicLink(articles.resolve("loop"), articles);
                }));
        cases.add(c("nested symbolic link loop", art("section/back"), 0, "symbolic link loop",
                site -> {
                    site.article("section/story.md", "title: Story\ndate: 2026-01-02", "Body.\n");
                    Path section = site.root().resolve("content/articles/section");
                    Files.createSymbolicLink(section.resolve("back"), Path.of(".."));
                }));
        cases.add(c("broken symbolic link named .md", art("gone.md"), 0, "broken symbolic link",
                site -> Files.createSymbolicLink(site.root().resolve("content/articles/gone.md"),
                        Path.of("no-such-file.md"))));
        cases.add(c("articles folder deleted", "content/articles", 0, "no articles folder",
                site -> deleteTree(site.root().resolve("content/articles"))));

        // Templates (the project's override folder templates/ comes first in the lookup)
        cases.add(c("missing template (include of a file that does not exist)", "index.ftlh", 1, "nope.ftlh",
                site -> site.file("templates/index.ftlh", "<#include \"nope.ftlh\">\n")));
        cases.add(c("Freemarker syntax error: unclosed directive (reported at the end of the file)", "article.ftlh", 3,
                "template syntax error: Unexpected end of file reached. You have an unclosed #if.",
                site -> site.file("templates/article.ftlh", "<p>\n<#if article.title>\n</p>\n")));
        cases.add(c("Freemarker syntax error: broken expression", "article.ftlh", 2, "template syntax error",
                site -> site.file("templates/article.ftlh", "<p>\n${article.title +}\n</p>\n")));
        cases.add(c("runtime error in a template names the article being rendered", "article.ftlh", 2,
                "article.nosuchthing (while rendering article " + GOOD_DISPLAY + ")",
                site -> site.file("templates/article.ftlh", "<p>${article.title}</p>\n<p>${article.nosuchthing.x}</p>\n")));
        return cases;
    }

    /**
     * An alias or {@code url:} that names a page or file the build itself writes (the home page, a tag page, the
     * feed, the style sheet, a static file of the project), another article's alias, or a hidden path that
     * Broadsheet or the host reserve: the build fails before writing anything, naming the article and the line of
     * the key that made the path.
     */
    static List<Case> outputCollisionCases() {
        List<Case> cases = new ArrayList<>();
        for (String path : List.of("/", "/index.html", "/tags/", "/tags/trams/", "/archive/", "/404.html",
                "/feed.xml", "/sitemap.xml", "/css/style.css", "/CNAME")) {
            cases.add(c("alias " + path, art("bad.md"), 4, path,
                    site -> site.file("static/CNAME", "news.example.org\n")
                            .article("bad.md", "title: Bad\ndate: 2026-01-01\naliases: [\"" + path + "\"]", "B.\n")));
        }
        cases.add(c("url: /tags/", art("bad.md"), 4, "/tags/index.html is written twice: by its page /tags/ and by"
                        + " the page of template tags.ftlh; change 'url:'",
                site -> site.article("bad.md", "title: Bad\ndate: 2026-01-01\nurl: /tags/", "B.\n")));
        cases.add(c("url: on a static file of the project", art("bad.md"), 4, "/CNAME/index.html (its page /CNAME/)"
                        + " needs /CNAME to be a folder, but the static file /CNAME is a file there; change 'url:'",
                site -> site.file("static/CNAME", "news.example.org\n")
                        .article("bad.md", "title: Bad\ndate: 2026-01-01\nurl: /CNAME/", "B.\n")));
        cases.add(c("two articles with one alias", art("b.md"), 4, "/old/index.html is written twice: by its alias"
                + " /old/ and by the alias /old/ of content/articles/a.md", Setup.both(
                site -> site.article("a.md", "title: A\ndate: 2026-01-01\naliases: [/old/]", "A.\n"),
                site -> site.article("b.md", "title: B\ndate: 2026-01-02\naliases: [/old/]", "B.\n"))));
        for (String[] reserved : new String[][] {{"aliases", "[/.broadsheet-manifest]", "/.broadsheet-manifest"},
                {"url", "/.git/", "/.git/"}, {"aliases", "[/.well-known/x/]", "/.well-known/x/"},
                {"url", "/a/.hidden/", "/a/.hidden/"}}) {
            cases.add(c(reserved[0] + " " + reserved[2], art("bad.md"), 4, reserved[0] + " '" + reserved[2]
                            + "' has a part starting with '.': such hidden paths are reserved",
                    site -> site.article("bad.md", "title: Bad\ndate: 2026-01-01\n" + reserved[0] + ": " + reserved[1],
                            "B.\n")));
        }
        return cases;
    }

    /**
     * Symbolic links in content (git stores them, so one contributed article can hold them): a link that leaves
     * the content folder, once every link on its way is followed, is an error naming the link, for articles and
     * bundle files, files and folders alike; nothing it points at is read or published. Loops are named as loops.
     * Needs a file system with symbolic links (POSIX); elsewhere the rows are skipped with a message.
     */
    static List<Case> linkCases() {
        List<Case> cases = new ArrayList<>();
        String bundle = "content/articles/bundle/";
        Setup withBundle = site -> site.article("bundle/index.md", "title: Bundle\ndate: 2026-01-03", "![Chart](chart.txt)\n")
                .file(bundle + "chart.txt", "a chart");
        cases.add(c("bundle file linking to a file outside the project's content", art("bundle/secret.txt"), 0,
                "symbolic link to the file '", Setup.both(withBundle, site -> link(site, bundle + "secret.txt",
                        site.file("secret.txt", "CI_TOKEN=hunter2\n").root().resolve("secret.txt")))));
        cases.add(c("bundle file linking to /proc/self/environ", art("bundle/env.txt"), 0,
                "outside the content folder content: not read and not published", Setup.both(withBundle, site -> {
                    Path environ = Path.of("/proc/self/environ");
                    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(environ), "no /proc/self/environ here");
                    link(site, bundle + "env.txt", environ);
                })));
        cases.add(c("bundle file linking out through a relative path", art("bundle/passwd.txt"), 0,
                "outside the content folder", Setup.both(withBundle, site -> link(site.file("outside.txt", "secret\n"),
                        bundle + "passwd.txt", Path.of("../../../outside.txt")))));
        cases.add(c("bundle folder linking to a folder outside", art("bundle/linked"), 0,
                "symbolic link to the folder '", Setup.both(withBundle, site -> link(site, bundle + "linked",
                        site.file("elsewhere/notes.md", "---\ntitle: Not ours\ndate: 2026-01-01\n---\nX.\n")
                                .file("elsewhere/data.txt", "private").root().resolve("elsewhere")))));
        cases.add(c("article linking to a Markdown file outside", art("stolen.md"), 0,
                "symbolic link to the file '", site -> link(site, "content/articles/stolen.md",
                        site.file("private/draft.md", "---\ntitle: Private\ndate: 2026-01-01\n---\nX.\n")
                                .root().resolve("private/draft.md"))));
        cases.add(c("folder of articles linking to a folder outside", art("more"), 0,
                "symbolic link to the folder '", site -> link(site, "content/articles/more",
                        site.file("private/x.md", "---\ntitle: Private\ndate: 2026-01-01\n---\nX.\n")
                                .root().resolve("private"))));
        cases.add(c("link through a link inside content to a file outside", art("bundle/via.txt"), 0,
                "outside the content folder", Setup.both(withBundle, site -> {
                    link(site, "content/hop.txt", site.file("secret.txt", "x").root().resolve("secret.txt"));
                    link(site, bundle + "via.txt", Path.of("../../hop.txt"));
                })));
        cases.add(c("articles folder linking outside the content folder", "content/articles", 0,
                "symbolic link to the folder '", site -> {
                    Path articles = site.root().resolve("content/articles");
                    Files.move(articles, site.root().resolve("elsewhere"));
                    link(site, "content/articles", Path.of("../elsewhere"));
                }));
        cases.add(c("file link loop a -> b -> a", art("a.md"), 0, "symbolic link loop", site -> {
            link(site, "content/articles/a.md", Path.of("b.md"));
            link(site, "content/articles/b.md", Path.of("a.md"));
        }));
        cases.add(c("link to itself", art("self.md"), 0, "symbolic link loop",
                site -> link(site, "content/articles/self.md", Path.of("self.md"))));
        cases.add(c("folder links to each other", art("one"), 0, "symbolic link loop", site -> {
            link(site, "content/articles/one", Path.of("two"));
            link(site, "content/articles/two", Path.of("one"));
        }));
        return cases;
    }

    private static void assumeSymbolicLinks() {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix"),
                "symbolic link cases need a POSIX file system; skipped here");
    }

    /** Creates the link {@code path} (relative to the site's folder) to {@code target}. */
    private static void link(TestSite site, String path, Path target) throws IOException {
        Path link = site.root().resolve(path);
        Files.createDirectories(link.getParent());
        Files.createSymbolicLink(link, target);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("linkCases")
    void symbolicLinksFailTheBuild(Case row) throws Exception {
        assumeSymbolicLinks();
        failsNamingFileAndLineAndKeepsThePreviousSite(row);
    }

    /** Links that stay inside the content folder are followed: a bundle file shared from another content folder. */
    @Test
    void symbolicLinksInsideTheContentFolderAreFollowed() throws Exception {
        assumeSymbolicLinks();
        TestSite site = new TestSite(dir)
                .article("bundle/index.md", "title: Bundle\ndate: 2026-01-03", "![Chart](chart.txt)\n")
                .file("content/media/chart.txt", "a shared chart")
                .file("content/shared/story.md", "---\ntitle: Shared story\ndate: 2026-01-04\n---\nShared.\n");
        link(site, "content/articles/bundle/chart.txt", Path.of("../../media/chart.txt"));
        link(site, "content/articles/shared", Path.of("../shared"));
        site.build();
        assertThat(site.text("articles/bundle/chart.txt")).isEqualTo("a shared chart");
        assertThat(site.page("articles/story/").select("h1").text()).isEqualTo("Shared story");
    }

    /**
     * The content folder itself may be a symbolic link (content kept in another checkout): its real location is
     * the folder links must stay in, so a link inside it to its own files works and one out of it is refused.
     */
    @Test
    void contentFolderThatIsASymbolicLinkIsTheBoundary() throws Exception {
        assumeSymbolicLinks();
        TestSite site = new TestSite(dir)
                .file("real-content/articles/bundle/index.md", "---\ntitle: Bundle\ndate: 2026-01-03\n---\nX.\n")
                .file("real-content/media/chart.txt", "a chart")
                .file("secret.txt", "CI_TOKEN=hunter2\n");
        link(site, "content", Path.of("real-content"));
        link(site, "real-content/articles/bundle/chart.txt", Path.of("../../media/chart.txt"));
        site.build();
        assertThat(site.text("articles/bundle/chart.txt")).isEqualTo("a chart");

        link(site, "real-content/articles/bundle/secret.txt", Path.of("../../../secret.txt"));
        assertThat(site.buildFailing().problems()).extracting(Problem::toString).singleElement().asString()
                .startsWith("content/articles/bundle/secret.txt: symbolic link to the file '")
                .endsWith(", outside the content folder content: not read and not published; copy the file into "
                        + "the content folder or remove the link");
        assertThat(site.output().resolve("articles/bundle/secret.txt")).doesNotExist();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("outputCollisionCases")
    void outputCollisionsFailTheBuild(Case row) throws Exception {
        failsNamingFileAndLineAndKeepsThePreviousSite(row);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void failsNamingFileAndLineAndKeepsThePreviousSite(Case row) throws Exception {
        TestSite site = new TestSite(dir)
                .article(GOOD, "title: Good story\ndate: 2026-01-10\ntags: [trams]", "A good body.\n")
                .build();
        Map<String, byte[]> before = snapshot(site.output());
        assertThat(before).containsKeys("index.html", "articles/good/index.html");

        row.setup().apply(site);
        BuildFailedException failure = site.buildFailing();

        List<Problem> problems = failure.problems();
        assertThat(problems).as("problems of %s", row.name()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.file()).as("every problem names a file: %s", p).isNotNull();
            assertThat(p.isError()).as("%s is an error", p).isTrue();
        });
        assertThat(problems).as("a problem naming %s, line %d, saying '%s'", row.file(), row.line(), row.message())
                .anySatisfy(p -> {
                    assertThat(namesFile(p, row.file())).as("%s names %s", p, row.file()).isTrue();
                    assertThat(p.line()).as("line of %s", p).isEqualTo(row.line());
                    assertThat(p.message()).contains(row.message());
                    assertThat(p.toString()).startsWith(display(p) + (row.line() > 0 ? ":" + row.line() : "") + ": ");
                });
        assertThat(problems).as("sorted by file").isSortedAccordingTo(Problem.ORDER);
        assertThat(failure.getMessage()).contains(row.message());

        Map<String, byte[]> after = snapshot(site.output());
        assertThat(after.keySet()).as("files of the previous site").containsExactlyElementsOf(before.keySet());
        before.forEach((path, bytes) -> assertThat(after.get(path)).as("bytes of %s", path).isEqualTo(bytes));
        assertNoStagingFolder();
    }

    /**
     * A content problem names its display path exactly. Template problems today name the template as
     * {@code "<layer>: <name>"} (e.g. {@code project templates: article.ftlh}); a real path such as
     * {@code templates/article.ftlh} would be better, so both forms are accepted for template rows.
     */
    static boolean namesFile(Problem problem, String file) {
        String shown = display(problem);
        return shown.equals(file) || file.endsWith(".ftlh") && (shown.endsWith(": " + file) || shown.endsWith("/" + file));
    }

    private static String display(Problem problem) {
        return problem.file().toString().replace('\\', '/');
    }

    // ---------------------------------------------------------------------------------------------------------
    // Inputs that look odd but must simply work

    @Test
    void byteOrderMarkAtTheStartIsIgnored() throws Exception {
        TestSite site = new TestSite(dir).bytes("content/articles/bom.md",
                concat("", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                        "---\ntitle: With a BOM\ndate: 2026-01-01\n---\nBody after a BOM.\n")).build();
        Document page = site.page("articles/bom/");
        assertThat(page.select("h1").text()).isEqualTo("With a BOM");
        assertThat(page.select(".article-body").text()).isEqualTo("Body after a BOM.");
        assertThat(site.text("articles/bom/index.html")).doesNotContain("\uFEFF");
    }

    @Test
    void crlfLineEndingsInFrontMatterAndBody() throws Exception {
        String text = "---\r\ntitle: Windows line endings\r\ndate: 2026-01-01 09:30\r\ntags: [a, b]\r\n"
                + "summary: \"Written on Windows\"\r\n---\r\nFirst paragraph,\r\nstill the first.\r\n\r\n"
                + "## Heading\r\n\r\n- one\r\n- two\r\n\r\n```java\r\nint x = 1;\r\n```\r\n";
        TestSite site = new TestSite(dir).file("content/articles/crlf.md", text).build();
        Document page = site.page("articles/crlf/");
        assertThat(page.select("h1").text()).isEqualTo("Windows line endings");
        assertThat(page.title()).isEqualTo("Windows line endings – Test Times");
        assertThat(page.select("time").first().attr("datetime")).isEqualTo("2026-01-01T09:30Z");
        assertThat(page.select("article.article .tag-list a")).hasSize(2);
        assertThat(page.select(".article-body h2#heading").text()).isEqualTo("Heading");
        assertThat(page.select(".article-body li")).hasSize(2);
        assertThat(page.select(".article-body code.language-java").text()).isEqualTo("int x = 1;");
        assertThat(page.select("meta[name=description]").attr("content")).isEqualTo("Written on Windows");
        try (Stream<Path> files = Files.walk(site.output())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(new String(Files.readAllBytes(file), StandardCharsets.UTF_8))
                        .as("no carriage return in %s", site.output().relativize(file)).doesNotContain("\r");
            }
        }
    }

    /**
     * A 50 MB article is refused with a clear limit rather than built: it took about a minute on a 2-core machine
     * (Flexmark parses and renders about 2 MB/s, and slows down badly on some large inputs), and no real article
     * comes near the 8 MB limit. The previous site stays as it was.
     */
    @Test
    void fiftyMegabyteArticleIsRefusedWithAClearLimit() throws Exception {
        TestSite site = new TestSite(dir).article(GOOD, "title: Good story\ndate: 2026-01-10", "A good body.\n").build();
        Map<String, byte[]> before = snapshot(site.output());
        Path file = dir.resolve("content/articles/huge.md");
        byte[] paragraph = "Lorem ipsum dolor sit amet, the tram left at five in the morning.\n\n"
                .getBytes(StandardCharsets.UTF_8);
        long target = 50L * 1024 * 1024;
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("---\ntitle: Huge\ndate: 2026-01-01\n---\n".getBytes(StandardCharsets.UTF_8));
            for (long written = 0; written < target; written += paragraph.length) {
                out.write(paragraph);
            }
        }
        BuildFailedException failure = site.buildFailing();
        assertThat(failure.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(Path.of("content/articles/huge.md"));
            assertThat(p.message()).startsWith("article is 50.0 MB").contains("the limit is 8 MB per article");
        });
        assertThat(snapshot(site.output()).keySet()).isEqualTo(before.keySet());
    }

    /**
     * Control characters in a body (a bell, an ANSI colour code pasted from a terminal) are removed with a warning
     * naming the line of the first; a character reference to one ({@code &#7;}) becomes U+FFFD. No page or feed
     * holds one, and {@code feed.xml} stays well-formed XML.
     */
    @Test
    void controlCharactersInTheBodyAreRemovedWithAWarning() throws Exception {
        TestSite site = new TestSite(dir).article("paste.md", "title: Pasted\ndate: 2026-01-01\ntags: [ci]",
                "First line.\n\nThe build said \u001b[31mFAILED\u001b[0m\u0007 twice.\n\nA reference &#7; &#x1B; &#x85;.\n")
                .build();
        assertThat(site.report().warnings()).extracting(Problem::toString).containsExactly("content/articles/paste.md:8:"
                + " warning: removed 3 control characters (U+0007, U+001B) from the body, the first on this line: they"
                + " cannot be shown and break feeds");
        Document page = site.page("articles/paste/");
        assertThat(page.select(".article-body p").eachText())
                .containsExactly("First line.", "The build said [31mFAILED[0m twice.", "A reference \uFFFD \uFFFD \uFFFD.");
        try (Stream<Path> files = Files.walk(site.output())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
                assertThat(io.github.broadsheet.text.ControlCharacters.indexOf(text))
                        .as("no control character in %s", site.output().relativize(file)).isEqualTo(-1);
            }
        }
        javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(site.output().resolve("feed.xml").toFile());
    }

    @Test
    void allProblemsOfABuildAreReportedTogetherSortedByFile() throws Exception {
        TestSite site = new TestSite(dir)
                .article("c-last.md", "title: C\ndate: never", "Body.\n")
                .article("a-first.md", "date: 2026-01-01", "Body.\n")
                .article("b/middle.md", "title: B\ndate: 2026-01-01\ntags: 7", "Body.\n")
                .article("ok.md", "title: Fine\ndate: 2026-01-01", "Body.\n");
        BuildFailedException failure = site.buildFailing();
        assertThat(failure.problems()).extracting(BadInputMatrixTest::display, Problem::line).containsExactly(
                org.assertj.core.groups.Tuple.tuple("content/articles/a-first.md", 1),
                org.assertj.core.groups.Tuple.tuple("content/articles/b/middle.md", 4),
                org.assertj.core.groups.Tuple.tuple("content/articles/c-last.md", 3));
        String[] lines = failure.getMessage().split("\\R");
        assertThat(lines[0]).isEqualTo("The site was not built: 3 errors");
        assertThat(lines).hasSize(4);
        assertThat(lines[1]).startsWith("  content/articles/a-first.md:1: missing title");
        assertThat(lines[2]).startsWith("  content/articles/b/middle.md:4: tags must be");
        assertThat(lines[3]).startsWith("  content/articles/c-last.md:3: date 'never' is not a date");
        assertThat(site.output()).doesNotExist();
        assertNoStagingFolder();
    }

    /**
     * Output-path collisions used to appear only once every front-matter error was fixed, without lines and with
     * their text doubled: now one run reports both kinds, each problem once.
     */
    @Test
    void collisionsAreReportedWithFrontMatterErrorsEachOnce() {
        BuildFailedException failure = new TestSite(dir)
                .file("static/CNAME", "news.example.org\n")
                .article("broken.md", "title: \"Tram line 4\ndate: 2026-01-01", "Body.\n")
                .article("moved.md", "title: Moved\ndate: 2026-01-02\ntags: [x]\naliases: [/CNAME, /tags/x/]", "B.\n")
                .buildFailing();
        assertThat(failure.problems()).extracting(Problem::toString).containsExactly(
                "content/articles/broken.md:2: malformed YAML in front-matter: unclosed quote? the value of 'title'"
                        + " starts with \" but the line does not close it; end the value with \" (write a quote inside"
                        + " the value as \\\")",
                "content/articles/moved.md:5: /CNAME/index.html (its alias /CNAME/) needs /CNAME to be a folder, but"
                        + " the static file /CNAME is a file there; an alias must be an old URL that no page or file of"
                        + " the site uses",
                "content/articles/moved.md:5: /tags/x/index.html is written twice: by its alias /tags/x/ and by the"
                        + " page of template tag.ftlh; an alias must be an old URL that no page or file of the site uses");
        assertThat(failure.getMessage().lines().filter(line -> line.contains("/tags/x/index.html"))).hasSize(1);
    }

    /**
     * Output grows linearly with input: an article with 5,000 tags made 5,009 pages and 3.3 GB, because every tag
     * page and feed repeated the article with all its tags. Past 30 the tags are left out with a warning that names
     * them, and cards show at most five.
     */
    @Test
    void thousandsOfTagsAreCappedWithAWarning() throws Exception {
        StringBuilder tags = new StringBuilder("[");
        for (int i = 0; i < 5_000; i++) {
            tags.append(i == 0 ? "" : ", ").append("t").append(i);
        }
        TestSite site = new TestSite(dir)
                .article("many.md", "title: Many\ndate: 2026-01-01\ntags: " + tags + "]", "Body.\n").build();
        assertThat(site.report().warnings()).extracting(Problem::toString).containsExactly(
                "content/articles/many.md:4: warning: 5000 tags; only the first 30 are used, left out: t30, t31, t32,"
                        + " t33, t34, t35, t36, t37, t38, t39 and 4960 more");
        assertThat(site.output().resolve("tags/t29/index.html")).isRegularFile();
        assertThat(site.output().resolve("tags/t30")).doesNotExist();
        assertThat(site.page("articles/many/").select("article.article .tag-list a.tag")).hasSize(30);
        // Cards show the kicker (the section), not the tags: a card's size does not grow with its tags.
        Document tagPage = site.page("tags/t0/");
        assertThat(tagPage.select(".card")).hasSize(1);
        assertThat(tagPage.select(".card .tag")).isEmpty();
        long bytes;
        try (Stream<Path> files = Files.walk(site.output())) {
            bytes = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
        assertThat(bytes).as("bytes of the whole site").isLessThan(2_000_000);
    }

    @Test
    void everyProblemOfOneFileIsReportedNotOnlyTheFirst() {
        BuildFailedException failure = new TestSite(dir)
                .article("bad.md", "date: someday\ntags: 3\ndraft: maybe\nslug: a/b", "Body.\n")
                .buildFailing();
        assertThat(failure.problems()).extracting(p -> p.line() + ": " + p.message())
                .containsExactly(
                        "1: missing title: every article needs 'title: ...' in its front-matter",
                        "2: date 'someday' is not a date; use 2026-11-27, 2026-11-27T09:30:00+01:00 or 2026-11-27 09:30",
                        "3: tags must be a list ([a, b]) or comma-separated text, not a number",
                        "4: draft must be true or false, not 'maybe'",
                        "5: slug 'a/b' must be one URL segment: no '/', '\\', '..', '%' or control characters");
    }

    /**
     * Broken links are the engine's one source of warnings (with {@code failOnBrokenLinks(false)}): they let the
     * build pass and are reported, unless {@code failOnWarning} turns them into a failure that keeps the old site.
     */
    @Test
    void failOnWarningTurnsWarningsIntoAFailure() throws Exception {
        TestSite site = new TestSite(dir)
                .article("a.md", "title: A\ndate: 2026-01-01\ntags: [x]", "See [the missing page](/news/articles/nope/).\n")
                .configure(b -> b.failOnBrokenLinks(false))
                .build();
        assertThat(site.report().warnings()).extracting(Problem::toString)
                .containsExactly("content/articles/a.md: warning: broken link /news/articles/nope/ (no such page)");
        Map<String, byte[]> before = snapshot(site.output());

        BuildFailedException failure = site.configure(b -> b.failOnWarning(true)).buildFailing();
        assertThat(failure.getMessage()).startsWith("The site was not built: warnings are treated as errors (failOnWarning)");
        assertThat(failure.problems()).extracting(Problem::toString)
                .containsExactly("content/articles/a.md: warning: broken link /news/articles/nope/ (no such page)");
        Map<String, byte[]> after = snapshot(site.output());
        assertThat(after.keySet()).containsExactlyElementsOf(before.keySet());
        before.forEach((path, bytes) -> assertThat(after.get(path)).as("bytes of %s", path).isEqualTo(bytes));
        assertNoStagingFolder();
    }

    @Test
    void failOnWarningPassesACleanBuild() throws Exception {
        TestSite site = new TestSite(dir)
                .article("a.md", "title: A\ndate: 2026-01-01\ntags: [x]", "Body.\n")
                .configure(b -> b.failOnWarning(true))
                .build();
        assertThat(site.report().warnings()).isEmpty();
        assertThat(site.page("articles/a/").select("h1").text()).isEqualTo("A");
    }

    /**
     * A heading, a code block with an escaped quote and a footnote: ordinary Markdown for a technical article; and
     * a code span across a blank-ish line. Flexmark's {@code TextCollectingVisitor} failed an internal assertion
     * on the first (with assertions on) and threw on the second (flexmark-java #667); the text is now collected
     * by our own walk.
     */
    @Test
    void headingCodeWithEscapedQuoteAndFootnoteBuild() throws Exception {
        TestSite site = new TestSite(dir).article("crash.md", "title: Crash\ndate: 2026-01-01", "x\n \n`\n x\n`")
                .article("code.md", "title: Code\ndate: 2026-01-01", """
                ## Code

                ```java
                String s = "say \\"hi\\"";
                ```

                A note[^1].

                [^1]: The note.
                """).build();
        assertThat(site.page("articles/code/").select("pre code").text()).isEqualTo("String s = \"say \\\"hi\\\"\";");
        assertThat(site.page("articles/code/").select(".article-body sup a").attr("href")).startsWith("#fn");
        assertThat(site.page("articles/crash/").select(".article-body p").first().text()).isEqualTo("x");
    }

    /** The built-in default theme is always the last layer, so a theme without {@code article.ftlh} still works. */
    @Test
    void themeWithoutArticleTemplateFallsBackToTheDefaultTheme() throws Exception {
        TestSite site = new TestSite(dir)
                .file("themes/slim/theme.yaml", "name: slim\n")
                .file("themes/slim/templates/index.ftlh", "<!DOCTYPE html><title>Slim</title><p class=slim>${articles?size}</p>\n")
                .article("a.md", "title: A\ndate: 2026-01-01", "Body.\n")
                .configure(b -> b.themesDirectory(Path.of("themes")).theme("slim"))
                .build();
        assertThat(site.page("").select("p.slim").text()).isEqualTo("1");
        assertThat(site.page("articles/a/").select("h1").text()).isEqualTo("A");
    }

    // ---------------------------------------------------------------------------------------------------------

    private void assertNoStagingFolder() throws IOException {
        Path target = dir.resolve("target");
        if (!Files.exists(target)) {
            return;
        }
        try (Stream<Path> beside = Files.list(target)) {
            assertThat(beside.map(p -> p.getFileName().toString()))
                    .as("only the output directory in target/, no staging or old folders")
                    .allMatch(name -> name.equals("public"));
        }
    }

    /** Every regular file of the output by its relative path, with its bytes. */
    static Map<String, byte[]> snapshot(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        return files;
    }

    private static byte[] concat(String before, byte[] middle, String after) {
        byte[] a = before.getBytes(StandardCharsets.UTF_8);
        byte[] c = after.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[a.length + middle.length + c.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(middle, 0, all, a.length, middle.length);
        System.arraycopy(c, 0, all, a.length + middle.length, c.length);
        return all;
    }

    /** The "billion laughs" shape: each list refers to the one before it ten times. */
    private static String aliasBomb() {
        StringBuilder yaml = new StringBuilder("---\ntitle: Bomb\ndate: 2026-01-01\na0: &a0 [lol, lol]\n");
        for (int i = 1; i < 10; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 10; j++) {
                yaml.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            yaml.append("]\n");
        }
        return yaml.append("---\nBody.\n").toString();
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
