package io.github.broadsheet.page;

/**
 * A correction of an article ({@code article.corrections}), oldest first.
 *
 * @param date    when it was corrected, written out in the site's language and time zone
 * @param dateIso the same, ISO 8601
 * @param text    what was corrected, plain text
 */
public record CorrectionView(String date, String dateIso, String text) {
}
