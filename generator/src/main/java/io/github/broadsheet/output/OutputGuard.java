package io.github.broadsheet.output;

import io.github.broadsheet.config.SiteConfig;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Refuses output directories a build must never replace: the project folder or any folder above it, a
 * file-system root, the user's home, and anything that is or lies inside the content, themes or templates
 * folder (or holds the content folder). The whole output directory is swapped on every build, so a wrong
 * setting here would otherwise delete the user's work.
 */
public final class OutputGuard {

    private OutputGuard() {
    }

    /** Why the output directory is refused, or empty when it is safe. */
    public static Optional<String> check(SiteConfig.Layout layout, Path userHome) {
        Path out = layout.outputDirectory().toAbsolutePath().normalize();
        Path base = layout.baseDirectory();
        if (out.getParent() == null) {
            return refuse(out, "it is a file-system root");
        }
        if (userHome != null && out.equals(userHome.toAbsolutePath().normalize())) {
            return refuse(out, "it is your home folder");
        }
        if (base.startsWith(out)) {
            return refuse(out, out.equals(base) ? "it is the project folder" : "it contains the project folder");
        }
        Optional<String> content = inside(out, layout.contentDirectory(), "content");
        if (content.isPresent()) {
            return content;
        }
        if (layout.themesDirectory() != null) {
            Optional<String> themes = inside(out, layout.themesDirectory(), "themes");
            if (themes.isPresent()) {
                return themes;
            }
        }
        return inside(out, layout.templatesDirectory(), "templates");
    }

    private static Optional<String> inside(Path out, Path folder, String name) {
        Path normal = folder.toAbsolutePath().normalize();
        if (out.startsWith(normal)) {
            return refuse(out, "it is inside the " + name + " folder " + normal);
        }
        if (normal.startsWith(out)) {
            return refuse(out, "it contains the " + name + " folder " + normal);
        }
        return Optional.empty();
    }

    private static Optional<String> refuse(Path out, String why) {
        return Optional.of("refusing output directory " + out + ": " + why
                + ". Every build replaces the output directory as a whole; point outputDirectory at a folder of its"
                + " own, such as target/public.");
    }
}
