package io.github.broadsheet.publish;

import io.github.broadsheet.content.Article;
import io.github.broadsheet.related.Terms;
import io.github.broadsheet.render.ArticleView;
import io.github.broadsheet.render.Json;
import io.github.broadsheet.render.TagView;
import io.github.broadsheet.site.Site;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * {@code search-index.json}: what the theme's search page ({@code js/search.js}) needs to find articles in the
 * browser, offline, with no server. One compact JSON object, no whitespace, short keys:
 *
 * <pre>
 * {"v":1,
 *  "g":["transport","trams",...],                 every tag name once; entries refer to them by position
 *  "a":[{"t":"Tram line 4 opens",                 title
 *        "u":"articles/tram-line-4-opens/",       URL relative to the site's base URL (where this file is)
 *        "d":"2026-06-10",                        publication date, as written (the article's own offset)
 *        "g":[0,1],                               tags, positions in "g"
 *        "s":"The first tram left at five...",   summary, cut at about {@value #SUMMARY_CHARS} characters
 *        "k":"depot overhead ..."},               distinctive words of the body, space-separated
 *       ...]}                                     newest first
 * </pre>
 *
 * <p>The distinctive words are the body's {@value #TERMS} highest TF-IDF terms (sub-linear term frequency times
 * smoothed inverse document frequency over the published articles), with the tokenizer and stop words of the
 * related-articles model, leaving out words already in the title, tags or summary, which are searched anyway, and
 * figures other than years. So a
 * search finds an article by what it is about even when the words are not in its title or summary, at about 100
 * bytes per article instead of its whole text. Ties are broken alphabetically, so the file is reproducible. For
 * 10,000 articles of about 1,000 words the file is about 4 MB (1.1 MB gzipped, as static hosts serve it).
 */
public final class SearchIndex {

    /** Format version, for scripts of older themes. */
    static final int VERSION = 1;
    /** Distinctive body terms per article. */
    static final int TERMS = 12;
    /** Summaries longer than this are cut at a word boundary (and get an ellipsis). */
    static final int SUMMARY_CHARS = 200;

    private SearchIndex() {
    }

    public static GeneratedFile file(Site site, List<ArticleView> views) {
        String language = site.settings().language();
        String basePath = site.settings().basePath();
        List<Article> articles = site.articles();

        Map<String, Integer> tagPositions = new LinkedHashMap<>();
        List<Map<String, Object>> entries = new ArrayList<>(views.size());
        List<String> known = new ArrayList<>(views.size());
        for (ArticleView view : views) {
            List<Integer> tags = new ArrayList<>(view.tags().size());
            StringBuilder searched = new StringBuilder(view.title());
            for (TagView tag : view.tags()) {
                tags.add(tagPositions.computeIfAbsent(tag.name(), name -> tagPositions.size()));
                searched.append(' ').append(tag.name());
            }
            String summary = cut(view.summary(), SUMMARY_CHARS);
            known.add(searched.append(' ').append(summary).toString());

            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("t", view.title());
            entry.put("u", relative(view.url(), basePath));
            entry.put("d", view.dateIso().length() >= 10 ? view.dateIso().substring(0, 10) : view.dateIso());
            entry.put("g", tags);
            entry.put("s", summary);
            entries.add(entry);
        }
        List<List<String>> terms = distinctiveTerms(articles.stream().map(Article::text).toList(), known, language,
                TERMS);
        for (int i = 0; i < entries.size(); i++) {
            entries.get(i).put("k", String.join(" ", terms.get(i)));
        }

        Map<String, Object> index = new LinkedHashMap<>();
        index.put("v", VERSION);
        index.put("g", List.copyOf(tagPositions.keySet()));
        index.put("a", entries);
        return GeneratedFile.text("search-index.json", Json.write(index) + "\n");
    }

    /** A word of the site's bodies, shared by every article that has it, with the number of those articles. */
    private static final class Term {
        final String text;
        final AtomicInteger documents = new AtomicInteger();

        Term(String text) {
            this.text = text;
        }
    }

    /** One body's distinct terms and how often each occurs. */
    private record Counts(Term[] terms, int[] counts) {
    }

    /**
     * For each body, its {@code limit} best terms by TF-IDF, best first, leaving out the terms of the same
     * position's {@code known} text. Two parallel passes: count every body's terms (and the documents of each term,
     * in one shared dictionary, so a word's string is kept once), then score each body's terms.
     */
    static List<List<String>> distinctiveTerms(List<String> bodies, List<String> known, String language, int limit) {
        int documents = bodies.size();
        ConcurrentHashMap<String, Term> dictionary = new ConcurrentHashMap<>();
        List<Counts> counted = IntStream.range(0, documents).parallel().mapToObj(i -> {
            Map<String, int[]> counts = new HashMap<>();
            for (String token : Terms.of(bodies.get(i), language)) {
                counts.computeIfAbsent(token, t -> new int[1])[0]++;
            }
            Term[] terms = new Term[counts.size()];
            int[] n = new int[counts.size()];
            int k = 0;
            for (Map.Entry<String, int[]> e : counts.entrySet()) {
                Term term = dictionary.get(e.getKey());
                if (term == null) {
                    term = dictionary.computeIfAbsent(e.getKey(), Term::new);
                }
                term.documents.incrementAndGet();
                terms[k] = term;
                n[k++] = e.getValue()[0];
            }
            return new Counts(terms, n);
        }).toList();
        return IntStream.range(0, documents).parallel().mapToObj(i -> {
            Set<String> skip = new HashSet<>(Terms.of(known.get(i), language));
            Counts c = counted.get(i);
            // The best `limit` so far, best first: a small insertion-sorted array beats sorting every term.
            String[] best = new String[limit];
            double[] scores = new double[limit];
            int size = 0;
            for (int k = 0; k < c.terms().length; k++) {
                String term = c.terms()[k].text;
                if (skip.contains(term) || !searchable(term)) {
                    continue;
                }
                double score = score(c.counts()[k], c.terms()[k].documents.get(), documents);
                int at = size;
                while (at > 0 && better(score, term, scores[at - 1], best[at - 1])) {
                    at--;
                }
                if (at < limit) {
                    int move = Math.min(size, limit - 1) - at;
                    System.arraycopy(best, at, best, at + 1, move);
                    System.arraycopy(scores, at, scores, at + 1, move);
                    best[at] = term;
                    scores[at] = score;
                    size = Math.min(size + 1, limit);
                }
            }
            return List.of(Arrays.copyOf(best, size));
        }).toList();
    }

    /**
     * Whether a term may go into the index: any term with a letter, and four-digit numbers (years). Other figures
     * ("69.3", "1.000") are rare, so they would score high, but nobody searches for them
     * and the search splits them at the dot anyway.
     */
    static boolean searchable(String term) {
        boolean digitsOnly = true;
        for (int i = 0; i < term.length(); i++) {
            if (!Character.isDigit(term.charAt(i))) {
                if (Character.isLetter(term.charAt(i))) {
                    return true;
                }
                digitsOnly = false;
            }
        }
        return digitsOnly && term.length() == 4;
    }

    /** Sub-linear term frequency times smoothed inverse document frequency. */
    static double score(int count, int documentsWithTerm, int documents) {
        return (1 + Math.log(count)) * Math.log(1 + (double) documents / documentsWithTerm);
    }

    private static boolean better(double score, String term, double otherScore, String other) {
        return score > otherScore || score == otherScore && term.compareTo(other) < 0;
    }

    /** A site URL relative to the base path, so the script resolves it against the index's own URL. */
    static String relative(String url, String basePath) {
        return url.startsWith(basePath) && basePath.endsWith("/") ? url.substring(basePath.length()) : url;
    }

    /** {@code text} cut at the last space before {@code max} characters, with an ellipsis; unchanged if short. */
    static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int space = text.lastIndexOf(' ', max - 1);
        int end = space > max / 2 ? space : max - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        String head = text.substring(0, end).stripTrailing();
        while (!head.isEmpty() && ",;:.–—-".indexOf(head.charAt(head.length() - 1)) >= 0) {
            head = head.substring(0, head.length() - 1);
        }
        return head + "…";
    }
}
