package io.github.broadsheet.incremental;

import io.github.broadsheet.digest.ContentHash;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Size, modification time and {@link ContentHash} of every file below some roots (folders or single files), keyed
 * by the root's position in the list and the file's path below it. Content is what counts: a file whose size and
 * time match the previous fingerprint keeps its previous hash without being read, unless its time lies so close
 * to when that fingerprint was taken that an edit in the same clock tick could hide behind it ("racy" files, as
 * git calls them); every other file is read and hashed, so touching a file changes nothing.
 */
public final class FileFingerprints {

    /** How close to the fingerprint's own time a modification time must be to be distrusted. */
    static final long RACY_NANOS = TimeUnit.SECONDS.toNanos(2);

    /** One file: its size, modification time (nanoseconds since the epoch) and content hash. */
    public record Entry(long size, long modified, byte[] hash) {

        boolean sameContent(Entry other) {
            return size == other.size && Arrays.equals(hash, other.hash);
        }
    }

    private FileFingerprints() {
    }

    /**
     * Fingerprints every regular file below {@code roots} (missing roots contribute nothing).
     *
     * @param previous  an earlier fingerprint whose hashes may be reused, or an empty map
     * @param takenAt   when {@code previous} was taken (nanoseconds since the epoch)
     * @throws IOException when a folder or file cannot be read: the fingerprint would not be trustworthy
     */
    public static Map<String, Entry> take(List<Path> roots, Map<String, Entry> previous, long takenAt)
            throws IOException {
        Map<String, long[]> stats = new HashMap<>();
        Map<String, Path> files = new HashMap<>();
        for (int r = 0; r < roots.size(); r++) {
            Path root = roots.get(r);
            if (!Files.exists(root)) {
                continue;
            }
            String label = Integer.toString(r);
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (attrs.isRegularFile()) {
                                String key = label + "|" + root.relativize(file);
                                stats.put(key, new long[] {attrs.size(), attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS)});
                                files.put(key, file);
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                            throw e;
                        }
                    });
        }
        Map<String, Entry> result = new HashMap<>();
        try {
            stats.entrySet().parallelStream().map(stat -> {
                long size = stat.getValue()[0];
                long modified = stat.getValue()[1];
                Entry old = previous.get(stat.getKey());
                if (old != null && old.size == size && old.modified == modified && modified < takenAt - RACY_NANOS) {
                    return Map.entry(stat.getKey(), old);
                }
                return Map.entry(stat.getKey(), new Entry(size, modified, hash(files.get(stat.getKey()))));
            }).toList().forEach(entry -> result.put(entry.getKey(), entry.getValue()));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return result;
    }

    /** Whether both fingerprints list the same files with the same content (times may differ). */
    public static boolean sameContent(Map<String, Entry> a, Map<String, Entry> b) {
        if (!a.keySet().equals(b.keySet())) {
            return false;
        }
        for (Map.Entry<String, Entry> entry : a.entrySet()) {
            if (!entry.getValue().sameContent(b.get(entry.getKey()))) {
                return false;
            }
        }
        return true;
    }

    private static byte[] hash(Path file) {
        try {
            return ContentHash.of(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
