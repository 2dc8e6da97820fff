package io.github.broadsheet.theme;

import freemarker.cache.TemplateLoader;
import io.github.broadsheet.files.FolderBoundary;
import io.github.broadsheet.problem.BuildFailedException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A resolved theme: an ordered list of layers (the project's overrides, the theme, the themes it extends, the
 * built-in default), each with a templates and a static folder. The first layer that has a file wins, so a
 * project can replace one template without copying the theme. Holds open the jar file systems of built-in
 * themes until closed.
 *
 * <p>A layer never hands out a file that lies outside its folder, also not through a symbolic link: themes are
 * often someone else's code, and a link to {@code ~/.ssh/id_rsa} must not end up in the published site.
 */
public final class Theme implements AutoCloseable {

    /**
     * One folder of the lookup order.
     *
     * @param name      what users call it in messages ("project templates", "theme magazine", ...)
     * @param templates folder of {@code .ftlh} templates (may not exist)
     * @param statics   folder of files copied to the output as they are (may not exist)
     */
    public record Layer(String name, Path templates, Path statics) {
    }

    private final String name;
    private final String description;
    private final Map<String, Object> params;
    private final List<Layer> layers;
    private final List<FileSystem> fileSystems;

    Theme(String name, String description, Map<String, Object> params, List<Layer> layers,
          List<FileSystem> fileSystems) {
        this.name = name;
        this.description = description;
        this.params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        this.layers = List.copyOf(layers);
        this.fileSystems = List.copyOf(fileSystems);
    }

    public String name() {
        return name;
    }

    public List<Layer> layers() {
        return layers;
    }

    /** The theme's {@code params}, merged with those of the themes it extends (the theme's own win). */
    public Map<String, Object> params() {
        return params;
    }

    /** The theme as templates see it ({@code theme}). */
    public ThemeView view() {
        return new ThemeView(name, description, params);
    }

    /** Freemarker's way into the layers' templates, first layer first; refuses files outside a layer's folder. */
    public TemplateLoader templateLoader() {
        return new PathTemplateLoader(layers.stream().map(Layer::templates).toList(),
                layers.stream().map(Layer::name).toList());
    }

    /**
     * The file a template name resolves to, for messages: the real file for themes on disk, and
     * {@code built-in-themes/<theme>/templates/<name>} for the themes inside Broadsheet's jar.
     */
    public Path describe(String templateName) {
        for (Layer layer : layers) {
            Path file = layer.templates().resolve(templateName).normalize();
            if (file.startsWith(layer.templates()) && Files.isRegularFile(file)) {
                return file.getFileSystem() == FileSystems.getDefault() ? file
                        : Path.of("built-in-themes", layer.name().replaceFirst("^theme ", ""), "templates", templateName);
            }
        }
        return Path.of("templates", templateName);
    }

    /**
     * Every static file by its path in the output (forward slashes), the most specific layer winning, sorted.
     *
     * @throws BuildFailedException when a file is a symbolic link to something outside its layer's folder
     */
    public Map<String, Path> staticFiles() throws BuildFailedException {
        Map<String, Path> files = new TreeMap<>();
        List<String> refused = new ArrayList<>();
        for (Layer layer : reversedCopy(layers)) {
            Path root = layer.statics();
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(root)) {
                FolderBoundary boundary = FolderBoundary.of(root);
                for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile).sorted()::iterator) {
                    String relative = root.relativize(file).toString().replace('\\', '/');
                    if (!boundary.contains(file)) {
                        refused.add(layer.name() + ": static/" + relative);
                        continue;
                    }
                    files.put(relative, file);
                }
            } catch (IOException | UncheckedIOException e) {
                throw new BuildFailedException("cannot list the static files of " + layer.name() + ": " + e.getMessage());
            }
        }
        if (!refused.isEmpty()) {
            throw new BuildFailedException("static files that are symbolic links to files outside their theme are not "
                    + "published: " + String.join(", ", refused));
        }
        return files;
    }

    @Override
    public void close() {
        for (FileSystem fs : fileSystems) {
            try {
                fs.close();
            } catch (IOException e) {
                // A read-only zip file system has nothing to flush; failing to close it loses nothing.
            }
        }
    }

    static List<Layer> reversedCopy(List<Layer> layers) {
        List<Layer> copy = new ArrayList<>(layers);
        Collections.reverse(copy);
        return copy;
    }
}
