package io.github.broadsheet.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;

/**
 * Updates an existing output folder file by file: for a rebuild that keeps most files, and for an output that
 * cannot be swapped as a whole (a mount point, an output that is a symbolic link). In a safe order: new files
 * first, then changed files, each replaced by one atomic rename after its previous version was linked into the
 * undo folder, then the files of the last build that this one no longer writes are moved into the undo folder,
 * and the manifest last. Until the manifest is in place the old site keeps every file it had, and a failure puts
 * everything back ({@link CommitJournal}); the emptied folders and the undo folder go after the manifest. The
 * undo folder lies inside the output, on its own file system, so these renames are atomic even when the staging
 * folder is on another one (files are then first copied into the undo folder). Files whose bytes did not change
 * are not touched, keeping their modification time.
 */
final class InPlaceCommit {

    private final FileOperations files;
    private final Path target;
    private final Path staging;
    private final Path work;
    private boolean crossDevice;
    private boolean copies;

    InPlaceCommit(FileOperations files, Path target, Path staging, Path work) {
        this.files = files;
        this.target = target;
        this.staging = staging;
        this.work = work;
    }

    /** Whether each path can take a file in the output: no folder stands on it, and no file on a folder of it. */
    static boolean fits(Path target, Collection<String> paths) {
        Set<Path> folders = new HashSet<>();
        for (String path : paths) {
            Path file = target.resolve(path);
            if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                return false;
            }
            for (Path dir = file.getParent(); !dir.equals(target) && folders.add(dir); dir = dir.getParent()) {
                if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Commits.
     *
     * @param written  every file of the new site, the manifest included
     * @param incoming the staged files to move into the output (new or possibly changed ones)
     * @param previous the last build's files (from its manifest), or {@code null}
     * @param manifest the new manifest
     * @return the files of {@code incoming} that the output already held with the same bytes
     * @throws CommitRefused when a file to replace was not written by a build of ours; nothing was changed
     * @throws IOException   when a step failed; everything was put back (when putting back failed too, the
     *                       exception has it as suppressed, and the next build finishes putting back)
     */
    Set<String> run(Set<String> written, Collection<String> incoming, Set<String> previous, byte[] manifest)
            throws IOException {
        Set<String> unchanged = new ConcurrentSkipListSet<>();
        Set<String> added = new ConcurrentSkipListSet<>();
        Set<String> replaced = new ConcurrentSkipListSet<>();
        Set<String> foreign = new ConcurrentSkipListSet<>();
        try {
            incoming.parallelStream().forEach(path -> {
                Path old = target.resolve(path);
                try {
                    if (!Files.exists(old, LinkOption.NOFOLLOW_LINKS)) {
                        added.add(path);
                    } else if (Files.isRegularFile(old, LinkOption.NOFOLLOW_LINKS)
                            && SiteWriter.sameBytes(old, staging.resolve(path))) {
                        unchanged.add(path);
                    } else if (previous != null && previous.contains(path)
                            && Files.isRegularFile(old, LinkOption.NOFOLLOW_LINKS)) {
                        replaced.add(path);
                    } else {
                        foreign.add(path);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (!foreign.isEmpty()) {
            throw CommitRefused.foreign(target, List.copyOf(foreign));
        }
        CommitJournal journal = new CommitJournal(steps(written, previous, added, replaced));
        try {
            files.createDirectory(work);
            files.createDirectory(work.resolve("old"));
            files.write(work.resolve(CommitJournal.MANIFEST), manifest);
            journal.write(files, work);
        } catch (IOException e) {
            deleteQuietly();
            throw e;
        }
        try {
            apply(journal);
        } catch (IOException e) {
            try {
                journal.rollBack(files, target, work);
                files.deleteTree(work);
            } catch (IOException undo) {
                e.addSuppressed(undo);
            }
            throw e;
        }
        try {
            journal.finish(files, target);
            files.deleteTree(work);
        } catch (IOException e) {
            // The new site is in place; the next build removes what is left of the undo folder.
        }
        return unchanged;
    }

    private List<CommitJournal.Step> steps(Set<String> written, Set<String> previous, Set<String> added,
                                           Set<String> replaced) {
        List<CommitJournal.Step> steps = new ArrayList<>();
        Set<Path> folders = new TreeSet<>();
        for (String path : added) {
            for (Path dir = target.resolve(path).getParent(); !dir.equals(target)
                    && !Files.exists(dir, LinkOption.NOFOLLOW_LINKS); dir = dir.getParent()) {
                folders.add(dir);
            }
        }
        // Sorted paths: a folder comes before the folders inside it.
        folders.forEach(dir -> steps.add(step(CommitJournal.Kind.FOLDER, target.relativize(dir).toString())));
        added.forEach(path -> steps.add(step(CommitJournal.Kind.ADD, path)));
        replaced.forEach(path -> steps.add(step(CommitJournal.Kind.REPLACE, path)));
        if (previous != null) {
            new TreeSet<>(previous).stream()
                    .filter(path -> !path.isEmpty() && !written.contains(path) && !path.equals(SiteWriter.MANIFEST))
                    .filter(path -> {
                        Path stale = target.resolve(path).normalize();
                        return stale.startsWith(target) && !stale.equals(target)
                                && Files.isRegularFile(stale, LinkOption.NOFOLLOW_LINKS);
                    })
                    .forEach(path -> steps.add(step(CommitJournal.Kind.REMOVE, path)));
        }
        return steps;
    }

    private static CommitJournal.Step step(CommitJournal.Kind kind, String path) {
        return new CommitJournal.Step(kind, path.replace('\\', '/'));
    }

    private void apply(CommitJournal journal) throws IOException {
        List<CommitJournal.Step> steps = journal.steps();
        for (int i = 0; i < steps.size(); i++) {
            CommitJournal.Step step = steps.get(i);
            Path file = target.resolve(step.path());
            switch (step.kind()) {
                case FOLDER -> files.createDirectory(file);
                case ADD -> place(step.path(), i);
                case REPLACE -> {
                    files.linkOrCopy(CommitJournal.backup(work, i), file);
                    place(step.path(), i);
                }
                case REMOVE -> files.rename(file, CommitJournal.backup(work, i));
                case IGNORED -> { }
            }
        }
        files.rename(work.resolve(CommitJournal.MANIFEST), target.resolve(SiteWriter.MANIFEST));
    }

    /** Moves a staged file into the output in one atomic rename, through a copy when they are on two file systems. */
    private void place(String path, int index) throws IOException {
        Path file = target.resolve(path);
        if (!crossDevice) {
            try {
                files.rename(staging.resolve(path), file);
                return;
            } catch (AtomicMoveNotSupportedException e) {
                crossDevice = true;
            }
        }
        Path folder = work.resolve("new");
        if (!copies) {
            files.createDirectory(folder);
            copies = true;
        }
        Path copy = folder.resolve(Integer.toString(index));
        files.copy(staging.resolve(path), copy);
        files.rename(copy, file);
    }

    /** Removes the undo folder of a commit that never touched the output; what is left, the next build removes. */
    private void deleteQuietly() {
        try {
            files.deleteTree(work);
        } catch (IOException e) {
            // Nothing of the site depends on it.
        }
    }
}
