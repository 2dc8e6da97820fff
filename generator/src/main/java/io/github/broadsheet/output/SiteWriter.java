package io.github.broadsheet.output;

import io.github.broadsheet.problem.BuildFailedException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;

/**
 * The only code that creates or deletes files of the site. A build writes into a fresh staging folder beside the
 * output directory; {@link #commit()} puts it in place only when the whole build succeeded, and {@link #close()}
 * without a commit removes the staging folder, leaving the previous site exactly as it was. Paths that would
 * leave the output directory are refused, and so is an output path that is a file.
 *
 * <p>Two ways to commit. A full rebuild swaps folders ({@link FolderSwap}): what stays of the output (kept
 * files, files someone else put there) is hard-linked into the staging folder, which then takes the output's
 * place. A rebuild that keeps most files
 * (a small edit; see {@link #keep}), an output that cannot be renamed (a mount point) and an output that is a
 * symbolic link are updated in place, file by file, each file atomically, the manifest last
 * ({@link InPlaceCommit}). Either way the previous site keeps every file until the new one is complete, a
 * failure at any step puts it back as it was, and a build killed halfway is repaired by the next one
 * ({@link OutputRepair}). Each writer holds the output's {@link OutputLock}, so two builds of one output take
 * turns. A new output folder gets the mode the user's umask gives, an existing one keeps its mode, and files are
 * created with the umask's mode (0644 under the usual 022).
 *
 * <p>What is cleaned: the files that the previous build wrote (listed in {@value #MANIFEST}) and that this
 * build does not write again disappear. Files that someone else put into the output directory are kept; a new
 * site that would replace one of them is refused.
 */
public final class SiteWriter implements AutoCloseable {

    /** Lists the files a build wrote, so the next build knows which files are its own to remove. */
    public static final String MANIFEST = ".broadsheet-manifest";

    private final FileOperations files;
    private final OutputPlace place;
    private final OutputLock lock;
    private final String token = OutputPlace.token();
    private final Path staging;
    private final Set<String> written = new ConcurrentSkipListSet<>();
    private final Set<String> kept = new ConcurrentSkipListSet<>();
    private final Set<String> unchanged = new ConcurrentSkipListSet<>();
    private boolean committed;

    /**
     * Takes the output's lock (waiting for another build of it to finish), repairs what a stopped build left and
     * creates the staging folder.
     *
     * @throws BuildFailedException when the output path cannot hold a site (a file, or below one) or the staging
     *                              folder cannot be made; nothing was changed
     */
    public SiteWriter(Path output) throws BuildFailedException {
        this(output, FileOperations.SYSTEM);
    }

    SiteWriter(Path output, FileOperations files) throws BuildFailedException {
        this.files = files;
        this.place = place(output);
        OutputLock held = null;
        Path folder = place.staging(token);
        try {
            files.createDirectories(place.home());
            held = files.lock(place.lockFile());
            OutputRepair.repair(files, place);
            files.createDirectory(folder);
            if (place.exists() && !place.linked()) {
                // The staging folder becomes the output: it gets the output's mode (and group), not a new one.
                files.copyMode(place.target(), folder);
            }
        } catch (IOException e) {
            release(held);
            deleteQuietly(folder);
            throw new BuildFailedException("The site was not built: cannot prepare " + place.output() + ": "
                    + IoErrorText.of(e) + "; the previous site is unchanged.");
        }
        this.lock = held;
        this.staging = folder;
    }

