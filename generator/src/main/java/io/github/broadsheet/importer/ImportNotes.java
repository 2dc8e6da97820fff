package io.github.broadsheet.importer;

import io.github.broadsheet.problem.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one import found besides the documents it made: every construct it could not convert, with the source file
 * and line ({@link Problem} warnings), counts per kind ("articles", "drafts", "comments left out"), how it computed
 * the old URLs, and the site settings the user should copy. One instance per import, filled in order, so the report
 * is the same on every run.
 */
public final class ImportNotes {

    private final List<Problem> notes = new ArrayList<>();
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private final List<String> urlSchemes = new ArrayList<>();
    private final List<String> settings = new ArrayList<>();

    /** Something at {@code file:line} that was not converted, or not as the old site showed it. */
    public void note(Path file, int line, String message) {
        notes.add(Problem.warning(file, line, message));
    }

    /** One more of {@code what}. */
    public void count(String what) {
        count(what, 1);
    }

    public void count(String what, int n) {
        if (n > 0) {
            counts.merge(what, n, Integer::sum);
        }
    }

    /** A line saying how old URLs were computed (the source's permalink setting, where it came from). */
    public void urlScheme(String line) {
        if (!urlSchemes.contains(line)) {
            urlSchemes.add(line);
        }
    }

    /** A site setting to carry over into the POM ({@code <baseUrl>}, time zone), with where it came from. */
    public void setting(String line) {
        if (!settings.contains(line)) {
            settings.add(line);
        }
    }

    public List<Problem> notes() {
        List<Problem> sorted = new ArrayList<>(notes);
        sorted.sort(Problem.ORDER);
        return List.copyOf(sorted);
    }

    public Map<String, Integer> counts() {
        return java.util.Collections.unmodifiableMap(counts);
    }

    public List<String> urlSchemes() {
        return List.copyOf(urlSchemes);
    }

    public List<String> settings() {
        return List.copyOf(settings);
    }
}
