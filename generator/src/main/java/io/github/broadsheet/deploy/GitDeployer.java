package io.github.broadsheet.deploy;

import io.github.broadsheet.files.FileTrees;
import io.github.broadsheet.output.SiteWriter;
import io.github.broadsheet.problem.BuildFailedException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Publishes a generated site to a branch of a git repository (GitHub Pages' {@code gh-pages}, for example) with
 * the {@code git} command line. It works in a scratch repository of its own: fetches the branch's last commit,
 * replaces the tree with the site plus {@code .nojekyll} (and {@code CNAME} when asked), and commits and pushes
 * only when something changed, so deploying the same site twice adds no commit. An unknown branch is created
 * without history. In the project's own repository git only reads ({@code remote get-url origin},
 * {@code rev-parse HEAD}); its work tree, index and branches are never touched.
 */
public final class GitDeployer {

    /** Tells GitHub Pages not to run Jekyll, which would hide files and folders starting with {@code _}. */
    static final String NOJEKYLL = ".nojekyll";
    /** GitHub Pages' file naming the custom domain of the site. */
    static final String CNAME = "CNAME";

    /** A host name as GitHub Pages accepts it in {@code CNAME}: labels of letters, digits and dashes. */
    private static final Pattern HOST = Pattern.compile("(?i)[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+");

    private final Git git;

    public GitDeployer(Git git) {
        this.git = git;
    }

    public DeployResult deploy(DeployRequest request) throws BuildFailedException {
        try {
            return publish(request);
        } catch (UncheckedIOException e) {
            throw new BuildFailedException(e.getMessage() + ": " + e.getCause().getMessage());
        }
    }

    private DeployResult publish(DeployRequest request) throws BuildFailedException {
        Path output = request.outputDirectory();
        if (!Files.isRegularFile(output.resolve("index.html"))) {
            throw new BuildFailedException("there is no site to deploy: " + output
                    + (Files.isDirectory(output) ? " has no index.html" : " does not exist")
                    + "; generate it first (mvn site:generate site:deploy)");
        }
        Optional<String> cname = request.cname().isPresent() ? Optional.of(host(request.cname().get())) : Optional.empty();
        String branch = request.branch();
        Path base = request.baseDirectory();
        String repository = repository(request);
        String shown = Git.mask(repository);
        String source = sourceCommit(base);

        Path work = freshWorkDirectory(request);
        run(work, "init", "-q");
        checkBranch(work, branch);
        // The scratch repository's own settings: byte-exact files whatever the user's global autocrlf says, and
        // an author for machines where git has none (CI runners).
        run(work, "config", "core.autocrlf", "false");
        if (git.run(work, "config", "user.name").out().isBlank()) {
            run(work, "config", "user.name", "Broadsheet");
        }
        if (git.run(work, "config", "user.email").out().isBlank()) {
            run(work, "config", "user.email", "broadsheet@localhost");
        }
        run(work, "symbolic-ref", "HEAD", "refs/heads/" + branch);

        Git.Result remote = git.run(work, "ls-remote", "--heads", repository, "refs/heads/" + branch);
        if (!remote.ok()) {
            throw failure("cannot read repository " + shown, remote, work);
        }
        boolean exists = remote.out().lines().anyMatch(line -> line.endsWith("\trefs/heads/" + branch));
        if (exists) {
            // Only the last commit is needed: the new one goes on top of it, and the files are replaced anyway.
            run(work, "fetch", "-q", "--depth", "1", "--no-tags", repository, "refs/heads/" + branch);
            run(work, "reset", "-q", "FETCH_HEAD");
        }

        int files = copySite(output, work, cname);
        run(work, "add", "-A");
        if (exists && run(work, "status", "--porcelain").out().isBlank()) {
            deleteTree(work);
            return new DeployResult(shown, branch, source, Optional.empty(), files);
        }
        List<String> commit = new ArrayList<>(List.of("commit", "-q", "--no-verify"));
        if (request.message().isPresent()) {
            commit.addAll(List.of("-m", request.message().get(), "-m", "Built from " + source + "."));
        } else {
            commit.addAll(List.of("-m", "Publish site built from " + source));
        }
        run(work, commit.toArray(String[]::new));
        Git.Result push = git.run(work, "push", "-q", repository, "HEAD:refs/heads/" + branch);
        if (!push.ok()) {
            throw failure("cannot push to " + branch + " of " + shown
                    + " (if someone else deployed meanwhile, deploy again)", push, work);
        }
        String id = run(work, "rev-parse", "--short", "HEAD").out().strip();
        deleteTree(work);
        return new DeployResult(shown, branch, source, Optional.of(id), files);
    }

