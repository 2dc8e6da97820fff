package io.github.broadsheet.content;

import io.github.broadsheet.markdown.MarkdownRenderer;
import io.github.broadsheet.markdown.RenderedMarkdown;
import io.github.broadsheet.problem.Problem;
import io.github.broadsheet.problem.Problems;
import io.github.broadsheet.text.ControlCharacters;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the text of one source file into an {@link Article}: front-matter checked key by key, the body rendered
 * to HTML. It reports every problem of the file (a missing title and a bad date both), not only the first.
 * Thread-safe; one instance serves the whole build.
 */
public final class ArticleParser {

    /** Front-matter keys with a meaning; all others go to {@link Article#params()}. */
    static final Set<String> KNOWN_KEYS = Set.of(
            "title", "date", "updated", "tags", "summary", "author", "slug", "draft", "image", "aliases", "url", "toc");

    private static final Pattern MORE = Pattern.compile("(?m)^\\s*<!--\\s*more\\s*-->\\s*$");
    private static final Pattern LEADING_DATE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}-");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** A one-line link reference definition, {@code [label]: url "title"} (not a footnote). */
    private static final Pattern LINK_DEFINITION = Pattern.compile("(?m)^ {0,3}\\[(?!\\^)[^\\]]+\\]:[ \\t]*\\S.*$");
    private static final Pattern FOOTNOTE_DEFINITION = Pattern.compile("(?m)^ {0,3}\\[\\^([^\\]\\s]+)\\]:");
    private static final int SUMMARY_WORDS = 60;
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
        FrontMatterParser.Result result = frontMatterParser.parse(file, text);
        if (result instanceof FrontMatterParser.Failed failed) {
            problems.add(failed.problem());
            return Optional.empty();
        }
        FrontMatter fm = ((FrontMatterParser.Parsed) result).frontMatter();
        Fields fields = new Fields(file, fm);
        fields.refuseControlCharacters();

        String title = fields.requiredText("title");
        OffsetDateTime date = fields.date("date", true);
        OffsetDateTime updated = fields.date("updated", false);
        List<String> tags = limitTags(fields.tags(), file, fm, problems);
        List<String> aliases = fields.textList("aliases");
        String summary = fields.optionalText("summary");
        String author = fields.optionalText("author");
        String image = fields.optionalText("image");
        boolean draft = fields.bool("draft");
        boolean toc = fields.bool("toc");
        String url = fields.sitePath("url");
        aliases = aliases.stream().map(alias -> fields.checkSitePath("aliases", alias)).toList();
        String slug = fields.slug(source);

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
        String summaryText;
        String summaryHtml;
        if (summary != null && !summary.isBlank()) {
            summaryText = summary.strip();
            summaryHtml = escape(summaryText);
        } else {
            var more = MORE.matcher(bodySource);
            if (more.find()) {
                String before = teaserSource(bodySource.substring(0, more.start()), bodySource.substring(more.end()));
                RenderedMarkdown teaser = render(markdown::renderTeaser, before, file, fm, problems);
                if (teaser == null) {
                    return Optional.empty();
                }
                teaser.problems().stream().filter(p -> p.warning() && !body.problems().contains(p))
                        .forEach(p -> report(p, "in the teaser (before <!--more-->): ", file, fm, problems));
                summaryText = collapse(teaser.text());
                summaryHtml = teaser.html().strip();
            } else {
                summaryText = cutAtWord(collapse(body.firstParagraph()), SUMMARY_WORDS);
                summaryHtml = summaryText.isEmpty() ? "" : "<p>" + escape(summaryText) + "</p>";
            }
        }

        Map<String, Object> params = new LinkedHashMap<>();
        fm.values().forEach((key, value) -> {
            if (!KNOWN_KEYS.contains(key)) {
                params.put(key, value);
            }
        });
        List<Path> bundle = source.bundle();
        Optional<Path> bundleRoot = source.isBundle() ? Optional.of(source.path().getParent()) : Optional.empty();
        return Optional.of(new Article(file, slug, title, date, Optional.ofNullable(updated),
                author == null ? "" : author.strip(), tags, summaryText, summaryHtml, body.html(), body.text(),
                body.wordCount(), draft, Optional.ofNullable(image), aliases, Optional.ofNullable(url), toc,
                body.headings(), params, bundle, bundleRoot, fm.keyLines()));
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
    private static String withoutControlCharacters(Path file, FrontMatter fm, Problems problems) {
        String body = fm.body();
        int first = ControlCharacters.indexOf(body);
        if (first < 0) {
            return body;
        }
        Set<String> names = new java.util.TreeSet<>();
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
    private RenderedMarkdown render(java.util.function.Function<String, RenderedMarkdown> renderer, String body,
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

    /** The text, whitespace collapsed, cut after {@code words} words with an ellipsis. */
    static String cutAtWord(String text, int words) {
        String[] parts = text.isEmpty() ? new String[0] : WHITESPACE.split(text);
        if (parts.length <= words) {
            return text;
        }
        return String.join(" ", java.util.Arrays.copyOf(parts, words)) + "…";
    }

    static String collapse(String text) {
        return WHITESPACE.matcher(text).replaceAll(" ").strip();
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Reads typed values from front-matter, collecting a problem per bad key. */
    private final class Fields {
        private final Path file;
        private final FrontMatter fm;
        private final List<Problem> problems = new ArrayList<>();
        /** Keys refused for a control character: their other checks would only repeat the problem. */
        private final Set<String> refused = new java.util.HashSet<>();

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
            Optional<OffsetDateTime> parsed = value instanceof String text ? dates.parse(text) : Optional.empty();
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
            Set<String> seen = new java.util.HashSet<>();
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
                if (!name.isEmpty() && seen.add(name.toLowerCase(java.util.Locale.ROOT))) {
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
            return value == null ? null : checkSitePath(key, value.strip());
        }

        /**
         * A path inside the site: starts with {@code /}, no {@code ..}, backslash, percent-escape or control
         * character, so it can never name a file outside the output directory. A folder path gets
         * {@code index.html}; a path ending in {@code .html} names the file itself.
         */
        String checkSitePath(String key, String path) {
            boolean safe = path.startsWith("/") && !path.startsWith("//") && !path.contains("\\")
                    && !path.contains("%") && !path.contains("?") && !path.contains("#")
                    && path.chars().noneMatch(Character::isISOControl)
                    && java.util.Arrays.stream(path.split("/")).noneMatch(s -> s.equals("..") || s.equals("."));
            if (!safe) {
                problem(key, key + " '" + path.replaceAll("\\p{Cntrl}", "?") + "' must be a path inside the site"
                        + " such as /old/story/: starting with '/', without '..', '\\', '%', '?', '#' or control characters");
                return path;
            }
            // Hidden names are Broadsheet's own (.broadsheet-manifest) or the host's (.git, .well-known): many hosts
            // and site:deploy do not publish them, so a page there would silently not exist.
            if (java.util.Arrays.stream(path.split("/")).anyMatch(s -> s.startsWith("."))) {
                problem(key, key + " '" + path + "' has a part starting with '.': such hidden paths are reserved"
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
            Path name = source.isBundle() ? source.path().getParent().getFileName() : source.path().getFileName();
            String base = name.toString().replaceFirst("\\.md$", "");
            base = LEADING_DATE.matcher(base).replaceFirst("");
            return Slugifier.slugifyOr(base, "article-");
        }

        private void problem(String key, String message) {
            if (!refused.contains(key)) {
                problems.add(Problem.error(file, fm.lineOf(key), message));
            }
        }
    }
}
