package io.github.broadsheet.media;

import io.github.broadsheet.files.FileTrees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the image pipeline keeps resized copies: {@code images/} in the build cache, so that an unchanged image is
 * never encoded again; without a build cache, a temporary folder of this build, deleted when the build is done
 * (the writer has copied what the site needs by then).
 */
public final class ImageFolder implements AutoCloseable {

    private final Path folder;
    private final boolean temporary;

    private ImageFolder(Path folder, boolean temporary) {
        this.folder = folder;
        this.temporary = temporary;
    }

    /** @param cacheDirectory the build cache, or {@code null} for none */
    public static ImageFolder of(Path cacheDirectory) {
        if (cacheDirectory != null) {
            return new ImageFolder(cacheDirectory.resolve("images"), false);
        }
        try {
            return new ImageFolder(Files.createTempDirectory("broadsheet-images"), true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a temporary folder for resized images: " + e.getMessage(), e);
        }
    }

    public Path folder() {
        return folder;
    }

    /** Deletes the temporary folder (only one this class made). */
    @Override
    public void close() {
        if (!temporary) {
            return;
        }
        try {
            FileTrees.delete(folder);
        } catch (IOException e) {
            // A temporary folder left behind is the operating system's to clean; the build itself succeeded.
        }
    }
}
