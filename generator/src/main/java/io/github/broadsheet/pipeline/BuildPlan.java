package io.github.broadsheet.pipeline;

import freemarker.template.TemplateHashModel;
import io.github.broadsheet.config.SiteConfig;
import io.github.broadsheet.content.Article;
import io.github.broadsheet.content.Page;
import io.github.broadsheet.feeds.AtomFeeds;
import io.github.broadsheet.feeds.GeneratedFile;
import io.github.broadsheet.feeds.NewsSitemap;
import io.github.broadsheet.feeds.RelatedExplanation;
import io.github.broadsheet.feeds.SearchIndex;
import io.github.broadsheet.feeds.Sitemap;
import io.github.broadsheet.media.SitePictures;
import io.github.broadsheet.output.PathClaims;
import io.github.broadsheet.output.SiteWriter;
import io.github.broadsheet.page.PagePlan;
import io.github.broadsheet.page.RenderTask;
import io.github.broadsheet.problem.BuildFailedException;
import io.github.broadsheet.problem.Problem;
import io.github.broadsheet.site.Site;
import io.github.broadsheet.site.SitePage;
import io.github.broadsheet.site.SitePages;
import io.github.broadsheet.site.Term;
import io.github.broadsheet.theme.Assets;
import io.github.broadsheet.theme.Theme;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Everything a build writes, decided before anything is written: the pages of the site's page list with their
 * templates and data, the generated files (feeds, sitemap, search index, {@code related.json}), the theme's static
 * files and the files of article bundles. Every output path is claimed once ({@link PathClaims}), so that two
 * writers of one path are refused before anything is written, in the same run as every other problem.
 */
public final class BuildPlan {

    /** A file of an article bundle: the article's source (for messages) and the file to copy. */
    private record BundleFile(Path article, Path file) {
    }

    private final Assets assets;
    private final TemplateHashModel assetsVariable;
    private final List<RenderTask> pages;
    private final List<GeneratedFile> generated;
    private final Map<String, BundleFile> bundles;
    private final Map<String, BundleFile> photos;
    private final List<Problem> collisions;

    private final SitePictures pictures;

    private BuildPlan(Site site, SiteConfig config, Theme theme, SitePictures pictures) throws BuildFailedException {
        this.pictures = pictures;
        this.assets = Assets.of(theme, site.urls());
        this.assetsVariable = assets.templateModel();
        List<SitePage> sitePages = SitePages.of(site, config.publishing().pageSize());
        this.pages = new PagePlan(site, config.publishing(), sitePages,
                Map.of("assets", assetsVariable, "theme", theme.view()), pictures).tasks();
        List<GeneratedFile> files = new ArrayList<>(generatedFiles(site, sitePages, config.publishing()));
        files.addAll(pictures.cardFiles());
        this.generated = List.copyOf(files);
        this.photos = photos(site);
        this.bundles = bundleFiles(site);
        this.collisions = claimOutputPaths(site, config.publishing().permalink(), theme.staticFiles());
    }

    /** The plan of a build of {@code site} with {@code theme}. */
    public static BuildPlan of(Site site, SiteConfig config, Theme theme) throws BuildFailedException {
        return new BuildPlan(site, config, theme, SitePictures.none(site));
    }

    /**
     * The plan of a build of {@code site} with {@code theme} and the resized copies of its images ({@code site} is
     * {@link SitePictures#site()}).
     */
    public static BuildPlan of(Site site, SiteConfig config, Theme theme, SitePictures pictures)
            throws BuildFailedException {
        return new BuildPlan(site, config, theme, pictures);
    }

    /**
     * Every file the site publishes as it is, by site path without leading slash: the files of article and page
     * bundles, the photos of authors and the static files; where the image step looks up the images pages use.
     */
    public static Map<String, Path> sourceFiles(Site site, Map<String, Path> statics) {
        Map<String, Path> files = new TreeMap<>(statics);
        bundleFiles(site).forEach((path, bundle) -> files.put(path, bundle.file()));
        photos(site).forEach((path, photo) -> files.putIfAbsent(path, photo.file()));
        return files;
    }

    /** The theme's static files, and the hashed copies that templates ask for while pages are rendered. */
    public Assets assets() {
        return assets;
    }

    /** The {@code assets} variable every page sees. */
    public TemplateHashModel assetsVariable() {
        return assetsVariable;
    }

    /** A task per page, in the order of the site's page list. */
    public List<RenderTask> pages() {
        return pages;
    }

    /** Feeds, sitemap, robots.txt, search index, social cards and (when asked for) {@code related.json}. */
    public List<GeneratedFile> generatedFiles() {
        return generated;
    }

    /**
     * The files of article and page bundles and the photos of authors, by their path in the site, sorted; without
     * the originals of resized images, which are replaced or left out ({@link SitePictures}, published with the
     * copies by {@link io.github.broadsheet.media.PictureFiles}).
     */
    public Map<String, Path> bundleFiles() {
        Map<String, Path> files = new TreeMap<>();
        bundles.forEach((path, bundle) -> files.put(path, bundle.file()));
        photos.forEach((path, photo) -> files.putIfAbsent(path, photo.file()));
        return withoutOriginals(files);
    }

    /**
     * The theme's and the project's static files to copy (see {@link Assets#outputFiles()}), without the originals
     * of resized images. Call after rendering.
     */
    public Map<String, Path> staticFiles() {
        return withoutOriginals(new TreeMap<>(assets.outputFiles()));
    }

