package io.github.broadsheet.page;

/**
 * A tag as templates see it.
 *
 * @param name  display name
 * @param slug  URL segment
 * @param url   root-relative link to the tag's first page
 * @param count number of published articles with this tag
 */
public record TagView(String name, String slug, String url, int count) {
}
