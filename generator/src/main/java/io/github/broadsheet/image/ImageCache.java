package io.github.broadsheet.image;

import io.github.broadsheet.digest.ContentHash;
import io.github.broadsheet.files.CacheAge;
import io.github.broadsheet.files.FileTrees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Derivatives on disk, one folder per source content and settings ({@code <folder>/<key>/}: the derivative files and
 * an {@code image.txt} listing them with the original's size). An entry is written in a temporary folder and moved
 * into place whole, so a build that stops half-way, or two threads making the same image, never leave a partial
 * entry; an entry that does not read back as written (a file missing or of another size) is made again. The time of
 * an entry's index says when a build last used it ({@link CacheAge}), so that entries of photos taken out of the
 * site, or since changed, can be pruned instead of piling up.
 */
final class ImageCache {

    private static final String INDEX = "image.txt";
    private static final String SIGNATURE = "broadsheet-image-cache/1";
    private static final Pattern ENTRY = Pattern.compile("[0-9a-f]{32}");

    private final Path folder;

    ImageCache(Path folder) {
        this.folder = folder;
    }

    /** An entry's key: the source's hash and the settings, hashed together, as 32 hex digits. */
    static String key(byte[] contentHash, String settings) {
        byte[] settingsBytes = (SIGNATURE + " " + settings).getBytes(StandardCharsets.UTF_8);
        byte[] both = new byte[contentHash.length + settingsBytes.length];
        System.arraycopy(contentHash, 0, both, 0, contentHash.length);
        System.arraycopy(settingsBytes, 0, both, contentHash.length, settingsBytes.length);
        return HexFormat.of().formatHex(ContentHash.of(both));
    }

    /** The entry as it was written, or empty when there is none or it is incomplete. */
    Optional<Entry> read(String key) {
        Path dir = folder.resolve(key);
        Path index = dir.resolve(INDEX);
        if (!Files.isRegularFile(index)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(index, StandardCharsets.UTF_8);
            if (lines.size() < 3 || !lines.get(0).equals(SIGNATURE)) {
                return Optional.empty();
            }
            String[] original = lines.get(1).split(" ");
            List<Derivative> derivatives = new ArrayList<>();
            for (String line : lines.subList(2, lines.size())) {
                String[] f = line.split(" ");
                Path file = dir.resolve(f[3]);
                long bytes = Long.parseLong(f[4]);
                if (!Files.isRegularFile(file) || Files.size(file) != bytes) {
                    return Optional.empty();
                }
                derivatives.add(new Derivative(Integer.parseInt(f[0]), Integer.parseInt(f[1]), f[2], file, bytes));
            }
            CacheAge.used(index);
            return Optional.of(new Entry(Integer.parseInt(original[0]), Integer.parseInt(original[1]), derivatives));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Stores the derivatives' bytes under the key and returns the entry as stored.
     *
     * @param files one file name and content per derivative, in the order of {@code sizes}
     */
    Entry write(String key, int width, int height, List<Derivative> sizes, List<byte[]> files) throws IOException {
        Files.createDirectories(folder);
        Path dir = folder.resolve(key);
        Path temporary = folder.resolve(".tmp-" + key + "-" + UUID.randomUUID());
        Files.createDirectory(temporary);
        try {
            StringBuilder index = new StringBuilder(SIGNATURE).append('\n').append(width).append(' ').append(height)
                    .append('\n');
            List<Derivative> stored = new ArrayList<>();
            for (int i = 0; i < sizes.size(); i++) {
                Derivative d = sizes.get(i);
                String name = d.width() + "." + d.format();
                Files.write(temporary.resolve(name), files.get(i));
                index.append(d.width()).append(' ').append(d.height()).append(' ').append(d.format()).append(' ')
                        .append(name).append(' ').append(files.get(i).length).append('\n');
                stored.add(new Derivative(d.width(), d.height(), d.format(), dir.resolve(name), files.get(i).length));
            }
            Files.writeString(temporary.resolve(INDEX), index, StandardCharsets.UTF_8);
            if (Files.exists(dir)) {
                // Incomplete (read() refused it) or just written by another thread for the same content.
                if (read(key).isPresent()) {
                    return read(key).get();
                }
                FileTrees.delete(dir);
            }
            try {
                try {
                    Files.move(temporary, dir, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, dir);
                }
            } catch (IOException e) {
                // Another thread or build put the same entry in place since the check above (Linux says so with
                // "Directory not empty", a plain FileSystemException): its bytes are ours.
                Optional<Entry> theirs = read(key);
                if (theirs.isPresent()) {
                    return theirs.get();
                }
                throw e;
            }
            return new Entry(width, height, stored);
        } finally {
            if (Files.exists(temporary)) {
                FileTrees.delete(temporary);
            }
        }
    }

    /**
     * Deletes the entries no build has used for {@code unused}, and the temporary folders of builds that stopped
     * half-way a day ago or more. Only folders named as this cache names them are looked at.
     *
     * @return how many folders were deleted
     */
    int prune(Instant now, Duration unused) throws IOException {
        return CacheAge.prune(folder, now, unused, dir -> {
            if (!ENTRY.matcher(dir.getFileName().toString()).matches()) {
                return Optional.empty();
            }
            Path index = dir.resolve(INDEX);
            return Optional.of(Files.isRegularFile(index) ? index : dir);
        }, name -> name.startsWith(".tmp-"));
    }

    /** A cache entry: the original's displayed size and the derivatives. */
    record Entry(int width, int height, List<Derivative> derivatives) {
    }
}
