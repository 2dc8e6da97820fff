package io.github.broadsheet.content;

import io.github.broadsheet.markdown.ImageLines;
import io.github.broadsheet.markdown.MarkdownRenderer;
import io.github.broadsheet.markdown.RenderedMarkdown;
import io.github.broadsheet.problem.Problems;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a file of {@code content/pages/} into a {@link Page}, with the checks and the Markdown of articles
 * ({@link ArticleParser}): the title is required, the date is not. Every problem of the file is reported.
 * Thread-safe.
 */
public final class PageParser {

    /** Front-matter keys of pages with a meaning; all others go to {@link Page#params()}. */
    static final Set<String> KNOWN_KEYS = Set.of("title", "date", "updated", "summary", "slug", "draft", "aliases",
            "url", "toc", "menu", "in_lists", "in_feeds", "in_search");
    private static final Set<String> MENUS = Set.of("header", "footer");

    private final ArticleParser articles;
    private final MarkdownRenderer markdown;

    /** @param articles the parser of the site's articles, whose checks and renderer pages share */
    public PageParser(ArticleParser articles, MarkdownRenderer markdown) {
        this.articles = articles;
        this.markdown = markdown;
    }

    /** The page, or empty when the file has errors (all of them recorded in {@code problems}). */
    public Optional<Page> parse(SourceFile source, String text, Problems problems) {
        Path file = source.display();
        Optional<ArticleParser.Fields> checked = articles.fields(file, text, problems);
        if (checked.isEmpty()) {
            return Optional.empty();
        }
        ArticleParser.Fields fields = checked.get();
        FrontMatter fm = fields.fm;
        String title = markdown.smart(fields.requiredText("title"));
        OffsetDateTime date = fields.date("date", false);
        OffsetDateTime updated = fields.date("updated", false);
        String summary = fields.optionalText("summary");
        boolean draft = fields.bool("draft");
        boolean toc = fields.bool("toc");
        String url = fields.sitePath("url");
        List<String> aliases = fields.textList("aliases").stream()
                .map(alias -> fields.checkSitePath("aliases", alias)).toList();
        String slug = fields.slug(source);
        List<String> menus = new ArrayList<>();
        for (String menu : fields.textList("menu")) {
            String name = menu.toLowerCase(Locale.ROOT);
            if (!MENUS.contains(name)) {
                problems.error(file, fm.lineOf("menu"), "menu '" + menu + "' is neither header nor footer");
            } else if (!menus.contains(name)) {
                menus.add(name);
            }
        }
        boolean inLists = fields.bool("in_lists");
        boolean inFeeds = fields.bool("in_feeds");
        boolean inSearch = fields.bool("in_search");
        for (String key : inLists && inFeeds ? List.of("in_lists", "in_feeds") : inLists ? List.of("in_lists")
                : inFeeds ? List.of("in_feeds") : List.<String>of()) {
            if (date == null && fm.values().get("date") == null) {
                problems.error(file, fm.lineOf(key), key + ": true needs a date: lists and feeds are ordered by"
                        + " date; add e.g. 'date: 2026-11-27'");
            }
        }
        if (!fields.problems.isEmpty()) {
            fields.problems.forEach(problems::add);
            return Optional.empty();
        }
        String bodySource = ArticleParser.withoutControlCharacters(file, fm, problems);
        RenderedMarkdown body = articles.render(markdown::render, bodySource, file, fm, problems);
        if (body == null) {
            return Optional.empty();
        }
        body.problems().forEach(p -> problems.error(file, fm.bodyLine() + p.line() - 1, p.message()));
        String[] summaryParts = articles.summary(summary, null, bodySource, body, file, fm, problems);
        if (summaryParts == null) {
            return Optional.empty();
        }
        Map<String, Object> params = new LinkedHashMap<>();
        fm.values().forEach((key, value) -> {
            if (!KNOWN_KEYS.contains(key)) {
                params.put(key, value);
            }
        });
        return Optional.of(new Page(file, slug, title, Optional.ofNullable(date), Optional.ofNullable(updated),
                summaryParts[0], ImageLines.shift(body.html(), fm.bodyLine() - 1), draft, Optional.ofNullable(url), aliases, toc, body.headings(), menus,
                inLists, inFeeds, inSearch, params, source.bundle(),
                source.isBundle() ? Optional.of(source.path().getParent()) : Optional.empty(), fm.keyLines()));
    }
}
