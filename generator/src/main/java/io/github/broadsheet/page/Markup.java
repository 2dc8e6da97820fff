package io.github.broadsheet.page;

import io.github.broadsheet.text.PackedText;

/**
 * HTML the site made (an article's body), for a template to show as it is: the template engine turns it into
 * Freemarker's HTML markup at the moment a template reads it, so a view holds the body as the article does,
 * packed for a big site, instead of every body as a string for the whole of rendering.
 *
 * @param html the markup
 */
public record Markup(PackedText html) {

    /** No markup. */
    public static final Markup EMPTY = new Markup(PackedText.EMPTY);

    public Markup {
        html = html == null ? PackedText.EMPTY : html;
    }

    /** The markup as a string. */
    @Override
    public String toString() {
        return html.toString();
    }
}
