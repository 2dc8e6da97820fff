package io.github.broadsheet.fork;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A JDK or JRE to start the build in: its {@code java} launcher and its version, which decides the kind of
 * class-data archive it can use. The version comes from the {@code release} file every JDK since 9 has at its top;
 * without one it is unknown ({@code feature} 0) and the build runs without an archive.
 *
 * @param home       the installation's folder
 * @param executable its {@code bin/java} ({@code bin\java.exe} on Windows)
 * @param version    {@code JAVA_VERSION} of the release file, e.g. {@code 17.0.15}, or {@code unknown}
 * @param feature    the feature release, e.g. 17, or 0 when unknown
 */
public record JavaRuntime(Path home, Path executable, String version, int feature) {

    /** The JVM this code runs in (for the plugin: the one running Maven). */
    public static JavaRuntime current() {
        Path home = Path.of(System.getProperty("java.home"));
        return new JavaRuntime(home, launcher(home), Runtime.version().toString(), Runtime.version().feature());
    }

    /** The installation at {@code home}, as a Maven toolchain names it. */
    public static JavaRuntime at(Path home) {
        String version = "unknown";
        try {
            for (String line : Files.readAllLines(home.resolve("release"), StandardCharsets.UTF_8)) {
                if (line.startsWith("JAVA_VERSION=")) {
                    version = line.substring("JAVA_VERSION=".length()).replace("\"", "").strip();
                }
            }
        } catch (IOException | RuntimeException e) {
            // No release file (or an unreadable one): the version stays unknown and no archive is used.
        }
        return new JavaRuntime(home, launcher(home), version, feature(version));
    }

    /** The installation a {@code java} launcher belongs to ({@code <home>/bin/java}). */
    public static JavaRuntime ofLauncher(Path executable) {
        Path bin = executable.toAbsolutePath().getParent();
        Path home = bin == null || bin.getParent() == null ? executable : bin.getParent();
        JavaRuntime runtime = at(home);
        return new JavaRuntime(home, executable, runtime.version(), runtime.feature());
    }

    /** {@code 17.0.15} -> 17, {@code 25} -> 25, {@code 1.8.0_392} -> 8, anything else -> 0. */
    static int feature(String version) {
        String[] parts = version.split("[.+_-]");
        try {
            int first = Integer.parseInt(parts[0]);
            return first == 1 && parts.length > 1 ? Integer.parseInt(parts[1]) : first;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static Path launcher(Path home) {
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        return home.resolve("bin").resolve(windows ? "java.exe" : "java");
    }
}
