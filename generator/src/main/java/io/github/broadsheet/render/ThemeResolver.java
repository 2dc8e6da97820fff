package io.github.broadsheet.render;

import io.github.broadsheet.config.SiteConfig;
import io.github.broadsheet.problem.BuildFailedException;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Finds a theme by name and works out its lookup order. A theme is a folder with {@code theme.yaml},
 * {@code templates/} and {@code static/}; it is looked up in the project's themes folder first, then among the
 * built-in themes on the classpath (under {@code broadsheet/themes/}). {@code extends: other} in
 * {@code theme.yaml} adds that theme behind it; the built-in {@code default} theme is always the last layer.
 */
public final class ThemeResolver {

    static final String CLASSPATH_ROOT = "broadsheet/themes/";
    static final String DEFAULT_THEME = "default";

    private final ClassLoader classLoader;

    public ThemeResolver(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    public Theme resolve(SiteConfig.Layout layout) throws BuildFailedException {
        List<Theme.Layer> layers = new ArrayList<>();
        List<FileSystem> fileSystems = new ArrayList<>();
        Path base = layout.baseDirectory();
        layers.add(new Theme.Layer("project templates", layout.templatesDirectory(), base.resolve("static")));
        Set<String> seen = new LinkedHashSet<>();
        String next = layout.theme();
        try {
            while (next != null) {
                if (!seen.add(next)) {
                    throw new BuildFailedException("theme '" + next + "' extends itself through " + String.join(" -> ", seen));
                }
                Path root = locate(next, layout.themesDirectory(), fileSystems);
                if (root == null) {
                    throw new BuildFailedException("theme '" + next + "' not found"
                            + (layout.themesDirectory() == null ? "" : " in " + layout.themesDirectory())
                            + " nor among the built-in themes");
                }
                layers.add(new Theme.Layer("theme " + next, root.resolve("templates"), root.resolve("static")));
                String parent = parentOf(root, next);
                next = parent == null && !seen.contains(DEFAULT_THEME) ? DEFAULT_THEME : parent;
            }
        } catch (BuildFailedException e) {
            new Theme(layout.theme(), layers, fileSystems).close();
            throw e;
        }
        return new Theme(layout.theme(), layers, fileSystems);
    }

    private Path locate(String name, Path themesDirectory, List<FileSystem> fileSystems) throws BuildFailedException {
        if (name.contains("/") || name.contains("\\") || name.contains("..")) {
            throw new BuildFailedException("theme name '" + name + "' must be a plain folder name");
        }
        if (themesDirectory != null && Files.isDirectory(themesDirectory.resolve(name))) {
            return themesDirectory.resolve(name);
        }
        URL marker = classLoader.getResource(CLASSPATH_ROOT + name + "/theme.yaml");
        if (marker == null) {
            return null;
        }
        try {
            if ("jar".equals(marker.getProtocol())) {
                Path jar = Path.of(((JarURLConnection) marker.openConnection()).getJarFileURL().toURI());
                FileSystem fs = FileSystems.newFileSystem(jar, (ClassLoader) null);
                fileSystems.add(fs);
                return fs.getPath("/" + CLASSPATH_ROOT + name);
            }
            return Path.of(marker.toURI()).getParent();
        } catch (IOException | URISyntaxException e) {
            throw new BuildFailedException("cannot open built-in theme '" + name + "': " + e.getMessage());
        }
    }

    /** The {@code extends} entry of a theme's {@code theme.yaml}, or {@code null}. */
    private static String parentOf(Path root, String name) throws BuildFailedException {
        Path file = root.resolve("theme.yaml");
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (InputStream in = Files.newInputStream(file)) {
            Object data = new Load(LoadSettings.builder().setLabel(file.toString()).build()).loadFromInputStream(in);
            if (data instanceof Map<?, ?> map && map.get("extends") instanceof String parent && !parent.isBlank()) {
                return parent.strip();
            }
            return null;
        } catch (IOException | RuntimeException e) {
            throw new BuildFailedException("theme '" + name + "': cannot read theme.yaml: " + e.getMessage());
        }
    }
}
