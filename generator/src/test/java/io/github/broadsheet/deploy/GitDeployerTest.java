package io.github.broadsheet.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.broadsheet.problem.BuildFailedException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Deploys to local bare repositories: real git, no network. */
class GitDeployerTest {

    @TempDir
    Path temp;

    private Path project;
    private Path remote;
    /** Runs the tests' own git commands; {@link #deployer} runs the deploy's, recorded in {@link #trace}. */
    private Git git;
    private Git deployer;
    private final List<String> trace = new ArrayList<>();

    @BeforeEach
    void setUp() throws IOException {
        // An empty global configuration and no system one: the tests see neither the machine's identity nor
        // settings such as commit.gpgsign, and check the fallback identity.
        Path globalConfig = Files.createFile(temp.resolve("gitconfig"));
        Map<String, String> isolated = Map.of("GIT_CONFIG_GLOBAL", globalConfig.toString(), "GIT_CONFIG_NOSYSTEM", "1");
        git = new Git("git", isolated, line -> { });
        deployer = new Git("git", isolated, trace::add);
        remote = temp.resolve("remote.git");
        Files.createDirectories(remote);
        git(remote, "init", "-q", "--bare");
        project = temp.resolve("project");
        Files.createDirectories(project);
        site("index.html", "<h1>Home</h1>");
        site("articles/one/index.html", "<h1>One</h1>");
        site(".broadsheet-manifest", "index.html\narticles/one/index.html\n");
    }

    private String git(Path dir, String... args) {
        Git.Result result = git.run(dir, args);
        assertThat(result.exitCode()).as("git %s: %s", String.join(" ", args), result.err()).isZero();
        return result.out();
    }

