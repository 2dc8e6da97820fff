package io.github.broadsheet.content;

import io.github.broadsheet.files.FolderBoundary;
import io.github.broadsheet.problem.Problems;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the article sources under {@code content/articles/}, the pages under {@code content/pages/} and the authors
 * under {@code content/authors/}, and reads them as text. It is the only code that
 * reads content: it walks the tree, tells article bundles from single files, and decodes strictly as UTF-8 so a
 * broken file is reported with its line rather than rendered as garbage.
 *
 * <p>Symbolic links are followed only while they stay inside the content folder ({@link FolderBoundary}): a
 * link to a file or folder elsewhere, such as {@code /proc/self/environ}, is an error naming the link, never
 * read or published. The content folder itself may be a link; its target is then the folder links must stay
 * in. Broken links and link loops are reported too, each as what it is.
 */
public final class ContentScanner {

    /**
     * Larger articles are almost certainly a mistake (a data dump with a .md name), not prose; Flexmark also
     * slows down badly on some very large inputs (a 50 MB article took about a minute on 2 cores).
     */
    public static final long MAX_ARTICLE_BYTES = 8L * 1024 * 1024;

    private final Path contentDirectory;
    private final Path articlesDirectory;
    private final Path displayBase;

    /**
     * @param contentDirectory the content folder ({@code content}), holding {@code articles/}; links must stay in it
     * @param displayBase      paths in messages are shown relative to this folder (the project folder)
     */
    public ContentScanner(Path contentDirectory, Path displayBase) {
        this.contentDirectory = contentDirectory;
        this.articlesDirectory = contentDirectory.resolve("articles");
        this.displayBase = displayBase;
    }

    /** Every article source, sorted by path; unreadable folders and link loops are reported, not thrown. */
    public List<SourceFile> scan(Problems problems) {
        if (!Files.isDirectory(articlesDirectory)) {
            problems.error(display(articlesDirectory), 0,
                    "no articles folder: create it and put Markdown files (*.md) with front-matter in it");
            return List.of();
        }
        return walk(articlesDirectory, false, problems);
    }

    /**
     * Every page source of {@code pages/} (About, Imprint, ...), sorted by path, bundles as for articles; none
     * when the folder does not exist.
     */
    public List<SourceFile> pages(Problems problems) {
        Path pages = contentDirectory.resolve("pages");
        return Files.isDirectory(pages) ? walk(pages, false, problems) : List.of();
    }

    /**
     * Every author file of {@code authors/} ({@code <id>.md}), sorted by path; each gets the other files of its
     * folder (the photos) as its bundle. None when the folder does not exist.
     */
    public List<SourceFile> authors(Problems problems) {
        Path authors = contentDirectory.resolve("authors");
        return Files.isDirectory(authors) ? walk(authors, true, problems) : List.of();
    }

