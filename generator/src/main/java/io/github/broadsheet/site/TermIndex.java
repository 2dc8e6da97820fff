package io.github.broadsheet.site;

import io.github.broadsheet.content.Article;
import io.github.broadsheet.content.Slugifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Builds the terms of one taxonomy from the articles in one pass: merges spellings case-insensitively, picks the
 * most used spelling as display name, and gives every term a unique, stable slug. Colliding slugs ({@code "C"} and
 * {@code "c."}) are told apart by a short hash of the term's key, so a slug never depends on which other terms
 * exist, except for the one term that keeps the plain slug.
 */
public final class TermIndex {

    private TermIndex() {
    }

    /** The normalised key of a name as written in front-matter. */
    public static String key(String name) {
        return Slugifier.foldCase(name.strip().replaceAll("\\s+", " "));
    }

    /** The site's tags, at {@code /tags/<slug>/}. */
    public static List<Term> build(List<Article> articles) {
        return build(articles, Article::tags, "/tags/", "tag-");
    }

    /**
     * @param articles published articles, newest first (the order term pages list them in)
     * @param names    the article's names in this taxonomy, as written
     * @param base     site path of the taxonomy, e.g. {@code /tags/}
     * @param prefix   the slug of names without letters or digits starts with this, e.g. {@code tag-}
     * @return terms sorted by display name (case-insensitive, then key), each with its articles newest first
     */
    public static List<Term> build(List<Article> articles, Function<Article, List<String>> names, String base,
                                   String prefix) {
        Map<String, List<Integer>> postings = new TreeMap<>();
        Map<String, Map<String, Integer>> spellings = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            for (String name : names.apply(articles.get(i))) {
                String key = key(name);
                List<Integer> list = postings.computeIfAbsent(key, k -> new ArrayList<>());
                if (list.isEmpty() || list.get(list.size() - 1) != i) {
                    list.add(i);
                }
                spellings.computeIfAbsent(key, k -> new HashMap<>()).merge(name, 1, Integer::sum);
            }
        }
        Map<String, String> display = new HashMap<>();
        Map<String, List<String>> keysBySlug = new TreeMap<>();
        for (String key : postings.keySet()) {
            String name = spellings.get(key).entrySet().stream()
                    .min(Map.Entry.<String, Integer>comparingByValue().reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .orElseThrow().getKey();
            display.put(key, name);
            keysBySlug.computeIfAbsent(Slugifier.slugifyOr(key, prefix), s -> new ArrayList<>()).add(key);
        }
        List<Term> terms = new ArrayList<>(postings.size());
        keysBySlug.forEach((slug, keys) -> {
            String plain = keys.size() == 1 ? keys.get(0) : plainOwner(slug, keys, postings);
            for (String key : keys) {
                String unique = key.equals(plain) ? slug : slug + "-" + Slugifier.shortHash(key);
                terms.add(new Term(key, display.get(key), unique, base + unique + "/", postings.get(key)));
            }
        });
        terms.sort(BY_NAME);
        return List.copyOf(terms);
    }

    /** Terms by display name, case-insensitive, then key. */
    public static final Comparator<Term> BY_NAME = Comparator.comparing((Term t) -> Slugifier.foldCase(t.name()))
            .thenComparing(Term::key);

    /** Which of several terms sharing a slug keeps it: the one already written as the slug, else the most used. */
    private static String plainOwner(String slug, List<String> keys, Map<String, List<Integer>> postings) {
        return keys.stream()
                .filter(slug::equals)
                .findFirst()
                .orElseGet(() -> keys.stream()
                        .min(Comparator.comparing((String k) -> -postings.get(k).size()).thenComparing(k -> k))
                        .orElseThrow());
    }
}
