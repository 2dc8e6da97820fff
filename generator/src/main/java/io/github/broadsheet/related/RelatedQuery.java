package io.github.broadsheet.related;

import java.util.Arrays;
import java.util.List;

/**
 * Finds the related articles of one article at a time, with scratch arrays reused across articles (one instance per
 * worker, never shared between threads). Candidates come from the inverted indexes only: every article on a rare key,
 * and for a tag too common to scan fully ({@code > cardinalityThreshold} articles) the ones nearest in date. While
 * collecting, shared tag weight and text dot product are accumulated per candidate over the keys scanned. When all
 * of the article's keys were scanned those sums are exact; otherwise they are partial, and the best candidates by
 * partial score are rescored exactly before the final choice. Every sum runs over keys in id order (adding zeros for
 * keys not shared would change nothing), so scores do not depend on scheduling and equal, bit for bit, the
 * brute-force similarities in {@link CorpusModel}.
 */
final class RelatedQuery {

    private final CorpusModel model;
    private final RelatedConfig config;
    private final int threshold;
    private final int window;
    // Per candidate e, kept side by side so that touching a candidate costs one cache line per array:
    private final int[] marks;     // [2e] == mark: e is a candidate of the current article; [2e + 1] terms shared
    private final double[] sums;   // [2e] shared tag weight, [2e + 1] text dot product
    private final int[] candidates;
    private final double[] denseTags; // the current article's tag weights by tag id, else 0
    private final float[] denseText;  // the current article's term weights by term id, else 0
    private final TopK preselect;
    private final TopK best;
    private final int[] drained;
    private int mark;
    private int found;

    RelatedQuery(CorpusModel model) {
        this.model = model;
        this.config = model.config();
        int n = model.size();
        this.threshold = config.cardinalityThreshold();
        this.window = window(config.count());
        this.marks = new int[2 * n];
        this.sums = new double[2 * n];
        this.candidates = new int[n];
        this.denseTags = new double[model.tags().tagCount()];
        this.denseText = new float[model.terms().vocabularySize()];
        int rescore = Math.max(24, 5 * config.count());
        this.preselect = new TopK(rescore);
        this.best = new TopK(config.count());
        this.drained = new int[Math.max(rescore, config.count())];
    }

    /** How many articles on either side of the current one a too-common tag contributes as candidates. */
    static int window(int count) {
        return Math.max(16, 4 * count);
    }

    /** Related articles of internal article {@code d}, best first, as matches carrying input indices. */
    List<RelatedMatch> run(int d) {
        mark = d + 1;
        marks[2 * d] = mark;  // never a candidate of itself
        found = 0;
        boolean exact = scanTags(d);
        exact &= scanTerms(d);
        if (exact) {
            select(d, best, true);
        } else {
            select(d, preselect, false);
            rescore(d);
        }
        return matches(d);
    }

    /** How many candidates the last {@link #run} examined; for tests of the pruning bound. */
    int candidateCount() {
        return found;
    }

    /**
     * The best {@code limit} candidates of the last {@link #run} by the sums it had (exact for those it rescored),
     * best first, as internal ids: where an explanation looks for near misses.
     */
    int[] bestCandidates(int limit) {
        TopK nearest = new TopK(limit);
        for (int i = 0; i < found; i++) {
            int e = candidates[i];
            nearest.offer(e, textPart(e) + tagPart(e));
        }
        int[] ids = new int[limit];
        return Arrays.copyOf(ids, nearest.drainBestFirst(ids));
    }

    private void touch(int e) {
        marks[2 * e] = mark;
        marks[2 * e + 1] = 0;
        sums[2 * e] = 0;
        sums[2 * e + 1] = 0;
        candidates[found++] = e;
    }

    /** Collects candidates through the tags; false when a tag was too common to scan fully. */
    private boolean scanTags(int d) {
        boolean exact = true;
        TagVectors tags = model.tags();
        int[] tagIds = tags.ids();
        InvertedIndex index = model.tagIndex();
        int[] postings = index.documents();
        for (int k = tags.start(d), end = tags.end(d); k < end; k++) {
            int tag = tagIds[k];
            double w = tags.weight(tag);
            int from = index.start(tag);
            int to = index.end(tag);
            if (to - from > threshold) {
                // Too common to scan: take the articles nearest in date (postings are in date order).
                exact = false;
                int at = index.position(k);
                from = Math.max(from, at - window);
                to = Math.min(to, at + window + 1);
            }
            for (int p = from; p < to; p++) {
                int e = postings[p];
                if (marks[2 * e] != mark) {
                    touch(e);
                }
                sums[2 * e] += w;
            }
        }
        return exact;
    }

