package io.github.broadsheet.incremental;

import com.vladsch.flexmark.parser.Parser;
import freemarker.template.Configuration;
import io.github.broadsheet.config.SiteConfig;
import io.github.broadsheet.output.SiteWriter;
import io.github.broadsheet.problem.Problem;
import io.github.broadsheet.theme.ThemeResolver;
import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.jsoup.Jsoup;
import org.snakeyaml.engine.v2.api.Load;

/**
 * Lets a build with nothing changed stop at once. Before building it fingerprints every input (content, the
 * project's templates and static files, every layer of the theme, the themes folder, the jars of Broadsheet and
 * its template and Markdown engines) and compares it, with the configuration and the span of "now" that
 * publishes the same articles, to the {@link LastBuild} record of the last successful build; when all match and
 * every output file is still as that build wrote it, the build reports "up to date" and writes nothing. After a
 * successful build it writes the new record. Anything it cannot read or does not recognise means "build".
 */
final class UpToDateCheck {

    /** The fingerprint's files under the content folder are keyed with this root number. */
    private static final String CONTENT_ROOT = "0";

    private final SiteConfig config;
    private final ClassLoader themes;
    private final Path record;
    private final Consumer<String> notes;
    private final long takenAt = System.currentTimeMillis() * 1_000_000L;
    private Map<String, FileFingerprints.Entry> inputs;
    /** The folders {@link #inputs} was taken of; its keys are {@code <index>|<path in the folder>}. */
    private List<Path> inputRoots = List.of();
    private LastBuild last;

    UpToDateCheck(SiteConfig config, ClassLoader themes, Consumer<String> notes) {
        this.config = config;
        this.themes = themes;
        this.record = LastBuild.file(config.layout().cacheDirectory(), config.layout().outputDirectory());
        this.notes = notes;
    }

    /**
     * The content hash of every input file by its absolute path, from this build's fingerprint (mostly reused from
     * the last build's, so nothing is read again); empty when no fingerprint was taken.
     */
    Map<Path, byte[]> contentHashes() {
        if (inputs == null) {
            return Map.of();
        }
        Map<Path, byte[]> hashes = new java.util.HashMap<>();
        inputs.forEach((key, entry) -> {
            int bar = key.indexOf('|');
            Path root = inputRoots.get(Integer.parseInt(key.substring(0, bar)));
            hashes.put(root.resolve(key.substring(bar + 1)).toAbsolutePath().normalize(), entry.hash());
        });
        return hashes;
    }

    /** What the last build made, when nothing changed since; empty when the site must be built. */
    Optional<IncrementalBuild.Unchanged> upToDate() {
        try {
            last = LastBuild.read(record);
        } catch (NoSuchFileException e) {
            // The first build with this cache.
        } catch (IOException e) {
            notes.accept("last-build record " + record + " ignored: " + e.getMessage());
        }
        try {
            inputRoots = roots();
            inputs = FileFingerprints.take(inputRoots, last == null ? Map.of() : last.inputs(),
                    last == null ? 0 : last.takenAt());
        } catch (IOException | RuntimeException e) {
            notes.accept("inputs not fingerprinted (" + e + "); the next build cannot skip work");
            inputs = null;
            return Optional.empty();
        }
        if (last == null) {
            return Optional.empty();
        }
        String reason = !last.config().equals(key(config)) ? "the configuration changed"
                : !last.publishesSameArticles(config.publishing().now()) ? "an article's publication time has come"
                : !FileFingerprints.sameContent(last.inputs(), inputs) ? "input files changed"
                : !last.outputIntact(config.layout().outputDirectory()) ? "output files were changed or removed"
                : null;
        if (reason != null) {
            notes.accept("rebuilding: " + reason);
            return Optional.empty();
        }
        int files = (int) last.outputs().keySet().stream().filter(p -> !p.equals(SiteWriter.MANIFEST)).count();
        return Optional.of(new IncrementalBuild.Unchanged(last.articles(), last.pageCount(), files, last.warnings()));
    }

