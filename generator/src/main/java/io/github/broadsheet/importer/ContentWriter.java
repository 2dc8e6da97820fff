package io.github.broadsheet.importer;

import io.github.broadsheet.content.Article;
import io.github.broadsheet.content.ArticleParser;
import io.github.broadsheet.content.DateParser;
import io.github.broadsheet.content.FrontMatterParser;
import io.github.broadsheet.content.SourceFile;
import io.github.broadsheet.markdown.MarkdownRenderer;
import io.github.broadsheet.problem.Problem;
import io.github.broadsheet.problem.Problems;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes imported documents into the project: {@code content/articles/<stem>.md} (or {@code <stem>/index.md} with
 * its bundle files), {@code content/pages/<stem>.md}, {@code content/authors/<stem>.md}, and files of pages into
 * {@code static/}. It never overwrites: a file that exists with the same bytes counts as unchanged (so a second
 * run reports nothing new), one with other bytes is a clash, reported and left as it is. Every article is parsed
 * by Broadsheet's own {@link ArticleParser} before it is written, so the next build accepts it.
 */
public final class ContentWriter {

    /** What a run wrote. */
    public record Result(int written, int unchanged, int clashes) {
    }

    private final ImportRequest request;
    private final ArticleParser articles = new ArticleParser(new MarkdownRenderer(false), new DateParser(ZoneOffset.UTC));
    private int written;
    private int unchanged;
    private int clashes;

    public ContentWriter(ImportRequest request) {
        this.request = request;
    }

    public Result write(List<ImportedDocument> documents, ImportNotes notes) throws IOException {
        // Stems are claimed in document order (itself sorted by source), case-insensitively: on macOS and Windows
        // "Release.md" and "release.md" are one file.
        Map<ImportedDocument.Kind, Set<String>> taken = new java.util.EnumMap<>(ImportedDocument.Kind.class);
        for (ImportedDocument document : documents) {
            Set<String> used = taken.computeIfAbsent(document.kind(), kind -> new HashSet<>());
            String stem = document.stem();
            for (int n = 2; !used.add(stem.toLowerCase(Locale.ROOT)); n++) {
                stem = document.stem() + "-" + n;
            }
            Path folder = request.contentDirectory().resolve(document.kind().folder());
            boolean bundled = document.kind() == ImportedDocument.Kind.ARTICLE && !document.bundle().isEmpty();
            Path file = bundled ? folder.resolve(stem).resolve("index.md") : folder.resolve(stem + ".md");
            String text = FrontMatterWriter.document(document.frontMatter(), document.body());
            Optional<String> invalid = check(document, file, text);
            if (invalid.isPresent()) {
                notes.note(document.origin(), 0, "not imported, Broadsheet would refuse the converted file: "
                        + invalid.get());
                notes.count("not imported (see the notes)");
                continue;
            }
            if (!writeFile(file, text.getBytes(StandardCharsets.UTF_8), document.origin(), notes)) {
                continue;
            }
            for (Map.Entry<String, Path> entry : document.bundle().entrySet()) {
                copy(file.getParent().resolve(entry.getKey()), entry.getValue(), document.origin(), notes);
            }
            for (Map.Entry<String, Path> entry : document.statics().entrySet()) {
                copy(request.staticDirectory().resolve(entry.getKey().substring(1)), entry.getValue(),
                        document.origin(), notes);
            }
        }
        return new Result(written, unchanged, clashes);
    }

    /** Why Broadsheet would refuse the file, or empty: articles are parsed as a build parses them. */
    private Optional<String> check(ImportedDocument document, Path file, String text) {
        Problems problems = new Problems();
        if (document.kind() == ImportedDocument.Kind.ARTICLE) {
            Optional<Article> parsed = articles.parse(new SourceFile(file, request.display(file), List.of()), text,
                    problems);
            List<Problem> errors = problems.sorted().stream().filter(Problem::isError).toList();
            if (parsed.isEmpty() || !errors.isEmpty()) {
                return Optional.of(errors.stream().map(p -> "line " + p.line() + ": " + p.message())
                        .collect(Collectors.joining("; ")));
            }
            return Optional.empty();
        }
        FrontMatterParser.Result result = new FrontMatterParser().parse(file, text);
        return result instanceof FrontMatterParser.Failed failed
                ? Optional.of("line " + failed.problem().line() + ": " + failed.problem().message())
                : Optional.empty();
    }

    private void copy(Path target, Path source, Path origin, ImportNotes notes) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(source);
        } catch (IOException e) {
            notes.note(origin, 0, "cannot read " + source + ": " + e.getMessage());
            return;
        }
        writeFile(target, bytes, origin, notes);
    }

    /** Writes a new file; false when a different file was there already (a clash, reported). */
    private boolean writeFile(Path file, byte[] bytes, Path origin, ImportNotes notes) throws IOException {
        if (Files.exists(file)) {
            if (Files.isRegularFile(file) && Arrays.equals(Files.readAllBytes(file), bytes)) {
                unchanged++;
                return true;
            }
            clash(file, origin, notes);
            return false;
        }
        Files.createDirectories(file.getParent());
        try {
            // CREATE_NEW: a file that appeared since the check is still not overwritten.
            Files.write(file, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            clash(file, origin, notes);
            return false;
        }
        written++;
        return true;
    }

    private void clash(Path file, Path origin, ImportNotes notes) {
        clashes++;
        notes.note(origin, 0, request.display(file).toString().replace('\\', '/')
                + " exists with other content and was left as it is (not overwritten); move it away to import this"
                + " file again");
    }
}
