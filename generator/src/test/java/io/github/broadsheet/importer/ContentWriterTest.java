package io.github.broadsheet.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentWriterTest {

    @TempDir
    Path project;

    private ContentWriter writer() {
        return new ContentWriter(ImportFixtures.request(ImportSource.JEKYLL, project, project));
    }

    private static ImportedDocument article(String stem, String title, Map<String, Path> bundle) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("title", title);
        values.put("date", OffsetDateTime.parse("2020-01-02T03:04:05Z"));
        values.put("url", "/" + stem + "/");
        return new ImportedDocument(ImportedDocument.Kind.ARTICLE, stem, values, "Text.", bundle, Map.of(),
                Path.of("_posts/" + stem + ".md"));
    }

    @Test
    void writesArticlesAndBundlesAndGivesEqualStemsNumbers() throws Exception {
        Path picture = Files.writeString(project.resolve("pic.png"), "png");
        ImportNotes notes = new ImportNotes();
        ContentWriter.Result result = writer().write(List.of(article("2020-01-02-a", "A", Map.of("pic.png", picture)),
                article("2020-01-02-A", "Second A", Map.of()), article("2020-01-02-b", "B", Map.of())), notes);
        assertThat(project.resolve("content/articles/2020-01-02-a/index.md")).content().contains("title: \"A\"");
        assertThat(project.resolve("content/articles/2020-01-02-a/pic.png")).content().isEqualTo("png");
        assertThat(project.resolve("content/articles/2020-01-02-A-2.md")).content().contains("title: \"Second A\"");
        assertThat(result).isEqualTo(new ContentWriter.Result(4, 0, 0));
        assertThat(notes.notes()).isEmpty();
    }

    @Test
    void neverOverwritesAndCountsIdenticalFilesAsUnchanged() throws Exception {
        writer().write(List.of(article("2020-01-02-a", "A", Map.of())), new ImportNotes());
        Path file = project.resolve("content/articles/2020-01-02-a.md");
        ImportNotes again = new ImportNotes();
        assertThat(writer().write(List.of(article("2020-01-02-a", "A", Map.of())), again))
                .isEqualTo(new ContentWriter.Result(0, 1, 0));

        Files.writeString(file, "mine");
        ImportNotes clash = new ImportNotes();
        assertThat(writer().write(List.of(article("2020-01-02-a", "A", Map.of())), clash))
                .isEqualTo(new ContentWriter.Result(0, 0, 1));
        assertThat(file).content().isEqualTo("mine");
        assertThat(clash.notes()).singleElement().hasToString("_posts/2020-01-02-a.md: warning: content/articles/"
                + "2020-01-02-a.md exists with other content and was left as it is (not overwritten); move it away to"
                + " import this file again");
    }

    @Test
    void anArticleBroadsheetWouldRefuseIsNotWritten() throws Exception {
        ImportedDocument broken = article("2020-01-02-x", "X", Map.of());
        Map<String, Object> values = new LinkedHashMap<>(broken.frontMatter());
        values.put("url", "/../escape/");
        ImportNotes notes = new ImportNotes();
        writer().write(List.of(new ImportedDocument(broken.kind(), broken.stem(), values, broken.body(), Map.of(),
                Map.of(), broken.origin())), notes);
        assertThat(project.resolve("content/articles")).doesNotExist();
        assertThat(notes.notes()).singleElement().asString().contains("not imported, Broadsheet would refuse the"
                + " converted file: line 4: url '/../escape/' must be a path inside the site");
    }
}
