package io.github.broadsheet.markdown;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Each Markdown image's {@code <img>} carries the line it was written on ({@code data-line}), so that the build's
 * image step can name {@code file:line} for a missing image or alt text long after the Markdown was rendered. The
 * renderer counts lines from the body's first line (its cache holds bodies, not files); the article parser moves
 * them to file lines with {@link #shift}, and the image step removes the attribute ({@link #remove}) before the HTML
 * reaches a page.
 */
public final class ImageLines {

    /** The attribute's name. */
    public static final String ATTRIBUTE = "data-line";

    private static final Pattern LINE = Pattern.compile(" " + ATTRIBUTE + "=\"(\\d+)\"");

    private ImageLines() {
    }

    /** The HTML with every image line moved by {@code offset} lines (the line of the body in its file, minus 1). */
    public static String shift(String html, int offset) {
        if (offset == 0 || !html.contains(ATTRIBUTE)) {
            return html;
        }
        Matcher m = LINE.matcher(html);
        StringBuilder out = new StringBuilder(html.length() + 16);
        while (m.find()) {
            m.appendReplacement(out, " " + ATTRIBUTE + "=\"" + (Integer.parseInt(m.group(1)) + offset) + "\"");
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The HTML without the line attributes. */
    public static String remove(String html) {
        return html.contains(ATTRIBUTE) ? LINE.matcher(html).replaceAll("") : html;
    }
}
