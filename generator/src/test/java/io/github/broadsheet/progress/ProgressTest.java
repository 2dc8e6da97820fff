package io.github.broadsheet.progress;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.broadsheet.Generator;
import io.github.broadsheet.TestSite;
import io.github.broadsheet.config.SiteConfig;
import io.github.broadsheet.image.TestImages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressTest {

    private long now;
    private final List<String> lines = new ArrayList<>();
    private final Progress progress = new Progress(lines::add, () -> now, Duration.ofSeconds(3));

    @Test
    void aShortBuildSaysNothing() {
        Progress.Phase pages = progress.phase("rendering", 20_000, "pages");
        for (int i = 0; i < 20_000; i++) {
            now += 100_000; // 2 s in all
            pages.step();
        }
        assertThat(lines).isEmpty();
    }

    @Test
    void aLongBuildSaysOneLinePerIntervalAtMostAcrossPhases() {
        Progress.Phase articles = progress.phase("reading", 10_000, "articles");
        for (int i = 0; i < 10_000; i++) {
            now += 1_000_000; // 10 s in all
            articles.step();
        }
        Progress.Phase pages = progress.phase("rendering", 14_940, "pages");
        for (int i = 0; i < 14_940; i++) {
            now += 500_000; // 7.5 s in all
            pages.step();
        }
        assertThat(lines).containsExactly("reading 3,000 of 10,000 articles", "reading 6,000 of 10,000 articles",
                "reading 9,000 of 10,000 articles", "rendering 4,000 of 14,940 pages",
                "rendering 10,000 of 14,940 pages");
    }

    @Test
    void aBuildCountsArticlesPagesFilesAndImagesAsItGoes(@TempDir Path dir) throws Exception {
        SiteConfig config = new TestSite(dir)
                .article("2026-01-01-one.md", "title: One\ndate: 2026-01-01", "![A drawing](/drawing.png)\n")
                .article("2026-01-02-two.md", "title: Two\ndate: 2026-01-02", "Two.\n")
                .file("static/drawing.png", "")
                .config();
        Files.write(dir.resolve("static/drawing.png"), TestImages.png(TestImages.halves(40, 30)));
        List<String> said = new ArrayList<>();
        // Every step is worth a line here: the clock runs a second per reading.
        long[] clock = {0};
        new Generator().build(config, new Progress(said::add, () -> clock[0] += 1_000_000_000L, Duration.ofMillis(1)));
        assertThat(said).contains("reading 1 of 2 articles", "reading 2 of 2 articles", "images 1 of 1")
                .anyMatch(line -> line.matches("rendering \\d+ of \\d+ pages"))
                .anyMatch(line -> line.matches("writing feeds, sitemaps and search index: \\d+ of \\d+ files"));
    }

    @Test
    void noneSaysNothing() {
        Progress.Phase phase = Progress.NONE.phase("rendering", 1, "pages");
        phase.step();
        assertThat(lines).isEmpty();
    }
}
