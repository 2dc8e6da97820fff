package io.github.broadsheet.page;

import freemarker.core.TemplateHTMLOutputModel;
import io.github.broadsheet.markdown.RenderedMarkdown;
import java.util.List;
import java.util.Map;

/**
 * A page of {@code content/pages/} as templates see it ({@code page}).
 *
 * @param title      plain text
 * @param url        root-relative link to the page
 * @param absUrl     absolute URL of the page
 * @param date       its date, written out, or {@code null} when it has none
 * @param dateIso    the same, ISO 8601, or {@code null}
 * @param updated    its last update, written out, or {@code null}
 * @param updatedIso the same, ISO 8601, or {@code null}
 * @param summary    plain-text summary
 * @param content    the body as HTML
 * @param toc        headings (levels 2 and 3) when the page asks for a table of contents, else empty
 * @param params     custom front-matter keys
 */
public record StandalonePageView(String title, String url, String absUrl, String date, String dateIso, String updated,
                                 String updatedIso, String summary, TemplateHTMLOutputModel content,
                                 List<RenderedMarkdown.Heading> toc, Map<String, Object> params) {
}
