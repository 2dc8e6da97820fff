package io.github.broadsheet.highlight;

import io.github.broadsheet.text.Escapes;
import java.nio.CharBuffer;
import java.util.Objects;
import java.util.Optional;
import javax.swing.text.Segment;
import org.fife.ui.rsyntaxtextarea.Token;
import org.fife.ui.rsyntaxtextarea.TokenMaker;
import org.fife.ui.rsyntaxtextarea.TokenTypes;

/**
 * Syntax highlighting at build time: the code of a fenced block becomes escaped HTML with {@code <span
 * class="tok-...">} around keywords, strings, comments and the like ({@link TokenClasses}), which the theme's CSS
 * colours; no script runs in the reader's browser. Lexing is done by RSyntaxTextArea's token makers (JFlex lexers:
 * linear time, safe on any input) for Java, Kotlin, Go, Rust, Python, JavaScript, TypeScript, shell, SQL, YAML,
 * JSON, HTML, XML, CSS, C and C++, and by {@link DiffClassifier} for diffs. Tabs are expanded to
 * {@value #TAB_WIDTH} columns. A span never crosses a line break, so every line stands on its own. Thread-safe and
 * stateless: each call makes its own token maker.
 */
public final class CodeHighlighter {

    /** Columns per tab stop. */
    public static final int TAB_WIDTH = 4;

    /**
     * The code as highlighted HTML (the content of {@code <code>}, without it), or empty when the language is not
     * one we highlight; the caller then writes the code as plain escaped text.
     *
     * @param language the language word of the fence ({@code java}, {@code js}, {@code C++}...), any case
     * @param code     the code, lines separated by {@code \n}
     */
    public Optional<String> highlight(String language, String code) {
        return Language.forName(language).map(found -> render(found, expandTabs(code)));
    }

    /** Whether {@link #highlight} knows the language (or alias). */
    public boolean knows(String language) {
        return Language.forName(language).isPresent();
    }

    private static String render(Language language, String code) {
        StringBuilder html = new StringBuilder(code.length() * 3 / 2 + 16);
        char[] chars = code.toCharArray();
        TokenMaker maker = language.isDiff() ? null : language.tokenMaker().get();
        int state = TokenTypes.NULL;
        int start = 0;
        while (start < chars.length) {
            int end = start;
            while (end < chars.length && chars[end] != '\n') {
                end++;
            }
            if (maker == null) {
                span(html, DiffClassifier.classOf(code.substring(start, end)), code, start, end);
            } else {
                Segment line = new Segment(chars, start, end - start);
                tokens(html, maker.getTokenList(line, state, 0));
                state = maker.getLastTokenTypeOnLine(line, state);
            }
            if (end < chars.length) {
                html.append('\n');
            }
            start = end + 1;
        }
        return html.toString();
    }

    /** One line's tokens; neighbours of one class share a span. */
    private static void tokens(StringBuilder html, Token first) {
        String open = null;
        for (Token token = first; token != null && token.isPaintable(); token = token.getNextToken()) {
            String cssClass = TokenClasses.of(token.getType());
            if (!Objects.equals(cssClass, open)) {
                if (open != null) {
                    html.append("</span>");
                }
                if (cssClass != null) {
                    html.append("<span class=\"").append(cssClass).append("\">");
                }
                open = cssClass;
            }
            Escapes.markup(html, CharBuffer.wrap(token.getTextArray()), token.getTextOffset(),
                    token.getTextOffset() + token.length(), null);
        }
        if (open != null) {
            html.append("</span>");
        }
    }

    private static void span(StringBuilder html, String cssClass, String code, int start, int end) {
        if (cssClass == null || start == end) {
            Escapes.markup(html, code, start, end, null);
        } else {
            html.append("<span class=\"").append(cssClass).append("\">");
            Escapes.markup(html, code, start, end, null);
            html.append("</span>");
        }
    }

    /** Tabs replaced by spaces up to the next multiple of {@link #TAB_WIDTH} columns, counted from each line start. */
    static String expandTabs(String code) {
        if (code.indexOf('\t') < 0) {
            return code;
        }
        StringBuilder out = new StringBuilder(code.length() + 32);
        int column = 0;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '\t') {
                int spaces = TAB_WIDTH - column % TAB_WIDTH;
                out.append(" ".repeat(spaces));
                column += spaces;
            } else {
                out.append(c);
                column = c == '\n' ? 0 : column + 1;
            }
        }
        return out.toString();
    }
}
