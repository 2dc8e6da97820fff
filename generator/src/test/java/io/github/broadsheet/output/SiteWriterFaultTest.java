package io.github.broadsheet.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.broadsheet.problem.BuildFailedException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The commit under failure. Every step of a build's file operations is made to fail in turn (through the
 * {@link FileOperations} seam, {@link FaultyFileOperations}), and the build is killed before every step in turn;
 * for both commit paths (a full rebuild that swaps folders, a rebuild that keeps most files and updates the output
 * in place), for an output that is a mount point, one that cannot be renamed, and one that is a symbolic link.
 * After a failed step the previous site is exactly as it was (bytes, times, modes; the files someone else put
 * there included) and nothing of the build is left; after a kill the output had, at that moment, every file of the
 * old site or the complete new one, and the next build repairs everything. In all cases the build after that
 * gives exactly what a clean build gives.
 */
class SiteWriterFaultTest {

    /** The previous site. */
    private static final Map<String, String> OLD = site(
            "index.html", "home, old", "articles/a/index.html", "a", "articles/b/index.html", "b, old",
            "articles/d/index.html", "d, old", "articles/gone/index.html", "gone", "archive/index.html", "archive",
            "tags/x/index.html", "x, old", "css/style.css", "css", "feed.xml", "feed, old");

    /** A full rebuild: every file written, some with the same bytes, one removed, some added. */
    private static final Map<String, String> FULL = site(
            "index.html", "home, new", "articles/a/index.html", "a", "articles/b/index.html", "b, new",
            "articles/c/index.html", "c, new", "articles/d/index.html", "d, new", "archive/index.html", "archive",
            "tags/x/index.html", "x, new", "tags/y/index.html", "y, new", "css/style.css", "css",
            "feed.xml", "feed, new");

    /** A small edit: most files kept, one changed, one with the same bytes, one added, one removed. */
    private static final Map<String, String> EDIT = site(
            "index.html", "home, new", "feed.xml", "feed, old", "articles/c/index.html", "c, new");
    private static final List<String> EDIT_KEEPS = List.of("articles/a/index.html", "articles/b/index.html",
            "articles/d/index.html", "archive/index.html", "tags/x/index.html", "css/style.css");

    /** How the output is set up and which rebuild follows. */
    enum Case {
        SWAP(false, false),
        IN_PLACE(true, false),
        MOUNT_POINT(false, false),
        IMMOVABLE(false, false),
        SYMBOLIC_LINK(false, true);

        final boolean edit;
        final boolean linked;

        Case(boolean edit, boolean linked) {
            this.edit = edit;
            this.linked = linked;
        }

        FaultyFileOperations environment(FaultyFileOperations files, Path output) {
            return this == MOUNT_POINT ? files.mountPoint(output) : this == IMMOVABLE ? files.immovable(output) : files;
        }
    }

    @TempDir
    Path dir;

    private Path home() {
        return dir.resolve("project");
    }

    private Path out() {
        return home().resolve("public");
    }

    /** Where the files go: the output, or the folder its link points to. */
    private Path target(Case c) {
        return c.linked ? dir.resolve("elsewhere/site") : out();
    }

    @ParameterizedTest
    @EnumSource(Case.class)
    void aFailureAtAnyStepLeavesThePreviousSiteExactlyAsItWas(Case c) throws Exception {
        Map<String, Entry> expected = expected(c);
        int n = 1;
        for (; ; n++) {
            Map<String, Entry> before = previousSite(c);
            FaultyFileOperations files = c.environment(FaultyFileOperations.failingAt(n), target(c));
            String failure = rebuild(c, files, true);
            if (files.failed() == null) {
                assertThat(failure).as("every step ran").isNull();
                break;
            }
            if (failure != null) {
                assertThat(tree(target(c), true)).as("previous site after a failure at %s", files.failed())
                        .isEqualTo(before);
                assertThat(failure).as("one line, no stack trace").doesNotContain("\n").doesNotContain("Exception")
                        .containsAnyOf("The site was not", "cannot write");
            } else {
                assertThat(tree(target(c), false)).as("the new site despite a failure at %s", files.failed())
                        .isEqualTo(expected);
            }
            assertNothingOfOursLeft(c, "after a failure at " + files.failed());

            assertThat(rebuild(c, c.environment(FaultyFileOperations.working(), target(c)), true))
                    .as("the build after a failure at %s", files.failed()).isNull();
            assertThat(tree(target(c), false)).as("the build after a failure at %s", files.failed()).isEqualTo(expected);
            assertNothingOfOursLeft(c, "after the build that followed a failure at " + files.failed());
        }
        assertThat(n).as("steps tried").isGreaterThan(20);
    }

