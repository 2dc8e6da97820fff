package io.github.broadsheet.site;

import java.util.List;

/**
 * One page of the site as the model knows it: what kind of page it is, where it is, and which articles it is
 * about. {@link SitePages} makes the one list of them: the page plan gives each page its template and data, the
 * sitemap lists the pages readers should find, and both read the same list.
 *
 * @param kind     what the page is
 * @param path     its site path, e.g. {@code /tags/trams/page/2/} or {@code /404.html}
 * @param articles the articles it shows or is about, newest first, as indexes into {@link Site#articles()}: the
 *                 newest change among them dates the page
 * @param list     for the home page and tag pages, this page of the list; else {@code null}
 * @param tag      for tag pages, the tag; else {@code null}
 * @param article  for article pages and redirects, the article's index; else -1
 */
public record SitePage(Kind kind, String path, List<Integer> articles, Pagination<Integer> list, Tag tag,
                       int article) {

    /** The kinds of pages a site has. */
    public enum Kind {
        /** A page of the home list, newest articles first. */
        HOME(true),
        ARTICLE(true),
        /** The tag index. */
        TAGS(true),
        /** A page of a tag's list. */
        TAG(true),
        ARCHIVE(true),
        /** An old URL of an article (an alias), sending the reader on. */
        REDIRECT(false),
        SEARCH(false),
        NOT_FOUND(false);

        private final boolean listed;

        Kind(boolean listed) {
            this.listed = listed;
        }

        /** Whether readers should find such pages, so that the sitemap lists them. */
        public boolean listed() {
            return listed;
        }
    }

    public SitePage {
        articles = List.copyOf(articles);
    }

    /** The page's file in the output. */
    public String file() {
        return file(path);
    }

    /** The output file of a site path: {@code index.html} in its folder when the path is a folder. */
    public static String file(String path) {
        String relative = path.startsWith("/") ? path.substring(1) : path;
        return relative.isEmpty() || relative.endsWith("/") ? relative + "index.html" : relative;
    }
}
