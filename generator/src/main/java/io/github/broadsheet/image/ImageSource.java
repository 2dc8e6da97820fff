package io.github.broadsheet.image;

import java.nio.file.Path;

/**
 * An image file to process, with its {@link io.github.broadsheet.digest.ContentHash} when the caller has it
 * already (the build's input fingerprints keep the hash of every file whose size and time did not change, so a
 * cached rebuild reads no image at all).
 *
 * @param file        the image file
 * @param contentHash {@code ContentHash.of(file)}, or {@code null} to let the pipeline read and hash the file
 */
public record ImageSource(Path file, byte[] contentHash) {

    public ImageSource {
        contentHash = contentHash == null ? null : contentHash.clone();
    }

    /** A file whose hash the pipeline computes. */
    public static ImageSource of(Path file) {
        return new ImageSource(file, null);
    }

    @Override
    public byte[] contentHash() {
        return contentHash == null ? null : contentHash.clone();
    }
}
