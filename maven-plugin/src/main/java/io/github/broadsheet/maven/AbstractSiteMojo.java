package io.github.broadsheet.maven;

import io.github.broadsheet.config.Newsroom;
import io.github.broadsheet.config.SiteConfig;
import io.github.broadsheet.image.ImageConfig;
import io.github.broadsheet.config.SiteSettings;
import io.github.broadsheet.related.RelatedConfig;
import java.io.File;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.project.MavenProject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The site settings every goal shares, each a {@code @Parameter} with a {@code site.*} user property, and their
 * mapping onto the generator's {@link SiteConfig}. No logic beyond that mapping lives here.
 */
abstract class AbstractSiteMojo extends AbstractMojo {

    /**
     * The project folder. The output directory may never be this folder or one of its parents.
     *
     * @since 0.1.0
     */
    @Parameter(defaultValue = "${basedir}", readonly = true, required = true)
    File baseDirectory;

    /**
     * Folder holding {@code articles/}, where every {@code *.md} file (nested folders allowed) is an article. It may
     * be a symbolic link; symbolic links inside it must stay inside its target, or the build fails naming them.
     *
     * @since 0.1.0
     */
    @Parameter(property = "site.contentDirectory", defaultValue = "${basedir}/content")
    File contentDirectory;

    /**
     * Where the generated site is written, only after a successful build; files you put there yourself are kept. May
     * be a symbolic link: the site then goes into the folder it points to.
     *
     * @since 0.1.0
     */
    @Parameter(property = "site.outputDirectory", defaultValue = "${project.build.directory}/public")
    File outputDirectory;

    /**
     * A folder of your own themes, each in a sub-folder named after the theme. Unset: built-in themes only.
     *
     * @since 0.1.0
     */
    @Parameter(property = "site.themesDirectory")
    File themesDirectory;

    /**
     * Name of the theme: a folder in {@code themesDirectory}, or a built-in theme ({@code default}).
     *
     * @since 0.1.0
     */
    @Parameter(property = "site.theme", defaultValue = "default")
    String theme;

    /**
     * Templates of this project that replace the theme's templates of the same name.
     *
     * @since 0.1.0
     */
    @Parameter(property = "site.templatesDirectory", defaultValue = "${basedir}/templates")
    File templatesDirectory;

    /**
     * Where rendered Markdown is kept between builds, so a rebuild renders only the articles that changed.
     * Delete the folder (or run {@code mvn clean}) to start from scratch; a corrupt or foreign cache is ignored.
     *
     * @since 0.1.0
     */
    @Parameter(property = "site.cacheDirectory", defaultValue = "${project.build.directory}/broadsheet-cache")
    File cacheDirectory;

    /**
     * Use the build cache in {@code cacheDirectory}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "site.cache", defaultValue = "true")
    boolean cache;

    /**
     * The site's name, shown in the header, titles and feeds.
     *
     * @since 0.1.0
     */
    @Parameter(property = "site.title", defaultValue = "${project.name}")
    String title;

    /**
     * One sentence about the site, used as the home page's description.
     *
     * @since 0.1.0
     */
    @Parameter(property = "site.description", defaultValue = "${project.description}")
    String description;

    /**
     * Absolute URL the site is published under, e.g. {@code https://example.org/} or
     * {@code https://user.github.io/repo/}; its path prefixes every link.
     *
     * @since 0.1.0
     */
    @Parameter(property = "site.baseUrl", defaultValue = "http://localhost:8080/")
    String baseUrl;

    /**
     * Language of the site as a BCP 47 tag ({@code en}, {@code de}, {@code fr-CH}): page language, date format
     * and the stop words used to compare article texts.
     *
     * @since 0.1.0
     */
    @Parameter(property = "site.language", defaultValue = "en")
    String language;

    /**
     * Author shown on articles that name none.
     *
     * @since 0.1.0
     */
    @Parameter(property = "site.author")
    String author;

    /**
     * Articles per page on the home page, its "Latest" list, and the pages of tags, sections, authors and series.
     * The default, 12, fills grids of 2, 3 and 4 columns (before 0.2.0 it was 10).
     *
     * @since 0.1.0
     */
    @Parameter(property = "site.pageSize", defaultValue = "12")
    int pageSize;

    /**
     * The IANA time zone dates and times are shown in, e.g. {@code Europe/Berlin}; articles keep the moment they
     * were written with. Articles dated without a time keep their day.
     *
     * @since 0.2.0
     */
    @Parameter(property = "site.timeZone", defaultValue = "UTC")
    String timeZone;

