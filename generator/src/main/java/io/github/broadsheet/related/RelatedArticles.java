package io.github.broadsheet.related;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.IntStream;

/**
 * Computes "related articles" for a whole site in one call. Two articles are related when their texts agree (the
 * similarity of their stemmed, field-weighted BM25 term vectors); tags they share add what they are worth on this
 * site (a weight learned from how alike the texts of each tag's articles are, so generic and format tags add nothing),
 * and being close in date adds a small bonus that only re-orders (see {@link RelatedConfig}). Candidates are found
 * through inverted indexes on tags and terms, never by scoring all pairs, so the cost grows with the number of
 * articles times the (bounded) postings scanned per article. Building is parallel per block of articles and the
 * search is parallel per article; results are identical on every run, for any thread count and any input order (as
 * long as slugs are unique), because all sums run in a canonical order. {@link #explain} also says why each link
 * is there and why the nearest misses are not.
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
        RelatedDocument[] docs = checked(documents);
        if (docs.length < 2 || config.count() == 0) {
            return docs.length == 0 ? List.of() : List.of(emptyLists(docs.length));
        }
        CorpusModel model = CorpusModel.build(docs, config);
        return search(model);
    }

    /**
     * The same lists as {@link #compute}, and for each article an explanation: its listed links with the tags and
     * terms behind them, then the best candidates that were left out, each with the reason. Costs two to three times
     * as much as {@link #compute}; meant for {@code related.json}, not for every build.
     */
    public static Explained explain(List<RelatedDocument> documents, RelatedConfig config) {
        Objects.requireNonNull(config, "config");
        RelatedDocument[] docs = checked(documents);
        if (docs.length < 2 || config.count() == 0) {
            List<List<RelatedMatch>> none = docs.length == 0 ? List.of() : List.of(emptyLists(docs.length));
            return new Explained(none, none.stream().map(list -> List.<RelatedCandidate>of()).toList());
        }
        CorpusModel model = CorpusModel.build(docs, config, true);
        int n = model.size();
        int[] internal = new int[n];
        for (int d = 0; d < n; d++) {
            internal[model.inputIndex(d)] = d;
        }
        @SuppressWarnings("unchecked")
        List<RelatedCandidate>[] explained = (List<RelatedCandidate>[]) new List<?>[n];
        ConcurrentLinkedQueue<RelatedExplainer> idle = new ConcurrentLinkedQueue<>();
        List<List<RelatedMatch>> related = search(model, (d, query, matches) -> {
            RelatedExplainer explainer = idle.poll();
            if (explainer == null) {
                explainer = new RelatedExplainer(model, internal);
            }
            explained[model.inputIndex(d)] = explainer.explain(d, matches,
                    query.bestCandidates(RelatedExplainer.NEAR_MISSES + config.count()));
            idle.offer(explainer);
        });
        return new Explained(related, List.of(explained));
    }

    /**
     * Related lists with their explanations, both indexed like the input.
     *
     * @param related     exactly what {@link #compute} returns for the same input
     * @param explanation per article its listed links, then the best rejected candidates
     */
    public record Explained(List<List<RelatedMatch>> related, List<List<RelatedCandidate>> explanation) {

        public Explained {
            related = List.copyOf(related);
            explanation = List.copyOf(explanation);
        }
    }

    /** Receives each article's result right after its search, on the worker thread that searched it. */
    private interface Observer {
        void searched(int document, RelatedQuery query, List<RelatedMatch> matches);
    }

    /** The query phase over a built model; separate so tests can inspect the model of the same run. */
    static List<List<RelatedMatch>> search(CorpusModel model) {
        return search(model, (d, query, matches) -> { });
    }

    private static List<List<RelatedMatch>> search(CorpusModel model, Observer observer) {
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
                List<RelatedMatch> matches = query.run(d);
                related[model.inputIndex(d)] = matches;
                observer.searched(d, query, matches);
            }
            idle.offer(query);
        });
        return List.of(related);
    }

    private static RelatedDocument[] checked(List<RelatedDocument> documents) {
        RelatedDocument[] docs = documents.toArray(new RelatedDocument[0]);
        for (int i = 0; i < docs.length; i++) {
            if (docs[i] == null) {
                throw new NullPointerException("documents[" + i + "] is null");
            }
        }
        return docs;
    }

    @SuppressWarnings("unchecked")
    private static List<RelatedMatch>[] emptyLists(int n) {
        List<RelatedMatch>[] lists = (List<RelatedMatch>[]) new List<?>[n];
        Arrays.fill(lists, List.of());
        return lists;
    }
}
