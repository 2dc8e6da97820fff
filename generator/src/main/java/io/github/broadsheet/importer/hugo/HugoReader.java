package io.github.broadsheet.importer.hugo;

import io.github.broadsheet.content.Slugifier;
import io.github.broadsheet.importer.BodyNotes;
import io.github.broadsheet.importer.Bundle;
import io.github.broadsheet.importer.HeadingIds;
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

/**
 * Reads a Hugo site's folder: every regular page of {@code content/} (pages in the content folder's root become
 * Broadsheet pages, pages of sections become articles), leaf bundles with their resources, YAML, TOML and JSON
 * front-matter, and the site configuration's {@code baseURL}, {@code permalinks}, {@code taxonomies},
 * {@code timeZone} and {@code uglyURLs}. Each page keeps the URL Hugo gave it, computed the way Hugo computes it.
 */
public final class HugoReader implements SiteReader {

    private static final Set<String> CONTENT = Set.of("md", "markdown", "mdown", "html", "htm");
    /** Keys that become Broadsheet keys, or that Hugo's templates alone need: none is reported as left out. */
    private static final Set<String> KNOWN = Set.of("title", "date", "publishdate", "pubdate", "published",
            "lastmod", "modified", "expirydate", "unpublishdate", "slug", "url", "aliases", "summary", "description",
            "images", "image", "featured_image", "cover", "draft", "tags", "categories", "series", "authors", "author",
            "toc", "featured", "layout", "type");

    /** One content file and what the folders say about it. */
    private record Source(Path file, String relative, String folder, String fileName, boolean bundle,
                          boolean page, String extension) {
    }

    private static final class Entry {
        Source source;
        SourceFrontMatter frontMatter;
        String title;
        OffsetDateTime date;
        OffsetDateTime urlDate;
        String oldUrl;
        String newUrl;
        List<String> aliases = new ArrayList<>();
        Map<String, Path> resources = new TreeMap<>();
        boolean draft;

        Optional<Object> get(String key) {
            return frontMatter.get(key);
        }

        int line(String key) {
            return frontMatter.lineOfAny(key);
        }
    }

    @Override
    public List<ImportedDocument> read(ImportRequest request, ImportNotes notes) throws BuildFailedException,
            IOException {
        Path root = request.from().toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new BuildFailedException("site:import: " + request.from() + " is not a folder: give the Hugo site's"
                    + " folder (the one holding hugo.toml or config.toml and content/)");
        }
        HugoConfig config;
        try {
            config = HugoConfig.read(root);
        } catch (HugoConfig.InvalidException e) {
            throw new BuildFailedException("site:import: cannot read the Hugo configuration: " + e.getMessage());
        }
        Path content = root.resolve(config.text("contentDir", "content"));
        if (!Files.isDirectory(content)) {
            throw new BuildFailedException("site:import: no content folder in " + request.from() + ": a Hugo site keeps"
                    + " its pages in content/; is this the site's folder?");
        }
        boolean lower = !config.flag("disablePathToLower");
        LooseDates dates = LooseDates.inZone(config.text("timeZone", ""), "timeZone in the configuration",
                "Hugo uses UTC too", notes);
        describe(config, root, notes);
        if (config.get("languages").orElse(null) instanceof Map<?, ?> languages && languages.size() > 1) {
            notes.note(Path.of(config.files().isEmpty() ? "hugo.toml" : root.relativize(config.files().get(0)).toString()),
                    0, "a multilingual site: content is imported once, translations (file.<lang>.md) are left out");
        }

        List<Source> sources = scan(content, notes);
        List<Entry> entries = new ArrayList<>();
        for (Source source : sources) {
            read(source, content, config, dates, lower, notes).ifPresent(entries::add);
        }

