package io.github.broadsheet.page;

import freemarker.core.TemplateHTMLOutputModel;
import io.github.broadsheet.markdown.RenderedMarkdown;
import java.util.List;
import java.util.Map;

/**
 * An article as templates see it ({@code article}, and each item of {@code articles}). HTML fields are typed as
 * markup so templates print them as they are, while every plain-text field is escaped automatically. Dates and
 * times are shown in the site's time zone.
 *
 * @param title          plain text
 * @param slug           URL segment
 * @param url            root-relative link to the article's page
 * @param absUrl         absolute URL of the page
 * @param date           publication date, formatted for the site's language
 * @param time           publication time, formatted for the site's language; {@code null} for an article dated
 *                       without a time
 * @param dateIso        publication date-time, ISO 8601 (for {@code <time datetime>})
 * @param updated        last update, formatted, or {@code null}
 * @param updatedTime    time of the last update, or {@code null}
 * @param updatedIso     last update, ISO 8601, or {@code null}
 * @param author         the byline as one text: the article's authors, else the site's author
 * @param authors        the article's authors, in byline order; empty when it names none
 * @param section        the article's section, or {@code null}
 * @param kicker         the label above the headline: {@code kicker:}, else the section's name; {@code null}
 *                       without either
 * @param series         the series the article is part of, or {@code null}
 * @param seriesPart     its part in the series, from 1; 0 when it is in none
 * @param featured       marked {@code featured: true}
 * @param corrections    corrections, oldest first
 * @param tags           the article's tags
 * @param summary        plain-text summary
 * @param summaryHtml    the summary as HTML
 * @param content        the body as HTML (turned into template markup when a template reads it)
 * @param wordCount      words in the body
 * @param readingMinutes estimated reading time, at least 1
 * @param draft          a draft, shown only when drafts are built
 * @param future         dated after the build's "now", shown only when future articles are built
 * @param image          lead image as given in front-matter, or {@code null}
 * @param imageUrl       the lead image as an absolute URL, or {@code null}
 * @param toc            headings (levels 2 and 3) for a table of contents when the article asks for one
 *                       ({@code toc: true}), else empty
 * @param params         custom front-matter keys
 * @param picture        the lead image, ready for an {@code <img>}, or {@code null}
 * @param standfirst     the summary as HTML when it was written for the article (front-matter {@code summary}),
 *                       to show under the headline; {@code null} when the summary is the body's own beginning, which
 *                       the page shows anyway
 */
public record ArticleView(String title, String slug, String url, String absUrl, String date, String time,
                          String dateIso, String updated, String updatedTime, String updatedIso, String author,
                          List<AuthorView> authors, TermView section, String kicker, TermView series, int seriesPart,
                          boolean featured, List<CorrectionView> corrections, List<TermView> tags, String summary,
                          TemplateHTMLOutputModel summaryHtml, Markup content, int wordCount,
                          int readingMinutes, boolean draft, boolean future, String image, String imageUrl,
                          List<RenderedMarkdown.Heading> toc, Map<String, Object> params,
                          PictureView picture, TemplateHTMLOutputModel standfirst) {
}
