package io.github.broadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two builds of the same site in two separate JVMs write byte-identical files. Within one JVM the iteration order
 * of {@code Map.of} and {@code Set.of} is fixed, so builds compared there agree even when the output depends on
 * it (JSON-LD keys once did); only separate processes, each with its own hash salt, catch that. Three builds,
 * because two salts may happen to give the same order.
 */
class ReproducibleAcrossJvmsTest {

    @TempDir
    Path dir;

    @Test
    void twoJvmsWriteTheSameBytes() throws Exception {
        HtmlValidityTest.representativeSite(dir);
        Map<String, byte[]> first = build("out-1");
        assertThat(first).containsKeys("index.html", "feed.xml", "sitemap.xml", "search-index.json", "related.json");
        for (String other : new String[] {"out-2", "out-3"}) {
            Map<String, byte[]> again = build(other);
            assertThat(again.keySet()).isEqualTo(first.keySet());
            first.forEach((path, bytes) -> assertThat(again.get(path)).as(other + "/" + path).isEqualTo(bytes));
        }
    }

    /** Builds the site with the command-line entry point in a fresh JVM; every file of the output by path. */
    private Map<String, byte[]> build(String output) throws IOException, InterruptedException {
        Path out = dir.resolve(output);
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "io.github.broadsheet.cli.Main",
                "--content", dir.resolve("content").toString(), "--output", out.toString(),
                "--base-url", "https://example.org/news/", "--now", TestSite.NOW.toString(), "--explain-related")
                .redirectErrorStream(true).start();
        String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(log).isZero();
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(out.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        return files;
    }
}