        OldUrls oldUrls = new OldUrls();
        UniqueUrls newUrls = new UniqueUrls();
        Map<String, String> byPath = new HashMap<>();
        Map<String, List<String>> byName = new HashMap<>();
        for (Entry entry : entries) {
            Optional<String> unusable = SitePaths.unusable(entry.oldUrl);
            if (unusable.isPresent()) {
                String fallback = entry.source.page() ? "/" + Slugifier.slugifyOr(entry.source.fileName(), "page-") + "/"
                        : "/articles/" + Slugifier.slugifyOr(entry.source.fileName(), "article-") + "/";
                notes.note(display(entry), 1, "the old URL " + entry.oldUrl + " cannot be kept (" + unusable.get()
                        + "); it is now " + fallback);
                entry.newUrl = newUrls.claim(fallback);
            } else {
                entry.newUrl = newUrls.claim(entry.oldUrl);
            }
            oldUrls.add(entry.oldUrl, entry.newUrl);
            String path = entry.source.bundle() ? entry.source.folder().isEmpty() ? entry.source.fileName()
                    : entry.source.folder() + "/" + entry.source.fileName() : entry.source.relative();
            byPath.put(path, entry.oldUrl);
            byPath.put(stripExtension(path), entry.oldUrl);
            byPath.put(entry.source.relative(), entry.oldUrl);
            byName.computeIfAbsent(entry.source.fileName(), name -> new ArrayList<>()).add(entry.oldUrl);
        }
        for (Entry entry : entries) {
            for (String alias : Values.texts(entry.get("aliases").orElse(null))) {
                String path = SitePaths.pageUrl(aliasPath(alias, entry.oldUrl, config.ugly(section(entry.source))));
                if (path.equals(entry.newUrl) || path.equals(entry.oldUrl)) {
                    continue;
                }
                Optional<String> unusable = SitePaths.unusable(path);
                if (unusable.isPresent() || newUrls.isTaken(path)) {
                    notes.note(display(entry), entry.line("aliases"), "alias " + alias + " not kept: "
                            + unusable.orElse("another imported page has that URL"));
                } else {
                    newUrls.reserve(path);
                    entry.aliases.add(path);
                    oldUrls.add(path, entry.newUrl);
                }
            }
        }

        SiteFiles statics = new SiteFiles(root.resolve("static"), relative -> true);
        Map<String, Path> resources = new HashMap<>();
        for (Entry entry : entries) {
            String folder = SitePaths.folderOf(entry.oldUrl);
            entry.resources.forEach((name, file) -> resources.put(folder + name, file));
        }
        URI oldSite = baseUrl(config);
        LinkTargets links = new LinkTargets(oldUrls, oldSite,
                path -> Optional.ofNullable(resources.get(path)).or(() -> statics.find(path)));

