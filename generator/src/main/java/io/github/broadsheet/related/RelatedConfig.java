package io.github.broadsheet.related;

import java.util.Objects;

/**
 * Typed configuration of the related-articles step, in the spirit of Hugo's {@code related.Config}. Two articles are
 * related only on evidence in their texts; tags and the date adjust how much, never whether:
 * <ol>
 * <li>{@code text} is the similarity of the two texts, in [0, 1]: the cosine of their term vectors (stemmed words of
 * title, summary, headings and body, each field weighted by its boost, BM25-saturated, each vector cut to its
 * {@code maxTermsPerDocument} most distinctive terms), 0 unless they share at least two terms;</li>
 * <li>{@code tag} is the sum of the weights of the tags both carry, at most 1. A tag's weight is learned from this
 * site at build time: how much more alike the texts of the articles sharing it are than two random texts (a topic
 * tag gets 0.1-0.3, a generic tag like "news" or a format tag like "explainer" gets about nothing);</li>
 * <li>the pair is related when {@code textWeight * text} reaches half of {@code minScore} on its own (the text must
 * agree) and {@code textWeight * text + tagWeight * tag} reaches {@code minScore};</li>
 * <li>its score is that sum times {@code 1 + dateWeight * 2^(-days apart / dateHalfLifeDays)}: being close in date
 * adds at most {@code dateWeight} (10 %) and only re-orders articles that are related anyway.</li>
 * </ol>
 * An article with nothing related gets no list, and fewer than {@code count} links is normal.
 *
 * <p>How the defaults were chosen: on the {@code dev} part of the labelled evaluation set in the tests (news and blog
 * articles in seven topics with generic tags, format tags across topics, tag case variants, same-topic articles
 * sharing no tag, tag-only false friends, untagged articles and outliers), with the {@code heldout} part kept for
 * checking. There the text similarity of same-topic articles is mostly 0.2-0.45, that of articles of different topics
 * below 0.18; a {@code minScore} of 0.2 keeps every outlier's list empty and fills every topic article's first three
 * places from its own topic. Text and tags weigh 1 each, because a tag's weight is already measured in units of text
 * similarity. The remaining knobs were sized for speed at 100,000 articles: {@code cardinalityThreshold} bounds the
 * postings scanned per article, and {@code maxTermsPerDocument} the length of each vector.
 *
 * @param count                maximum number of related articles per article ({@code >= 0}); default 5
 * @param tagWeight            weight of the tag evidence (sum of the learned weights of the shared tags, at most 1);
 *                             0 ignores tags; default 1
 * @param textWeight           weight of the text similarity; default 1
 * @param dateWeight           the largest bonus for being close in date, as a share of the relevance (0.1: up to
 *                             10 % more for articles of the same day); default 0.1
 * @param minScore             minimum of {@code textWeight * text + tagWeight * tag} for an article to be listed at
 *                             all, of which the text part must reach half; raise it for fewer, surer links, lower it
 *                             for more; default 0.2
 * @param cardinalityThreshold tags and terms used by more than this many articles are too common to look for
 *                             candidates through, which bounds the work per article (like Hugo's
 *                             {@code cardinalityThreshold}, but an absolute count). They still count in the score: a
 *                             common tag contributes the articles nearest in date that carry it, up to
 *                             {@code max(16, 4 * count)} on either side, and a common term scores the candidates
 *                             found otherwise; default 100
 * @param maxTermsPerDocument  number of most distinctive terms kept per article (the text vector); default 50
 * @param titleBoost           how many times a title word counts compared with a body word; default 3
 * @param summaryBoost         how many times a summary word counts compared with a body word; default 2
 * @param headingBoost         how many times a heading word counts compared with a body word (headings are part of
 *                             the body, so 1 gives them no extra weight); default 2
 * @param maxBodyChars         how much of the body is read, in characters (a word cut by the limit is read to its
 *                             end); reading is most of the cost, and an article's topic is set out early, so a
 *                             lower limit trades little quality for speed on large sites (0 reads title, summary and
 *                             headings only); default 20,000 (about 3,000 words: only very long articles are cut)
 * @param dateHalfLifeDays     days apart at which the date bonus halves; default 180
 * @param language             BCP 47 language tag of the site, choosing the stop-word list by its primary subtag
 *                             ("en-GB" uses English; en, de, fr, es, it, pt and nl are known, anything else uses
 *                             English) and stemming (English only: "rates" and "rate" are one term; other languages
 *                             are not stemmed); blank means "en"; default "en"
 */
