package io.github.broadsheet.render;

import java.util.List;

/**
 * Where a list page stands among its siblings ({@code pagination}).
 *
 * @param number      1-based number of this page
 * @param total       number of pages
 * @param previousUrl link to the newer page, or {@code null} on the first
 * @param nextUrl     link to the older page, or {@code null} on the last
 * @param pages       every page of the list, for numbered links
 */
public record PaginationView(int number, int total, String previousUrl, String nextUrl, List<PageLink> pages) {

    /** One numbered link; {@code current} marks this page. */
    public record PageLink(int number, String url, boolean current) {
    }
}
