package io.github.broadsheet.related;

import io.github.broadsheet.text.PackedText;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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

    /** Bodies per parallel extraction task. */
    private static final int BLOCK = 256;

    /**
     * For each body, its {@code limit} best terms by TF-IDF, best first, leaving out the terms of the same
     * position's {@code known} text. The bodies are read by the related-articles model's {@link TermExtractor}
     * (blocks in parallel, terms looked up straight from the tokenizer's buffer), so a word becomes a string once
     * per site rather than once per occurrence; then each body's terms are scored in parallel.
     */
    public static List<List<String>> of(List<PackedText> bodies, List<String> known, String language, int limit) {
        int documents = bodies.size();
        RelatedDocument[] docs = bodies.stream().map(body -> new RelatedDocument("", List.of(), "", "", "", body, 0))
                .toArray(RelatedDocument[]::new);
        int[] order = IntStream.range(0, documents).toArray();
        List<String> stopWords = TermExtractor.stopWordList(StopWords.forLanguage(language));
        TermExtractor.Block[] blocks = IntStream.range(0, (documents + BLOCK - 1) / BLOCK).parallel()
                .mapToObj(b -> TermExtractor.extract(docs, order, b * BLOCK, Math.min(documents, (b + 1) * BLOCK),
                        stopWords, TermExtractor.Reading.bodyWords()))
                .toArray(TermExtractor.Block[]::new);

        // Merged in block order, so global ids and therefore ties never depend on threads.
        TermExtractor.Merged merged = TermExtractor.Merged.of(blocks);
        TermTable dictionary = merged.dictionary();
        int[][] toGlobal = merged.toGlobal();
        // TopK breaks ties by the lower id: with terms numbered in alphabetical order, ties go alphabetically.
        String[] words = new String[dictionary.size()];
        for (int t = 0; t < words.length; t++) {
            words[t] = dictionary.term(t);
        }
        String[] alphabetical = words.clone();
        Arrays.sort(alphabetical);
        int[] rank = new int[words.length];
        for (int t = 0; t < rank.length; t++) {
            rank[t] = Arrays.binarySearch(alphabetical, words[t]);
        }
        int[] documentFrequency = merged.documentFrequency();
        return IntStream.range(0, documents).parallel().mapToObj(i -> {
            TermExtractor.Block block = blocks[i / BLOCK];
            int k = i - block.firstDocument();
            Set<String> skip = new HashSet<>(Terms.of(known.get(i), language));
            TopK best = new TopK(limit);
            for (int e = block.docStart()[k]; e < block.docStart()[k + 1]; e++) {
                int global = toGlobal[i / BLOCK][block.ids()[e]];
                String term = words[global];
                if (!skip.contains(term) && searchable(term)) {
                    best.offer(rank[global], score((int) block.counts()[e], documentFrequency[global], documents));
                }
            }
            int[] ids = new int[limit];
            int size = best.drainBestFirst(ids);
            return Arrays.stream(ids, 0, size).mapToObj(id -> alphabetical[id]).toList();
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
}
