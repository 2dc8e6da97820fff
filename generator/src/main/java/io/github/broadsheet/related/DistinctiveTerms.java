package io.github.broadsheet.related;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * The distinctive words of each article's body, for the search index: its highest TF-IDF terms (sub-linear term
 * frequency times smoothed inverse document frequency over the published articles), with the tokenizer and stop
 * words of the related-articles model, leaving out words the article's title, tags or summary already hold and
 * figures other than years. Ties are broken alphabetically, so results are reproducible. Computed while the site
 * model is assembled, the only time the bodies' plain text is in memory.
 */
public final class DistinctiveTerms {

    private DistinctiveTerms() {
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
    public static List<List<String>> of(List<String> bodies, List<String> known, String language, int limit) {
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

}
