package io.github.broadsheet.related;

import io.github.broadsheet.text.PackedText;
import java.util.List;
import java.util.Objects;

/**
 * One published article as the related-articles step sees it. {@code tags} are the tags as written: the model
 * folds case and spacing itself, so "Explainer" and "explainer " are one tag. {@code text} is the plain text of the
 * body without HTML (headings included), and {@code epochDay} is the publication date as
 * {@link java.time.LocalDate#toEpochDay()}. Slugs should be unique: the slug is part of the deterministic
 * tie-break, and only exact duplicates of (date, slug) fall back to input order.
 *
 * @param slug     unique, stable article identifier; must not be {@code null}
 * @param tags     tags, no {@code null} elements; {@code null} means none, blank tags are ignored
 * @param title    article title; {@code null} means empty
 * @param summary  one-sentence summary or lead; {@code null} means empty
 * @param headings the text of the body's headings, one per line; {@code null} means none
 * @param text     plain body text, packed or not (a big site's bodies are packed: {@link PackedText}); read one
 *                 document at a time, so unpacked texts are not all held at once; {@code null} means empty
 * @param epochDay publication day, days since 1970-01-01
 */
public record RelatedDocument(String slug, List<String> tags, String title, String summary, String headings,
                              PackedText text, long epochDay) {

    public RelatedDocument {
        Objects.requireNonNull(slug, "slug");
        tags = tags == null ? List.of() : List.copyOf(tags);
        title = title == null ? "" : title;
        summary = summary == null ? "" : summary;
        headings = headings == null ? "" : headings;
        text = text == null ? PackedText.EMPTY : text;
    }

    /** A document whose text is a plain string. */
    public RelatedDocument(String slug, List<String> tags, String title, String summary, String headings,
                           String text, long epochDay) {
        this(slug, tags, title, summary, headings, PackedText.of(text), epochDay);
    }

    /** An article without separate headings (their words still count as body text). */
    public RelatedDocument(String slug, List<String> tags, String title, String summary, String text,
                           long epochDay) {
        this(slug, tags, title, summary, "", text, epochDay);
    }
}
