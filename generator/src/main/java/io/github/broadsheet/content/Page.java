package io.github.broadsheet.content;

import io.github.broadsheet.markdown.RenderedMarkdown;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A standalone page of {@code content/pages/} (About, Contact, Imprint, Privacy, a corrections policy), as written.
 * It has its own URL and is in the sitemap, but not in lists, feeds or search unless it asks to be.
 *
 * @param source    the file, as shown in messages
 * @param slug      its URL segment ({@code /<slug>/}), from {@code slug:} or the file name
 * @param title     plain text
 * @param date      publication date, if given
 * @param updated   last significant update, if given
 * @param summary   plain-text summary ({@code summary:}, else the first paragraph cut at a word boundary)
 * @param html      the body as HTML
 * @param draft     {@code draft: true}: left out unless drafts are built
 * @param url       an explicit site path ({@code url:}), else the page is at {@code /<slug>/}
 * @param aliases   old URLs of the page, each a redirect to it
 * @param toc       show a table of contents
 * @param headings  the body's headings
 * @param menus     the menus the page adds itself to ({@code menu: footer}, {@code menu: [header, footer]})
 * @param inLists   {@code in_lists: true}: listed in the archive, with articles
 * @param inFeeds   {@code in_feeds: true}: an entry of the site's feed (needs a date)
 * @param inSearch  {@code in_search: true}: found by the site's search
 * @param params    front-matter keys Broadsheet does not know
 * @param bundle    for a page bundle ({@code about/index.md}): its other files, copied next to the page
 * @param bundleRoot for a page bundle: its folder
 * @param keyLines  the line of each front-matter key
 */
public record Page(Path source, String slug, String title, Optional<OffsetDateTime> date,
                   Optional<OffsetDateTime> updated, String summary, String html, boolean draft, Optional<String> url,
                   List<String> aliases, boolean toc, List<RenderedMarkdown.Heading> headings, List<String> menus,
                   boolean inLists, boolean inFeeds, boolean inSearch, Map<String, Object> params, List<Path> bundle,
                   Optional<Path> bundleRoot, Map<String, Integer> keyLines) {

    public Page {
        aliases = List.copyOf(aliases);
        headings = List.copyOf(headings);
        menus = List.copyOf(menus);
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        bundle = List.copyOf(bundle);
        keyLines = Map.copyOf(keyLines);
    }

    /** The page's site path: its {@code url:}, else {@code /<slug>/}. */
    public String path() {
        return url.orElse("/" + slug + "/");
    }

    /** The line of a front-matter key, or 0. */
    public int lineOf(String key) {
        return keyLines.getOrDefault(key, 0);
    }

    /** This page with other HTML for its body: its images resized and sized for pages. */
    public Page withHtml(String body) {
        return new Page(source, slug, title, date, updated, summary, body, draft, url, aliases, toc, headings, menus,
                inLists, inFeeds, inSearch, params, bundle, bundleRoot, keyLines);
    }
}
