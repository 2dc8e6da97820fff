package io.github.broadsheet.highlight;

/**
 * The class of one line of a unified diff, by its first characters: {@code tok-ins} for an added line, {@code
 * tok-del} for a removed one, {@code tok-hunk} for a {@code @@} hunk header, {@code tok-meta} for the file headers
 * ({@code diff}, {@code index}, {@code ---}, {@code +++} and the like); context lines are plain. RSyntaxTextArea has
 * no diff token maker, and a diff is line-oriented: its first characters are all there is to read.
 */
final class DiffClassifier {

    private static final String[] HEADERS = {"diff ", "index ", "--- ", "+++ ", "new file mode", "deleted file mode",
            "old mode", "new mode", "similarity index", "rename from", "rename to", "Binary files", "\\ No newline"};

    private DiffClassifier() {
    }

    /** The CSS class of the line (without its line break), or {@code null} for a context line. */
    static String classOf(String line) {
        for (String header : HEADERS) {
            if (line.startsWith(header)) {
                return "tok-meta";
            }
        }
        if (line.startsWith("@@")) {
            return "tok-hunk";
        }
        if (line.startsWith("+")) {
            return "tok-ins";
        }
        if (line.startsWith("-")) {
            return "tok-del";
        }
        return null;
    }
}
