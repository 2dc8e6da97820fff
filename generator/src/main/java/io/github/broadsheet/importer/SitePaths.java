package io.github.broadsheet.importer;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;

/**
 * Paths inside a site, as old sites served them and as Broadsheet's {@code url:} and {@code aliases:} take them:
 * starting with {@code /}, percent-escapes decoded (front-matter refuses {@code %}), a folder ending in {@code /}.
 * Links between imported articles are written relative to the page that holds them, so they work under any
 * {@code baseUrl}, whether the site lives at a domain's root or below a path.
 */
public final class SitePaths {

    private SitePaths() {
    }

    /**
     * {@code path} with percent-escapes decoded as UTF-8 ({@code caf%C3%A9} is {@code café}); a {@code %} that
     * starts no valid escape, or bytes that are not UTF-8, are kept as written.
     */
    public static String decode(String path) {
        if (path.indexOf('%') < 0) {
            return path;
        }
        StringBuilder out = new StringBuilder(path.length());
        int i = 0;
        while (i < path.length()) {
            char c = path.charAt(i);
            if (c != '%' || !escapeAt(path, i)) {
                out.append(c);
                i++;
                continue;
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            int start = i;
            while (i < path.length() && path.charAt(i) == '%' && escapeAt(path, i)) {
                bytes.write(Integer.parseInt(path.substring(i + 1, i + 3), 16));
                i += 3;
            }
            String decoded = strictUtf8(bytes.toByteArray());
            out.append(decoded == null ? path.substring(start, i) : decoded);
        }
        return out.toString();
    }

    private static boolean escapeAt(String path, int i) {
        return i + 2 < path.length() && isHex(path.charAt(i + 1)) && isHex(path.charAt(i + 2));
    }

    private static boolean isHex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return null;
        }
    }

    /**
     * A site path made canonical: a leading {@code /}, no empty, {@code .} or {@code ..} parts (a {@code ..} above
     * the root stays at the root, as browsers do), a trailing {@code /} kept when there was one.
     */
    public static String normalize(String path) {
        String value = path.replace('\\', '/');
        boolean folder = value.endsWith("/") || value.endsWith("/.") || value.endsWith("/..") || value.equals(".")
                || value.equals("..") || value.isEmpty();
        Deque<String> parts = new ArrayDeque<>();
        for (String part : value.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                parts.pollLast();
            } else {
                parts.addLast(part);
            }
        }
        String joined = "/" + String.join("/", parts);
        return folder && !joined.endsWith("/") ? joined + "/" : joined;
    }

    /** The folder a page's relative links start from: {@code /a/b.html -> /a/}, {@code /a/b/ -> /a/b/}. */
    public static String folderOf(String pageUrl) {
        return pageUrl.substring(0, pageUrl.lastIndexOf('/') + 1);
    }

    /** {@code link} (relative, or a site path) resolved against the page at {@code pageUrl}, normalised. */
    public static String resolve(String pageUrl, String link) {
        if (link.startsWith("/")) {
            return normalize(link);
        }
        return normalize(folderOf(pageUrl) + link);
    }

    /**
     * How Broadsheet writes a page URL: as given when it ends in {@code /} or {@code .html}, else as a folder
     * ({@code /about -> /about/}), the way {@code url:} is read.
     */
    public static String pageUrl(String path) {
        String normal = normalize(path);
        return normal.endsWith("/") || normal.endsWith(".html") ? normal : normal + "/";
    }

    /**
     * The link from the page at {@code fromPage} to the site path {@code to}, relative, so it holds under any base
     * path: {@code /2014/12/17/a.html} to {@code /2010/07/21/b.html} is {@code ../../../2010/07/21/b.html}.
     */
    public static String relative(String fromPage, String to) {
        String[] from = folderOf(fromPage).split("/", -1);
        String[] target = to.split("/", -1);
        // Both start with "" (the root); from ends with "" (its folder's slash).
        int common = 0;
        while (common < from.length - 1 && common < target.length - 1 && from[common].equals(target[common])) {
            common++;
        }
        StringBuilder out = new StringBuilder();
        for (int i = common; i < from.length - 1; i++) {
            out.append("../");
        }
        for (int i = common; i < target.length; i++) {
            out.append(target[i]);
            if (i < target.length - 1) {
                out.append('/');
            }
        }
        String link = out.toString();
        if (link.isEmpty()) {
            return "./";
        }
        // A first part with a colon would read as a URL scheme ("a:b.html").
        String first = link.split("/", 2)[0];
        return first.contains(":") ? "./" + link : link;
    }

    /**
     * The site path of an absolute URL on the old site ({@code https://example.org/blog/2019/x/} under
     * {@code https://example.org/blog/} is {@code /2019/x/}), decoded, without query and fragment; empty when the
     * URL is on another host or outside the site's path. {@code http} and {@code https} count as the same site.
     */
    public static Optional<String> onSite(String url, URI site) {
        if (site == null || site.getHost() == null) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(url.strip().replace(" ", "%20"));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("http") || scheme.equals("https") || scheme.isEmpty())
                || !sameHost(uri.getHost(), site.getHost())) {
            return Optional.empty();
        }
        String base = site.getRawPath() == null || site.getRawPath().isEmpty() ? "/" : site.getRawPath();
        if (!base.endsWith("/")) {
            base += "/";
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (!(path + "/").startsWith(base)) {
            return Optional.empty();
        }
        String rest = path.length() < base.length() ? "/" : path.substring(base.length() - 1);
        return Optional.of(normalize(decode(rest)));
    }

    private static boolean sameHost(String a, String b) {
        return strip(a).equalsIgnoreCase(strip(b));
    }

    private static String strip(String host) {
        return host.toLowerCase(Locale.ROOT).startsWith("www.") ? host.substring(4) : host;
    }

    /** The path part of a site path or URL reference, without {@code ?query} and {@code #fragment}. */
    public static String withoutSuffix(String link) {
        int cut = link.length();
        int query = link.indexOf('?');
        int hash = link.indexOf('#');
        if (query >= 0) {
            cut = query;
        }
        if (hash >= 0 && hash < cut) {
            cut = hash;
        }
        return link.substring(0, cut);
    }

    /** The {@code #fragment} of a link, with its {@code #}, or {@code ""}. */
    public static String fragment(String link) {
        int hash = link.indexOf('#');
        return hash < 0 ? "" : link.substring(hash);
    }

    /**
     * Why Broadsheet cannot serve a page at {@code url} (a page or file it writes itself: home page, list pages,
     * tags, archive, search, feeds, sitemap; a character or hidden part that {@code url:} refuses), or empty when it
     * can.
     */
    public static Optional<String> unusable(String url) {
        String path = normalize(url);
        if (path.equals("/") || path.equals("/index.html") || path.matches("/page/\\d+/.*") || path.equals("/tags/")
                || path.startsWith("/tags/") || path.startsWith("/archive/") || path.startsWith("/search/")
                || path.equals("/404.html") || path.equals("/feed.xml") || path.startsWith("/sitemap")
                || path.equals("/robots.txt") || path.equals("/search-index.json") || path.equals("/related.json")) {
            return Optional.of("Broadsheet writes its own page there");
        }
        if (path.contains("%") || path.contains("\\") || path.contains("?") || path.contains("#")
                || path.chars().anyMatch(Character::isISOControl)) {
            return Optional.of("it holds a character front-matter url: refuses (%, \\, ?, # or a control character)");
        }
        for (String part : path.split("/")) {
            if (part.startsWith(".")) {
                return Optional.of("a part starts with '.', which is reserved for hidden files");
            }
        }
        return Optional.empty();
    }
}
