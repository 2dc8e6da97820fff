package io.github.broadsheet.importer;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The files an imported article carries in its bundle ({@code index.md} plus files), and the links to them from
 * the article's page. Broadsheet copies bundle files into the folder of the page: for a folder URL
 * ({@code /2019/05/story/}) that folder is the article's own; for a URL ending in {@code .html} it is shared with
 * the other pages of that folder (Jekyll's {@code /2014/12/17/release.html}), so the files go into a sub-folder
 * named after the page ({@code release/chart.png}) and two articles of one day cannot clash.
 */
public final class Bundle {

    private final String prefix;
    private final Map<String, Path> files = new TreeMap<>();
    private final Map<Path, String> names = new HashMap<>();

    /** @param pageUrl the article's page URL in the new site */
    public Bundle(String pageUrl) {
        String last = pageUrl.substring(pageUrl.lastIndexOf('/') + 1);
        this.prefix = last.endsWith(".html") ? last.substring(0, last.length() - ".html".length()) + "/" : "";
    }

    /**
     * Adds a file (once, however often it is linked) and returns the link to it from the page. {@code name} is
     * its path in the bundle ({@code chart.png}, {@code images/chart.png}); a name already taken by another file
     * gets a number ({@code chart-2.png}).
     */
    public String add(Path file, String name) {
        Path key = file.toAbsolutePath().normalize();
        String known = names.get(key);
        if (known != null) {
            return link(known);
        }
        String candidate = prefix + name;
        int n = 2;
        while (files.containsKey(candidate)) {
            int dot = name.lastIndexOf('.');
            int slash = name.lastIndexOf('/');
            candidate = prefix + (dot > slash + 1
                    ? name.substring(0, dot) + "-" + n + name.substring(dot)
                    : name + "-" + n);
            n++;
        }
        files.put(candidate, key);
        names.put(key, candidate);
        return link(candidate);
    }

    /** Bundle path to source file, sorted by path. */
    public Map<String, Path> files() {
        return java.util.Collections.unmodifiableMap(files);
    }

    /** A bundle path as a link: spaces and characters Markdown link syntax treats specially are escaped. */
    private static String link(String path) {
        return LinkRewriter.escapeDestination(path);
    }
}
