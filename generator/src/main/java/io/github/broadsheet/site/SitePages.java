package io.github.broadsheet.site;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Decides which pages the site has, in the order they are planned and listed: the home list's pages, one page per
 * article, the tag index, each tag's pages, the archive, a redirect for each old URL of an article, the search page
 * and the 404 page.
 */
public final class SitePages {

    private SitePages() {
    }

    /** @param pageSize articles per page of the home and tag lists */
    public static List<SitePage> of(Site site, int pageSize) {
        List<Integer> all = IntStream.range(0, site.articles().size()).boxed().toList();
        List<SitePage> pages = new ArrayList<>();
        for (Pagination<Integer> page : Pagination.paginate(all, pageSize, "/")) {
            pages.add(new SitePage(SitePage.Kind.HOME, page.path(), page.items(), page, null, -1));
        }
        for (int i = 0; i < all.size(); i++) {
            pages.add(new SitePage(SitePage.Kind.ARTICLE, site.paths().get(i), List.of(i), null, null, i));
        }
        pages.add(new SitePage(SitePage.Kind.TAGS, "/tags/", all, null, null, -1));
        for (Tag tag : site.tags()) {
            for (Pagination<Integer> page : Pagination.paginate(tag.articles(), pageSize, tag.path())) {
                pages.add(new SitePage(SitePage.Kind.TAG, page.path(), page.items(), page, tag, -1));
            }
        }
        pages.add(new SitePage(SitePage.Kind.ARCHIVE, "/archive/", all, null, null, -1));
        for (int i = 0; i < all.size(); i++) {
            for (String alias : site.articles().get(i).aliases()) {
                pages.add(new SitePage(SitePage.Kind.REDIRECT, alias, List.of(i), null, null, i));
            }
        }
        pages.add(new SitePage(SitePage.Kind.SEARCH, "/search/", List.of(), null, null, -1));
        pages.add(new SitePage(SitePage.Kind.NOT_FOUND, "/404.html", List.of(), null, null, -1));
        return pages;
    }
}
