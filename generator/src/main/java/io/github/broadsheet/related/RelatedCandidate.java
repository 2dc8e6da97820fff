package io.github.broadsheet.related;

import java.util.List;

/**
 * One article considered for another's related list, with the evidence and what became of it, so that a user can
 * see why a link is there or not and tune the weights. The parts are weighted as in {@link RelatedMatch}; for a
 * candidate that was not listed, {@code score} is {@code tag + text} (what {@code minScore} is compared with) and
 * {@code date} is 0.
 *
 * @param document    index of the candidate in the list given to {@link RelatedArticles#explain}
 * @param score       for a listed article its score; else {@code tag + text}
 * @param tag         weighted tag part: {@code tagWeight} times the sum of the shared tags' learned weights
 * @param text        weighted text part: {@code textWeight} times the text similarity
 * @param date        weighted date bonus, listed articles only
 * @param verdict     listed, or why not
 * @param sharedTags  the tags both carry, as the model compares them (case-folded), with their learned weights
 * @param sharedTerms the terms both texts hold that add most to the text similarity, best first, each as the word
 *                    first read for it ("vaccines" may stand for "vaccine", "vaccinated", ...)
 */
public record RelatedCandidate(int document, double score, double tag, double text, double date, Verdict verdict,
                               List<SharedTag> sharedTags, List<String> sharedTerms) {

    public RelatedCandidate {
        sharedTags = List.copyOf(sharedTags);
        sharedTerms = List.copyOf(sharedTerms);
    }

    /**
     * A tag two articles share and what it is worth on this site.
     *
     * @param name   the tag, case-folded
     * @param weight its learned weight: the extra text similarity it predicts, 0 for generic and format tags
     */
    public record SharedTag(String name, double weight) {
    }

    /** What became of a candidate, in the words {@code related.json} uses. */
    public enum Verdict {
        /** On the list. */
        LISTED("listed"),
        /** Related enough, but {@code count} better ones filled the list. */
        LIST_FULL("list full"),
        /**
         * Related enough, but the search never looked at it: all they share are terms or tags too common to scan
         * ({@code cardinalityThreshold}). Rare on real sites; raise the threshold if it matters.
         */
        NOT_SEARCHED("not searched"),
        /** The texts agree, but text and tags together stay below {@code minScore}. */
        BELOW_MINIMUM("below the minimum"),
        /** The texts do not agree enough (text part below half of {@code minScore}), whatever tags they share. */
        TEXT_DISAGREES("text disagrees"),
        /**
         * The texts do not agree, and the only tags they share are generic or format tags: tags whose articles'
         * texts are no more alike here than any two, such as "news" or "explainer", which count for nothing.
         */
        FORMAT_TAG("format tag");

        private final String words;

        Verdict(String words) {
            this.words = words;
        }

        /** The verdict as {@code related.json} writes it. */
        public String words() {
            return words;
        }
    }
}
