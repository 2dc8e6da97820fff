package io.github.broadsheet.related;

/**
 * One related link with its explainable score. The three parts are stored <em>already weighted</em>, so they add up
 * to the score: {@code score == (text + tag) + date}, where {@code text = textWeight * textSimilarity},
 * {@code tag = tagWeight * tagSimilarity} and {@code date = (text + tag) * dateWeight * dateProximity}, each
 * similarity lying in [0, 1] (see {@link RelatedConfig}). An explain output can print the four numbers as they are;
 * dividing the text or tag part by its weight gives back the raw similarity.
 *
 * @param document index of the related article in the list given to {@link RelatedArticles#compute}
 * @param score    total score, {@code text + tag + date}
 * @param tag      weighted contribution of the shared tags (their learned weights)
 * @param text     weighted contribution of the text similarity; a link always has one
 * @param date     weighted bonus for being close in date, a share of {@code text + tag}
 */
public record RelatedMatch(int document, double score, double tag, double text, double date) {
}
