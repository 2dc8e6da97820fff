package io.github.broadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.broadsheet.image.TestImages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pictures and embeds across builds (#17): the cache, incremental equals clean, identical bytes; embeds. */
class MediaRebuildTest {

    @TempDir
    Path dir;

    private TestSite site(String name) throws IOException {
        return new TestSite(dir.resolve(name))
                .configure(b -> b.media(new io.github.broadsheet.config.SiteConfig.Media(
                        io.github.broadsheet.image.ImageConfig.defaults(), true)))
                .article("tram/index.md", "title: Tram\ndate: 2026-11-01\nimage: depot.jpg\nimage_alt: Depot",
                        "![The first tram](tram.png \"Opening day\")\n")
                .bytes("content/articles/tram/depot.jpg", TestImages.jpeg(TestImages.photo(1700, 1000, 1)))
                .bytes("content/articles/tram/tram.png", TestImages.png(TestImages.halves(900, 600)))
                .article("bus.md", "title: Bus\ndate: 2026-10-01", "Text.\n");
    }

    private static Map<String, String> files(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(file).toString(),
                        io.github.broadsheet.digest.Sha256.hex(Files.readAllBytes(file), 64));
            }
        }
        return out;
    }

    @Test
    void aRebuildEncodesNoUnchangedImageAndEqualsACleanBuild() throws Exception {
        TestSite site = site("incremental").configure(b -> b.cacheDirectory(Path.of("target/cache"))).build();
        assertThat(site.report().notes()).anyMatch(n -> n.startsWith("images encoded: 2,"));
        // Another article changes: the images come from the cache.
        site.article("bus.md", "title: Bus\ndate: 2026-10-01", "Other text.\n").build();
        assertThat(site.report().upToDate()).isFalse();
        assertThat(site.report().notes()).anyMatch(n -> n.startsWith("images encoded: 0, social cards drawn: 0"));
        TestSite clean = site("clean").article("bus.md", "title: Bus\ndate: 2026-10-01", "Other text.\n").build();
        assertThat(files(site.output())).isEqualTo(files(clean.output()));
        // One image changes: only it is encoded again, and the page names its new copies.
        String before = site.page("articles/tram/").selectFirst(".article-body img").attr("src");
        site.bytes("content/articles/tram/tram.png", TestImages.png(TestImages.halves(800, 600))).build();
        assertThat(site.report().notes()).anyMatch(n -> n.startsWith("images encoded: 1,"));
        assertThat(site.page("articles/tram/").selectFirst(".article-body img").attr("src")).isNotEqualTo(before);
        assertThat(site.output().resolve(before.substring("/news/".length()))).doesNotExist();
    }

    @Test
    void twoCleanBuildsWriteTheSameBytes() throws Exception {
        assertThat(files(site("one").build().output())).isEqualTo(files(site("two").build().output()));
    }

    @Test
    void embedsLoadNothingFromAnotherHostBeforeAClick() throws Exception {
        TestSite site = new TestSite(dir.resolve("embeds"))
                .article("video/index.md", "title: Video\ndate: 2026-11-01", """
                        ::youtube{id="dQw4w9WgXcQ" title="Tram line 4 opens" poster="poster.jpg"}

                        ::video{src="/media/clip.mp4" poster="/media/clip.jpg" title="The first tram"}
                        """)
                .bytes("content/articles/video/poster.jpg", TestImages.jpeg(TestImages.photo(1280, 720, 4)))
                .file("static/media/clip.mp4", "not a real video")
                .bytes("static/media/clip.jpg", TestImages.jpeg(TestImages.photo(640, 360, 5)))
                .article("plain.md", "title: Plain\ndate: 2026-10-01", "Text.\n")
                .build();
        Document page = site.page("articles/video/");
        assertThat(page.select("iframe")).isEmpty();
        assertThat(page.select("[src*=youtube], [srcset*=youtube], link[href*=youtube], script[src*=youtube]"))
                .isEmpty();
        Element load = page.selectFirst("figure.embed-youtube a.embed-load");
        assertThat(load.attr("data-embed-src")).startsWith("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ");
        Element poster = load.selectFirst("img");
        assertThat(poster.attr("src")).matches("/news/articles/video/poster\\.[0-9a-f]{8}-1280\\.jpg");
        assertThat(poster.attr("width")).isEqualTo("1280");
        assertThat(page.select("script[src]").eachAttr("src")).singleElement().asString()
                .matches("/news/js/embed\\.[0-9a-f]{8}\\.js");
        // Site paths of video files go under the base path.
        Element video = page.selectFirst("figure.embed-video video");
        assertThat(video.attr("src")).isEqualTo("/news/media/clip.mp4");
        assertThat(video.attr("poster")).isEqualTo("/news/media/clip.jpg");
        // Pages without an embed load no script.
        assertThat(site.page("articles/plain/").select("script[src]")).isEmpty();
        String script = Files.readString(site.output().resolve("js/embed.js"));
        assertThat(script).contains("a.embed-load").contains("data-embed-src").contains("iframe");
    }
}
