package io.github.broadsheet.related;

import java.util.Objects;

/**
 * Typed configuration of the related-articles step, in the spirit of Hugo's {@code related.Config}. Every
 * similarity the score is built from lies in [0, 1], so the three weights say directly how much each kind of
 * evidence can contribute; with the defaults they add up to 1 and so does the best possible score.
 *
 * <p>How the defaults were chosen: tags are curated by editors and therefore the most precise evidence, so they get
 * the largest weight (0.5); text similarity catches related articles that were tagged differently, so it gets
 * nearly as much (0.4) — one story covered twice without a shared tag typically reaches a text similarity of 0.2-0.5,
 * i.e. 0.08-0.2 points, comfortably above {@code minScore}. Date is a tie-breaker-like bonus (0.1) that can reorder
 * articles that are related anyway but never makes an article related on its own. {@code minScore} (0.05) sits above
 * what sharing only a site-wide generic tag such as "news" yields (its IDF weight is tiny, giving roughly 0.01-0.03
 * points) plus the background text similarity of unrelated articles (typically below 0.05 cosine, i.e. 0.02 points),
 * and below one shared topic tag (0.1-0.4 points). The values were checked against a three-topic fixture corpus in
 * the tests and against synthetic 100,000-article corpora.
 *
 * @param count                maximum number of related articles per article ({@code >= 0}); default 5
 * @param tagWeight            weight of the tag similarity: IDF-weighted cosine of the two tag sets, where a tag's
 *                             weight is {@code ln(N/df) / ln(N/2)} (1 for a tag on two articles, 0 for a tag on every
 *                             article) and each tag vector carries a constant unshared component of 0.5, so that
 *                             sharing only common tags stays small even for articles with a single tag; default 0.5
 * @param textWeight           weight of the text similarity: cosine of TF-IDF vectors over title, summary and body,
 *                             stop words removed, each vector cut to its {@code maxTermsPerDocument} most distinctive
 *                             terms; default 0.4
 * @param dateWeight           weight of the date proximity {@code 2^(-|days apart| / dateHalfLifeDays)}; it is added
 *                             only to candidates that already share tags or text and is not counted against
 *                             {@code minScore}; default 0.1
 * @param minScore             minimum of {@code tag + text} (weighted, without the date bonus) for an article to be
 *                             listed at all; an article related to nothing gets an empty list; default 0.05
 * @param cardinalityThreshold keys (tags or text terms) used by more than this many articles are too common to find
 *                             candidates through; they still count in the score. A common tag contributes the
 *                             articles nearest in date that carry it (a window of {@code max(16, 4 * count)} on each
 *                             side), a common term only scores candidates found otherwise. This bounds the work per
 *                             article, like Hugo's {@code cardinalityThreshold} but as an absolute count; default 250
 * @param maxTermsPerDocument  number of highest-TF-IDF terms kept per article (the text vector); default 40
 * @param titleBoost           how many times a title term counts compared with a body term; default 3
 * @param summaryBoost         how many times a summary term counts compared with a body term; default 2
 * @param dateHalfLifeDays     days apart at which the date proximity halves; default 180
 * @param language             BCP 47 language tag of the site, choosing the stop-word list by its primary subtag
 *                             ("en-GB" uses English); en, de, fr, es, it, pt and nl are known, anything else uses
 *                             English; default "en"
 */
public record RelatedConfig(int count, double tagWeight, double textWeight, double dateWeight, double minScore,
                            int cardinalityThreshold, int maxTermsPerDocument, double titleBoost,
                            double summaryBoost, double dateHalfLifeDays, String language) {

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
        return new RelatedConfig(5, 0.5, 0.4, 0.1, 0.05, 250, 40, 3.0, 2.0, 180.0, "en");
    }

    public RelatedConfig withCount(int count) {
        return new RelatedConfig(count, tagWeight, textWeight, dateWeight, minScore, cardinalityThreshold,
                maxTermsPerDocument, titleBoost, summaryBoost, dateHalfLifeDays, language);
    }

    public RelatedConfig withWeights(double tag, double text, double date) {
        return new RelatedConfig(count, tag, text, date, minScore, cardinalityThreshold,
                maxTermsPerDocument, titleBoost, summaryBoost, dateHalfLifeDays, language);
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
                maxTermsPerDocument, titleBoost, summaryBoost, dateHalfLifeDays, language);
    }

    public RelatedConfig withCardinalityThreshold(int cardinalityThreshold) {
        return new RelatedConfig(count, tagWeight, textWeight, dateWeight, minScore, cardinalityThreshold,
                maxTermsPerDocument, titleBoost, summaryBoost, dateHalfLifeDays, language);
    }

    public RelatedConfig withMaxTermsPerDocument(int maxTermsPerDocument) {
        return new RelatedConfig(count, tagWeight, textWeight, dateWeight, minScore, cardinalityThreshold,
                maxTermsPerDocument, titleBoost, summaryBoost, dateHalfLifeDays, language);
    }

    public RelatedConfig withBoosts(double titleBoost, double summaryBoost) {
        return new RelatedConfig(count, tagWeight, textWeight, dateWeight, minScore, cardinalityThreshold,
                maxTermsPerDocument, titleBoost, summaryBoost, dateHalfLifeDays, language);
    }

    public RelatedConfig withDateHalfLifeDays(double dateHalfLifeDays) {
        return new RelatedConfig(count, tagWeight, textWeight, dateWeight, minScore, cardinalityThreshold,
                maxTermsPerDocument, titleBoost, summaryBoost, dateHalfLifeDays, language);
    }

    public RelatedConfig withLanguage(String language) {
        return new RelatedConfig(count, tagWeight, textWeight, dateWeight, minScore, cardinalityThreshold,
                maxTermsPerDocument, titleBoost, summaryBoost, dateHalfLifeDays, language);
    }

    private static void requireNonNegative(String name, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be finite and >= 0: " + value);
        }
    }
}
