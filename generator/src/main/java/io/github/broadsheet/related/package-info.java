/**
 * Related-article links: {@link io.github.broadsheet.related.RelatedArticles#compute} takes every published article
 * as a {@link io.github.broadsheet.related.RelatedDocument} and returns, per article, its best
 * {@link io.github.broadsheet.related.RelatedMatch}es: articles whose texts agree, ranked by text similarity plus the
 * learned weights of shared tags, with a small bonus for being close in date, as configured by
 * {@link io.github.broadsheet.related.RelatedConfig}; {@link io.github.broadsheet.related.RelatedArticles#explain}
 * adds a {@link io.github.broadsheet.related.RelatedCandidate} list per article saying why. Everything else in the
 * package is internal: the tokenizer, stop words and stemmer, the term dictionaries, the tag and term vectors, the
 * inverted indexes, the per-article search with its top-k selection, and the explainer.
 */
package io.github.broadsheet.related;
