package io.github.broadsheet.media;

import io.github.broadsheet.content.Article;
import io.github.broadsheet.content.Page;
import io.github.broadsheet.image.Derivative;
import io.github.broadsheet.image.ImagePipeline;
import io.github.broadsheet.image.ImageResult;
import io.github.broadsheet.image.ImageSource;
import io.github.broadsheet.markdown.ImageLines;
import io.github.broadsheet.problem.Problems;
import io.github.broadsheet.site.Site;
import io.github.broadsheet.site.SiteUrls;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The build's image step, between the site model and the page plan. It finds every image of the site's own files
 * that a page uses (the {@code <img>} of article and page bodies, galleries included, and each article's
 * {@code image:}), has the {@link ImagePipeline} resize them all at once (in parallel, from its cache when
 * unchanged), and writes each body's {@code <img>} with {@code srcset}, {@code sizes}, {@code width} and
 * {@code height} (so nothing shifts while a page loads), {@code loading="lazy"} and {@code decoding="async"}. A
 * Markdown image with a title alone in its paragraph becomes a {@code <figure>} with the title as caption. GIF and
 * SVG pass through with their size when the file gives it. Images of other hosts stay as they are: nothing is
 * downloaded at build time, and a page still names them.
 *
 * <p>A reference to a file the site does not have is an error, an image without alt text a warning, each at the
 * line of the Markdown image or of the {@code image:} key. Published originals: a resized image's original would
 * carry its metadata (a phone's GPS position); unless {@code keepMetadata}, its largest copy is published under the
 * original's name instead, or, when no copy has the original's format, the original is not published at all.
 */
public final class SiteImages {

    /** How wide a body image is shown: the default theme's text column (42rem less padding), else the screen. */
    public static final String BODY_SIZES = "(min-width: 44rem) 40rem, 100vw";

    private final ImagePipeline pipeline;
    private final boolean keepMetadata;
    private final boolean missingIsError;

    /**
     * @param keepMetadata   publish originals as they are (their copies keep EXIF as the pipeline's settings say)
     * @param missingIsError a missing image fails the build, as a broken link does ({@code failOnBrokenLinks}); else
     *                       it is a warning (an archive copied without its pictures still builds)
     */
    public SiteImages(ImagePipeline pipeline, boolean keepMetadata, boolean missingIsError) {
        this.pipeline = pipeline;
        this.keepMetadata = keepMetadata;
        this.missingIsError = missingIsError;
    }

    private void missing(Problems problems, Path source, int line, String image) {
        String message = "the image " + image + " does not exist: put it into the article's folder (index.md beside"
                + " it) or into static/ and link it by its site path (/media/photo.jpg)";
        if (missingIsError) {
            problems.error(source, line, message);
        } else {
            problems.warning(source, line, message);
        }
    }

    /** One body to rewrite: its file (for problems), the site path of its page, and its parsed HTML. */
    private record Body(Path source, String pagePath, Document html) {
    }

    /**
     * @param site      the site model
     * @param siteFiles every file the site publishes as it is, by site path without leading slash: bundle files,
     *                  static files
     * @param problems  where missing images, images that cannot be used and missing alt texts go
     */
    public SitePictures process(Site site, Map<String, Path> siteFiles, Problems problems) {
        return process(site, siteFiles, Map.of(), problems);
    }

    /**
     * @param hashes the content hash of files by absolute path, where the build knows them already (its input
     *               fingerprint): such an image is not read at all when its copies are in the cache
     */
    public SitePictures process(Site site, Map<String, Path> siteFiles, Map<Path, byte[]> hashes,
                                Problems problems) {
        List<Article> articles = site.articles();
        List<Page> pages = site.pages();
        // Parsed once, read for the images they use, then rewritten: only bodies that have an image.
        Map<Integer, Body[]> articleBodies = new HashMap<>();
        Map<Integer, Body> pageBodies = new HashMap<>();
        Set<String> used = new TreeSet<>();
        for (int i = 0; i < articles.size(); i++) {
            Article a = articles.get(i);
            String path = site.paths().get(i);
            Body body = parse(a.source(), path, a.html());
            Body summary = parse(a.source(), path, a.summaryHtml());
            if (body != null || summary != null) {
                articleBodies.put(i, new Body[] {body, summary});
                collect(body, siteFiles, used);
                collect(summary, siteFiles, used);
            }
            a.image().flatMap(image -> SitePaths.of(path, image)).filter(siteFiles::containsKey)
                    .filter(SiteImages::isImage).ifPresent(used::add);
        }
        for (int i = 0; i < pages.size(); i++) {
            Page p = pages.get(i);
            Body body = parse(p.source(), p.path(), p.html());
            if (body != null) {
                pageBodies.put(i, body);
                collect(body, siteFiles, used);
            }
        }

        List<String> order = new ArrayList<>(used);
        List<ImageResult> results = pipeline.process(order.stream().map(path -> {
            Path file = siteFiles.get(path);
            byte[] hash = hashes.get(file.toAbsolutePath().normalize());
            return hash == null ? ImageSource.of(file) : new ImageSource(file, hash);
        }).toList());
        Map<String, ImageResult> bySitePath = new HashMap<>();
        Map<String, Path> copies = new TreeMap<>();
        Map<String, String> originals = new TreeMap<>();
        Set<String> withheld = new TreeSet<>();
        for (int i = 0; i < order.size(); i++) {
            String path = order.get(i);
            ImageResult result = results.get(i);
            bySitePath.put(path, result);
            if (result instanceof ImageResult.Raster raster) {
                for (Derivative d : raster.derivatives()) {
                    copies.put(copyPath(path, d), d.file());
                }
                if (!keepMetadata) {
                    if (extension(path).equals(raster.largest().format())) {
                        originals.put(path, copyPath(path, raster.largest()));
                    } else {
                        withheld.add(path);
                    }
                }
            }
        }
        Function<String, Optional<Picture>> pictures = path -> Optional.ofNullable(bySitePath.get(path))
                .flatMap(result -> picture(path, result));
        SiteUrls urls = site.urls();

        List<Article> newArticles = new ArrayList<>(articles.size());
        List<Optional<Picture>> leads = new ArrayList<>(articles.size());
        for (int i = 0; i < articles.size(); i++) {
            Article a = articles.get(i);
            Body[] bodies = articleBodies.get(i);
            if (bodies != null) {
                String html = bodies[0] == null ? a.html() : rewrite(bodies[0], siteFiles, bySitePath, urls, problems);
                // The summary repeats the body's first lines: its problems are the body's, reported once.
                String summary = bodies[1] == null ? a.summaryHtml()
                        : rewrite(bodies[1], siteFiles, bySitePath, urls, new Problems());
                a = a.withHtml(html, summary);
            }
            newArticles.add(a);
            leads.add(lead(a, site.paths().get(i), siteFiles, bySitePath, pictures, problems));
        }
        List<Page> newPages = new ArrayList<>(pages.size());
        for (int i = 0; i < pages.size(); i++) {
            Body body = pageBodies.get(i);
            newPages.add(body == null ? pages.get(i)
                    : pages.get(i).withHtml(rewrite(body, siteFiles, bySitePath, urls, problems)));
        }
        Site rewritten = new Site(site.settings(), newArticles, site.paths(), site.taxonomies(), site.related(),
                site.keywords(), site.relatedWhy(), site.authors(), newPages, site.navigation());
        return new SitePictures(rewritten, leads, copies, originals, withheld, pipeline.encodedImages(), List.of(),
                List.of());
    }

    private static Body parse(Path source, String pagePath, String html) {
        if (html == null || !html.contains("<img") && !html.contains("<video") && !html.contains("<audio")) {
            return null;
        }
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        return new Body(source, pagePath, doc);
    }

    private static void collect(Body body, Map<String, Path> siteFiles, Set<String> used) {
        if (body == null) {
            return;
        }
        for (Element img : body.html().select("img[src]")) {
            SitePaths.of(body.pagePath(), img.attr("src")).filter(siteFiles::containsKey)
                    .filter(SiteImages::isImage).ifPresent(used::add);
        }
    }

    /**
     * Whether a file is one the image step reads, by its name: an {@code <img>} of another kind of file (an AVIF, a
     * BMP) is left as it is, published as it is.
     */
    private static boolean isImage(String path) {
        return IMAGE_EXTENSIONS.contains(extension(path));
    }

    private static final Set<String> IMAGE_EXTENSIONS = Set.of("jpg", "png", "gif", "svg", "webp");

    /** The lead image of an article, or empty; an error when it names a file the site does not have. */
    private Optional<Picture> lead(Article a, String pagePath, Map<String, Path> siteFiles,
                                          Map<String, ImageResult> results,
                                          Function<String, Optional<Picture>> pictures, Problems problems) {
        if (a.image().isEmpty() || a.image().get().isBlank()) {
            return Optional.empty();
        }
        String image = a.image().get().strip();
        // Hugo's images: list names the lead image when there is no image: key.
        int line = a.lineOf("image") > 0 ? a.lineOf("image") : a.lineOf("images");
        if (SitePaths.remote(image)) {
            return Optional.of(Picture.remote(image));
        }
        Optional<String> path = SitePaths.of(pagePath, image);
        if (path.isEmpty() || !siteFiles.containsKey(path.get())) {
            missing(problems, a.source(), line, image);
            return Optional.empty();
        }
        if (results.get(path.get()) instanceof ImageResult.Failed failed) {
            problems.error(a.source(), line, failed.message());
            return Optional.empty();
        }
        Object alt = a.params().get("image_alt");
        if (alt == null || String.valueOf(alt).isBlank()) {
            problems.warning(a.source(), line, "the lead image " + image + " has no alt text: describe what it shows"
                    + " in 'image_alt:' (for readers who cannot see it)");
        }
        return pictures.apply(path.get());
    }

    private static Optional<Picture> picture(String path, ImageResult result) {
        if (result instanceof ImageResult.Raster raster) {
            List<Picture.Copy> copies = raster.derivatives().stream()
                    .map(d -> new Picture.Copy("/" + copyPath(path, d), d.width(), d.height()))
                    .toList();
            Picture.Copy largest = copies.get(copies.size() - 1);
            return Optional.of(new Picture(largest.path(), false, copies, largest.width(), largest.height()));
        }
        if (result instanceof ImageResult.PassThrough pass) {
            return Optional.of(new Picture("/" + path, false, List.of(), pass.width(), pass.height()));
        }
        return Optional.empty();
    }

    /**
     * {@code articles/x/photo.jpg}, 800 px: {@code articles/x/photo.3f9a2c1b-800.jpg}, where the hash is the start of
     * the image cache's key (the content and the settings): a name stands for one content, so a rebuild keeps the
     * file of the last build instead of copying it again ({@link PictureFiles}), and hosts may cache it forever.
     */
    static String copyPath(String path, Derivative derivative) {
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        String stem = dot > slash + 1 ? path.substring(0, dot) : path;
        String key = derivative.file().getParent().getFileName().toString();
        return stem + "." + key.substring(0, 8) + "-" + derivative.width() + "." + derivative.format();
    }

    private static String extension(String path) {
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        String ext = dot > slash ? path.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
        return ext.equals("jpeg") ? "jpg" : ext;
    }

    /** The body with each of its images sized and pointing at its copies; problems at the images' lines. */
    private String rewrite(Body body, Map<String, Path> siteFiles, Map<String, ImageResult> results,
                                  SiteUrls urls, Problems problems) {
        for (Element img : body.html().select("img")) {
            int line = lineOf(img);
            img.removeAttr(ImageLines.ATTRIBUTE);
            String src = img.attr("src");
            if (src.isBlank() || SitePaths.remote(src)) {
                continue;
            }
            Optional<String> path = SitePaths.of(body.pagePath(), src);
            if (path.isEmpty() || !siteFiles.containsKey(path.get())) {
                missing(problems, body.source(), line, src);
                continue;
            }
            // A video's poster is decoration beside the video's title: its empty alt text is right.
            if (img.attr("alt").isBlank() && img.closest("a.embed-load") == null) {
                problems.warning(body.source(), line, "the image " + src + " has no alt text: describe what it shows"
                        + " between the brackets, ![A tram at the depot](" + src + ")");
            }
            ImageResult result = results.get(path.get());
            if (result instanceof ImageResult.Failed failed) {
                problems.error(body.source(), line, failed.message());
                continue;
            }
            Optional<Picture> picture = picture(path.get(), result);
            if (picture.isEmpty()) {
                continue;
            }
            Picture p = picture.get();
            img.attr("src", urls.path(p.src()));
            if (!p.copies().isEmpty()) {
                img.attr("srcset", srcset(p, urls));
                img.attr("sizes", BODY_SIZES);
            }
            if (p.hasSize()) {
                img.attr("width", String.valueOf(p.width()));
                img.attr("height", String.valueOf(p.height()));
            }
            if (!img.hasAttr("loading")) {
                img.attr("loading", "lazy");
            }
            if (!img.hasAttr("decoding")) {
                img.attr("decoding", "async");
            }
            figure(img);
        }
        // Video and audio files named by their site path (/media/clip.mp4) go under the base path, like every link.
        for (Element media : body.html().select("video[src], video[poster], audio[src]")) {
            for (String attribute : List.of("src", "poster")) {
                String value = media.attr(attribute);
                if (value.startsWith("/") && !value.startsWith("//")) {
                    media.attr(attribute, urls.path(value));
                    for (Element fallback : media.select("a[href]")) {
                        if (fallback.attr("href").equals(value)) {
                            fallback.attr("href", urls.path(value));
                        }
                    }
                }
            }
        }
        return body.html().body().html();
    }

    /** Every copy with its width, for {@code srcset}: {@code /a/p.3f9a2c1b-480.jpg 480w, ...}. */
    public static String srcset(Picture picture, SiteUrls urls) {
        StringBuilder out = new StringBuilder();
        for (Picture.Copy copy : picture.copies()) {
            if (!out.isEmpty()) {
                out.append(", ");
            }
            out.append(urls.path(copy.path())).append(' ').append(copy.width()).append('w');
        }
        return out.toString();
    }

    /**
     * A Markdown image with a title, alone in its paragraph, becomes a figure with the title as its caption (an
     * image within a line of text keeps its title: a figure cannot stand inside a paragraph).
     */
    private static void figure(Element img) {
        String title = img.attr("title");
        Element parent = img.parent();
        if (title.isBlank() || parent == null || !parent.normalName().equals("p") || !alone(img, parent)) {
            return;
        }
        img.removeAttr("title");
        Element figure = new Element("figure");
        figure.appendChild(img.clone());
        figure.appendElement("figcaption").text(title);
        parent.replaceWith(figure);
    }

    private static boolean alone(Element img, Element parent) {
        for (Node child : parent.childNodes()) {
            if (child != img && !(child instanceof TextNode text && text.isBlank())) {
                return false;
            }
        }
        return true;
    }

    private static int lineOf(Element img) {
        try {
            return Integer.parseInt(img.attr(ImageLines.ATTRIBUTE));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

}
