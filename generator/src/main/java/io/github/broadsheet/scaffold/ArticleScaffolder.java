package io.github.broadsheet.scaffold;

import io.github.broadsheet.config.SiteConfig;
import io.github.broadsheet.content.Article;
import io.github.broadsheet.content.ArticleParser;
import io.github.broadsheet.content.DateParser;
import io.github.broadsheet.content.Slugifier;
import io.github.broadsheet.content.SourceFile;
import io.github.broadsheet.markdown.MarkdownRenderer;
import io.github.broadsheet.problem.BuildFailedException;
import io.github.broadsheet.problem.Problem;
import io.github.broadsheet.problem.Problems;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Creates the Markdown file of a new article, {@code <content>/articles/YYYY-MM-DD-<slug>.md}, from an
 * {@link Archetype} filled with the title, tags, draft flag and the current time. The result is parsed back with
 * the real {@link ArticleParser} before anything is written, so a new file is always an article the next build
 * accepts, with exactly the values asked for. An existing file is never overwritten.
 *
 * <p>Placeholders of the archetype, each replaced by a YAML value that fits after {@code key: }:
 * {@code {{title}}} (quoted text), {@code {{date}}} (ISO 8601 with offset), {@code {{tags}}} (a list),
 * {@code {{draft}}} ({@code true} or {@code false}) and {@code {{slug}}} (quoted text).
 */
public final class ArticleScaffolder {

    /** {@code 2026-11-27T10:15:00+01:00}: always with seconds, and with an offset so the moment is unambiguous. */
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    private final ArchetypeLocator archetypes;
    private final Clock clock;

    /**
     * @param themes class loader that holds the built-in themes
     * @param clock  the time of the new article, and its zone (the system default zone for users)
     */
    public ArticleScaffolder(ClassLoader themes, Clock clock) {
        this.archetypes = new ArchetypeLocator(themes);
        this.clock = clock;
    }

    public CreatedArticle create(SiteConfig.Layout layout, NewArticle request) throws BuildFailedException {
        String title = request.title().strip().replaceAll("\\s+", " ");
        if (title.isEmpty()) {
            throw new BuildFailedException("a new article needs a title that is not blank");
        }
        String slug = request.slug().isPresent() ? checkedSlug(request.slug().get()) : Slugifier.slugifyOr(title, "article-");
        OffsetDateTime date = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        Path file = layout.contentDirectory().resolve("articles")
                .resolve(date.toLocalDate() + "-" + slug + ".md");
        Path display = layout.baseDirectory().relativize(file);
        if (display.startsWith("..")) {
            display = file;
        }

        Archetype archetype = archetypes.find(layout);
        String text = archetype.render(Map.of(
                "title", YamlValues.quoted(title),
                "date", DATE.format(date),
                "tags", YamlValues.list(request.tags()),
                "draft", Boolean.toString(request.draft()),
                "slug", YamlValues.quoted(slug)));
        verify(archetype, text, new SourceFile(file, display, List.of()), title, date, slug, request);

        try {
            Files.createDirectories(file.getParent());
            // CREATE_NEW makes "does it exist?" and "write it" one step: two runs at once cannot both write.
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw new BuildFailedException(display.toString().replace('\\', '/') + " already exists and was left"
                    + " as it is; choose another slug or title, or remove the file");
        } catch (IOException e) {
            throw new BuildFailedException("cannot write " + display + ": " + e.getMessage());
        }
        return new CreatedArticle(file, display, slug, archetype.origin());
    }

    /** A slug given by the user, checked like front-matter {@code slug}: one URL segment, then slugified. */
    static String checkedSlug(String raw) throws BuildFailedException {
        String value = raw.strip();
        if (value.contains("/") || value.contains("\\") || value.contains("..") || value.contains("%")
                || value.chars().anyMatch(Character::isISOControl)) {
            throw new BuildFailedException("slug '" + value.replaceAll("\\p{Cntrl}", "?")
                    + "' must be one URL segment: no '/', '\\', '..', '%' or control characters");
        }
        String slug = Slugifier.slugify(value);
        if (slug.isEmpty()) {
            throw new BuildFailedException("slug '" + value + "' has no letters or digits");
        }
        return slug;
    }

    /**
     * Parses the filled-in archetype as the build would and checks that the values asked for come back
     * unchanged: a custom archetype that quotes a placeholder, leaves one out or breaks the YAML fails here,
     * naming its line, instead of at the next build.
     */
    private static void verify(Archetype archetype, String text, SourceFile source, String title, OffsetDateTime date,
                               String slug, NewArticle request) throws BuildFailedException {
        Problems problems = new Problems();
        MarkdownRenderer markdown = new MarkdownRenderer(false);
        Optional<Article> parsed = new ArticleParser(markdown, new DateParser(ZoneOffset.UTC))
                .parse(source, text, problems);
        List<Problem> found = problems.sorted();
        if (parsed.isEmpty() || found.stream().anyMatch(Problem::isError)) {
            throw new BuildFailedException("archetype " + archetype.origin() + " does not give a valid article: "
                    + found.stream().map(p -> "line " + p.line() + ": " + p.message())
                            .collect(Collectors.joining("; ")));
        }
        Article article = parsed.get();
        StringBuilder lost = new StringBuilder();
        // The build sets quotes and dashes of titles typographically: the title is kept when it comes back so.
        if (!markdown.smart(title).equals(article.title())) {
            lost.append(" title (use title: {{title}})");
        }
        if (!date.isEqual(article.date())) {
            lost.append(" date (use date: {{date}})");
        }
        if (!request.tags().equals(article.tags())) {
            lost.append(" tags (use tags: {{tags}})");
        }
        if (request.draft() != article.draft()) {
            lost.append(" draft (use draft: {{draft}})");
        }
        if (!slug.equals(article.slug())) {
            lost.append(" slug (use slug: {{slug}} or no slug at all)");
        }
        if (lost.length() > 0) {
            throw new BuildFailedException("archetype " + archetype.origin() + " does not keep the values of the"
                    + " new article; check" + lost + "; placeholders must not be quoted");
        }
    }
}
