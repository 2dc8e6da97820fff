package io.github.broadsheet.output;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Puts right what a build that was killed (or could not clean up) left behind, before the next build looks at
 * the output; called only while holding the output's {@link OutputLock}, so nothing it finds belongs to a build
 * still running. A swap cut short between its two renames left the output missing and the old site beside it:
 * it is renamed back. An in-place commit cut short is undone, or finished when it got as far as its manifest
 * ({@link CommitJournal#settle}). Files someone else put into the output that only an old folder still holds
 * (an older version moved them over after its swap) are moved back. Then staging and old folders beside the
 * output and temporary files of {@link SiteWriter#replaceFile} inside it are deleted; only names of our own
 * making are touched.
 */
final class OutputRepair {

    private OutputRepair() {
    }

    /**
     * Repairs; returns what it did, for the debug log.
     *
     * @throws IOException when the previous site could not be put back; leftovers that cannot be deleted are
     *                     only reported
     */
    static List<String> repair(FileOperations files, OutputPlace place) throws IOException {
        List<String> done = new ArrayList<>();
        if (!Files.isDirectory(place.home())) {
            return done;
        }
        Path target = place.target();
        if (!place.linked() && !Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            List<Path> olds = beside(place, place.oldPrefix());
            if (!olds.isEmpty()) {
                Path newest = olds.stream().max(Comparator.comparing(OutputRepair::modified)).orElseThrow();
                files.rename(newest, target);
                done.add("put the previous site back into " + target + " from " + newest.getFileName()
                        + ", left by a build that was stopped while swapping folders");
            }
        }
        if (Files.isDirectory(target)) {
            for (Path work : inside(target, OutputPlace.WORK_PREFIX)) {
                CommitJournal.settle(files, target, work);
                done.add("settled the commit that a stopped build left in " + work.getFileName());
            }
            for (Path temporary : inside(target, OutputPlace.REPLACE_PREFIX)) {
                delete(files, temporary, done);
            }
        }
        for (Path leftover : beside(place, place.stagingPrefix())) {
            delete(files, leftover, done);
        }
        for (Path leftover : beside(place, place.oldPrefix())) {
            if (Files.isDirectory(target)) {
                restoreForeignFiles(files, leftover, target, done);
            }
            delete(files, leftover, done);
        }
        return done;
    }

    /**
     * Moves the files of an old site that no build of ours wrote (not in its manifest), and that the output lacks,
     * back into the output; nothing when the old folder has no manifest. A swap of this version has linked them into the new site already; an older version
     * moved them over only after the swap, so a build killed in between left a {@code CNAME} or
     * {@code .well-known/} only in the old folder.
     */
    private static void restoreForeignFiles(FileOperations files, Path old, Path target, List<String> done)
            throws IOException {
        Set<String> ours = SiteWriter.readManifest(old);
        if (ours == null) {
            // Without its manifest (never written, or deleted first by a cleanup that stopped) nothing tells
            // the user's files from the old pages.
            return;
        }
        List<Path> foreign;
        try (Stream<Path> walk = Files.walk(old)) {
            foreign = walk.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> {
                        String path = old.relativize(p).toString().replace('\\', '/');
                        return !path.equals(SiteWriter.MANIFEST) && !ours.contains(path);
                    })
                    .toList();
        }
        for (Path file : foreign) {
            Path back = target.resolve(old.relativize(file));
            if (Files.exists(back, LinkOption.NOFOLLOW_LINKS) || !folderFor(back, target)) {
                continue;
            }
            files.createDirectories(back.getParent());
            try {
                files.rename(file, back);
            } catch (AtomicMoveNotSupportedException e) {
                files.copyExactly(file, back);
            }
            done.add("put " + back + " back from " + old.getFileName() + ", left by an earlier build");
        }
    }

    /** Whether the file's folders in the output are folders or missing, not files. */
    private static boolean folderFor(Path file, Path target) {
        for (Path dir = file.getParent(); !dir.equals(target); dir = dir.getParent()) {
            if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                return false;
            }
        }
        return true;
    }

    private static void delete(FileOperations files, Path leftover, List<String> done) {
        try {
            files.deleteTree(leftover);
            done.add("removed " + leftover + ", left by an earlier build");
        } catch (IOException e) {
            done.add("could not remove " + leftover + ", left by an earlier build: " + IoErrorText.of(e));
        }
    }

    private static List<Path> beside(OutputPlace place, String prefix) throws IOException {
        return named(place.home(), prefix);
    }

    private static List<Path> inside(Path target, String prefix) throws IOException {
        return named(target, prefix);
    }

    /**
     * The entries of a folder named {@code prefix} and a token of ours: hexadecimal digits (as
     * {@link OutputPlace#token()} makes; older versions used decimal ones), so that {@code .public.old-backup}
     * is not taken for ours.
     */
    private static List<Path> named(Path folder, String prefix) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(p -> {
                String name = p.getFileName().toString();
                return name.startsWith(prefix) && name.length() > prefix.length()
                        && name.substring(prefix.length()).chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'a' && c <= 'f');
            }).sorted().toList();
        }
    }

    private static FileTime modified(Path path) {
        try {
            return Files.getLastModifiedTime(path, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