    /**
     * The footer's copyright line; unset means {@code © <year of the newest article> <title>}.
     *
     * @since 0.2.0
     */
    @Parameter(property = "site.copyright")
    String copyright;

    /**
     * The taxonomies that have pages, in order, each a {@code <taxonomy>} with a {@code key} ({@code section},
     * {@code authors}, {@code series} or {@code tags}) and optionally its URL segment {@code path} and display
     * names {@code name} and {@code plural}. Term pages are at {@code /<path>/<term>/}, the index at
     * {@code /<path>/}, a feed at {@code /<path>/<term>/feed.xml}. Unset: all four, at {@code /sections/},
     * {@code /authors/}, {@code /series/} and {@code /tags/}. A site that lists fewer has pages of those only.
     *
     * @since 0.2.0
     */
    @Parameter
    List<Taxonomy> taxonomies;

    /**
     * The order of sections in the header and on the front page, comma-separated
     * ({@code World, Business, Culture}); sections not listed follow alphabetically.
     *
     * @since 0.2.0
     */
    @Parameter(property = "site.sections")
    String sections;

    /**
     * The items of the header menu, in order: {@code page:<slug>}, {@code section:<name>}, {@code sections} (every
     * section), {@code pages} (every page), {@code taxonomy:<key>} (an index), {@code feed}, {@code archive},
     * {@code search}, or {@code <label>|<url>}. Unset: {@code sections, archive, search}. Pages with
     * {@code menu: header} are added.
     *
     * @since 0.2.0
     */
    @Parameter(property = "site.headerMenu")
    List<String> headerMenu;

    /**
     * The items of the footer menu, in the forms of {@code headerMenu}. Unset: {@code pages, feed}. Pages with
     * {@code menu: footer} are added.
     *
     * @since 0.2.0
     */
    @Parameter(property = "site.footerMenu")
    List<String> footerMenu;

    /**
     * Include articles marked {@code draft: true}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "site.drafts", defaultValue = "false")
    boolean drafts;

    /**
     * Include articles dated in the future.
     *
     * @since 0.1.0
     */
    @Parameter(property = "site.future", defaultValue = "false")
    boolean future;

    /**
     * The moment that decides which articles are in the future, as ISO 8601
     * ({@code 2026-11-27T00:00:00Z}); unset means the time of the build. Fix it for reproducible builds.
     *
     * @since 0.1.0
     */
    @Parameter(property = "site.now")
    String now;

    /**
     * How many related articles each article page shows at most.
     *
     * @since 0.1.0
     */
    @Parameter(property = "site.relatedCount", defaultValue = "5")
    int relatedCount;

    /**
     * Weight of shared tags in the related-article score. Each tag counts what it is worth on this site: how much
     * more alike the texts of the articles carrying it are than any two texts (learned at build time), so generic
     * and format tags such as "news" or "explainer" count about nothing. Tags alone never make two articles
     * related. 0 ignores tags. Before 0.2.0 the default was 0.5 and rare tags counted most.
     *
     * @since 0.1.0
     */
    @Parameter(property = "site.relatedTagWeight", defaultValue = "1.0")
    double relatedTagWeight;

    /**
     * Weight of the text similarity (stemmed words of title, summary, headings and body, title and summary
     * weighing most) in the related-article score; must be above 0. Before 0.2.0 the default was 0.4.
     *
     * @since 0.1.0
     */
    @Parameter(property = "site.relatedTextWeight", defaultValue = "1.0")
    double relatedTextWeight;

    /**
     * The largest bonus for being close in date, as a share of the score (0.1: up to 10 % for articles of the
     * same day, halving every 180 days apart); it only re-orders articles that are related anyway.
     *
     * @since 0.1.0
     */
    @Parameter(property = "site.relatedDateWeight", defaultValue = "0.1")
    double relatedDateWeight;

    /**
     * Minimum text-plus-tag score for a related link, of which the text part must reach half on its own. An article
     * with nothing this close gets no list, and fewer than {@code relatedCount} links is normal. Raise it for
     * fewer, surer links; lower it for more. Before 0.2.0 the default was 0.08 (on a different scale).
     *
     * @since 0.1.0
     */
    @Parameter(property = "site.relatedMinScore", defaultValue = "0.2")
    double relatedMinScore;

