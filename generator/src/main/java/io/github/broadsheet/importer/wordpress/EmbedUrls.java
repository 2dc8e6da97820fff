package io.github.broadsheet.importer.wordpress;

import io.github.broadsheet.importer.Embeds;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What WordPress embedded from a URL (an embed block, {@code [embed]}, a URL alone on a line, an iframe): YouTube and
 * Vimeo videos become Broadsheet embeds; posts of X, Instagram, Facebook, TikTok and the like become a quoted link,
 * since their players load from another host.
 */
final class EmbedUrls {

    private static final Pattern YOUTUBE = Pattern.compile(
            "(?:youtube(?:-nocookie)?\\.com/(?:watch\\?(?:.*&)?v=|embed/|shorts/|v/)|youtu\\.be/)([\\w-]{6,})");
    private static final Pattern VIMEO = Pattern.compile("vimeo\\.com/(?:video/|channels/[\\w-]+/)?(\\d+)");

    private EmbedUrls() {
    }

    /** The YouTube video id of a URL, if it is one. */
    static Optional<String> youtube(String url) {
        Matcher m = YOUTUBE.matcher(url);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    static Optional<String> vimeo(String url) {
        Matcher m = VIMEO.matcher(url);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** Whether a URL alone on a line is one WordPress turned into a player or a post (so is this importer). */
    static boolean isEmbeddable(String url) {
        String host = host(url);
        return youtube(url).isPresent() || vimeo(url).isPresent() || host.endsWith("twitter.com")
                || host.equals("x.com") || host.endsWith("instagram.com") || host.endsWith("facebook.com")
                || host.endsWith("tiktok.com") || host.endsWith("soundcloud.com") || host.endsWith("spotify.com")
                || host.endsWith("flickr.com");
    }

    /** The Markdown block for an embedded URL, with the caption WordPress showed under it (may be empty). */
    static String markdown(String url, String caption) {
        Optional<String> youtube = youtube(url);
        if (youtube.isPresent()) {
            return Embeds.youtube(youtube.get(), caption);
        }
        Optional<String> vimeo = vimeo(url);
        if (vimeo.isPresent()) {
            return Embeds.vimeo(vimeo.get(), caption);
        }
        String host = host(url);
        String what = host.endsWith("twitter.com") || host.equals("x.com") ? "Post on X"
                : host.endsWith("instagram.com") ? "Post on Instagram"
                : host.endsWith("facebook.com") ? "Post on Facebook"
                : host.isEmpty() ? "Embedded content" : "Embedded content from " + host;
        return Embeds.quotedLink(caption == null || caption.isBlank() ? what : what + ": " + caption, url);
    }

    static String host(String url) {
        try {
            String host = new URI(url.strip()).getHost();
            if (host == null) {
                return "";
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (java.net.URISyntaxException e) {
            return "";
        }
    }
}
