package io.github.broadsheet.content;

import java.nio.file.Path;
import java.util.List;

/**
 * One article source found by the {@link ContentScanner}, not yet read.
 *
 * @param path      absolute path of the Markdown file
 * @param display   the path as shown to users in messages (relative to the project folder)
 * @param bundle    for an article bundle ({@code folder/index.md}, or another Markdown ending): the other files of
 *                  the folder, copied next to
 *                  the article's page; empty otherwise
 * @param folderCategories Jekyll's categories from folders: for {@code news/world/_posts/x.md} under
 *                  {@code articles/}, {@code [news, world]}; empty elsewhere
 */
public record SourceFile(Path path, Path display, List<Path> bundle, List<String> folderCategories) {

    public SourceFile {
        bundle = List.copyOf(bundle);
        folderCategories = List.copyOf(folderCategories);
    }

    /** A source outside a Jekyll {@code _posts} folder. */
    public SourceFile(Path path, Path display, List<Path> bundle) {
        this(path, display, bundle, List.of());
    }

    public boolean isBundle() {
        return MarkdownFiles.isBundlePage(path.getFileName().toString());
    }
}
