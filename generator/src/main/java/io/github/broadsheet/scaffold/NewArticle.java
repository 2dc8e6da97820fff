package io.github.broadsheet.scaffold;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a user asked for when creating an article: the title, tags, an optional slug and whether it is a draft.
 * Tags are cleaned up as the article parser cleans up front-matter tags (whitespace collapsed, empty names
 * dropped, names that differ only in case kept once, the first spelling winning); everything else is checked by
 * {@link ArticleScaffolder}, which reports problems a user can act on.
 *
 * @param title the headline; must not be blank
 * @param tags  tag names, in order
 * @param slug  the URL segment to use instead of one made from the title
 * @param draft write {@code draft: true}
 */
public record NewArticle(String title, List<String> tags, Optional<String> slug, boolean draft) {

    public NewArticle {
        Objects.requireNonNull(title, "title");
        tags = clean(tags);
        slug = Objects.requireNonNull(slug, "slug").filter(s -> !s.isBlank());
    }

    /** Tags as typed on a command line, {@code "diplomacy, Syria"}: split at commas; {@code null} means none. */
    public static List<String> splitTags(String commaSeparated) {
        return commaSeparated == null ? List.of() : clean(Arrays.asList(commaSeparated.split(",")));
    }

    private static List<String> clean(List<String> names) {
        List<String> tags = new ArrayList<>();
        for (String raw : names) {
            String name = raw == null ? "" : raw.strip().replaceAll("\\s+", " ");
            if (!name.isEmpty() && tags.stream().noneMatch(t -> t.equalsIgnoreCase(name))) {
                tags.add(name);
            }
        }
        return List.copyOf(tags);
    }
}
