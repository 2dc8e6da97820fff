package io.github.broadsheet.related;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.IntStream;

/**
 * Computes "related articles" for a whole site in one call. The score of a pair is
 * {@code tagWeight * tag + textWeight * text + dateWeight * date}: shared tags weighted by rarity (IDF), TF-IDF
 * cosine of title, summary and body, and a small bonus for being close in date (see {@link RelatedConfig}).
 * Candidates are found through inverted indexes on tags and terms, never by scoring all pairs, so the cost grows
 * with the number of articles times the (bounded) postings scanned per article. Building is parallel per block of
 * articles and the search is parallel per article; results are identical on every run, for any thread count and any
 * input order (as long as slugs are unique), because all sums run in a canonical order.
 */
public final class RelatedArticles {

    // Articles per parallel task in the query phase: large enough to amortise taking a scratch object.
    private static final int QUERY_BLOCK = 64;

    private RelatedArticles() {
    }

    /**
     * For each input document (same order), its related documents best first, at most {@code config.count()}; an
     * empty list when nothing reaches {@code config.minScore()}. A document is never related to itself. Ties are
     * broken by newer {@code epochDay} first, then by slug. The returned lists are immutable.
     */
    public static List<List<RelatedMatch>> compute(List<RelatedDocument> documents, RelatedConfig config) {
        Objects.requireNonNull(config, "config");
        RelatedDocument[] docs = documents.toArray(new RelatedDocument[0]);
        for (int i = 0; i < docs.length; i++) {
            if (docs[i] == null) {
                throw new NullPointerException("documents[" + i + "] is null");
            }
        }
        if (docs.length < 2 || config.count() == 0) {
            return docs.length == 0 ? List.of() : List.of(emptyLists(docs.length));
        }
        CorpusModel model = CorpusModel.build(docs, config);
        return search(model);
    }

    /** The query phase over a built model; separate so tests can inspect the model of the same run. */
    static List<List<RelatedMatch>> search(CorpusModel model) {
        int n = model.size();
        @SuppressWarnings("unchecked")
        List<RelatedMatch>[] related = (List<RelatedMatch>[]) new List<?>[n];
        ConcurrentLinkedQueue<RelatedQuery> idle = new ConcurrentLinkedQueue<>();
        int blocks = (n + QUERY_BLOCK - 1) / QUERY_BLOCK;
        IntStream.range(0, blocks).parallel().forEach(b -> {
            RelatedQuery query = idle.poll();
            if (query == null) {
                query = new RelatedQuery(model);
            }
            for (int d = b * QUERY_BLOCK, end = Math.min(n, d + QUERY_BLOCK); d < end; d++) {
                related[model.inputIndex(d)] = query.run(d);
            }
            idle.offer(query);
        });
        return List.of(related);
    }

    @SuppressWarnings("unchecked")
    private static List<RelatedMatch>[] emptyLists(int n) {
        List<RelatedMatch>[] lists = (List<RelatedMatch>[]) new List<?>[n];
        Arrays.fill(lists, List.of());
        return lists;
    }
}
