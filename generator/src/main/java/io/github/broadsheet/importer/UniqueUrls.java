package io.github.broadsheet.importer;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Hands out page URLs so no two imported documents share one: a second document that asks for a taken URL gets a
 * number ({@code /a/b/} then {@code /a/b-2/}, {@code /a.html} then {@code /a-2.html}). Case-insensitive, because the
 * files land on disks that may be.
 */
public final class UniqueUrls {

    private final Set<String> taken = new HashSet<>();

    /** Claims {@code url} or the first free numbered variant of it. */
    public String claim(String url) {
        String candidate = url;
        for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
            candidate = numbered(url, n);
        }
        return candidate;
    }

    /** Marks a URL as used without claiming a page for it (an alias). */
    public boolean reserve(String url) {
        return taken.add(url.toLowerCase(Locale.ROOT));
    }

    public boolean isTaken(String url) {
        return taken.contains(url.toLowerCase(Locale.ROOT));
    }

    static String numbered(String url, int n) {
        if (url.endsWith("/")) {
            return url.substring(0, url.length() - 1) + "-" + n + "/";
        }
        if (url.endsWith(".html")) {
            return url.substring(0, url.length() - ".html".length()) + "-" + n + ".html";
        }
        return url + "-" + n;
    }
}
