package io.github.broadsheet.related;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds the related articles of one article at a time, with scratch arrays reused across articles (one instance per
 * worker, never shared between threads). Candidates come from the inverted indexes only: every article on a rare key,
 * and for a tag too common to scan fully ({@code > cardinalityThreshold} articles) the ones nearest in date. While
 * collecting, shared tag weight and text dot product are accumulated per candidate over the keys scanned; when some
 * of the article's keys were too common to scan, those sums are partial, so the best candidates by partial score are
 * rescored exactly before the final choice. Sums always run over keys in id order, which makes every score
 * independent of scheduling and equal, bit for bit, to the brute-force similarities in {@link CorpusModel}.
 */
final class RelatedQuery {

    private final CorpusModel model;
    private final RelatedConfig config;
    private final int threshold;
    private final int window;
    private final int[] stamp;        // stamp[e] == current mark: e is a candidate of the current article
    private final double[] sharedTags;
    private final double[] sharedText;
    private final int[] candidates;
    private final TopK preselect;
    private final TopK best;
    private final int[] drained;

    RelatedQuery(CorpusModel model) {
        this.model = model;
        this.config = model.config();
        int n = model.size();
        this.threshold = config.cardinalityThreshold();
        this.window = Math.max(16, 4 * config.count());
        this.stamp = new int[n];
        this.sharedTags = new double[n];
        this.sharedText = new double[n];
        this.candidates = new int[n];
        int rescore = Math.max(32, 8 * config.count());
        this.preselect = new TopK(rescore);
        this.best = new TopK(config.count());
        this.drained = new int[Math.max(rescore, config.count())];
    }

    /** Related articles of internal article {@code d}, best first, as matches carrying input indices. */
    List<RelatedMatch> run(int d) {
        if (config.count() == 0) {
            return List.of();
        }
        int mark = d + 1;
        stamp[d] = mark;  // never a candidate of itself
        int found = 0;
        boolean exact = true;

        TagVectors tags = model.tags();
        InvertedIndex tagIndex = model.tagIndex();
        int[] postings = tagIndex.documents();
        for (int tag : tags.ids(d)) {
            double w2 = tags.weight2(tag);
            int from = tagIndex.start(tag);
            int to = tagIndex.end(tag);
            if (to - from > threshold) {
                // Too common to scan: take the articles nearest in date; postings are in date order.
                exact = false;
                int at = Arrays.binarySearch(postings, from, to, d);
                from = Math.max(from, at - window);
                to = Math.min(to, at + window + 1);
            }
            for (int p = from; p < to; p++) {
                int e = postings[p];
                if (stamp[e] != mark) {
                    stamp[e] = mark;
                    sharedTags[e] = 0;
                    sharedText[e] = 0;
                    candidates[found++] = e;
                }
                sharedTags[e] += w2;
            }
        }

        TermVectors terms = model.terms();
        InvertedIndex termIndex = model.termIndex();
        int[] termPostings = termIndex.documents();
        float[] termWeights = termIndex.weights();
        int[] ids = terms.ids(d);
        float[] weights = terms.weights(d);
        for (int k = 0; k < ids.length; k++) {
            int from = termIndex.start(ids[k]);
            int to = termIndex.end(ids[k]);
            if (to - from > threshold) {
                exact = false;  // still counted when rescoring, just not scanned
                continue;
            }
            double w = weights[k];
            for (int p = from; p < to; p++) {
                int e = termPostings[p];
                if (stamp[e] != mark) {
                    stamp[e] = mark;
                    sharedTags[e] = 0;
                    sharedText[e] = 0;
                    candidates[found++] = e;
                }
                sharedText[e] += w * termWeights[p];
            }
        }

        double tagWeight = config.tagWeight();
        double textWeight = config.textWeight();
        double dateWeight = config.dateWeight();
        double minScore = config.minScore();
        TopK selector = exact ? best : preselect;
        selector.clear();
        for (int i = 0; i < found; i++) {
            int e = candidates[i];
            double tag = tagWeight * model.tagSimilarity(sharedTags[e], d, e);
            double text = textWeight * Math.min(1.0, sharedText[e]);
            double relevance = tag + text;
            if (exact && !(relevance > 0 && relevance >= minScore)) {
                continue;
            }
            double date = dateWeight == 0 ? 0 : dateWeight * model.dateProximity(d, e);
            selector.offer(e, relevance + date);
        }
        if (!exact) {
            int count = preselect.drainBestFirst(drained);
            best.clear();
            for (int i = 0; i < count; i++) {
                int e = drained[i];
                sharedTags[e] = model.sharedTagWeight(d, e);
                sharedText[e] = model.textSimilarity(d, e);
                double relevance = tagWeight * model.tagSimilarity(sharedTags[e], d, e)
                        + textWeight * sharedText[e];
                if (relevance > 0 && relevance >= minScore) {
                    double date = dateWeight == 0 ? 0 : dateWeight * model.dateProximity(d, e);
                    best.offer(e, relevance + date);
                }
            }
        }
        int count = best.drainBestFirst(drained);
        if (count == 0) {
            return List.of();
        }
        List<RelatedMatch> matches = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int e = drained[i];
            double tag = tagWeight * model.tagSimilarity(sharedTags[e], d, e);
            double text = textWeight * Math.min(1.0, sharedText[e]);
            double date = dateWeight == 0 ? 0 : dateWeight * model.dateProximity(d, e);
            matches.add(new RelatedMatch(model.inputIndex(e), (tag + text) + date, tag, text, date));
        }
        return List.copyOf(matches);
    }
}
