package io.github.broadsheet.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How old sites' taxonomies map onto Broadsheet's newsroom keys, the same for every source: the first category is
 * the article's {@code section} (its desk), the other categories and the tags are {@code tags}, without repeats that
 * differ only in case.
 */
public final class NewsroomKeys {

    private NewsroomKeys() {
    }

    /** Puts {@code section} and {@code tags} into {@code frontMatter} (nothing when both are empty). */
    public static void putSectionAndTags(Map<String, Object> frontMatter, List<String> categories, List<String> tags) {
        List<String> all = new ArrayList<>();
        List<String> distinctCategories = Values.distinct(categories);
        if (!distinctCategories.isEmpty()) {
            frontMatter.put("section", distinctCategories.get(0));
            all.addAll(distinctCategories.subList(1, distinctCategories.size()));
        }
        all.addAll(tags);
        List<String> distinct = Values.distinct(all);
        if (!distinct.isEmpty()) {
            frontMatter.put("tags", distinct);
        }
    }
}
