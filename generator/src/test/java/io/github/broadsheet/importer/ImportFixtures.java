package io.github.broadsheet.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The fixture sites of test resources, an import of one into a project folder, and what it wrote. */
public final class ImportFixtures {

    private ImportFixtures() {
    }

    /** A folder or file of {@code src/test/resources/importer/}. */
    public static Path resource(String path) {
        try {
            return Path.of(ImportFixtures.class.getResource("/importer/" + path).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("no test resource importer/" + path, e);
        }
    }

    /** The request to import {@code from} into {@code project/content}, report in {@code project/target}. */
    public static ImportRequest request(ImportSource source, Path from, Path project) {
        return request(source, from, Optional.empty(), project);
    }

    public static ImportRequest request(ImportSource source, Path from, Optional<Path> uploads, Path project) {
        return new ImportRequest(source, from, uploads, project, project.resolve("content"), project.resolve("static"),
                project.resolve("target/import-report.txt"));
    }

    /** Every file under {@code folder}, by path relative to it (with {@code /}), as text (binary files as a size). */
    public static Map<String, String> files(Path folder) {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        try (var walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String name = folder.relativize(file).toString().replace('\\', '/');
                byte[] bytes = Files.readAllBytes(file);
                files.put(name, name.endsWith(".md") || name.endsWith(".txt")
                        ? new String(bytes, StandardCharsets.UTF_8) : bytes.length + " bytes");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** The text of the imported article {@code name}: {@code articles/<name>.md} or {@code articles/<name>/index.md}. */
    public static String article(Path project, String name) {
        Path folder = project.resolve("content/articles");
        Path file = Files.exists(folder.resolve(name + ".md")) ? folder.resolve(name + ".md")
                : folder.resolve(name).resolve("index.md");
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file of a built site that serves {@code url} (a site path, percent-escapes decoded). */
    public static String file(String url) {
        String path = SitePaths.decode(url).substring(1);
        return path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
    }

    /** The lines of an expected-URLs file of a given kind ({@code post https://...}), without the kind. */
    public static List<String> expected(String resource, String kind) {
        List<String> urls = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(resource(resource), StandardCharsets.UTF_8)) {
                if (line.startsWith(kind + " ")) {
                    urls.add(line.substring(kind.length() + 1).strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return urls;
    }
}
