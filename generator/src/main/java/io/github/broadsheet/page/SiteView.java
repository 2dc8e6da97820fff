package io.github.broadsheet.page;

import io.github.broadsheet.site.SiteUrls;
import java.util.List;

/**
 * The site as templates see it ({@code site}): its settings, its menus and the two URL functions every link goes
 * through, so a site published under a path ({@code https://example.org/news/}) links correctly everywhere. The
 * URLs are made by {@link SiteUrls}, like every other URL of the site.
 *
 * @param title       the site's name
 * @param description one sentence about the site; may be empty
 * @param baseUrl     the absolute URL the site is published under
 * @param basePath    the path of {@code baseUrl}
 * @param language    BCP 47 language tag
 * @param timeZone    the zone dates and times are shown in, an IANA id
 * @param author      the site's author, for articles that name none; may be empty
 * @param copyright   the copyright line
 * @param headerMenu  the header menu's links
 * @param footerMenu  the footer menu's links
 * @param sections    a link to every section, in the configured order (empty when the site publishes no
 *                    section pages)
 * @param taxonomies  the taxonomies the site publishes, in their configured order
 */
public record SiteView(String title, String description, String baseUrl, String basePath, String language,
                       String timeZone, String author, String copyright, List<LinkView> headerMenu,
                       List<LinkView> footerMenu, List<LinkView> sections, List<TaxonomyView> taxonomies) {

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
