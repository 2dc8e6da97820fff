package io.github.broadsheet.deploy;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where and how to publish a generated site.
 *
 * @param baseDirectory   the project folder: its {@code origin} remote is the default repository and its
 *                        {@code HEAD} names the source commit; git only ever reads from it
 * @param outputDirectory the generated site, as the last successful build left it
 * @param workDirectory   a scratch folder for the deploy repository, replaced on every deploy
 *                        (e.g. {@code target/broadsheet-deploy})
 * @param repository      URL or path of the repository to push to; empty means the project's {@code origin}
 * @param branch          the branch that holds the published site, e.g. {@code gh-pages}
 * @param message         first line of the commit message; empty means "Publish site built from &lt;commit&gt;"
 * @param cname           custom domain written to {@code CNAME} (GitHub Pages); empty writes none
 */
public record DeployRequest(Path baseDirectory, Path outputDirectory, Path workDirectory, Optional<String> repository,
                            String branch, Optional<String> message, Optional<String> cname) {

    public static final String DEFAULT_BRANCH = "gh-pages";

    public DeployRequest {
        baseDirectory = Objects.requireNonNull(baseDirectory, "baseDirectory").toAbsolutePath().normalize();
        outputDirectory = baseDirectory.resolve(Objects.requireNonNull(outputDirectory, "outputDirectory")).normalize();
        workDirectory = baseDirectory.resolve(Objects.requireNonNull(workDirectory, "workDirectory")).normalize();
        repository = blankToEmpty(repository);
        branch = branch == null || branch.isBlank() ? DEFAULT_BRANCH : branch.strip();
        message = blankToEmpty(message);
        cname = blankToEmpty(cname);
    }

    private static Optional<String> blankToEmpty(Optional<String> value) {
        return Objects.requireNonNull(value).map(String::strip).filter(s -> !s.isEmpty());
    }
}
