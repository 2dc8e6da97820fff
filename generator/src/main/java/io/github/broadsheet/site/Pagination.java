package io.github.broadsheet.site;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a list into pages of a fixed size and names their paths: the first page at {@code base}, the others at
 * {@code base + "page/N/"} (so {@code /}, {@code /page/2/}; {@code /tags/x/}, {@code /tags/x/page/2/}).
 *
 * @param number   1-based number of this page
 * @param total    number of pages (at least 1, even for an empty list)
 * @param items    the items on this page
 * @param base     path of the first page
 */
public record Pagination<T>(int number, int total, List<T> items, String base) {

    public Pagination {
        items = List.copyOf(items);
    }

    public static <T> List<Pagination<T>> paginate(List<T> all, int size, String base) {
        int total = Math.max(1, (all.size() + size - 1) / size);
        List<Pagination<T>> pages = new ArrayList<>(total);
        for (int n = 1; n <= total; n++) {
            pages.add(new Pagination<>(n, total, all.subList((n - 1) * size, Math.min(all.size(), n * size)), base));
        }
        return pages;
    }

    /** Path of page {@code n} of the same list. */
    public String pathOf(int n) {
        return n == 1 ? base : base + "page/" + n + "/";
    }

    public String path() {
        return pathOf(number);
    }

    public boolean hasPrevious() {
        return number > 1;
    }

    public boolean hasNext() {
        return number < total;
    }
}
