package io.github.broadsheet.maven;

import io.github.broadsheet.BuildReport;
import io.github.broadsheet.Generator;
import io.github.broadsheet.config.SiteConfig;
import io.github.broadsheet.problem.BuildFailedException;
import io.github.broadsheet.problem.Problem;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Generates the static site: reads the articles under {@code contentDirectory}, renders them through the theme and
 * replaces {@code outputDirectory} with the new site, only when the whole build succeeded.
 *
 * <p>Runs once per invocation at the project where Maven was started ({@code aggregator}), so
 * {@code mvn site:generate} in a multi-module project builds one site, not one per module.
 *
 * @since 0.1.0
 */
@Mojo(name = "generate", aggregator = true, threadSafe = true)
public class GenerateMojo extends AbstractSiteMojo {

    /**
     * Skip generating the site.
     *
     * @since 0.1.0
     */
    @Parameter(property = "site.skip", defaultValue = "false")
    boolean skip;

    @Override
    void run() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Broadsheet: skipped (site.skip)");
            return;
        }
        SiteConfig config = siteConfig();
        getLog().debug("Broadsheet configuration: " + config);
        try {
            BuildReport report = new Generator().build(config);
            report.notes().forEach(note -> getLog().debug("Broadsheet: " + note));
            for (Problem warning : report.warnings()) {
                getLog().warn(warning.toString());
            }
            getLog().info("Broadsheet: " + report.summary());
        } catch (BuildFailedException e) {
            for (Problem problem : e.problems()) {
                if (problem.isError()) {
                    getLog().error(problem.toString());
                } else {
                    getLog().warn(problem.toString());
                }
            }
            // Each problem was just logged: Maven's failure message only says how many, so none is printed twice.
            throw new MojoFailureException(e.problems().isEmpty() ? e.getMessage()
                    : e.headline() + " (listed above)");
        } catch (RuntimeException e) {
            throw new MojoExecutionException("Broadsheet failed unexpectedly: " + e, e);
        }
    }
}
