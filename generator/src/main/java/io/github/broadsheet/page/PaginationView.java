package io.github.broadsheet.page;

import io.github.broadsheet.site.Pagination;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Where a list page stands among its siblings ({@code pagination}). The numbered links are a window, not every
 * page: the first and last page and the pages within {@value #WINDOW} of this one. With every page linked, a list
 * of n pages would carry n² links in total (1.4 million at 10,000 articles, and out of memory at 100,000), and
 * nobody scrolls through 500 numbers.
 *
 * @param number      1-based number of this page
 * @param total       number of pages
 * @param previousUrl link to the newer page, or {@code null} on the first
 * @param nextUrl     link to the older page, or {@code null} on the last
 * @param pages       the numbered links: the first, the last and the neighbours of this page, in order
 */
public record PaginationView(int number, int total, String previousUrl, String nextUrl, List<PageLink> pages) {

    /** How many neighbours on each side of the current page get a numbered link. */
    static final int WINDOW = 2;

    /**
     * One numbered link; {@code current} marks this page, {@code gapBefore} says that pages between the previous
     * link and this one were left out (themes show an ellipsis there).
     */
    public record PageLink(int number, String url, boolean current, boolean gapBefore) {
    }

    /** The view of {@code page}; {@code url} turns a site path into a link. */
    static PaginationView of(Pagination<?> page, UnaryOperator<String> url) {
        List<PageLink> links = new ArrayList<>();
        int previous = 0;
        for (int n = 1; n <= page.total(); n++) {
            boolean shown = n == 1 || n == page.total() || Math.abs(n - page.number()) <= WINDOW;
            if (shown) {
                links.add(new PageLink(n, url.apply(page.pathOf(n)), n == page.number(), n > previous + 1));
                previous = n;
            } else if (n < page.number() - WINDOW) {
                n = page.number() - WINDOW - 1;
            } else {
                n = page.total() - 1;
            }
        }
        return new PaginationView(page.number(), page.total(),
                page.hasPrevious() ? url.apply(page.pathOf(page.number() - 1)) : null,
                page.hasNext() ? url.apply(page.pathOf(page.number() + 1)) : null, List.copyOf(links));
    }
}