    @ParameterizedTest
    @EnumSource(Case.class)
    void aBuildKilledAtAnyStepIsRepairedByTheNextOne(Case c) throws Exception {
        Map<String, Entry> expected = expected(c);
        int n = 1;
        for (; ; n++) {
            Map<String, Entry> before = previousSite(c);
            Map<String, Entry> oldContent = withoutTimes(before);
            FaultyFileOperations files = c.environment(FaultyFileOperations.killedAt(n), target(c));
            rebuild(c, files, false);
            if (files.failed() == null) {
                break;
            }
            String when = "killed before " + files.failed();

            // At the moment of the kill the output holds every file of the old site, or the whole new one.
            if (!Files.exists(target(c))) {
                assertThat(c).as("only a folder swap leaves the output missing, " + when)
                        .isIn(Case.SWAP, Case.IMMOVABLE);
                try (Stream<Path> old = Files.list(home()).filter(p -> p.getFileName().toString().startsWith(".public.old-"))) {
                    assertThat(tree(old.findFirst().orElseThrow(), false)).as("old site beside it, " + when)
                            .isEqualTo(oldContent);
                }
            } else {
                Map<String, Entry> now = tree(target(c), false);
                // The manifest is the commit's last step: the new site is complete before it.
                Map<String, Entry> newSite = new TreeMap<>(expected);
                newSite.remove(SiteWriter.MANIFEST);
                assertThat(now.keySet().containsAll(oldContent.keySet()) || now.entrySet().containsAll(newSite.entrySet()))
                        .as("every old file, or the whole new site, " + when + ": " + now.keySet()).isTrue();
                now.forEach((path, entry) -> {
                    if (oldContent.containsKey(path) || expected.containsKey(path)) {
                        assertThat(entry).as("%s is its old or its new version, %s", path, when)
                                .isIn(oldContent.get(path), expected.get(path));
                    }
                });
            }

            // Repairing alone gives the old site exactly, or the new one.
            SiteWriter.repair(out());
            Map<String, Entry> repaired = tree(target(c), true);
            if (!repaired.equals(before)) {
                assertThat(withoutTimes(repaired)).as("repaired " + when).isEqualTo(expected);
            }
            assertNothingOfOursLeft(c, "after repairing a build " + when);

            assertThat(rebuild(c, c.environment(FaultyFileOperations.working(), target(c)), true))
                    .as("the build after one " + when).isNull();
            assertThat(tree(target(c), false)).as("the build after one " + when).isEqualTo(expected);
            assertNothingOfOursLeft(c, "after the build that followed one " + when);
        }
        assertThat(n).as("steps tried").isGreaterThan(20);
    }

    // ---------------------------------------------------------------------------------------------------------

    /**
     * Builds the previous site afresh (nothing from an earlier round left) and adds what a user puts into an
     * output: a CNAME, a {@code .well-known/} folder, an empty folder, a symbolic link. Returns its tree.
     */
    private Map<String, Entry> previousSite(Case c) throws Exception {
        delete(dir.resolve("project"));
        delete(dir.resolve("elsewhere"));
        Files.createDirectories(home());
        if (c.linked) {
            Files.createDirectories(target(c));
            Files.createSymbolicLink(out(), target(c));
        }
        try (SiteWriter writer = new SiteWriter(out())) {
            OLD.forEach((path, text) -> writer.write(path, bytes(text)));
            writer.commit();
        }
        addForeignFiles(target(c));
        return tree(target(c), true);
    }

    private static void addForeignFiles(Path target) throws IOException {
        Files.writeString(target.resolve("CNAME"), "news.example.org");
        Files.createDirectories(target.resolve(".well-known"));
        Files.writeString(target.resolve(".well-known/security.txt"), "Contact: mailto:desk@example.org");
        Files.createDirectories(target.resolve("uploads"));
        Files.createSymbolicLink(target.resolve("downloads"), Path.of("/srv/downloads"));
    }

