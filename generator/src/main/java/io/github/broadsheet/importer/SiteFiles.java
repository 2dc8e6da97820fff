package io.github.broadsheet.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The files an old site served from a folder on disk ({@code /assets/chart.png} is {@code assets/chart.png} of a
 * Jekyll site, {@code static/assets/chart.png} of a Hugo site). A site path never leads out of the folder: no
 * {@code ..}, and no symbolic link whose target lies outside, so an import cannot copy a file from elsewhere on the
 * machine into the site.
 */
public final class SiteFiles {

    /** Build and project files at a site's root that no reader of the old site saw. */
    private static final Set<String> TOOLING = Set.of("gemfile", "gemfile.lock", "rakefile", "package.json",
            "package-lock.json", "yarn.lock", "makefile", "netlify.toml", "config.toml", "config.yaml", "config.yml",
            "config.json", "hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json", "go.mod", "go.sum");

    private final Path root;
    private final Predicate<String> served;
    private final Set<Path> found = new HashSet<>();

    /**
     * @param root   the folder the old site's paths start in
     * @param served whether a file there (path relative to {@code root}, with {@code /}) was part of the site
     */
    public SiteFiles(Path root, Predicate<String> served) {
        this.root = root.toAbsolutePath().normalize();
        this.served = served;
    }

    /** The file the old site served at {@code sitePath}, if it is on disk inside the folder. */
    public Optional<Path> find(String sitePath) {
        String relative = SitePaths.normalize(sitePath).substring(1);
        if (relative.isEmpty() || relative.endsWith("/") || !Files.isDirectory(root)) {
            return Optional.empty();
        }
        Path file = root.resolve(relative).normalize();
        if (!file.startsWith(root) || !Files.isRegularFile(file) || !served.test(relative)) {
            return Optional.empty();
        }
        if (!staysInside(root, file)) {
            return Optional.empty();
        }
        found.add(file);
        return Optional.of(file);
    }

    /**
     * Whether {@code file}, once every symbolic link on the way is followed, lies inside {@code root}: a link in an
     * old site to {@code /etc/passwd} or to a file of another project is not imported.
     */
    public static boolean staysInside(Path root, Path file) {
        try {
            return file.toRealPath().startsWith(root.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    /** How many files the site served that were neither converted ({@code sources}) nor linked from a page. */
    public int unreferenced(List<Path> sources) throws IOException {
        if (!Files.isDirectory(root)) {
            return 0;
        }
        Set<Path> converted = new HashSet<>();
        sources.forEach(source -> converted.add(source.toAbsolutePath().normalize()));
        try (var walk = Files.walk(root)) {
            return (int) walk.filter(Files::isRegularFile).filter(file -> {
                String relative = root.relativize(file).toString().replace('\\', '/');
                String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
                return served.test(relative) && !converted.contains(file) && !found.contains(file)
                        && !(relative.indexOf('/') < 0 && (TOOLING.contains(name) || name.startsWith("readme")
                        || name.startsWith("license") || name.endsWith(".gemspec")));
            }).count();
        }
    }
}
