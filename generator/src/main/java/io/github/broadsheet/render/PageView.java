package io.github.broadsheet.render;

/**
 * Facts about the page being rendered ({@code meta}), the same for every kind of page.
 *
 * @param kind        {@code home}, {@code article}, {@code tag}, {@code tags}, {@code archive} or {@code 404}
 * @param title       the page's own title (the site's title is added by the layout)
 * @param description plain text for the meta description
 * @param url         root-relative link to this page
 * @param absUrl      canonical absolute URL
 */
public record PageView(String kind, String title, String description, String url, String absUrl) {
}
