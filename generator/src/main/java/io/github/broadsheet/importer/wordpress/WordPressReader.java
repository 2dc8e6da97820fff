package io.github.broadsheet.importer.wordpress;

import io.github.broadsheet.content.Slugifier;
import io.github.broadsheet.importer.BodyNotes;
import io.github.broadsheet.importer.Bundle;
import io.github.broadsheet.importer.ImportNotes;
import io.github.broadsheet.importer.ImportRequest;
import io.github.broadsheet.importer.ImportedDocument;
import io.github.broadsheet.importer.LinkRewriter;
import io.github.broadsheet.importer.LinkTargets;
import io.github.broadsheet.importer.NewsroomKeys;
import io.github.broadsheet.importer.OldUrls;
import io.github.broadsheet.importer.Placeholders;
import io.github.broadsheet.importer.SiteFiles;
import io.github.broadsheet.importer.SitePaths;
import io.github.broadsheet.importer.SiteReader;
import io.github.broadsheet.importer.UniqueUrls;
import io.github.broadsheet.importer.Values;
import io.github.broadsheet.problem.BuildFailedException;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * Reads a WordPress export (WXR): published posts become articles, drafts and pending posts drafts, scheduled posts
 * articles dated in the future; pages go to {@code content/pages/}, authors to {@code content/authors/}. Private,
 * password-protected and trashed items and comments are left out and counted. Dates keep the site's offset at the
 * time ({@code wp:post_date} against {@code wp:post_date_gmt}); the first category is the section, the other
 * categories and the tags are tags. Pictures and files of the media library are copied into each article's bundle
 * from the uploads folder when it is on disk, and stay links to the old site when it is not.
 */
public final class WordPressReader implements SiteReader {

    private static final DateTimeFormatter WP_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");
    private static final Pattern ID_LINK = Pattern.compile("[?&](p|page_id|attachment_id)=(\\d+)");
    private static final Set<String> DRAFT = Set.of("draft", "pending", "auto-draft");
    private static final String UPLOADS = "/wp-content/uploads/";

    /** A post or page that is imported, with what decides its place. */
    private static final class Entry {
        WxrExport.Item item;
        boolean page;
        boolean draft;
        boolean scheduled;
        OffsetDateTime date;
        String slug;
        String oldUrl;
        String newUrl;
    }

