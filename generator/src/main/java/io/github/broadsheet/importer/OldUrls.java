package io.github.broadsheet.importer;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Every URL the old site served for an imported article or page, to its page URL in the new site; links in bodies
 * are pointed at the new URL through it. A link may be written with or without the trailing slash, with
 * {@code index.html}, or without the {@code .html} that the old server added: all find the same page.
 */
public final class OldUrls {

    private final Map<String, String> pages = new HashMap<>();

    /** Records that the old site served {@code oldUrl} for the page now at {@code newUrl}; the first one wins. */
    public void add(String oldUrl, String newUrl) {
        pages.putIfAbsent(key(oldUrl), newUrl);
    }

    /** The new page URL for a site path of the old site. */
    public Optional<String> find(String sitePath) {
        return Optional.ofNullable(pages.get(key(sitePath)));
    }

    public boolean contains(String sitePath) {
        return pages.containsKey(key(sitePath));
    }

    /** {@code /a/}, {@code /a}, {@code /a/index.html} and {@code /a.html} are one key. */
    private static String key(String path) {
        String normal = SitePaths.normalize(path);
        if (normal.endsWith("/index.html")) {
            normal = normal.substring(0, normal.length() - "index.html".length());
        } else if (normal.endsWith(".html")) {
            normal = normal.substring(0, normal.length() - ".html".length());
        }
        return normal.endsWith("/") && normal.length() > 1 ? normal.substring(0, normal.length() - 1) : normal;
    }
}
