package io.github.broadsheet.config;

import io.github.broadsheet.image.ImageConfig;
import io.github.broadsheet.related.RelatedConfig;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything one build needs to know, grouped by concern: where things are ({@link Layout}), what the site says
 * about itself ({@link SiteSettings}), what gets published ({@link Publishing}), how related articles are found
 * ({@link RelatedConfig}), how strict the build is ({@link Checks}) and how the site is organised as a newsroom
 * ({@link Newsroom}). Immutable; make one with {@link #builder}.
 */
public record SiteConfig(Layout layout, SiteSettings site, Publishing publishing, RelatedConfig related, Checks checks,
                         Newsroom newsroom, Media media) {

    public SiteConfig {
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(publishing, "publishing");
        Objects.requireNonNull(related, "related");
        Objects.requireNonNull(checks, "checks");
        Objects.requireNonNull(newsroom, "newsroom");
        Objects.requireNonNull(media, "media");
    }

    /**
     * How pictures are published.
     *
     * @param images      the widths of resized copies, their JPEG quality and whether metadata is kept
     * @param socialCards draw a social card (OpenGraph, Twitter) for each article without a lead image
     */
    public record Media(ImageConfig images, boolean socialCards) {

        public Media {
            Objects.requireNonNull(images, "images");
        }

        /** 480/800/1200/1600 px, quality 0.82, no metadata, with social cards. */
        public static Media defaults() {
            return new Media(ImageConfig.defaults(), true);
        }
    }

    public SiteConfig withLayout(Layout value) {
        return new SiteConfig(value, site, publishing, related, checks, newsroom, media);
    }

    public SiteConfig withSite(SiteSettings value) {
        return new SiteConfig(layout, value, publishing, related, checks, newsroom, media);
    }

    public SiteConfig withPublishing(Publishing value) {
        return new SiteConfig(layout, site, value, related, checks, newsroom, media);
    }

    /**
     * Every setting of this configuration as text, each with its name: equal keys, equal configurations. The
     * incremental build compares it with the last build's. Written setting by setting, not by {@code toString()},
     * whose form is no contract; SiteConfigTest changes each record component in turn and checks that the key
     * changes, so a setting added without a line here fails the build's tests.
     */
    public String key() {
        StringBuilder key = new StringBuilder(1024);
        line(key, "layout.baseDirectory", layout.baseDirectory());
        line(key, "layout.contentDirectory", layout.contentDirectory());
        line(key, "layout.outputDirectory", layout.outputDirectory());
        line(key, "layout.themesDirectory", layout.themesDirectory());
        line(key, "layout.theme", layout.theme());
        line(key, "layout.templatesDirectory", layout.templatesDirectory());
        line(key, "layout.cacheDirectory", layout.cacheDirectory());
        line(key, "site.title", site.title());
        line(key, "site.description", site.description());
        line(key, "site.baseUrl", site.baseUrl());
        line(key, "site.language", site.language());
        line(key, "site.author", site.author());
        line(key, "site.timeZone", site.timeZone());
        line(key, "site.copyright", site.copyright());
        line(key, "publishing.pageSize", publishing.pageSize());
        line(key, "publishing.drafts", publishing.drafts());
        line(key, "publishing.future", publishing.future());
        line(key, "publishing.now", publishing.now());
        line(key, "publishing.explainRelated", publishing.explainRelated());
        line(key, "publishing.permalink", publishing.permalink());
        line(key, "publishing.feedSize", publishing.feedSize());
        line(key, "publishing.feedSummaries", publishing.feedSummaries());
        line(key, "publishing.termFeedSummaries", publishing.termFeedSummaries());
        line(key, "publishing.sanitizeHtml", publishing.sanitizeHtml());
        line(key, "related.count", related.count());
        line(key, "related.tagWeight", related.tagWeight());
        line(key, "related.textWeight", related.textWeight());
        line(key, "related.dateWeight", related.dateWeight());
        line(key, "related.minScore", related.minScore());
        line(key, "related.cardinalityThreshold", related.cardinalityThreshold());
        line(key, "related.maxTermsPerDocument", related.maxTermsPerDocument());
        line(key, "related.titleBoost", related.titleBoost());
        line(key, "related.summaryBoost", related.summaryBoost());
        line(key, "related.headingBoost", related.headingBoost());
        line(key, "related.maxBodyChars", related.maxBodyChars());
        line(key, "related.dateHalfLifeDays", related.dateHalfLifeDays());
        line(key, "related.language", related.language());
        line(key, "checks.failOnWarning", checks.failOnWarning());
        line(key, "checks.failOnBrokenLinks", checks.failOnBrokenLinks());
        line(key, "newsroom.taxonomies", newsroom.taxonomies());
        line(key, "newsroom.sections", newsroom.sections());
        line(key, "newsroom.headerMenu", newsroom.headerMenu());
        line(key, "newsroom.footerMenu", newsroom.footerMenu());
        line(key, "media.images", media.images());
        line(key, "media.socialCards", media.socialCards());
        return key.toString();
    }

    /** {@code name=length:value}: the length keeps a value holding a line break from passing for another line. */
    private static void line(StringBuilder key, String name, Object value) {
        String text = String.valueOf(value);
        key.append(name).append('=').append(text.length()).append(':').append(text).append('\n');
    }

    /**
     * Where the build reads and writes.
     *
     * @param baseDirectory      the project folder; the output may never be it or one of its parents
     * @param contentDirectory   holds {@code articles/}
     * @param outputDirectory    the generated site; changed only by a successful build, which keeps files it did not write
     * @param themesDirectory    a folder of themes on disk, or {@code null} for the built-in themes only
     * @param theme              the theme's folder name
     * @param templatesDirectory the project's own template overrides, looked up before the theme; may not exist
     * @param cacheDirectory     where rendered Markdown is kept between builds, or {@code null} for no cache
     */
    public record Layout(Path baseDirectory, Path contentDirectory, Path outputDirectory, Path themesDirectory,
                         String theme, Path templatesDirectory, Path cacheDirectory) {

        public Layout {
            baseDirectory = Objects.requireNonNull(baseDirectory, "baseDirectory").toAbsolutePath().normalize();
            contentDirectory = resolve(baseDirectory, contentDirectory, "content");
            outputDirectory = resolve(baseDirectory, outputDirectory, "target/public");
            themesDirectory = themesDirectory == null ? null : baseDirectory.resolve(themesDirectory).normalize();
            theme = theme == null || theme.isBlank() ? "default" : theme.strip();
            templatesDirectory = resolve(baseDirectory, templatesDirectory, "templates");
            cacheDirectory = cacheDirectory == null ? null : baseDirectory.resolve(cacheDirectory).normalize();
        }

        public Layout withOutputDirectory(Path value) {
            return new Layout(baseDirectory, contentDirectory, value, themesDirectory, theme, templatesDirectory,
                    cacheDirectory);
        }

        /** The project's static files, published as they are and looked up before the theme's. */
        public Path staticDirectory() {
            return baseDirectory.resolve("static");
        }

        /**
         * The project's folders a build reads, content first: the content, the templates, the static files and,
         * when set, the themes folder. The live server watches them; the incremental build fingerprints them.
         */
        public List<Path> sources() {
            List<Path> sources = new ArrayList<>(List.of(contentDirectory, templatesDirectory, staticDirectory()));
            if (themesDirectory != null) {
                sources.add(themesDirectory);
            }
            return List.copyOf(sources);
        }

        private static Path resolve(Path base, Path path, String fallback) {
            return base.resolve(path == null ? Path.of(fallback) : path).toAbsolutePath().normalize();
        }
    }

    /**
     * What gets published and where.
     *
     * @param pageSize       articles per list page (the home list, term pages); 12 fills grids of 2, 3 and 4
     * @param drafts         include articles marked {@code draft: true}
     * @param future         include articles dated after {@link #now()}
     * @param now            the moment that decides what is "future"; fixed for reproducible builds
     * @param explainRelated write {@code related.json} with the score parts of every related link
     * @param permalink      URL pattern of article pages (see {@code site.Permalink}): {@code :year},
     *                       {@code :month}, {@code :day}, {@code :slug} or {@code :title}, {@code :categories}... e.g.
     *                       {@code /articles/:slug/}, {@code /:year/:month/:slug/} or Jekyll's
     *                       {@code /:categories/:year/:month/:day/:title.html}
     * @param feedSize       entries per Atom feed (site and tag feeds)
     * @param feedSummaries  the site's feed ({@code feed.xml}) carries summaries instead of full articles
     * @param termFeedSummaries the feeds of tags, sections, authors and series carry summaries instead of full
     *                       articles: a reader follows one of them to hear of new articles, and with full bodies
     *                       they were most of a large site's bytes
     * @param sanitizeHtml   escape raw HTML written in Markdown instead of passing it through
     */
    public record Publishing(int pageSize, boolean drafts, boolean future, Instant now, boolean explainRelated,
                             String permalink, int feedSize, boolean feedSummaries, boolean termFeedSummaries,
                             boolean sanitizeHtml) {

        public static final String DEFAULT_PERMALINK = "/articles/:slug/";

        public Publishing {
            if (pageSize < 1) {
                throw new IllegalArgumentException("pageSize must be at least 1 (was " + pageSize + ")");
            }
            if (feedSize < 1) {
                throw new IllegalArgumentException("feedSize must be at least 1 (was " + feedSize + ")");
            }
            Objects.requireNonNull(now, "now");
            permalink = permalink == null || permalink.isBlank() ? DEFAULT_PERMALINK : permalink.strip();
            if (!permalink.contains(":slug") && !permalink.contains(":title")) {
                throw new IllegalArgumentException("permalink must contain :slug or :title, so that each article has"
                        + " a URL of its own (was " + permalink + ")");
            }
            if (!permalink.startsWith("/")) {
                permalink = "/" + permalink;
            }
            // A folder (/:slug/), or a file: Jekyll's /:title.html and /:title:output_ext.
            if (!permalink.endsWith("/") && !permalink.endsWith(".html") && !permalink.endsWith(":output_ext")) {
                permalink = permalink + "/";
            }
        }

        public Publishing withDrafts(boolean value) {
            return new Publishing(pageSize, value, future, now, explainRelated, permalink, feedSize, feedSummaries,
                    termFeedSummaries, sanitizeHtml);
        }

        public Publishing withFuture(boolean value) {
            return new Publishing(pageSize, drafts, value, now, explainRelated, permalink, feedSize, feedSummaries,
                    termFeedSummaries, sanitizeHtml);
        }

        public Publishing withNow(Instant value) {
            return new Publishing(pageSize, drafts, future, value, explainRelated, permalink, feedSize, feedSummaries,
                    termFeedSummaries, sanitizeHtml);
        }
    }

    /**
     * How strict the build is.
     *
     * @param failOnWarning     treat warnings as errors
     * @param failOnBrokenLinks a link to a page or {@code #fragment} that the build did not generate is an error
     *                          (else a warning)
     */
    public record Checks(boolean failOnWarning, boolean failOnBrokenLinks) {
    }

    public static Builder builder(Path baseDirectory) {
        return new Builder(baseDirectory);
    }

    /** Fills in defaults for everything not set, so callers (the Mojo, tests) name only what they change. */
    public static final class Builder {
        private final Path baseDirectory;
        private Path contentDirectory;
        private Path outputDirectory;
        private Path themesDirectory;
        private String theme;
        private Path templatesDirectory;
        private Path cacheDirectory;
        private SiteSettings site = SiteSettings.defaults();
        private int pageSize = 12;
        private boolean drafts;
        private boolean future;
        private Instant now;
        private boolean explainRelated;
        private RelatedConfig related = RelatedConfig.defaults();
        private boolean failOnWarning;
        private boolean failOnBrokenLinks = true;
        private String permalink;
        private int feedSize = 20;
        private boolean feedSummaries;
        private boolean termFeedSummaries = true;
        private boolean sanitizeHtml;
        private Newsroom newsroom = Newsroom.defaults();
        private Media media = Media.defaults();

        private Builder(Path baseDirectory) {
            this.baseDirectory = baseDirectory;
        }

        public Builder contentDirectory(Path value) { contentDirectory = value; return this; }
        public Builder outputDirectory(Path value) { outputDirectory = value; return this; }
        public Builder themesDirectory(Path value) { themesDirectory = value; return this; }
        public Builder theme(String value) { theme = value; return this; }
        public Builder templatesDirectory(Path value) { templatesDirectory = value; return this; }
        public Builder cacheDirectory(Path value) { cacheDirectory = value; return this; }
        public Builder site(SiteSettings value) { site = value; return this; }
        public Builder pageSize(int value) { pageSize = value; return this; }
        public Builder drafts(boolean value) { drafts = value; return this; }
        public Builder future(boolean value) { future = value; return this; }
        public Builder now(Instant value) { now = value; return this; }
        public Builder explainRelated(boolean value) { explainRelated = value; return this; }
        public Builder related(RelatedConfig value) { related = value; return this; }
        public Builder failOnWarning(boolean value) { failOnWarning = value; return this; }
        public Builder failOnBrokenLinks(boolean value) { failOnBrokenLinks = value; return this; }
        public Builder permalink(String value) { permalink = value; return this; }
        public Builder feedSize(int value) { feedSize = value; return this; }
        public Builder feedSummaries(boolean value) { feedSummaries = value; return this; }
        public Builder termFeedSummaries(boolean value) { termFeedSummaries = value; return this; }
        public Builder sanitizeHtml(boolean value) { sanitizeHtml = value; return this; }
        public Builder newsroom(Newsroom value) { newsroom = value; return this; }
        public Builder media(Media value) { media = value; return this; }

        public SiteConfig build() {
            return new SiteConfig(
                    new Layout(baseDirectory, contentDirectory, outputDirectory, themesDirectory, theme, templatesDirectory,
                            cacheDirectory),
                    site,
                    new Publishing(pageSize, drafts, future, now == null ? Instant.now() : now, explainRelated,
                            permalink, feedSize, feedSummaries, termFeedSummaries, sanitizeHtml),
                    related,
                    new Checks(failOnWarning, failOnBrokenLinks),
                    newsroom,
                    media);
        }
    }
}
