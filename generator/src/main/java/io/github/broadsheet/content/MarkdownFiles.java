package io.github.broadsheet.content;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Which files are Markdown: the endings the ecosystem uses ({@code .md}, {@code .markdown}, {@code .mdown},
 * {@code .mkdn}, {@code .mkd}, in any case), so that an archive copied from Jekyll or Hugo is read as it is; an
 * article bundle's page ({@code index.md} or {@code index.markdown}...); and Hugo's section pages
 * ({@code _index.md}), which describe a folder and are no articles.
 */
public final class MarkdownFiles {

    /** The endings, longest first so that stripping one never leaves a part of another. */
    public static final List<String> EXTENSIONS = List.of(".markdown", ".mdown", ".mkdn", ".mkd", ".md");

    private MarkdownFiles() {
    }

    public static boolean isMarkdown(String fileName) {
        return extension(fileName) != null;
    }

    /** The name without its Markdown ending; the name itself when it has none. */
    public static String stem(String fileName) {
        String extension = extension(fileName);
        return extension == null ? fileName : fileName.substring(0, fileName.length() - extension.length());
    }

    /** {@code index.md}, {@code index.markdown}...: the page of an article bundle. */
    public static boolean isBundlePage(String fileName) {
        return isMarkdown(fileName) && stem(fileName).equals("index");
    }

    /** Hugo's {@code _index.md}: the list page of a section, not an article. */
    public static boolean isSectionPage(String fileName) {
        return isMarkdown(fileName) && stem(fileName).equals("_index");
    }

    /** The name an article takes its slug and Jekyll's date from: its file's stem, or its bundle's folder name. */
    public static String articleName(Path file) {
        String name = file.getFileName().toString();
        return isBundlePage(name) && file.getParent() != null ? file.getParent().getFileName().toString() : stem(name);
    }

    private static String extension(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        for (String extension : EXTENSIONS) {
            if (lower.endsWith(extension) && lower.length() > extension.length()) {
                return fileName.substring(fileName.length() - extension.length());
            }
        }
        return null;
    }
}
