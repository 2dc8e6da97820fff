package io.github.broadsheet.importer;

import io.github.broadsheet.problem.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The outcome of one import, as the user reads it: what was imported and left out (counts per kind), what was
 * written, how the old URLs were kept, the settings to copy into the POM, and every construct not converted with
 * the source file and line.
 *
 * @param source   the kind of site
 * @param from     the site's folder or export file, as given
 * @param counts   per kind, in the order they were first counted
 * @param written  files written, found unchanged, and left as they were because they differ (clashes)
 * @param schemes  how the old URLs were computed
 * @param settings site settings for the POM
 * @param notes    constructs not converted, sorted by file and line
 */
public record ImportReport(ImportSource source, String from, Map<String, Integer> counts, ContentWriter.Result written,
                           List<String> schemes, List<String> settings, List<Problem> notes) {

    public ImportReport {
        counts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(counts));
        schemes = List.copyOf(schemes);
        settings = List.copyOf(settings);
        notes = List.copyOf(notes);
    }

    /** The summary: counts, files, URLs and settings, without the notes. */
    public List<String> summary() {
        List<String> lines = new ArrayList<>();
        lines.add("Imported from " + source.displayName() + " (" + from + "):");
        counts.forEach((what, n) -> lines.add("  " + what + ": " + n));
        lines.add("Files: " + written.written() + " written, " + written.unchanged() + " unchanged (already imported), "
                + written.clashes() + " not overwritten (a different file is there)");
        if (!schemes.isEmpty()) {
            lines.add("Old URLs:");
            schemes.forEach(line -> lines.add("  " + line));
        }
        if (!settings.isEmpty()) {
            lines.add("Settings to carry over into the plugin's <configuration> in pom.xml:");
            settings.forEach(line -> lines.add("  " + line));
        }
        lines.add(notes.isEmpty() ? "Everything was converted."
                : notes.size() + (notes.size() == 1 ? " thing" : " things") + " to check (not converted, or not as the"
                        + " old site showed it):");
        return lines;
    }

    /** One line per note, {@code source-file:line: message}. */
    public List<String> noteLines() {
        return notes.stream().map(ImportReport::line).toList();
    }

    /** The whole report as text, as {@code import-report.txt} holds it. */
    public String text() {
        StringBuilder out = new StringBuilder();
        summary().forEach(line -> out.append(line).append('\n'));
        noteLines().forEach(line -> out.append("  ").append(line).append('\n'));
        return out.toString();
    }

    private static String line(Problem note) {
        StringBuilder text = new StringBuilder();
        if (note.file() != null) {
            text.append(note.file().toString().replace('\\', '/'));
            if (note.line() > 0) {
                text.append(':').append(note.line());
            }
            text.append(": ");
        }
        return text.append(note.message()).toString();
    }
}
