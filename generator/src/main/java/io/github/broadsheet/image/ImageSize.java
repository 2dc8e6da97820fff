package io.github.broadsheet.image;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * The width and height of an image file in pixels, from its header only, for {@code <img width height>} of images
 * that are not processed by the {@link ImagePipeline} (author photos, for now). {@code [0, 0]} when the file does
 * not say or is no image.
 */
public final class ImageSize {

    private ImageSize() {
    }

    /** {@code [width, height]} of the image in {@code bytes}. */
    public static List<Integer> of(byte[] bytes) {
        ImageFormat format = ImageFormat.of(bytes);
        int[] size = switch (format) {
            case JPEG, PNG -> raster(bytes);
            case UNKNOWN -> new int[2];
            default -> HeaderDimensions.of(format, bytes);
        };
        return List.of(size[0], size[1]);
    }

    /** PNG and JPEG through ImageIO's reader, which reads the header without decoding the pixels. */
    private static int[] raster(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return new int[2];
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return new int[] {reader.getWidth(0), reader.getHeight(0)};
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return new int[2];
        }
    }
}
