package io.github.broadsheet.content;

import io.github.broadsheet.markdown.ImageLines;
import io.github.broadsheet.markdown.MarkdownRenderer;
import io.github.broadsheet.markdown.RenderedMarkdown;
import io.github.broadsheet.problem.Problem;
import io.github.broadsheet.problem.Problems;
import io.github.broadsheet.text.ControlCharacters;
import io.github.broadsheet.text.Escapes;
import io.github.broadsheet.text.PackedText;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Turns the text of one source file into an {@link Article}: front-matter checked key by key, the body rendered
 * to HTML. It reports every problem of the file (a missing title and a bad date both), not only the first.
 * Thread-safe; one instance serves the whole build.
 */
public final class ArticleParser {

    /**
     * Front-matter keys with a meaning, Broadsheet's own and the synonyms Jekyll and Hugo archives carry (read in
     * any case, as Hugo does); all others go to {@link Article#params()}.
     */
    static final Set<String> KNOWN_KEYS = Set.of(
            "title", "date", "updated", "tags", "summary", "author", "slug", "draft", "image", "aliases", "url", "toc",
            // The newsroom's keys (Editorial).
            "section", "authors", "series", "featured", "kicker", "corrections",
            // Jekyll
            "permalink", "redirect_from", "published", "excerpt", "excerpt_separator", "categories", "category",
            "layout", "last_modified_at",
            // Hugo
            "publishdate", "lastmod", "expirydate", "description", "images");

