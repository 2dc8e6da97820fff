package io.github.broadsheet.image;

import java.util.List;

/**
 * How the {@link ImagePipeline} makes derivatives. Part of every cache key: changing any setting makes new
 * derivatives rather than reusing old ones.
 *
 * @param widths       the widths in pixels to make, smallest first; an image narrower than a width gets its own
 *                     width instead (never upscaled), so a 1000 px photo gets 480, 800 and 1000
 * @param jpegQuality  JPEG quality from 0.1 to 1.0 (0.82 by default: about the size of a WebP at 80 for the same
 *                     look, with optimised Huffman tables)
 * @param keepMetadata copy a JPEG's EXIF block (camera, date, GPS position) into its JPEG derivatives, with the
 *                     orientation set to normal since the pixels are turned already; {@code false} by default, so
 *                     that published copies carry no metadata at all. Has no effect on PNG output
 */
public record ImageConfig(List<Integer> widths, float jpegQuality, boolean keepMetadata) {

    /** 480, 800, 1200 and 1600 px: phone, tablet, laptop and wide screens, also at 2x for the first two. */
    public static final List<Integer> DEFAULT_WIDTHS = List.of(480, 800, 1200, 1600);

    /** The largest width the pipeline makes, and so the largest image it has to hold. */
    public static final int MAX_WIDTH = 8192;

    public ImageConfig {
        widths = List.copyOf(widths);
        if (widths.isEmpty()) {
            throw new IllegalArgumentException("image widths: give at least one width");
        }
        for (int i = 0; i < widths.size(); i++) {
            int width = widths.get(i);
            if (width < 16 || width > MAX_WIDTH) {
                throw new IllegalArgumentException("image width " + width + " must be between 16 and " + MAX_WIDTH);
            }
            if (i > 0 && width <= widths.get(i - 1)) {
                throw new IllegalArgumentException("image widths " + widths + " must grow from smallest to largest");
            }
        }
        if (!(jpegQuality >= 0.1f && jpegQuality <= 1.0f)) {
            throw new IllegalArgumentException("JPEG quality " + jpegQuality + " must be between 0.1 and 1.0");
        }
    }

    /** 480/800/1200/1600 px, quality 0.82, no metadata. */
    public static ImageConfig defaults() {
        return new ImageConfig(DEFAULT_WIDTHS, 0.82f, false);
    }

    /** Everything the derivatives' bytes depend on besides the source, for the cache key. */
    String signature() {
        return "widths=" + widths + " quality=" + jpegQuality + " keepMetadata=" + keepMetadata;
    }
}