    /** What the rebuild of this case must give: a clean build of the new site, plus the user's files. */
    private Map<String, Entry> expected(Case c) throws Exception {
        Path reference = dir.resolve("reference/public");
        try (SiteWriter writer = new SiteWriter(reference)) {
            if (c.edit) {
                EDIT_KEEPS.forEach(path -> writer.write(path, bytes(OLD.get(path))));
                EDIT.forEach((path, text) -> writer.write(path, bytes(text)));
            } else {
                FULL.forEach((path, text) -> writer.write(path, bytes(text)));
            }
            writer.commit();
        }
        addForeignFiles(reference);
        Map<String, Entry> tree = tree(reference, false);
        delete(dir.resolve("reference"));
        return tree;
    }

    /**
     * Runs the rebuild of this case; returns the failure's message, or {@code null} when it committed. A killed
     * build is not closed: a dead process runs no more code.
     */
    private String rebuild(Case c, FaultyFileOperations files, boolean close) {
        SiteWriter writer = null;
        try {
            writer = new SiteWriter(out(), files);
            SiteWriter w = writer;
            if (c.edit) {
                EDIT.forEach((path, text) -> w.write(path, bytes(text)));
                EDIT_KEEPS.forEach(w::keep);
            } else {
                FULL.forEach((path, text) -> w.write(path, bytes(text)));
            }
            writer.commit();
            return null;
        } catch (BuildFailedException | UncheckedIOException e) {
            return e.getMessage();
        } finally {
            if (writer != null && close) {
                writer.close();
            }
        }
    }

    private void assertNothingOfOursLeft(Case c, String when) throws IOException {
        try (Stream<Path> beside = Files.list(home())) {
            assertThat(beside.map(p -> p.getFileName().toString())).as("beside the output " + when)
                    .containsExactly("public");
        }
        if (c.linked) {
            try (Stream<Path> beside = Files.list(target(c).getParent())) {
                assertThat(beside.map(p -> p.getFileName().toString())).as("beside the linked folder " + when)
                        .containsExactly("site");
            }
            assertThat(out()).as("still a symbolic link " + when).isSymbolicLink();
        }
        try (Stream<Path> inside = Files.list(target(c))) {
            assertThat(inside.map(p -> p.getFileName().toString()).filter(name -> name.startsWith(".broadsheet-")))
                    .as("inside the output " + when).containsExactly(SiteWriter.MANIFEST);
        }
    }

    /** One entry of a folder tree: a folder, a link and its target, or a file's text, time and mode. */
    record Entry(String kind, String content, long time, String mode) {
    }

    /** Everything under a folder, by relative path; with or without files' times and modes. */
    static Map<String, Entry> tree(Path root, boolean times) throws IOException {
        Map<String, Entry> tree = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.toList()) {
                String name = root.relativize(path).toString().replace('\\', '/');
                BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
                String mode = times ? mode(path) : "";
                if (attributes.isSymbolicLink()) {
                    tree.put(name, new Entry("link", Files.readSymbolicLink(path).toString(), 0, ""));
                } else if (attributes.isDirectory()) {
                    tree.put(name + "/", new Entry("folder", "", 0, mode));
                } else {
                    tree.put(name, new Entry("file", Files.readString(path),
                            times ? attributes.lastModifiedTime().toMillis() : 0, mode));
                }
            }
        }
        return tree;
    }

    private static Map<String, Entry> withoutTimes(Map<String, Entry> tree) {
        Map<String, Entry> plain = new TreeMap<>();
        tree.forEach((path, entry) -> plain.put(path, new Entry(entry.kind(), entry.content(), 0, "")));
        return plain;
    }

    private static String mode(Path path) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class,
                LinkOption.NOFOLLOW_LINKS);
        return view == null ? "" : PosixFilePermissions.toString(view.readAttributes().permissions());
    }

    private static Map<String, String> site(String... pathsAndTexts) {
        Map<String, String> site = new TreeMap<>();
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            site.put(pathsAndTexts[i], pathsAndTexts[i + 1]);
        }
        return site;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static void delete(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
