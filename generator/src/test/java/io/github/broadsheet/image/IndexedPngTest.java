package io.github.broadsheet.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class IndexedPngTest {

    private static final int[] PALETTE = {0xFDFCF9, 0xB3261E, 0x1D1D1B, 0x808080};

    /** A 300x200 picture: bands of the palette's colours with a few single pixels of another. */
    private static byte[] pixels() {
        byte[] indices = new byte[300 * 200];
        for (int y = 0; y < 200; y++) {
            for (int x = 0; x < 300; x++) {
                indices[y * 300 + x] = (byte) (y < 10 ? 1 : (x * 7 + y * 3) % 97 == 0 ? 3 : (x / 40 + y / 50) % 3 == 0 ? 2 : 0);
            }
        }
        return indices;
    }

    @Test
    void anyPngReaderSeesThePixelsAndColoursWritten() throws IOException {
        byte[] indices = pixels();
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(IndexedPng.encode(indices, 300, PALETTE)));
        assertThat(read.getWidth()).isEqualTo(300);
        assertThat(read.getHeight()).isEqualTo(200);
        assertThat(read.getColorModel()).isInstanceOf(IndexColorModel.class);
        for (int y = 0; y < 200; y++) {
            for (int x = 0; x < 300; x++) {
                assertThat(read.getRGB(x, y) & 0xFFFFFF).as("pixel %d,%d", x, y)
                        .isEqualTo(PALETTE[indices[y * 300 + x]]);
            }
        }
    }

    @Test
    void samePixelsSameBytesAndNoMetadata() {
        byte[] png = IndexedPng.encode(pixels(), 300, PALETTE);
        assertThat(IndexedPng.encode(pixels(), 300, PALETTE)).isEqualTo(png);
        String chunks = new String(png, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(chunks).contains("IHDR", "PLTE", "IDAT", "IEND").doesNotContain("tIME", "tEXt", "iTXt", "zTXt");
        // Flat colours: far smaller than the 60,000 pixels.
        assertThat(png.length).isLessThan(6_000);
    }

    @Test
    void imagesOnABackdropAreReadAsTheirOwnPixelsWhereverTheBandIs() throws IOException {
        byte[] backdrop = pixels();
        IndexedPng.Backdrop frame = new IndexedPng.Backdrop(backdrop, 300, PALETTE);
        int[][] bands = {{40, 90}, {0, 30}, {170, 200}, {0, 200}, {120, 120}, {40, 90}};
        for (int[] band : bands) {
            byte[] image = backdrop.clone();
            for (int y = band[0]; y < band[1]; y++) {
                for (int x = 20; x < 280; x += 3) {
                    image[y * 300 + x] = (byte) ((x + y) % 4);
                }
            }
            byte[] png = frame.encode(image, band[0], band[1]);
            BufferedImage read = ImageIO.read(new ByteArrayInputStream(png));
            for (int y = 0; y < 200; y++) {
                for (int x = 0; x < 300; x++) {
                    assertThat(read.getRGB(x, y) & 0xFFFFFF).as("band %d-%d, pixel %d,%d", band[0], band[1], x, y)
                            .isEqualTo(PALETTE[image[y * 300 + x]]);
                }
            }
            assertThat(frame.encode(image, band[0], band[1])).isEqualTo(png);
        }
    }

    @Test
    void refusesWhatIsNotAPaletteImage() {
        assertThatThrownBy(() -> IndexedPng.encode(new byte[10], 3, PALETTE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IndexedPng.encode(new byte[10], 10, new int[257]))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
