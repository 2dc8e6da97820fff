package io.github.broadsheet.importer.jekyll;

import io.github.broadsheet.importer.BodyNotes;
import io.github.broadsheet.importer.HeadingIds;
import io.github.broadsheet.importer.MarkdownCode;
import io.github.broadsheet.importer.SourceText;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Converts kramdown's extensions to CommonMark (Jekyll's default Markdown is kramdown): a {@code {:toc}} list becomes
 * {@code toc: true}, {@code {::comment}} blocks go, {@code {::nomarkdown}} is unwrapped; attribute lists
 * ({@code {: .class}}, {@code {:target="_blank"}}), heading ids ({@code {#id}}), {@code {::options}} and
 * abbreviations are dropped with a report line, since Broadsheet's Markdown has no such syntax. Code is left alone;
 * removed text keeps its line breaks.
 */
final class KramdownConverter {

    /** The converted text, and whether it asked for a table of contents. */
    record Result(String text, boolean toc) {
    }

    private static final Pattern TOC = Pattern.compile(
            "(?m)^[ \\t]*(?:(?:[*+-]|\\d+\\.)[ \\t]+[^\\n]*\\n[ \\t]*)?\\{:\\s*\\.?toc\\s*\\}[ \\t]*$");
    private static final Pattern COMMENT = Pattern.compile("\\{::comment\\}.*?\\{:/(?:comment)?\\}", Pattern.DOTALL);
    private static final Pattern NOMARKDOWN = Pattern.compile("\\{::nomarkdown\\}|\\{:/nomarkdown\\}");
    private static final Pattern OPTIONS = Pattern.compile("\\{::options[^}]*/\\}");
    private static final Pattern ATTRIBUTES = Pattern.compile("\\{:(?![:/])[^}\\n]*\\}");
    private static final Pattern ABBREVIATION = Pattern.compile("(?m)^\\*\\[[^\\]\\n]+\\]:[^\\n]*$");

    private KramdownConverter() {
    }

    /** A replacement for one match, told the match and its line. */
    private interface Replacement {
        String apply(Matcher match, int line);
    }

    static Result convert(String text, BodyNotes notes) {
        boolean[] toc = {false};
        String out = replace(text, TOC, (m, line) -> {
            toc[0] = true;
            return SourceText.newlines(m.group());
        });
        out = replace(out, COMMENT, (m, line) -> SourceText.newlines(m.group()));
        out = replace(out, NOMARKDOWN, (m, line) -> "");
        out = replace(out, OPTIONS, (m, line) -> {
            notes.note(line, "kramdown " + m.group() + " dropped: Broadsheet does not read kramdown options");
            return "";
        });
        out = HeadingIds.drop(out, notes);
        out = replace(out, ATTRIBUTES, (m, line) -> {
            notes.note(line, "kramdown attribute list " + m.group() + " dropped: Broadsheet's Markdown has no"
                    + " attribute lists");
            return "";
        });
        out = replace(out, ABBREVIATION, (m, line) -> {
            notes.note(line, "kramdown abbreviation " + m.group().strip() + " dropped");
            return "";
        });
        return new Result(out, toc[0]);
    }

    /**
     * Replaces the matches outside code. Every replacement keeps the line breaks it removes, so a line counted in
     * this pass's text is the line in the source.
     */
    private static String replace(String text, Pattern pattern, Replacement with) {
        MarkdownCode code = MarkdownCode.of(text);
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        while (m.find()) {
            if (code.isCode(m.start())) {
                continue;
            }
            out.append(text, at, m.start()).append(with.apply(m, BodyNotes.lineAt(text, m.start())));
            at = m.end();
        }
        return out.append(text, at, text.length()).toString();
    }

}
