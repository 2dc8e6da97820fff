package io.github.broadsheet.related;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Explains one article's related list: every listed link with the tags and terms behind it, and the best
 * candidates that were left out with the reason. The candidates are those the search looked at (articles sharing a
 * rare term or a weighted tag) plus those sharing any tag at all, generic and format tags included (for a common
 * tag, the ones nearest in date), because "why is the other explainer not listed?" is the question a user asks.
 * Their parts are recomputed exactly, pair by pair; only used when an explanation is asked for. One instance per
 * worker thread.
 */
final class RelatedExplainer {

    /** Shared terms named per candidate. */
    static final int TERMS_SHOWN = 8;

    private final CorpusModel model;
    private final RelatedConfig config;
    private final int[] internal;  // input index -> internal id
    private final int[] marks;
    private final int window;
    private int mark;

    RelatedExplainer(CorpusModel model, int[] internal) {
        this.model = model;
        this.config = model.config();
        this.internal = internal;
        this.marks = new int[model.size()];
        this.window = RelatedQuery.window(config.count());
    }

    /** The listed links (as the search returned them) then the best rejected candidates, best first. */
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
        List<RelatedCandidate> rejected = new ArrayList<>();
        for (int e : searched) {
            consider(d, e, listed.size(), rejected);
        }
        TagVectors tags = model.tags();
        for (int tag : tags.allTags(d)) {
            int[] members = tags.members(tag);
            int from = 0;
            int to = members.length;
            if (to > config.cardinalityThreshold()) {
                int at = Arrays.binarySearch(members, d);
                from = Math.max(0, at - window);
                to = Math.min(members.length, at + window + 1);
            }
            for (int p = from; p < to; p++) {
                consider(d, members[p], listed.size(), rejected);
            }
        }
        // The closest calls first; then also the tag traps, which a ranking by score alone would bury.
        Comparator<RelatedCandidate> byScore = Comparator.comparingDouble(RelatedCandidate::score).reversed()
                .thenComparingInt(c -> internal[c.document()]);
        rejected.sort(byScore);
        int shown = Math.max(3, config.count());
        List<RelatedCandidate> best = new ArrayList<>(rejected.subList(0, Math.min(shown, rejected.size())));
        rejected.stream().skip(shown).filter(c -> c.verdict() == RelatedCandidate.Verdict.FORMAT_TAG).limit(shown)
                .forEach(best::add);
        best.sort(byScore);
        out.addAll(best);
        return out;
    }

    private void consider(int d, int e, int listedCount, List<RelatedCandidate> rejected) {
        if (marks[e] == mark) {
            return;
        }
        marks[e] = mark;
        double text = model.textPart(model.textSimilarity(d, e));
        double tag = model.tagPart(model.tagSimilarity(d, e));
        List<RelatedCandidate.SharedTag> shared = sharedTags(d, e);
        if (text == 0 && shared.isEmpty()) {
            return;  // nothing in common worth showing
        }
        double relevance = model.relevance(text, tag);
        RelatedCandidate.Verdict verdict;
        if (!model.textAgrees(text)) {
            boolean onlyUnweighted = !shared.isEmpty() && shared.stream().allMatch(t -> t.weight() == 0);
            verdict = onlyUnweighted ? RelatedCandidate.Verdict.FORMAT_TAG : RelatedCandidate.Verdict.TEXT_DISAGREES;
        } else if (relevance < config.minScore()) {
            verdict = RelatedCandidate.Verdict.BELOW_MINIMUM;
        } else if (listedCount >= config.count()) {
            verdict = RelatedCandidate.Verdict.LIST_FULL;
        } else {
            verdict = RelatedCandidate.Verdict.NOT_SEARCHED;
        }
        rejected.add(new RelatedCandidate(model.inputIndex(e), text + tag, tag, text, 0, verdict, shared,
                sharedTerms(d, e)));
    }

    private List<RelatedCandidate.SharedTag> sharedTags(int d, int e) {
        TagVectors tags = model.tags();
        int[] a = tags.allTags(d);
        int[] b = tags.allTags(e);
        List<RelatedCandidate.SharedTag> shared = new ArrayList<>();
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                shared.add(new RelatedCandidate.SharedTag(tags.name(a[i]), tags.weight(a[i])));
                i++;
                j++;
            }
        }
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
