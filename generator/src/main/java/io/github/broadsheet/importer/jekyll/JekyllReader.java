package io.github.broadsheet.importer.jekyll;

import io.github.broadsheet.content.JekyllNames;
import io.github.broadsheet.content.Slugifier;
import io.github.broadsheet.importer.BodyNotes;
import io.github.broadsheet.importer.Bundle;
import io.github.broadsheet.importer.ImportNotes;
import io.github.broadsheet.importer.ImportRequest;
import io.github.broadsheet.importer.ImportedDocument;
import io.github.broadsheet.importer.LinkTargets;
import io.github.broadsheet.importer.LooseDates;
import io.github.broadsheet.importer.NewsroomKeys;
import io.github.broadsheet.importer.OldUrls;
import io.github.broadsheet.importer.Placeholders;
import io.github.broadsheet.importer.SiteFiles;
import io.github.broadsheet.importer.SitePaths;
import io.github.broadsheet.importer.SiteReader;
import io.github.broadsheet.importer.SourceFrontMatter;
import io.github.broadsheet.importer.UniqueUrls;
import io.github.broadsheet.importer.Values;
import io.github.broadsheet.problem.BuildFailedException;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Jekyll site's folder: posts from every {@code _posts/} folder (folders above it are categories, as in
 * Jekyll), drafts from {@code _drafts/}, pages (Markdown and HTML files with front-matter outside {@code _}
 * folders), with {@code _config.yml}'s permalink, base URL, time zone and front-matter defaults. Each post keeps the
 * URL Jekyll gave it, computed the way Jekyll computes it.
 */
public final class JekyllReader implements SiteReader {

