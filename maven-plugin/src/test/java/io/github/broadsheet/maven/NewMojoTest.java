package io.github.broadsheet.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewMojoTest {

    @TempDir
    Path project;

    private final MojoTesting.RecordingLog log = new MojoTesting.RecordingLog();

    private NewMojo mojo(String title) throws Exception {
        NewMojo mojo = MojoTesting.withDefaults(new NewMojo(), "new", project);
        mojo.setLog(log);
        mojo.articleTitle = title;
        return mojo;
    }

    private List<Path> articles() throws Exception {
        try (Stream<Path> files = Files.list(project.resolve("content/articles"))) {
            return files.toList();
        }
    }

    @Test
    void createsTheArticleAndLogsItsPath() throws Exception {
        NewMojo mojo = mojo("Ceasefire talks resume in Geneva");
        mojo.tags = "diplomacy, Syria";
        mojo.execute();

        Path file = articles().get(0);
        assertThat(file.getFileName().toString()).matches("\\d{4}-\\d{2}-\\d{2}-ceasefire-talks-resume-in-geneva\\.md");
        assertThat(Files.readString(file))
                .contains("\ntitle: \"Ceasefire talks resume in Geneva\"\n", "\ntags: [\"diplomacy\", \"Syria\"]\n",
                        "\ndraft: true\n");
        assertThat(log.infos).containsExactly("Broadsheet: created content/articles/" + file.getFileName()
                + " (archetype: theme default: archetypes/article.md)", "Broadsheet: it is a draft: builds leave it"
                + " out until you set 'draft: false' in it (site:serve shows drafts)");
    }

    @Test
    void mapsSlugAndDraft() throws Exception {
        NewMojo mojo = mojo("Budget: the draft");
        mojo.slug = "budget-2027";
        mojo.draft = false;
        mojo.execute();

        Path file = articles().get(0);
        assertThat(file.getFileName().toString()).endsWith("-budget-2027.md");
        assertThat(Files.readString(file)).contains("\ntitle: \"Budget: the draft\"\n", "\ndraft: false\n", "\ntags: []\n");
    }

    @Test
    void blankOrMissingTitleFailsWithUsage() {
        for (String title : new String[] {null, "", "   "}) {
            assertThatThrownBy(() -> mojo(title).execute())
                    .isInstanceOf(MojoFailureException.class)
                    .hasMessageStartingWith("site:new needs the title of the new article: mvn site:new -Dtitle=");
        }
        assertThat(project.resolve("content")).doesNotExist();
    }

    @Test
    void refusesToOverwrite() throws Exception {
        mojo("Twice").execute();
        Path file = articles().get(0);
        Files.writeString(file, "edited by hand");

        assertThatThrownBy(() -> mojo("Twice").execute())
                .isInstanceOf(MojoFailureException.class)
                .hasMessage("site:new: content/articles/" + file.getFileName() + " already exists and was left as it"
                        + " is; choose another slug or title, or remove the file");
        assertThat(file).hasContent("edited by hand");
    }

    @Test
    void invalidSlugFails() throws Exception {
        NewMojo mojo = mojo("Title");
        mojo.slug = "../escape";
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("must be one URL segment");
    }
}
