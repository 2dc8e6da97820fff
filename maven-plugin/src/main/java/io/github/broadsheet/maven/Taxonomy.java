package io.github.broadsheet.maven;

/**
 * One {@code <taxonomy>} of the {@code taxonomies} parameter, as Maven fills it from the POM:
 * {@code <taxonomy><key>section</key><path>sections</path><name>Section</name><plural>Sections</plural></taxonomy>}.
 * Only {@code key} is required; the others default to the taxonomy's usual path and names. Checked and turned into
 * the engine's {@link io.github.broadsheet.config.Taxonomy} by the Mojo.
 */
public class Taxonomy {

    /** {@code section}, {@code authors}, {@code series} or {@code tags}. */
    String key;
    /** The URL segment of the taxonomy's pages. */
    String path;
    /** The display name of one term's kind. */
    String name;
    /** The display name of the taxonomy's index. */
    String plural;

    io.github.broadsheet.config.Taxonomy toConfig() {
        return new io.github.broadsheet.config.Taxonomy(key, path, name, plural);
    }
}
