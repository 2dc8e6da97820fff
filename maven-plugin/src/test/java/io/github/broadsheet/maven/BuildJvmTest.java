package io.github.broadsheet.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.broadsheet.fork.ForkedGenerator;
import io.github.broadsheet.fork.JavaRuntime;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DefaultArtifact;
import org.apache.maven.artifact.handler.DefaultArtifactHandler;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.toolchain.Toolchain;
import org.apache.maven.toolchain.ToolchainManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How site:generate's fork settings choose the build JVM's JDK, classpath and options. */
class BuildJvmTest {

    @TempDir
    Path dir;

    @Test
    void theClasspathIsThePluginsJarsInOrder() {
        Artifact generator = artifact("broadsheet-generator", new File("/m2/generator.jar"));
        Artifact pom = artifact("a-pom", new File("/m2/a.pom"));
        Artifact unresolved = artifact("unresolved", null);
        Artifact themes = artifact("broadsheet-themes", new File("/m2/themes.jar"));
        assertThat(BuildJvm.classpath(List.of(generator, pom, unresolved, themes)))
                .containsExactly(Path.of("/m2/generator.jar").toAbsolutePath(), Path.of("/m2/themes.jar").toAbsolutePath());
    }

    @Test
    void theUsersOptionsReplaceTheDefaults() {
        assertThat(BuildJvm.options(null, dir)).isEqualTo(ForkedGenerator.DEFAULT_OPTIONS)
                .contains("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
        assertThat(BuildJvm.options("  ", dir)).isEqualTo(ForkedGenerator.DEFAULT_OPTIONS);
        assertThat(BuildJvm.options(" -Xmx4g\n  -XX:+UseG1GC ", dir)).containsExactly("-Xmx4g", "-XX:+UseG1GC");
    }

    @Test
    void withoutToolchainTheJdkRunningMavenBuilds() throws Exception {
        assertThat(BuildJvm.jdk(toolchains(List.of()), null, null)).isEqualTo(JavaRuntime.current());
        assertThat(BuildJvm.jdk(toolchains(List.of()), null, Map.of())).isEqualTo(JavaRuntime.current());
    }

    @Test
    void aToolchainNamesTheJdkAndItsVersionComesFromItsReleaseFile() throws Exception {
        Path home = Files.createDirectories(dir.resolve("jdk-25/bin")).getParent();
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Eclipse Adoptium\"\nJAVA_VERSION=\"25.0.3\"\n");
        Toolchain jdk25 = toolchain(home.resolve("bin/java").toString());
        JavaRuntime runtime = BuildJvm.jdk(toolchains(List.of(jdk25)), null, Map.of("version", "25"));
        assertThat(runtime.home()).isEqualTo(home);
        assertThat(runtime.executable()).isEqualTo(home.resolve("bin/java"));
        assertThat(runtime.version()).isEqualTo("25.0.3");
        assertThat(runtime.feature()).isEqualTo(25);
    }

    @Test
    void aToolchainThatMatchesNothingFailsNamingTheRequirements() {
        assertThatThrownBy(() -> BuildJvm.jdk(toolchains(List.of()), null, Map.of("version", "99")))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("No JDK toolchain matches jdkToolchain {version=99}")
                .hasMessageContaining("toolchains.xml");
    }

    private static Artifact artifact(String id, File file) {
        DefaultArtifact artifact = new DefaultArtifact("io.github.broadsheet", id, "1", "compile", "jar", null,
                new DefaultArtifactHandler("jar"));
        artifact.setFile(file);
        return artifact;
    }

    private static Toolchain toolchain(String java) {
        return new Toolchain() {
            @Override
            public String getType() {
                return "jdk";
            }

            @Override
            public String findTool(String tool) {
                return tool.equals("java") ? java : null;
            }
        };
    }

    private static ToolchainManager toolchains(List<Toolchain> matching) {
        return new ToolchainManager() {
            @Override
            public Toolchain getToolchainFromBuildContext(String type, MavenSession session) {
                return null;
            }

            @Override
            public List<Toolchain> getToolchains(MavenSession session, String type, Map<String, String> requirements) {
                return matching;
            }
        };
    }
}
