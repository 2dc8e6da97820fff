package io.github.broadsheet.importer;

import java.util.Locale;
import java.util.Optional;

/** The kinds of site {@code site:import} reads. */
public enum ImportSource {
    /** A Jekyll site's folder: {@code _posts/}, {@code _drafts/}, {@code _config.yml}, pages and assets. */
    JEKYLL("Jekyll"),
    /** A Hugo site's folder: its configuration, {@code content/} and {@code static/}. */
    HUGO("Hugo"),
    /** A WordPress export file (WXR), with its uploads folder when it is on disk. */
    WORDPRESS("WordPress");

    private final String displayName;

    ImportSource(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    /** The source named {@code jekyll}, {@code hugo} or {@code wordpress} (any case). */
    public static Optional<ImportSource> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(name.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
