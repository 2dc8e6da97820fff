package io.github.broadsheet.page;

import java.util.List;

/**
 * One year of the archive ({@code years} on the archive page), newest first.
 *
 * @param year   the year
 * @param months the months of that year that have articles, newest first
 */
public record ArchiveView(int year, List<Month> months) {

    /**
     * One month of the archive.
     *
     * @param name     the month's name in the site's language
     * @param number   1 to 12
     * @param articles the month's articles, newest first
     */
    public record Month(String name, int number, List<ArticleView> articles) {
    }
}