        List<ImportedDocument> documents = new ArrayList<>();
        for (Entry entry : entries) {
            documents.add(convert(entry, config, links, byPath, byName, notes));
        }
        notes.count("files of static/ not copied (copy what you need into static/)",
                statics.unreferenced(List.of()));
        return documents;
    }

    private static void describe(HugoConfig config, Path root, ImportNotes notes) {
        Map<String, String> permalinks = config.permalinks();
        String from = config.files().isEmpty() ? "no configuration file"
                : config.files().stream().map(f -> root.relativize(f).toString().replace('\\', '/')).toList().toString();
        notes.urlScheme("Hugo URLs from " + from + ": " + (permalinks.isEmpty() ? "no permalinks, so /<section>/<file or slug>/"
                : "permalinks " + permalinks + ", other sections /<section>/<file or slug>/")
                + (config.flag("uglyURLs") ? ", uglyURLs (.html)" : "")
                + "; url: and aliases of front-matter as written; each page keeps its old URL as url:");
        String baseUrl = config.text("baseURL", "");
        if (!baseUrl.isEmpty()) {
            notes.setting("<baseUrl>" + (baseUrl.endsWith("/") ? baseUrl : baseUrl + "/") + "</baseUrl> (from baseURL)");
        }
    }

    private static URI baseUrl(HugoConfig config) {
        String baseUrl = config.text("baseURL", "");
        try {
            return baseUrl.isEmpty() ? null : new URI(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    /** Every regular page of the content folder, sorted by path; leaf bundles with their resources. */
    private static List<Source> scan(Path content, ImportNotes notes) throws IOException {
        List<Source> sources = new ArrayList<>();
        List<Path> files;
        try (var walk = Files.walk(content)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        Set<Path> bundles = new java.util.HashSet<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (isContent(name) && stem(name).equals("index")) {
                bundles.add(file.getParent());
            }
        }
        for (Path file : files) {
            String relative = content.relativize(file).toString().replace('\\', '/');
            String name = file.getFileName().toString();
            if (relative.startsWith(".") || relative.contains("/.") || !isContent(name)) {
                continue;
            }
            if (!SiteFiles.staysInside(content, file)) {
                notes.note(Path.of("content", relative), 0, "a symbolic link to a file outside the content folder:"
                        + " not imported");
                continue;
            }
            Path leaf = enclosingBundle(file, bundles, content);
            if (stem(name).equals("_index")) {
                if (!Values.plainText(readQuietly(file)).isBlank() && !relative.equals("_index.md")) {
                    notes.note(Path.of("content", relative), 0, "a section's list page: not imported (Broadsheet makes"
                            + " its own lists); copy its text into a page if you need it");
                }
                continue;
            }
            if (leaf != null && !file.getParent().equals(leaf)) {
                continue;
            }
            if (leaf != null && !stem(name).equals("index")) {
                notes.note(Path.of("content", relative), 0, "a content file inside a bundle: not imported");
                continue;
            }
            boolean bundle = leaf != null;
            Path folderPath = content.relativize(bundle ? file.getParent().getParent() : file.getParent());
            String folder = folderPath.toString().replace('\\', '/');
            String fileName = bundle ? file.getParent().getFileName().toString() : stem(name);
            String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            sources.add(new Source(file, relative, folder, fileName, bundle, folder.isEmpty(), extension));
        }
        return sources;
    }

    private static Path enclosingBundle(Path file, Set<Path> bundles, Path content) {
        for (Path folder = file.getParent(); folder != null && folder.startsWith(content) && !folder.equals(content);
             folder = folder.getParent()) {
            if (bundles.contains(folder)) {
                return folder;
            }
        }
        return null;
    }

    private static boolean isContent(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 && CONTENT.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    private static String readQuietly(Path file) {
        try {
            String text = Values.readText(file, () -> { });
            return SourceFrontMatter.parse(file, text).body();
        } catch (IOException | SourceFrontMatter.MalformedException e) {
            return "";
        }
    }

    private static Optional<Entry> read(Source source, Path content, HugoConfig config, LooseDates dates, boolean lower,
                                        ImportNotes notes) throws IOException {
        Path display = Path.of("content", source.relative());
        SourceFrontMatter frontMatter;
        try {
            String text = Values.readText(source.file(), () -> notes.note(display, 0,
                    "not UTF-8: read as Windows-1252; check its accented letters"));
            frontMatter = SourceFrontMatter.parse(display, text);
        } catch (SourceFrontMatter.MalformedException e) {
            notes.note(display, e.line(), "not imported: " + e.getMessage());
            return Optional.empty();
        }
        Entry entry = new Entry();
        entry.source = source;
        entry.frontMatter = frontMatter;
        if (Values.isTrue(entry.get("headless").orElse(null))) {
            notes.note(display, entry.line("headless"), "a headless bundle (never a page of its own): not imported");
            return Optional.empty();
        }
        frontMatter.values().keySet().stream().filter(key -> !KNOWN.contains(key.toLowerCase(Locale.ROOT))
                        && !config.taxonomies().contains(key.toLowerCase(Locale.ROOT)))
                .forEach(key -> notes.count("front-matter key '" + key + "' left out"));
        entry.title = entry.get("title").flatMap(Values::text).map(String::strip).filter(t -> !t.isBlank())
                .orElse(source.fileName());
        entry.draft = Values.isTrue(entry.get("draft").orElse(null));

        Optional<OffsetDateTime> date = dateOf(entry, "date", dates, notes);
        Optional<OffsetDateTime> publishDate = dateOf(entry, "publishDate", dates, notes)
                .or(() -> dateOf(entry, "pubdate", dates, notes)).or(() -> dateOf(entry, "published", dates, notes));
        Optional<OffsetDateTime> lastmod = dateOf(entry, "lastmod", dates, notes)
                .or(() -> dateOf(entry, "modified", dates, notes));
        // Hugo's .Date, which its permalinks use: date, else publishDate, else lastmod.
        entry.urlDate = date.or(() -> publishDate).or(() -> lastmod).orElse(null);
        // Readers saw the page from publishDate on: that is Broadsheet's date when it is later.
        entry.date = publishDate.filter(p -> date.isEmpty() || p.isAfter(date.get())).or(() -> date)
                .or(() -> lastmod).orElse(null);
        if (entry.date == null && !source.page()) {
            entry.date = Files.getLastModifiedTime(source.file()).toInstant().atZone(dates.zone()).toOffsetDateTime()
                    .withNano(0);
            entry.urlDate = entry.date;
            notes.note(display, 0, "no date: the file's modification time " + entry.date + " is used");
        }

        String slug = entry.get("slug").flatMap(Values::text).filter(s -> !s.isBlank()).orElse(null);
        Optional<String> url = entry.get("url").flatMap(Values::text).filter(u -> !u.isBlank());
        String section = section(source);
        boolean ugly = config.ugly(section);
        if (url.isPresent()) {
            String value = url.get().strip();
            entry.oldUrl = SitePaths.normalize(SitePaths.decode(value.startsWith("/") ? value : "/" + value));
            if (!entry.oldUrl.endsWith("/") && !entry.oldUrl.endsWith(".html") && value.endsWith("/")) {
                entry.oldUrl += "/";
            }
        } else {
            HugoPermalink.Page page = new HugoPermalink.Page(entry.title, slug, source.fileName(), source.folder(),
                    entry.urlDate == null ? OffsetDateTime.of(1, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC) : entry.urlDate);
            Optional<String> pattern = source.page() ? Optional.empty() : config.permalink(section);
            String path = pattern.map(p -> HugoPermalink.expand(p, page, lower))
                    .orElseGet(() -> HugoPermalink.defaultPath(page, lower));
            if (ugly && path.endsWith("/") && path.length() > 1) {
                path = path.substring(0, path.length() - 1) + ".html";
            } else if (!path.endsWith("/") && !path.endsWith(".html")) {
                path += "/";
            }
            entry.oldUrl = SitePaths.normalize(SitePaths.decode(path));
        }
        if (source.bundle()) {
            Path folder = source.file().getParent();
            try (var walk = Files.walk(folder)) {
                for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                    String name = folder.relativize(file).toString().replace('\\', '/');
                    if (file.equals(source.file()) || name.startsWith(".") || name.contains("/.")
                            || !SiteFiles.staysInside(folder, file)) {
                        continue;
                    }
                    if (isContent(file.getFileName().toString())) {
                        continue;
                    }
                    entry.resources.put(name, file);
                }
            }
        }
        return Optional.of(entry);
    }

    private static Optional<OffsetDateTime> dateOf(Entry entry, String key, LooseDates dates, ImportNotes notes) {
        Optional<Object> value = entry.get(key).flatMap(Values::present);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Optional<OffsetDateTime> parsed = dates.parse(value.get());
        if (parsed.isEmpty()) {
            notes.note(display(entry), entry.line(key), key + " '" + value.get() + "' is not a date Broadsheet"
                    + " understands: left out");
        }
        return parsed;
    }

    private static String section(Source source) {
        return source.folder().isEmpty() ? "" : source.folder().split("/")[0];
    }

    /** An alias as a site path: absolute as written; relative ones start in the folder above the page's URL. */
    private static String aliasPath(String alias, String pageUrl, boolean ugly) {
        String value = SitePaths.decode(alias.strip());
        String path;
        if (value.startsWith("/")) {
            path = SitePaths.normalize(value);
        } else {
            String page = pageUrl.endsWith("/") ? pageUrl.substring(0, pageUrl.length() - 1) : pageUrl;
            path = SitePaths.normalize(page.substring(0, page.lastIndexOf('/') + 1) + value);
        }
        return ugly && !path.endsWith(".html") && !path.endsWith("/") ? path + ".html" : path;
    }

    private static ImportedDocument convert(Entry entry, HugoConfig config, LinkTargets links,
                                            Map<String, String> byPath, Map<String, List<String>> byName,
                                            ImportNotes notes) {
        Path display = display(entry);
        SourceFrontMatter fm = entry.frontMatter;
        boolean page = entry.source.page();
        Placeholders placeholders = new Placeholders();
        BodyNotes bodyNotes = (line, message) -> notes.note(display, fm.bodyLine() + line - 1, message);
        ShortcodeConverter.Pages pages = path -> find(path, entry, byPath, byName);
        String text = new ShortcodeConverter(pages, placeholders, bodyNotes).convert(fm.body());
        text = HeadingIds.drop(text, bodyNotes);

        Bundle bundle = page ? null : new Bundle(entry.newUrl);
        if (bundle != null) {
            // Hugo publishes every resource of a bundle, linked or not.
            entry.resources.forEach((name, file) -> bundle.add(file, name));
        }
        Map<String, Path> statics = new TreeMap<>();
        if (page) {
            String folder = SitePaths.folderOf(entry.newUrl);
            entry.resources.forEach((name, file) -> statics.put(folder + name, file));
        }
        LinkTargets.Document documentLinks = links.forDocument(entry.oldUrl, entry.newUrl, bundle, statics,
                display, notes);
        String body = documentLinks.body(text, placeholders, fm.bodyLine());

        Map<String, Object> out = new LinkedHashMap<>();
        out.put("title", entry.title);
        if (entry.date != null) {
            out.put("date", entry.date);
        }
        entry.get("lastmod").or(() -> entry.get("modified")).flatMap(Values::present)
                .flatMap(value -> new LooseDates(entry.date == null ? ZoneOffset.UTC : entry.date.getOffset()).parse(value))
                .filter(updated -> entry.date == null || updated.isAfter(entry.date))
                .ifPresent(updated -> out.put("updated", updated));
        if (entry.draft) {
            out.put("draft", true);
        }
        if (!page) {
            List<String> tags = new ArrayList<>(Values.texts(entry.get("tags").orElse(null)));
            for (String taxonomy : config.taxonomies()) {
                if (!Set.of("tags", "categories", "series", "authors").contains(taxonomy)) {
                    List<String> terms = Values.texts(entry.get(taxonomy).orElse(null));
                    tags.addAll(terms);
                    notes.count("terms of the taxonomy '" + taxonomy + "' added to tags", terms.size());
                }
            }
            NewsroomKeys.putSectionAndTags(out, Values.texts(entry.get("categories").orElse(null)), tags);
            List<String> series = Values.texts(entry.get("series").orElse(null));
            if (!series.isEmpty()) {
                out.put("series", series.get(0));
            }
            List<String> authors = Values.texts(entry.get("authors").orElse(null));
            if (!authors.isEmpty()) {
                out.put("authors", authors);
            } else {
                entry.get("author").flatMap(Values::text).filter(a -> !a.isBlank()).ifPresent(a -> out.put("author", a));
            }
        }
        entry.get("summary").or(() -> entry.get("description")).flatMap(Values::text).map(Values::plainText)
                .filter(s -> !s.isBlank()).ifPresent(summary -> out.put("summary", summary));
        image(entry).ifPresent(image -> {
            String resolved = documentLinks.resolve(image, entry.line("images"));
            out.put("image", resolved == null ? image : resolved);
        });
        entry.get("expiryDate").or(() -> entry.get("unpublishdate")).flatMap(Values::present)
                .flatMap(value -> new LooseDates(entry.date == null ? ZoneOffset.UTC : entry.date.getOffset()).parse(value))
                .ifPresent(expiry -> {
                    out.put("expiryDate", expiry);
                    notes.count("expiryDate kept (the engine leaves expired articles out once it reads it)");
                });
        if (!page && Values.isTrue(entry.get("featured").orElse(null))) {
            out.put("featured", true);
        }
        out.put("url", entry.newUrl);
        if (!entry.aliases.isEmpty()) {
            out.put("aliases", entry.aliases);
        }
        if (Values.isTrue(entry.get("toc").orElse(null))) {
            out.put("toc", true);
        }

        notes.count(page ? "pages" : entry.draft ? "draft articles" : "articles");
        Map<String, Path> bundleFiles = bundle == null ? Map.of() : bundle.files();
        notes.count("bundle files", bundleFiles.size());
        notes.count("files of pages for static/", statics.size());
        String slug = Slugifier.slugifyOr(entry.source.fileName(), page ? "page-" : "article-");
        String stem = page ? slug : entry.date.toLocalDate() + "-" + slug;
        return new ImportedDocument(page ? ImportedDocument.Kind.PAGE : ImportedDocument.Kind.ARTICLE, stem, out, body,
                bundleFiles, statics, display);
    }

    /** The lead image: {@code images[0]}, {@code image}, {@code featured_image} or {@code cover.image}. */
    private static Optional<String> image(Entry entry) {
        Optional<String> images = entry.get("images").map(Values::texts).filter(list -> !list.isEmpty()).map(list -> list.get(0));
        return images.or(() -> entry.get("image").flatMap(Values::text))
                .or(() -> entry.get("featured_image").flatMap(Values::text))
                .or(() -> entry.get("cover").filter(c -> c instanceof Map<?, ?>)
                        .flatMap(c -> HugoConfig.lookup((Map<?, ?>) c, "image")).flatMap(Values::text))
                .filter(i -> !i.isBlank());
    }

    /** The old URL of the page {@code ref} names: from the page's folder, from the content folder, or by name. */
    private static Optional<String> find(String path, Entry from, Map<String, String> byPath,
                                         Map<String, List<String>> byName) {
        String clean = path.strip();
        String folder = from.source.bundle()
                ? (from.source.folder().isEmpty() ? "" : from.source.folder() + "/") + from.source.fileName()
                : from.source.folder();
        List<String> candidates = new ArrayList<>();
        if (clean.startsWith("/")) {
            candidates.add(clean.substring(1));
        } else {
            candidates.add(SitePaths.normalize("/" + folder + "/" + clean).substring(1));
            candidates.add(SitePaths.normalize("/" + clean).substring(1));
        }
        for (String candidate : candidates) {
            String key = candidate.endsWith("/") ? candidate.substring(0, candidate.length() - 1) : candidate;
            for (String variant : List.of(key, stripExtension(key), key + "/index.md", key + "/_index.md")) {
                String url = byPath.get(variant);
                if (url != null) {
                    return Optional.of(url);
                }
            }
        }
        String name = stripExtension(clean.substring(clean.lastIndexOf('/') + 1));
        List<String> named = byName.getOrDefault(name, List.of());
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    private static String stripExtension(String path) {
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        return dot > slash + 1 && isContent(path.substring(slash + 1)) ? path.substring(0, dot) : path;
    }

    private static Path display(Entry entry) {
        return Path.of("content", entry.source.relative());
    }
}
