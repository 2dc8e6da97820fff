package io.github.broadsheet.scaffold;

import io.github.broadsheet.config.SiteConfig;
import io.github.broadsheet.problem.BuildFailedException;
import io.github.broadsheet.theme.Theme;
import io.github.broadsheet.theme.ThemeResolver;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the archetype of a new article: the project's {@code archetypes/article.md} first, then
 * {@code archetypes/article.md} of the configured theme and of each theme it extends, ending with the built-in
 * {@code default} theme, which always has one. Themes are found exactly as a build finds them
 * ({@link ThemeResolver}), so the themes folder, built-in themes and {@code extends} work the same way.
 */
public final class ArchetypeLocator {

    private final ClassLoader themes;

    /** Built-in themes are looked up through {@code themes}, as the generator does. */
    public ArchetypeLocator(ClassLoader themes) {
        this.themes = themes;
    }

    public Archetype find(SiteConfig.Layout layout) throws BuildFailedException {
        Path own = layout.baseDirectory().resolve(Archetype.PATH);
        if (Files.isRegularFile(own)) {
            return new Archetype(Archetype.PATH, read(own, Archetype.PATH));
        }
        List<String> looked = new ArrayList<>(List.of(own.toString()));
        try (Theme theme = new ThemeResolver(themes).resolve(layout)) {
            // The first layer is the project's templates folder; the others are the theme and the themes behind
            // it, each rooted at the parent of its templates folder (see Theme).
            List<Theme.Layer> layers = theme.layers();
            for (Theme.Layer layer : layers.subList(1, layers.size())) {
                Path file = layer.templates().resolveSibling(Archetype.PATH);
                String origin = layer.name() + ": " + Archetype.PATH;
                if (Files.isRegularFile(file)) {
                    return new Archetype(origin, read(file, origin));
                }
                looked.add(origin);
            }
        }
        throw new BuildFailedException("no archetype for a new article; looked for " + String.join(", ", looked));
    }

    private static String read(Path file, String origin) throws BuildFailedException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BuildFailedException("cannot read archetype " + origin + ": " + e.getMessage());
        }
    }
}
