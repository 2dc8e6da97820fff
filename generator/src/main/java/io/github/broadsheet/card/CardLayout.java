package io.github.broadsheet.card;

import java.awt.Color;
import java.util.regex.Pattern;

/**
 * Where and how a social card draws its parts: sizes in pixels, colours as {@code #rrggbb}. A theme can change any
 * of it (its colours, a larger headline, no accent bar); {@link #defaults()} is the default theme's card. The card
 * is a {@code width} x {@code height} image: an accent bar along the top, the kicker (the section) in the accent
 * colour, the headline below it wrapped to at most {@code headlineMaxLines} lines (cut with an ellipsis), and the
 * site's name at the bottom, in the muted colour, above a thin rule.
 *
 * @param width              1200 for OpenGraph and Twitter's large card
 * @param height             630
 * @param margin             space around the text
 * @param background         the card's colour
 * @param foreground         the headline's colour
 * @param accent             the bar's and the kicker's colour
 * @param muted              the site name's and the rule's colour
 * @param accentBarHeight    0 for no bar
 * @param kickerSize         font size of the kicker (bold, upper case); 0 for no kicker
 * @param headlineSize       font size of the headline (bold)
 * @param headlineLineHeight line distance as a multiple of the headline's size
 * @param headlineMaxLines   lines of headline at most; a longer one ends in an ellipsis
 * @param siteNameSize       font size of the site name (regular)
 */
public record CardLayout(int width, int height, int margin, String background, String foreground, String accent,
                         String muted, int accentBarHeight, float kickerSize, float headlineSize,
                         float headlineLineHeight, int headlineMaxLines, float siteNameSize) {

    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    public CardLayout {
        if (width < 200 || height < 100 || width > 4096 || height > 4096) {
            throw new IllegalArgumentException("card size " + width + "x" + height + " must be 200x100 to 4096x4096");
        }
        if (margin < 0 || 2 * margin >= Math.min(width, height)) {
            throw new IllegalArgumentException("card margin " + margin + " leaves no room for text");
        }
        for (String colour : new String[] {background, foreground, accent, muted}) {
            if (colour == null || !COLOUR.matcher(colour).matches()) {
                throw new IllegalArgumentException("card colour '" + colour + "' must be written #rrggbb");
            }
        }
        if (headlineSize <= 0 || headlineLineHeight <= 0 || headlineMaxLines < 1 || kickerSize < 0
                || siteNameSize <= 0 || accentBarHeight < 0) {
            throw new IllegalArgumentException("card sizes must be positive and the headline needs a line");
        }
    }

    /** The default theme's card: its paper background, ink, red accent and grey (style.css's light colours). */
    public static CardLayout defaults() {
        return new CardLayout(1200, 630, 72, "#fdfcf9", "#1d1d1b", "#b3261e", "#5c5a55", 14, 30f, 66f, 1.14f, 4,
                30f);
    }

    /** The same layout with other colours (a theme's, or dark ones). */
    public CardLayout withColours(String background, String foreground, String accent, String muted) {
        return new CardLayout(width, height, margin, background, foreground, accent, muted, accentBarHeight,
                kickerSize, headlineSize, headlineLineHeight, headlineMaxLines, siteNameSize);
    }

    static Color colour(String hex) {
        return new Color(Integer.parseInt(hex.substring(1), 16));
    }
}
