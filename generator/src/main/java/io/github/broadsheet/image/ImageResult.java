package io.github.broadsheet.image;

import java.nio.file.Path;
import java.util.List;

/** What the {@link ImagePipeline} made of one {@link ImageSource}: derivatives, a file to copy as it is, or a failure. */
public sealed interface ImageResult {

    /** The source file. */
    Path source();

    /**
     * A JPEG or PNG, resized.
     *
     * @param source      the source file
     * @param contentHash the source's content hash as hex, 32 characters (for names that change with the content)
     * @param width       the original's width as displayed (after its EXIF orientation)
     * @param height      the original's height as displayed
     * @param derivatives one per configured width (or the original's width when it is narrower), narrowest first
     * @param fromCache   the derivatives come from an earlier build; nothing was decoded or encoded
     */
    record Raster(Path source, String contentHash, int width, int height, List<Derivative> derivatives,
                  boolean fromCache) implements ImageResult {

        public Raster {
            derivatives = List.copyOf(derivatives);
        }

        /** The widest derivative, the one for {@code src}. */
        public Derivative largest() {
            return derivatives.get(derivatives.size() - 1);
        }
    }

    /**
     * A GIF, SVG or WebP: copied as it is (an animation or a drawing would lose by being resized to JPEG).
     *
     * @param source the source file
     * @param format {@code gif}, {@code svg} or {@code webp}
     * @param width  the width from the file's header, 0 when it does not say (an SVG without width or viewBox)
     * @param height the height, 0 when unknown
     */
    record PassThrough(Path source, String format, int width, int height) implements ImageResult {

        public boolean hasDimensions() {
            return width > 0 && height > 0;
        }
    }

    /**
     * The image could not be used: the message names the file and says why (missing, unreadable, not an image,
     * too large); the caller adds the article and line that refer to it.
     *
     * @param source  the source file
     * @param message e.g. {@code the image photo.jpg does not exist}
     */
    record Failed(Path source, String message) implements ImageResult {
    }
}
