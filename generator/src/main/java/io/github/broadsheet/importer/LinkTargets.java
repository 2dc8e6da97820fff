package io.github.broadsheet.importer;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Where a link of an old page points in the new site. A link to a page the old site served (by its old URL, as a
 * site path, relative, or absolute on the old domain) becomes a relative link to that article's new page; a link to
 * a file of the old site that is on disk (a picture, a PDF) copies the file into the article's bundle (for pages,
 * into {@code static/} at its old path) and links to the copy; anything else on the old site is reported, since the
 * build will find it broken. Links to other hosts, {@code mailto:} and fragments stay as they are.
 */
public final class LinkTargets {

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    private final OldUrls pages;
    private final URI oldSite;
    private final Function<String, Optional<Path>> files;
    private final String basePath;

    /**
     * @param pages   old URLs of every imported article and page
     * @param oldSite the old site's address with its path (absolute links to it are internal), or {@code null}
     * @param files   the file the old site served at a site path, if it is on disk
     */
    public LinkTargets(OldUrls pages, URI oldSite, Function<String, Optional<Path>> files) {
        this.pages = pages;
        this.oldSite = oldSite;
        this.files = files;
        String path = oldSite == null || oldSite.getRawPath() == null ? "/" : SitePaths.decode(oldSite.getRawPath());
        this.basePath = path.endsWith("/") ? path : path + "/";
    }

    /** The links of one document. */
    public final class Document {
        private final String oldUrl;
        private final String newUrl;
        private final Bundle bundle;
        private final Map<String, Path> statics;
        private final Path origin;
        private final ImportNotes notes;

        private Document(String oldUrl, String newUrl, Bundle bundle, Map<String, Path> statics, Path origin,
                         ImportNotes notes) {
            this.oldUrl = oldUrl;
            this.newUrl = newUrl;
            this.bundle = bundle;
            this.statics = statics;
            this.origin = origin;
            this.notes = notes;
        }

        /**
         * A converted body with its links, and those of the blocks {@code placeholders} holds, pointed at the new
         * site, and the blocks put back.
         *
         * @param bodyLine the source line {@code text} starts on, for report lines
         */
        public String body(String text, Placeholders placeholders, int bodyLine) {
            LinkRewriter.Target target = (destination, offset) ->
                    resolve(destination, bodyLine + BodyNotes.lineAt(text, offset) - 1);
            placeholders.rewriteLinks(text, target);
            return placeholders.expand(LinkRewriter.rewrite(text, target));
        }

        /** The new destination for a link at {@code line} of the source, or {@code null} to keep it. */
        public String resolve(String destination, int line) {
            String link = destination.strip();
            if (link.isEmpty() || link.startsWith("#")) {
                return null;
            }
            String sitePath;
            if (link.startsWith("//") || SCHEME.matcher(link).find()) {
                String absolute = link.startsWith("//") ? "https:" + link : link;
                Optional<String> onSite = SitePaths.onSite(SitePaths.withoutSuffix(absolute), oldSite);
                if (onSite.isEmpty()) {
                    return null;
                }
                sitePath = onSite.get();
            } else {
                sitePath = SitePaths.resolve(oldUrl, SitePaths.decode(SitePaths.withoutSuffix(link)));
            }
            String fragment = SitePaths.fragment(link);
            // A site path written with the old site's base path (/blog/2019/x/ for a site under /blog/), where
            // the site's own paths leave it out.
            if (!basePath.equals("/") && sitePath.startsWith(basePath) && !pages.contains(sitePath)
                    && (sitePath.endsWith("/") || files.apply(sitePath).isEmpty())) {
                sitePath = sitePath.substring(basePath.length() - 1);
            }
            Optional<String> page = pages.find(sitePath);
            if (page.isPresent()) {
                return LinkRewriter.escapeDestination(SitePaths.relative(newUrl, page.get())) + fragment;
            }
            Optional<Path> file = sitePath.endsWith("/") ? Optional.empty() : files.apply(sitePath);
            if (file.isPresent()) {
                if (bundle != null) {
                    return bundle.add(file.get(), file.get().getFileName().toString()) + fragment;
                }
                statics.put(sitePath, file.get());
                return LinkRewriter.escapeDestination(SitePaths.relative(newUrl, sitePath)) + fragment;
            }
            notes.note(origin, line, "link to " + sitePath + ": the old site's page or file there was not imported"
                    + " (not a post or page, or not on disk); the build will report it as a broken link");
            return LinkRewriter.escapeDestination(SitePaths.relative(newUrl, sitePath)) + fragment;
        }
    }

    /**
     * The links of one document.
     *
     * @param oldUrl  the URL the old site served it at (relative links start there)
     * @param newUrl  its page URL in the new site (new links are relative to it)
     * @param bundle  the article's bundle, or {@code null} for a page (files go to {@code statics})
     * @param statics site path to file, for a page's files
     * @param origin  the source file, for notes
     */
    public Document forDocument(String oldUrl, String newUrl, Bundle bundle, Map<String, Path> statics, Path origin,
                                ImportNotes notes) {
        return new Document(oldUrl, newUrl, bundle, statics, origin, notes);
    }
}
