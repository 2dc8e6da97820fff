package io.github.broadsheet.output;

import io.github.broadsheet.problem.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Every file a build is about to write, with who wants it, checked before anything is written: two owners of one
 * path (an alias on the tag index, two articles with one {@code url:}), or a file where another needs a folder
 * ({@code /feed.xml/} as an alias), would otherwise silently overwrite each other or crash half-way. A collision
 * is reported against each article involved, at the line of the front-matter key that made the path, since that
 * is what the user changes; a collision between files of the build alone is reported once, without a file.
 */
public final class PathClaims {

    /**
     * Who wants a path.
     *
     * @param source the article whose front-matter made the path, or {@code null} for the build's own files
     * @param line   the line of the front-matter key that made the path ({@code url:}, {@code aliases:}), or 0
     * @param own    the claimant as its own article's message names it: "its alias /old/"
     * @param other  the claimant as another message names it: "the alias /old/ of content/articles/a.md"
     * @param fix    what the article's author can change, or empty
     */
    public record Claim(Path source, int line, String own, String other, String fix) {

        /** A file of the build itself: a list page, a feed, a static file. */
        public static Claim of(String what) {
            return new Claim(null, 0, what, what, "");
        }

        /**
         * A path an article's front-matter made.
         *
         * @param what the path's role without its owner, e.g. "alias /old/" or "page"
         */
        public static Claim article(Path source, int line, String what, String fix) {
            return new Claim(source, line, "its " + what, "the " + what + " of " + display(source), fix);
        }
    }

    /** Every claimant of each path, first claimant first. */
    private final Map<String, List<Claim>> claims = new HashMap<>();

    /** @param path output path, forward slashes, no leading slash */
    public void claim(String path, Claim claim) {
        List<Claim> owners = claims.computeIfAbsent(path, p -> new ArrayList<>(1));
        if (!owners.contains(claim)) {
            owners.add(claim);
        }
    }

    /**
     * Every collision found: a path written more than once (each article involved gets one problem that names all
     * the others), and a file that stands where another path needs a folder.
     */
    public List<Problem> problems() {
        List<Problem> all = new ArrayList<>();
        claims.forEach((path, owners) -> {
            if (owners.size() > 1) {
                written(all, path, owners);
            }
            Claim claim = owners.get(0);
            for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
                String folder = path.substring(0, slash);
                List<Claim> file = claims.get(folder);
                if (file != null) {
                    report(all, claim, file.get(0), "/" + path + " (%s) needs /" + folder + " to be a folder, but %s"
                            + " is a file there", false);
                }
            }
        });
        all.sort(Problem.ORDER);
        return all;
    }

    /** One problem per article that writes {@code path} among others, naming them all; one without any article. */
    private static void written(List<Problem> into, String path, List<Claim> owners) {
        if (owners.stream().allMatch(claim -> claim.source() == null)) {
            into.add(Problem.error(null, 0, "/" + path + " is written " + times(owners.size()) + ": by "
                    + String.join(" and by ", owners.stream().map(Claim::other).toList())));
            return;
        }
        Set<Path> reported = new HashSet<>();
        for (Claim claim : owners) {
            if (claim.source() == null || !reported.add(claim.source())) {
                continue;
            }
            List<String> others = owners.stream().filter(other -> other != claim)
                    .map(other -> seenBy(claim, other)).toList();
            into.add(problem(claim, "/" + path + " is written " + times(owners.size()) + ": by " + claim.own()
                    + " and by " + String.join(" and by ", others)));
        }
    }

    private static String times(int count) {
        return count == 2 ? "twice" : count + " times";
    }

    /**
     * Reported against every article involved, each message naming that article's side first and as its own; a
     * collision between the build's own files is reported once. {@code message} takes the descriptions of
     * {@code first} and {@code second}, in this order unless {@code symmetric} lets each article put itself first.
     */
    private static void report(List<Problem> into, Claim first, Claim second, String message, boolean symmetric) {
        if (first.source() == null && second.source() == null) {
            into.add(Problem.error(null, 0, String.format(message, first.other(), second.other())));
            return;
        }
        if (first.source() != null) {
            into.add(problem(first, String.format(message, first.own(), seenBy(first, second))));
        }
        if (second.source() != null && !second.source().equals(first.source())) {
            into.add(problem(second, symmetric ? String.format(message, second.own(), seenBy(second, first))
                    : String.format(message, seenBy(second, first), second.own())));
        }
    }

    /** How the message of {@code reader}'s article names {@code claim}. */
    private static String seenBy(Claim reader, Claim claim) {
        return claim.source() != null && claim.source().equals(reader.source()) ? claim.own() : claim.other();
    }

    private static Problem problem(Claim claim, String message) {
        return Problem.error(claim.source(), claim.line(), claim.fix().isEmpty() ? message : message + "; " + claim.fix());
    }

    private static String display(Path source) {
        return source.toString().replace('\\', '/');
    }
}
