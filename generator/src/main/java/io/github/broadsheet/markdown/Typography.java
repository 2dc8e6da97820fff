package io.github.broadsheet.markdown;

import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.Locale;

/**
 * The typographic characters of a language, set at build time by Flexmark's typographic extension: curly quotes,
 * the apostrophe, en and em dashes ({@code --}, {@code ---}) and the ellipsis ({@code ...}). Quotes follow the
 * site's language: English “…” and ‘…’, German „…“ and ‚…‘ (Swiss German «…»), French « … » with narrow no-break
 * spaces, and so on; languages not listed get the English ones. Quotes are written as the characters, dashes and
 * the ellipsis as entities (Flexmark's choice); the plain text of a body (summaries, search) has characters. Code is never touched: Flexmark does not
 * parse inlines inside code.
 *
 * @param doubleOpen  opening double quote (with its space, in French)
 * @param doubleClose closing double quote
 * @param singleOpen  opening single quote
 * @param singleClose closing single quote
 */
public record Typography(String doubleOpen, String doubleClose, String singleOpen, String singleClose) {

    /** No typography: quotes, dashes and dots stay as typed (the importer keeps an author's text as written). */
    public static final Typography NONE = new Typography("\"", "\"", "'", "'");

    private static final String NNBSP = "\u202F";
    private static final Typography ENGLISH = new Typography("\u201C", "\u201D", "\u2018", "\u2019");
    private static final Typography GERMAN = new Typography("\u201E", "\u201C", "\u201A", "\u2018");
    private static final Typography SWISS = new Typography("\u00AB", "\u00BB", "\u2039", "\u203A");
    private static final Typography FRENCH = new Typography("\u00AB" + NNBSP, NNBSP + "\u00BB", "\u2039" + NNBSP,
            NNBSP + "\u203A");
    private static final Typography GUILLEMETS = new Typography("\u00AB", "\u00BB", "\u201C", "\u201D");
    private static final Typography LOW_HIGH = new Typography("\u201E", "\u201D", "\u201A", "\u2019");
    private static final Typography NORDIC = new Typography("\u201D", "\u201D", "\u2019", "\u2019");
    private static final Typography DANISH = new Typography("\u00BB", "\u00AB", "\u203A", "\u2039");
    private static final Typography RUSSIAN = new Typography("\u00AB", "\u00BB", "\u201E", "\u201C");

    /** The characters of a language (BCP 47 tag, e.g. {@code de-CH}); English for languages not listed. */
    public static Typography of(Locale locale) {
        String language = locale.getLanguage();
        String country = locale.getCountry();
        return switch (language) {
            case "de" -> country.equals("CH") || country.equals("LI") ? SWISS : GERMAN;
            case "fr" -> FRENCH;
            case "it", "es", "ca", "el" -> GUILLEMETS;
            case "pt" -> country.equals("BR") ? ENGLISH : GUILLEMETS;
            case "nb", "nn", "no" -> new Typography("\u00AB", "\u00BB", "\u2018", "\u2019");
            case "cs", "sk", "sl", "et", "lt", "is" -> GERMAN;
            case "pl", "hu", "ro", "hr" -> LOW_HIGH;
            case "sv", "fi" -> NORDIC;
            case "da" -> DANISH;
            case "ru", "uk", "be" -> RUSSIAN;
            default -> ENGLISH;
        };
    }

    /** Switches the extension's characters to these (Flexmark's defaults are English entities). */
    void configure(MutableDataSet options) {
        options.set(TypographicExtension.DOUBLE_QUOTE_OPEN, doubleOpen);
        options.set(TypographicExtension.DOUBLE_QUOTE_CLOSE, doubleClose);
        options.set(TypographicExtension.SINGLE_QUOTE_OPEN, singleOpen);
        options.set(TypographicExtension.SINGLE_QUOTE_CLOSE, singleClose);
        // A lone ' is an apostrophe (don't, the 1990s' trams), in every language.
        options.set(TypographicExtension.SINGLE_QUOTE_UNMATCHED, "\u2019");
        options.set(TypographicExtension.ANGLE_QUOTE_OPEN, "\u00AB");
        options.set(TypographicExtension.ANGLE_QUOTE_CLOSE, "\u00BB");
        // Dashes and the ellipsis: Flexmark 0.64.8 writes &ndash;, &mdash; and &hellip; whatever the options say;
        // the HTML shows them right, and PlainText turns them into the characters.
    }

    /** What the rendered HTML depends on, for the build cache's signature. */
    String signature() {
        return doubleOpen + doubleClose + singleOpen + singleClose;
    }

    /** Whether smartening could change the text: it has a quote, a double hyphen, three dots or an angle quote. */
    static boolean mayChange(String text) {
        return text.indexOf('"') >= 0 || text.indexOf('\'') >= 0 || text.contains("--") || text.contains("..")
                || text.contains("<<") || text.contains(". .");
    }
}
