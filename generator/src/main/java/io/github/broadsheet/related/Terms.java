package io.github.broadsheet.related;

import java.util.List;

/**
 * The words of a text as the related-articles model sees them, for other stages that need the same notion of a
 * word (the search index): {@link Tokenizer} tokens, case-folded, without the language's {@link StopWords}. Thin
 * public door to package-private classes; allocates a string per token, so it is meant for one pass per article.
 */
public final class Terms {

    private Terms() {
    }

    /** Tokens of {@code text} in order, stop words of {@code language} (a BCP 47 tag) removed. */
    public static List<String> of(String text, String language) {
        return Tokenizer.terms(text, language);
    }
}
