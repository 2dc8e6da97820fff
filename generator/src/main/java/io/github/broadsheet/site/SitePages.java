package io.github.broadsheet.site;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Decides which pages the site has, in the order they are planned and listed: the home list's pages, one page per
 * article, the standalone pages, for each published taxonomy its index and each term's pages, the archive, a
 * redirect for each old URL of an article or page, the search page and the 404 page.
 */
public final class SitePages {

    private SitePages() {
    }

    /** @param pageSize articles per page of the home list and the term pages */
    public static List<SitePage> of(Site site, int pageSize) {
        List<Integer> all = IntStream.range(0, site.articles().size()).boxed().toList();
        List<SitePage> pages = new ArrayList<>();
        for (Pagination<Integer> page : Pagination.paginate(all, pageSize, "/")) {
            pages.add(new SitePage(SitePage.Kind.HOME, page.path(), page.items(), page, null, null, -1, -1));
        }
        for (int i = 0; i < all.size(); i++) {
            pages.add(new SitePage(SitePage.Kind.ARTICLE, site.paths().get(i), List.of(i), null, null, null, i, -1));
        }
        for (int p = 0; p < site.pages().size(); p++) {
            pages.add(new SitePage(SitePage.Kind.PAGE, site.pages().get(p).path(), List.of(), null, null, null, -1,
                    p));
        }
        // A taxonomy without terms (a site that uses no series) has no pages at all, not an empty index.
        for (Terms taxonomy : site.published().stream().filter(t -> !t.terms().isEmpty()).toList()) {
            pages.add(new SitePage(SitePage.Kind.TERMS, taxonomy.taxonomy().indexPath(), all, null, taxonomy, null,
                    -1, -1));
            for (Term term : taxonomy.terms()) {
                // A series is read in order, part 1 first; every other list newest first.
                List<Integer> articles = taxonomy.key().equals("series") ? site.parts(term) : term.articles();
                for (Pagination<Integer> page : Pagination.paginate(articles, pageSize, term.path())) {
                    pages.add(new SitePage(SitePage.Kind.TERM, page.path(), page.items(), page, taxonomy, term, -1,
                            -1));
                }
            }
        }
        pages.add(SitePage.of(SitePage.Kind.ARCHIVE, "/archive/", all));
        for (int i = 0; i < all.size(); i++) {
            for (String alias : site.articles().get(i).aliases()) {
                pages.add(new SitePage(SitePage.Kind.REDIRECT, alias, List.of(i), null, null, null, i, -1));
            }
        }
        for (int p = 0; p < site.pages().size(); p++) {
            for (String alias : site.pages().get(p).aliases()) {
                pages.add(new SitePage(SitePage.Kind.REDIRECT, alias, List.of(), null, null, null, -1, p));
            }
        }
        pages.add(SitePage.of(SitePage.Kind.SEARCH, "/search/", List.of()));
        pages.add(SitePage.of(SitePage.Kind.NOT_FOUND, "/404.html", List.of()));
        return pages;
    }
}
