package io.github.broadsheet.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * What the {@code import-*} integration tests check once {@code site:import} and {@code site:generate} have run on a
 * fixture of the generator's tests (their {@code verify.groovy} calls it; invoker puts the test classes on the
 * script's class path): every URL the old site served for a post, as listed in the fixture's
 * {@code expected-urls.txt}, is a page of the built site or a redirect to one; no page shows Liquid, a Hugo
 * shortcode, a WordPress shortcode or block comment outside code; every old page URL is asked for by a file of
 * {@code content/pages/} and built at that URL, every imported author has a page; the log has the import report,
 * a second import wrote nothing, and the build ran.
 */
public final class ImportedSite {

    private static final List<String> LEFTOVERS = List.of("{%", "{{&lt;", "{{<", "{{%", "[caption", "[gallery",
            "&lt;!-- wp:", "<!-- wp:");

    private ImportedSite() {
    }

    /** Runs the checks; returns how many old URLs were found. */
    public static int check(File basedir, String fixture) throws IOException {
        Path project = basedir.toPath();
        Path expected = project.resolve("../../../../generator/src/test/resources/importer/" + fixture
                + "/expected-urls.txt").normalize();
        Path site = project.resolve("target/public");
        int found = 0;
        for (String line : Files.readAllLines(expected, StandardCharsets.UTF_8)) {
            String[] parts = line.split(" ", 2);
            if (parts[0].equals("post") || parts[0].equals("alias")) {
                Path page = site.resolve(file(parts[1]));
                assertThat(page).as("old URL " + parts[1] + " in the built site").isRegularFile();
                if (parts[0].equals("alias")) {
                    Document redirect = Jsoup.parse(page.toFile(), "UTF-8");
                    String target = redirect.select("link[rel=canonical]").attr("href");
                    assertThat(target).as("redirect at " + parts[1]).isNotEmpty();
                    assertThat(site.resolve(file(URI.create(target).getRawPath().substring(
                            URI.create(baseUrl(project)).getRawPath().length() - 1)))).isRegularFile();
                }
                found++;
            } else if (parts[0].equals("page")) {
                // Imported pages (About, Contact) are files of content/pages/ built at their old URL.
                assertThat(pagesAskingFor(project, parts[1])).as("a file of content/pages/ with url: " + parts[1])
                        .isNotEmpty();
                assertThat(site.resolve(file(parts[1]))).as("old page URL " + parts[1] + " in the built site")
                        .isRegularFile();
                found++;
            }
        }
        // Every imported author has a page, where the bylines of their articles link.
        Path authors = project.resolve("content/authors");
        if (Files.isDirectory(authors)) {
            try (Stream<Path> files = Files.list(authors)) {
                for (Path author : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                    String id = author.getFileName().toString().replaceFirst("\\.md$", "");
                    assertThat(site.resolve("authors/" + id + "/index.html")).as("page of author " + id).isRegularFile();
                }
            }
        }
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(site)) {
            pages = walk.filter(p -> p.toString().endsWith(".html")).toList();
        }
        for (Path page : pages) {
            Document html = Jsoup.parse(page.toFile(), "UTF-8");
            html.select("pre, code, script").remove();
            String body = html.body().html();
            for (String leftover : LEFTOVERS) {
                assertThat(body).as(leftover + " outside code on " + site.relativize(page)).doesNotContain(leftover);
            }
        }
        assertThat(found).as("old URLs checked").isGreaterThanOrEqualTo(20);
        String log = Files.readString(project.resolve("build.log"), StandardCharsets.UTF_8);
        assertThat(log).contains("Broadsheet: Imported from ", "Broadsheet: Files: 0 written, ",
                "Broadsheet: the whole report is in target/import-report.txt").containsPattern("Broadsheet: \\d+ articles, \\d+ pages");
        assertThat(project.resolve("target/import-report.txt")).isRegularFile();
        return found;
    }

    private static String baseUrl(Path project) throws IOException {
        String pom = Files.readString(project.resolve("pom.xml"), StandardCharsets.UTF_8);
        return pom.substring(pom.indexOf("<baseUrl>") + 9, pom.indexOf("</baseUrl>"));
    }

    private static List<Path> pagesAskingFor(Path project, String url) throws IOException {
        Path folder = project.resolve("content/pages");
        List<Path> asking = new ArrayList<>();
        String wanted = "url: \"" + decode(url) + "\"";
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                if (Files.readString(file, StandardCharsets.UTF_8).contains(wanted)) {
                    asking.add(file);
                }
            }
        }
        return asking;
    }

    /** The file a site path is served from, percent-escapes decoded. */
    static String file(String url) {
        String path = decode(url).substring(1);
        return path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
    }

    private static String decode(String url) {
        return URI.create("http://site" + url).getPath();
    }
}
