package io.github.broadsheet.maven;

import io.github.broadsheet.fork.ForkedGenerator;
import io.github.broadsheet.fork.JavaRuntime;
import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.toolchain.Toolchain;
import org.apache.maven.toolchain.ToolchainManager;

/**
 * The JVM that {@code site:generate} builds in, from the goal's {@code fork*} and {@code jdkToolchain} settings:
 * which JDK (a Maven toolchain, else the one running Maven), which classpath (the plugin's own jars: the generator,
 * the themes and their dependencies) and which options. The process itself is the engine's {@link ForkedGenerator}.
 */
final class BuildJvm {

    private BuildJvm() {
    }

    static ForkedGenerator generator(JavaRuntime jdk, List<Artifact> pluginArtifacts, String jvmArgs,
                                     Path contentDirectory, File workDirectory, boolean archive, Consumer<String> debug,
                                     Consumer<String> progress) {
        return new ForkedGenerator(jdk, classpath(pluginArtifacts), options(jvmArgs, contentDirectory),
                workDirectory.toPath(), archive, debug, progress);
    }

    /** The plugin's resolved jars, in Maven's order; Maven's own API is provided by Maven and is not among them. */
    static List<Path> classpath(List<Artifact> pluginArtifacts) {
        return pluginArtifacts.stream()
                .filter(artifact -> artifact.getFile() != null && artifact.getFile().getName().endsWith(".jar"))
                .map(artifact -> artifact.getFile().toPath().toAbsolutePath())
                .toList();
    }

    /** The user's options, split at white space, or the defaults for the site's size when there are none. */
    static List<String> options(String jvmArgs, Path contentDirectory) {
        if (jvmArgs == null || jvmArgs.isBlank()) {
            return ForkedGenerator.defaultOptions(contentDirectory);
        }
        return Arrays.stream(jvmArgs.strip().split("\\s+")).toList();
    }

    /** The JDK of the first toolchain matching {@code requirements}, or the one running Maven when there are none. */
    static JavaRuntime jdk(ToolchainManager toolchains, MavenSession session, Map<String, String> requirements)
            throws MojoExecutionException {
        if (requirements == null || requirements.isEmpty()) {
            return JavaRuntime.current();
        }
        List<Toolchain> matching = toolchains.getToolchains(session, "jdk", requirements);
        String java = matching.isEmpty() ? null : matching.get(0).findTool("java");
        if (java == null) {
            throw new MojoExecutionException("No JDK toolchain matches jdkToolchain " + requirements
                    + ": add one to ~/.m2/toolchains.xml, or remove jdkToolchain to build with the JDK running Maven");
        }
        return JavaRuntime.ofLauncher(Path.of(java));
    }
}
