package io.github.broadsheet.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Heading ids written as attributes ({@code ## Results {#results}}), which kramdown and Hugo's Goldmark read and
 * Broadsheet's Markdown does not: the attribute is dropped with a report line, since links to the old id need the
 * id Broadsheet gives the heading. Code is left alone; line breaks are kept.
 */
public final class HeadingIds {

    private static final Pattern HEADING_ID = Pattern.compile("(?m)^(#{1,6}[ \\t].*?)[ \\t]*\\{#([^}\\s]+)\\}[ \\t]*$");

    private HeadingIds() {
    }

    public static String drop(String text, BodyNotes notes) {
        MarkdownCode code = MarkdownCode.of(text);
        Matcher m = HEADING_ID.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        while (m.find()) {
            if (code.isCode(m.start())) {
                continue;
            }
            notes.note(BodyNotes.lineAt(text, m.start()), "heading id {#" + m.group(2) + "} dropped: Broadsheet"
                    + " gives headings ids of its own; links to #" + m.group(2) + " need the new id");
            out.append(text, at, m.start()).append(m.group(1));
            at = m.end();
        }
        return out.append(text, at, text.length()).toString();
    }
}
