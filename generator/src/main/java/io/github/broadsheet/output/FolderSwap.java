package io.github.broadsheet.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * Commits a full rebuild by swapping folders. First the staging folder is completed with everything of the output
 * that stays: kept files and files that someone else put there ({@code CNAME}, {@code .well-known/}) as hard
 * links (exact copies where no link can be made), and a written file whose bytes did not change gets the old
 * file's modification time; the output itself is not touched, so it keeps all its files. Then the output is
 * renamed aside, the staging folder renamed into its place, and the old folder deleted. Between the two renames
 * the output path is missing for a moment: a build killed right then leaves the complete old site beside it, and
 * the next build renames it back ({@link OutputRepair}). When the output cannot be renamed (a mount point, an
 * immutable folder) nothing has changed, and the caller updates it in place instead.
 */
final class FolderSwap {

    private final FileOperations files;
    private final OutputPlace place;
    private final Path staging;
    private final String token;

    FolderSwap(FileOperations files, OutputPlace place, Path staging, String token) {
        this.files = files;
        this.place = place;
        this.staging = staging;
        this.token = token;
    }

    /**
     * Completes the staging folder.
     *
     * @param written   every file of the new site
     * @param kept      files taken over from the output as they are
     * @param previous  the last build's files (from its manifest), or {@code null}
     * @param unchanged receives the written files whose bytes the output already held
     * @return {@code false} when the output's files cannot be linked into the staging folder because they are on
     *         another file system: the output is a mount point, which cannot be renamed either
     * @throws CommitRefused when the new site would replace a file that no build of ours wrote
     */
    boolean prepare(Set<String> written, Set<String> kept, Set<String> previous, Set<String> unchanged)
            throws IOException {
        Path target = place.target();
        Path manifest = target.resolve(SiteWriter.MANIFEST);
        if (Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) {
            Path probe = staging.resolve(".broadsheet-link-probe");
            try {
                files.link(probe, manifest);
            } catch (IOException e) {
                return false;
            }
            files.delete(probe);
        }
        for (String path : kept) {
            Path from = target.resolve(path);
            if (!Files.isRegularFile(from, LinkOption.NOFOLLOW_LINKS)) {
                throw new IOException("a file to keep is gone from the output: " + from);
            }
            Path to = staging.resolve(path);
            files.createDirectories(to.getParent());
            files.linkOrCopy(to, from);
        }
        try {
            written.parallelStream().filter(path -> !path.equals(SiteWriter.MANIFEST) && !kept.contains(path))
                    .forEach(path -> {
                        Path old = target.resolve(path);
                        Path staged = staging.resolve(path);
                        try {
                            if (Files.isRegularFile(old, LinkOption.NOFOLLOW_LINKS) && SiteWriter.sameBytes(old, staged)) {
                                // The same bytes and the same time: rsync-style deploys skip it, and the
                                // last-build record still matches. (Cheaper than a hard link, which would cost
                                // a delete and a link here and one more delete with the old folder.)
                                files.setModifiedTime(staged, Files.getLastModifiedTime(old, LinkOption.NOFOLLOW_LINKS));
                                unchanged.add(path);
                            }
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        carryForeignFiles(written, kept, previous, unchanged);
        return true;
    }

    /**
     * Links every file of the output that no build of ours wrote into the staging folder, and creates its empty
     * folders there; refuses (changing nothing) when the new site has a file or folder in the way.
     */
    private void carryForeignFiles(Set<String> written, Set<String> kept, Set<String> previous,
                                   Set<String> unchanged) throws IOException {
        Path target = place.target();
        List<String> conflicts = new ArrayList<>();
        Files.walkFileTree(target, new SimpleFileVisitor<>() {
            /** How many entries each folder being walked has shown so far: an empty one is carried too. */
            private final Deque<int[]> entries = new ArrayDeque<>();

            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (dir.getParent().equals(target) && dir.getFileName().toString().startsWith(OutputPlace.WORK_PREFIX)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                counted();
                entries.push(new int[1]);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                if (entries.pop()[0] == 0 && !dir.equals(target)) {
                    carry(dir, true);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                counted();
                String path = relative(file);
                boolean ours = path.equals(SiteWriter.MANIFEST) || previous != null && previous.contains(path);
                if (!ours) {
                    if (written.contains(path)) {
                        if (!kept.contains(path) && !unchanged.contains(path)) {
                            conflicts.add(path);
                        }
                    } else {
                        carry(file, false);
                    }
                }
                return FileVisitResult.CONTINUE;
            }

            private void counted() {
                if (!entries.isEmpty()) {
                    entries.peek()[0]++;
                }
            }

            private void carry(Path from, boolean folder) throws IOException {
                String path = relative(from);
                Path to = staging.resolve(path);
                for (Path dir = to.getParent(); !dir.equals(staging); dir = dir.getParent()) {
                    if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                        conflicts.add(path);
                        return;
                    }
                }
                if (folder && Files.isDirectory(to, LinkOption.NOFOLLOW_LINKS)) {
                    return;
                }
                if (Files.exists(to, LinkOption.NOFOLLOW_LINKS)) {
                    conflicts.add(path);
                    return;
                }
                if (!conflicts.isEmpty()) {
                    return;
                }
                createFolders(to.getParent());
                if (folder) {
                    files.createDirectory(to);
                    files.copyMode(from, to);
                } else if (Files.isRegularFile(from, LinkOption.NOFOLLOW_LINKS)) {
                    files.linkOrCopy(to, from);
                } else {
                    files.copyExactly(from, to);
                }
            }

            private String relative(Path file) {
                return target.relativize(file).toString().replace('\\', '/');
            }
        });
        if (!conflicts.isEmpty()) {
            throw CommitRefused.foreign(target, conflicts);
        }
    }

    /** Creates the missing folders of the staging folder down to {@code dir}, each with the mode it has in the output. */
    private void createFolders(Path dir) throws IOException {
        if (dir.equals(staging) || Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        createFolders(dir.getParent());
        files.createDirectory(dir);
        files.copyMode(place.target().resolve(staging.relativize(dir)), dir);
    }

    /**
     * Puts the staging folder in the output's place.
     *
     * @return {@code null} when done, or why the output could not be renamed (then nothing changed)
     * @throws IOException when the staging folder could not be renamed into place; the old output was put back
     *                     (when that failed too, the exception has it as suppressed, and the next build puts it back)
     */
    IOException swap() throws IOException {
        Path old = place.old(token);
        try {
            files.rename(place.target(), old);
        } catch (IOException e) {
            return e;
        }
        try {
            files.rename(staging, place.target());
        } catch (IOException e) {
            try {
                files.rename(old, place.target());
            } catch (IOException undo) {
                e.addSuppressed(undo);
            }
            throw e;
        }
        try {
            files.deleteTree(old);
        } catch (IOException e) {
            // The new site is in place; the next build removes what is left of the old one.
        }
        return null;
    }
}
