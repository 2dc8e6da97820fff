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
 * @param list     for the home page and term pages, this page of the list; else {@code null}
 * @param taxonomy for term pages and taxonomy indexes, the taxonomy; else {@code null}
 * @param term     for term pages, the term; else {@code null}
 * @param article  for article pages and their redirects, the article's index; else -1
 * @param page     for standalone pages and their redirects, the index into {@link Site#pages()}; else -1
 */
public record SitePage(Kind kind, String path, List<Integer> articles, Pagination<Integer> list, Terms taxonomy,
                       Term term, int article, int page) {

    /** The kinds of pages a site has. */
    public enum Kind {
        /** A page of the home list, newest articles first. */
        HOME(true),
        ARTICLE(true),
        /** A standalone page of {@code content/pages/}. */
        PAGE(true),
        /** The index of a taxonomy ({@code /tags/}, {@code /sections/}). */
        TERMS(true),
        /** A page of a term's list (a tag, a section, an author, a series). */
        TERM(true),
        ARCHIVE(true),
        /** An old URL of an article or page (an alias), sending the reader on. */
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

    /** A page about articles only. */
    static SitePage of(Kind kind, String path, List<Integer> articles) {
        return new SitePage(kind, path, articles, null, null, null, -1, -1);
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
