package io.github.broadsheet.importer;

/**
 * Small text operations every conversion pass needs: the line breaks of removed text (kept, so later passes count
 * the source's lines), a fence longer than any backtick run of a code block, and a construct shown on one line in
 * a report.
 */
public final class SourceText {

    private SourceText() {
    }

    /** As many line breaks as {@code removed} had. */
    public static String newlines(String removed) {
        return "\n".repeat((int) removed.chars().filter(c -> c == '\n').count());
    }

    /** A code fence of backticks that no backtick run inside {@code code} can close (at least three). */
    public static String fenceFor(String code) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < code.length(); i++) {
            run = code.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return "`".repeat(Math.max(3, longest + 1));
    }

    /** White space collapsed to single spaces, for one line of a report. */
    public static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