    private Map<String, Path> withoutOriginals(Map<String, Path> files) {
        files.keySet().removeAll(pictures.withheld());
        files.keySet().removeAll(pictures.originals().keySet());
        return files;
    }

    /** Output paths that two writers want, or a file where a folder is needed; each is an error. */
    public List<Problem> collisions() {
        return collisions;
    }

    private static List<GeneratedFile> generatedFiles(Site site, List<SitePage> pages,
                                                      SiteConfig.Publishing publishing) {
        List<GeneratedFile> files = new ArrayList<>();
        files.addAll(new AtomFeeds(site, publishing.feedSize(), publishing.feedSummaries(),
                publishing.termFeedSummaries()).files());
        Optional<GeneratedFile> news = NewsSitemap.file(site, publishing.now());
        news.ifPresent(files::add);
        files.addAll(new Sitemap(site, pages, news.map(GeneratedFile::path).stream().toList()).files());
        files.add(SearchIndex.file(site));
        if (publishing.explainRelated()) {
            files.add(RelatedExplanation.file(site));
        }
        return files;
    }

    /** Files of article and page bundles go next to the page, keeping their folder structure. */
    private static Map<String, BundleFile> bundleFiles(Site site) {
        Map<String, BundleFile> files = new TreeMap<>();
        for (int i = 0; i < site.articles().size(); i++) {
            Article article = site.articles().get(i);
            bundle(files, site.paths().get(i), article.source(), article.bundleRoot(), article.bundle());
        }
        for (Page page : site.pages()) {
            bundle(files, page.path(), page.source(), page.bundleRoot(), page.bundle());
        }
        return files;
    }

    private static void bundle(Map<String, BundleFile> files, String path, Path source, Optional<Path> root,
                               List<Path> bundle) {
        if (root.isPresent()) {
            String folder = SitePage.file(path).replaceFirst("[^/]*$", "");
            for (Path file : bundle) {
                String relative = root.get().relativize(file).toString().replace('\\', '/');
                files.put(folder + relative, new BundleFile(source, file));
            }
        }
    }

    /** The photo of each author file that has one beside it, in the folder of the author's page. */
    private static Map<String, BundleFile> photos(Site site) {
        Map<String, BundleFile> files = new TreeMap<>();
        for (Term term : site.taxonomy("authors").terms()) {
            site.author(term.key()).ifPresent(author -> PagePlan.photoPath(term, author).ifPresent(path ->
                    files.put(path.substring(1), new BundleFile(author.source(), author.photoFile().orElseThrow()))));
        }
        return files;
    }

    /**
     * Two writers of one output path would overwrite each other silently: refuse before writing anything. Pages
     * and aliases of articles are claimed from the site model, which knows the front-matter line that made each
     * path; list pages, generated, static and bundle files from the plan.
     */
    private List<Problem> claimOutputPaths(Site site, String permalink, Map<String, Path> statics) {
        PathClaims claims = new PathClaims();
        claims.claim(SiteWriter.MANIFEST, PathClaims.Claim.of("Broadsheet's list of the files it wrote"));
        String pageFix = permalink.contains(":year") || permalink.contains(":month") || permalink.contains(":day")
                ? "set another 'slug:'"
                : "set another 'slug:', or, if two articles of different days share the slug, put the date into"
                        + " the permalink setting (e.g. /:year/:month/:day/:slug/)";
        for (int i = 0; i < site.articles().size(); i++) {
            Article article = site.articles().get(i);
            boolean byUrl = article.url().isPresent();
            claims.claim(SitePage.file(site.paths().get(i)), PathClaims.Claim.article(article.source(),
                    article.lineOf(byUrl ? "url" : "slug"), "page " + site.paths().get(i),
                    byUrl ? "change 'url:'" : pageFix));
            for (String alias : article.aliases()) {
                claims.claim(SitePage.file(alias), PathClaims.Claim.article(article.source(),
                        article.lineOf("aliases"), "alias " + alias,
                        "an alias must be an old URL that no page or file of the site uses"));
            }
        }
        for (Page page : site.pages()) {
            boolean byUrl = page.url().isPresent();
            claims.claim(SitePage.file(page.path()), PathClaims.Claim.article(page.source(),
                    page.lineOf(byUrl ? "url" : "slug"), "page " + page.path(),
                    byUrl ? "change 'url:'" : "set another 'slug:' or 'url:'"));
            for (String alias : page.aliases()) {
                claims.claim(SitePage.file(alias), PathClaims.Claim.article(page.source(), page.lineOf("aliases"),
                        "alias " + alias, "an alias must be an old URL that no page or file of the site uses"));
            }
        }
        for (RenderTask task : pages) {
            if (task.source() == null) {
                claims.claim(task.path(), PathClaims.Claim.of("the page of template " + task.template()));
            }
        }
        generated.forEach(file -> claims.claim(file.path(), PathClaims.Claim.of("the generated file /" + file.path())));
        statics.keySet().forEach(path -> claims.claim(path, PathClaims.Claim.of("the static file /" + path)));
        bundles.forEach((path, bundle) -> claims.claim(path, PathClaims.Claim.article(bundle.article(), 0,
                "bundle file /" + path, "rename the file")));
        photos.forEach((path, photo) -> claims.claim(path, PathClaims.Claim.article(photo.article(), 0,
                "photo /" + path, "rename the file")));
        pictures.copies().keySet().forEach(path -> claims.claim(path,
                PathClaims.Claim.of("the resized copy /" + path + " of an image")));
        return claims.problems();
    }
}
