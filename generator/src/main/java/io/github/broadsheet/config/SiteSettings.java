package io.github.broadsheet.config;

import io.github.broadsheet.text.ControlCharacters;
import java.net.URI;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * What the site says about itself: title, description, where it is published and in which language. Templates
 * see it as {@code site}; feeds and canonical links use {@link #baseUrl()}.
 *
 * @param title       the site's name, shown in the header and in feeds
 * @param description one sentence about the site, for the home page's meta description
 * @param baseUrl     absolute URL the site is published under, always ending in {@code /}
 *                    (e.g. {@code https://example.org/news/}); its path prefixes every link
 * @param language    BCP 47 language tag ({@code en}, {@code de-CH}); sets {@code <html lang>}, date formats and
 *                    the stop words of related-article text matching
 * @param author      default author of articles that name none
 * @param timeZone    the zone dates and times are shown in (UTC when not set)
 * @param copyright   the copyright line of the footer; empty for {@code © <year of the newest article> <title>}
 */
public record SiteSettings(String title, String description, String baseUrl, String language, String author,
                           ZoneId timeZone, String copyright) {

    /** @throws IllegalArgumentException for a bad {@code baseUrl}, or a setting holding a control character */
    public SiteSettings {
        title = title == null || title.isBlank() ? "Broadsheet" : title.strip();
        description = description == null ? "" : description.strip();
        baseUrl = normaliseBaseUrl(withoutControlCharacters("baseUrl", baseUrl));
        language = language == null || language.isBlank() ? "en" : language.strip();
        author = author == null ? "" : author.strip();
        timeZone = timeZone == null ? ZoneOffset.UTC : timeZone;
        copyright = copyright == null ? "" : copyright.strip();
        withoutControlCharacters("title", title);
        withoutControlCharacters("description", description);
        withoutControlCharacters("language", language);
        withoutControlCharacters("author", author);
        withoutControlCharacters("copyright", copyright);
    }

    /** Settings shown in UTC, with the default copyright line. */
    public SiteSettings(String title, String description, String baseUrl, String language, String author) {
        this(title, description, baseUrl, language, author, null, null);
    }

    public static SiteSettings defaults() {
        return new SiteSettings(null, null, null, null, null);
    }

    public SiteSettings withBaseUrl(String value) {
        return new SiteSettings(title, description, value, language, author, timeZone, copyright);
    }

    public SiteSettings withTimeZone(ZoneId value) {
        return new SiteSettings(title, description, baseUrl, language, author, value, copyright);
    }

    public SiteSettings withCopyright(String value) {
        return new SiteSettings(title, description, baseUrl, language, author, timeZone, value);
    }

    /** The path part of {@link #baseUrl()}, e.g. {@code /news/}; always starts and ends with {@code /}. */
    public String basePath() {
        String path = URI.create(baseUrl).getRawPath();
        return path == null || path.isEmpty() ? "/" : path;
    }

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }

    /**
     * The setting as it is, refused when it holds one of the {@link ControlCharacters}: the title, description and
     * author end up in every page and feed, where such a character cannot be shown and makes the XML ill-formed.
     */
    private static String withoutControlCharacters(String name, String value) {
        int at = value == null ? -1 : ControlCharacters.indexOf(value);
        if (at >= 0) {
            throw new IllegalArgumentException(name + " holds the control character "
                    + ControlCharacters.name(value.charAt(at)) + ", which cannot be shown and breaks feeds; remove it");
        }
        return value;
    }

    private static String normaliseBaseUrl(String url) {
        if (url == null || url.isBlank()) {
            return "http://localhost:8080/";
        }
        String trimmed = url.strip();
        URI uri;
        try {
            uri = URI.create(trimmed);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("baseUrl is not a valid URL: " + trimmed, e);
        }
        if (!uri.isAbsolute() || uri.getHost() == null) {
            throw new IllegalArgumentException(
                    "baseUrl must be an absolute http(s) URL such as https://example.org/ (was: " + trimmed + ")");
        }
        return trimmed.endsWith("/") ? trimmed : trimmed + "/";
    }
}