    /** Collects candidates through the rarer terms; false when a term was too common to scan. */
    private boolean scanTerms(int d) {
        boolean exact = true;
        InvertedIndex index = model.termIndex();
        int[] postings = index.documents();
        float[] postingWeights = index.weights();
        TermVectors terms = model.terms();
        long[] entries = terms.entries();
        for (int k = terms.start(d), end = terms.end(d); k < end; k++) {
            int term = TermVectors.term(entries[k]);
            int from = index.start(term);
            int to = index.end(term);
            if (to - from > threshold) {
                exact = false;  // still counted when rescoring, just not scanned
                continue;
            }
            double w = TermVectors.weight(entries[k]);
            for (int p = from; p < to; p++) {
                int e = postings[p];
                if (marks[2 * e] != mark) {
                    touch(e);
                }
                sums[2 * e + 1] += w * postingWeights[p];
                marks[2 * e + 1]++;
            }
        }
        return exact;
    }

    /**
     * Offers every candidate to {@code selector}. With exact sums the minimum score can be applied right away;
     * with partial ones it cannot, as rescoring may still lift a candidate above it.
     */
    private void select(int d, TopK selector, boolean exact) {
        double minScore = config.minScore();
        double dateWeight = config.dateWeight();
        selector.clear();
        for (int i = 0; i < found; i++) {
            int e = candidates[i];
            double text = textPart(e);
            double tag = tagPart(e);
            if (exact) {
                double relevance = model.relevance(text, tag);
                if (!(relevance > 0 && relevance >= minScore)) {
                    continue;
                }
                // Most candidates cannot make it even with the full date bonus; skip computing theirs. The bound is
                // the date part's own formula at proximity 1, so rounding cannot put a score above it.
                if (relevance + relevance * dateWeight >= selector.threshold()) {
                    selector.offer(e, relevance + model.datePart(relevance, d, e));
                }
            } else {
                // Partial sums may still grow, so nothing is ruled out yet: rank by what is known so far.
                selector.offer(e, text + tag);
            }
        }
    }

    /** Replaces the partial sums of the preselected candidates by exact ones, then picks the best. */
    private void rescore(int d) {
        TagVectors tags = model.tags();
        int[] tagIds = tags.ids();
        TermVectors terms = model.terms();
        long[] entries = terms.entries();
        for (int k = tags.start(d); k < tags.end(d); k++) {
            denseTags[tagIds[k]] = tags.weight(tagIds[k]);
        }
        for (int k = terms.start(d); k < terms.end(d); k++) {
            denseText[TermVectors.term(entries[k])] = TermVectors.weight(entries[k]);
        }
        double minScore = config.minScore();
        int count = preselect.drainBestFirst(drained);
        best.clear();
        for (int i = 0; i < count; i++) {
            int e = drained[i];
            double tagSum = 0;
            for (int k = tags.start(e), end = tags.end(e); k < end; k++) {
                tagSum += denseTags[tagIds[k]];
            }
            double textSum = 0;
            int shared = 0;
            for (int k = terms.start(e), end = terms.end(e); k < end; k++) {
                float w = denseText[TermVectors.term(entries[k])];
                if (w != 0) {
                    textSum += (double) w * TermVectors.weight(entries[k]);
                    shared++;
                }
            }
            sums[2 * e] = tagSum;
            sums[2 * e + 1] = textSum;
            marks[2 * e + 1] = shared;
            double relevance = model.relevance(textPart(e), tagPart(e));
            if (relevance > 0 && relevance >= minScore) {
                best.offer(e, relevance + model.datePart(relevance, d, e));
            }
        }
        for (int k = tags.start(d); k < tags.end(d); k++) {
            denseTags[tagIds[k]] = 0;
        }
        for (int k = terms.start(d); k < terms.end(d); k++) {
            denseText[TermVectors.term(entries[k])] = 0;
        }
    }

    private List<RelatedMatch> matches(int d) {
        int count = best.drainBestFirst(drained);
        if (count == 0) {
            return List.of();
        }
        RelatedMatch[] matches = new RelatedMatch[count];
        for (int i = 0; i < count; i++) {
            int e = drained[i];
            double tag = tagPart(e);
            double text = textPart(e);
            double date = model.datePart(model.relevance(text, tag), d, e);
            matches[i] = new RelatedMatch(model.inputIndex(e), (text + tag) + date, tag, text, date);
        }
        return List.of(matches);
    }

    // The score parts, computed in exactly one way so that filter, ranking and reported values agree to the bit.
    private double tagPart(int e) {
        return model.tagPart(CorpusModel.tagSimilarity(sums[2 * e]));
    }

    private double textPart(int e) {
        return model.textPart(CorpusModel.textSimilarity(sums[2 * e + 1], marks[2 * e + 1]));
    }
}
