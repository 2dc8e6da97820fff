package io.github.broadsheet.content;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What a newsroom says about an article besides its text: the desk it belongs to, who wrote it, the series it is
 * part of, whether it may lead the front page, its kicker and its corrections. Front-matter {@code section},
 * {@code authors} (or {@code author}), {@code series}, {@code featured}, {@code kicker} and {@code corrections}.
 *
 * @param section     the section as written, or empty
 * @param authors     author ids or names as written, in order (from {@code authors:}, else {@code author:}); empty
 *                    for the site's default author
 * @param series      the series as written, or empty
 * @param featured    {@code featured: true}: a candidate for the front page's lead story
 * @param kicker      the short label above the headline, or empty (themes show the section then)
 * @param corrections corrections of the article, oldest first
 */
public record Editorial(String section, List<String> authors, String series, boolean featured, String kicker,
                        List<Correction> corrections) {

    /** An article without any of these keys. */
    public static final Editorial NONE = new Editorial("", List.of(), "", false, "", List.of());

    public Editorial {
        authors = List.copyOf(authors);
        corrections = List.copyOf(corrections);
    }

    /**
     * One correction of an article: when it was made and what was wrong.
     *
     * @param date when the article was corrected
     * @param text what was corrected, plain text
     */
    public record Correction(OffsetDateTime date, String text) {
    }
}
