package io.github.broadsheet.image;

import java.nio.file.Path;

/**
 * One resized copy of an image, a file in the pipeline's cache folder that the site writer copies into the site.
 *
 * @param width  in pixels
 * @param height in pixels
 * @param format {@code jpg} or {@code png}, also the file's extension
 * @param file   where the bytes are
 * @param bytes  the file's size
 */
public record Derivative(int width, int height, String format, Path file, long bytes) {
}
