package io.github.broadsheet.feeds;

import io.github.broadsheet.content.Page;
import io.github.broadsheet.site.Site;
import io.github.broadsheet.site.SitePage;
import io.github.broadsheet.site.SitePages;
import io.github.broadsheet.site.SiteUrls;
import io.github.broadsheet.text.ControlCharacters;
import io.github.broadsheet.text.Escapes;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code sitemap.xml} (sitemaps.org 0.9) listing every page readers should find ({@link SitePage.Kind#listed()}:
 * the home page and its pagination, articles, standalone pages, taxonomy indexes, term pages and the archive), each
 * with the date of its newest change, in the order of the site's page list; and {@code robots.txt} pointing at it
 * and at the site's other sitemaps (the news sitemap). A sitemap may list
 * at most 50,000 URLs, so a bigger site gets {@code sitemap-1.xml}, {@code sitemap-2.xml}, ... and
 * {@code sitemap.xml} becomes the sitemap index naming them.
 */
public final class Sitemap {

    /** The sitemaps.org limit of URLs per sitemap file. */
    static final int MAX_URLS = 50_000;

    private static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private final Site site;
    private final SiteUrls urls;
    private final List<SitePage> pages;
    private final List<String> others;
    private final int maxUrls;

    /**
     * @param pages  the site's pages, as {@link SitePages} lists them: the sitemap names those readers should find
     * @param others other sitemaps of the site for {@code robots.txt} to name, e.g. {@code news-sitemap.xml}
     */
    public Sitemap(Site site, List<SitePage> pages, List<String> others) {
        this(site, pages, others, MAX_URLS);
    }

    /** @param maxUrls URLs per sitemap file; smaller than the standard's limit only in tests */
    Sitemap(Site site, List<SitePage> pages, List<String> others, int maxUrls) {
        this.site = site;
        this.urls = site.urls();
        this.pages = List.copyOf(pages);
        this.others = List.copyOf(others);
        this.maxUrls = maxUrls;
    }

    public List<GeneratedFile> files() {
        List<String> xml = new ArrayList<>();
        for (SitePage page : pages) {
            if (page.kind() == SitePage.Kind.PAGE) {
                Page own = site.pages().get(page.page());
                url(xml, page.path(), own.updated().or(own::date).orElse(null));
            } else if (page.kind().listed()) {
                url(xml, page.path(), newest(page.articles()));
            }
        }
        List<GeneratedFile> files = new ArrayList<>();
        StringBuilder robots = new StringBuilder("User-agent: *\nAllow: /\n\nSitemap: ")
                .append(urls.absolute("/sitemap.xml")).append('\n');
        others.forEach(other -> robots.append("Sitemap: ").append(urls.absolute("/" + other)).append('\n'));
        files.add(GeneratedFile.text("robots.txt", robots.toString()));
        if (xml.size() <= maxUrls) {
            files.add(GeneratedFile.text("sitemap.xml", urlset(xml)));
            return files;
        }
        StringBuilder index = new StringBuilder(XML_DECLARATION)
                .append("<sitemapindex xmlns=\"").append(NAMESPACE).append("\">\n");
        for (int part = 1, from = 0; from < xml.size(); part++, from += maxUrls) {
            String name = "sitemap-" + part + ".xml";
            files.add(GeneratedFile.text(name, urlset(xml.subList(from, Math.min(xml.size(), from + maxUrls)))));
            index.append("  <sitemap><loc>").append(escape(urls.absolute("/" + name))).append("</loc></sitemap>\n");
        }
        files.add(GeneratedFile.text("sitemap.xml", index.append("</sitemapindex>\n").toString()));
        return files;
    }

    private static String urlset(List<String> entries) {
        StringBuilder xml = new StringBuilder(256 + entries.size() * 120).append(XML_DECLARATION)
                .append("<urlset xmlns=\"").append(NAMESPACE).append("\">\n");
        entries.forEach(xml::append);
        return xml.append("</urlset>\n").toString();
    }

    private OffsetDateTime newest(List<Integer> articles) {
        return articles.stream().map(i -> site.articles().get(i).lastChange())
                .max(Comparator.naturalOrder()).orElse(null);
    }

    /** One {@code <url>} entry, as a line of the sitemap. */
    private void url(List<String> xml, String path, OffsetDateTime lastModified) {
        xml.add("  <url><loc>" + escape(urls.absolute(path)) + "</loc>"
                + (lastModified == null ? "" : "<lastmod>" + Timestamps.format(lastModified) + "</lastmod>")
                + "</url>\n");
    }

    /** Escaped for XML, any {@link ControlCharacters} replaced: the last safeguard, none should get here. */
    private static String escape(String text) {
        return Escapes.xml(ControlCharacters.replace(text, "\uFFFD"));
    }
}
