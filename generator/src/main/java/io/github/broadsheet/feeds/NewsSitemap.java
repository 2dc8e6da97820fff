package io.github.broadsheet.feeds;

import io.github.broadsheet.content.Article;
import io.github.broadsheet.site.Site;
import io.github.broadsheet.site.SiteUrls;
import io.github.broadsheet.text.ControlCharacters;
import io.github.broadsheet.text.Escapes;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code news-sitemap.xml}, the sitemap Google News reads: the articles published in the last
 * {@value #WINDOW_HOURS} hours before the build's "now" (at most {@value #MAX_URLS}, newest first), each with the
 * {@code news:} namespace's publication (the site's title and language), publication date and title. Google asks
 * for nothing older. A site with no such article gets no file (a sitemap needs at least one URL), and
 * {@code robots.txt} names it only when it is written.
 */
public final class NewsSitemap {

    /** The file's name in the site. */
    public static final String FILE = "news-sitemap.xml";
    static final int WINDOW_HOURS = 48;
    /** Google News reads at most this many URLs per news sitemap. */
    static final int MAX_URLS = 1000;

    private NewsSitemap() {
    }

    /** The news sitemap of {@code site} as of {@code now}; empty when no article is that recent. */
    public static Optional<GeneratedFile> file(Site site, Instant now) {
        Instant since = now.minus(Duration.ofHours(WINDOW_HOURS));
        SiteUrls urls = site.urls();
        String publication = "<news:publication><news:name>" + escape(site.settings().title())
                + "</news:name><news:language>" + language(site.settings().locale()) + "</news:language>"
                + "</news:publication>";
        StringBuilder xml = new StringBuilder(1024).append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"")
                .append(" xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">\n");
        int count = 0;
        for (int i = 0; i < site.articles().size() && count < MAX_URLS; i++) {
            Article article = site.articles().get(i);
            Instant published = article.date().toInstant();
            if (published.isAfter(now)) {
                continue;
            }
            if (!published.isAfter(since)) {
                break;
            }
            xml.append("  <url><loc>").append(escape(urls.absolute(site.paths().get(i)))).append("</loc>")
                    .append("<news:news>").append(publication)
                    .append("<news:publication_date>").append(Timestamps.format(article.date()))
                    .append("</news:publication_date><news:title>").append(escape(article.title()))
                    .append("</news:title></news:news></url>\n");
            count++;
        }
        if (count == 0) {
            return Optional.empty();
        }
        return Optional.of(GeneratedFile.text(FILE, xml.append("</urlset>\n").toString()));
    }

    /**
     * The language as Google News writes it: the ISO 639 code ({@code en}, {@code de}), except Chinese, which is
     * {@code zh-cn} or {@code zh-tw}.
     */
    static String language(Locale locale) {
        String language = locale.getLanguage().isEmpty() ? "en" : locale.getLanguage().toLowerCase(Locale.ROOT);
        if (language.equals("zh")) {
            boolean traditional = locale.getScript().equals("Hant")
                    || java.util.Set.of("TW", "HK", "MO").contains(locale.getCountry());
            return traditional ? "zh-tw" : "zh-cn";
        }
        return language;
    }

    /** Escaped for XML, any {@link ControlCharacters} replaced: the last safeguard, none should get here. */
    private static String escape(String text) {
        return Escapes.xml(ControlCharacters.replace(text, "\uFFFD"));
    }
}
