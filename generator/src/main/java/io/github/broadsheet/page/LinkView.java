package io.github.broadsheet.page;

/**
 * A link to somewhere else: one of an author's links, or an item of a menu.
 *
 * @param kind     for an author's link its kind ({@code website}, {@code mastodon}, {@code email}, ...); for a
 *                 menu item {@code page}, {@code section}, {@code feed}, ... or {@code link}
 * @param label    what the link says
 * @param url      where it goes: root-relative for the site's own pages, else the absolute URL
 * @param external the link leaves the site
 */
public record LinkView(String kind, String label, String url, boolean external) {
}
