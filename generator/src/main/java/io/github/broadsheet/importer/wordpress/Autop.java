package io.github.broadsheet.importer.wordpress;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * WordPress's {@code wpautop}, simplified: the classic editor saves text with blank lines between paragraphs and
 * single line breaks inside them, and WordPress adds {@code <p>} and {@code <br />} when it shows the post. Text
 * between blank lines that does not start with a block element becomes a paragraph; its single line breaks become
 * {@code <br />}. {@code <pre>} is left alone. Every line break stays where it was, so lines keep their numbers.
 */
final class Autop {

    private static final Pattern BLOCK_START = Pattern.compile("^\\s*<(?:/?)(?:table|thead|tfoot|caption|col|colgroup"
            + "|tbody|tr|td|th|div|dl|dd|dt|ul|ol|li|pre|form|map|area|blockquote|address|math|style|p|h[1-6]|hr"
            + "|fieldset|legend|section|article|aside|hgroup|header|footer|nav|figure|figcaption|details|menu|summary"
            + "|iframe|video|audio|script|object|embed|noscript|center)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PRE = Pattern.compile("<pre\\b.*?</pre>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern BLANK_LINES = Pattern.compile("\\n[ \\t]*\\n(?:[ \\t]*\\n)*");

    private Autop() {
    }

    static String paragraphs(String text) {
        // <pre> may hold blank lines of its own: set aside, without its line breaks moving.
        List<String> pre = new ArrayList<>();
        Matcher m = PRE.matcher(text);
        StringBuilder held = new StringBuilder();
        while (m.find()) {
            pre.add(m.group());
            m.appendReplacement(held, Matcher.quoteReplacement("<pre>\u0000" + (pre.size() - 1) + "\u0000</pre>"));
        }
        m.appendTail(held);
        StringBuilder out = new StringBuilder(text.length() + 64);
        Matcher blank = BLANK_LINES.matcher(held);
        int at = 0;
        while (blank.find()) {
            out.append(chunk(held.substring(at, blank.start()))).append(blank.group().replaceAll("[ \\t]", ""));
            at = blank.end();
        }
        out.append(chunk(held.substring(at)));
        String result = out.toString();
        for (int i = 0; i < pre.size(); i++) {
            result = result.replace("<pre>\u0000" + i + "\u0000</pre>", pre.get(i));
        }
        return result;
    }

    private static String chunk(String chunk) {
        if (chunk.isBlank() || BLOCK_START.matcher(chunk).find()) {
            return chunk;
        }
        String lead = chunk.substring(0, chunk.length() - chunk.stripLeading().length());
        String body = chunk.strip();
        String trail = chunk.substring(lead.length() + body.length());
        return lead + "<p>" + body.replaceAll("(?<!<br />|<br>|<br/>)\\n", "<br />\n") + "</p>" + trail;
    }
}
