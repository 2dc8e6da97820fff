package io.github.broadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs the Nu Html Checker given by {@code -Dvnu.jar=/path/to/vnu.jar} ({@code tools/check-html.sh --print-jar}
 * installs and prints it) over a folder of pages; tests that need it are skipped, with a message, without it.
 */
public final class NuHtmlChecker {

    private static final String VNU_PROPERTY = "vnu.jar";

    private NuHtmlChecker() {
    }

    /**
     * The errors vnu finds in the {@code .html} files below {@code folder}, one per line as {@code
     * "file":line.column-line.column: error: message} with file relative to the folder; empty when there are none.
     * Skips the calling test when no vnu.jar is given.
     */
    public static String errors(Path folder) throws Exception {
        String jar = System.getProperty(VNU_PROPERTY, "").strip();
        Assumptions.assumeFalse(jar.isEmpty(), "HTML validation skipped: run with -D" + VNU_PROPERTY
                + "=/path/to/vnu.jar (tools/check-html.sh --print-jar installs vnu-jar and prints the path)");
        assertThat(Path.of(jar)).as("-D%s", VNU_PROPERTY).isRegularFile();

        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process vnu = new ProcessBuilder(java.toString(), "-jar", jar, "--errors-only", "--skip-non-html",
                "--format", "gnu", folder.toString())
                .redirectErrorStream(true)
                .start();
        vnu.getOutputStream().close();
        byte[] output = vnu.getInputStream().readAllBytes();
        assertThat(vnu.waitFor(5, TimeUnit.MINUTES)).as("vnu finished").isTrue();
        String report = new String(output, StandardCharsets.UTF_8)
                .replace("file:" + folder.toAbsolutePath().toString().replace('\\', '/') + "/", "");
        assertThat(vnu.exitValue() == 0).as("vnu exit code 0 exactly when it reports no error:%n%s", report)
                .isEqualTo(!report.contains("error:"));
        return report;
    }
}