    private static final Pattern MORE = Pattern.compile("(?m)^\\s*<!--\\s*more\\s*-->\\s*$");
    private static final Pattern LEADING_DATE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}-");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** A one-line link reference definition, {@code [label]: url "title"} (not a footnote). */
    private static final Pattern LINK_DEFINITION = Pattern.compile("(?m)^ {0,3}\\[(?!\\^)[^\\]]+\\]:[ \\t]*\\S.*$");
    private static final Pattern FOOTNOTE_DEFINITION = Pattern.compile("(?m)^ {0,3}\\[\\^([^\\]\\s]+)\\]:");
    /** Automatic summaries end near this many words: cards beside each other stay about as long. */
    static final int SUMMARY_WORDS = 30;
    /** Tags per article; see {@link #limitTags}. */
    static final int MAX_TAGS = 30;

    private final FrontMatterParser frontMatterParser = new FrontMatterParser();
    private final MarkdownRenderer markdown;
    private final DateParser dates;

    public ArticleParser(MarkdownRenderer markdown, DateParser dates) {
        this.markdown = markdown;
        this.dates = dates;
    }

    /** The article, or empty when the file has errors (all of them recorded in {@code problems}). */
    public Optional<Article> parse(SourceFile source, String text, Problems problems) {
        Path file = source.display();
        Optional<Fields> checked = fields(file, text, problems);
        if (checked.isEmpty()) {
            return Optional.empty();
        }
        Fields fields = checked.get();
        FrontMatter fm = fields.fm;

        String title = markdown.smart(fields.title(source));
        OffsetDateTime date = fields.publicationDate(source);
        OffsetDateTime updated = fields.date(fields.key("updated", "lastmod", "last_modified_at"), false);
        List<String> tags = limitTags(fields.tags(), file, fm, problems);
        String summary = fields.optionalText(fields.key("summary", "excerpt", "description"));
        String author = fields.optionalText("author");
        String image = fields.image();
        boolean draft = fields.bool("draft") || fields.unpublished();
        boolean toc = fields.bool("toc");
        String url = fields.sitePath(fields.key("url", "permalink"));
        List<String> aliases = fields.aliases();
        String slug = fields.slug(source);
        List<String> categories = fields.categories(source);
        OffsetDateTime expires = fields.date(fields.key("expiryDate"), false);
        String separator = fields.optionalText("excerpt_separator");
        Editorial editorial = fields.editorial();

        if (!fields.problems.isEmpty()) {
            fields.problems.forEach(problems::add);
            return Optional.empty();
        }

        String bodySource = withoutControlCharacters(file, fm, problems);
        RenderedMarkdown body = render(markdown::render, bodySource, file, fm, problems);
        if (body == null) {
            return Optional.empty();
        }
        // Directive errors (an unknown embed, a missing attribute, an unclosed container) and warnings about raw HTML
        // that had to be balanced, at their file lines. The teaser is rendered from the same lines, so only the
        // body's errors are reported, and only the teaser's own warnings.
        body.problems().forEach(p -> report(p, "", file, fm, problems));
        String[] summaryParts = summary(summary, separator, bodySource, body, file, fm, problems);
        if (summaryParts == null) {
            return Optional.empty();
        }
        String summaryText = summaryParts[0];
        // Images carry their body line; from here on they carry their file line.
        String summaryHtml = ImageLines.shift(summaryParts[1], fm.bodyLine() - 1);
        String html = ImageLines.shift(body.html(), fm.bodyLine() - 1);

        Map<String, Object> params = new LinkedHashMap<>();
        fm.values().forEach((key, value) -> {
            if (!KNOWN_KEYS.contains(key)) {
                params.put(key, value);
            }
        });
        List<Path> bundle = source.bundle();
        Optional<Path> bundleRoot = source.isBundle() ? Optional.of(source.path().getParent()) : Optional.empty();
        return Optional.of(new Article(file, slug, title, date, Optional.ofNullable(updated),
                author == null ? "" : author.strip(), tags, summaryText, summaryHtml, PackedText.of(html), PackedText.of(body.text()),
                body.wordCount(), draft, Optional.ofNullable(image), aliases, Optional.ofNullable(url), toc,
                body.headings(), params, bundle, bundleRoot, fm.keyLines(), categories, Optional.ofNullable(expires),
                editorial, summary != null && !summary.isBlank()));
    }

    /**
     * Where the teaser ends and the rest begins: at a {@code <!--more-->} line, or at the article's own
     * {@code excerpt_separator} (Jekyll's key) when it has one; {@code null} when there is none.
     */
    private static int[] teaserEnd(String body, String separator) {
        if (separator != null && !separator.isEmpty()) {
            int at = body.indexOf(separator);
            return at < 0 ? null : new int[] {at, at + separator.length()};
        }
        var more = MORE.matcher(body);
        return more.find() ? new int[] {more.start(), more.end()} : null;
    }

    /** The front-matter of a file, or empty with its problem recorded (pages and authors use it too). */
    Optional<FrontMatter> frontMatter(Path file, String text, Problems problems) {
        FrontMatterParser.Result result = frontMatterParser.parse(file, text);
        if (result instanceof FrontMatterParser.Failed failed) {
            problems.add(failed.problem());
            return Optional.empty();
        }
        return Optional.of(((FrontMatterParser.Parsed) result).frontMatter());
    }

    /**
     * The summary as plain text and as HTML: front-matter {@code summary}, else the text before a
     * {@code <!--more-->} line (or the article's {@code excerpt_separator}), else the body's first paragraph cut near
     * {@value #SUMMARY_WORDS} words; {@code null} when the teaser cannot be rendered (the problem is recorded).
     */
    String[] summary(String given, String separator, String bodySource, RenderedMarkdown body, Path file,
                     FrontMatter fm, Problems problems) {
        if (given != null && !given.isBlank()) {
            String text = markdown.smart(given.strip());
            return new String[] {text, Escapes.html(text)};
        }
        int[] more = teaserEnd(bodySource, separator);
        if (more != null) {
            String before = teaserSource(bodySource.substring(0, more[0]), bodySource.substring(more[1]));
            RenderedMarkdown teaser = render(markdown::renderTeaser, before, file, fm, problems);
            if (teaser == null) {
                return null;
            }
            teaser.problems().stream().filter(p -> p.warning() && !body.problems().contains(p))
                    .forEach(p -> report(p, "in the teaser (before <!--more-->): ", file, fm, problems));
            return new String[] {collapse(teaser.text()), teaser.html().strip()};
        }
        String text = cutAtWord(collapse(body.firstParagraph()), SUMMARY_WORDS);
        return new String[] {text, text.isEmpty() ? "" : "<p>" + Escapes.html(text) + "</p>"};
    }

    private static void report(RenderedMarkdown.Problem problem, String where, Path file, FrontMatter fm,
                               Problems problems) {
        int line = fm.bodyLine() + problem.line() - 1;
        if (problem.warning()) {
            problems.warning(file, line, where + problem.message());
        } else {
            problems.error(file, line, where + problem.message());
        }
    }

    /**
     * At most {@value #MAX_TAGS} tags: every tag of an article has a page and a feed that list the article with its
     * tags, so an article with thousands of tags would make output grow with the square of its tag count (5,000
     * tags: 5,009 pages and 3.3 GB). Real articles have a handful; the rest is left out with a warning naming them.
     */
    private static List<String> limitTags(List<String> tags, Path file, FrontMatter fm, Problems problems) {
        if (tags.size() <= MAX_TAGS) {
            return tags;
        }
        List<String> left = tags.subList(MAX_TAGS, tags.size());
        String named = String.join(", ", left.subList(0, Math.min(10, left.size())))
                + (left.size() > 10 ? " and " + (left.size() - 10) + " more" : "");
        problems.warning(file, fm.lineOf("tags"), tags.size() + " tags; only the first " + MAX_TAGS
                + " are used, left out: " + named);
        return List.copyOf(tags.subList(0, MAX_TAGS));
    }

    /**
     * The body without {@link ControlCharacters}, and a warning naming the line of the first one when it had
     * any. A bell or an ANSI colour code pasted from a terminal is a slip, not content: the article still builds.
     * (Front-matter values, which become titles, feed entries and page metadata, are refused instead.)
     */
    static String withoutControlCharacters(Path file, FrontMatter fm, Problems problems) {
        String body = fm.body();
        int first = ControlCharacters.indexOf(body);
        if (first < 0) {
            return body;
        }
        Set<String> names = new TreeSet<>();
        for (int i = first; i < body.length(); i++) {
            if (ControlCharacters.isForbiddenAt(body, i)) {
                names.add(ControlCharacters.name(body.charAt(i)));
            }
        }
        String stripped = ControlCharacters.replace(body, "");
        int removed = body.length() - stripped.length();
        problems.warning(file, fm.bodyLine() + FrontMatterParser.lineAt(body, first) - 1, "removed " + removed
                + (removed == 1 ? " control character (" : " control characters (") + String.join(", ", names)
                + ") from the body, the first on this line: they cannot be shown and break feeds");
        return stripped;
    }

    /**
     * The body rendered, or {@code null} with a problem recorded when Flexmark fails on it: some inputs make it
     * throw (an {@code IllegalStateException} from its text collector) or overflow the stack (block quotes or lists
     * nested a thousand deep). One such file must not end the whole build without naming itself.
     */
    RenderedMarkdown render(Function<String, RenderedMarkdown> renderer, String body,
                                    Path file, FrontMatter fm, Problems problems) {
        try {
            return renderer.apply(body);
        } catch (StackOverflowError e) {
            problems.error(file, fm.bodyLine(), "Markdown nested too deeply to render (block quotes, lists or"
                    + " emphasis inside each other); flatten it");
        } catch (RuntimeException e) {
            problems.error(file, fm.bodyLine(), "the Markdown renderer failed on this article: "
                    + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        return null;
    }

    /**
     * The Markdown of the teaser (the part before {@code <!--more-->}), rendered on its own: reference links whose
     * definitions sit at the end of the article get those definitions, and references to footnotes defined later
     * are dropped (a list page has no room for the note), instead of both showing as literal {@code [..]} text.
     */
    static String teaserSource(String before, String after) {
        String teaser = before;
        var footnotes = FOOTNOTE_DEFINITION.matcher(after);
        while (footnotes.find()) {
            teaser = teaser.replace("[^" + footnotes.group(1) + "]", "");
        }
        StringBuilder definitions = new StringBuilder();
        var links = LINK_DEFINITION.matcher(after);
        while (links.find()) {
            definitions.append(links.group()).append('\n');
        }
        return definitions.isEmpty() ? teaser : teaser + "\n\n" + definitions;
    }

    /**
     * The text cut near {@code words} words: unchanged when it has at most a fifth more; else at the end of the
     * sentence nearest to {@code words} words, if one ends between two thirds and a fifth more of them; else after
     * {@code words} words, with an ellipsis.
     */
    static String cutAtWord(String text, int words) {
        String[] parts = text.isEmpty() ? new String[0] : WHITESPACE.split(text);
        int most = words + words / 5;
        if (parts.length <= most) {
            return text;
        }
        int best = -1;
        for (int n = words * 2 / 3; n <= most; n++) {
            if (endsSentence(parts[n - 1]) && (best < 0 || Math.abs(n - words) < Math.abs(best - words))) {
                best = n;
            }
        }
        return best > 0 ? String.join(" ", Arrays.copyOf(parts, best))
                : String.join(" ", Arrays.copyOf(parts, words)) + "…";
    }

    /** Whether a word ends a sentence: a full stop, question or exclamation mark, perhaps inside a quote. */
    private static boolean endsSentence(String word) {
        String end = word.replaceAll("[\"'\u201C\u201D\u2019\u00BB\u203A)]+$", "");
        return end.length() > 1 && ".!?".indexOf(end.charAt(end.length() - 1)) >= 0;
    }

    static String collapse(String text) {
        return WHITESPACE.matcher(text).replaceAll(" ").strip();
    }

    /** Reads a file's typed front-matter values, collecting a problem per bad key (pages and authors use it too). */
    /**
     * The front-matter of a file (articles, pages and authors alike) as fields to read, values with control
     * characters already refused; empty when the front-matter cannot be parsed (the problem is recorded).
     */
    Optional<Fields> fields(Path file, String text, Problems problems) {
        return frontMatter(file, text, problems).map(fm -> {
            Fields fields = new Fields(file, fm);
            fields.refuseControlCharacters();
            return fields;
        });
    }

    /** Reads typed values from front-matter, collecting a problem per bad key. */
    final class Fields {
        private final Path file;
        final FrontMatter fm;
        final List<Problem> problems = new ArrayList<>();
        /** Keys refused for a control character: their other checks would only repeat the problem. */
        private final Set<String> refused = new HashSet<>();

        Fields(Path file, FrontMatter fm) {
            this.file = file;
            this.fm = fm;
        }

        /**
         * One problem per key whose name or value (at any depth) holds one of the {@link ControlCharacters}: they
         * would reach titles, feeds and page metadata, where they cannot be shown and make the XML ill-formed.
         */
        void refuseControlCharacters() {
            fm.values().forEach((key, value) -> {
                int inKey = ControlCharacters.indexOf(key);
                int found = inKey >= 0 ? key.charAt(inKey) : firstControlCharacter(value);
                if (found >= 0) {
                    String name = inKey >= 0 ? "the key '" + ControlCharacters.replace(key, "?") + "'" : key;
                    problem(key, name + " holds the control character " + ControlCharacters.name((char) found)
                            + ", which cannot be shown and breaks feeds; remove it");
                    refused.add(key);
                }
            });
        }

        /** The first control character in a value, its list items or its mapping's keys and values, else -1. */
        private static int firstControlCharacter(Object value) {
            if (value instanceof String text) {
                int at = ControlCharacters.indexOf(text);
                return at < 0 ? -1 : text.charAt(at);
            }
            Iterable<?> parts = value instanceof Map<?, ?> map ? map.entrySet()
                    : value instanceof List<?> list ? list : List.of();
            for (Object part : parts) {
                int found = part instanceof Map.Entry<?, ?> entry
                        ? Math.max(firstControlCharacter(entry.getKey()), firstControlCharacter(entry.getValue()))
                        : firstControlCharacter(part);
                if (found >= 0) {
                    return found;
                }
            }
            return -1;
        }

        /**
         * The key as the file writes it, the first of {@code names} present, looked up case-insensitively as Hugo
         * does ({@code publishDate}, {@code publishdate}); the first name when none is there.
         */
        String key(String... names) {
            for (String name : names) {
                if (fm.values().containsKey(name)) {
                    return name;
                }
            }
            for (String name : names) {
                for (String key : fm.values().keySet()) {
                    if (key.equalsIgnoreCase(name)) {
                        return key;
                    }
                }
            }
            return names[0];
        }

        /**
         * {@code title}; a Jekyll post without one takes it from its file name, as Jekyll does
         * ({@code 2015-05-15-release-notes.md}: "Release Notes").
         */
        String title(SourceFile source) {
            if (!fm.values().containsKey("title")) {
                String name = fileName(source);
                if (LEADING_DATE.matcher(name).find()) {
                    String words = JekyllNames.titleize(LEADING_DATE.matcher(name).replaceFirst(""));
                    if (!words.isEmpty()) {
                        return words;
                    }
                }
            }
            return requiredText("title");
        }

        /**
         * {@code date}, Hugo's {@code publishDate} when it is later (the article appears then), else the date of a
         * {@code YYYY-MM-DD-} file or bundle name (Jekyll's convention); front-matter wins over the name.
         */
        OffsetDateTime publicationDate(SourceFile source) {
            OffsetDateTime date = date("date", false);
            OffsetDateTime publish = date(key("publishDate"), false);
            if (publish != null && (date == null || publish.isAfter(date))) {
                date = publish;
            }
            if (date == null && !fm.values().containsKey("date") && !refused.contains("date")) {
                date = dates.fromFileName(fileName(source)).orElse(null);
                if (date == null) {
                    problem("date", "missing date: add e.g. 'date: 2026-11-27' to the front-matter, or start the"
                            + " file name with it (2026-11-27-title.md)");
                }
            }
            return date;
        }

        /** Jekyll's {@code published: false} is a draft. */
        boolean unpublished() {
            return fm.values().containsKey("published") && !bool("published");
        }

        /**
         * {@code image}: a path or URL, or Jekyll SEO's mapping with a {@code path}; else the first of Hugo's
         * {@code images}.
         */
        String image() {
            Object value = fm.values().get("image");
            if (value instanceof Map<?, ?> map && map.get("path") instanceof String path) {
                return path;
            }
            if (value != null) {
                return optionalText("image");
            }
            String images = key("images");
            List<String> list = textList(images);
            return list.isEmpty() ? null : list.get(0);
        }

        /**
         * {@code aliases} and Jekyll's {@code redirect_from}, each checked at its own line. A relative alias
         * (Hugo's) is kept relative, and resolved from the article's page once its path is known.
         */
        List<String> aliases() {
            List<String> all = new ArrayList<>();
            for (String key : List.of(key("aliases"), "redirect_from")) {
                for (String alias : textList(key)) {
                    all.add(relative(alias) ? checkSitePath(key, "/" + alias, alias).substring(1)
                            : checkSitePath(key, alias));
                }
            }
            return all;
        }

        /**
         * Jekyll's categories: the folders above {@code _posts}, then {@code categories} (a list, or text split at
         * spaces) or {@code category} (one name), without repeats.
         */
        List<String> categories(SourceFile source) {
            Set<String> names = new java.util.LinkedHashSet<>(source.folderCategories());
            Object plural = fm.values().get("categories");
            if (plural instanceof String text) {
                names.addAll(Arrays.asList(text.strip().split("\\s+")));
            } else if (plural != null) {
                names.addAll(textList("categories"));
            }
            String single = optionalText("category");
            if (single != null && !single.isBlank()) {
                names.add(single.strip());
            }
            names.remove("");
            return List.copyOf(names);
        }

        /**
         * A path relative to the article's page ({@code old-name/}), as Hugo allows for aliases: not a site path,
         * not a URL ({@code https:}, {@code //host}), not a Windows path.
         */
        private static boolean relative(String alias) {
            return !alias.startsWith("/") && !alias.startsWith("\\") && !alias.contains(":") && !alias.isEmpty();
        }

        private static String fileName(SourceFile source) {
            return MarkdownFiles.articleName(source.path());
        }

        String requiredText(String key) {
            Object value = fm.values().get(key);
            if (value == null || (value instanceof String s && s.isBlank())) {
                problem(key, "missing " + key + ": every article needs '" + key + ": ...' in its front-matter");
                return null;
            }
            if (value instanceof List || value instanceof Map) {
                problem(key, key + " must be text, not a " + FrontMatterParser.kind(value));
                return null;
            }
            return collapse(String.valueOf(value));
        }

        String optionalText(String key) {
            Object value = fm.values().get(key);
            if (value == null) {
                return null;
            }
            if (value instanceof List || value instanceof Map) {
                problem(key, key + " must be text, not a " + FrontMatterParser.kind(value));
                return null;
            }
            return String.valueOf(value);
        }

        OffsetDateTime date(String key, boolean required) {
            Object value = fm.values().get(key);
            if (value == null || String.valueOf(value).isBlank()) {
                if (required) {
                    problem(key, "missing " + key + ": add e.g. '" + key + ": 2026-11-27' to the front-matter");
                }
                return null;
            }
            Optional<OffsetDateTime> parsed = dates.parse(value);
            if (parsed.isEmpty()) {
                problem(key, key + " '" + value + "' is not a date; use " + DateParser.acceptedForms());
                return null;
            }
            return parsed.get();
        }

        boolean bool(String key) {
            Object value = fm.values().get(key);
            if (value == null) {
                return false;
            }
            if (value instanceof Boolean b) {
                return b;
            }
            problem(key, key + " must be true or false, not '" + value + "'");
            return false;
        }

        /** A YAML list of names, or one comma-separated string. */
        List<String> tags() {
            Object value = fm.values().get("tags");
            List<String> names = new ArrayList<>();
            if (value == null) {
                return names;
            }
            List<?> items;
            if (value instanceof String text) {
                items = List.of(text.split(","));
            } else if (value instanceof List<?> list) {
                items = list;
            } else {
                problem("tags", "tags must be a list ([a, b]) or comma-separated text, not a "
                        + FrontMatterParser.kind(value));
                return names;
            }
            Set<String> seen = new HashSet<>();
            for (Object item : items) {
                if (item == null) {
                    continue;
                }
                if (item instanceof List || item instanceof Map) {
                    problem("tags", "each tag must be text, not a " + FrontMatterParser.kind(item));
                    continue;
                }
                String name = collapse(String.valueOf(item));
                // A set, not a scan of the names so far: an article with 100,000 tags must not take minutes.
                if (!name.isEmpty() && seen.add(name.toLowerCase(Locale.ROOT))) {
                    names.add(name);
                }
            }
            return names;
        }

        List<String> textList(String key) {
            Object value = fm.values().get(key);
            if (value == null) {
                return List.of();
            }
            if (value instanceof String text) {
                return List.of(text.strip());
            }
            if (value instanceof List<?> list && list.stream().allMatch(item -> item instanceof String)) {
                return list.stream().map(item -> ((String) item).strip()).toList();
            }
            problem(key, key + " must be a list of text");
            return List.of();
        }

        /** An optional site path ({@code url: /about/}), checked like {@link #checkSitePath}. */
        String sitePath(String key) {
            String value = optionalText(key);
            if (value == null) {
                return null;
            }
            String path = value.strip();
            // Hugo's url and Jekyll's permalink may leave out the leading slash; both mean the site's root.
            return checkSitePath(key, path.startsWith("/") || path.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*") ? path
                    : "/" + path);
        }

        /**
         * A path inside the site: starts with {@code /}, no {@code ..}, backslash, percent-escape or control
         * character, so it can never name a file outside the output directory. A folder path gets
         * {@code index.html}; a path ending in {@code .html} names the file itself.
         */
        String checkSitePath(String key, String path) {
            return checkSitePath(key, path, path);
        }

        /** As {@link #checkSitePath(String, String)}, naming the value as the author wrote it ({@code shown}). */
        String checkSitePath(String key, String path, String shown) {
            boolean safe = path.startsWith("/") && !path.startsWith("//") && !path.contains("\\")
                    && !path.contains("%") && !path.contains("?") && !path.contains("#")
                    && path.chars().noneMatch(Character::isISOControl)
                    && Arrays.stream(path.split("/")).noneMatch(s -> s.equals("..") || s.equals("."));
            if (!safe) {
                problem(key, key + " '" + shown.replaceAll("\\p{Cntrl}", "?") + "' must be a path inside the site"
                        + " such as /old/story/: starting with '/', without '..', '\\', '%', '?', '#' or control characters");
                return path;
            }
            // Hidden names are Broadsheet's own (.broadsheet-manifest) or the host's (.git, .well-known): many hosts
            // and site:deploy do not publish them, so a page there would silently not exist.
            if (Arrays.stream(path.split("/")).anyMatch(s -> s.startsWith("."))) {
                problem(key, key + " '" + shown + "' has a part starting with '.': such hidden paths are reserved"
                        + " (Broadsheet's and the host's own files) and often not published; choose another path");
                return path;
            }
            return path.endsWith("/") || path.endsWith(".html") ? path : path + "/";
        }

        /** From front-matter {@code slug} (checked: one safe path segment), else from the file or folder name. */
        String slug(SourceFile source) {
            Object value = fm.values().get("slug");
            if (value != null) {
                String raw = String.valueOf(value).strip();
                if (raw.contains("/") || raw.contains("\\") || raw.contains("..") || raw.contains("%")
                        || raw.chars().anyMatch(Character::isISOControl)) {
                    problem("slug", "slug '" + raw.replaceAll("\\p{Cntrl}", "?")
                            + "' must be one URL segment: no '/', '\\', '..', '%' or control characters");
                    return null;
                }
                String slug = Slugifier.slugify(raw);
                if (slug.isEmpty()) {
                    problem("slug", "slug '" + raw + "' has no letters or digits");
                    return null;
                }
                return slug;
            }
            String base = LEADING_DATE.matcher(fileName(source)).replaceFirst("");
            return Slugifier.slugifyOr(base, "article-");
        }

        // ----- The newsroom's keys (Editorial) -----

        /** {@code section}, {@code authors}/{@code author}, {@code series}, {@code featured}, {@code kicker}, {@code corrections}. */
        Editorial editorial() {
            String section = name("section");
            List<String> authors;
            if (fm.values().containsKey("authors")) {
                authors = names("authors");
                if (fm.values().containsKey("author")) {
                    problem("author", "author and authors both given: list every author under authors");
                }
            } else {
                String author = optionalText("author");
                authors = author == null || author.isBlank() ? List.of() : List.of(collapse(author));
            }
            Object series = fm.values().get("series");
            String seriesName = series instanceof List<?> list && list.size() == 1 && list.get(0) instanceof String one
                    ? collapse(one) : name("series");
            String kicker = optionalText("kicker");
            return new Editorial(section, authors, seriesName, bool("featured"),
                    kicker == null ? "" : markdown.smart(collapse(kicker)), corrections());
        }

        /** A name (section, series): text, whitespace collapsed; empty when missing. */
        private String name(String key) {
            String value = optionalText(key);
            return value == null ? "" : collapse(value);
        }

        /** A list of names, or one name; each once (ignoring case). */
        private List<String> names(String key) {
            Object value = fm.values().get(key);
            List<?> items = value instanceof List<?> list ? list : value == null ? List.of() : List.of(value);
            List<String> names = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (Object item : items) {
                if (item instanceof List || item instanceof Map) {
                    problem(key, "each entry of " + key + " must be text, not a " + FrontMatterParser.kind(item));
                } else if (item != null) {
                    String name = collapse(String.valueOf(item));
                    if (!name.isEmpty() && seen.add(name.toLowerCase(Locale.ROOT))) {
                        names.add(name);
                    }
                }
            }
            return names;
        }

        /** {@code corrections:}, a list of {@code {date: ..., text: ...}}, oldest first. */
        private List<Editorial.Correction> corrections() {
            Object value = fm.values().get("corrections");
            if (value == null) {
                return List.of();
            }
            String form = "corrections must be a list of {date: 2026-06-11, text: \"What was corrected.\"}";
            if (!(value instanceof List<?> list)) {
                problem("corrections", form);
                return List.of();
            }
            List<Editorial.Correction> corrections = new ArrayList<>();
            boolean bad = false;
            for (int n = 0; n < list.size(); n++) {
                Object item = list.get(n);
                Object date = item instanceof Map<?, ?> map ? map.get("date") : null;
                Object text = item instanceof Map<?, ?> map ? map.get("text") : null;
                Optional<OffsetDateTime> when = date instanceof String d ? dates.parse(d) : Optional.empty();
                // Each bad entry is named by its number: front-matter keeps the lines of keys, not of list items.
                String why = !(item instanceof Map) ? "is not a {date, text} mapping"
                        : date == null ? "has no date" : when.isEmpty() ? "has '" + date + "', which is not a date"
                        : !(text instanceof String t) || t.isBlank() ? "has no text" : null;
                if (why != null) {
                    problem("corrections", form + ": entry " + (n + 1) + " " + why);
                    bad = true;
                } else {
                    corrections.add(new Editorial.Correction(when.get(), markdown.smart(collapse((String) text))));
                }
            }
            if (bad) {
                return List.of();
            }
            corrections.sort(java.util.Comparator.comparing(Editorial.Correction::date));
            return corrections;
        }

        private void problem(String key, String message) {
            if (!refused.contains(key)) {
                problems.add(Problem.error(file, fm.lineOf(key), message));
            }
        }
    }
}
