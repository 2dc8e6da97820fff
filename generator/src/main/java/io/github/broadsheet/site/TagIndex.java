package io.github.broadsheet.site;

import io.github.broadsheet.content.Article;
import io.github.broadsheet.content.Slugifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds the site's tags from its articles in one pass: merges spellings case-insensitively, picks the most used
 * spelling as display name, and gives every tag a unique, stable slug. Colliding slugs ({@code "C"} and {@code "c."})
 * are told apart by a short hash of the tag's key, so a slug never depends on which other tags exist, except for
 * the one tag that keeps the plain slug.
 */
public final class TagIndex {

    private TagIndex() {
    }

    /** The normalised key of a tag name as written in front-matter. */
    public static String key(String name) {
        return Slugifier.foldCase(name.strip().replaceAll("\\s+", " "));
    }

    /**
     * @param articles published articles, newest first (the order tag pages list them in)
     * @return tags sorted by display name (case-insensitive, then key), each with its articles newest first
     */
    public static List<Tag> build(List<Article> articles) {
        Map<String, List<Integer>> postings = new TreeMap<>();
        Map<String, Map<String, Integer>> spellings = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            for (String name : articles.get(i).tags()) {
                String key = key(name);
                List<Integer> list = postings.computeIfAbsent(key, k -> new ArrayList<>());
                if (list.isEmpty() || list.get(list.size() - 1) != i) {
                    list.add(i);
                }
                spellings.computeIfAbsent(key, k -> new HashMap<>()).merge(name, 1, Integer::sum);
            }
        }
        Map<String, String> names = new HashMap<>();
        Map<String, List<String>> keysBySlug = new TreeMap<>();
        for (String key : postings.keySet()) {
            String name = spellings.get(key).entrySet().stream()
                    .min(Map.Entry.<String, Integer>comparingByValue().reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .orElseThrow().getKey();
            names.put(key, name);
            keysBySlug.computeIfAbsent(Slugifier.slugifyOr(key, "tag-"), s -> new ArrayList<>()).add(key);
        }
        List<Tag> tags = new ArrayList<>(postings.size());
        keysBySlug.forEach((slug, keys) -> {
            String plain = keys.size() == 1 ? keys.get(0) : plainOwner(slug, keys, postings);
            for (String key : keys) {
                String unique = key.equals(plain) ? slug : slug + "-" + Slugifier.shortHash(key);
                tags.add(new Tag(key, names.get(key), unique, postings.get(key)));
            }
        });
        tags.sort(Comparator.comparing((Tag t) -> Slugifier.foldCase(t.name())).thenComparing(Tag::key));
        return List.copyOf(tags);
    }

    /** Which of several tags sharing a slug keeps it: the one already written as the slug, else the most used. */
    private static String plainOwner(String slug, List<String> keys, Map<String, List<Integer>> postings) {
        return keys.stream()
                .filter(slug::equals)
                .findFirst()
                .orElseGet(() -> keys.stream()
                        .min(Comparator.comparing((String k) -> -postings.get(k).size()).thenComparing(k -> k))
                        .orElseThrow());
    }
}
