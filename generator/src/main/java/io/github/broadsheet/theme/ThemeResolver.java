package io.github.broadsheet.theme;

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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Finds a theme by name and works out its lookup order. A theme is a folder with {@code theme.yaml},
 * {@code templates/} and {@code static/}; it is looked up in the project's themes folder first, then among the
 * built-in themes on the classpath (under {@code broadsheet/themes/}). The layers, first wins:
 * <ol>
 *   <li>the project: its templates folder and its {@code static/} folder;</li>
 *   <li>the theme;</li>
 *   <li>the theme named by its {@code extends}, then the one that one extends, and so on;</li>
 *   <li>the built-in {@code default} theme, always last (once), so every theme has every page template.</li>
 * </ol>
 * A theme's {@code params} are merged along the same order: a key of a theme replaces the same key of the
 * themes behind it.
 */
public final class ThemeResolver {

    public static final String CLASSPATH_ROOT = "broadsheet/themes/";
    static final String DEFAULT_THEME = "default";
    public static final String MANIFEST = "theme.yaml";

    private final ClassLoader classLoader;

    public ThemeResolver(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    /** What a theme's {@code theme.yaml} says. */
    private record Manifest(String description, String parent, Map<String, Object> params) {
        static final Manifest EMPTY = new Manifest("", null, Map.of());
    }

    public Theme resolve(SiteConfig.Layout layout) throws BuildFailedException {
        List<Theme.Layer> layers = new ArrayList<>();
        Map<Path, FileSystem> fileSystems = new LinkedHashMap<>();
        List<Manifest> manifests = new ArrayList<>();
        layers.add(new Theme.Layer("project templates", layout.templatesDirectory(), layout.staticDirectory()));
        List<String> chain = new ArrayList<>();
        Set<Path> roots = new LinkedHashSet<>();
        String next = layout.theme();
        String child = null;
        try {
            while (next != null) {
                if (chain.contains(next)) {
                    List<String> cycle = new ArrayList<>(chain.subList(chain.indexOf(next), chain.size()));
                    cycle.add(next);
                    throw new BuildFailedException("themes extend each other in a circle: " + String.join(" -> ", cycle)
                            + " (check `extends` in their theme.yaml)");
                }
                chain.add(next);
                Path root = locate(next, layout.themesDirectory(), fileSystems);
                if (root == null) {
                    throw new BuildFailedException((child == null ? "theme '" + next + "' not found"
                            : "theme '" + child + "' extends '" + next + "', which was not found")
                            + "; looked " + (layout.themesDirectory() == null ? "" : "for the folder "
                            + layout.themesDirectory().resolve(next) + " and ") + "among the built-in themes ("
                            + String.join(", ", builtInThemes()) + ")" + (layout.themesDirectory() == null
                            ? "; set themesDirectory to use themes of your own" : ""));
                }
                Manifest manifest = manifest(root, next);
                roots.add(root);
                manifests.add(manifest);
                layers.add(new Theme.Layer("theme " + next, root.resolve("templates"), root.resolve("static")));
                child = next;
                next = manifest.parent();
            }
            // The built-in default theme ends every lookup, also behind a theme of the themes folder named "default".
            Path fallback = builtIn(DEFAULT_THEME, fileSystems);
            if (fallback == null) {
                throw new BuildFailedException("the built-in theme '" + DEFAULT_THEME + "' is not on the classpath (under "
                        + CLASSPATH_ROOT + DEFAULT_THEME + "/)");
            }
            if (!roots.contains(fallback)) {
                manifests.add(manifest(fallback, DEFAULT_THEME));
                // Named like any theme, unless the themes folder has a "default" of its own.
                String label = (chain.contains(DEFAULT_THEME) ? "built-in theme " : "theme ") + DEFAULT_THEME;
                layers.add(new Theme.Layer(label, fallback.resolve("templates"), fallback.resolve("static")));
            }
        } catch (BuildFailedException e) {
            new Theme(layout.theme(), "", Map.of(), layers, List.copyOf(fileSystems.values())).close();
            throw e;
        }
        Map<String, Object> params = new LinkedHashMap<>();
        for (Manifest manifest : reversed(manifests)) {
            params.putAll(manifest.params());
        }
        return new Theme(layout.theme(), manifests.get(0).description(), params, layers,
                List.copyOf(fileSystems.values()));
    }

    private Path locate(String name, Path themesDirectory, Map<Path, FileSystem> fileSystems) throws BuildFailedException {
        if (name.isBlank() || name.contains("/") || name.contains("\\") || name.contains("..") || name.contains(":")) {
            throw new BuildFailedException("theme name '" + name + "' must be a plain folder name");
        }
        if (themesDirectory != null && Files.isDirectory(themesDirectory.resolve(name))) {
            return themesDirectory.resolve(name);
        }
        return builtIn(name, fileSystems);
    }

    /** The root of a built-in theme (from a jar, opened once per build, or a classes folder), or {@code null}. */
    private Path builtIn(String name, Map<Path, FileSystem> fileSystems) throws BuildFailedException {
        URL marker = classLoader.getResource(CLASSPATH_ROOT + name + "/" + MANIFEST);
        if (marker == null) {
            return null;
        }
        try {
            if ("jar".equals(marker.getProtocol())) {
                Path jar = Path.of(((JarURLConnection) marker.openConnection()).getJarFileURL().toURI());
                FileSystem fs = fileSystems.get(jar);
                if (fs == null) {
                    fs = FileSystems.newFileSystem(jar, (ClassLoader) null);
                    fileSystems.put(jar, fs);
                }
                return fs.getPath("/" + CLASSPATH_ROOT + name);
            }
            return Path.of(marker.toURI()).getParent();
        } catch (IOException | URISyntaxException | RuntimeException e) {
            throw new BuildFailedException("cannot open built-in theme '" + name + "': " + e.getMessage());
        }
    }

    /** Names of the built-in themes next to the default one, for messages; best effort. */
    private List<String> builtInThemes() {
        Set<String> names = new TreeSet<>();
        Map<Path, FileSystem> opened = new LinkedHashMap<>();
        try {
            Path fallback = builtIn(DEFAULT_THEME, opened);
            if (fallback != null) {
                try (Stream<Path> list = Files.list(fallback.getParent())) {
                    list.filter(dir -> Files.isRegularFile(dir.resolve(MANIFEST)))
                            .forEach(dir -> names.add(dir.getFileName().toString().replace("/", "")));
                }
            }
        } catch (BuildFailedException | IOException | RuntimeException e) {
            // Only a message is at stake; it names the themes it could list.
        } finally {
            new Theme("", "", Map.of(), List.of(), List.copyOf(opened.values())).close();
        }
        return names.isEmpty() ? List.of(DEFAULT_THEME) : List.copyOf(names);
    }

    /** Reads a theme's {@code theme.yaml}; a theme of the themes folder may leave it out. */
    private static Manifest manifest(Path root, String name) throws BuildFailedException {
        Path file = root.resolve(MANIFEST);
        if (!Files.isRegularFile(file)) {
            return Manifest.EMPTY;
        }
        Object data;
        try (InputStream in = Files.newInputStream(file)) {
            data = new Load(LoadSettings.builder().setLabel(file.toString()).build()).loadFromInputStream(in);
        } catch (IOException | RuntimeException e) {
            throw new BuildFailedException("theme '" + name + "': cannot read " + MANIFEST + ": " + e.getMessage());
        }
        if (data == null) {
            return Manifest.EMPTY;
        }
        if (!(data instanceof Map<?, ?> map)) {
            throw new BuildFailedException("theme '" + name + "': " + MANIFEST + " must be a map of keys "
                    + "(name, description, extends, params)");
        }
        Object parent = map.get("extends");
        if (parent != null && !(parent instanceof String)) {
            throw new BuildFailedException("theme '" + name + "': `extends` in " + MANIFEST
                    + " must be the name of one theme, e.g. `extends: default`");
        }
        Object params = map.get("params");
        if (params != null && !(params instanceof Map<?, ?>)) {
            throw new BuildFailedException("theme '" + name + "': `params` in " + MANIFEST
                    + " must be a map of keys and values");
        }
        Object description = map.get("description");
        Map<String, Object> values = new LinkedHashMap<>();
        if (params != null) {
            ((Map<?, ?>) params).forEach((key, value) -> values.put(String.valueOf(key), value));
        }
        return new Manifest(description == null ? "" : String.valueOf(description).strip(),
                parent == null || ((String) parent).isBlank() ? null : ((String) parent).strip(),
                Collections.unmodifiableMap(values));
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return copy;
    }
}