    /**
     * Which pages of the last build this build may keep.
     *
     * @param assets the {@code assets} function the pages see
     */
    PageReuse pageReuse(Object assets) {
        if (inputs == null) {
            return new PageReuse(null, null, null, config.layout().outputDirectory());
        }
        // Everything but the content: templates, static files, themes, the engines, and the configuration.
        StringBuilder context = new StringBuilder(key(config)).append('\n');
        new TreeMap<>(inputs).forEach((file, entry) -> {
            if (!file.startsWith(CONTENT_ROOT + "|")) {
                context.append(file).append(' ').append(HexFormat.of().formatHex(entry.hash())).append('\n');
            }
        });
        return new PageReuse(context.toString(), assets, last, config.layout().outputDirectory());
    }

    /**
     * Records a successful build.
     *
     * @param dates   the dates of every article read, published or not, to know when the next one is due
     * @param written the files the build wrote, relative to the output directory
     * @param pages   the pages' digests and static files, see {@link PageReuse}
     */
    void record(List<Instant> dates, Iterable<String> written, int articles, int pageCount,
                Map<String, LastBuild.Page> pages, List<Problem> warnings) {
        if (inputs == null) {
            return;
        }
        Instant now = config.publishing().now();
        Instant lastShown = dates.stream().filter(d -> !d.isAfter(now)).max(Instant::compareTo).orElse(null);
        Instant next = dates.stream().filter(d -> d.isAfter(now)).min(Instant::compareTo).orElse(null);
        try {
            new LastBuild(key(config), takenAt, inputs, lastShown, next,
                    LastBuild.outputFiles(config.layout().outputDirectory(), written), articles, pageCount, pages,
                    warnings)
                    .write(record);
        } catch (IOException e) {
            notes.accept("last-build record not saved: " + e);
        }
    }

    /** The configuration as text, without "now" (its effect is covered by the publication span). */
    static String key(SiteConfig config) {
        return config.withPublishing(config.publishing().withNow(Instant.EPOCH)).key();
    }

    /**
     * Every file or folder whose content the output depends on: the content, the project's templates and static
     * files, the themes folder, and the jars (or class folders) of the built-in themes and of the engines.
     */
    private List<Path> roots() {
        SiteConfig.Layout layout = config.layout();
        // The project's sources, content first: its files are the ones under CONTENT_ROOT.
        List<Path> roots = new ArrayList<>(layout.sources());
        for (String theme : new LinkedHashSet<>(List.of(layout.theme(), "default"))) {
            codeLocation(themes.getResource(ThemeResolver.CLASSPATH_ROOT + theme + "/" + ThemeResolver.MANIFEST), 2)
                    .ifPresent(roots::add);
        }
        // Broadsheet's own code: its jar, or (class folders) the io/github/broadsheet folder, two above this one.
        codeLocation(UpToDateCheck.class.getResource(UpToDateCheck.class.getSimpleName() + ".class"), 2)
                .ifPresent(roots::add);
        for (Class<?> engine : List.of(Configuration.class, Parser.class, Load.class, Jsoup.class)) {
            codeLocation(engine.getResource(engine.getSimpleName() + ".class"), 1).ifPresent(roots::add);
        }
        return roots;
    }

    /** The jar a resource lies in, or (outside jars) the folder {@code levels} above it. */
    private static Optional<Path> codeLocation(URL resource, int levels) {
        if (resource == null) {
            return Optional.empty();
        }
        try {
            if ("jar".equals(resource.getProtocol())) {
                return Optional.of(Path.of(((JarURLConnection) resource.openConnection()).getJarFileURL().toURI()));
            }
            Path folder = Path.of(resource.toURI());
            for (int i = 0; i < levels; i++) {
                folder = folder.getParent();
            }
            return Optional.of(folder);
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
