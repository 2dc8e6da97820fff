package io.github.broadsheet.links;

import io.github.broadsheet.problem.Problem;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks every internal link ({@code href}, {@code src}) and {@code #fragment} of the generated pages against the
 * generated tree. Pages are added while they are rendered (only their links and ids are kept, not the HTML); the
 * check runs once all files are written. A broken link that comes from an article's Markdown is reported against
 * that article's source file, any other against the page and its template.
 */
public final class LinkChecker {

    /** What one page links to and which fragment ids it offers. */
    private record PageLinks(Path source, List<String> links, Set<String> bodyLinks, Set<String> ids) {
    }

    private final String baseUrl;
    private final String basePath;
    private final Map<String, PageLinks> pages = new ConcurrentHashMap<>();

    /**
     * @param baseUrl  the site's absolute URL; links starting with it are internal
     * @param basePath its path, e.g. {@code /news/}
     */
    public LinkChecker(String baseUrl, String basePath) {
        this.baseUrl = baseUrl;
        this.basePath = basePath;
    }

    /**
     * Records the links and ids of one generated page; thread-safe.
     *
     * @param file   the page's path in the site ({@code articles/x/index.html})
     * @param html   the page
     * @param source the article the page shows, or {@code null}
     * @param body   that article's body HTML (its links are the author's), or {@code null}
     */
    public void add(String file, String html, Path source, String body) {
        Set<String> ids = new HashSet<>(attributes(html, "id"));
        ids.addAll(attributes(html, "name"));
        List<String> links = new ArrayList<>(attributes(html, "href"));
        links.addAll(attributes(html, "src"));
        Set<String> bodyLinks = body == null ? Set.of() : new HashSet<>(attributes(body, "href"));
        if (body != null) {
            bodyLinks.addAll(attributes(body, "src"));
        }
        pages.put(file, new PageLinks(source, List.copyOf(new java.util.LinkedHashSet<>(links)), bodyLinks, ids));
    }

    /**
     * Every broken link, one problem per page and link, sorted.
     *
     * @param files  every file of the generated site
     * @param errors report as errors (else warnings)
     */
    public List<Problem> check(Set<String> files, boolean errors) {
        List<Problem> problems = new ArrayList<>();
        pages.forEach((file, page) -> {
            for (String link : page.links()) {
                String why = broken(file, link, files);
                if (why == null) {
                    continue;
                }
                boolean fromBody = page.source() != null && page.bodyLinks().contains(link);
                Path where = fromBody ? page.source() : Path.of(file);
                String message = "broken link " + link + " (" + why + ")"
                        + (fromBody ? "" : " on page " + file);
                problems.add(errors ? Problem.error(where, 0, message) : Problem.warning(where, 0, message));
            }
        });
        problems.sort(Problem.ORDER);
        return problems;
    }

    /** Why a link is broken, or {@code null} when it resolves (or is not ours to check). */
    private String broken(String file, String link, Set<String> files) {
        String href = link.replace("&amp;", "&");
        if (href.startsWith(baseUrl)) {
            href = basePath + href.substring(baseUrl.length());
        }
        URI uri;
        try {
            uri = new URI("http", "site", basePath + file, null).resolve(new URI(href.replace(" ", "%20")));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return "not a valid URL";
        }
        if (!"site".equals(uri.getHost()) || !"http".equals(uri.getScheme())) {
            return null;
        }
        String path = uri.getRawPath() == null ? "" : URLDecoder.decode(uri.getRawPath(), StandardCharsets.UTF_8);
        if (!path.startsWith(basePath)) {
            return "outside the site's base path " + basePath;
        }
        String target = path.substring(basePath.length());
        String resolved = resolve(target, files);
        if (resolved == null) {
            return "no such page";
        }
        String fragment = uri.getRawFragment();
        if (fragment != null && !fragment.isEmpty()) {
            PageLinks targetPage = pages.get(resolved);
            String id = URLDecoder.decode(fragment, StandardCharsets.UTF_8);
            if (targetPage != null && !targetPage.ids().contains(id)) {
                return "no element with id '" + id + "' on " + resolved;
            }
        }
        return null;
    }

    private static String resolve(String target, Set<String> files) {
        if (target.isEmpty() || target.endsWith("/")) {
            return files.contains(target + "index.html") ? target + "index.html" : null;
        }
        if (files.contains(target)) {
            return target;
        }
        return files.contains(target + "/index.html") ? target + "/index.html" : null;
    }

    /** Values of {@code name="..."} attributes; the templates and Flexmark always quote with double quotes. */
    static List<String> attributes(String html, String name) {
        List<String> values = new ArrayList<>();
        String needle = " " + name + "=\"";
        int at = html.indexOf(needle);
        while (at >= 0) {
            int start = at + needle.length();
            int end = html.indexOf('"', start);
            if (end < 0) {
                break;
            }
            values.add(html.substring(start, end));
            at = html.indexOf(needle, end);
        }
        return values;
    }
}