    /**
     * Repairs what a build that was stopped (killed, or unable to clean up) left in and beside the output: puts
     * the previous site back or finishes a half-done commit, removes staging and old folders. Waits for a build
     * of the same output that is still running. Returns what it did, for the debug log.
     *
     * @throws BuildFailedException when the output path cannot hold a site, or the previous site cannot be put back
     */
    public static List<String> repair(Path output) throws BuildFailedException {
        OutputPlace place = place(output);
        if (!Files.isDirectory(place.home())) {
            return List.of();
        }
        OutputLock lock;
        try {
            lock = FileOperations.SYSTEM.lock(place.lockFile());
        } catch (IOException e) {
            // No build can have left anything where no lock can be made; a build that must write fails later.
            return List.of("not checked for leftovers of earlier builds: " + IoErrorText.of(e));
        }
        try (lock) {
            return OutputRepair.repair(FileOperations.SYSTEM, place);
        } catch (IOException e) {
            throw new BuildFailedException("The site was not built: cannot repair what an earlier build left in "
                    + place.output() + ": " + IoErrorText.of(e));
        }
    }

    private static OutputPlace place(Path output) throws BuildFailedException {
        Path out = output.toAbsolutePath().normalize();
        Optional<String> refused = OutputGuard.shape(out);
        if (refused.isPresent()) {
            throw new BuildFailedException(refused.get());
        }
        try {
            return OutputPlace.of(out);
        } catch (IOException e) {
            throw new BuildFailedException("refusing output directory " + out + ": " + IoErrorText.of(e));
        }
    }

    /** Writes one file of the site; thread-safe. */
    public void write(String path, byte[] bytes) {
        Path target = resolve(path);
        try {
            files.createDirectories(target.getParent());
            files.write(target, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path + " into the staging folder: "
                    + IoErrorText.of(e), e);
        }
    }