    @Override
    public List<ImportedDocument> read(ImportRequest request, ImportNotes notes) throws BuildFailedException,
            IOException {
        Path file = request.from();
        if (!Files.isRegularFile(file)) {
            throw new BuildFailedException("site:import: " + file + " is not a file: give the WordPress export file"
                    + " (WXR, made with Tools > Export in WordPress)");
        }
        WxrExport export;
        try {
            export = WxrParser.parse(file);
        } catch (WxrParser.InvalidException e) {
            throw new BuildFailedException("site:import: " + file.getFileName() + " is " + e.getMessage());
        }
        Path display = file.getFileName();
        URI site = siteUrl(export.siteUrl());
        if (site != null) {
            notes.setting("<baseUrl>" + (export.siteUrl().endsWith("/") ? export.siteUrl() : export.siteUrl() + "/")
                    + "</baseUrl> (the export's site address)");
        }
        if (!export.language().isBlank()) {
            notes.setting("<language>" + export.language() + "</language> (the export's language)");
        }
        ZoneOffset usualOffset = usualOffset(export.items());

        Map<Long, WordPressContent.Attachment> attachments = new TreeMap<>();
        Map<Long, List<WordPressContent.Attachment>> children = new HashMap<>();
        Map<Long, String> reusable = new HashMap<>();
        for (WxrExport.Item item : export.items()) {
            if (item.type().equals("attachment")) {
                String url = item.attachmentUrl().isEmpty() ? item.link() : item.attachmentUrl();
                WordPressContent.Attachment attachment = new WordPressContent.Attachment(item.id(), url,
                        item.meta().getOrDefault("_wp_attachment_image_alt", ""), Values.plainText(item.excerpt()),
                        item.menuOrder());
                attachments.put(item.id(), attachment);
                children.computeIfAbsent(item.parent(), parent -> new ArrayList<>()).add(attachment);
            } else if (item.type().equals("wp_block")) {
                reusable.put(item.id(), item.content());
            }
        }
        WordPressContent.Media media = new WordPressContent.Media(attachments, children, reusable);
        Optional<Path> uploads = uploads(request, notes);

        Map<String, String> authorIds = new HashMap<>();
        List<ImportedDocument> documents = new ArrayList<>();
        Set<String> usedIds = new java.util.HashSet<>();
        for (WxrExport.Author author : export.authors()) {
            String name = author.displayName().isBlank() ? author.login() : Parser.unescapeEntities(author.displayName(), false);
            String id = Slugifier.slugifyOr(name, "author-");
            for (int n = 2; !usedIds.add(id); n++) {
                id = Slugifier.slugifyOr(name, "author-") + "-" + n;
            }
            authorIds.put(author.login(), id);
            Map<String, Object> fm = new LinkedHashMap<>();
            fm.put("name", name);
            documents.add(new ImportedDocument(ImportedDocument.Kind.AUTHOR, id, fm, "", Map.of(), Map.of(), display));
            notes.count("authors");
        }

        List<Entry> entries = select(export, display, usualOffset, notes);
        Map<WordPressPermalinks.Post, String> published = new LinkedHashMap<>();
        for (Entry entry : entries) {
            if (!entry.page && entry.oldUrl != null) {
                published.put(post(entry), entry.oldUrl);
            }
        }
        String structure = WordPressPermalinks.infer(published).map(found -> {
            notes.urlScheme("WordPress permalink structure " + found.pattern() + ", inferred from the links of "
                    + found.matches() + " of " + found.posts() + " published posts; drafts and scheduled posts get"
                    + " URLs of that structure");
            return found.pattern();
        }).orElseGet(() -> {
            notes.urlScheme("no permalink structure could be inferred (no published post with a pretty link);"
                    + " drafts and scheduled posts get /%year%/%monthnum%/%day%/%postname%/");
            return "/%year%/%monthnum%/%day%/%postname%/";
        });
        notes.urlScheme("each published post and page keeps the path of its <link> in the export as url:");

        Map<Long, Entry> byId = new HashMap<>();
        entries.forEach(entry -> byId.put(entry.item.id(), entry));
        OldUrls oldUrls = new OldUrls();
        UniqueUrls newUrls = new UniqueUrls();
        for (Entry entry : entries) {
            String wanted = entry.oldUrl != null ? entry.oldUrl : entry.page ? pagePath(entry, byId)
                    : SitePaths.normalize(WordPressPermalinks.url(structure, post(entry)));
            Optional<String> unusable = SitePaths.unusable(wanted);
            if (unusable.isPresent()) {
                String fallback = entry.page ? "/" + entry.slug + "/" : "/articles/" + entry.slug + "/";
                notes.note(display, entry.item.line(), "the old URL " + wanted + " cannot be kept (" + unusable.get()
                        + "); it is now " + fallback);
                wanted = fallback;
            }
            entry.newUrl = newUrls.claim(SitePaths.pageUrl(wanted));
            if (entry.oldUrl != null) {
                oldUrls.add(entry.oldUrl, entry.newUrl);
            }
        }

        SiteFiles uploadFiles = uploads.map(folder -> new SiteFiles(folder, relative -> true)).orElse(null);
        Function<String, Optional<Path>> uploadFile = path -> uploadFiles == null || !path.startsWith(UPLOADS)
                ? Optional.empty() : uploadFiles.find("/" + path.substring(UPLOADS.length()));
        LinkTargets links = new LinkTargets(oldUrls, site, uploadFile);
        WordPressContent content = new WordPressContent();
        for (Entry entry : entries) {
            documents.add(convert(entry, content, media, links, uploadFile, byId, authorIds, attachments, site,
                    uploadFiles != null, display, notes));
        }
        return documents;
    }

