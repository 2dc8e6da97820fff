package io.github.broadsheet.scaffold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.broadsheet.config.SiteConfig;
import io.github.broadsheet.content.Article;
import io.github.broadsheet.content.ArticleParser;
import io.github.broadsheet.content.DateParser;
import io.github.broadsheet.content.FrontMatter;
import io.github.broadsheet.content.FrontMatterParser;
import io.github.broadsheet.content.SourceFile;
import io.github.broadsheet.markdown.MarkdownRenderer;
import io.github.broadsheet.problem.BuildFailedException;
import io.github.broadsheet.problem.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleScaffolderTest {

    /** 10:15:30 in Berlin, with a fraction of a second that must not reach the file. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T09:15:30.123456Z"), ZoneId.of("Europe/Berlin"));

    @TempDir
    Path project;

    private final ArticleScaffolder scaffolder = new ArticleScaffolder(getClass().getClassLoader(), CLOCK);

    private SiteConfig.Layout layout() {
        return SiteConfig.builder(project).build().layout();
    }

    private CreatedArticle create(String title, List<String> tags, String slug, boolean draft) throws BuildFailedException {
        return scaffolder.create(layout(), new NewArticle(title, tags, Optional.ofNullable(slug), draft));
    }

    private static Article parse(CreatedArticle created) throws IOException {
        Problems problems = new Problems();
        Optional<Article> article = new ArticleParser(new MarkdownRenderer(false), new DateParser(ZoneOffset.UTC))
                .parse(new SourceFile(created.file(), created.display(), List.of()), Files.readString(created.file()), problems);
        assertThat(problems.sorted()).isEmpty();
        return article.orElseThrow();
    }

    private static FrontMatter frontMatter(CreatedArticle created) throws IOException {
        FrontMatterParser.Result result = new FrontMatterParser().parse(created.display(), Files.readString(created.file()));
        assertThat(result).isInstanceOf(FrontMatterParser.Parsed.class);
        return ((FrontMatterParser.Parsed) result).frontMatter();
    }

    @Test
    void writesDatedFileWithCompleteFrontMatterFromTheDefaultArchetype() throws Exception {
        CreatedArticle created = create("Ceasefire talks resume in Geneva", List.of("diplomacy", "Syria"), null, false);

        assertThat(created.file()).isEqualTo(project.resolve("content/articles/2026-11-27-ceasefire-talks-resume-in-geneva.md"));
        assertThat(created.display()).isEqualTo(Path.of("content/articles/2026-11-27-ceasefire-talks-resume-in-geneva.md"));
        assertThat(created.slug()).isEqualTo("ceasefire-talks-resume-in-geneva");
        assertThat(created.archetype()).isEqualTo("theme default: archetypes/article.md");
        String text = Files.readString(created.file());
        assertThat(text).startsWith("""
                ---
                title: "Ceasefire talks resume in Geneva"
                date: 2026-11-27T10:15:30+01:00
                tags: ["diplomacy", "Syria"]
                draft: false
                """);
        assertThat(text).contains("\nsummary: \"\"\n");

        FrontMatter fm = frontMatter(created);
        assertThat(fm.values()).containsOnlyKeys("title", "date", "tags", "draft", "summary");
        Article article = parse(created);
        assertThat(article.title()).isEqualTo("Ceasefire talks resume in Geneva");
        assertThat(article.date()).isEqualTo(OffsetDateTime.parse("2026-11-27T10:15:30+01:00"));
        assertThat(article.tags()).containsExactly("diplomacy", "Syria");
        assertThat(article.draft()).isFalse();
        assertThat(article.slug()).isEqualTo("ceasefire-talks-resume-in-geneva");
        // The body prompt is an HTML comment: an article published as it is shows no instructions to readers.
        assertThat(article.text()).isBlank();
    }

    @Test
    void fileNameUsesTheLocalDateOfTheConfiguredZone() throws Exception {
        Clock lateEvening = Clock.fixed(Instant.parse("2026-11-27T23:30:00Z"), ZoneId.of("Europe/Berlin"));
        CreatedArticle created = new ArticleScaffolder(getClass().getClassLoader(), lateEvening)
                .create(layout(), new NewArticle("Night session", List.of(), Optional.empty(), false));
        assertThat(created.file().getFileName()).hasToString("2026-11-28-night-session.md");
        assertThat(Files.readString(created.file())).contains("\ndate: 2026-11-28T00:30:00+01:00\n");

        Clock utc = Clock.fixed(Instant.parse("2026-11-27T08:00:00Z"), ZoneOffset.UTC);
        CreatedArticle inUtc = new ArticleScaffolder(getClass().getClassLoader(), utc)
                .create(layout(), new NewArticle("Morning", List.of(), Optional.empty(), false));
        assertThat(Files.readString(inUtc.file())).contains("\ndate: 2026-11-27T08:00:00Z\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ceasefire: talks \"resume\" in Geneva", "#1 story of the day", "- a leading dash",
            "yes", "null", "'Quoted' title", "C:\\path\\to\\nowhere", "[Live] Results {updated}", "50% & more @ 5",
            "São Paulo votes: what's next?", "a: b # c", "---", "Tab\tand   spaces  "})
    void titlesSurviveTheRoundTrip(String title) throws Exception {
        CreatedArticle created = create(title, List.of(), null, false);
        String expected = title.strip().replaceAll("\\s+", " ");
        assertThat(frontMatter(created).values().get("title")).isEqualTo(expected);
        // The build sets its quotes and dashes typographically (MarkdownRendererTest checks how).
        assertThat(parse(created).title()).isEqualTo(new MarkdownRenderer(false).smart(expected));
    }

    @Test
    void tagsDraftAndTrickyTagNamesSurviveTheRoundTrip() throws Exception {
        List<String> tags = NewArticle.splitTags(" diplomacy,  Syria ,,syria, \"quoted\": yes , #hash");
        assertThat(tags).containsExactly("diplomacy", "Syria", "\"quoted\": yes", "#hash");
        CreatedArticle created = create("Talks", tags, null, true);
        Article article = parse(created);
        assertThat(article.tags()).containsExactlyElementsOf(tags);
        assertThat(article.draft()).isTrue();
        assertThat(frontMatter(created).values().get("draft")).isEqualTo(true);
    }

    @Test
    void noTagsGiveAnEmptyList() throws Exception {
        CreatedArticle created = create("Quiet day", NewArticle.splitTags(null), null, false);
        assertThat(Files.readString(created.file())).contains("\ntags: []\n");
        assertThat(frontMatter(created).values().get("tags")).isEqualTo(List.of());
    }

    @Test
    void slugOptionIsCheckedAndSlugified() throws Exception {
        CreatedArticle created = create("Ceasefire talks resume in Geneva", List.of(), "Geneva Talks", false);
        assertThat(created.file().getFileName()).hasToString("2026-11-27-geneva-talks.md");
        assertThat(parse(created).slug()).isEqualTo("geneva-talks");
        assertThat(create("Other", List.of(), "  ", false).slug()).isEqualTo("other");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a/b", "a\\b", "..", "x..y", "%2f", "tab\there"})
    void slugOptionMustBeOneUrlSegment(String slug) {
        assertThatThrownBy(() -> create("Title", List.of(), slug, false))
                .isInstanceOf(BuildFailedException.class)
                .hasMessageContaining("must be one URL segment");
        assertThat(project.resolve("content")).doesNotExist();
    }

    @Test
    void slugOptionNeedsALetterOrDigit() {
        assertThatThrownBy(() -> create("Title", List.of(), "!!!", false))
                .isInstanceOf(BuildFailedException.class)
                .hasMessage("slug '!!!' has no letters or digits");
    }

    @Test
    void titleWithoutLettersGetsAStableFallbackSlug() throws Exception {
        CreatedArticle created = create("???", List.of(), null, false);
        assertThat(created.slug()).matches("article-[0-9a-f]{8}");
        assertThat(parse(created).slug()).isEqualTo(created.slug());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t\n"})
    void blankTitleIsRejected(String title) {
        assertThatThrownBy(() -> create(title, List.of(), null, false))
                .isInstanceOf(BuildFailedException.class)
                .hasMessageContaining("needs a title");
    }

    @Test
    void neverOverwritesAnExistingFile() throws Exception {
        Path file = project.resolve("content/articles/2026-11-27-budget.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "my work");
        assertThatThrownBy(() -> create("Budget", List.of(), null, false))
                .isInstanceOf(BuildFailedException.class)
                .hasMessage("content/articles/2026-11-27-budget.md already exists and was left as it is;"
                        + " choose another slug or title, or remove the file");
        assertThat(file).hasContent("my work");
    }

    @Test
    void usesTheConfiguredContentDirectory() throws Exception {
        SiteConfig.Layout layout = SiteConfig.builder(project).contentDirectory(Path.of("news")).build().layout();
        CreatedArticle created = scaffolder.create(layout, new NewArticle("Elsewhere", List.of(), Optional.empty(), false));
        assertThat(created.display()).isEqualTo(Path.of("news/articles/2026-11-27-elsewhere.md"));
    }

    @Test
    void projectArchetypeComesFirst() throws Exception {
        write("archetypes/article.md", """
                ---
                title: {{ title }}
                date: {{date}}
                slug: {{slug}}
                tags: {{tags}}
                draft: {{draft}}
                author: Desk
                ---

                Write here.
                """);
        write("themes/mine/archetypes/article.md", "not used");
        SiteConfig.Layout layout = SiteConfig.builder(project).themesDirectory(Path.of("themes")).theme("mine").build().layout();
        CreatedArticle created = scaffolder.create(layout, new NewArticle("Own: template", List.of("x"), Optional.empty(), true));
        assertThat(created.archetype()).isEqualTo("archetypes/article.md");
        assertThat(Files.readString(created.file())).isEqualTo("""
                ---
                title: "Own: template"
                date: 2026-11-27T10:15:30+01:00
                slug: "own-template"
                tags: ["x"]
                draft: true
                author: Desk
                ---

                Write here.
                """);
    }

    @Test
    void themeArchetypeComesBeforeTheBuiltInOne() throws Exception {
        write("themes/mine/archetypes/article.md", "---\ntitle: {{title}}\ndate: {{date}}\nkicker: \"\"\n---\n");
        SiteConfig.Layout layout = SiteConfig.builder(project).themesDirectory(Path.of("themes")).theme("mine").build().layout();
        CreatedArticle created = scaffolder.create(layout, new NewArticle("Themed", List.of(), Optional.empty(), false));
        assertThat(created.archetype()).isEqualTo("theme mine: archetypes/article.md");
        assertThat(frontMatter(created).values()).containsOnlyKeys("title", "date", "kicker");
    }

    @Test
    void themeWithoutArchetypeFallsBackToTheBuiltInDefault() throws Exception {
        write("themes/plain/templates/article.ftlh", "<p>${article.title}</p>");
        SiteConfig.Layout layout = SiteConfig.builder(project).themesDirectory(Path.of("themes")).theme("plain").build().layout();
        CreatedArticle created = scaffolder.create(layout, new NewArticle("Plain", List.of(), Optional.empty(), false));
        assertThat(created.archetype()).isEqualTo("theme default: archetypes/article.md");
    }

    @Test
    void unknownThemeFailsAsInABuild() {
        SiteConfig.Layout layout = SiteConfig.builder(project).theme("nope").build().layout();
        assertThatThrownBy(() -> scaffolder.create(layout, new NewArticle("T", List.of(), Optional.empty(), false)))
                .isInstanceOf(BuildFailedException.class)
                .hasMessageContaining("theme 'nope' not found");
    }

    @Test
    void unknownPlaceholderIsNamedWithItsLine() throws Exception {
        write("archetypes/article.md", "---\ntitle: {{title}}\ndate: {{date}}\nauthor: {{author}}\n---\n{{titel}}\n");
        assertThatThrownBy(() -> create("T", List.of(), null, false))
                .isInstanceOf(BuildFailedException.class)
                .hasMessage("archetype archetypes/article.md uses unknown placeholders: line 4: {{author}},"
                        + " line 6: {{titel}}; known are {{date}}, {{draft}}, {{slug}}, {{tags}}, {{title}}");
        assertThat(project.resolve("content")).doesNotExist();
    }

    @Test
    void archetypeThatBreaksTheYamlFailsBeforeWriting() throws Exception {
        write("archetypes/article.md", "---\ntitle: \"{{title}}\"\ndate: {{date}}\n---\n");
        assertThatThrownBy(() -> create("Quoted", List.of(), null, false))
                .isInstanceOf(BuildFailedException.class)
                .hasMessageStartingWith("archetype archetypes/article.md does not give a valid article: line 2: malformed YAML");
        assertThat(project.resolve("content")).doesNotExist();
    }

    @Test
    void archetypeThatDropsAValueFailsBeforeWriting() throws Exception {
        write("archetypes/article.md", "---\ntitle: {{title}}\ndate: {{date}}\n---\n");
        assertThat(create("Without tags is fine", List.of(), null, false).file()).exists();
        assertThatThrownBy(() -> create("Draft lost", List.of("a"), null, true))
                .isInstanceOf(BuildFailedException.class)
                .hasMessage("archetype archetypes/article.md does not keep the values of the new article; check"
                        + " tags (use tags: {{tags}}) draft (use draft: {{draft}}); placeholders must not be quoted");
    }

    @Test
    void byteOrderMarkOfAnArchetypeIsDropped() throws Exception {
        write("archetypes/article.md", "\uFEFF---\ntitle: {{title}}\ndate: {{date}}\n---\n");
        assertThat(Files.readString(create("Bom", List.of(), null, false).file())).startsWith("---\n");
    }

    private void write(String path, String text) throws IOException {
        Path file = project.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
