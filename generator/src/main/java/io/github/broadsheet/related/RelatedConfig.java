package io.github.broadsheet.related;

import java.util.Objects;

/**
 * Typed configuration of the related-articles step, in the spirit of Hugo's {@code related.Config}. The score of a
 * pair is {@code tagWeight * tag + textWeight * text + dateWeight * date}, and each of the three similarities lies
 * in [0, 1], so a weight says directly how much that kind of evidence can add; with the defaults the weights sum to
 * 1 and so does the best possible score.
 *
 * <p>How the defaults were chosen. Tags are curated by editors, the most precise evidence, so they weigh most (0.5);
 * text catches related articles that were tagged differently and weighs nearly as much (0.4); the date is a small
 * bonus (0.1) that reorders articles related anyway and, not counting towards {@code minScore}, never makes an
 * article related on its own. {@code minScore} (0.08) was set between what unrelated articles reach and what related
 * ones reach, measured on the three-topic fixture corpus of the tests: sharing only a generic tag like "news" (on
 * most articles, so its IDF weight is tiny) gives 0.01-0.03; two texts sharing a couple of incidental words
 * ("results", "days") give up to about 0.06; one shared topic tag gives 0.12-0.2, and the same story told twice
 * without any shared tag reaches 0.2-0.27 through the text alone. So (a) a same-topic article always ranks above
 * one sharing only the generic tag, and (b) a same-story article with no tag in common is still found. The
 * remaining knobs were sized for speed at 100,000 articles without losing much quality: on a synthetic
 * 3,000-article corpus the pruned index finds about 93% of the links an exhaustive search over all pairs lists, and
 * the same best link for about 96% of the articles.
 *
 * @param count                maximum number of related articles per article ({@code >= 0}); default 5
 * @param tagWeight            weight of the tag similarity: cosine of the two articles' IDF-weighted tag sets, a
 *                             tag weighing {@code ln(N/df) / ln(N/2)} (1 for a tag on two articles, 0 for one on
 *                             every article), each set also carrying a constant unshared weight of 0.71 so that
 *                             sharing only common tags stays small even for articles with few tags; default 0.5
 * @param textWeight           weight of the text similarity: cosine of the TF-IDF vectors of title, summary and
 *                             body (stop words removed, each vector cut to its {@code maxTermsPerDocument} most
 *                             distinctive terms), counted only when the two share at least two terms; default 0.4
 * @param dateWeight           weight of the date proximity {@code 2^(-|days apart| / dateHalfLifeDays)}, added only
 *                             to articles already related by tags or text; default 0.1
 * @param minScore             minimum of {@code tag + text} (weighted, without the date bonus) for an article to be
 *                             listed at all; an article related to nothing gets an empty list; default 0.08
 * @param cardinalityThreshold tags and terms used by more than this many articles are too common to look for
 *                             candidates through, which bounds the work per article (like Hugo's
 *                             {@code cardinalityThreshold}, but an absolute count). They still count in the score: a
 *                             common tag contributes the articles nearest in date that carry it, up to
 *                             {@code max(16, 4 * count)} on either side, and a common term scores the candidates
 *                             found otherwise; default 100
 * @param maxTermsPerDocument  number of highest-TF-IDF terms kept per article (the text vector); default 40
 * @param titleBoost           how many times a title word counts compared with a body word; default 3
 * @param summaryBoost         how many times a summary word counts compared with a body word; default 2
 * @param maxBodyChars         how much of the body is read, in characters (a word cut by the limit is read to its
 *                             end); reading is most of the cost, and an article's topic is set out early, so a
 *                             lower limit trades little quality for speed on large sites (0 reads title and summary
 *                             only); default 20,000 (about 3,000 words: only very long articles are cut)
 * @param dateHalfLifeDays     days apart at which the date proximity halves; default 180
 * @param language             BCP 47 language tag of the site, choosing the stop-word list by its primary subtag
 *                             ("en-GB" uses English); en, de, fr, es, it, pt and nl are known, anything else uses
 *                             English; blank means "en"; default "en"
 */
public record RelatedConfig(int count, double tagWeight, double textWeight, double dateWeight, double minScore,
                            int cardinalityThreshold, int maxTermsPerDocument, double titleBoost,
                            double summaryBoost, int maxBodyChars, double dateHalfLifeDays, String language) {

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
        if (tagWeight + textWeight <= 0) {
            throw new IllegalArgumentException("tagWeight + textWeight must be > 0, or nothing can be related");
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
        return new RelatedConfig(5, 0.5, 0.4, 0.1, 0.08, 100, 40, 3.0, 2.0, 20_000, 180.0, "en");
    }

    public RelatedConfig withCount(int count) {
        return new RelatedConfig(count, tagWeight, textWeight, dateWeight, minScore, cardinalityThreshold,
                maxTermsPerDocument, titleBoost, summaryBoost, maxBodyChars, dateHalfLifeDays, language);
    }

    public RelatedConfig withWeights(double tag, double text, double date) {
        return new RelatedConfig(count, tag, text, date, minScore, cardinalityThreshold,
                maxTermsPerDocument, titleBoost, summaryBoost, maxBodyChars, dateHalfLifeDays, language);
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
                maxTermsPerDocument, titleBoost, summaryBoost, maxBodyChars, dateHalfLifeDays, language);
    }

    public RelatedConfig withCardinalityThreshold(int cardinalityThreshold) {
        return new RelatedConfig(count, tagWeight, textWeight, dateWeight, minScore, cardinalityThreshold,
                maxTermsPerDocument, titleBoost, summaryBoost, maxBodyChars, dateHalfLifeDays, language);
    }

    public RelatedConfig withMaxTermsPerDocument(int maxTermsPerDocument) {
        return new RelatedConfig(count, tagWeight, textWeight, dateWeight, minScore, cardinalityThreshold,
                maxTermsPerDocument, titleBoost, summaryBoost, maxBodyChars, dateHalfLifeDays, language);
    }

    public RelatedConfig withBoosts(double titleBoost, double summaryBoost) {
        return new RelatedConfig(count, tagWeight, textWeight, dateWeight, minScore, cardinalityThreshold,
                maxTermsPerDocument, titleBoost, summaryBoost, maxBodyChars, dateHalfLifeDays, language);
    }

    public RelatedConfig withMaxBodyChars(int maxBodyChars) {
        return new RelatedConfig(count, tagWeight, textWeight, dateWeight, minScore, cardinalityThreshold,
                maxTermsPerDocument, titleBoost, summaryBoost, maxBodyChars, dateHalfLifeDays, language);
    }

    public RelatedConfig withDateHalfLifeDays(double dateHalfLifeDays) {
        return new RelatedConfig(count, tagWeight, textWeight, dateWeight, minScore, cardinalityThreshold,
                maxTermsPerDocument, titleBoost, summaryBoost, maxBodyChars, dateHalfLifeDays, language);
    }

    public RelatedConfig withLanguage(String language) {
        return new RelatedConfig(count, tagWeight, textWeight, dateWeight, minScore, cardinalityThreshold,
                maxTermsPerDocument, titleBoost, summaryBoost, maxBodyChars, dateHalfLifeDays, language);
    }

    private static void requireNonNegative(String name, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be finite and >= 0: " + value);
        }
    }
}
