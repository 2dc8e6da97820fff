package io.github.broadsheet.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * When a build last used a file of the build cache, kept as the file's modification time, so that entries no build
 * uses any more (a photo taken out of the site, a card of a headline since changed) can be pruned instead of piling
 * up. The time is renewed at most once a day: an unchanged rebuild does not rewrite every entry's time.
 */
public final class CacheAge {

    /** How old an entry's time may get before a use renews it; also how long a half-written entry is left alone. */
    public static final Duration RENEW_AFTER = Duration.ofDays(1);

    private CacheAge() {
    }

    /** Marks the file as used now, unless that was said less than a day ago. */
    public static void used(Path file) {
        try {
            Instant now = Instant.now();
            if (Files.getLastModifiedTime(file).toInstant().isBefore(now.minus(RENEW_AFTER))) {
                Files.setLastModifiedTime(file, FileTime.from(now));
            }
        } catch (IOException e) {
            // A cache that cannot be touched (read-only) still serves; its entries just look older.
        }
    }

    /**
     * Deletes the entries of a cache folder that no build has used for {@code unused}, and half-written ones a day
     * old or more (left by a build that stopped); anything else in the folder stays.
     *
     * @param usedAt  for a child of the folder: the file whose time says when that entry was last used, or empty
     *                when the child is not an entry
     * @param partial whether a child's name is that of a half-written entry
     * @return how many entries were deleted
     */
    public static int prune(Path folder, Instant now, Duration unused, Function<Path, Optional<Path>> usedAt,
                            Predicate<String> partial) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        List<Path> stale = new ArrayList<>();
        try (Stream<Path> children = Files.list(folder)) {
            for (Path child : (Iterable<Path>) children::iterator) {
                Optional<Path> dated = usedAt.apply(child);
                if (dated.isPresent() ? unusedFor(dated.get(), now, unused)
                        : partial.test(child.getFileName().toString()) && unusedFor(child, now, RENEW_AFTER)) {
                    stale.add(child);
                }
            }
        }
        for (Path entry : stale) {
            FileTrees.delete(entry);
        }
        return stale.size();
    }

    /** Whether no build has used the file (or folder) for {@code unused} before {@code now}. */
    public static boolean unusedFor(Path file, Instant now, Duration unused) throws IOException {
        return Files.getLastModifiedTime(file).toInstant().isBefore(now.minus(unused));
    }
}
