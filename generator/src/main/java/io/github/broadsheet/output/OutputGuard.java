package io.github.broadsheet.output;

import io.github.broadsheet.config.SiteConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Refuses output directories a build must never write: a path that is a file (or a symbolic link to one, or lies
 * below a file), the project folder or any folder above it, a file-system root, the user's home, and anything
 * that is or lies inside the content, themes or templates folder (or holds the content folder). A symbolic link
 * is followed, since the site is written where it points, and the place it points to must pass the same checks.
 * These are checked before anything is read or written, so a wrong setting cannot damage the user's work.
 */
public final class OutputGuard {

    private OutputGuard() {
    }

    /** Why the output directory is refused, or empty when it is safe. */
    public static Optional<String> check(SiteConfig.Layout layout, Path userHome) {
        Path out = layout.outputDirectory().toAbsolutePath().normalize();
        Optional<String> shape = shape(out);
        if (shape.isPresent()) {
            return shape;
        }
        Optional<String> refused = check(out, layout.baseDirectory(), layout.contentDirectory(),
                layout.themesDirectory(), layout.templatesDirectory(), userHome);
        Path real = real(out);
        if (refused.isPresent() || real.equals(out)) {
            return refused;
        }
        return check(real, real(layout.baseDirectory()), real(layout.contentDirectory()),
                layout.themesDirectory() == null ? null : real(layout.themesDirectory()),
                real(layout.templatesDirectory()), userHome == null ? null : real(userHome))
                .map(why -> why.replace("refusing output directory " + real,
                        "refusing output directory " + out + " (a symbolic link to " + real + ")"));
    }

    /**
     * Why the output path cannot hold a site at all, or empty when it is a folder, a symbolic link to one, or
     * does not exist yet below a folder.
     */
    static Optional<String> shape(Path out) {
        if (Files.isSymbolicLink(out)) {
            if (!Files.exists(out)) {
                return refuseShape(out, "it is a symbolic link to " + linkTarget(out) + ", which does not exist");
            }
            return Files.isDirectory(out) ? Optional.empty()
                    : refuseShape(out, "it is a symbolic link to the file " + real(out));
        }
        if (Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
            return Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS) ? Optional.empty()
                    : refuseShape(out, "it is a file, not a folder");
        }
        for (Path above = out.getParent(); above != null; above = above.getParent()) {
            if (Files.exists(above, LinkOption.NOFOLLOW_LINKS)) {
                if (Files.isDirectory(above)) {
                    return Optional.empty();
                }
                return refuseShape(out, "it lies below " + above + (Files.exists(above)
                        ? ", which is a file" : ", a symbolic link to " + linkTarget(above) + ", which does not exist"));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> check(Path out, Path base, Path contentDirectory, Path themesDirectory,
                                          Path templatesDirectory, Path userHome) {
        if (out.getParent() == null) {
            return refuse(out, "it is a file-system root");
        }
        if (userHome != null && out.equals(userHome.toAbsolutePath().normalize())) {
            return refuse(out, "it is your home folder");
        }
        if (base.startsWith(out)) {
            return refuse(out, out.equals(base) ? "it is the project folder" : "it contains the project folder");
        }
        Optional<String> content = inside(out, contentDirectory, "content");
        if (content.isPresent()) {
            return content;
        }
        if (themesDirectory != null) {
            Optional<String> themes = inside(out, themesDirectory, "themes");
            if (themes.isPresent()) {
                return themes;
            }
        }
        return inside(out, templatesDirectory, "templates");
    }

    /** The path with every symbolic link resolved, as far as it exists. */
    private static Path real(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        try {
            return absolute.toRealPath();
        } catch (IOException e) {
            Path parent = absolute.getParent();
            return parent == null || absolute.getFileName() == null ? absolute
                    : real(parent).resolve(absolute.getFileName());
        }
    }

    private static String linkTarget(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            return "?";
        }
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

    private static Optional<String> refuseShape(Path out, String why) {
        return Optional.of("refusing output directory " + out + ": " + why + "; nothing was written or deleted."
                + " Point outputDirectory at a folder of its own, such as target/public.");
    }
}
