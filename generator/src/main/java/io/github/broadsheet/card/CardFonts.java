package io.github.broadsheet.card;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The two faces a card is drawn with, loaded from font files the theme ships (never a font of the machine, which
 * would differ from one machine to the next): the default theme's are Inter Regular and Bold (OFL-1.1,
 * {@code themes/default/fonts/}).
 *
 * @param regular for the site name
 * @param bold    for the headline and the kicker
 */
public record CardFonts(Font regular, Font bold) {

    /** Loads two TrueType (or CFF OpenType) files. */
    public static CardFonts load(Path regular, Path bold) throws IOException {
        try (InputStream r = Files.newInputStream(regular); InputStream b = Files.newInputStream(bold)) {
            return load(r, b);
        }
    }

    /** Loads two TrueType (or CFF OpenType) fonts from streams, e.g. theme resources on the class path. */
    public static CardFonts load(InputStream regular, InputStream bold) throws IOException {
        try {
            return new CardFonts(Font.createFont(Font.TRUETYPE_FONT, regular), Font.createFont(Font.TRUETYPE_FONT, bold));
        } catch (FontFormatException e) {
            throw new IOException("not a TrueType or OpenType font: " + e.getMessage(), e);
        }
    }
}
