package io.github.broadsheet.render;

import freemarker.cache.TemplateLoader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Loads templates from an ordered list of folders, the first that has a name wins. Folders may live on disk or
 * inside a jar (a zip file system), which Freemarker's own loaders cannot mix. A name that would resolve outside
 * its folder is never loaded, so a template cannot include files outside the theme.
 */
final class PathTemplateLoader implements TemplateLoader {

    private final List<Path> roots;

    PathTemplateLoader(List<Path> roots) {
        this.roots = List.copyOf(roots);
    }

    @Override
    public Object findTemplateSource(String name) {
        for (Path root : roots) {
            Path candidate = root.resolve(name).normalize();
            if (candidate.startsWith(root) && Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    @Override
    public long getLastModified(Object source) {
        return -1;
    }

    @Override
    public Reader getReader(Object source, String encoding) throws IOException {
        return Files.newBufferedReader((Path) source, StandardCharsets.UTF_8);
    }

    @Override
    public void closeTemplateSource(Object source) {
        // Readers are closed by Freemarker; nothing else is held open per template.
    }
}
