package io.github.broadsheet.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Converted blocks (a gallery, an embed, a fenced code block) held aside while a body is converted: each is replaced
 * by a one-line token of private-use characters, so the lines of the rest keep their numbers for the report and later
 * passes (Markdown syntax, links) cannot misread the block. {@link #expand} puts them back, blocks between blank
 * lines. One instance per document.
 */
public final class Placeholders {

    private static final char OPEN = '\uE000';
    private static final char CLOSE = '\uE001';
    private static final Pattern TOKEN = Pattern.compile(OPEN + "([bi])(\\d+)" + CLOSE);
    /** A block token with the spaces around it, which would otherwise end or start a line. */
    private static final Pattern BLOCK = Pattern.compile("[ \\t]*" + OPEN + "b(\\d+)" + CLOSE + "[ \\t]*");

    private final List<String> texts = new ArrayList<>();

    /** A token for Markdown that must stand alone, between blank lines (a directive, a figure, a code block). */
    public String block(String markdown) {
        texts.add(markdown);
        return OPEN + "b" + (texts.size() - 1) + CLOSE;
    }

    /** A token for text that stays inside its line but must not be read as Markdown by later passes. */
    public String inline(String text) {
        texts.add(text);
        return OPEN + "i" + (texts.size() - 1) + CLOSE;
    }

    /**
     * Rewrites the link destinations inside the held blocks; {@code target} sees the offset of the block's token
     * in {@code text}, so line numbers point at the place in the body.
     */
    public void rewriteLinks(String text, LinkRewriter.Target target) {
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            int index = Integer.parseInt(m.group(2));
            int at = m.start();
            texts.set(index, LinkRewriter.rewrite(texts.get(index), (destination, offset) -> target.rewrite(destination, at)));
        }
    }

    /** The text with every token replaced by its block, and runs of blank lines outside code made one. */
    public String expand(String text) {
        String expanded = text;
        // Blocks can hold tokens (a gallery made of figures): expand until none is left.
        for (int round = 0; round < 8 && expanded.indexOf(OPEN) >= 0; round++) {
            Matcher blocks = BLOCK.matcher(expanded);
            StringBuilder out = new StringBuilder();
            while (blocks.find()) {
                String held = texts.get(Integer.parseInt(blocks.group(1)));
                blocks.appendReplacement(out, Matcher.quoteReplacement("\n\n" + held + "\n\n"));
            }
            blocks.appendTail(out);
            Matcher inline = TOKEN.matcher(out);
            StringBuilder done = new StringBuilder();
            while (inline.find()) {
                inline.appendReplacement(done, Matcher.quoteReplacement(texts.get(Integer.parseInt(inline.group(2)))));
            }
            inline.appendTail(done);
            expanded = done.toString();
        }
        return collapseBlankLines(expanded);
    }

    /**
     * Three or more line breaks (with only spaces between) become one blank line, except inside fenced code; lines
     * that only held a removed construct would otherwise leave gaps.
     */
    static String collapseBlankLines(String text) {
        String[] lines = text.split("\n", -1);
        StringBuilder out = new StringBuilder(text.length());
        String fence = null;
        int blanks = 0;
        for (String line : lines) {
            String trimmed = line.strip();
            if (fence == null && (trimmed.startsWith("```") || trimmed.startsWith("~~~"))) {
                fence = trimmed.substring(0, 3);
            } else if (fence != null && trimmed.startsWith(fence)) {
                fence = null;
                blanks = 0;
                out.append(line).append('\n');
                continue;
            }
            if (fence == null && trimmed.isEmpty()) {
                blanks++;
                if (blanks > 1) {
                    continue;
                }
                out.append('\n');
                continue;
            }
            blanks = 0;
            // Trailing spaces stay: two of them are a Markdown line break.
            out.append(line).append('\n');
        }
        return out.toString().strip().isEmpty() ? "" : out.toString().replaceFirst("^\\n+", "").stripTrailing() + "\n";
    }
}