    /** The posts and pages to import; the rest is counted. */
    private static List<Entry> select(WxrExport export, Path display, ZoneOffset usualOffset, ImportNotes notes) {
        List<Entry> entries = new ArrayList<>();
        Map<String, Integer> otherTypes = new TreeMap<>();
        int noGmt = 0;
        for (WxrExport.Item item : export.items()) {
            boolean post = item.type().equals("post");
            boolean page = item.type().equals("page");
            if (!post && !page) {
                if (!item.type().equals("attachment") && !item.type().equals("wp_block")) {
                    otherTypes.merge(item.type(), 1, Integer::sum);
                }
                continue;
            }
            String kind = page ? "pages" : "posts";
            switch (item.status()) {
                case "private" -> {
                    notes.count("private " + kind + " left out");
                    continue;
                }
                case "trash" -> {
                    notes.count(kind + " in the trash left out");
                    continue;
                }
                default -> {
                }
            }
            if (!item.password().isEmpty()) {
                notes.count("password-protected " + kind + " left out (their text would be public)");
                continue;
            }
            notes.count("comments left out", item.comments().size());
            Entry entry = new Entry();
            entry.item = item;
            entry.page = page;
            entry.draft = DRAFT.contains(item.status());
            entry.scheduled = item.status().equals("future");
            Optional<OffsetDateTime> date = date(item.postDate(), item.postDateGmt(), usualOffset);
            if (date.isEmpty()) {
                notes.note(display, item.line(), "not imported: wp:post_date '" + item.postDate() + "' is not a date");
                continue;
            }
            if (!hasGmt(item.postDateGmt())) {
                noGmt++;
            }
            entry.date = date.get();
            String name = SitePaths.decode(item.name());
            entry.slug = Slugifier.slugifyOr(name.isBlank() ? title(item) : name, page ? "page-" : "article-");
            Optional<String> link = pathOf(item.link(), siteUrl(export.siteUrl()));
            if (item.status().equals("publish") && link.isPresent()) {
                entry.oldUrl = link.get();
            } else if (item.status().equals("publish")) {
                notes.count("old URLs with a query (?p=...) not kept: a static site cannot serve them");
            }
            entries.add(entry);
        }
        if (noGmt > 0) {
            notes.urlScheme(noGmt + " drafts without a GMT time are dated in UTC" + usualOffset.getId().replace("Z", "")
                    + ", the export's most common offset");
        }
        otherTypes.forEach((type, n) -> notes.count("other items left out: " + type, n));
        return entries;
    }

    private static ImportedDocument convert(Entry entry, WordPressContent content, WordPressContent.Media media,
                                            LinkTargets links, Function<String, Optional<Path>> uploadFile,
                                            Map<Long, Entry> byId, Map<String, String> authorIds,
                                            Map<Long, WordPressContent.Attachment> attachments, URI site,
                                            boolean haveUploads, Path display, ImportNotes notes) {
        WxrExport.Item item = entry.item;
        Placeholders placeholders = new Placeholders();
        int base = item.contentLine();
        BodyNotes bodyNotes = (line, message) -> notes.note(display, base + line - 1, message);
        String markdown = content.markdown(item, media, placeholders, bodyNotes);

        Bundle bundle = entry.page ? null : new Bundle(entry.newUrl);
        Map<String, Path> statics = new TreeMap<>();
        String oldUrl = entry.oldUrl != null ? entry.oldUrl : entry.newUrl;
        LinkTargets.Document documentLinks = links.forDocument(oldUrl, entry.newUrl, bundle, statics, display, notes);
        LinkRewriter.Target target = (destination, offset) -> {
            String link = byIdLink(destination, site, byId, attachments);
            Optional<String> upload = uploadPath(link, site);
            if (upload.isPresent() && uploadFile.apply(upload.get()).isEmpty()) {
                notes.note(display, item.line(), "file " + link + " is not in the uploads folder"
                        + (haveUploads ? "" : " (none was given or found)") + ": kept as a link to the old site");
                return link.equals(destination) ? null : link;
            }
            String resolved = documentLinks.resolve(link, item.line());
            return resolved != null ? resolved : link.equals(destination) ? null : link;
        };
        placeholders.rewriteLinks(markdown, target);
        markdown = LinkRewriter.rewrite(markdown, target);
        String body = placeholders.expand(markdown);

        Map<String, Object> out = new LinkedHashMap<>();
        out.put("title", title(item));
        out.put("date", entry.date);
        date(item.modified(), item.modifiedGmt(), entry.date.getOffset())
                .filter(modified -> Duration.between(entry.date, modified).toHours() >= 1)
                .ifPresent(modified -> out.put("updated", modified));
        if (entry.draft) {
            out.put("draft", true);
        }
        if (!entry.page) {
            List<String> categories = item.terms("category").stream()
                    .filter(term -> !term.nicename().equals("uncategorized")).map(term -> unescape(term.name())).toList();
            NewsroomKeys.putSectionAndTags(out, categories,
                    item.terms("post_tag").stream().map(term -> unescape(term.name())).toList());
            String author = authorIds.get(item.creator());
            if (author != null) {
                out.put("authors", List.of(author));
            }
        }
        String summary = Values.plainText(item.excerpt());
        if (summary.isBlank()) {
            summary = item.meta().getOrDefault("_yoast_wpseo_metadesc", "").strip();
        }
        if (!summary.isBlank()) {
            out.put("summary", summary);
        }
        WordPressContent.Attachment thumbnail = attachments.get(BlockConverter.number(
                item.meta().getOrDefault("_thumbnail_id", "0")));
        if (thumbnail != null) {
            String image = target.rewrite(thumbnail.url(), 0);
            out.put("image", image == null ? thumbnail.url() : image);
            if (!thumbnail.alt().isBlank()) {
                out.put("image_alt", thumbnail.alt());
            }
            if (!thumbnail.caption().isBlank()) {
                out.put("image_caption", thumbnail.caption());
            }
        }
        if (item.sticky()) {
            out.put("featured", true);
        }
        out.put("url", entry.newUrl);

        notes.count(entry.page ? entry.draft ? "draft pages" : "pages" : entry.draft ? "draft articles"
                : entry.scheduled ? "scheduled articles" : "articles");
        Map<String, Path> bundleFiles = bundle == null ? Map.of() : bundle.files();
        notes.count("bundle files", bundleFiles.size());
        notes.count("files of pages for static/", statics.size());
        String stem = entry.page ? pageStem(entry.newUrl) : entry.date.toLocalDate() + "-" + entry.slug;
        return new ImportedDocument(entry.page ? ImportedDocument.Kind.PAGE : ImportedDocument.Kind.ARTICLE, stem, out,
                body, bundleFiles, statics, display);
    }

