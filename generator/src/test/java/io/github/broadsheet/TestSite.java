package io.github.broadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.broadsheet.config.SiteConfig;
import io.github.broadsheet.config.SiteSettings;
import io.github.broadsheet.problem.BuildFailedException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.UnaryOperator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A site written from strings into a temporary folder, built with the real generator and default theme, and read
 * back with jsoup: {@code site.article("x.md", "title: X", "Body").build().page("articles/x/")}.
 */
public final class TestSite {

    /** Fixed "now" so future/draft rules never depend on the day the tests run. */
    public static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");

    private final Path root;
    private UnaryOperator<SiteConfig.Builder> configure = b -> b;
    private BuildReport report;

    public TestSite(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    public Path output() {
        return root.resolve("target/public");
    }

    /** Writes {@code content/articles/<name>} with the given front-matter lines and body. */
    public TestSite article(String name, String frontMatter, String body) {
        return file("content/articles/" + name, "---\n" + frontMatter.strip() + "\n---\n" + body);
    }

    public TestSite file(String path, String text) {
        return bytes(path, text.getBytes(StandardCharsets.UTF_8));
    }

    public TestSite bytes(String path, byte[] bytes) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public TestSite configure(UnaryOperator<SiteConfig.Builder> change) {
        UnaryOperator<SiteConfig.Builder> before = configure;
        configure = b -> change.apply(before.apply(b));
        return this;
    }

    public SiteConfig config() {
        SiteConfig.Builder builder = SiteConfig.builder(root)
                .site(new SiteSettings("Test Times", "Tests", "https://example.org/news/", "en", "Desk"))
                .now(NOW)
                // Drawn social cards (PNG) would be in every test's output; SocialCardsTest turns them on.
                .media(new SiteConfig.Media(io.github.broadsheet.image.ImageConfig.defaults(), false));
        return configure.apply(builder).build();
    }

    public TestSite build() throws BuildFailedException {
        report = new Generator().build(config());
        return this;
    }

    /** Builds and returns the failure; fails the test if the build succeeds. */
    public BuildFailedException buildFailing() {
        try {
            new Generator().build(config());
        } catch (BuildFailedException e) {
            return e;
        }
        throw new AssertionError("expected the build to fail");
    }

    public BuildReport report() {
        return report;
    }

    /** A generated page by its site path ({@code articles/x/} or {@code index.html}). */
    public Document page(String path) {
        Path file = output().resolve(path.endsWith("/") || path.isEmpty() ? path + "index.html" : path);
        assertThat(file).as("generated page %s", path).isRegularFile();
        try {
            return Jsoup.parse(file.toFile(), "UTF-8", "https://example.org/news/" + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String text(String path) {
        try {
            return Files.readString(output().resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
