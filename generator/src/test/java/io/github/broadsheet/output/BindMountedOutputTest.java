package io.github.broadsheet.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An output folder that is a bind mount, as a Docker or CI volume: it cannot be renamed (EBUSY) and nothing can
 * be renamed or hard-linked into it from the staging folder beside it (EXDEV). The site is still published, in
 * place, into the mounted folder, which stays mounted, with the user's files kept. Needs {@code mount --bind}
 * (root on Linux); skipped elsewhere, where {@link SiteWriterFaultTest} plays the mount point instead.
 */
class BindMountedOutputTest {

    @TempDir
    Path dir;

    private Path volume;
    private Path out;
    private boolean mounted;

    @BeforeEach
    void mount() throws Exception {
        volume = Files.createDirectories(dir.resolve("volume"));
        out = Files.createDirectories(dir.resolve("project/target/public"));
        mounted = run("mount", "--bind", volume.toString(), out.toString());
        Assumptions.assumeTrue(mounted, "mount --bind is not possible here (needs root on Linux): bind-mounted"
                + " output not tested for real, only through SiteWriterFaultTest's MOUNT_POINT case");
    }

    @AfterEach
    void unmount() throws Exception {
        if (mounted) {
            assertThat(run("umount", out.toString())).as("umount " + out).isTrue();
        }
    }

    @Test
    void aBindMountedOutputIsUpdatedInPlaceAndStaysMounted() throws Exception {
        build(Map.of("index.html", "home 1", "a/index.html", "a", "gone/index.html", "gone"), List.of());
        Files.writeString(out.resolve("CNAME"), "news.example.org");
        build(Map.of("index.html", "home 2", "a/index.html", "a", "b/index.html", "b"), List.of());
        build(Map.of("index.html", "home 3"), List.of("a/index.html", "b/index.html"));

        assertThat(volume.resolve("index.html")).as("written into the mounted folder").hasContent("home 3");
        assertThat(volume.resolve("a/index.html")).hasContent("a");
        assertThat(volume.resolve("b/index.html")).hasContent("b");
        assertThat(volume.resolve("gone")).doesNotExist();
        assertThat(volume.resolve("CNAME")).hasContent("news.example.org");
        assertThat(Files.getAttribute(out, "unix:ino")).as("still the mount").isEqualTo(Files.getAttribute(volume, "unix:ino"));
        try (Stream<Path> beside = Files.list(out.getParent())) {
            assertThat(beside.map(p -> p.getFileName().toString())).containsExactly("public");
        }
        try (Stream<Path> inside = Files.list(volume)) {
            assertThat(inside.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".broadsheet-")))
                    .containsExactly(SiteWriter.MANIFEST);
        }
    }

    private void build(Map<String, String> pages, List<String> keep) throws Exception {
        try (SiteWriter writer = new SiteWriter(out)) {
            pages.forEach((path, text) -> writer.write(path, text.getBytes(StandardCharsets.UTF_8)));
            keep.forEach(writer::keep);
            writer.commit();
        }
    }

    private static boolean run(String... command) throws InterruptedException {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