    private static final Set<String> MARKDOWN = Set.of("md", "markdown", "mdown", "mkdn", "mkd", "mkdown");
    private static final Set<String> HTML = Set.of("html", "htm");
    private static final Pattern POST_NAME = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})-(.+)$");
    /** Keys that become Broadsheet keys, or that Jekyll alone needs (layout): none of them is reported as left out. */
    private static final Set<String> KNOWN = Set.of("title", "date", "categories", "category", "tags", "tag",
            "permalink", "redirect_from", "redirect_to", "published", "excerpt", "excerpt_separator", "description",
            "layout", "slug", "author", "authors", "image", "toc", "last_modified_at", "updated", "modified",
            "series", "featured", "summary", "draft");
    /** Pages that are lists of posts in the old theme: Broadsheet makes its own. */
    private static final Pattern LIST_PAGE = Pattern.compile(
            "\\{%-?\\s*for\\s+\\w+\\s+in\\s+(?:site\\.(?:posts|categories|tags)|paginator\\.posts)");

    private enum Kind { POST, DRAFT, PAGE }

    /** One source file and what its place in the site says about it. */
    private record Source(Path file, String relative, Kind kind, List<String> folderCategories, String name,
                          String extension) {
    }

    /** A source with its front-matter read and its URLs decided. */
    private static final class Entry {
        Source source;
        SourceFrontMatter frontMatter;
        Map<String, Object> data;
        String title;
        OffsetDateTime date;
        boolean draft;
        String slug;
        List<String> categories = List.of();
        String oldUrl;
        String newUrl;
        List<String> aliases = new ArrayList<>();

        int line(String key) {
            return frontMatter.keyLines().containsKey(key) ? frontMatter.lineOf(key) : 1;
        }
    }

    @Override
    public List<ImportedDocument> read(ImportRequest request, ImportNotes notes) throws BuildFailedException,
            IOException {
        Path root = request.from().toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new BuildFailedException("site:import: " + request.from() + " is not a folder: give the Jekyll"
                    + " site's folder (the one holding _config.yml and _posts/)");
        }
        JekyllConfig config;
        try {
            config = JekyllConfig.read(root);
        } catch (JekyllConfig.InvalidException e) {
            throw new BuildFailedException("site:import: " + e.getMessage());
        }
        List<Source> sources = scan(root, config, notes);
        if (sources.stream().noneMatch(s -> s.kind() == Kind.POST || s.kind() == Kind.DRAFT)) {
            throw new BuildFailedException("site:import: no posts in " + request.from() + ": a Jekyll site keeps them"
                    + " in _posts/ (YYYY-MM-DD-title.md); is this the site's folder?");
        }
        LooseDates dates = LooseDates.inZone(config.text("timezone", ""), "_config.yml: timezone",
                "Jekyll used the time zone of the machine that built the site", notes);
        String template = JekyllPermalink.template(config.permalink());
        notes.urlScheme("Jekyll permalink " + template + (config.file() == null || !config.values().containsKey("permalink")
                ? " (Jekyll's default: _config.yml sets none)" : " (from _config.yml: permalink: " + config.permalink() + ")")
                + "; each article keeps its old URL as url:, redirect_from becomes aliases:");
        if (!config.baseurl().isEmpty() || !config.url().isEmpty()) {
            notes.setting("<baseUrl>" + (config.url().isEmpty() ? "https://example.org" : config.url())
                    + config.baseurl() + "/</baseUrl> (from _config.yml url and baseurl)");
        }

        List<Entry> entries = new ArrayList<>();
        for (Source source : sources) {
            read(root, source, config, dates, template, notes).ifPresent(entries::add);
        }

        OldUrls oldUrls = new OldUrls();
        UniqueUrls newUrls = new UniqueUrls();
        Map<String, String> postNames = new HashMap<>();
        Map<String, String> sourceUrls = new HashMap<>();
        for (Entry entry : entries) {
            Optional<String> unusable = SitePaths.unusable(entry.oldUrl);
            if (unusable.isPresent()) {
                String fallback = entry.source.kind() == Kind.PAGE ? "/" + pageStem(entry) + "/"
                        : "/articles/" + Slugifier.slugifyOr(entry.slug, "article-") + "/";
                if (entry.source.kind() != Kind.DRAFT) {
                    notes.note(path(entry), 1, "the old URL " + entry.oldUrl + " cannot be kept (" + unusable.get()
                            + "); the " + (entry.source.kind() == Kind.PAGE ? "page" : "article") + " is at " + fallback);
                }
                entry.newUrl = newUrls.claim(fallback);
            } else {
                entry.newUrl = newUrls.claim(entry.oldUrl);
            }
            if (entry.source.kind() != Kind.DRAFT) {
                oldUrls.add(entry.oldUrl, entry.newUrl);
                sourceUrls.put(entry.source.relative(), entry.oldUrl);
            }
            if (entry.source.kind() == Kind.POST) {
                String underPosts = entry.source.relative().replaceFirst("^.*?_posts/", "");
                postNames.put(stripExtension(underPosts), entry.oldUrl);
                postNames.putIfAbsent(entry.source.name(), entry.oldUrl);
            }
        }
        for (Entry entry : entries) {
            for (String alias : Values.texts(entry.data.get("redirect_from"))) {
                String path = SitePaths.pageUrl(SitePaths.decode(alias.startsWith("/") ? alias : "/" + alias));
                Optional<String> unusable = SitePaths.unusable(path);
                if (unusable.isPresent() || newUrls.isTaken(path)) {
                    notes.note(path(entry), entry.line("redirect_from"), "redirect_from " + alias + " not kept: "
                            + unusable.orElse("another imported page has that URL"));
                } else {
                    newUrls.reserve(path);
                    entry.aliases.add(path);
                    oldUrls.add(path, entry.newUrl);
                }
            }
        }

        URI oldSite = oldSite(config);
        SiteFiles files = new SiteFiles(root, relative -> !isHidden(relative));
        LinkTargets links = new LinkTargets(oldUrls, oldSite, files::find);
        LiquidConverter.Targets liquidTargets = new LiquidConverter.Targets() {
            @Override
            public Optional<String> postUrl(String name) {
                String key = stripExtension(name.strip());
                return Optional.ofNullable(postNames.get(key))
                        .or(() -> Optional.ofNullable(postNames.get(key.substring(key.lastIndexOf('/') + 1))));
            }

            @Override
            public Optional<String> link(String path) {
                String relative = path.strip().replaceFirst("^/", "");
                return Optional.ofNullable(sourceUrls.get(relative))
                        .or(() -> files.find("/" + relative).map(file -> "/" + relative));
            }
        };

        List<ImportedDocument> documents = new ArrayList<>();
        for (Entry entry : entries) {
            documents.add(convert(entry, config, links, liquidTargets, notes));
        }
        notes.count("other files of the old site not copied (copy what you need into static/)",
                files.unreferenced(sources.stream().map(Source::file).toList()));
        return documents;
    }

    private static URI oldSite(JekyllConfig config) {
        if (config.url().isEmpty()) {
            return null;
        }
        try {
            return new URI(config.url() + config.baseurl() + "/");
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    /** Every post, draft and page of the site, sorted by path. */
    private static List<Source> scan(Path root, JekyllConfig config, ImportNotes notes) throws IOException {
        String collections = config.text("collections_dir", "").replaceAll("^/+|/+$", "");
        List<String> excluded = config.exclude();
        List<Source> sources = new ArrayList<>();
        try (var walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String relative = root.relativize(file).toString().replace('\\', '/');
                if (!SiteFiles.staysInside(root, file)) {
                    notes.note(Path.of(relative), 0, "a symbolic link to a file outside the site: not imported");
                    continue;
                }
                List<String> parts = List.of(relative.split("/"));
                String fileName = parts.get(parts.size() - 1);
                int dot = fileName.lastIndexOf('.');
                String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
                String name = dot < 0 ? fileName : fileName.substring(0, dot);
                int posts = parts.indexOf("_posts");
                List<String> folders = parts.subList(0, parts.size() - 1);
                if (folders.stream().anyMatch(f -> f.startsWith(".") || f.equals("node_modules") || f.equals("vendor"))
                        || excluded.stream().anyMatch(x -> relative.equals(x) || relative.startsWith(x + "/"))) {
                    continue;
                }
                if (posts >= 0 && parts.subList(0, posts).stream().noneMatch(f -> f.startsWith("_"))) {
                    if (!POST_NAME.matcher(name).matches()) {
                        notes.note(Path.of(relative), 0, "in _posts/ but not named YYYY-MM-DD-title: Jekyll does"
                                + " not publish it, so it was not imported");
                        continue;
                    }
                    if (!MARKDOWN.contains(extension) && !HTML.contains(extension)) {
                        notes.note(Path.of(relative), 0, "a ." + extension + " post: only Markdown and HTML posts"
                                + " are imported");
                        continue;
                    }
                    List<String> categories = new ArrayList<>(parts.subList(0, posts));
                    if (!collections.isEmpty() && relative.startsWith(collections + "/")) {
                        categories = categories.subList(collections.split("/").length, categories.size());
                    }
                    sources.add(new Source(file, relative, Kind.POST, List.copyOf(categories), name, extension));
                } else if (parts.size() > 1 && (parts.get(0).equals("_drafts")
                        || parts.get(0).equals(collections) && parts.size() > 2 && parts.get(1).equals("_drafts"))) {
                    if (MARKDOWN.contains(extension) || HTML.contains(extension)) {
                        sources.add(new Source(file, relative, Kind.DRAFT, List.of(), name, extension));
                    }
                } else if (folders.stream().noneMatch(f -> f.startsWith("_"))
                        && (MARKDOWN.contains(extension) || HTML.contains(extension)) && !fileName.startsWith("_")
                        && hasFrontMatter(file)) {
                    sources.add(new Source(file, relative, Kind.PAGE, List.of(), name, extension));
                }
            }
        }
        return sources;
    }

    private static boolean hasFrontMatter(Path file) throws IOException {
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String first = reader.readLine();
            return first != null && first.replace("\uFEFF", "").stripTrailing().equals("---");
        } catch (java.nio.charset.MalformedInputException e) {
            return false;
        }
    }

    /** Reads a source's front-matter and decides its title, date and URL; empty when it is left out. */
    private static Optional<Entry> read(Path root, Source source, JekyllConfig config, LooseDates dates,
                                        String template, ImportNotes notes) throws IOException {
        Path display = Path.of(source.relative());
        String text;
        try {
            text = Values.readText(source.file(), () -> notes.note(display, 0,
                    "not UTF-8: read as Windows-1252; check its accented letters"));
        } catch (IOException e) {
            notes.note(display, 0, "not imported: " + e.getMessage());
            return Optional.empty();
        }
        SourceFrontMatter frontMatter;
        try {
            frontMatter = SourceFrontMatter.parse(display, text);
        } catch (SourceFrontMatter.MalformedException e) {
            notes.note(display, e.line(), "not imported: " + e.getMessage());
            return Optional.empty();
        }
        Entry entry = new Entry();
        entry.source = source;
        entry.frontMatter = frontMatter;
        String type = switch (source.kind()) {
            case POST -> "posts";
            case DRAFT -> "drafts";
            case PAGE -> "pages";
        };
        Map<String, Object> data = new LinkedHashMap<>(config.defaultsFor(source.relative(), type));
        data.putAll(frontMatter.values());
        entry.data = data;
        data.keySet().stream().filter(key -> !KNOWN.contains(key))
                .forEach(key -> notes.count("front-matter key '" + key + "' left out"));

        Matcher postName = POST_NAME.matcher(source.name());
        String fileSlug = source.kind() == Kind.POST && postName.matches() ? postName.group(2) : source.name();
        entry.slug = data.get("slug") instanceof String slug && !slug.isBlank() ? slug.strip() : fileSlug;
        entry.title = Values.text(data.get("title")).filter(t -> !t.isBlank()).map(String::strip)
                .orElseGet(() -> JekyllNames.titleize(fileSlug));
        entry.draft = source.kind() == Kind.DRAFT || Values.isFalse(data.get("published"));

        if (source.kind() == Kind.PAGE) {
            if (LIST_PAGE.matcher(frontMatter.body()).find()) {
                notes.note(display, 0, "not imported: a list of posts made by the old theme; Broadsheet makes its own"
                        + " lists");
                return Optional.empty();
            }
            entry.oldUrl = pageUrl(source, data, template);
            if (entry.oldUrl.equals("/") || entry.oldUrl.equals("/index.html") || entry.oldUrl.equals("/404.html")) {
                notes.note(display, 0, "not imported: the old site's " + (entry.oldUrl.equals("/404.html")
                        ? "\"page not found\" page" : "home page") + "; Broadsheet makes its own");
                return Optional.empty();
            }
            entry.date = Values.present(data.get("date")).flatMap(dates::parse).orElse(null);
            return Optional.of(entry);
        }

        Object rawDate = data.get("date");
        Optional<OffsetDateTime> date = Values.present(rawDate).flatMap(dates::parse);
        if (Values.present(rawDate).isPresent() && date.isEmpty()) {
            notes.note(display, entry.line("date"), "date '" + rawDate + "' not understood; the date of the file"
                    + " name is used");
        }
        if (date.isEmpty() && source.kind() == Kind.POST) {
            date = dates.fromFileName(source.name());
        }
        if (date.isEmpty()) {
            // A draft without a date: Jekyll shows drafts with the time the file was last changed.
            date = Optional.of(Files.getLastModifiedTime(source.file()).toInstant().atZone(dates.zone())
                    .toOffsetDateTime().withNano(0));
            notes.note(display, 0, "no date: the file's modification time " + date.get() + " is used");
        }
        entry.date = date.get();

        // Folders above _posts first, then front-matter, as Jekyll orders them in URLs.
        List<String> categories = new ArrayList<>(source.folderCategories());
        categories.addAll(Values.words(data.get("categories")));
        categories.addAll(Values.words(data.get("category")));
        entry.categories = Values.distinct(categories);

        String postTemplate = Values.text(data.get("permalink")).filter(p -> !p.isBlank()).orElse(template);
        OffsetDateTime local = entry.date.atZoneSameInstant(dates.zone()).toOffsetDateTime();
        entry.oldUrl = SitePaths.normalize(SitePaths.decode(JekyllPermalink.expand(postTemplate,
                JekyllPermalink.placeholders(local, entry.slug, source.name(), entry.categories))));
        return Optional.of(entry);
    }

    /** A page's URL: its permalink, else its path with {@code .html} (or a folder, with a pretty permalink). */
    private static String pageUrl(Source source, Map<String, Object> data, String template) {
        String relative = source.relative();
        int slash = relative.lastIndexOf('/');
        String folder = slash < 0 ? "" : relative.substring(0, slash);
        Optional<String> permalink = Values.text(data.get("permalink")).filter(p -> !p.isBlank());
        String url;
        if (permalink.isPresent()) {
            url = JekyllPermalink.expand(permalink.get(), JekyllPermalink.pagePlaceholders(folder, source.name()));
        } else if (source.name().equals("index")) {
            url = "/" + folder + "/";
        } else {
            url = "/" + folder + "/" + source.name() + (JekyllPermalink.pretty(template) ? "/" : ".html");
        }
        return SitePaths.normalize(SitePaths.decode(url));
    }

    private static ImportedDocument convert(Entry entry, JekyllConfig config, LinkTargets links,
                                            LiquidConverter.Targets liquidTargets, ImportNotes notes) {
        Path display = path(entry);
        SourceFrontMatter fm = entry.frontMatter;
        boolean page = entry.source.kind() == Kind.PAGE;
        Placeholders placeholders = new Placeholders();
        BodyNotes bodyNotes = (line, message) -> notes.note(display, fm.bodyLine() + line - 1, message);

        String text = new LiquidConverter(liquidTargets, placeholders, bodyNotes).convert(fm.body());
        boolean toc = false;
        if (MARKDOWN.contains(entry.source.extension())) {
            KramdownConverter.Result kramdown = KramdownConverter.convert(text, bodyNotes);
            text = kramdown.text();
            toc = kramdown.toc();
        }
        String separator = Values.text(entry.data.get("excerpt_separator"))
                .orElse(config.text("excerpt_separator", "\n\n"));
        if (!page && !separator.isBlank() && text.contains(separator)) {
            int at = text.indexOf(separator);
            text = text.substring(0, at) + placeholders.block("<!--more-->") + text.substring(at + separator.length());
        }

        Bundle bundle = page ? null : new Bundle(entry.newUrl);
        Map<String, Path> statics = new TreeMap<>();
        LinkTargets.Document documentLinks = links.forDocument(entry.draft ? entry.newUrl : entry.oldUrl, entry.newUrl, bundle, statics,
                display, notes);
        String body = documentLinks.body(text, placeholders, fm.bodyLine());

        Map<String, Object> out = new LinkedHashMap<>();
        out.put("title", entry.title);
        if (entry.date != null) {
            out.put("date", entry.date);
        }
        Values.present(entry.data.get("last_modified_at")).or(() -> Values.present(entry.data.get("updated")))
                .or(() -> Values.present(entry.data.get("modified")))
                .flatMap(value -> new LooseDates(entry.date == null ? ZoneOffset.UTC : entry.date.getOffset()).parse(value))
                .ifPresent(updated -> out.put("updated", updated));
        if (entry.draft) {
            out.put("draft", true);
        }
        if (!page) {
            List<String> tags = new ArrayList<>(Values.words(entry.data.get("tags")));
            tags.addAll(Values.words(entry.data.get("tag")));
            NewsroomKeys.putSectionAndTags(out, entry.categories, tags);
            Values.text(entry.data.get("series")).ifPresent(series -> out.put("series", series));
            List<String> authors = Values.texts(entry.data.get("authors"));
            if (entry.data.get("author") instanceof List<?>) {
                authors = Values.texts(entry.data.get("author"));
            }
            if (!authors.isEmpty()) {
                out.put("authors", authors);
            } else {
                Values.text(entry.data.get("author")).filter(a -> !a.isBlank()).ifPresent(a -> out.put("author", a));
            }
        }
        Values.text(entry.data.get("excerpt")).or(() -> Values.text(entry.data.get("summary")))
                .or(() -> Values.text(entry.data.get("description"))).map(Values::plainText)
                .filter(s -> !s.isBlank()).ifPresent(summary -> out.put("summary", summary));
        Object image = entry.data.get("image") instanceof Map<?, ?> map
                ? Optional.ofNullable(map.get("path")).orElse(map.get("url")) : entry.data.get("image");
        Values.text(image).filter(i -> !i.isBlank()).ifPresent(i -> {
            String resolved = documentLinks.resolve(i, entry.line("image"));
            out.put("image", resolved == null ? i : resolved);
        });
        if (!page && Boolean.TRUE.equals(entry.data.get("featured"))) {
            out.put("featured", true);
        }
        out.put("url", entry.newUrl);
        if (!entry.aliases.isEmpty()) {
            out.put("aliases", entry.aliases);
        }
        if (toc || Boolean.TRUE.equals(entry.data.get("toc"))) {
            out.put("toc", true);
        }
        Values.text(entry.data.get("redirect_to")).ifPresent(target -> notes.note(display, entry.line("redirect_to"),
                "redirect_to " + target + " not converted: the old page only sent readers elsewhere"));

        ImportedDocument.Kind kind = page ? ImportedDocument.Kind.PAGE : ImportedDocument.Kind.ARTICLE;
        notes.count(page ? "pages" : entry.draft ? "draft articles" : "articles");
        Map<String, Path> bundleFiles = bundle == null ? Map.of() : bundle.files();
        notes.count("bundle files", bundleFiles.size());
        notes.count("files of pages for static/", statics.size());
        String stem = page ? pageStem(entry)
                : entry.date.atZoneSameInstant(entry.date.getOffset()).toLocalDate() + "-"
                        + Slugifier.slugifyOr(entry.slug, "article-");
        return new ImportedDocument(kind, stem, out, body, bundleFiles, statics, display);
    }

    /** A page's file name: its URL path as one slug ({@code /about/team/ -> about-team}). */
    private static String pageStem(Entry entry) {
        String path = entry.oldUrl.replaceAll("(/index)?\\.html$", "");
        return Slugifier.slugifyOr(path.replace('/', ' '), "page-");
    }

    private static Path path(Entry entry) {
        return Path.of(entry.source.relative());
    }

    /** The name without a Markdown or HTML extension ({@code release-1.0} keeps its {@code .0}). */
    private static String stripExtension(String name) {
        int slash = name.lastIndexOf('/');
        int dot = name.lastIndexOf('.');
        if (dot <= slash + 1) {
            return name;
        }
        String extension = name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return MARKDOWN.contains(extension) || HTML.contains(extension) ? name.substring(0, dot) : name;
    }

    private static boolean isHidden(String relative) {
        for (String part : relative.split("/")) {
            if (part.startsWith("_") || part.startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
