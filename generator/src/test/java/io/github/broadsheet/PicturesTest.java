package io.github.broadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.broadsheet.image.TestImages;
import io.github.broadsheet.problem.BuildFailedException;
import io.github.broadsheet.problem.Problem;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Images in pages (#17): resized copies, srcset and sizes, lead images, figures, problems at their lines. */
class PicturesTest {

    @TempDir
    Path root;

    private static final String FRONT = """
            title: The tram is back
            date: 2026-11-01
            section: City
            image: depot.jpg
            image_alt: The new depot at dawn
            image_caption: The depot on the first morning.
            image_credit: "Photo: Jana Novak"
            """;

    private TestSite tramSite() throws IOException {
        return new TestSite(root)
                .article("tram/index.md", FRONT, """
                        The first tram left at six.

                        ![The first tram at the stop](tram.jpg "Opening day")

                        A line with an inline ![small](tram.jpg) picture.

                        ![Logo](/media/logo.svg)
                        """)
                .bytes("content/articles/tram/depot.jpg",
                        TestImages.jpegWithExif(TestImages.photo(2000, 1334, 1), 1, false))
                .bytes("content/articles/tram/tram.jpg", TestImages.jpeg(TestImages.photo(1000, 700, 2)))
                .file("static/media/logo.svg",
                        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"120\" height=\"40\"></svg>");
    }

    @Test
    void markdownImagesGetResizedCopiesSrcsetAndDimensions() throws Exception {
        TestSite site = tramSite().build();
        Document page = site.page("articles/tram/");
        Element figure = page.selectFirst(".article-body figure:has(img[alt=The first tram at the stop])");
        assertThat(figure).as("a titled image alone in its paragraph is a figure").isNotNull();
        assertThat(figure.selectFirst("figcaption").text()).isEqualTo("Opening day");
        Element img = figure.selectFirst("img");
        assertThat(img.attr("width")).isEqualTo("1000");
        assertThat(img.attr("height")).isEqualTo("700");
        assertThat(img.attr("loading")).isEqualTo("lazy");
        assertThat(img.attr("decoding")).isEqualTo("async");
        assertThat(img.attr("sizes")).isNotBlank();
        assertThat(img.hasAttr("data-line")).isFalse();
        assertThat(img.hasAttr("title")).isFalse();
        // Never upscaled: a 1000 px photo gets 480, 800 and its own 1000.
        assertThat(img.attr("srcset")).matches(
                "/news/articles/tram/tram\\.[0-9a-f]{8}-480\\.jpg 480w, "
                        + "/news/articles/tram/tram\\.[0-9a-f]{8}-800\\.jpg 800w, "
                        + "/news/articles/tram/tram\\.[0-9a-f]{8}-1000\\.jpg 1000w");
        assertThat(img.attr("src")).matches("/news/articles/tram/tram\\.[0-9a-f]{8}-1000\\.jpg");
        for (String entry : img.attr("srcset").split(", ")) {
            String[] parts = entry.split(" ");
            BufferedImage copy = ImageIO.read(site.output().resolve(parts[0].substring("/news/".length())).toFile());
            assertThat(copy.getWidth() + "w").isEqualTo(parts[1]);
        }
        // Inline in a line of text: no figure, still sized.
        Element inline = page.selectFirst(".article-body p img[alt=small]");
        assertThat(inline.attr("width")).isEqualTo("1000");
        // SVG passes through, with the size its header gives.
        Element logo = page.selectFirst(".article-body img[alt=Logo]");
        assertThat(logo.attr("src")).isEqualTo("/news/media/logo.svg");
        assertThat(logo.attr("width")).isEqualTo("120");
        assertThat(logo.attr("height")).isEqualTo("40");
        assertThat(logo.hasAttr("srcset")).isFalse();
    }

    @Test
    void leadImageIsTheHeroWithCaptionAndCreditAndTheSocialImage() throws Exception {
        TestSite site = tramSite().build();
        Document page = site.page("articles/tram/");
        Element hero = page.selectFirst(".article-header figure.lead-figure");
        assertThat(hero).isNotNull();
        Element img = hero.selectFirst("img");
        assertThat(img.attr("alt")).isEqualTo("The new depot at dawn");
        assertThat(img.attr("fetchpriority")).isEqualTo("high");
        assertThat(img.hasAttr("loading")).as("the lead image is not lazy").isFalse();
        assertThat(img.attr("width")).isEqualTo("1600");
        assertThat(img.attr("height")).isEqualTo("1067");
        assertThat(img.attr("srcset")).contains("-480.jpg 480w").contains("-1600.jpg 1600w");
        assertThat(hero.selectFirst("figcaption").text())
                .isEqualTo("The depot on the first morning. Photo: Jana Novak");
        assertThat(hero.selectFirst("figcaption .credit").text()).isEqualTo("Photo: Jana Novak");
        assertThat(page.selectFirst("meta[property=og:image]").attr("content"))
                .matches("https://example.org/news/articles/tram/depot\\.[0-9a-f]{8}-1200\\.jpg");
        assertThat(page.selectFirst("meta[property=og:image:width]").attr("content")).isEqualTo("1200");
        assertThat(page.selectFirst("meta[property=og:image:height]").attr("content")).isEqualTo("800");
        assertThat(page.selectFirst("meta[name=twitter:image]").attr("content"))
                .isEqualTo(page.selectFirst("meta[property=og:image]").attr("content"));
        // JSON-LD names a published file: the largest copy.
        assertThat(page.selectFirst("script[type=application/ld+json]").html()).containsPattern(
                "\"image\":\\[\"https://example.org/news/articles/tram/depot\\.[0-9a-f]{8}-1600\\.jpg\"\\]");
    }

    @Test
    void anOpaquePngLeadImageIsNotPublishedUnderItsNameAndNothingPointsThere() throws Exception {
        TestSite site = new TestSite(root)
                .article("chart/index.md", "title: Chart\ndate: 2026-11-01\nimage: chart.png\nimage_alt: A chart",
                        "Text.\n")
                .bytes("content/articles/chart/chart.png", TestImages.png(TestImages.photo(900, 600, 7)))
                .build();
        assertThat(site.output().resolve("articles/chart/chart.png")).doesNotExist();
        String html = site.text("articles/chart/index.html");
        assertThat(html).doesNotContain("chart.png").containsPattern("chart\\.[0-9a-f]{8}-900\\.jpg");
    }

    @Test
    void leadImageShowsOnTheFrontPageCardsAndRelatedCards() throws Exception {
        TestSite site = tramSite()
                .article("other.md", "title: Other tram news\ndate: 2026-10-01\nsection: City\ntags: [tram]", "Text.")
                .article("third.md", "title: Third tram story\ndate: 2026-09-01\nsection: City\ntags: [tram]",
                        "Text.")
                .build();
        Element lead = site.page("").selectFirst(".lead-story figure.lead-figure img");
        assertThat(lead).as("front page lead image").isNotNull();
        assertThat(lead.attr("fetchpriority")).isEqualTo("high");
        assertThat(lead.attr("width")).isEqualTo("1600");
        Element card = site.page("sections/city/").selectFirst(".card img.card-image");
        assertThat(card).as("section page card image").isNotNull();
        assertThat(card.attr("loading")).isEqualTo("lazy");
        assertThat(card.attr("srcset")).contains("480w");
        assertThat(card.attr("alt")).isEqualTo("The new depot at dawn");
    }

    @Test
    void theMagazineFrontPageShowsTheLeadImageToo() throws Exception {
        TestSite site = tramSite().configure(b -> b.theme("magazine")).build();
        Element lead = site.page("").selectFirst("figure.lead-figure img");
        assertThat(lead).isNotNull();
        assertThat(lead.attr("fetchpriority")).isEqualTo("high");
        assertThat(lead.attr("srcset")).contains("1600w");
    }

    @Test
    void publishedOriginalCarriesNoMetadata() throws Exception {
        TestSite site = tramSite().build();
        Path original = site.output().resolve("articles/tram/depot.jpg");
        assertThat(original).as("the original's name still works").isRegularFile();
        assertThat(ImageIO.read(original.toFile()).getWidth()).isEqualTo(1600);
        try (Stream<Path> files = Files.walk(site.output())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                assertThat(bytes).as("%s", file).doesNotContain("SecretCam").doesNotContain("Exif\0\0");
            }
        }
    }

    /** A photo no page shows (a spare in a bundle, one in static/, an author's) is published without metadata. */
    @Test
    void picturesPublishedAsTheyAreCarryNoMetadataEither() throws Exception {
        TestSite site = tramSite()
                .bytes("content/articles/tram/spare.jpg", TestImages.jpegWithExif(TestImages.photo(300, 200, 3), 1, true))
                .bytes("static/media/turned.jpg", TestImages.jpegWithExif(TestImages.photo(300, 200, 4), 6, false))
                .file("content/authors/jana.md", "---\nname: Jana\nphoto: jana.jpg\n---\nReporter.\n")
                .bytes("content/authors/jana.jpg", TestImages.jpegWithExif(TestImages.photo(90, 120, 5), 1, false))
                .article("jana.md", "title: By Jana\ndate: 2026-11-02\nauthor: jana", "Text.\n")
                .build();
        for (String published : List.of("articles/tram/spare.jpg", "media/turned.jpg")) {
            Path file = site.output().resolve(published);
            assertThat(ImageIO.read(file.toFile()).getWidth()).as(published).isEqualTo(300);
        }
        assertThat(site.page("authors/jana/").select("img.profile-photo").attr("src")).endsWith(".jpg");
        try (Stream<Path> files = Files.walk(site.output())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                assertThat(bytes).as("%s", file).doesNotContain("SecretCam");
            }
        }
        byte[] turned = Files.readAllBytes(site.output().resolve("media/turned.jpg"));
        assertThat(new String(turned, StandardCharsets.ISO_8859_1)).as("only the orientation stays").contains("Exif");

        byte[] kept = Files.readAllBytes(site.configure(b -> b.media(new io.github.broadsheet.config.SiteConfig.Media(
                new io.github.broadsheet.image.ImageConfig(List.of(480, 800, 1200, 1600), 0.82f, true), true)))
                .build().output().resolve("articles/tram/spare.jpg"));
        assertThat(new String(kept, StandardCharsets.ISO_8859_1)).as("keepImageMetadata").contains("SecretCam");
    }

    @Test
    void keepImageMetadataPublishesTheOriginal() throws Exception {
        TestSite site = tramSite().configure(b -> b.media(new io.github.broadsheet.config.SiteConfig.Media(
                new io.github.broadsheet.image.ImageConfig(List.of(480, 800, 1200, 1600), 0.82f, true), true)))
                .build();
        byte[] published = Files.readAllBytes(site.output().resolve("articles/tram/depot.jpg"));
        assertThat(new String(published, StandardCharsets.ISO_8859_1)).contains("SecretCam");
    }

    @Test
    void missingImagesAreErrorsAtTheirLines() {
        BuildFailedException failure = new TestSite(root)
                .article("gone/index.md", "title: Gone\ndate: 2026-11-01\nimage: nowhere.jpg\nimage_alt: x", """
                        Text.

                        ![A photo](missing.jpg)
                        """)
                .buildFailing();
        assertThat(failure.problems()).extracting(Problem::toString).containsExactly(
                "content/articles/gone/index.md:4: the image nowhere.jpg does not exist: put it into the"
                        + " article's folder (index.md beside it) or into static/ and link it by its site path"
                        + " (/media/photo.jpg)",
                "content/articles/gone/index.md:9: the image missing.jpg does not exist: put it into the"
                        + " article's folder (index.md beside it) or into static/ and link it by its site path"
                        + " (/media/photo.jpg)");
    }

    @Test
    void missingAltTextIsAWarningAtItsLine() throws Exception {
        TestSite site = new TestSite(root)
                .article("alt/index.md", "title: Alt\ndate: 2026-11-01", "Text.\n\n![](tram.jpg)\n")
                .bytes("content/articles/alt/tram.jpg", TestImages.jpeg(TestImages.photo(600, 400, 3)))
                .build();
        assertThat(site.report().warnings()).extracting(Problem::toString).singleElement().asString()
                .startsWith("content/articles/alt/index.md:7: warning: the image tram.jpg has no alt text");
    }

    @Test
    void remoteImagesStayAsTheyAre() throws Exception {
        TestSite site = new TestSite(root)
                .article("remote.md", "title: Remote\ndate: 2026-11-01\nimage: https://cdn.example.com/a.jpg",
                        "![A map](https://cdn.example.com/map.png)\n")
                .build();
        Document page = site.page("articles/remote/");
        Element img = page.selectFirst(".article-body img");
        assertThat(img.attr("src")).isEqualTo("https://cdn.example.com/map.png");
        assertThat(img.hasAttr("srcset")).isFalse();
        assertThat(page.selectFirst(".lead-figure img").attr("src")).isEqualTo("https://cdn.example.com/a.jpg");
        assertThat(page.selectFirst("meta[property=og:image]").attr("content"))
                .isEqualTo("https://cdn.example.com/a.jpg");
    }
}
