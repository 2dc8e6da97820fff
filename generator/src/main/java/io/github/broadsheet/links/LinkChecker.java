package io.github.broadsheet.links;

import io.github.broadsheet.problem.Problem;
import io.github.broadsheet.site.SiteUrls;
import io.github.broadsheet.text.PackedText;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.stream.Collectors;

/**
 * Checks every internal link ({@code href}, {@code src}) and {@code #fragment} of the generated pages against the
 * generated tree. Pages are added while they are rendered (only their links and ids are kept, not the HTML); the
 * check runs once all files are written. A broken link that comes from an article's Markdown is reported against
 * that article's source file, any other (a template's or a menu's) against the page, once for all the pages it
 * is on.
 */
public final class LinkChecker {

    /**
     * What one page links to and which fragment ids it offers; {@code body} is the article's body HTML (held by
     * the site model anyway), scanned for its links only when the page has a broken link to blame on someone.
     */
    private record PageLinks(Path source, List<String> links, PackedText body, Set<String> ids) {
    }

    /** The pages a broken link of several pages names; the others are counted. */
    static final int PAGES_NAMED = 3;

    private final SiteUrls urls;
    private final Map<String, PageLinks> pages = new ConcurrentHashMap<>();
    /** One copy of each link and id: navigation, tag and article links repeat on thousands of pages. */
    private final Map<String, String> strings = new ConcurrentHashMap<>();

    /** @param urls the site's URLs: links into its base URL or base path are internal */
    public LinkChecker(SiteUrls urls) {
        this.urls = urls;
    }

    /**
     * Records the links and ids of one generated page; thread-safe.
     *
     * @param file   the page's path in the site ({@code articles/x/index.html})
     * @param html   the page
     * @param source the article the page shows, or {@code null}
     * @param body   that article's body HTML (its links are the author's), or {@code null}
     */
    public void add(String file, String html, Path source, PackedText body) {
        HtmlAttributes page = HtmlAttributes.of(html);
        // Kept until every page is written: at 100,000 articles a copy of each page's links and ids per page
        // took most of a 2 GB heap, so they are shared and held in compact immutable collections.
        pages.put(file, new PageLinks(source, page.links.stream().distinct().map(this::shared).toList(), body,
                page.ids.stream().map(this::shared).collect(Collectors.toUnmodifiableSet())));
    }

    private String shared(String text) {
        String known = strings.putIfAbsent(text, text);
        return known == null ? text : known;
    }

    /**
     * Every broken link, sorted: one problem per link of a page body, one per link of the templates and menus
     * naming the pages it is on.
     *
     * @param files  every file of the generated site
     * @param errors report as errors (else warnings)
     */
    public List<Problem> check(Set<String> files, boolean errors) {
        // Most links (navigation, tags, related articles) are site paths that repeat on thousands of pages; their
        // verdict does not depend on the page, so each is resolved once. A link to an id on the same page
        // (headings, footnotes) is looked up directly. Everything else is resolved as it is.
        Map<String, Optional<String>> sitePaths = new ConcurrentHashMap<>();
        List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
        // A broken link of a template or a menu is on many pages: it is one problem naming them, not one per page.
        Map<String, Set<String>> shared = new ConcurrentHashMap<>();
        pages.entrySet().parallelStream().forEach(entry -> {
            String file = entry.getKey();
            PageLinks page = entry.getValue();
            Set<String> bodyLinks = null;
            for (String link : page.links()) {
                Optional<String> why;
                if (link.startsWith("/") && !link.startsWith("//")) {
                    why = sitePaths.computeIfAbsent(link, l -> broken(file, l, files));
                } else if (isPlainFragment(link) && files.contains(file)) {
                    String id = link.substring(1);
                    why = page.ids().contains(id) ? Optional.empty()
                            : Optional.of("no element with id '" + id + "' on " + file);
                } else {
                    why = broken(file, link, files);
                }
                if (why.isEmpty()) {
                    continue;
                }
                if (bodyLinks == null) {
                    bodyLinks = page.source() == null || page.body() == null ? Set.of()
                            : new HashSet<>(HtmlAttributes.of(page.body().toString()).links);
                }
                String message = "broken link " + link + " (" + why.get() + ")";
                if (bodyLinks.contains(link)) {
                    problems.add(errors ? Problem.error(page.source(), 0, message)
                            : Problem.warning(page.source(), 0, message));
                } else {
                    shared.computeIfAbsent(message, m -> new ConcurrentSkipListSet<>()).add(file);
                }
            }
        });
        shared.forEach((message, on) -> {
            Path where = Path.of(on.iterator().next());
            String text = message + (on.size() == 1 ? " on page " + where : " on " + on.size() + " pages: "
                    + on.stream().limit(PAGES_NAMED).collect(Collectors.joining(", "))
                    + (on.size() > PAGES_NAMED ? " and " + (on.size() - PAGES_NAMED) + " more" : ""));
            problems.add(errors ? Problem.error(where, 0, text) : Problem.warning(where, 0, text));
        });
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort(Problem.ORDER);
        return sorted;
    }

    /** {@code #id} with an id that needs no decoding: what {@link #broken} would check against the page itself. */
    private static boolean isPlainFragment(String link) {
        if (link.length() < 2 || link.charAt(0) != '#') {
            return false;
        }
        for (int i = 1; i < link.length(); i++) {
            char c = link.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_'
                    || c == '.')) {
                return false;
            }
        }
        return true;
    }

    /** Why a link is broken; empty when it resolves (or is not ours to check). */
    private Optional<String> broken(String file, String link, Set<String> files) {
        String href = urls.rootRelative(link.replace("&amp;", "&"));
        URI uri;
        try {
            uri = new URI("http", "site", urls.path(file), null).resolve(new URI(href.replace(" ", "%20")));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.of("not a valid URL");
        }
        if (!"site".equals(uri.getHost()) || !"http".equals(uri.getScheme())) {
            return Optional.empty();
        }
        String path = uri.getRawPath() == null ? "" : URLDecoder.decode(uri.getRawPath(), StandardCharsets.UTF_8);
        Optional<String> sitePath = urls.sitePath(path);
        if (sitePath.isEmpty()) {
            return Optional.of("outside the site's base path " + urls.basePath());
        }
        String resolved = resolve(urls.relative(sitePath.get()), files);
        if (resolved == null) {
            return Optional.of("no such page");
        }
        String fragment = uri.getRawFragment();
        if (fragment != null && !fragment.isEmpty()) {
            PageLinks targetPage = pages.get(resolved);
            String id = URLDecoder.decode(fragment, StandardCharsets.UTF_8);
            if (targetPage != null && !targetPage.ids().contains(id)) {
                return Optional.of("no element with id '" + id + "' on " + resolved);
            }
        }
        return Optional.empty();
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
}
