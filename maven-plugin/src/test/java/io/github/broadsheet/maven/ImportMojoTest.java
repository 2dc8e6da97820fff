package io.github.broadsheet.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportMojoTest {

    @TempDir
    Path project;

    private final MojoTesting.RecordingLog log = new MojoTesting.RecordingLog();

    private ImportMojo mojo(String from, Path source) throws Exception {
        ImportMojo mojo = MojoTesting.withDefaults(new ImportMojo(), "import", project);
        mojo.setLog(log);
        mojo.from = from;
        mojo.source = source == null ? null : source.toFile();
        return mojo;
    }

    @Test
    void importsAJekyllSiteAndLogsTheReport() throws Exception {
        Path site = project.resolve("old");
        Files.createDirectories(site.resolve("_posts"));
        Files.writeString(site.resolve("_posts/2020-01-02-hello.md"), "---\ntitle: Hello\n---\n{% include x.html %}\n");
        mojo("jekyll", site).execute();

        assertThat(project.resolve("content/articles/2020-01-02-hello.md")).content()
                .contains("title: \"Hello\"", "url: \"/2020/01/02/hello.html\"");
        assertThat(log.infos).contains("Broadsheet: Imported from Jekyll (" + site.toString().replace('\\', '/') + "):",
                "Broadsheet:   articles: 1", "Broadsheet: the whole report is in target/import-report.txt");
        assertThat(project.resolve("target/import-report.txt")).content()
                .contains("_posts/2020-01-02-hello.md:4: Liquid {% include x.html %} not converted (removed)");
    }

    @Test
    void needsKindAndSource() {
        assertThatThrownBy(() -> mojo(null, project).execute()).isInstanceOf(MojoFailureException.class)
                .hasMessage("site:import needs the kind of site and where it is: mvn site:import"
                        + " -Dsite.from=jekyll|hugo|wordpress -Dsite.source=PATH");
        assertThatThrownBy(() -> mojo("ghost", project).execute()).isInstanceOf(MojoFailureException.class)
                .hasMessageEndingWith("-Dsite.source=PATH ('ghost' is none of the three)");
        assertThatThrownBy(() -> mojo("hugo", null).execute()).isInstanceOf(MojoFailureException.class);
    }

    @Test
    void aSourceThatIsNotASiteOfThatKindFailsClearly() {
        assertThatThrownBy(() -> mojo("jekyll", project).execute()).isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("site:import: no posts in " + project);
        assertThatThrownBy(() -> mojo("wordpress", project.resolve("missing.xml")).execute())
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("missing.xml does not exist; give the WordPress export file");
        assertThat(project.resolve("content")).doesNotExist();
    }
}
