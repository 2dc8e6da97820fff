package io.github.broadsheet.deploy;

import java.util.Optional;

/**
 * What a deploy did.
 *
 * @param repository   where it published, credentials masked
 * @param branch       the branch it published to
 * @param sourceCommit the project's commit the site was built from (short id), or {@code unknown}
 * @param commit       the new commit on the branch (short id); empty when nothing changed and nothing was pushed
 * @param files        files in the published tree
 */
public record DeployResult(String repository, String branch, String sourceCommit, Optional<String> commit, int files) {

    /** Whether a new commit was pushed; {@code false} when the branch already held exactly this site. */
    public boolean published() {
        return commit.isPresent();
    }
}
