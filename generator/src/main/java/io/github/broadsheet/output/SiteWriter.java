package io.github.broadsheet.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.stream.Stream;

/**
 * The only code that creates or deletes files of the site. A build writes into a fresh staging folder beside the
 * output directory; {@link #commit()} swaps it in only when the whole build succeeded, and {@link #close()}
 * without a commit removes the staging folder, leaving the previous site exactly as it was. Paths that would
 * leave the output directory are refused.
 *
 * <p>A file known to be unchanged can be {@linkplain #keep kept} instead of written again, keeping its bytes and
 * its modification time. When most files are kept (a rebuild after a small edit), swapping folders would move
 * every file and re-create every folder of the site; the commit then updates the output in place instead: the
 * build has succeeded by then, changed files are replaced one by one (each atomically), files of the last build
 * that this one did not write are removed, and the manifest is written last.
 *
 * <p>What is cleaned: the files that the previous build wrote (listed in {@value #MANIFEST}) and that this
 * build does not write again disappear. Files that someone else put into the output directory are kept.
 */
public final class SiteWriter implements AutoCloseable {

    /** Lists the files a build wrote, so the next build knows which files are its own to remove. */
    public static final String MANIFEST = ".broadsheet-manifest";

    private final Path output;
    private final Path staging;
    private final Set<String> written = new ConcurrentSkipListSet<>();
    private final Set<String> kept = new ConcurrentSkipListSet<>();
    private final Set<String> unchanged = new ConcurrentSkipListSet<>();
    private boolean committed;

    public SiteWriter(Path output) {
        this.output = output.toAbsolutePath().normalize();
        Path parent = this.output.getParent();
        try {
            Files.createDirectories(parent);
            this.staging = Files.createTempDirectory(parent, "." + this.output.getFileName() + ".staging-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a staging folder beside " + this.output, e);
        }
    }

    /** Writes one file of the site; thread-safe. */
    public void write(String path, byte[] bytes) {
        Path target = resolve(path);
        try {
            Files.createDirectories(target.getParent());
            Files.write(target, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path, e);
        }
    }