public record RelatedConfig(int count, double tagWeight, double textWeight, double dateWeight, double minScore,
                            int cardinalityThreshold, int maxTermsPerDocument, double titleBoost,
                            double summaryBoost, double headingBoost, int maxBodyChars,
                            double dateHalfLifeDays, String language) {

    public RelatedConfig {
        if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0: " + count);
        }
        requireNonNegative("tagWeight", tagWeight);
        requireNonNegative("textWeight", textWeight);
        requireNonNegative("dateWeight", dateWeight);
        requireNonNegative("minScore", minScore);
        requireNonNegative("titleBoost", titleBoost);
        requireNonNegative("summaryBoost", summaryBoost);
        requireNonNegative("headingBoost", headingBoost);
        if (textWeight <= 0) {
            throw new IllegalArgumentException("textWeight must be > 0: related articles need texts that agree");
        }
        if (cardinalityThreshold < 1) {
            throw new IllegalArgumentException("cardinalityThreshold must be >= 1: " + cardinalityThreshold);
        }
        if (maxBodyChars < 0) {
            throw new IllegalArgumentException("maxBodyChars must be >= 0: " + maxBodyChars);
        }
        if (maxTermsPerDocument < 1) {
            throw new IllegalArgumentException("maxTermsPerDocument must be >= 1: " + maxTermsPerDocument);
        }
        if (!(dateHalfLifeDays > 0) || Double.isInfinite(dateHalfLifeDays)) {
            throw new IllegalArgumentException("dateHalfLifeDays must be positive and finite: " + dateHalfLifeDays);
        }
        language = Objects.requireNonNullElse(language, "").strip();
        if (language.isEmpty()) {
            language = "en";
        }
    }

    /** The tuned defaults described in the type comment. */
    public static RelatedConfig defaults() {
        return new RelatedConfig(5, 1.0, 1.0, 0.1, 0.2, 100, 50, 3.0, 2.0, 2.0, 20_000, 180.0, "en");
    }

    public RelatedConfig withCount(int count) {
        return new RelatedConfig(count, tagWeight, textWeight, dateWeight, minScore, cardinalityThreshold,
                maxTermsPerDocument, titleBoost, summaryBoost, headingBoost, maxBodyChars, dateHalfLifeDays,
                language);
    }

    public RelatedConfig withWeights(double tag, double text, double date) {
        return new RelatedConfig(count, tag, text, date, minScore, cardinalityThreshold,
                maxTermsPerDocument, titleBoost, summaryBoost, headingBoost, maxBodyChars, dateHalfLifeDays,
                language);
    }

    public RelatedConfig withTagWeight(double tag) {
        return withWeights(tag, textWeight, dateWeight);
    }

    public RelatedConfig withTextWeight(double text) {
        return withWeights(tagWeight, text, dateWeight);
    }

    public RelatedConfig withDateWeight(double date) {
        return withWeights(tagWeight, textWeight, date);
    }

    public RelatedConfig withMinScore(double minScore) {
        return new RelatedConfig(count, tagWeight, textWeight, dateWeight, minScore, cardinalityThreshold,
                maxTermsPerDocument, titleBoost, summaryBoost, headingBoost, maxBodyChars, dateHalfLifeDays,
                language);
    }

    public RelatedConfig withCardinalityThreshold(int cardinalityThreshold) {
        return new RelatedConfig(count, tagWeight, textWeight, dateWeight, minScore, cardinalityThreshold,
                maxTermsPerDocument, titleBoost, summaryBoost, headingBoost, maxBodyChars, dateHalfLifeDays,
                language);
    }

    public RelatedConfig withMaxTermsPerDocument(int maxTermsPerDocument) {
        return new RelatedConfig(count, tagWeight, textWeight, dateWeight, minScore, cardinalityThreshold,
                maxTermsPerDocument, titleBoost, summaryBoost, headingBoost, maxBodyChars, dateHalfLifeDays,
                language);
    }

    public RelatedConfig withHeadingBoost(double headingBoost) {
        return new RelatedConfig(count, tagWeight, textWeight, dateWeight, minScore, cardinalityThreshold,
                maxTermsPerDocument, titleBoost, summaryBoost, headingBoost, maxBodyChars, dateHalfLifeDays,
                language);
    }

    public RelatedConfig withBoosts(double titleBoost, double summaryBoost) {
        return new RelatedConfig(count, tagWeight, textWeight, dateWeight, minScore, cardinalityThreshold,
                maxTermsPerDocument, titleBoost, summaryBoost, headingBoost, maxBodyChars, dateHalfLifeDays,
                language);
    }

    public RelatedConfig withMaxBodyChars(int maxBodyChars) {
        return new RelatedConfig(count, tagWeight, textWeight, dateWeight, minScore, cardinalityThreshold,
                maxTermsPerDocument, titleBoost, summaryBoost, headingBoost, maxBodyChars, dateHalfLifeDays,
                language);
    }

    public RelatedConfig withDateHalfLifeDays(double dateHalfLifeDays) {
        return new RelatedConfig(count, tagWeight, textWeight, dateWeight, minScore, cardinalityThreshold,
                maxTermsPerDocument, titleBoost, summaryBoost, headingBoost, maxBodyChars, dateHalfLifeDays,
                language);
    }

    public RelatedConfig withLanguage(String language) {
        return new RelatedConfig(count, tagWeight, textWeight, dateWeight, minScore, cardinalityThreshold,
                maxTermsPerDocument, titleBoost, summaryBoost, headingBoost, maxBodyChars, dateHalfLifeDays,
                language);
    }

    private static void requireNonNegative(String name, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be finite and >= 0: " + value);
        }
    }
}
