package io.github.broadsheet.config;

import java.util.Locale;

/**
 * One item of the header or footer menu as configured, checked for its form; whether the page or section it names
 * exists is the site model's to decide. The forms:
 * <ul>
 *   <li>{@code page:<slug>}: a page of {@code content/pages/};</li>
 *   <li>{@code section:<name>}: a section's page; {@code sections}: every section, in the configured order;
 *       {@code pages}: every page;</li>
 *   <li>{@code taxonomy:<key>}: a taxonomy's index ({@code taxonomy:tags});</li>
 *   <li>{@code feed}, {@code archive}, {@code search}: the site's feed, archive and search page;</li>
 *   <li>{@code <label>|<url>}: a link, to a site path ({@code /about/}) or to an {@code http(s)} or {@code mailto}
 *       URL.</li>
 * </ul>
 *
 * @param kind  what the item is
 * @param value the slug, section name or taxonomy key; for links the URL; else empty
 * @param label for links, the label; else empty (the site model names the item)
 */
public record MenuItem(Kind kind, String value, String label) {

    /** The kinds of menu items. */
    public enum Kind { PAGE, PAGES, SECTION, SECTIONS, TAXONOMY, FEED, ARCHIVE, SEARCH, LINK }

    /**
     * The item written as {@code text} in the configuration.
     *
     * @throws IllegalArgumentException for text of none of the forms
     */
    public static MenuItem parse(String text) {
        String item = text == null ? "" : text.strip();
        int bar = item.indexOf('|');
        if (bar >= 0) {
            String label = item.substring(0, bar).strip();
            String url = item.substring(bar + 1).strip();
            String lower = url.toLowerCase(Locale.ROOT);
            boolean safe = url.startsWith("/") && !url.startsWith("//") || lower.startsWith("https://")
                    || lower.startsWith("http://") || lower.startsWith("mailto:");
            if (label.isEmpty() || !safe || url.chars().anyMatch(c -> c <= ' ')) {
                throw new IllegalArgumentException("menu link '" + item + "' must be '<label>|<url>' with a label and"
                        + " a site path (/about/) or an http(s) or mailto URL without spaces");
            }
            return new MenuItem(Kind.LINK, url, label);
        }
        int colon = item.indexOf(':');
        String head = (colon < 0 ? item : item.substring(0, colon)).strip().toLowerCase(Locale.ROOT);
        String value = colon < 0 ? "" : item.substring(colon + 1).strip();
        Kind kind = switch (head) {
            case "page" -> Kind.PAGE;
            case "pages" -> Kind.PAGES;
            case "section" -> Kind.SECTION;
            case "sections" -> Kind.SECTIONS;
            case "taxonomy" -> Kind.TAXONOMY;
            case "feed" -> Kind.FEED;
            case "archive" -> Kind.ARCHIVE;
            case "search" -> Kind.SEARCH;
            default -> null;
        };
        boolean needsValue = kind == Kind.PAGE || kind == Kind.SECTION || kind == Kind.TAXONOMY;
        if (kind == null || needsValue == value.isEmpty()) {
            throw new IllegalArgumentException("menu item '" + item + "' is none of page:<slug>, section:<name>,"
                    + " taxonomy:<key>, sections, pages, feed, archive, search or <label>|<url>");
        }
        if (kind == Kind.TAXONOMY && !Taxonomy.KEYS.contains(value)) {
            throw new IllegalArgumentException("menu item '" + item + "': unknown taxonomy; the keys are "
                    + String.join(", ", Taxonomy.KEYS));
        }
        return new MenuItem(kind, value, "");
    }

    /** The item as it is written in the configuration. */
    @Override
    public String toString() {
        return switch (kind) {
            case LINK -> label + "|" + value;
            case PAGE, SECTION, TAXONOMY -> kind.name().toLowerCase(Locale.ROOT) + ":" + value;
            default -> kind.name().toLowerCase(Locale.ROOT);
        };
    }
}
