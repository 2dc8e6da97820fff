package io.github.broadsheet.maven;

import io.github.broadsheet.config.SiteConfig;
import io.github.broadsheet.serve.LiveSite;
import java.io.File;
import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Builds the site, serves it on {@code http://127.0.0.1:8080/}, rebuilds on every change of content, templates or
 * theme and makes open browser tabs reload. Build errors show in the terminal and as an overlay in the browser;
 * the last good site stays served. Drafts and future articles are shown unless {@code -Dsite.drafts=false} or
 * {@code -Dsite.future=false}. The served site is built into its own folder (with localhost links), never into
 * {@code outputDirectory}. Stop with Ctrl-C.
 *
 * @since 0.1.0
 */
@Mojo(name = "serve", aggregator = true, threadSafe = true)
public class ServeMojo extends AbstractSiteMojo {

    /**
     * Port of the local server.
     *
     * @since 0.1.0
     */
    @Parameter(property = "site.port", defaultValue = "8080")
    int port;

    /**
     * Address the server listens on; the default keeps it private to this machine.
     *
     * @since 0.1.0
     */
    @Parameter(property = "site.host", defaultValue = "127.0.0.1")
    String host;

    /**
     * Where the served site is built (with links to the local server).
     *
     * @since 0.1.0
     */
    @Parameter(property = "site.serveDirectory", defaultValue = "${project.build.directory}/broadsheet-serve")
    File serveDirectory;

    @Override
    void run() throws MojoExecutionException {
        boolean showDrafts = !session.getUserProperties().containsKey("site.drafts") || drafts;
        boolean showFuture = !session.getUserProperties().containsKey("site.future") || future;
        SiteConfig base = siteConfig();
        CountDownLatch stopped = new CountDownLatch(1);
        try (LiveSite live = new LiveSite(host, port, bound -> serving(base, bound, showDrafts, showFuture),
                line -> getLog().info("Broadsheet: " + line))) {
            getLog().info("Broadsheet: serving http://" + host + ":" + live.port() + "/ (drafts " + (showDrafts ? "shown" : "hidden")
                    + "); watching for changes, Ctrl-C to stop");
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "broadsheet-serve-stop"));
            stopped.await();
        } catch (IOException e) {
            throw new MojoExecutionException("Broadsheet: cannot serve the site: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The configuration of the served site: built into its own folder, with links to the local server. */
    private SiteConfig serving(SiteConfig base, int bound, boolean showDrafts, boolean showFuture) {
        return base.withLayout(base.layout().withOutputDirectory(serveDirectory.toPath()))
                .withSite(base.site().withBaseUrl("http://" + host + ":" + bound + "/"))
                .withPublishing(base.publishing().withDrafts(showDrafts).withFuture(showFuture));
    }
}
