package io.github.broadsheet.maven;

import io.github.broadsheet.config.SiteConfig;
import io.github.broadsheet.deploy.DeployRequest;
import io.github.broadsheet.deploy.DeployResult;
import io.github.broadsheet.deploy.Git;
import io.github.broadsheet.deploy.GitDeployer;
import io.github.broadsheet.problem.BuildFailedException;
import java.io.File;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Publishes the last successful build ({@code outputDirectory}) to a branch of a git repository, by default
 * {@code gh-pages} of the project's {@code origin}, with the {@code git} command line. Adds {@code .nojekyll}, and
 * {@code CNAME} when {@code cname} is set; commits and pushes only when the site changed. The project's own
 * work tree, index and branches are never touched.
 *
 * <p>{@code mvn site:generate site:deploy}
 *
 * @since 0.1.0
 */
@Mojo(name = "deploy", aggregator = true, requiresProject = true, threadSafe = true)
public class DeployMojo extends AbstractSiteMojo {

    /**
     * URL or path of the repository to publish to. Unset: the project's {@code origin} remote
     * ({@code git remote get-url origin}). A relative path is relative to the project folder.
     *
     * @since 0.1.0
     */
    @Parameter(property = "site.deployRepository")
    String deployRepository;

    /**
     * Branch that holds the published site; created without history when it does not exist yet.
     *
     * @since 0.1.0
     */
    @Parameter(property = "site.deployBranch", defaultValue = DeployRequest.DEFAULT_BRANCH)
    String deployBranch;

    /**
     * First line of the commit message; the id of the project's commit is added below it. Unset:
     * "Publish site built from &lt;commit&gt;".
     *
     * @since 0.1.0
     */
    @Parameter(property = "site.deployMessage")
    String deployMessage;

    /**
     * Custom domain of the site (e.g. {@code news.example.org}), written to a {@code CNAME} file for GitHub Pages.
     * Unset: no {@code CNAME} is added.
     *
     * @since 0.1.0
     */
    @Parameter(property = "site.cname")
    String cname;

    /**
     * Scratch folder for the deploy's own git repository; replaced on every deploy and removed after a
     * successful one.
     *
     * @since 0.1.0
     */
    @Parameter(defaultValue = "${project.build.directory}/broadsheet-deploy", readonly = true, required = true)
    File deployWorkDirectory;

    @Override
    void run() throws MojoExecutionException, MojoFailureException {
        SiteConfig.Layout layout = siteConfig().layout();
        DeployRequest request = new DeployRequest(layout.baseDirectory(), layout.outputDirectory(),
                deployWorkDirectory.toPath(), Optional.ofNullable(deployRepository), deployBranch,
                Optional.ofNullable(deployMessage), Optional.ofNullable(cname));
        try {
            DeployResult result = new GitDeployer(new Git("git", getLog()::debug)).deploy(request);
            if (result.published()) {
                getLog().info("Broadsheet: published " + result.files() + " files to branch " + result.branch() + " of "
                        + result.repository() + " as commit " + result.commit().get() + " (built from "
                        + result.sourceCommit() + ")");
            } else {
                getLog().info("Broadsheet: nothing changed since the last deploy to branch " + result.branch() + " of "
                        + result.repository() + "; nothing was committed or pushed");
            }
        } catch (BuildFailedException e) {
            throw new MojoFailureException("site:deploy: " + e.getMessage());
        } catch (RuntimeException e) {
            throw new MojoExecutionException("Broadsheet failed unexpectedly: " + e, e);
        }
    }
}
