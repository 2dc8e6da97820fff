package io.github.broadsheet.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CardRendererTest {

    private static final String FONTS = "broadsheet/themes/default/fonts/";
    private static final CardText TEXT = new CardText(
            "Tram line 4 reopens after two years of work on the Kölner Ring — Zażółć gęślą jaźń",
            "Transport", "The Daily Broadsheet");

    /** Antialiased, fractional metrics: as the renderer's graphics measure text. */
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    @TempDir
    Path dir;

    static CardFonts themeFonts() throws IOException {
        ClassLoader loader = CardRendererTest.class.getClassLoader();
        try (InputStream regular = loader.getResourceAsStream(FONTS + "Inter_400Regular.ttf");
             InputStream bold = loader.getResourceAsStream(FONTS + "Inter_700Bold.ttf")) {
            assertThat(regular).as("the default theme ships Inter").isNotNull();
            return CardFonts.load(regular, bold);
        }
    }

    @Test
    void theDefaultThemeShipsInterWithItsLicence() throws IOException {
        CardFonts fonts = themeFonts();
        assertThat(fonts.regular().getFamily(java.util.Locale.ROOT)).isEqualTo("Inter");
        assertThat(fonts.bold().getFontName(java.util.Locale.ROOT)).isEqualTo("Inter Bold");
        try (InputStream licence = getClass().getClassLoader().getResourceAsStream(FONTS + "OFL.txt")) {
            assertThat(new String(licence.readAllBytes(), StandardCharsets.UTF_8))
                    .contains("SIL Open Font License, Version 1.1").contains("The Inter Project Authors");
        }
        // Latin Extended: the card's words in Polish, Czech, Turkish and Romanian have their glyphs.
        assertThat(fonts.bold().canDisplayUpTo("Zażółć gęślą jaźń Dvořák Łódź Şişli İstanbul Ș Ț Ő")).isEqualTo(-1);
    }

    @Test
    void drawsA1200x630PngWithTheLayoutsColours() throws IOException {
        byte[] png = new CardRenderer(themeFonts()).png(TEXT, CardLayout.defaults());
        BufferedImage card = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(card.getWidth()).isEqualTo(1200);
        assertThat(card.getHeight()).isEqualTo(630);
        assertThat(card.getRGB(600, 5) & 0xFFFFFF).as("accent bar").isEqualTo(0xB3261E);
        assertThat(card.getRGB(5, 300) & 0xFFFFFF).as("background").isEqualTo(0xFDFCF9);
        // Ink where the headline is, and none in the right margin.
        assertThat(inked(card, 72, 150, 1128, 450, 0xFDFCF9)).isGreaterThan(20_000);
        assertThat(inked(card, 1140, 20, 1200, 520, 0xFDFCF9)).isZero();

        CardLayout dark = CardLayout.defaults().withColours("#141414", "#e8e6e1", "#ff8a80", "#a9a59c");
        BufferedImage night = ImageIO.read(new ByteArrayInputStream(new CardRenderer(themeFonts()).png(TEXT, dark)));
        assertThat(night.getRGB(5, 300) & 0xFFFFFF).isEqualTo(0x141414);
        assertThat(night.getRGB(600, 5) & 0xFFFFFF).isEqualTo(0xFF8A80);
    }

    @Test
    void aCardIsAPalettePngThatLooksAsJava2dDrawsIt() throws IOException {
        CardRenderer renderer = new CardRenderer(themeFonts());
        for (CardLayout layout : List.of(CardLayout.defaults(),
                CardLayout.defaults().withColours("#141414", "#e8e6e1", "#ff8a80", "#a9a59c"))) {
            BufferedImage drawn = renderer.draw(TEXT, layout);
            byte[] png = renderer.png(TEXT, layout);
            assertThat(png[25]).as("PNG colour type: palette").isEqualTo((byte) 3);
            BufferedImage written = ImageIO.read(new ByteArrayInputStream(png));
            int worst = 0;
            int off = 0;
            for (int y = 0; y < 630; y++) {
                for (int x = 0; x < 1200; x++) {
                    int a = drawn.getRGB(x, y);
                    int b = written.getRGB(x, y);
                    int most = 0;
                    for (int shift = 0; shift < 24; shift += 8) {
                        most = Math.max(most, Math.abs(((a >> shift) & 0xFF) - ((b >> shift) & 0xFF)));
                    }
                    worst = Math.max(worst, most);
                    off += most > 2 ? 1 : 0;
                }
            }
            // Glyphs are placed to a quarter pixel: some edge pixels are a shade lighter or darker, nothing moves.
            assertThat(worst).as("largest difference in a channel").isLessThan(80);
            assertThat(off).as("pixels more than 2 levels off").isLessThan(1200 * 630 / 40);
            assertThat(inked(written, 72, 150, 1128, 450, drawn.getRGB(5, 300) & 0xFFFFFF))
                    .isCloseTo(inked(drawn, 72, 150, 1128, 450, drawn.getRGB(5, 300) & 0xFFFFFF),
                            org.assertj.core.data.Percentage.withPercentage(3));
            assertThat(inked(written, 1140, 20, 1200, 520, drawn.getRGB(5, 300) & 0xFFFFFF)).isZero();
        }
    }

    private static int inked(BufferedImage image, int x0, int y0, int x1, int y1, int background) {
        int count = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) != background) {
                    count++;
                }
            }
        }
        return count;
    }

    @Test
    void aLongHeadlineIsCutWithAnEllipsisOnItsLastLine() throws IOException {
        Font bold = themeFonts().bold().deriveFont(66f);
        String longest = "The council votes tonight on the budget for the new tram depot, the bridge repairs, the"
                + " school buildings, the library's opening hours and the price of a monthly ticket for students";
        List<String> all = CardRenderer.breakLines(longest, bold, 1056, FRC);
        assertThat(all.size()).isGreaterThan(4);
        var lines = CardRenderer.lines(longest, bold, 1056, 4, FRC);
        assertThat(lines).hasSize(4);
        for (var line : lines) {
            assertThat(line.getAdvance()).isLessThanOrEqualTo(1056f);
        }
        assertThat(CardRenderer.lines("Short headline", bold, 1056, 4, FRC)).hasSize(1);
        // A word longer than a line is broken inside rather than drawn past the edge.
        for (var line : CardRenderer.lines("Donaudampfschifffahrtsgesellschaftskapitänswitwenrentenkasse",
                bold, 600, 3, FRC)) {
            assertThat(line.getAdvance()).isLessThanOrEqualTo(600f);
        }
    }

    @Test
    void theEllipsisEndsTheLastLine() throws IOException {
        Font bold = themeFonts().bold().deriveFont(66f);
        String text = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen"
                + " sixteen seventeen eighteen nineteen twenty";
        List<String> all = CardRenderer.breakLines(text, bold, 700, FRC);
        List<String> lines = CardRenderer.lineTexts(text, bold, 700, 2, FRC);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo(all.get(0));
        assertThat(lines.get(1)).endsWith("\u2026").doesNotEndWith(" \u2026").startsWith(all.get(1).split(" ")[0]);
        assertThat(String.join(" ", lines).replace("\u2026", "")).isSubstringOf(text);
        assertThat(CardRenderer.lineTexts("Short headline", bold, 700, 2, FRC)).containsExactly("Short headline");
    }

    @Test
    void sameBytesFromTwoRenderersAndAnotherJvm() throws Exception {
        byte[] first = new CardRenderer(themeFonts()).png(TEXT, CardLayout.defaults());
        byte[] second = new CardRenderer(themeFonts()).png(TEXT, CardLayout.defaults());
        assertThat(second).isEqualTo(first);
        Path out = dir.resolve("card.png");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), Run.class.getName(),
                out.toString()).redirectErrorStream(true).start();
        String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(log).isZero();
        assertThat(Files.readAllBytes(out)).isEqualTo(first);
        assertThat(new CardRenderer(themeFonts()).png(new CardText("Another headline", "Transport",
                "The Daily Broadsheet"), CardLayout.defaults())).isNotEqualTo(first);
    }

    /** A card drawn in a JVM of its own. */
    public static final class Run {
        public static void main(String[] args) throws IOException {
            Files.write(Path.of(args[0]), new CardRenderer(themeFonts()).png(TEXT, CardLayout.defaults()));
        }
    }

    @Test
    void refusesLayoutsThatCannotBeDrawn() {
        for (Runnable bad : List.<Runnable>of(
                () -> CardLayout.defaults().withColours("red", "#000000", "#000000", "#000000"),
                () -> new CardLayout(1200, 630, 400, "#ffffff", "#000000", "#000000", "#000000", 0, 0, 60, 1.2f, 3, 28),
                () -> new CardLayout(1200, 630, 60, "#ffffff", "#000000", "#000000", "#000000", 0, 0, 60, 1.2f, 0, 28))) {
            org.assertj.core.api.Assertions.assertThatThrownBy(bad::run).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
