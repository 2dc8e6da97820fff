package io.github.broadsheet.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A resolved theme: an ordered list of layers (the project's overrides, the theme, the themes it extends, the
 * built-in default), each with a templates and a static folder. The first layer that has a file wins, so a
 * project can replace one template without copying the theme. Holds open the jar file systems of built-in
 * themes until closed.
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
    private final List<Layer> layers;
    private final List<FileSystem> fileSystems;

    Theme(String name, List<Layer> layers, List<FileSystem> fileSystems) {
        this.name = name;
        this.layers = List.copyOf(layers);
        this.fileSystems = List.copyOf(fileSystems);
    }

    public String name() {
        return name;
    }

    public List<Layer> layers() {
        return layers;
    }

    PathTemplateLoader templateLoader() {
        return new PathTemplateLoader(layers.stream().map(Layer::templates).toList());
    }

    /** Where a template name comes from, for messages: the layer's name and the file. */
    public String describe(String templateName) {
        for (Layer layer : layers) {
            Path file = layer.templates().resolve(templateName).normalize();
            if (file.startsWith(layer.templates()) && Files.isRegularFile(file)) {
                return layer.name() + ": " + templateName;
            }
        }
        return templateName;
    }

    /** Every static file by its path in the output (forward slashes), the most specific layer winning, sorted. */
    public Map<String, Path> staticFiles() {
        Map<String, Path> files = new TreeMap<>();
        for (Layer layer : reversedCopy(layers)) {
            Path root = layer.statics();
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile).forEach(file -> {
                    String relative = root.relativize(file).toString().replace('\\', '/');
                    files.put(relative, file);
                });
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + layer.name() + " static files", e);
            }
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
        java.util.Collections.reverse(copy);
        return copy;
    }
}
