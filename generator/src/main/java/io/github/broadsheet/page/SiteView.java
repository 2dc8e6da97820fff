package io.github.broadsheet.page;

import io.github.broadsheet.config.SiteSettings;
import io.github.broadsheet.site.SiteUrls;

/**
 * The site as templates see it ({@code site}): its settings plus the two URL functions every link goes through,
 * so a site published under a path ({@code https://example.org/news/}) links correctly everywhere. The URLs are
 * made by {@link SiteUrls}, like every other URL of the site.
 */
public record SiteView(String title, String description, String baseUrl, String basePath, String language,
                       String author) {

    static SiteView of(SiteSettings settings) {
        return new SiteView(settings.title(), settings.description(), settings.baseUrl(), settings.basePath(),
                settings.language(), settings.author());
    }

    /** Root-relative link to a site path: {@code url("/tags/")} gives {@code /news/tags/} under {@code /news/}. */
    public String url(String path) {
        return urls().path(path);
    }

    /** Absolute URL of a site path, for canonical links and feeds. */
    public String absUrl(String path) {
        return urls().absolute(path);
    }

    private SiteUrls urls() {
        return new SiteUrls(baseUrl, basePath);
    }
}
