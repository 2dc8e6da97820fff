package io.github.broadsheet.publish;

import io.github.broadsheet.content.Article;
import io.github.broadsheet.site.Pagination;
import io.github.broadsheet.site.Site;
import io.github.broadsheet.site.Tag;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code sitemap.xml} (sitemaps.org 0.9) listing every page readers should find: the home page and its
 * pagination, articles, tag pages, the tag index and the archive, each with the date of its newest change; and
 * {@code robots.txt} pointing at it.
 */
public final class Sitemap {

    private final Site site;
    private final int pageSize;

    public Sitemap(Site site, int pageSize) {
        this.site = site;
        this.pageSize = pageSize;
    }

    public List<GeneratedFile> files() {
        StringBuilder xml = new StringBuilder(256 + site.articles().size() * 120);
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < site.articles().size(); i++) {
            all.add(i);
        }
        list(xml, "/", all);
        for (int i = 0; i < site.articles().size(); i++) {
            url(xml, site.paths().get(i), lastChange(site.articles().get(i)));
        }
        url(xml, "/tags/", newest(all));
        for (Tag tag : site.tags()) {
            list(xml, tag.path(), tag.articles());
        }
        url(xml, "/archive/", newest(all));
        xml.append("</urlset>\n");
        String robots = "User-agent: *\nAllow: /\n\nSitemap: " + absolute("/sitemap.xml") + "\n";
        return List.of(GeneratedFile.text("sitemap.xml", xml.toString()), GeneratedFile.text("robots.txt", robots));
    }

    /** A paginated list: each page's date is that of its newest article. */
    private void list(StringBuilder xml, String base, List<Integer> articles) {
        for (Pagination<Integer> page : Pagination.paginate(articles, pageSize, base)) {
            url(xml, page.path(), newest(page.items()));
        }
    }

    private OffsetDateTime newest(List<Integer> articles) {
        return articles.stream().map(i -> lastChange(site.articles().get(i)))
                .max(java.util.Comparator.naturalOrder()).orElse(null);
    }

    private void url(StringBuilder xml, String path, OffsetDateTime lastModified) {
        xml.append("  <url><loc>").append(escape(absolute(path))).append("</loc>");
        if (lastModified != null) {
            xml.append("<lastmod>").append(Timestamps.format(lastModified)).append("</lastmod>");
        }
        xml.append("</url>\n");
    }

    private static OffsetDateTime lastChange(Article article) {
        return article.updated().filter(u -> u.isAfter(article.date())).orElse(article.date());
    }

    private String absolute(String path) {
        return site.settings().baseUrl() + path.substring(1);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&apos;");
    }
}