    /**
     * The Markdown files below {@code folder}, links checked against the content folder.
     *
     * @param shared every file gets the other files of its own folder as its bundle (authors and their photos),
     *               instead of only {@code index.md} getting the files below its folder
     */
    private List<SourceFile> walk(Path folder, boolean shared, Problems problems) {
        FolderBoundary boundary;
        try {
            boundary = FolderBoundary.of(contentDirectory);
            if (!boundary.contains(folder)) {
                problems.error(display(folder), 0, leaves(folder));
                return List.of();
            }
        } catch (IOException e) {
            problems.error(display(folder), 0, "cannot read: " + describe(e));
            return List.of();
        }
        List<Path> markdown = new ArrayList<>();
        List<Path> others = new ArrayList<>();
        try {
            Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            if (dir.equals(folder)) {
                                return FileVisitResult.CONTINUE;
                            }
                            if (dir.getFileName().toString().startsWith(".")) {
                                return FileVisitResult.SKIP_SUBTREE;
                            }
                            // Only a link can lead out: the children of a folder inside are inside, unless links.
                            return outside(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            String name = file.getFileName().toString();
                            if (!name.startsWith(".") && attrs.isSymbolicLink()) {
                                // Following links, the walk shows a link's own attributes only when it cannot
                                // follow it: skipping it would make an article vanish without a word.
                                problems.error(display(file), 0, leadsInACircle(file)
                                        ? "symbolic link loop: its target " + linkTarget(file) + " leads back to "
                                                + "this link through other links; remove one of them"
                                        : "broken symbolic link: its target " + linkTarget(file)
                                                + " does not exist; fix or remove the link");
                                return FileVisitResult.CONTINUE;
                            }
                            if (name.startsWith(".") || !attrs.isRegularFile() || outside(file)) {
                                return FileVisitResult.CONTINUE;
                            }
                            (MarkdownFiles.isMarkdown(name) ? markdown : others).add(file);
                            return FileVisitResult.CONTINUE;
                        }

                        /** A link that leaves the content folder is reported, and must not be read. */
                        private boolean outside(Path path) {
                            if (!Files.isSymbolicLink(path)) {
                                return false;
                            }
                            try {
                                if (boundary.contains(path)) {
                                    return false;
                                }
                                problems.error(display(path), 0, leaves(path));
                            } catch (IOException e) {
                                problems.error(display(path), 0, "cannot read: " + describe(e));
                            }
                            return true;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            if (e instanceof FileSystemLoopException) {
                                problems.error(display(file), 0,
                                        "symbolic link loop: this folder links back to one of its parents; remove the link");
                            } else {
                                problems.error(display(file), 0, "cannot read: " + describe(e));
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            problems.error(display(folder), 0, "cannot list: " + describe(e));
        }
        markdown.sort(Comparator.comparing(Path::toString));
        others.sort(Comparator.comparing(Path::toString));
        List<SourceFile> sources = new ArrayList<>(markdown.size());
        List<Path> bundles = new ArrayList<>();
        for (Path file : markdown) {
            if (MarkdownFiles.isSectionPage(file.getFileName().toString())) {
                problems.warning(display(file), 0, "a Hugo section page (_index), not an article: left out");
                continue;
            }
            List<Path> bundle = shared
                    ? others.stream().filter(other -> other.getParent().equals(file.getParent())).toList()
                    : bundleFiles(file, others);
            SourceFile source = new SourceFile(file, display(file), bundle, folderCategories(file));
            if (source.isBundle() || shared) {
                bundles.add(file.getParent());
            }
            sources.add(source);
        }
        if (folder.equals(articlesDirectory)) {
            reportStrayFiles(others, bundles, problems);
        }
        return sources;
    }

    /**
     * Files under {@code articles/} that are neither Markdown nor part of an article bundle are not published: one
     * warning names them, so that an archive's {@code .html} posts or pictures beside its posts are not silently
     * left out.
     */
    private void reportStrayFiles(List<Path> others, List<Path> bundles, Problems problems) {
        List<String> stray = others.stream().filter(file -> bundles.stream().noneMatch(file::startsWith))
                .map(file -> articlesDirectory.relativize(file).toString().replace('\\', '/')).toList();
        if (!stray.isEmpty()) {
            String named = String.join(", ", stray.subList(0, Math.min(10, stray.size())))
                    + (stray.size() > 10 ? " and " + (stray.size() - 10) + " more" : "");
            problems.warning(display(articlesDirectory), 0, stray.size() + (stray.size() == 1 ? " file is" : " files are")
                    + " neither an article (Markdown: " + String.join(", ", MarkdownFiles.EXTENSIONS) + ") nor in an"
                    + " article bundle (a folder with index.md), so not published: " + named + "; move pictures"
                    + " into the bundle of the article that shows them, or into static/");
        }
    }

    /** Jekyll's categories from folders: the folders above a {@code _posts} folder, under {@code articles/}. */
    private List<String> folderCategories(Path file) {
        Path relative = articlesDirectory.relativize(file);
        for (int i = relative.getNameCount() - 2; i >= 0; i--) {
            if (relative.getName(i).toString().equals("_posts")) {
                List<String> folders = new ArrayList<>();
                for (int j = 0; j < i; j++) {
                    folders.add(relative.getName(j).toString());
                }
                return folders;
            }
        }
        return List.of();
    }

    /** The files of a bundle are the non-Markdown files below the folder of its {@code index.md}. */
    private static List<Path> bundleFiles(Path file, List<Path> others) {
        if (!MarkdownFiles.isBundlePage(file.getFileName().toString())) {
            return List.of();
        }
        Path folder = file.getParent();
        return others.stream().filter(other -> other.startsWith(folder)).toList();
    }

    /**
     * Reads a source as text: strict UTF-8, a leading byte order mark dropped, line endings made {@code \n}.
     * Returns empty (with the problem recorded) for unreadable, binary, oversized or non-UTF-8 files.
     */
    public Optional<String> read(SourceFile source, Problems problems) {
        byte[] bytes;
        try {
            long size = Files.size(source.path());
            if (size > MAX_ARTICLE_BYTES) {
                // In bytes too: "64 MB; the limit is 64 MB" (whole megabytes) reads as if it were allowed.
                problems.error(source.display(), 0, String.format(Locale.ROOT,
                        "article is %.1f MB (%d bytes); the limit is %d MB per article",
                        size / (1024.0 * 1024), size, MAX_ARTICLE_BYTES / (1024 * 1024)));
                return Optional.empty();
            }
            bytes = Files.readAllBytes(source.path());
        } catch (IOException e) {
            problems.error(source.display(), 0, "cannot read: " + describe(e));
            return Optional.empty();
        }
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) {
                problems.error(source.display(), lineOf(bytes, i),
                        "looks like a binary file (it contains NUL bytes), not Markdown text");
                return Optional.empty();
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text;
        try {
            text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int offset = firstInvalidUtf8(bytes);
            problems.error(source.display(), lineOf(bytes, offset),
                    "not valid UTF-8 (byte offset " + offset + "); save the file as UTF-8");
            return Optional.empty();
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.indexOf('\r') >= 0) {
            text = text.replace("\r\n", "\n").replace('\r', '\n');
        }
        return Optional.of(text);
    }

    /**
     * The bytes of a file the scanner found beside a source (an author's photo), for its dimensions; empty with a
     * problem when it cannot be read or is over the size limit of articles.
     *
     * @param owner the source that names the file, for messages
     */
    public Optional<byte[]> bytes(Path file, Path owner, Problems problems) {
        try {
            if (Files.size(file) > MAX_ARTICLE_BYTES) {
                problems.error(owner, 0, display(file) + " is over " + MAX_ARTICLE_BYTES / (1024 * 1024) + " MB");
                return Optional.empty();
            }
            return Optional.of(Files.readAllBytes(file));
        } catch (IOException e) {
            problems.error(owner, 0, "cannot read " + display(file) + ": " + describe(e));
            return Optional.empty();
        }
    }

    private static int firstInvalidUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return in.position();
    }

    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The message for a link whose target lies outside the content folder. */
    private String leaves(Path link) {
        String what = Files.isDirectory(link) ? "folder" : "file";
        return "symbolic link to the " + what + " " + realTarget(link) + ", outside the content folder "
                + display(contentDirectory) + ": not read and not published; copy the " + what
                + " into the content folder or remove the link";
    }

    private static String realTarget(Path link) {
        try {
            return "'" + link.toRealPath() + "'";
        } catch (IOException e) {
            return linkTarget(link);
        }
    }

    /**
     * Whether following the link, link after link, comes back to one it passed ({@code a -> b -> a}): a loop, not
     * a missing target. Past 40 links the operating system gives up too, so that counts as a loop.
     */
    static boolean leadsInACircle(Path link) {
        Set<Path> passed = new HashSet<>();
        Path current = link.toAbsolutePath().normalize();
        try {
            while (Files.isSymbolicLink(current)) {
                if (!passed.add(current) || passed.size() > 40) {
                    return true;
                }
                current = current.resolveSibling(Files.readSymbolicLink(current)).normalize();
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
        return false;
    }

    private static String linkTarget(Path link) {
        try {
            return "'" + Files.readSymbolicLink(link) + "'";
        } catch (IOException | UnsupportedOperationException e) {
            return "of the link";
        }
    }

    private Path display(Path path) {
        return path.startsWith(displayBase) ? displayBase.relativize(path) : path;
    }

    private static String describe(IOException e) {
        return e.getClass().getSimpleName().replace("Exception", "") + " " + e.getMessage();
    }
}
