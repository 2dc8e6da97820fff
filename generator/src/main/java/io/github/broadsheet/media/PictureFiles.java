package io.github.broadsheet.media;

import io.github.broadsheet.image.MetadataStripper;
import io.github.broadsheet.output.SiteWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Publishes the resized copies of a build's images, each original's replacement, and the files published as they
 * are (static and bundle files, authors' photos), pictures among them without their metadata. A copy's name stands for its
 * content and settings ({@link SiteImages#copyPath}), so one the last build published is kept where it is instead
 * of being copied again: copying a thousand photos' copies took seconds on every rebuild. An original's name does
 * not change with its content; its replacement is kept only when the last build published the same largest copy.
 */
public final class PictureFiles {

    private PictureFiles() {
    }

    /** Copies or keeps every file of {@code pictures} in {@code writer}'s site. */
    public static void publish(SitePictures pictures, SiteWriter writer) {
        Map<String, Path> copies = pictures.copies();
        copies.entrySet().parallelStream().forEach(copy -> copyOrKeep(writer, copy.getKey(), copy.getValue(), true));
        pictures.originals().entrySet().parallelStream().forEach(original -> {
            Path largest = copies.get(original.getValue());
            boolean sameAsLast = published(writer, original.getValue(), largest);
            copyOrKeep(writer, original.getKey(), largest, sameAsLast);
        });
    }

    /**
     * Copies files published as they are; a JPEG, PNG or WebP among them goes without its metadata (a photo in a
     * bundle that no page shows would otherwise publish where it was taken), unless {@code keepMetadata}.
     */
    public static void publishAsTheyAre(Map<String, Path> files, SiteWriter writer, boolean keepMetadata) {
        files.entrySet().parallelStream().forEach(file -> {
            if (keepMetadata || !MetadataStripper.mayCarryMetadata(file.getKey())) {
                writer.copy(file.getKey(), file.getValue());
            } else {
                // Read once: the bytes looked at are the bytes written, stripped or as they were.
                byte[] bytes = read(file.getValue());
                writer.write(file.getKey(), MetadataStripper.strip(bytes).orElse(bytes));
            }
        });
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static void copyOrKeep(SiteWriter writer, String path, Path file, boolean mayKeep) {
        if (mayKeep && published(writer, path, file)) {
            writer.keep(path);
        } else {
            writer.copy(path, file);
        }
    }

    /** Whether the last build's output has this file at {@code path}, with the same size. */
    private static boolean published(SiteWriter writer, String path, Path file) {
        try {
            Path previous = writer.previous(path);
            return Files.isRegularFile(previous) && Files.size(previous) == Files.size(file);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
