package io.github.broadsheet.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a Markdown text holds code: fenced blocks ({@code ```} or {@code ~~~}), indented blocks after a blank line,
 * and inline code spans. Conversions that rewrite links or drop markup leave code alone, as a reader expects
 * ({@code {: .class}} shown in a code sample stays). The scan follows CommonMark closely enough for real archives,
 * not to the letter (an indented block inside a list item counts as code).
 */
public final class MarkdownCode {

    private final boolean[] code;

    private MarkdownCode(boolean[] code) {
        this.code = code;
    }

    /** The code regions of {@code text}. */
    public static MarkdownCode of(String text) {
        boolean[] code = new boolean[text.length() + 1];
        List<int[]> lines = lines(text);
        String fence = null;
        boolean previousBlank = true;
        boolean inIndented = false;
        for (int[] line : lines) {
            String content = text.substring(line[0], line[1]);
            String trimmed = content.stripLeading();
            int indent = content.length() - trimmed.length();
            if (fence != null) {
                mark(code, line[0], line[1]);
                char mark = fence.charAt(0);
                if (indent < 4 && trimmed.startsWith(fence) && trimmed.chars().allMatch(c -> c == mark || c == ' ' || c == '\t')) {
                    fence = null;
                }
                previousBlank = false;
                continue;
            }
            if (indent < 4 && (trimmed.startsWith("```") || trimmed.startsWith("~~~"))) {
                char mark = trimmed.charAt(0);
                int length = (int) trimmed.chars().takeWhile(c -> c == mark).count();
                // A backtick fence's info string may not hold a backtick.
                if (mark == '~' || trimmed.indexOf('`', length) < 0) {
                    fence = String.valueOf(mark).repeat(length);
                    mark(code, line[0], line[1]);
                    inIndented = false;
                    previousBlank = false;
                    continue;
                }
            }
            boolean blank = content.isBlank();
            boolean indented = !blank && (content.startsWith("    ") || content.startsWith("\t"));
            if (indented && (previousBlank || inIndented)) {
                mark(code, line[0], line[1]);
                inIndented = true;
            } else if (!blank) {
                inIndented = false;
                markSpans(text, line[0], line[1], code);
            }
            previousBlank = blank;
        }
        return new MarkdownCode(code);
    }

    /** Whether the character at {@code offset} is code. */
    public boolean isCode(int offset) {
        return offset >= 0 && offset < code.length && code[offset];
    }

    /** Whether any character of {@code [start, end)} is code. */
    public boolean overlaps(int start, int end) {
        for (int i = Math.max(0, start); i < Math.min(end, code.length); i++) {
            if (code[i]) {
                return true;
            }
        }
        return false;
    }

    /** Inline code spans of one line: a run of backticks up to the next run of the same length. */
    private static void markSpans(String text, int start, int end, boolean[] code) {
        int i = start;
        while (i < end) {
            if (text.charAt(i) != '`') {
                i++;
                continue;
            }
            int run = i;
            while (run < end && text.charAt(run) == '`') {
                run++;
            }
            int length = run - i;
            int close = findRun(text, run, end, length);
            if (close < 0) {
                i = run;
                continue;
            }
            mark(code, i, close + length);
            i = close + length;
        }
    }

    private static int findRun(String text, int from, int end, int length) {
        int i = from;
        while (i < end) {
            if (text.charAt(i) != '`') {
                i++;
                continue;
            }
            int run = i;
            while (run < end && text.charAt(run) == '`') {
                run++;
            }
            if (run - i == length) {
                return i;
            }
            i = run;
        }
        return -1;
    }

    private static void mark(boolean[] code, int start, int end) {
        for (int i = start; i < end; i++) {
            code[i] = true;
        }
    }

    /** Start and end offsets of each line, without its newline. */
    static List<int[]> lines(String text) {
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                lines.add(new int[] {start, text.length()});
                break;
            }
            lines.add(new int[] {start, end});
            start = end + 1;
        }
        return lines;
    }
}
