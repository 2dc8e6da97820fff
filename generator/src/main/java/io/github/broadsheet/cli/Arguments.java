package io.github.broadsheet.cli;

import io.github.broadsheet.config.SiteConfig;
import io.github.broadsheet.config.SiteSettings;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The command line of {@link Main}, parsed. Options may be given as {@code --name value} or {@code --name=value}.
 *
 * @param content           the content folder (holds {@code articles/}); its parent is the project folder
 * @param output            the output folder, changed only by a successful build
 * @param baseUrl           absolute URL the site is published under, or {@code null} for the default
 * @param title             the site's name, or {@code null} for the default
 * @param now               the moment that decides what is "future", or {@code null} for the time of the build
 * @param explainRelated    write {@code related.json}
 * @param failOnBrokenLinks broken internal links fail the build (else they are warnings)
 * @param cache             the build cache folder, or {@code null} for none (every build from scratch)
 * @param verbose           also print the build's notes (cache use, timings) to stderr
 * @param help              only print the usage
 */
public record Arguments(Path content, Path output, String baseUrl, String title, Instant now, boolean explainRelated,
                        boolean failOnBrokenLinks, Path cache, boolean verbose, boolean help) {

    public static final String USAGE = String.join(System.lineSeparator(),
            "usage: java -cp <generator, themes and their dependencies> io.github.broadsheet.cli.Main \\",
            "           --content DIR --output DIR [--base-url URL] [--title T] [--now ISO-8601]",
            "           [--explain-related] [--no-fail-on-broken-links] [--cache DIR] [--verbose]",
            "  --content DIR               folder holding articles/; its parent is the project folder",
            "  --output DIR                the generated site (replaced only when the build succeeds)",
            "  --base-url URL              absolute URL the site is published under (default http://localhost:8080/)",
            "  --title T                   the site's name (default Broadsheet)",
            "  --now ISO                   fixed build time, e.g. 2026-11-27T00:00:00Z, for reproducible builds",
            "  --explain-related           also write related.json with the score parts of each related link",
            "  --no-fail-on-broken-links   report broken internal links as warnings instead of failing",
            "  --cache DIR                 keep a build cache there: a rebuild with nothing changed stops at once,",
            "                              one after an edit renders only what the edit affects",
            "  --verbose                   also print progress and the build's notes (cache use, timings) to stderr",
            "  --help                      print this text");

    /** A command line that cannot be run; the message says why. */
    public static final class UsageException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }

        UsageException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public static Arguments parse(String... args) {
        Path content = null;
        Path output = null;
        String baseUrl = null;
        String title = null;
        Instant now = null;
        boolean explainRelated = false;
        boolean failOnBrokenLinks = true;
        Path cache = null;
        boolean verbose = false;
        List<String> list = List.of(args);
        for (int i = 0; i < list.size(); i++) {
            String arg = list.get(i);
            String name = arg;
            String inline = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                inline = arg.substring(eq + 1);
            }
            switch (name) {
                case "--help", "-h" -> {
                    return new Arguments(null, null, null, null, null, false, true, null, false, true);
                }
                case "--explain-related" -> explainRelated = flag(name, inline);
                case "--no-fail-on-broken-links" -> failOnBrokenLinks = !flag(name, inline);
                case "--verbose" -> verbose = flag(name, inline);
                case "--content", "--output", "--base-url", "--title", "--now", "--cache" -> {
                    String value;
                    if (inline != null) {
                        value = inline;
                    } else if (i + 1 < list.size()) {
                        value = list.get(++i);
                    } else {
                        throw new UsageException(name + " needs a value");
                    }
                    if (value.isBlank()) {
                        throw new UsageException(name + " needs a value");
                    }
                    switch (name) {
                        case "--content" -> content = Path.of(value);
                        case "--output" -> output = Path.of(value);
                        case "--base-url" -> baseUrl = value;
                        case "--title" -> title = value;
                        case "--cache" -> cache = Path.of(value);
                        default -> now = instant(value);
                    }
                }
                default -> throw new UsageException("unknown argument: " + arg);
            }
        }
        if (content == null) {
            throw new UsageException("--content is required");
        }
        if (output == null) {
            throw new UsageException("--output is required");
        }
        return new Arguments(content, output, baseUrl, title, now, explainRelated, failOnBrokenLinks, cache, verbose, false);
    }

    /**
     * The build configuration. The project folder is the parent of the content folder (the output guard refuses
     * outputs that contain it); templates and themes are the built-in ones.
     */
    public SiteConfig toConfig() {
        Path contentDir = content.toAbsolutePath().normalize();
        Path base = contentDir.getParent() == null ? contentDir : contentDir.getParent();
        try {
            return SiteConfig.builder(base)
                    .contentDirectory(contentDir)
                    .outputDirectory(output.toAbsolutePath().normalize())
                    .site(new SiteSettings(title, null, baseUrl, null, null))
                    .now(now)
                    .explainRelated(explainRelated)
                    .failOnBrokenLinks(failOnBrokenLinks)
                    .cacheDirectory(cache == null ? null : cache.toAbsolutePath().normalize())
                    .build();
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), e);
        }
    }

    private static boolean flag(String name, String inline) {
        if (inline == null || inline.equals("true")) {
            return true;
        }
        if (inline.equals("false")) {
            return false;
        }
        throw new UsageException(name + " takes no value (or =true/=false), got: " + inline);
    }

    private static Instant instant(String value) {
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new UsageException("--now '" + value + "' is not an ISO 8601 date-time such as 2026-11-27T00:00:00Z", e);
        }
    }
}