    /** Copies a file (from disk or from a theme jar) into the site, with the umask's mode; thread-safe. */
    public void copy(String path, Path source) {
        Path target = resolve(path);
        try {
            files.createDirectories(target.getParent());
            files.copy(source, target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + source + " to " + path + ": " + IoErrorText.of(e), e);
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
        return inside(place.target(), path);
    }

    /**
     * Replaces one file of a built site in one step, outside a build, so that a server reading the folder never
     * sends half a file: the live server's page of a just-saved article. The new file gets the umask's mode.
     * Refuses paths that leave the folder.
     */
    public static void replaceFile(Path output, String path, byte[] bytes) throws IOException {
        OutputPlace place = OutputPlace.of(output);
        Path file = inside(place.target(), path);
        try (OutputLock lock = FileOperations.SYSTEM.lock(place.lockFile())) {
            // In the folder's top level, where the next build's repair finds it if this process dies here.
            Path temporary = place.target().resolve(OutputPlace.REPLACE_PREFIX + OutputPlace.token());
            try {
                Files.write(temporary, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                try {
                    Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temporary);
            }
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
     * Makes the staged site the output (see the class comment for how).
     *
     * @throws BuildFailedException with a one-line message when the site could not be put in place; the previous
     *                              site is then as it was (or, if even putting it back failed, the next build
     *                              puts it back)
     */
    public void commit() throws BuildFailedException {
        byte[] manifest = (String.join("\n", written) + "\n").getBytes(StandardCharsets.UTF_8);
        write(MANIFEST, manifest);
        Path target = place.target();
        try {
            if (!place.exists()) {
                if (!kept.isEmpty()) {
                    throw new IOException("files to keep, but no previous output: " + kept.iterator().next());
                }
                files.rename(staging, target);
            } else {
                commitOver(readManifest(target), manifest);
            }
            committed = true;
        } catch (CommitRefused e) {
            throw new BuildFailedException("The site was not published: " + e.getMessage());
        } catch (IOException e) {
            boolean restored = e.getSuppressed().length == 0;
            throw new BuildFailedException("The site was not published: " + IoErrorText.of(e)
                    + (restored ? "; the previous site in " + place.output() + " is unchanged."
                    : "; the previous site could not be put back completely ("
                    + IoErrorText.of((IOException) e.getSuppressed()[0]) + "); the next build puts it back."));
        }
    }

    /** Commits over an existing output: in place or by swapping folders, whichever fits. */
    private void commitOver(Set<String> previous, byte[] manifest) throws IOException {
        Path target = place.target();
        Set<String> incoming = new TreeSet<>(written);
        incoming.remove(MANIFEST);
        incoming.removeAll(kept);
        boolean fewChanges = previous != null && kept.size() * 2 > written.size();
        InPlaceCommit inPlace = new InPlaceCommit(files, target, staging, place.work(token));
        if ((place.linked() || fewChanges) && InPlaceCommit.fits(target, incoming)) {
            checkKept();
            unchanged.addAll(inPlace.run(written, incoming, previous, manifest));
            deleteQuietly(staging);
            return;
        }
        if (place.linked()) {
            throw new CommitRefused("cannot update " + target + " (where the symbolic link " + place.output()
                    + " points) file by file: a folder of it stands where the new site has a file, or a file"
                    + " where it has a folder; the previous site is unchanged.");
        }
        FolderSwap swap = new FolderSwap(files, place, staging, token);
        IOException renaming = swap.prepare(written, kept, previous, unchanged)
                ? swap.swap() : new IOException("its files cannot be linked into " + staging);
        if (renaming == null) {
            return;
        }
        // The output cannot be renamed (a mount point, an immutable folder): update it in place instead.
        incoming.removeAll(unchanged);
        if (!InPlaceCommit.fits(target, incoming)) {
            throw new CommitRefused("cannot replace " + target + " as a whole (" + IoErrorText.of(renaming)
                    + "), nor file by file: a folder of it stands where the new site has a file, or a file where"
                    + " it has a folder; the previous site is unchanged.");
        }
        try {
            checkKept();
            unchanged.addAll(inPlace.run(written, incoming, previous, manifest));
        } catch (CommitRefused e) {
            throw e;
        } catch (IOException e) {
            IOException both = new IOException("cannot replace " + target + " as a whole ("
                    + IoErrorText.of(renaming) + ") nor file by file (" + IoErrorText.of(e) + ")");
            for (Throwable undo : e.getSuppressed()) {
                both.addSuppressed(undo);
            }
            throw both;
        }
        deleteQuietly(staging);
    }

    /** The kept files must still be in the output as regular files; they are left where they are. */
    private void checkKept() throws IOException {
        for (String path : kept) {
            if (!Files.isRegularFile(place.target().resolve(path), LinkOption.NOFOLLOW_LINKS)) {
                throw new IOException("a file to keep is gone from the output: " + place.target().resolve(path));
            }
        }
    }

    /**
     * After {@link #commit()}: the files of the site that are new or have other bytes than before (the manifest
     * not counted); none means the site looks exactly as it did.
     */
    public Set<String> changedFiles() {
        Set<String> changed = new TreeSet<>(written);
        changed.remove(MANIFEST);
        changed.removeAll(kept);
        changed.removeAll(unchanged);
        return changed;
    }

    /**
     * Removes the staging folder if the build did not commit, repairs what a failed step left, and releases the
     * output's lock. Never throws: what cannot be removed now, the next build removes.
     */
    @Override
    public void close() {
        try {
            if (!committed) {
                deleteQuietly(staging);
            }
            OutputRepair.repair(files, place);
        } catch (IOException | RuntimeException e) {
            // The next build repairs it.
        } finally {
            release(lock);
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

    /** Whether the previous output holds a regular file with exactly the staged file's bytes. */
    static boolean sameBytes(Path previous, Path staged) throws IOException {
        return Files.size(previous) == Files.size(staged) && Files.mismatch(previous, staged) == -1;
    }

    /** The previous build's file list, or {@code null} when the output was not written by Broadsheet. */
    static Set<String> readManifest(Path output) throws IOException {
        Path manifest = output.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        return new HashSet<>(Files.readAllLines(manifest, StandardCharsets.UTF_8));
    }

    private void deleteQuietly(Path folder) {
        try {
            files.deleteTree(folder);
        } catch (IOException e) {
            // What is left, the next build's repair removes.
        }
    }

    private static void release(OutputLock lock) {
        if (lock != null) {
            try {
                lock.close();
            } catch (IOException e) {
                // The lock is released when the process ends; the file is reused by the next build.
            }
        }
    }
}
