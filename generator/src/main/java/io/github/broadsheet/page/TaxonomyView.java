package io.github.broadsheet.page;

/**
 * A taxonomy the site publishes, as templates see it ({@code taxonomy} on term pages and indexes).
 *
 * @param key    {@code tags}, {@code section}, {@code authors} or {@code series}
 * @param name   the name of one term's kind, e.g. {@code Section}
 * @param plural the name of the index, e.g. {@code Sections}
 * @param url    root-relative link to the taxonomy's index
 */
public record TaxonomyView(String key, String name, String plural, String url) {
}