    /**
     * URL pattern of article pages: {@code :year}, {@code :month}, {@code :day}, {@code :slug}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "site.permalink", defaultValue = "/articles/:slug/")
    String permalink;

    /**
     * Entries per Atom feed ({@code feed.xml} and each tag's feed).
     *
     * @since 0.1.0
     */
    @Parameter(property = "site.feedSize", defaultValue = "20")
    int feedSize;

    /**
     * What the entries of the site's feed ({@code feed.xml}) carry: {@code full} articles or only the
     * {@code summary}. Before 0.2.0 it also set the feeds of tags, sections, authors and series, which
     * {@code termFeedContent} sets now.
     *
     * @since 0.1.0
     */
    @Parameter(property = "site.feedContent", defaultValue = "full")
    String feedContent;

    /**
     * What the entries of the feeds of tags, sections, authors and series ({@code /tags/<tag>/feed.xml} ...)
     * carry: the {@code summary} with a link to the article, or {@code full} articles. A reader follows such a feed
     * to hear of new articles on a subject; with full articles the term feeds were most of a large site's bytes (80
     * of 353 MB at 10,000 articles).
     *
     * @since 0.2.0
     */
    @Parameter(property = "site.termFeedContent", defaultValue = "summary")
    String termFeedContent;

    /**
     * Clean the HTML of article bodies, for authors who are not trusted: raw HTML keeps only allow-listed elements
     * and attributes (no scripts, styles, forms, frames, media or event handlers), and links and images keep only
     * {@code http}, {@code https}, {@code mailto}, {@code tel} and relative URLs (images also {@code data:} PNG,
     * JPEG, GIF, WebP and AVIF). When false, raw HTML is passed through as written.
     *
     * @since 0.1.0
     */
    @Parameter(property = "site.sanitizeHtml", defaultValue = "false")
    boolean sanitizeHtml;

    /**
     * The widths in pixels of the resized copies made of every JPEG and PNG that pages show, comma-separated,
     * smallest first ({@code 480,800,1200,1600}); an image narrower than a width gets its own width instead, never
     * an upscaled copy. Pages name them all in {@code srcset} and browsers pick one for the screen.
     *
     * @since 0.2.0
     */
    @Parameter(property = "site.imageWidths", defaultValue = "480,800,1200,1600")
    String imageWidths;

    /**
     * JPEG quality of the resized copies, from 0.1 to 1.0.
     *
     * @since 0.2.0
     */
    @Parameter(property = "site.jpegQuality", defaultValue = "0.82")
    double jpegQuality;

    /**
     * Keep the metadata of photos (camera, time, GPS position) in published copies and publish the originals as
     * they are. Off by default: a photo straight from a phone tells where it was taken.
     *
     * @since 0.2.0
     */
    @Parameter(property = "site.keepImageMetadata", defaultValue = "false")
    boolean keepImageMetadata;

    /**
     * Draw a social card (a 1200x630 PNG with the headline, section and site name, for OpenGraph and Twitter) for
     * each article without a lead image.
     *
     * @since 0.2.0
     */
    @Parameter(property = "site.socialCards", defaultValue = "true")
    boolean socialCards;

    /**
     * Fail the build when a page links to a page or {@code #fragment} that the build did not generate; when
     * false, broken links are warnings.
     *
     * @since 0.1.0
     */
    @Parameter(property = "site.failOnBrokenLinks", defaultValue = "true")
    boolean failOnBrokenLinks;

    /**
     * Write {@code related.json} at the output root: for every article its related links with the parts of each
     * score and the shared tags and words behind it, and the best candidates left out with the reason (list full,
     * below the minimum, text disagrees, format tag). For tuning the {@code related*} settings.
     *
     * @since 0.1.0
     */
    @Parameter(property = "site.explainRelated", defaultValue = "false")
    boolean explainRelated;