    /** The repository to push to: the given one, else the project's {@code origin}; local paths made absolute. */
    private String repository(DeployRequest request) throws BuildFailedException {
        Path base = request.baseDirectory();
        String repository;
        if (request.repository().isPresent()) {
            repository = request.repository().get();
        } else {
            Git.Result origin = git.run(base, "remote", "get-url", "origin");
            if (!origin.ok() || origin.out().isBlank()) {
                throw new BuildFailedException("no repository to deploy to: set deployRepository"
                        + " (-Dsite.deployRepository=URL or path), or run from a git repository with an 'origin'"
                        + " remote (git remote get-url origin in " + base + " said: "
                        + Git.mask(origin.err().strip()) + ")");
            }
            repository = origin.out().strip();
        }
        if (repository.startsWith("-")) {
            throw new BuildFailedException("deployRepository '" + Git.mask(repository) + "' must be a URL or a path,"
                    + " not an option");
        }
        if (!repository.contains("://")) {
            // Git runs in the scratch folder, so a path relative to the project would point elsewhere.
            try {
                Path local = base.resolve(repository);
                if (Files.exists(local)) {
                    return local.toAbsolutePath().normalize().toString();
                }
            } catch (InvalidPathException e) {
                // Not a path on this system (an scp-style address such as git@host:repo.git): use it as it is.
            }
        }
        return repository;
    }

    /** The project's commit, for the commit message; {@code unknown} when the project is not in a git repository. */
    private String sourceCommit(Path base) {
        Git.Result head = git.run(base, "rev-parse", "--short", "HEAD");
        return head.ok() && !head.out().isBlank() ? head.out().strip() : "unknown";
    }

    private void checkBranch(Path work, String branch) throws BuildFailedException {
        if (branch.startsWith("-") || !git.run(work, "check-ref-format", "--branch", branch).ok()) {
            throw new BuildFailedException("deployBranch '" + branch + "' is not a valid git branch name");
        }
    }

    /** A custom domain for {@code CNAME}: a host name, without scheme, port or path. */
    static String host(String cname) throws BuildFailedException {
        if (!HOST.matcher(cname).matches()) {
            throw new BuildFailedException("cname '" + cname + "' must be a host name such as news.example.org,"
                    + " without https:// or a path");
        }
        return cname.toLowerCase(Locale.ROOT);
    }

    /**
     * An empty scratch folder. An existing one is removed only when it is a leftover of an earlier deploy (empty,
     * or a git repository), and it may never hold the project or the site, nor lie inside the site.
     */
    private static Path freshWorkDirectory(DeployRequest request) throws BuildFailedException {
        Path work = request.workDirectory();
        Path output = request.outputDirectory();
        if (request.baseDirectory().startsWith(work) || output.startsWith(work) || work.startsWith(output)) {
            throw new BuildFailedException("the deploy folder " + work + " may not contain the project or the"
                    + " site, nor lie inside the site (" + output + ")");
        }
        try {
            if (Files.exists(work)) {
                boolean leftover;
                try (Stream<Path> entries = Files.list(work)) {
                    leftover = entries.allMatch(entry -> entry.getFileName().toString().equals(".git"))
                            || Files.isDirectory(work.resolve(".git"));
                }
                if (!leftover) {
                    throw new BuildFailedException("the deploy folder " + work + " exists and is not a leftover of"
                            + " an earlier deploy; remove it");
                }
                deleteTree(work);
            }
            return Files.createDirectories(work);
        } catch (IOException e) {
            throw new BuildFailedException("cannot prepare the deploy folder " + work + ": " + e.getMessage());
        }
    }

    /** Copies the site into the scratch repository, except Broadsheet's manifest; returns the number of files. */
    private static int copySite(Path output, Path work, Optional<String> cname) {
        int files = 0;
        try (Stream<Path> walk = Files.walk(output)) {
            for (Path file : (Iterable<Path>) walk.sorted()::iterator) {
                Path relative = output.relativize(file);
                if (!Files.isRegularFile(file) || relative.toString().equals(SiteWriter.MANIFEST)
                        || hasGitFolder(relative)) {
                    continue;
                }
                Path target = work.resolve(relative.toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
                files++;
            }
            if (!Files.exists(work.resolve(NOJEKYLL))) {
                Files.createFile(work.resolve(NOJEKYLL));
                files++;
            }
            if (cname.isPresent()) {
                if (!Files.exists(work.resolve(CNAME))) {
                    files++;
                }
                Files.writeString(work.resolve(CNAME), cname.get() + "\n", StandardCharsets.UTF_8);
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the site from " + output + " to " + work, e);
        }
    }

    /** A {@code .git} folder in the site would be taken for part of the scratch repository's own data. */
    private static boolean hasGitFolder(Path relative) {
        for (Path part : relative) {
            if (part.toString().equals(".git")) {
                return true;
            }
        }
        return false;
    }

    private Git.Result run(Path work, String... args) throws BuildFailedException {
        Git.Result result = git.run(work, args);
        if (!result.ok()) {
            throw failure("git " + args[0] + " failed", result, work);
        }
        return result;
    }

    private static BuildFailedException failure(String what, Git.Result result, Path work) {
        String said = (result.err().isBlank() ? result.out() : result.err()).strip();
        return new BuildFailedException(what + ": " + Git.mask(said) + " (the deploy folder " + work
                + " is kept for a look)");
    }

    /** Deletes a scratch repository; git makes its object files read-only, which stops deletion on Windows. */
    static void deleteTree(Path root) {
        try {
            FileTrees.delete(root, path -> {
                path.toFile().setWritable(true);
                Files.delete(path);
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + root, e);
        }
    }
}
