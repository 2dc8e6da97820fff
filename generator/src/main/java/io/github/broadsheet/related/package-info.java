/**
 * Related-article links: {@link io.github.broadsheet.related.RelatedArticles#compute} takes every published article
 * as a {@link io.github.broadsheet.related.RelatedDocument} and returns, per article, its best
 * {@link io.github.broadsheet.related.RelatedMatch}es, scored from IDF-weighted shared tags, TF-IDF text similarity
 * and date proximity as configured by {@link io.github.broadsheet.related.RelatedConfig}. Everything else in the
 * package is internal: the tokenizer and stop words, the term dictionaries, the tag and term vectors, the inverted
 * indexes and the per-article search with its top-k selection.
 */
package io.github.broadsheet.related;