    /** {@code ?p=12}, {@code ?page_id=12} and {@code ?attachment_id=12} links of the old site, as the path of what they name. */
    private static String byIdLink(String link, URI site, Map<Long, Entry> byId,
                                   Map<Long, WordPressContent.Attachment> attachments) {
        Matcher m = ID_LINK.matcher(link);
        if (!m.find() || SitePaths.onSite(SitePaths.withoutSuffix(link), site).filter(p -> p.equals("/")).isEmpty()) {
            return link;
        }
        long id = Long.parseLong(m.group(2));
        if (m.group(1).equals("attachment_id")) {
            WordPressContent.Attachment attachment = attachments.get(id);
            return attachment == null ? link : attachment.url();
        }
        Entry target = byId.get(id);
        return target == null || target.oldUrl == null ? link : target.oldUrl + SitePaths.fragment(link);
    }

    /** The site path of a link into the old site's uploads folder, if it is one. */
    private static Optional<String> uploadPath(String link, URI site) {
        if (link.startsWith(UPLOADS)) {
            return Optional.of(SitePaths.normalize(SitePaths.decode(SitePaths.withoutSuffix(link))));
        }
        return SitePaths.onSite(SitePaths.withoutSuffix(link), site).filter(path -> path.startsWith(UPLOADS));
    }

    /** A draft page's path: its parents' slugs, then its own. */
    private static String pagePath(Entry entry, Map<Long, Entry> byId) {
        List<String> parts = new ArrayList<>();
        Entry current = entry;
        for (int depth = 0; current != null && depth < 16; depth++) {
            parts.add(0, current.slug);
            Entry parent = byId.get(current.item.parent());
            if (parent != null && parent.oldUrl != null) {
                return SitePaths.pageUrl(parent.oldUrl + String.join("/", parts) + "/");
            }
            current = parent;
        }
        return "/" + String.join("/", parts) + "/";
    }

    private static WordPressPermalinks.Post post(Entry entry) {
        String category = entry.item.terms("category").stream().map(WxrExport.Term::nicename).findFirst().orElse("");
        return new WordPressPermalinks.Post(entry.item.id(), entry.slug, entry.date.toLocalDateTime(), category);
    }

