package io.github.broadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Social cards (#17): a drawn 1200x630 PNG for each article without a lead image. */
class SocialCardsTest {

    @TempDir
    Path dir;

    private TestSite site(String name) {
        return new TestSite(dir.resolve(name))
                .configure(b -> b.media(new io.github.broadsheet.config.SiteConfig.Media(
                        io.github.broadsheet.image.ImageConfig.defaults(), true)))
                .article("tram.md", "title: The tram is back\ndate: 2026-11-01\nsection: City", "Text.\n")
                .article("bus.md", "title: Buses at night\ndate: 2026-10-01", "Text.\n");
    }

    private static String cardPath(TestSite site, String page) {
        return site.page(page).selectFirst("meta[property=og:image]").attr("content")
                .substring("https://example.org/news/".length());
    }

    @Test
    void articleWithoutImageGetsADrawnCardAsItsSocialImage() throws Exception {
        TestSite site = site("a").build();
        Document page = site.page("articles/tram/");
        String og = page.selectFirst("meta[property=og:image]").attr("content");
        assertThat(og).matches("https://example.org/news/articles/tram/card\\.[0-9a-f]{8}\\.png");
        assertThat(page.selectFirst("meta[name=twitter:image]").attr("content")).isEqualTo(og);
        assertThat(page.selectFirst("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");
        assertThat(page.selectFirst("meta[property=og:image:width]").attr("content")).isEqualTo("1200");
        assertThat(page.selectFirst("meta[property=og:image:height]").attr("content")).isEqualTo("630");
        BufferedImage card = ImageIO.read(site.output().resolve(cardPath(site, "articles/tram/")).toFile());
        assertThat(card.getWidth()).isEqualTo(1200);
        assertThat(card.getHeight()).isEqualTo(630);
        assertThat(cardPath(site, "articles/bus/")).isNotEqualTo(cardPath(site, "articles/tram/"));
    }

    @Test
    void cardsAreTheSameBytesOnEveryBuild() throws Exception {
        TestSite first = site("one").build();
        TestSite second = site("two").build();
        String path = cardPath(first, "articles/tram/");
        assertThat(cardPath(second, "articles/tram/")).isEqualTo(path);
        assertThat(Files.readAllBytes(second.output().resolve(path)))
                .isEqualTo(Files.readAllBytes(first.output().resolve(path)));
    }

    @Test
    void aRebuildTakesUnchangedCardsFromTheCache() throws Exception {
        TestSite site = site("cached").configure(b -> b.cacheDirectory(Path.of("target/cache"))).build();
        assertThat(site.report().notes()).anyMatch(n -> n.contains("social cards drawn: 2"));
        site.article("bus.md", "title: Buses at night\ndate: 2026-10-01", "Other text.\n").build();
        assertThat(site.report().notes()).anyMatch(n -> n.contains("social cards drawn: 0"));
        site.article("bus.md", "title: Buses all night\ndate: 2026-10-01", "Other text.\n").build();
        assertThat(site.report().notes()).anyMatch(n -> n.contains("social cards drawn: 1"));
    }

    /** The card of a headline since changed goes from the cache once no build has used it for 30 days. */
    @Test
    void cardsNoBuildUsesArePrunedFromTheCache() throws Exception {
        TestSite site = site("pruned").configure(b -> b.cacheDirectory(Path.of("target/cache"))).build();
        Path cards = site.root().resolve("target/cache/images/cards");
        List<Path> before;
        try (Stream<Path> files = Files.list(cards)) {
            before = files.toList();
        }
        assertThat(before).hasSize(2);
        for (Path card : before) {
            Files.setLastModifiedTime(card, FileTime.from(Instant.now().minus(Duration.ofDays(40))));
        }
        site.article("bus.md", "title: Buses all night\ndate: 2026-10-01", "Text.\n").build();
        assertThat(site.report().notes()).anyMatch(n -> n.contains("social cards drawn: 1"))
                .anyMatch(n -> n.contains("image cache: 1 unused"));
        try (Stream<Path> files = Files.list(cards)) {
            List<Path> after = files.toList();
            assertThat(after).hasSize(2);
            assertThat(after.stream().filter(before::contains)).as("the tram card, used again").hasSize(1);
        }
    }

    @Test
    void aThemeChangesTheCardLayout() throws Exception {
        TestSite site = site("themed")
                .file("themes/dark/theme.yaml", "extends: default\nparams:\n  card:\n    background: \"#000000\"\n")
                .configure(b -> b.themesDirectory(Path.of("themes")).theme("dark"))
                .build();
        BufferedImage card = ImageIO.read(new ByteArrayInputStream(
                Files.readAllBytes(site.output().resolve(cardPath(site, "articles/tram/")))));
        assertThat(card.getRGB(600, 600) & 0xFFFFFF).isEqualTo(0x000000);
        TestSite plain = site("plain").build();
        BufferedImage defaultCard = ImageIO.read(plain.output().resolve(cardPath(plain, "articles/tram/")).toFile());
        assertThat(defaultCard.getRGB(600, 600) & 0xFFFFFF).isEqualTo(0xFDFCF9);
    }

    @Test
    void cardsCanBeTurnedOff() throws Exception {
        TestSite site = site("off").configure(b -> b.media(new io.github.broadsheet.config.SiteConfig.Media(
                io.github.broadsheet.image.ImageConfig.defaults(), false))).build();
        assertThat(site.page("articles/tram/").selectFirst("meta[property=og:image]")).isNull();
    }
}
