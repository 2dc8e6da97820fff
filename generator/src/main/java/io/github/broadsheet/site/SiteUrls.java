package io.github.broadsheet.site;

import io.github.broadsheet.config.SiteSettings;
import java.net.URI;
import java.util.Optional;

/**
 * The one place where the site's URLs are made: a site path ({@code /}, {@code /tags/}, {@code /articles/x/}, a
 * static file {@code css/style.css}) becomes a link under the base path, an absolute URL under the base URL, or a
 * URL relative to the base; and, for the link checker, a link on a page is turned back into a site path. A site
 * published under a path ({@code https://example.org/news/}) links correctly everywhere because nobody else joins
 * or strips the base.
 *
 * @param baseUrl  absolute URL the site is published under, ending in {@code /}
 * @param basePath its path, starting and ending with {@code /} ({@code /news/})
 */
public record SiteUrls(String baseUrl, String basePath) {

    public static SiteUrls of(SiteSettings settings) {
        return new SiteUrls(settings.baseUrl(), settings.basePath());
    }

    /** Root-relative link to a site path: {@code path("/tags/")} gives {@code /news/tags/} under {@code /news/}. */
    public String path(String sitePath) {
        return basePath + relative(sitePath);
    }

    /** Absolute URL of a site path, for canonical links, feeds and sitemaps. */
    public String absolute(String sitePath) {
        return baseUrl + relative(sitePath);
    }

    /** A site path relative to the base URL ({@code tags/}), for files that sit at the base (the search index). */
    public String relative(String sitePath) {
        return sitePath.startsWith("/") ? sitePath.substring(1) : sitePath;
    }

    /**
     * The absolute URL of a reference written on a page (an article's lead image): a full URL as it is, a site path
     * ({@code /img/x.jpg}) under the base, anything else relative to the page.
     *
     * @param pagePath  the site path of the page
     * @param reference the reference as written
     * @return the URL, or empty when the reference is no valid URL
     */
    public Optional<String> resolve(String pagePath, String reference) {
        try {
            return Optional.of(URI.create(absolute(pagePath))
                    .resolve(reference.startsWith("/") ? path(reference) : reference).toString());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A link written as an absolute URL into this site, as a root-relative one; any other link as it is. */
    public String rootRelative(String link) {
        return link.startsWith(baseUrl) ? basePath + link.substring(baseUrl.length()) : link;
    }

    /**
     * The site path of a root-relative URL path, the inverse of {@link #path}: {@code /news/tags/} gives
     * {@code /tags/}; empty for a path outside the base path.
     */
    public Optional<String> sitePath(String urlPath) {
        return urlPath.startsWith(basePath) ? Optional.of("/" + urlPath.substring(basePath.length()))
                : Optional.empty();
    }
}
