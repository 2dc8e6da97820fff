package io.github.broadsheet.importer;

/**
 * Receives what a conversion of a body could not convert, with the line in that body (1-based). Converters keep
 * the line breaks of what they remove, so a line counted in their input is the line of the source file's body.
 */
@FunctionalInterface
public interface BodyNotes {

    void note(int line, String message);

    /** The 1-based line of {@code offset} in {@code text}. */
    static int lineAt(String text, int offset) {
        int line = 1;
        int end = Math.min(offset, text.length());
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
