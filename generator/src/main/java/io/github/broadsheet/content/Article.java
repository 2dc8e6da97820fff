package io.github.broadsheet.content;

import io.github.broadsheet.markdown.RenderedMarkdown;
import io.github.broadsheet.text.PackedText;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One article as written: front-matter values checked and typed, the body rendered. Immutable. Site-wide facts
 * (URL, tag pages, related articles, neighbours) are not here; they belong to the {@code Site} model.
 *
 * @param source       the file, as shown in messages (relative to the project)
 * @param slug         the URL segment of the article, unique in the site
 * @param title        plain text, escaped by templates
 * @param date         publication date
 * @param updated      last significant update, if given
 * @param author       author name, or empty for the site's default author
 * @param tags         tag names as written (trimmed, inner whitespace collapsed), in front-matter order
 * @param summary      plain-text summary: front-matter {@code summary}, else the text before {@code <!--more-->},
 *                     else the first paragraph cut at a word boundary
 * @param summaryHtml  the same summary as HTML
 * @param bodyHtml     the body as HTML (read it with {@link #html()})
 * @param bodyText     the body as plain text (read it with {@link #text()}; empty in the site model: see
 *                     {@link #withoutText()})
 * @param wordCount    words in the body
 * @param draft        marked {@code draft: true}
 * @param image        optional lead image (URL or path relative to the article)
 * @param aliases      old URLs of this article
 * @param url          an explicit site path for this article ({@code url:} in front-matter), overriding the
 *                     permalink pattern
 * @param toc          show a table of contents ({@code toc: true})
 * @param headings     the body's headings, for the table of contents
 * @param params       every front-matter key this class does not know, for templates ({@code article.params.foo})
 * @param bundle       for article bundles: the files to copy next to the page, absolute
 * @param bundleRoot   for article bundles: the bundle's folder; empty otherwise
 * @param keyLines     the line of each front-matter key in the file, for problems found after parsing
 * @param categories   Jekyll's categories (folders above {@code _posts}, then {@code categories:}/{@code category:}),
 *                     for the {@code :categories} permalink placeholder
 * @param expires      when the article leaves the site (Hugo's {@code expiryDate}), if given
 * @param editorial    section, authors, series, featured flag, kicker and corrections
 * @param summaryWritten the summary was written for it ({@code summary}, {@code excerpt} or {@code description} in
 *                     front-matter) rather than taken from the body's beginning, which a page would then show twice
 */
public record Article(Path source, String slug, String title, OffsetDateTime date, Optional<OffsetDateTime> updated,
                      String author, List<String> tags, String summary, String summaryHtml, PackedText bodyHtml,
                      PackedText bodyText,
                      int wordCount, boolean draft, Optional<String> image, List<String> aliases,
                      Optional<String> url, boolean toc, List<RenderedMarkdown.Heading> headings,
                      Map<String, Object> params, List<Path> bundle, Optional<Path> bundleRoot,
                      Map<String, Integer> keyLines, List<String> categories, Optional<OffsetDateTime> expires,
                      Editorial editorial, boolean summaryWritten) {

    public Article {
        tags = List.copyOf(tags);
        aliases = List.copyOf(aliases);
        headings = List.copyOf(headings);
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        bundle = List.copyOf(bundle);
        keyLines = Map.copyOf(keyLines);
        categories = List.copyOf(categories);
        editorial = editorial == null ? Editorial.NONE : editorial;
        bodyHtml = bodyHtml == null ? PackedText.EMPTY : bodyHtml;
        bodyText = bodyText == null ? PackedText.EMPTY : bodyText;
    }

    /** The body as HTML. */
    public String html() {
        return bodyHtml.toString();
    }

    /** The body as plain text: empty in the site model (see {@link #withoutText()}). */
    public String text() {
        return bodyText.toString();
    }

    /**
     * This article with its body's HTML and text packed ({@link PackedText#packed()}): what a big site holds
     * between reading and rendering.
     */
    public Article packed() {
        return new Article(source, slug, title, date, updated, author, tags, summary, summaryHtml, bodyHtml.packed(),
                bodyText.packed(), wordCount, draft, image, aliases, url, toc, headings, params, bundle, bundleRoot,
                keyLines, categories, expires, editorial, summaryWritten);
    }

    /**
     * When the article last changed: the latest of its date, its update and its corrections (a correction changes
     * the article as much as an update does).
     */
    public OffsetDateTime lastChange() {
        OffsetDateTime last = updated.filter(u -> u.isAfter(date)).orElse(date);
        for (Editorial.Correction correction : editorial.corrections()) {
            if (correction.date().isAfter(last)) {
                last = correction.date();
            }
        }
        return last;
    }

    /**
     * The moments this article changes the site by itself, without an edit: it appears at its date (when that is
     * in the future) and leaves at its expiry; a build with nothing changed still rebuilds once one has passed.
     */
    public List<Instant> scheduledChanges() {
        return expires.isEmpty() ? List.of(date.toInstant()) : List.of(date.toInstant(), expires.get().toInstant());
    }

    /** The line of a front-matter key in the file, or 0 when the key is not there. */
    public int lineOf(String key) {
        return keyLines.getOrDefault(key, 0);
    }

    /**
     * This article without its plain text, which only the site model's assembly reads (related articles, search
     * words); the model keeps articles without it, so a big site's text is not held while pages are rendered.
     */
    public Article withoutText() {
        return new Article(source, slug, title, date, updated, author, tags, summary, summaryHtml, bodyHtml,
                PackedText.EMPTY, wordCount, draft, image, aliases, url, toc, headings, params, bundle, bundleRoot, keyLines,
                categories, expires, editorial, summaryWritten);
    }

    /** This article with other aliases: relative ones resolved once its page path is known. */
    public Article withAliases(List<String> resolved) {
        return new Article(source, slug, title, date, updated, author, tags, summary, summaryHtml, bodyHtml,
                bodyText, wordCount, draft, image, resolved, url, toc, headings, params, bundle, bundleRoot, keyLines,
                categories, expires, editorial, summaryWritten);
    }

    /**
     * This article with other HTML for its body and summary: its images resized and sized for pages. The body is
     * packed when this one's was.
     */
    public Article withHtml(String body, String summary) {
        PackedText html = bodyHtml.isPacked() ? PackedText.of(body).packed() : PackedText.of(body);
        return new Article(source, slug, title, date, updated, author, tags, this.summary, summary, html, bodyText,
                wordCount, draft, image, aliases, url, toc, headings, params, bundle, bundleRoot, keyLines,
                categories, expires, editorial, summaryWritten);
    }

    /** A custom front-matter value, or {@code null}: the escape hatch for keys Broadsheet does not know. */
    public Object data(String key) {
        return params.get(key);
    }
}
