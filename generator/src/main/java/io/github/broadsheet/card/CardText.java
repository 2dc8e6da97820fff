package io.github.broadsheet.card;

/**
 * What a social card says.
 *
 * @param headline the article's title
 * @param kicker   the short label above it (the section), or empty
 * @param siteName the site's title
 */
public record CardText(String headline, String kicker, String siteName) {

    public CardText {
        headline = headline == null ? "" : headline.strip();
        kicker = kicker == null ? "" : kicker.strip();
        siteName = siteName == null ? "" : siteName.strip();
    }
}
