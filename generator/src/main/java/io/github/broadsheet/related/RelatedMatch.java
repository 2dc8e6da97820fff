package io.github.broadsheet.related;

/**
 * One related link with its explainable score. The three parts are stored <em>already weighted</em>, so they add up
 * to the score: {@code score == (tag + text) + date}, where {@code tag = tagWeight * tagSimilarity},
 * {@code text = textWeight * textSimilarity} and {@code date = dateWeight * dateProximity}, and each similarity lies
 * in [0, 1] (see {@link RelatedConfig}). An explain output can print the four numbers as they are; dividing a part by
 * its weight gives back the raw similarity.
 *
 * @param document index of the related article in the list given to {@link RelatedArticles#compute}
 * @param score    total score, {@code tag + text + date}; at most the sum of the three weights
 * @param tag      weighted contribution of the shared tags (IDF-weighted)
 * @param text     weighted contribution of the text similarity (TF-IDF cosine)
 * @param date     weighted bonus for being close in date; only ever present when {@code tag + text > 0}
 */
public record RelatedMatch(int document, double score, double tag, double text, double date) {
}