    /**
     * Fail the build on warnings too, not only on errors.
     *
     * @since 0.1.0
     */
    @Parameter(property = "site.failOnWarning", defaultValue = "false")
    boolean failOnWarning;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        runAlone();
        run();
    }

    /** What the goal does. */
    abstract void run() throws MojoExecutionException, MojoFailureException;

    /**
     * Runs before every goal. The goals are aggregators: in a multi-module project (this repository's root,
     * for one) Maven runs them once, at the top project, and lists every module as SKIPPED in its reactor summary,
     * which users read as a failure. When no other project of the build has run, because the goal was called on
     * its own ({@code mvn site:generate}), the build is narrowed to the top project and no summary is printed.
     * After other goals ({@code mvn install site:generate}) the reactor is left as it is.
     */
    private void runAlone() {
        if (session == null || session.getProjects().size() < 2) {
            return;
        }
        MavenProject top = session.getTopLevelProject();
        boolean othersRan = session.getProjects().stream()
                .anyMatch(project -> project != top && session.getResult().getBuildSummary(project) != null);
        if (!othersRan) {
            session.setProjects(List.of(top));
        }
    }

    SiteConfig siteConfig() throws MojoExecutionException {
        try {
            return SiteConfig.builder(baseDirectory.toPath())
                    .contentDirectory(contentDirectory.toPath())
                    .outputDirectory(outputDirectory.toPath())
                    .themesDirectory(themesDirectory == null ? null : themesDirectory.toPath())
                    .theme(theme)
                    .templatesDirectory(templatesDirectory.toPath())
                    .cacheDirectory(cache ? cacheDirectory.toPath() : null)
                    .site(new SiteSettings(title, description, baseUrl, language, author, zone(), copyright))
                    .pageSize(pageSize)
                    .drafts(drafts)
                    .future(future)
                    .now(parseNow())
                    .explainRelated(explainRelated)
                    .related(relatedConfig())
                    .failOnWarning(failOnWarning)
                    .failOnBrokenLinks(failOnBrokenLinks)
                    .permalink(permalink)
                    .feedSize(feedSize)
                    .feedSummaries(summaries("feedContent", feedContent, false))
                    .termFeedSummaries(summaries("termFeedContent", termFeedContent, true))
                    .sanitizeHtml(sanitizeHtml)
                    .media(media())
                    .newsroom(newsroom())
                    .build();
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("Invalid Broadsheet configuration: " + e.getMessage(), e);
        }
    }

    /** Image widths, quality and metadata, and social cards; a bad value is an {@link IllegalArgumentException}. */
    SiteConfig.Media media() {
        List<Integer> widths = new ArrayList<>();
        for (String width : (imageWidths == null ? "480,800,1200,1600" : imageWidths).split(",")) {
            try {
                widths.add(Integer.parseInt(width.strip()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("imageWidths must be whole numbers separated by commas, such as"
                        + " 480,800,1200,1600 (was: " + imageWidths + ")");
            }
        }
        return new SiteConfig.Media(new ImageConfig(widths, jpegQuality == 0 ? 0.82f : (float) jpegQuality,
                keepImageMetadata), socialCards);
    }

    RelatedConfig relatedConfig() {
        return RelatedConfig.defaults()
                .withCount(relatedCount)
                .withWeights(relatedTagWeight, relatedTextWeight, relatedDateWeight)
                .withMinScore(relatedMinScore);
    }

    private Newsroom newsroom() {
        List<io.github.broadsheet.config.Taxonomy> configured = taxonomies == null || taxonomies.isEmpty() ? null
                : taxonomies.stream().map(Taxonomy::toConfig).toList();
        List<String> order = sections == null || sections.isBlank() ? List.of()
                : Arrays.stream(sections.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        // Maven injects an empty list for a list parameter the POM does not set: that is "unset", the default menu.
        return new Newsroom(configured, order, Newsroom.menu(unsetIfEmpty(headerMenu)),
                Newsroom.menu(unsetIfEmpty(footerMenu)));
    }

    private static List<String> unsetIfEmpty(List<String> items) {
        return items == null || items.isEmpty() ? null : items;
    }

    private ZoneId zone() {
        if (timeZone == null || timeZone.isBlank()) {
            return null;
        }
        try {
            return ZoneId.of(timeZone.strip());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("timeZone '" + timeZone + "' is no time zone; use an IANA id such as"
                    + " Europe/Berlin or America/New_York, or UTC", e);
        }
    }

    /** {@code summary} -> true, {@code full} -> false, unset -> the default. */
    private static boolean summaries(String name, String value, boolean fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        return switch (value.strip()) {
            case "full" -> false;
            case "summary" -> true;
            default -> throw new IllegalArgumentException(name + " must be 'full' or 'summary' (was '" + value + "')");
        };
    }

    private Instant parseNow() {
        if (now == null || now.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(now.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("site.now '" + now + "' is not an ISO 8601 date-time such as"
                    + " 2026-11-27T00:00:00Z", e);
        }
    }
}