    /** Copies a file (from disk or from a theme jar) into the site; thread-safe. */
    public void copy(String path, Path source) {
        Path target = resolve(path);
        try {
            Files.createDirectories(target.getParent());
            Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + source + " to " + path, e);
        }
    }

    /**
     * Takes the file at this path over from the previous output, as it is, when the build commits; thread-safe.
     * For files the caller knows to be unchanged and present (checked against the last build's record).
     */
    public void keep(String path) {
        resolve(path);
        kept.add(path);
    }

    /** The file at this path in the output as it is now, before this build commits. */
    public Path previous(String path) {
        return inside(output, path);
    }

    /**
     * Replaces one file of a built site in one step, outside a build, so that a server reading the folder never
     * sends half a file: the live server's page of a just-saved article. Refuses paths that leave the folder.
     */
    public static void replaceFile(Path output, String path, byte[] bytes) throws IOException {
        Path file = inside(output.toAbsolutePath().normalize(), path);
        Path temporary = Files.createTempFile(file.getParent(), ".replace-", ".tmp");
        try {
            Files.write(temporary, bytes);
            replace(temporary, file);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static Path inside(Path output, String path) {
        Path file = output.resolve(path).normalize();
        if (!file.startsWith(output) || file.equals(output)) {
            throw new IllegalArgumentException("refusing to touch a file outside the output directory: " + path);
        }
        return file;
    }

    /** Whether the build already wrote this path (site-relative, forward slashes). */
    public boolean has(String path) {
        return written.contains(path);
    }

    /** Every file written so far, sorted. */
    public Set<String> files() {
        return Set.copyOf(written);
    }

    /** Where this build writes before it commits; for checks that read the new site. */
    public Path staging() {
        return staging;
    }

    /**
     * Makes the staged site the output: the old output is moved aside, the staging folder renamed into place,
     * files of the old output that no build of ours wrote are carried over, then the old output is deleted.
     */
    public void commit() {
        write(MANIFEST, (String.join("\n", written) + "\n").getBytes(StandardCharsets.UTF_8));
        try {
            if (!Files.exists(output)) {
                if (!kept.isEmpty()) {
                    throw new IOException("files to keep, but no previous output: " + kept.iterator().next());
                }
                move(staging, output);
            } else {
                Set<String> previous = readManifest(output);
                if (previous != null && kept.size() * 2 > written.size() && commitInPlace(previous)) {
                    committed = true;
                    return;
                }
                moveKeptFiles();
                keepUnchangedFiles();
                Path old = Files.createTempDirectory(output.getParent(), "." + output.getFileName() + ".old-");
                Files.delete(old);
                move(output, old);
                move(staging, output);
                keepForeignFiles(old, previous);
                deleteTree(old);
            }
            committed = true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot replace " + output + " with the new site", e);
        }
    }

    /**
     * After {@link #commit()}: the files of the site that are new or have other bytes than before (the manifest
     * not counted); none means the site looks exactly as it did.
     */
    public Set<String> changedFiles() {
        Set<String> changed = new java.util.TreeSet<>(written);
        changed.remove(MANIFEST);
        changed.removeAll(kept);
        changed.removeAll(unchanged);
        return changed;
    }

    /** Removes the staging folder if the build did not commit. */
    @Override
    public void close() {
        if (!committed && Files.exists(staging)) {
            try {
                deleteTree(staging);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot remove staging folder " + staging, e);
            }
        }
    }

    private Path resolve(String path) {
        if (path.isEmpty() || path.indexOf('\0') >= 0 || path.startsWith("/") || path.contains("\\")) {
            throw new IllegalArgumentException("refusing to write outside the output directory: " + path);
        }
        Path target = staging.resolve(path).normalize();
        if (!target.startsWith(staging) || target.equals(staging)) {
            throw new IllegalArgumentException("refusing to write outside the output directory: " + path);
        }
        written.add(staging.relativize(target).toString().replace('\\', '/'));
        return target;
    }

    /**
     * Replaces the changed files of the output, removes those the last build wrote and this one did not, writes
     * the manifest last and removes the staging folder. Returns {@code false}, touching nothing, when a folder
     * of the output stands where this build writes a file (then the folders are swapped as usual).
     */
    private boolean commitInPlace(Set<String> previous) throws IOException {
        for (String path : written) {
            if (!kept.contains(path) && Files.isDirectory(output.resolve(path), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                return false;
            }
        }
        for (String path : kept) {
            if (!Files.isRegularFile(output.resolve(path), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                throw new IOException("a file to keep is gone from the output: " + path);
            }
        }
        newlyWritten().forEach(path -> {
            Path target = output.resolve(path);
            Path staged = staging.resolve(path);
            try {
                if (sameBytes(target, staged)) {
                    unchanged.add(path);
                    return;
                }
                Files.createDirectories(target.getParent());
                replace(staged, target);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + path + " into " + output, e);
            }
        });
        for (String path : previous) {
            if (!path.isEmpty() && !written.contains(path)) {
                Path stale = output.resolve(path).normalize();
                if (stale.startsWith(output) && Files.deleteIfExists(stale)) {
                    removeEmptyFolders(stale.getParent());
                }
            }
        }
        replace(staging.resolve(MANIFEST), output.resolve(MANIFEST));
        deleteTree(staging);
        return true;
    }

    /** Removes a folder left empty by a removed file, and its parents while they are empty too. */
    private void removeEmptyFolders(Path folder) throws IOException {
        for (Path dir = folder; dir != null && dir.startsWith(output) && !dir.equals(output); dir = dir.getParent()) {
            try (Stream<Path> entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    return;
                }
            }
            Files.delete(dir);
        }
    }

    /** Moves the kept files from the previous output into the staging folder; they must all be there. */
    private void moveKeptFiles() throws IOException {
        for (String path : kept) {
            Path target = staging.resolve(path);
            Files.createDirectories(target.getParent());
            Files.move(output.resolve(path), target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Files whose bytes did not change are taken over from the previous output (moved, not copied), so they keep
     * their modification time and rsync-style deploys upload only what really changed.
     */
    private void keepUnchangedFiles() {
        newlyWritten().forEach(path -> {
            Path previous = output.resolve(path);
            Path staged = staging.resolve(path);
            try {
                if (sameBytes(previous, staged)) {
                    Files.move(previous, staged, StandardCopyOption.REPLACE_EXISTING);
                    unchanged.add(path);
                }
            } catch (IOException e) {
                // Keeping the old file is only an optimisation; the newly written one is just as right.
            }
        });
    }

    /** The files this build wrote into the staging folder (not kept ones, not the manifest), in parallel. */
    private Stream<String> newlyWritten() {
        return written.parallelStream().filter(path -> !path.equals(MANIFEST) && !kept.contains(path));
    }

    /** Whether the previous output holds a regular file with exactly the staged file's bytes. */
    private static boolean sameBytes(Path previous, Path staged) throws IOException {
        return Files.isRegularFile(previous, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                && Files.size(previous) == Files.size(staged) && Files.mismatch(previous, staged) == -1;
    }

    private void keepForeignFiles(Path old, Set<String> previous) throws IOException {
        List<Path> foreign = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(old)) {
            walk.filter(p -> !Files.isDirectory(p)).forEach(p -> {
                String relative = old.relativize(p).toString().replace('\\', '/');
                if (previous != null && !previous.contains(relative) && !relative.equals(MANIFEST)
                        || previous == null && !written.contains(relative)) {
                    foreign.add(p);
                }
            });
        }
        for (Path file : foreign) {
            Path target = output.resolve(old.relativize(file));
            if (!Files.exists(target)) {
                Files.createDirectories(target.getParent());
                Files.move(file, target);
            }
        }
    }

    /** The previous build's file list, or {@code null} when the output was not written by Broadsheet. */
    private static Set<String> readManifest(Path output) throws IOException {
        Path manifest = output.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            return null;
        }
        return new HashSet<>(Files.readAllLines(manifest, StandardCharsets.UTF_8));
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Moves a file over an existing one, atomically where the file system can. */
    private static void replace(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
