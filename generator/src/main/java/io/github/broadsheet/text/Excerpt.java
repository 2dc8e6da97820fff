package io.github.broadsheet.text;

/**
 * Shortens a plain text to a number of characters at a word boundary, for the search index's summaries and meta
 * descriptions (search engines show about 160 characters of a description; a longer one is cut where they like).
 */
public final class Excerpt {

    private Excerpt() {
    }

    /** {@code text} cut at the last space before {@code max} characters, with an ellipsis; unchanged if short. */
    public static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int space = text.lastIndexOf(' ', max - 1);
        int end = space > max / 2 ? space : max - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        String head = text.substring(0, end).stripTrailing();
        while (!head.isEmpty() && ",;:.–—-".indexOf(head.charAt(head.length() - 1)) >= 0) {
            head = head.substring(0, head.length() - 1);
        }
        return head + "…";
    }
}
