package io.github.broadsheet.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImagePipelineTest {

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve("content").resolve(name);
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }

    private ImagePipeline pipeline(String cache) {
        return new ImagePipeline(ImageConfig.defaults(), dir.resolve(cache));
    }

    private static ImageResult.Raster raster(ImageResult result) {
        assertThat(result).isInstanceOf(ImageResult.Raster.class);
        return (ImageResult.Raster) result;
    }

    private static BufferedImage read(Derivative derivative) throws IOException {
        return ImageIO.read(derivative.file().toFile());
    }

    private static String text(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
    }

    @Test
    void makesEachWidthWithItsHeightAsJpeg() throws IOException {
        Path photo = write("photo.jpg", TestImages.jpeg(TestImages.photo(3000, 2000, 1)));
        ImageResult.Raster result = raster(pipeline("cache").process(ImageSource.of(photo)));
        assertThat(result.width()).isEqualTo(3000);
        assertThat(result.height()).isEqualTo(2000);
        assertThat(result.fromCache()).isFalse();
        assertThat(result.contentHash()).hasSize(32);
        assertThat(result.derivatives()).extracting(Derivative::width, Derivative::height, Derivative::format)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(480, 320, "jpg"),
                        org.assertj.core.groups.Tuple.tuple(800, 533, "jpg"),
                        org.assertj.core.groups.Tuple.tuple(1200, 800, "jpg"),
                        org.assertj.core.groups.Tuple.tuple(1600, 1067, "jpg"));
        for (Derivative d : result.derivatives()) {
            BufferedImage image = read(d);
            assertThat(image.getWidth()).isEqualTo(d.width());
            assertThat(image.getHeight()).isEqualTo(d.height());
            assertThat(Files.size(d.file())).isEqualTo(d.bytes());
            assertThat(d.file()).startsWith(dir.resolve("cache"));
        }
        assertThat(result.largest().width()).isEqualTo(1600);
        // The colours survive the scaling: the top left is the gradient's start (r 60, g 90, b 200, with noise).
        int rgb = read(result.derivatives().get(0)).getRGB(2, 2);
        assertThat(rgb >> 16 & 0xFF).isBetween(40, 90);
        assertThat(rgb & 0xFF).isBetween(175, 225);
    }

    @Test
    void neverUpscales() throws IOException {
        ImagePipeline pipeline = pipeline("cache");
        ImageResult.Raster small = raster(pipeline.process(ImageSource.of(
                write("small.jpg", TestImages.jpeg(TestImages.photo(300, 200, 2))))));
        assertThat(small.derivatives()).extracting(Derivative::width, Derivative::height)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(300, 200));
        ImageResult.Raster medium = raster(pipeline.process(ImageSource.of(
                write("medium.jpg", TestImages.jpeg(TestImages.photo(1000, 750, 3))))));
        assertThat(medium.derivatives()).extracting(Derivative::width).containsExactly(480, 800, 1000);
        assertThat(medium.largest().height()).isEqualTo(750);
    }

    @Test
    void appliesTheExifOrientation() throws IOException {
        ImagePipeline pipeline = pipeline("cache");
        for (boolean bigEndian : new boolean[] {true, false}) {
            // Stored 600x400 with the left half red; orientation 6 means "turn a quarter clockwise to view".
            Path file = write("turned-" + bigEndian + ".jpg",
                    TestImages.jpegWithExif(TestImages.halves(600, 400), 6, bigEndian));
            ImageResult.Raster result = raster(pipeline.process(ImageSource.of(file)));
            assertThat(result.width()).isEqualTo(400);
            assertThat(result.height()).isEqualTo(600);
            Derivative d = result.largest();
            assertThat(d.width()).isEqualTo(400);
            assertThat(d.height()).isEqualTo(600);
            BufferedImage image = read(d);
            assertThat(image.getRGB(200, 100) >> 16 & 0xFF).as("top is red").isGreaterThan(200);
            assertThat(image.getRGB(200, 500) & 0xFF).as("bottom is blue").isGreaterThan(200);
        }
    }

    @Test
    void everyOrientationTurnsPixelsAsTheExifSpecificationSays() {
        // 3x2 with distinct pixels: a b c / d e f.
        BufferedImage image = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
        int[] px = {1, 2, 3, 4, 5, 6};
        for (int i = 0; i < 6; i++) {
            image.setRGB(i % 3, i / 3, px[i]);
        }
        String[] expected = {
                null, "1 2 3/4 5 6", "3 2 1/6 5 4", "6 5 4/3 2 1", "4 5 6/1 2 3",
                "1 4/2 5/3 6", "4 1/5 2/6 3", "6 3/5 2/4 1", "3 6/2 5/1 4"};
        for (int orientation = 1; orientation <= 8; orientation++) {
            BufferedImage turned = Downscaler.orient(image, orientation);
            StringBuilder rows = new StringBuilder();
            for (int y = 0; y < turned.getHeight(); y++) {
                for (int x = 0; x < turned.getWidth(); x++) {
                    rows.append(turned.getRGB(x, y) & 0xFF).append(x + 1 < turned.getWidth() ? " " : "");
                }
                rows.append(y + 1 < turned.getHeight() ? "/" : "");
            }
            assertThat(rows.toString()).as("orientation %d", orientation).isEqualTo(expected[orientation]);
        }
    }

    @Test
    void stripsEveryMetadataUnlessAskedToKeepIt() throws IOException {
        byte[] source = TestImages.jpegWithExif(TestImages.photo(900, 600, 4), 1, true);
        assertThat(new String(source, StandardCharsets.ISO_8859_1)).contains("Exif").contains("SecretCam");
        Path file = write("camera.jpg", source);
        for (Derivative d : raster(pipeline("stripped").process(ImageSource.of(file))).derivatives()) {
            assertThat(text(d.file())).doesNotContain("Exif").doesNotContain("SecretCam");
            assertThat(Exif.of(Files.readAllBytes(d.file()))).isEqualTo(Exif.NONE);
        }
        ImagePipeline keeping = new ImagePipeline(new ImageConfig(ImageConfig.DEFAULT_WIDTHS, 0.82f, true),
                dir.resolve("kept"));
        for (Derivative d : raster(keeping.process(ImageSource.of(file))).derivatives()) {
            assertThat(text(d.file())).contains("Exif").contains("SecretCam");
            assertThat(ImageIO.read(d.file().toFile()).getWidth()).isEqualTo(d.width());
        }
        // Kept from a turned photo, the block says "normal": the pixels are turned already.
        Path turned = write("turned.jpg", TestImages.jpegWithExif(TestImages.halves(600, 400), 8, false));
        Derivative d = raster(keeping.process(ImageSource.of(turned))).largest();
        assertThat(Exif.of(Files.readAllBytes(d.file())).orientation()).isEqualTo(1);
        assertThat(Exif.of(Files.readAllBytes(turned)).orientation()).isEqualTo(8);
    }

    @Test
    void transparentImagesStayPngAndOpaqueOnesBecomeJpeg() throws IOException {
        BufferedImage logo = new BufferedImage(1000, 500, BufferedImage.TYPE_INT_ARGB);
        java.awt.Graphics2D g = logo.createGraphics();
        g.setColor(new java.awt.Color(200, 30, 30, 255));
        g.fillOval(100, 50, 800, 400);
        g.dispose();
        ImagePipeline pipeline = pipeline("cache");
        ImageResult.Raster transparent = raster(pipeline.process(ImageSource.of(write("logo.png", TestImages.png(logo)))));
        assertThat(transparent.derivatives()).extracting(Derivative::format).containsOnly("png");
        BufferedImage small = read(transparent.derivatives().get(0));
        assertThat(small.getColorModel().hasAlpha()).isTrue();
        assertThat(small.getRGB(0, 0) >>> 24).as("corner stays transparent").isZero();
        assertThat(small.getRGB(240, 120) >>> 24).as("middle stays opaque").isEqualTo(0xFF);
        assertThat(small.getRGB(240, 120) >> 16 & 0xFF).as("no dark fringe from the transparent black").isGreaterThan(190);

        BufferedImage opaque = new BufferedImage(1000, 500, BufferedImage.TYPE_INT_ARGB);
        opaque.createGraphics().drawImage(TestImages.photo(1000, 500, 5), 0, 0, null);
        ImageResult.Raster photo = raster(pipeline.process(ImageSource.of(write("screen.png", TestImages.png(opaque)))));
        assertThat(photo.derivatives()).extracting(Derivative::format).containsOnly("jpg");
    }

    /**
     * Copies of a photo taken out of the site stay until no build has used them for the time given; a photo in use
     * is never pruned, however old its copies (using it renews them); other files in the cache folder stay.
     */
    @Test
    void copiesNoBuildUsedArePrunedAfterTheirTime() throws IOException {
        Path used = write("used.jpg", TestImages.jpeg(TestImages.photo(600, 400, 11)));
        Path gone = write("gone.jpg", TestImages.jpeg(TestImages.photo(600, 400, 12)));
        Path cache = dir.resolve("cache");
        ImagePipeline first = pipeline("cache");
        Path usedCopy = raster(first.process(ImageSource.of(used))).derivatives().get(0).file();
        Path goneCopy = raster(first.process(ImageSource.of(gone))).derivatives().get(0).file();
        Path cards = Files.createDirectories(cache.resolve("cards"));
        FileTime fortyDaysAgo = FileTime.from(Instant.now().minus(Duration.ofDays(40)));
        for (Path copy : List.of(usedCopy, goneCopy)) {
            Files.setLastModifiedTime(copy.resolveSibling("image.txt"), fortyDaysAgo);
        }
        Files.setLastModifiedTime(cards, fortyDaysAgo);

        ImagePipeline next = pipeline("cache");
        assertThat(next.process(ImageSource.of(used))).isInstanceOf(ImageResult.Raster.class);
        assertThat(next.encodedImages()).as("from the cache").isZero();
        assertThat(next.pruneCache(Duration.ofDays(30))).isEqualTo(1);

        assertThat(usedCopy).exists();
        assertThat(goneCopy.getParent()).doesNotExist();
        assertThat(cards).exists();
        assertThat(next.pruneCache(Duration.ofDays(30))).isZero();
    }

    @Test
    void sameBytesFromSeparatePipelinesAndCaches() throws IOException {
        List<ImageSource> sources = List.of(
                ImageSource.of(write("a.jpg", TestImages.jpeg(TestImages.photo(2000, 1500, 6)))),
                ImageSource.of(write("b.jpg", TestImages.jpegWithExif(TestImages.photo(1300, 900, 7), 6, false))),
                ImageSource.of(write("c.png", TestImages.png(TestImages.photo(900, 900, 8)))));
        List<ImageResult> first = pipeline("one").process(sources);
        List<ImageResult> second = pipeline("two").process(sources);
        for (int i = 0; i < sources.size(); i++) {
            List<Derivative> a = raster(first.get(i)).derivatives();
            List<Derivative> b = raster(second.get(i)).derivatives();
            assertThat(b).hasSameSizeAs(a);
            for (int j = 0; j < a.size(); j++) {
                assertThat(a.get(j).file()).isNotEqualTo(b.get(j).file());
                assertThat(Files.readAllBytes(b.get(j).file())).isEqualTo(Files.readAllBytes(a.get(j).file()));
            }
        }
    }

    @Test
    void sameBytesFromAnotherJvm() throws Exception {
        Path file = write("jvm.jpg", TestImages.jpegWithExif(TestImages.photo(1700, 1100, 9), 3, true));
        List<Derivative> here = raster(pipeline("here").process(ImageSource.of(file))).derivatives();
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), Run.class.getName(),
                dir.resolve("there").toString(), file.toString())
                .redirectErrorStream(true).start();
        String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(log).isZero();
        List<String> lines = log.lines().toList();
        assertThat(lines).hasSameSizeAs(here);
        for (int i = 0; i < here.size(); i++) {
            assertThat(Files.readAllBytes(Path.of(lines.get(i)))).isEqualTo(Files.readAllBytes(here.get(i).file()));
        }
    }

    /** The pipeline in a JVM of its own: prints each derivative's file. */
    public static final class Run {
        public static void main(String[] args) {
            ImageResult result = new ImagePipeline(ImageConfig.defaults(), Path.of(args[0]))
                    .process(ImageSource.of(Path.of(args[1])));
            for (Derivative d : ((ImageResult.Raster) result).derivatives()) {
                System.out.println(d.file());
            }
        }
    }

    @Test
    void anUnchangedImageIsReadFromTheCache() throws IOException {
        List<ImageSource> sources = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            sources.add(ImageSource.of(write("p" + i + ".jpg", TestImages.jpeg(TestImages.photo(1200, 800, 10 + i)))));
        }
        ImagePipeline cold = pipeline("cache");
        List<ImageResult> made = cold.process(sources);
        assertThat(cold.encodedImages()).isEqualTo(4);

        ImagePipeline warm = pipeline("cache");
        List<ImageResult> again = warm.process(sources);
        assertThat(warm.encodedImages()).isZero();
        assertThat(again).allSatisfy(r -> assertThat(raster(r).fromCache()).isTrue());
        assertThat(again).extracting(r -> raster(r).derivatives()).isEqualTo(
                made.stream().map(r -> raster(r).derivatives()).toList());

        // The hash the build already has (its input fingerprints) is used as it is: the file is not even read.
        byte[] hash = io.github.broadsheet.digest.ContentHash.of(sources.get(0).file());
        ImagePipeline known = pipeline("cache");
        assertThat(raster(known.process(new ImageSource(sources.get(0).file(), hash))).fromCache()).isTrue();

        // Another setting is another cache entry.
        ImagePipeline other = new ImagePipeline(new ImageConfig(List.of(640), 0.82f, false), dir.resolve("cache"));
        assertThat(raster(other.process(sources.get(0))).derivatives()).extracting(Derivative::width)
                .containsExactly(640);
        assertThat(other.encodedImages()).isEqualTo(1);

        // A damaged entry is made again, not trusted.
        Files.delete(raster(made.get(1)).derivatives().get(0).file());
        ImagePipeline repair = pipeline("cache");
        assertThat(raster(repair.process(sources.get(1))).fromCache()).isFalse();
        assertThat(repair.encodedImages()).isEqualTo(1);
        assertThat(raster(made.get(1)).derivatives().get(0).file()).isRegularFile();
        // Nothing half-written is left in the cache folder.
        try (var files = Files.list(dir.resolve("cache"))) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.startsWith(".tmp"));
        }
    }

    @Test
    void gifSvgAndWebpPassThroughWithTheirSize() throws IOException {
        ImagePipeline pipeline = pipeline("cache");
        assertThat(pipeline.process(ImageSource.of(write("anim.gif", TestImages.gif(320, 240)))))
                .isEqualTo(new ImageResult.PassThrough(dir.resolve("content/anim.gif"), "gif", 320, 240));
        assertThat(pipeline.process(ImageSource.of(write("chart.svg", """
                <?xml version="1.0"?>
                <svg xmlns="http://www.w3.org/2000/svg" width="640px" height="360"><rect/></svg>
                """.getBytes(StandardCharsets.UTF_8))))).extracting("width", "height").containsExactly(640, 360);
        assertThat(pipeline.process(ImageSource.of(write("box.svg",
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 120.4 80\"/>".getBytes(StandardCharsets.UTF_8)))))
                .extracting("width", "height").containsExactly(120, 80);
        assertThat(pipeline.process(ImageSource.of(write("half.svg",
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100%\" viewBox=\"0 0 40 30\"/>".getBytes(StandardCharsets.UTF_8)))))
                .extracting("width", "height").containsExactly(40, 30);
        assertThat(pipeline.process(ImageSource.of(write("photo.webp", TestImages.webpLossless(1024, 683)))))
                .extracting("format", "width", "height").containsExactly("webp", 1024, 683);
        // An SVG is the author's: its DTD and external entities are never read.
        ImageResult hostile = pipeline.process(ImageSource.of(write("xxe.svg", ("<?xml version=\"1.0\"?>"
                + "<!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"20\">&x;</svg>").getBytes(StandardCharsets.UTF_8))));
        assertThat(hostile).isInstanceOf(ImageResult.PassThrough.class);
        assertThat(pipeline.encodedImages()).isZero();
    }

    @Test
    void missingDamagedOrForeignFilesFailWithAMessageNamingThem() throws IOException {
        ImagePipeline pipeline = pipeline("cache");
        assertThat(pipeline.process(ImageSource.of(dir.resolve("content/gone.jpg"))))
                .isEqualTo(new ImageResult.Failed(dir.resolve("content/gone.jpg"), "the image gone.jpg does not exist"));
        ImageResult text = pipeline.process(ImageSource.of(write("notes.jpg", "just text".getBytes(StandardCharsets.UTF_8))));
        assertThat(((ImageResult.Failed) text).message())
                .isEqualTo("the file notes.jpg is not an image Broadsheet can use (JPEG, PNG, GIF, SVG or WebP)");
        byte[] damaged = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xC0, 0, 3, 1, 2, 3, 4, 5};
        ImageResult broken = pipeline.process(ImageSource.of(write("broken.jpg", damaged)));
        assertThat(((ImageResult.Failed) broken).message()).startsWith("the image broken.jpg is damaged: ");
        ImageResult bomb = pipeline.process(ImageSource.of(write("bomb.png", TestImages.pngClaiming(20000, 20000))));
        assertThat(((ImageResult.Failed) bomb).message())
                .isEqualTo("the image bomb.png is 20000x20000 pixels; at most 100 megapixels can be resized");
        assertThat(pipeline.encodedImages()).isZero();
    }

    @Test
    void aSmallMemoryBudgetStillProcessesEveryImage() throws IOException {
        List<ImageSource> sources = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            sources.add(ImageSource.of(write("m" + i + ".jpg", TestImages.jpeg(TestImages.photo(1600, 1000, 20 + i)))));
        }
        // 1 MB: each image needs more, so they are decoded one at a time, and none waits forever.
        ImagePipeline pipeline = new ImagePipeline(ImageConfig.defaults(), dir.resolve("cache"), 1 << 20);
        assertThat(pipeline.process(sources)).allSatisfy(r -> assertThat(raster(r).derivatives()).hasSize(4));
        assertThat(pipeline.encodedImages()).isEqualTo(6);
    }

    @Test
    void refusesSettingsThatMakeNoSense() {
        for (Runnable bad : List.<Runnable>of(
                () -> new ImageConfig(List.of(), 0.8f, false),
                () -> new ImageConfig(List.of(800, 480), 0.8f, false),
                () -> new ImageConfig(List.of(4), 0.8f, false),
                () -> new ImageConfig(List.of(480), 1.5f, false))) {
            org.assertj.core.api.Assertions.assertThatThrownBy(bad::run).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
