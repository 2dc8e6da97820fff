package io.github.broadsheet.site;

import java.util.List;

/**
 * A tag of the site after normalisation: all spellings that differ only in case and spacing are one tag.
 *
 * @param key      the case-folded, whitespace-collapsed name that identifies the tag
 * @param name     the display name: the spelling most articles use
 * @param slug     the URL segment of the tag's pages, unique in the site
 * @param articles indexes into {@link Site#articles()}, newest first
 */
public record Tag(String key, String name, String slug, List<Integer> articles) {

    public Tag {
        articles = List.copyOf(articles);
    }

    /** Site-relative path of the tag's first page, e.g. {@code /tags/sao-paulo/}. */
    public String path() {
        return "/tags/" + slug + "/";
    }

    public int count() {
        return articles.size();
    }
}
