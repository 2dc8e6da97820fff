package io.github.broadsheet.output;

import io.github.broadsheet.problem.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every file a build is about to write, with who wants it, checked before anything is written: two owners of one
 * path (an alias on the tag index, two articles with one {@code url:}), or a file where another needs a folder
 * ({@code /feed.xml/} as an alias), would otherwise silently overwrite each other or crash half-way.
 */
public final class PathClaims {

    /** Who claims a path: an article's source file, or a description such as "the tag index". */
    private record Claim(Path source, String what) {
        String describe() {
            return source != null ? source.toString().replace('\\', '/') : what;
        }
    }

    private final Map<String, Claim> claims = new HashMap<>();
    private final List<Problem> problems = new ArrayList<>();

    /**
     * @param path   output path, forward slashes, no leading slash
     * @param source the article that produces it, or {@code null}
     * @param what   what the file is, for messages
     */
    public void claim(String path, Path source, String what) {
        Claim claim = new Claim(source, what);
        Claim earlier = claims.putIfAbsent(path, claim);
        if (earlier != null && !(earlier.equals(claim))) {
            report(claim, earlier, "/" + path + " is written twice: by " + claim.describe() + " (" + what
                    + ") and by " + earlier.describe() + " (" + earlier.what() + ")");
        }
    }

    /** Every collision found, including files that stand where another path needs a folder. */
    public List<Problem> problems() {
        List<Problem> all = new ArrayList<>(problems);
        claims.forEach((path, claim) -> {
            for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
                Claim file = claims.get(path.substring(0, slash));
                if (file != null) {
                    report(all, claim, file, "/" + path + " (" + claim.what() + " of " + claim.describe()
                            + ") needs a folder where " + file.describe() + " writes the file /"
                            + path.substring(0, slash));
                }
            }
        });
        all.sort(Problem.ORDER);
        return all;
    }

    private void report(Claim claim, Claim other, String message) {
        report(problems, claim, other, message);
    }

    /** Reported against every article involved, since that is what the user changes, else against the path. */
    private static void report(List<Problem> into, Claim claim, Claim other, String message) {
        java.util.Set<Path> sources = new java.util.LinkedHashSet<>();
        for (Claim involved : List.of(claim, other)) {
            if (involved.source() != null) {
                sources.add(involved.source());
            }
        }
        if (sources.isEmpty()) {
            into.add(Problem.error(null, 0, message));
        }
        sources.forEach(source -> into.add(Problem.error(source, 0, message)));
    }
}
