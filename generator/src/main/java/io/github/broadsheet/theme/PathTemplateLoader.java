package io.github.broadsheet.theme;

import freemarker.cache.TemplateLoader;
import io.github.broadsheet.files.FolderBoundary;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Loads templates from an ordered list of folders, the first that has a name wins. Folders may live on disk or
 * inside a jar (a zip file system), which Freemarker's own loaders cannot mix. A name that would resolve outside
 * its folder is never loaded, so a template cannot include files outside the theme; a template that is a
 * symbolic link to a file outside its folder is refused with an error (not skipped, which would silently fall
 * back to the next layer).
 */
final class PathTemplateLoader implements TemplateLoader {

    private final List<Path> roots;
    private final List<String> names;

    PathTemplateLoader(List<Path> roots) {
        this(roots, roots.stream().map(Path::toString).toList());
    }

    /**
     * @param roots template folders, first wins
     * @param names what messages call each folder ("theme magazine"), same order
     */
    PathTemplateLoader(List<Path> roots, List<String> names) {
        if (roots.size() != names.size()) {
            throw new IllegalArgumentException("one name per template folder");
        }
        this.roots = List.copyOf(roots);
        this.names = List.copyOf(names);
    }

    @Override
    public Object findTemplateSource(String name) throws IOException {
        for (int i = 0; i < roots.size(); i++) {
            Path root = roots.get(i);
            Path candidate = root.resolve(name).normalize();
            if (candidate.startsWith(root) && Files.isRegularFile(candidate)) {
                if (!FolderBoundary.of(root).contains(candidate)) {
                    throw new IOException("template " + name + " of " + names.get(i)
                            + " is a symbolic link to a file outside its templates folder; refused");
                }
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
