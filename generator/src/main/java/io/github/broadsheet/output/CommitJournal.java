package io.github.broadsheet.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The undo record of an {@link InPlaceCommit}, written into its work folder inside the output before the output is
 * touched, so that a failed commit undoes itself and one cut short by a kill is undone (or, when it got as far as
 * the manifest, finished) by the next build. One line per step: a file added where there was none, a folder
 * created, a file replaced or removed. The previous version of a replaced or removed file waits in the work
 * folder as {@code old/N}, N being the step's number, a hard link or a renamed file on the output's own file
 * system, so putting it back is one atomic rename. The new manifest waits there too: while it is there, the
 * commit is not done.
 */
record CommitJournal(List<Step> steps) {

    /** What one step did to the output; {@code IGNORED} stands for a line that could not be read. */
    enum Kind { ADD, FOLDER, REPLACE, REMOVE, IGNORED }

    /** One change of the output, at a site path. */
    record Step(Kind kind, String path) {
    }

    /** The journal's file in the work folder. */
    static final String FILE = "journal";
    /** The new manifest, moved into the output as the commit's last step. */
    static final String MANIFEST = "manifest";

    CommitJournal {
        steps = List.copyOf(steps);
    }

    /** Where the previous version of step {@code index}'s file waits. */
    static Path backup(Path work, int index) {
        return work.resolve("old").resolve(Integer.toString(index));
    }

    /** Writes the journal completely or not at all (a temporary file renamed). */
    void write(FileOperations files, Path work) throws IOException {
        StringBuilder text = new StringBuilder();
        for (Step step : steps) {
            text.append(step.kind().name()).append(' ').append(step.path()).append('\n');
        }
        Path partial = work.resolve(FILE + ".partial");
        files.write(partial, text.toString().getBytes(StandardCharsets.UTF_8));
        files.rename(partial, work.resolve(FILE));
    }

    /**
     * The journal of a work folder, or {@code null} when it has none (the commit never changed the output). Steps
     * whose path would leave the output are dropped: a journal is never a way to touch other files.
     */
    static CommitJournal read(Path target, Path work) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(work.resolve(FILE), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return null;
        }
        List<Step> steps = new ArrayList<>();
        for (String line : lines) {
            int space = line.indexOf(' ');
            Kind kind = space < 0 ? null : kindOf(line.substring(0, space));
            String path = space < 0 ? "" : line.substring(space + 1);
            Path file = target.resolve(path).normalize();
            // Every line keeps its number, as the backups are named by it.
            boolean valid = kind != null && kind != Kind.IGNORED && file.startsWith(target) && !file.equals(target);
            steps.add(valid ? new Step(kind, path) : new Step(Kind.IGNORED, ""));
        }
        return new CommitJournal(steps);
    }

    private static Kind kindOf(String name) {
        for (Kind kind : Kind.values()) {
            if (kind.name().equals(name)) {
                return kind;
            }
        }
        return null;
    }

    /**
     * Undoes what was done: previous versions renamed back over their files, added files deleted, created
     * folders removed when empty. Goes on past a step that fails and throws the first failure at the end; running
     * it again finishes the job.
     */
    void rollBack(FileOperations files, Path target, Path work) throws IOException {
        Failures failures = new Failures();
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            Path backup = backup(work, i);
            if ((step.kind() == Kind.REPLACE || step.kind() == Kind.REMOVE)
                    && Files.exists(backup, LinkOption.NOFOLLOW_LINKS)) {
                failures.run(() -> files.rename(backup, file(target, step)));
            }
        }
        for (int i = steps.size() - 1; i >= 0; i--) {
            Step step = steps.get(i);
            Path file = file(target, step);
            if (step.kind() == Kind.ADD && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                failures.run(() -> files.delete(file));
            } else if (step.kind() == Kind.FOLDER && isEmptyFolder(file)) {
                failures.run(() -> files.delete(file));
            }
        }
        failures.throwFirst();
    }

    /** After the commit: removes the folders that removed files left empty. */
    void finish(FileOperations files, Path target) throws IOException {
        for (Step step : steps) {
            if (step.kind() == Kind.REMOVE) {
                removeEmptyFolders(files, target, file(target, step).getParent());
            }
        }
    }

    /**
     * Settles the commit of a work folder found in the output, left by a build that was killed or could not
     * clean up: finished when its manifest was moved into place, undone otherwise; then the folder is removed.
     */
    static void settle(FileOperations files, Path target, Path work) throws IOException {
        CommitJournal journal = read(target, work);
        if (journal != null) {
            if (Files.exists(work.resolve(MANIFEST), LinkOption.NOFOLLOW_LINKS)) {
                journal.rollBack(files, target, work);
            } else {
                journal.finish(files, target);
            }
        }
        files.deleteTree(work);
    }

    /** Removes a folder and its parents while they are empty, up to (not including) the target. */
    static void removeEmptyFolders(FileOperations files, Path target, Path folder) throws IOException {
        for (Path dir = folder; dir != null && dir.startsWith(target) && !dir.equals(target); dir = dir.getParent()) {
            if (!isEmptyFolder(dir)) {
                return;
            }
            files.delete(dir);
        }
    }

    private static boolean isEmptyFolder(Path dir) throws IOException {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    private static Path file(Path target, Step step) {
        return target.resolve(step.path()).normalize();
    }

    /** Runs steps that may fail, keeping the first failure for the end. */
    private static final class Failures {
        private IOException first;

        void run(Action action) {
            try {
                action.run();
            } catch (IOException e) {
                if (first == null) {
                    first = e;
                }
            }
        }

        void throwFirst() throws IOException {
            if (first != null) {
                throw first;
            }
        }

        interface Action {
            void run() throws IOException;
        }
    }
}
