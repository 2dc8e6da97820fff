package io.github.broadsheet.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** A commit refused before it changed anything, with the reason for the user as its message. */
final class CommitRefused extends IOException {

    private static final long serialVersionUID = 1L;

    CommitRefused(String message) {
        super(message);
    }

    /** The new site would replace or remove files of the output that no build of ours wrote. */
    static CommitRefused foreign(Path target, List<String> paths) {
        List<String> sorted = paths.stream().sorted().toList();
        int more = sorted.size() - 1;
        return new CommitRefused("refusing to replace " + target.resolve(sorted.get(0))
                + (more == 0 ? "" : " and " + more + " more " + (more == 1 ? "file" : "files"))
                + ": the new site has a file or folder there, and Broadsheet did not write "
                + (more == 0 ? "it" : "them") + " (not in " + target.resolve(SiteWriter.MANIFEST)
                + "). Move " + (more == 0 ? "it" : "them") + " away (or put your own version into static/) and build"
                + " again; the previous site is unchanged.");
    }
}
