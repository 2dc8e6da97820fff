package io.github.broadsheet.media;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where an image reference written on a page points in the site: {@code photo.jpg} on {@code /articles/x/} is the
 * file {@code articles/x/photo.jpg}, {@code /media/map.png} is {@code media/map.png} (a site path, as everywhere in
 * Broadsheet), and a URL with a scheme or host ({@code https://...}, {@code //cdn...}, {@code data:}) is remote.
 */
final class SitePaths {

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
    private static final URI ROOT = URI.create("http://site.invalid/");

    private SitePaths() {
    }

    /** Whether the reference names a file of another host (or inline data): it is left as it is. */
    static boolean remote(String reference) {
        return SCHEME.matcher(reference).find() || reference.startsWith("//");
    }

    /**
     * The file's path in the site without leading slash, percent-encoding undone; empty for a remote reference or
     * one that is not a valid URL.
     *
     * @param pagePath  the site path of the page the reference is written on ({@code /articles/x/})
     * @param reference the {@code src} as written
     */
    static Optional<String> of(String pagePath, String reference) {
        String ref = reference.strip();
        if (ref.isEmpty() || remote(ref)) {
            return Optional.empty();
        }
        try {
            URI page = ROOT.resolve(pagePath.startsWith("/") ? pagePath.substring(1) : pagePath);
            URI resolved = ref.startsWith("/") ? ROOT.resolve(ref.substring(1)) : page.resolve(ref);
            String path = resolved.getPath();
            if (path == null || !resolved.getHost().equals(ROOT.getHost()) || path.contains("/../")) {
                return Optional.empty();
            }
            return Optional.of(path.startsWith("/") ? path.substring(1) : path);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
