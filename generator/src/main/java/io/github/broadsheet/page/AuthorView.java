package io.github.broadsheet.page;

import freemarker.core.TemplateHTMLOutputModel;
import java.util.List;

/**
 * An author as templates see it: in bylines ({@code article.authors}) and on the author's page ({@code author}).
 * Authors named in front-matter without an author file have a name and a page, nothing more. The number of their
 * articles is their {@link TermView}'s: here it would make every page with their byline change with each article
 * they publish.
 *
 * @param id          the author's id (the file name in {@code content/authors/}, else the slug of the name)
 * @param name        the name
 * @param role        the job, e.g. {@code Transport correspondent}; may be empty
 * @param url         root-relative link to the author's page; {@code null} when the site publishes no author pages
 * @param feedUrl     root-relative link to the author's Atom feed, or {@code null} likewise
 * @param photo       the photo's URL (root-relative for the site's own files), or {@code null}
 * @param photoWidth  the photo's width in pixels, 0 when unknown
 * @param photoHeight the photo's height in pixels, 0 when unknown
 * @param links       the author's links (website, Mastodon, e-mail, ...), in front-matter order
 * @param bio         the bio, as HTML; empty without an author file
 */
public record AuthorView(String id, String name, String role, String url, String feedUrl, String photo,
                         int photoWidth, int photoHeight, List<LinkView> links, TemplateHTMLOutputModel bio) {
}
