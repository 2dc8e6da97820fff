package io.github.broadsheet.image;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageWriter;
import javax.imageio.spi.IIORegistry;
import javax.imageio.spi.ImageWriterSpi;

/**
 * PNG bytes of an image, from the JDK's own PNG writer (picked by provider, whatever else ImageIO has found) and
 * without metadata: no time, no text chunks, so the same image gives the same bytes on every run.
 */
public final class Png {

    private Png() {
    }

    /** The image as PNG. */
    public static byte[] encode(BufferedImage image) {
        ImageWriter writer;
        try {
            writer = ImageCodecs.find(IIORegistry.getDefaultInstance(), ImageWriterSpi.class,
                    ImageCodecs.JDK_PNG_WRITER).createWriterInstance();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return ImageCodecs.encode(writer, image, writer.getDefaultWriteParam());
        } finally {
            writer.dispose();
        }
    }
}
