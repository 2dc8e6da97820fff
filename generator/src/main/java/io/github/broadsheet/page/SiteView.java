package io.github.broadsheet.page;

import io.github.broadsheet.config.SiteSettings;

/**
 * The site as templates see it ({@code site}): its settings plus the two URL functions every link goes through,
 * so a site published under a path ({@code https://example.org/news/}) links correctly everywhere.
 */
public record SiteView(String title, String description, String baseUrl, String basePath, String language,
                       String author) {

    static SiteView of(SiteSettings settings) {
        return new SiteView(settings.title(), settings.description(), settings.baseUrl(), settings.basePath(),
                settings.language(), settings.author());
    }

    /** Root-relative link to a site path: {@code url("/tags/")} gives {@code /news/tags/} under {@code /news/}. */
    public String url(String path) {
        return basePath + strip(path);
    }

    /** Absolute URL of a site path, for canonical links and feeds. */
    public String absUrl(String path) {
        return baseUrl + strip(path);
    }

    private static String strip(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }
}
