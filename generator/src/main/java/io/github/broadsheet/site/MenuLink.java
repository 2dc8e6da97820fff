package io.github.broadsheet.site;

/**
 * One link of the header or footer menu, resolved against the site: a page, a section, the feed, or a link given
 * in the configuration.
 *
 * @param kind     {@code page}, {@code section}, {@code taxonomy}, {@code feed}, {@code archive}, {@code search} or
 *                 {@code link}
 * @param label    what the link says
 * @param target   a site path ({@code /about/}) or, for an external link, its URL
 * @param external the target is a URL of another site (or {@code mailto:})
 */
public record MenuLink(String kind, String label, String target, boolean external) {
}