    /** A page's file name: its URL path as one slug ({@code /about/contact/ -> about-contact}). */
    private static String pageStem(String url) {
        return Slugifier.slugifyOr(url.replaceAll("\\.html$", "").replace('/', ' '), "page-");
    }

    private static String title(WxrExport.Item item) {
        String title = unescape(item.title()).strip();
        return title.isEmpty() ? "Untitled (" + item.id() + ")" : title;
    }

    /** Titles and term names come HTML-escaped ({@code &amp;}, {@code &#8217;}). */
    private static String unescape(String text) {
        return Parser.unescapeEntities(text, false);
    }

    private static Optional<String> pathOf(String link, URI site) {
        if (link.isBlank() || ID_LINK.matcher(link).find()) {
            return Optional.empty();
        }
        return SitePaths.onSite(link, site).filter(path -> !path.equals("/"));
    }

    private static URI siteUrl(String url) {
        try {
            return url.isBlank() ? null : new URI(url.strip().endsWith("/") ? url.strip() : url.strip() + "/");
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    private static boolean hasGmt(String gmt) {
        return !gmt.isBlank() && !gmt.startsWith("0000");
    }

    /** Local time and GMT time give the site's offset at that moment (daylight saving included). */
    private static Optional<OffsetDateTime> date(String local, String gmt, ZoneOffset fallback) {
        LocalDateTime localTime;
        try {
            localTime = LocalDateTime.parse(local.strip(), WP_DATE);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        ZoneOffset offset = fallback;
        if (hasGmt(gmt)) {
            try {
                offset = offset(localTime, LocalDateTime.parse(gmt.strip(), WP_DATE));
            } catch (java.time.DateTimeException e) {
                offset = fallback;
            }
        }
        return Optional.of(localTime.atOffset(offset));
    }

    /** The difference of local and GMT time, to the quarter hour (some zones are :30 or :45 off). */
    private static ZoneOffset offset(LocalDateTime local, LocalDateTime gmt) {
        long minutes = Duration.between(gmt, local).toMinutes();
        long quarters = Math.round(minutes / 15.0);
        return ZoneOffset.ofTotalSeconds((int) (quarters * 15 * 60));
    }

    /** The offset most items have, for those without a GMT time (drafts). */
    private static ZoneOffset usualOffset(List<WxrExport.Item> items) {
        Map<ZoneOffset, Integer> counts = new HashMap<>();
        for (WxrExport.Item item : items) {
            if (hasGmt(item.postDateGmt())) {
                try {
                    counts.merge(offset(LocalDateTime.parse(item.postDate().strip(), WP_DATE),
                            LocalDateTime.parse(item.postDateGmt().strip(), WP_DATE)), 1, Integer::sum);
                } catch (java.time.DateTimeException e) {
                    // not counted
                }
            }
        }
        return counts.entrySet().stream()
                .max(Map.Entry.<ZoneOffset, Integer>comparingByValue().thenComparing(e -> e.getKey().getTotalSeconds()))
                .map(Map.Entry::getKey).orElse(ZoneOffset.UTC);
    }

    /** The uploads folder: given, or beside the export ({@code uploads/} or {@code wp-content/uploads/}). */
    private static Optional<Path> uploads(ImportRequest request, ImportNotes notes) {
        if (request.uploads().isPresent()) {
            Path given = request.uploads().get();
            if (Files.isDirectory(given)) {
                notes.urlScheme("pictures and files from the uploads folder " + given + " are copied into bundles");
                return Optional.of(given);
            }
            notes.urlScheme("the uploads folder " + given + " does not exist: pictures and files stay links to the"
                    + " old site");
            return Optional.empty();
        }
        Path folder = request.from().toAbsolutePath().getParent();
        for (Path candidate : List.of(folder.resolve("uploads"), folder.resolve("wp-content").resolve("uploads"))) {
            if (Files.isDirectory(candidate)) {
                notes.urlScheme("pictures and files from the uploads folder beside the export ("
                        + folder.relativize(candidate).toString().replace('\\', '/') + ") are copied into bundles");
                return Optional.of(candidate);
            }
        }
        notes.urlScheme("no uploads folder given (-Dsite.uploads=...) or beside the export: pictures and files stay"
                + " links to the old site");
        return Optional.empty();
    }
}