    private void site(String path, String text) throws IOException {
        Path file = project.resolve("target/public").resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private void projectRepository() throws IOException {
        git(project, "init", "-q");
        Files.writeString(project.resolve("pom.xml"), "<project/>");
        Files.writeString(project.resolve(".gitignore"), "target/\n");
        Files.writeString(project.resolve("notes.txt"), "uncommitted work");
        git(project, "add", "pom.xml", ".gitignore");
        git(project, "-c", "user.name=Dev", "-c", "user.email=dev@example.org", "commit", "-q", "-m", "Initial");
        Files.writeString(project.resolve("pom.xml"), "<project><!-- edited --></project>");
    }

    private DeployRequest request(String repository) {
        return request(repository, null, null, null);
    }

    private DeployRequest request(String repository, String branch, String message, String cname) {
        return new DeployRequest(project, Path.of("target/public"), Path.of("target/broadsheet-deploy"),
                Optional.ofNullable(repository), branch, Optional.ofNullable(message), Optional.ofNullable(cname));
    }

    private DeployResult deploy(DeployRequest request) throws BuildFailedException {
        return new GitDeployer(deployer).deploy(request);
    }

    private List<String> branchFiles(String branch) {
        return git(remote, "ls-tree", "-r", "--name-only", branch).lines().toList();
    }

    private String branchFile(String branch, String path) {
        return git(remote, "show", branch + ":" + path);
    }

    private int commits(String branch) {
        return Integer.parseInt(git(remote, "rev-list", "--count", branch).strip());
    }

    @Test
    void firstDeployCreatesTheBranchWithTheSiteAndNojekyllButNotTheManifest() throws Exception {
        DeployResult result = deploy(request(remote.toString()));

        assertThat(result.published()).isTrue();
        assertThat(result.branch()).isEqualTo("gh-pages");
        assertThat(result.sourceCommit()).isEqualTo("unknown");
        assertThat(result.files()).isEqualTo(3);
        assertThat(branchFiles("gh-pages")).containsExactly(".nojekyll", "articles/one/index.html", "index.html");
        assertThat(branchFile("gh-pages", "index.html")).isEqualTo("<h1>Home</h1>");
        assertThat(branchFile("gh-pages", ".nojekyll")).isEmpty();
        assertThat(commits("gh-pages")).isEqualTo(1);
        assertThat(git(remote, "log", "-1", "--format=%s|%an|%ae", "gh-pages").strip())
                .isEqualTo("Publish site built from unknown|Broadsheet|broadsheet@localhost");
        assertThat(git(remote, "rev-parse", "--short", "gh-pages").strip()).isEqualTo(result.commit().orElseThrow());
        assertThat(project.resolve("target/broadsheet-deploy")).doesNotExist();
    }

    @Test
    void deployingAChangedSiteAddsOneCommitOnTopAndRemovesDeletedFiles() throws Exception {
        deploy(request(remote.toString()));
        String first = git(remote, "rev-parse", "gh-pages").strip();

        site("index.html", "<h1>Home, updated</h1>");
        Files.delete(project.resolve("target/public/articles/one/index.html"));
        site("articles/two/index.html", "<h1>Two</h1>");
        DeployResult second = deploy(request(remote.toString()));

        assertThat(second.published()).isTrue();
        assertThat(commits("gh-pages")).isEqualTo(2);
        assertThat(git(remote, "rev-parse", "gh-pages^").strip()).isEqualTo(first);
        assertThat(branchFiles("gh-pages")).containsExactly(".nojekyll", "articles/two/index.html", "index.html");
        assertThat(branchFile("gh-pages", "index.html")).isEqualTo("<h1>Home, updated</h1>");
    }

    @Test
    void deployingTheSameSiteAgainAddsNoCommit() throws Exception {
        DeployResult first = deploy(request(remote.toString()));
        trace.clear();
        DeployResult second = deploy(request(remote.toString()));

        assertThat(second.published()).isFalse();
        assertThat(second.commit()).isEmpty();
        assertThat(commits("gh-pages")).isEqualTo(1);
        assertThat(git(remote, "rev-parse", "--short", "gh-pages").strip()).isEqualTo(first.commit().orElseThrow());
        assertThat(trace).noneMatch(line -> line.startsWith("git commit") || line.startsWith("git push"));
        assertThat(project.resolve("target/broadsheet-deploy")).doesNotExist();
    }

    @Test
    void writesCnameWhenAsked() throws Exception {
        deploy(request(remote.toString(), null, null, "News.Example.org"));
        assertThat(branchFile("gh-pages", "CNAME")).isEqualTo("news.example.org\n");

        // The same site with the same CNAME is no change; dropping the parameter keeps no CNAME.
        assertThat(deploy(request(remote.toString(), null, null, "news.example.org")).published()).isFalse();
        deploy(request(remote.toString()));
        assertThat(branchFiles("gh-pages")).doesNotContain("CNAME");
    }

    @Test
    void rejectsACnameThatIsNotAHostName() {
        for (String cname : List.of("https://news.example.org", "news.example.org/path", "localhost", "a b.org")) {
            assertThatThrownBy(() -> deploy(request(remote.toString(), null, null, cname)))
                    .isInstanceOf(BuildFailedException.class)
                    .hasMessageContaining("must be a host name");
        }
    }

    @Test
    void leavesTheProjectRepositoryAsItWas() throws Exception {
        projectRepository();
        git(project, "remote", "add", "origin", remote.toString());
        String status = git(project, "status", "--porcelain", "--untracked-files=all", "--ignored");
        byte[] index = Files.readAllBytes(project.resolve(".git/index"));
        String refs = git(project, "for-each-ref");
        String head = git(project, "rev-parse", "--short", "HEAD").strip();

        DeployResult result = deploy(request(null));

        assertThat(result.published()).isTrue();
        assertThat(result.sourceCommit()).isEqualTo(head);
        assertThat(git(remote, "log", "-1", "--format=%s", "gh-pages").strip()).isEqualTo("Publish site built from " + head);
        assertThat(Files.readAllBytes(project.resolve(".git/index"))).isEqualTo(index);
        assertThat(git(project, "for-each-ref")).isEqualTo(refs);
        assertThat(git(project, "status", "--porcelain", "--untracked-files=all", "--ignored")).isEqualTo(status);
        assertThat(project.resolve("notes.txt")).hasContent("uncommitted work");
        assertThat(project.resolve("pom.xml")).hasContent("<project><!-- edited --></project>");
        // Only reads reached the project's repository.
        assertThat(trace).filteredOn(line -> line.endsWith("(in " + project + ")"))
                .allMatch(line -> line.startsWith("git remote get-url origin") || line.startsWith("git rev-parse --short HEAD"));
    }

    @Test
    void withoutRepositoryAndWithoutOriginTheMessageSaysWhatToSet() throws Exception {
        projectRepository();
        assertThatThrownBy(() -> deploy(request(null)))
                .isInstanceOf(BuildFailedException.class)
                .hasMessageStartingWith("no repository to deploy to: set deployRepository (-Dsite.deployRepository=URL or path)");
    }

    @Test
    void aRelativeRepositoryPathIsRelativeToTheProject() throws Exception {
        Path inside = project.resolve("pages.git");
        Files.createDirectories(inside);
        git(inside, "init", "-q", "--bare");
        deploy(request("pages.git"));
        assertThat(git(inside, "ls-tree", "-r", "--name-only", "gh-pages").lines()).contains("index.html");
    }

    @Test
    void customBranchAndMessageKeepTheSourceCommit() throws Exception {
        deploy(request(remote.toString(), "site", "Nightly publication", null));
        assertThat(git(remote, "log", "-1", "--format=%B", "site").strip())
                .isEqualTo("Nightly publication\n\nBuilt from unknown.");
        assertThat(git(remote, "for-each-ref", "--format=%(refname)").lines()).containsExactly("refs/heads/site");
    }

    @Test
    void anExistingBranchKeepsItsHistoryAndLosesFilesThatAreNotInTheSite() throws Exception {
        Path other = temp.resolve("other");
        Files.createDirectories(other);
        git(other, "init", "-q");
        Files.writeString(other.resolve("README.md"), "old pages");
        git(other, "add", "README.md");
        git(other, "-c", "user.name=Dev", "-c", "user.email=dev@example.org", "commit", "-q", "-m", "Old pages");
        git(other, "push", "-q", remote.toString(), "HEAD:refs/heads/gh-pages");

        deploy(request(remote.toString()));

        assertThat(commits("gh-pages")).isEqualTo(2);
        assertThat(git(remote, "log", "--format=%s", "gh-pages").lines())
                .containsExactly("Publish site built from unknown", "Old pages");
        assertThat(branchFiles("gh-pages")).containsExactly(".nojekyll", "articles/one/index.html", "index.html");
    }

    @Test
    void withoutAGeneratedSiteTheMessageSaysToGenerateFirst() throws Exception {
        Files.delete(project.resolve("target/public/index.html"));
        assertThatThrownBy(() -> deploy(request(remote.toString())))
                .isInstanceOf(BuildFailedException.class)
                .hasMessage("there is no site to deploy: " + project.resolve("target/public")
                        + " has no index.html; generate it first (mvn site:generate site:deploy)");
        GitDeployer.deleteTree(project.resolve("target"));
        assertThatThrownBy(() -> deploy(request(remote.toString())))
                .hasMessageContaining("target/public does not exist");
        assertThat(commits()).isZero();
    }

    private int commits() {
        return git(remote, "for-each-ref").lines().toList().size();
    }

    @Test
    void rejectsInvalidBranchNamesAndOptionLikeRepositories() {
        assertThatThrownBy(() -> deploy(request(remote.toString(), "bad..name", null, null)))
                .hasMessage("deployBranch 'bad..name' is not a valid git branch name");
        assertThatThrownBy(() -> deploy(request(remote.toString(), "-x", null, null)))
                .hasMessage("deployBranch '-x' is not a valid git branch name");
        assertThatThrownBy(() -> deploy(request("--upload-pack=touch /tmp/x")))
                .hasMessageContaining("must be a URL or a path, not an option");
    }

    @Test
    void anUnreachableRepositoryFailsAndKeepsTheScratchFolderForALook() {
        assertThatThrownBy(() -> deploy(request(temp.resolve("missing.git").toString())))
                .isInstanceOf(BuildFailedException.class)
                .hasMessageStartingWith("cannot read repository " + temp.resolve("missing.git"))
                .hasMessageEndingWith("(the deploy folder " + project.resolve("target/broadsheet-deploy") + " is kept for a look)");
        assertThat(project.resolve("target/broadsheet-deploy/.git")).isDirectory();
    }

    @Test
    void refusesAScratchFolderThatIsNotALeftoverOrHoldsTheSite() throws Exception {
        Files.createDirectories(project.resolve("target/broadsheet-deploy"));
        Files.writeString(project.resolve("target/broadsheet-deploy/important.txt"), "keep me");
        assertThatThrownBy(() -> deploy(request(remote.toString())))
                .hasMessageContaining("exists and is not a leftover of an earlier deploy");
        assertThat(project.resolve("target/broadsheet-deploy/important.txt")).hasContent("keep me");

        DeployRequest inside = new DeployRequest(project, Path.of("target/public"), Path.of("target/public/tmp"),
                Optional.of(remote.toString()), null, Optional.empty(), Optional.empty());
        assertThatThrownBy(() -> deploy(inside)).hasMessageContaining("nor lie inside the site");
        DeployRequest project = new DeployRequest(this.project, Path.of("target/public"), Path.of("."),
                Optional.of(remote.toString()), null, Optional.empty(), Optional.empty());
        assertThatThrownBy(() -> deploy(project)).hasMessageContaining("may not contain the project");
    }

    @Test
    void masksCredentialsInUrls() {
        assertThat(Git.mask("push https://x-access-token:s3cr3t@github.com/o/r.git failed"))
                .isEqualTo("push https://***@github.com/o/r.git failed");
        assertThat(Git.mask("HTTP://token@host/r")).isEqualTo("HTTP://***@host/r");
        assertThat(Git.mask("git@github.com:o/r.git")).isEqualTo("git@github.com:o/r.git");
    }
}
