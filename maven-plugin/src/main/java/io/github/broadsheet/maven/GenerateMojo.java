package io.github.broadsheet.maven;

import io.github.broadsheet.Generator;
import io.github.broadsheet.config.SiteConfig;
import io.github.broadsheet.fork.BuildOutcome;
import io.github.broadsheet.fork.ForkFailedException;
import io.github.broadsheet.problem.BuildFailedException;
import io.github.broadsheet.problem.Problem;
import io.github.broadsheet.progress.Progress;
import java.io.File;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.toolchain.ToolchainManager;

/**
 * Generates the static site: reads the articles under {@code contentDirectory}, renders them through the theme and
 * replaces {@code outputDirectory} with the new site, only when the whole build succeeded.
 *
 * <p>Runs once per invocation at the project where Maven was started ({@code aggregator}), so
 * {@code mvn site:generate} in a multi-module project builds one site, not one per module. The build runs in a JVM
 * of its own ({@code fork}), whose problems, warnings and summary are logged here as if it had run in Maven's.
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

    /**
     * Build in a JVM of its own, started for the build with the options of {@code forkJvmArgs} and a class-data
     * archive of the generator's classes ({@code forkArchive}): on 2 cores a build of 1,000 articles takes about
     * half the time it takes in Maven's JVM with Maven's default options. When false, the site is built inside
     * Maven's JVM, with whatever options Maven was started with ({@code .mvn/jvm.config}, {@code MAVEN_OPTS}).
     *
     * @since 0.2.0
     */
    @Parameter(property = "site.fork", defaultValue = "true")
    boolean fork;

    /**
     * Options of the build JVM, separated by spaces, instead of the defaults
     * {@code -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Djava.awt.headless=true} (the C1 compiler alone and the
     * serial collector, which suit a short batch job; repeat them to keep them), or
     * {@code -XX:+UseSerialGC -Djava.awt.headless=true} for a site of more than 30,000 articles, whose build runs
     * long enough for the C2 compiler to pay; e.g. {@code -Xmx2g} where a very large site needs more heap than the
     * JVM's default (a quarter of the memory). Only used with {@code fork}.
     *
     * @since 0.2.0
     */
    @Parameter(property = "site.forkJvmArgs")
    String forkJvmArgs;

    /**
     * Give the build JVM a class-data archive of the generator's classes, made by the first build and kept in
     * {@code target/broadsheet-jvm/}: an AOT cache on JDK 25 and later, an AppCDS archive on JDK 17 to 24. A new
     * JDK, plugin version or {@code forkJvmArgs} makes a new one; one that cannot be used is ignored. Only used with
     * {@code fork}.
     *
     * @since 0.2.0
     */
    @Parameter(property = "site.forkArchive", defaultValue = "true")
    boolean forkArchive;

    /**
     * The JDK to build with, as requirements on a JDK of your Maven toolchains ({@code ~/.m2/toolchains.xml}),
     * e.g. {@code <jdkToolchain><version>25</version></jdkToolchain>}. Unset: the JDK running Maven. Only used with
     * {@code fork}.
     *
     * @since 0.2.0
     */
    @Parameter
    Map<String, String> jdkToolchain;

    /** Where the build JVM's class-data archive and its configuration file are kept. */
    @Parameter(defaultValue = "${project.build.directory}/broadsheet-jvm", readonly = true, required = true)
    File forkDirectory;

    /** The plugin's own jars: the forked build's classpath. */
    @Parameter(defaultValue = "${plugin.artifacts}", readonly = true, required = true)
    List<Artifact> pluginArtifacts;

    @Component
    ToolchainManager toolchainManager;

    @Override
    void run() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Broadsheet: skipped (site.skip)");
            return;
        }
        SiteConfig config = siteConfig();
        getLog().debug("Broadsheet configuration: " + config);
        try {
            // A long build says what it is doing, at most every few seconds (nothing under -q, as info).
            Consumer<String> progress = line -> getLog().info("Broadsheet: " + line);
            BuildOutcome report = fork
                    ? BuildJvm.generator(BuildJvm.jdk(toolchainManager, session, jdkToolchain), pluginArtifacts,
                            forkJvmArgs, config.layout().contentDirectory(), forkDirectory, forkArchive,
                            getLog()::debug, progress).build(config)
                    : BuildOutcome.of(new Generator().build(config, new Progress(progress)));
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
        } catch (ForkFailedException e) {
            throw new MojoExecutionException("Broadsheet failed unexpectedly: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("Broadsheet failed unexpectedly: " + e, e);
        }
    }
}
