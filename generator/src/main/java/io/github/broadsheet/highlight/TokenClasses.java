package io.github.broadsheet.highlight;

import org.fife.ui.rsyntaxtextarea.TokenTypes;

/**
 * RSyntaxTextArea's token types mapped to the small, fixed set of CSS classes that themes colour: {@code tok-kw}
 * (keywords), {@code tok-type}, {@code tok-fn}, {@code tok-str}, {@code tok-num} (numbers and other literals),
 * {@code tok-com} (comments), {@code tok-op}, {@code tok-var}, {@code tok-meta} (annotations, preprocessor lines,
 * DOCTYPEs), {@code tok-re}, {@code tok-tag} and {@code tok-attr} (markup), plus the diff classes of
 * {@link DiffClassifier}. Our own names rather than RSTA's or Prism's, so that a theme depends on this list and not
 * on a library. Identifiers, whitespace, brackets and markup's {@code <}, {@code </} and {@code >} get no class, which keeps pages small; so do RSTA's "error"
 * tokens (a Rust lifetime {@code 'a} or a Go raw string is one for RSTA), which then read as plain text instead of
 * being painted as mistakes.
 */
final class TokenClasses {

    /** Indexed by token type; {@code null} for plain text. */
    private static final String[] CLASSES = new String[TokenTypes.DEFAULT_NUM_TOKEN_TYPES];

    static {
        set("tok-com", TokenTypes.COMMENT_EOL, TokenTypes.COMMENT_MULTILINE, TokenTypes.COMMENT_DOCUMENTATION,
                TokenTypes.COMMENT_KEYWORD, TokenTypes.COMMENT_MARKUP, TokenTypes.MARKUP_COMMENT);
        set("tok-kw", TokenTypes.RESERVED_WORD, TokenTypes.RESERVED_WORD_2, TokenTypes.LITERAL_BOOLEAN);
        set("tok-fn", TokenTypes.FUNCTION);
        set("tok-num", TokenTypes.LITERAL_NUMBER_DECIMAL_INT, TokenTypes.LITERAL_NUMBER_FLOAT,
                TokenTypes.LITERAL_NUMBER_HEXADECIMAL, TokenTypes.MARKUP_ENTITY_REFERENCE);
        set("tok-str", TokenTypes.LITERAL_STRING_DOUBLE_QUOTE, TokenTypes.LITERAL_CHAR, TokenTypes.LITERAL_BACKQUOTE,
                TokenTypes.MARKUP_TAG_ATTRIBUTE_VALUE);
        set("tok-type", TokenTypes.DATA_TYPE);
        set("tok-var", TokenTypes.VARIABLE);
        set("tok-re", TokenTypes.REGEX);
        set("tok-meta", TokenTypes.ANNOTATION, TokenTypes.PREPROCESSOR, TokenTypes.MARKUP_DTD,
                TokenTypes.MARKUP_PROCESSING_INSTRUCTION, TokenTypes.MARKUP_CDATA_DELIMITER);
        set("tok-op", TokenTypes.OPERATOR);
        set("tok-tag", TokenTypes.MARKUP_TAG_NAME);
        set("tok-attr", TokenTypes.MARKUP_TAG_ATTRIBUTE);
    }

    private TokenClasses() {
    }

    private static void set(String cssClass, int... types) {
        for (int type : types) {
            CLASSES[type] = cssClass;
        }
    }

    /** The CSS class of a token type, or {@code null} for plain text (including RSTA's error and internal types). */
    static String of(int tokenType) {
        return tokenType >= 0 && tokenType < CLASSES.length ? CLASSES[tokenType] : null;
    }
}
