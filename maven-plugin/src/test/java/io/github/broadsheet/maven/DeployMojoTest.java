package io.github.broadsheet.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeployMojoTest {

    @TempDir
    Path temp;

    private final MojoTesting.RecordingLog log = new MojoTesting.RecordingLog();

    private DeployMojo mojo(Path project) throws Exception {
        DeployMojo mojo = MojoTesting.withDefaults(new DeployMojo(), "deploy", project);
        mojo.setLog(log);
        return mojo;
    }

    private static void git(Path dir, String... args) throws Exception {
        String[] command = new String[args.length + 1];
        command[0] = "git";
        System.arraycopy(args, 0, command, 1, args.length);
        Process process = new ProcessBuilder(command).directory(dir.toFile()).inheritIO().start();
        assertThat(process.waitFor()).isZero();
    }

    @Test
    void withoutAGeneratedSiteFailsWithAClearMessage() throws Exception {
        Path project = temp.resolve("project");
        DeployMojo mojo = mojo(project);
        assertThat(mojo.deployBranch).isEqualTo("gh-pages");
        assertThat(mojo.deployWorkDirectory).isEqualTo(project.resolve("target/broadsheet-deploy").toFile());
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessage("site:deploy: there is no site to deploy: " + project.resolve("target/public")
                        + " does not exist; generate it first (mvn site:generate site:deploy)");
    }

    @Test
    void publishesOnceAndThenReportsNothingChanged() throws Exception {
        Path remote = Files.createDirectories(temp.resolve("remote.git"));
        git(remote, "init", "-q", "--bare");
        Path project = temp.resolve("project");
        Files.createDirectories(project.resolve("target/public"));
        Files.writeString(project.resolve("target/public/index.html"), "<h1>Home</h1>");

        DeployMojo mojo = mojo(project);
        mojo.deployRepository = remote.toString();
        mojo.cname = "news.example.org";
        mojo.execute();
        mojo.execute();

        assertThat(log.infos).hasSize(2);
        assertThat(log.infos.get(0)).matches("Broadsheet: published 3 files to branch gh-pages of \\Q" + remote
                + "\\E as commit [0-9a-f]{7,} \\(built from unknown\\)");
        assertThat(log.infos.get(1)).isEqualTo("Broadsheet: nothing changed since the last deploy to branch gh-pages of "
                + remote + "; nothing was committed or pushed");
    }
}
