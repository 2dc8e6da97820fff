package io.github.broadsheet.related;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Explains one article's related list: every listed link with the tags and terms behind it, and the best
 * candidates that were left out with the reason. The candidates are the best the search saw (by the sums it had) plus
 * the articles nearest in date that share any tag at all, generic and format tags included, because "why is the
 * other explainer not listed?" is the question a user asks. Their parts are recomputed exactly, pair by pair, and
 * the shared tags and terms are named only for the candidates shown, so an explanation costs a bounded amount per
 * article whatever the site's size. Only used when an explanation is asked for. One instance per worker thread.
 */
final class RelatedExplainer {

    /** Shared terms named per candidate. */
    static final int TERMS_SHOWN = 8;

    /** Candidates of the search looked at beyond the listed ones. */
    static final int NEAR_MISSES = 10;

    private final CorpusModel model;
    private final RelatedConfig config;
    private final int[] internal;  // input index -> internal id
    private final int[] marks;
    private final int shown;
    private final int window;     // articles on either side in date order looked at per shared tag
    private int mark;

    /** A candidate's exact parts, before it is known whether it is shown. */
    private record Near(int document, double text, double tag, RelatedCandidate.Verdict verdict) {

        double score() {
            return text + tag;
        }
    }

    RelatedExplainer(CorpusModel model, int[] internal) {
        this.model = model;
        this.config = model.config();
        this.internal = internal;
        this.marks = new int[model.size()];
        this.shown = Math.max(3, config.count());
        this.window = shown;
    }

    /**
     * The listed links (as the search returned them) then the best rejected candidates, best first.
     *
     * @param searched the best candidates the search saw, best first (internal ids)
     */
    List<RelatedCandidate> explain(int d, List<RelatedMatch> listed, int[] searched) {
        mark++;
        marks[d] = mark;
        List<RelatedCandidate> out = new ArrayList<>();
        for (RelatedMatch match : listed) {
            int e = internal[match.document()];
            marks[e] = mark;
            out.add(new RelatedCandidate(match.document(), match.score(), match.tag(), match.text(), match.date(),
                    RelatedCandidate.Verdict.LISTED, sharedTags(d, e), sharedTerms(d, e)));
        }
        List<Near> near = new ArrayList<>();
        for (int e : searched) {
            consider(d, e, listed.size(), near);
        }
        TagVectors tags = model.tags();
        for (int tag : tags.allTags(d)) {
            int[] members = tags.members(tag);
            int at = Arrays.binarySearch(members, d);
            for (int p = Math.max(0, at - window), to = Math.min(members.length, at + window + 1); p < to; p++) {
                consider(d, members[p], listed.size(), near);
            }
        }
        // The closest calls first; then also the tag traps, which a ranking by score alone would bury.
        Comparator<Near> byScore = Comparator.comparingDouble(Near::score).reversed().thenComparingInt(Near::document);
        near.sort(byScore);
        List<Near> best = new ArrayList<>(near.subList(0, Math.min(shown, near.size())));
        near.stream().skip(shown).filter(c -> c.verdict() == RelatedCandidate.Verdict.FORMAT_TAG).limit(shown)
                .forEach(best::add);
        best.sort(byScore);
        for (Near c : best) {
            out.add(new RelatedCandidate(model.inputIndex(c.document()), c.score(), c.tag(), c.text(), 0,
                    c.verdict(), sharedTags(d, c.document()), sharedTerms(d, c.document())));
        }
        return out;
    }

    private void consider(int d, int e, int listedCount, List<Near> near) {
        if (marks[e] == mark) {
            return;
        }
        marks[e] = mark;
        double text = model.textPart(model.textSimilarity(d, e));
        double tag = model.tagPart(model.tagSimilarity(d, e));
        int[] shared = sharedTagCounts(d, e);
        if (text == 0 && shared[0] == 0) {
            return;  // nothing in common worth showing
        }
        double relevance = model.relevance(text, tag);
        RelatedCandidate.Verdict verdict;
        if (!model.textAgrees(text)) {
            boolean onlyUnweighted = shared[0] > 0 && shared[1] == 0;
            verdict = onlyUnweighted ? RelatedCandidate.Verdict.FORMAT_TAG : RelatedCandidate.Verdict.TEXT_DISAGREES;
        } else if (relevance < config.minScore()) {
            verdict = RelatedCandidate.Verdict.BELOW_MINIMUM;
        } else if (listedCount >= config.count()) {
            verdict = RelatedCandidate.Verdict.LIST_FULL;
        } else {
            verdict = RelatedCandidate.Verdict.NOT_SEARCHED;
        }
        near.add(new Near(e, text, tag, verdict));
    }

    /** How many tags the two share, and how many of those have a weight. */
    private int[] sharedTagCounts(int d, int e) {
        TagVectors tags = model.tags();
        int[] counts = new int[2];
        tags.forEachShared(d, e, tag -> {
            counts[0]++;
            counts[1] += tags.weight(tag) > 0 ? 1 : 0;
        });
        return counts;
    }

    private List<RelatedCandidate.SharedTag> sharedTags(int d, int e) {
        TagVectors tags = model.tags();
        List<RelatedCandidate.SharedTag> shared = new ArrayList<>();
        tags.forEachShared(d, e, tag -> shared.add(new RelatedCandidate.SharedTag(tags.name(tag), tags.weight(tag))));
        shared.sort(Comparator.comparingDouble(RelatedCandidate.SharedTag::weight).reversed()
                .thenComparing(RelatedCandidate.SharedTag::name));
        return shared;
    }

    private List<String> sharedTerms(int d, int e) {
        TermVectors terms = model.terms();
        List<double[]> shared = new ArrayList<>();
        terms.forEachShared(d, e, (term, weightA, weightB) ->
                shared.add(new double[] {term, (double) weightA * weightB}));
        shared.sort(Comparator.<double[]>comparingDouble(s -> -s[1]).thenComparingDouble(s -> s[0]));
        return shared.stream().limit(TERMS_SHOWN).map(s -> terms.displayName((int) s[0])).toList();
    }
}
