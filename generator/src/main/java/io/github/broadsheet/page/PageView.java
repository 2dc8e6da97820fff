package io.github.broadsheet.page;

import freemarker.core.TemplateHTMLOutputModel;

/**
 * Facts about the page being rendered ({@code meta}), the same for every kind of page, so the layout can write
 * the head (title, description, canonical link, feed link, OpenGraph, JSON-LD) in one place.
 *
 * @param kind        {@code home}, {@code article}, {@code tag}, {@code tags}, {@code archive}, {@code search},
 *                    {@code redirect} or {@code 404}
 * @param title       the page's own title (the layout adds the site's title)
 * @param description plain text for the meta description
 * @param url         root-relative link to this page
 * @param absUrl      canonical absolute URL
 * @param feedUrl     root-relative link to the Atom feed that fits this page (the tag's feed on tag pages)
 * @param feedTitle   title of that feed
 * @param image       absolute URL of the page's image (OpenGraph), or {@code null}
 * @param jsonLd      structured data (schema.org) as a JSON document, safe inside {@code <script>}
 * @param imageWidth  the image's width in pixels ({@code og:image:width}), 0 when unknown
 * @param imageHeight its height, 0 when unknown
 */
public record PageView(String kind, String title, String description, String url, String absUrl, String feedUrl,
                       String feedTitle, String image, TemplateHTMLOutputModel jsonLd, int imageWidth,
                       int imageHeight) {

    /** A page whose image's size is unknown. */
    public PageView(String kind, String title, String description, String url, String absUrl, String feedUrl,
                    String feedTitle, String image, TemplateHTMLOutputModel jsonLd) {
        this(kind, title, description, url, absUrl, feedUrl, feedTitle, image, jsonLd, 0, 0);
    }
}
