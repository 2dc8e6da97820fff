package io.github.broadsheet.serve;

import io.github.broadsheet.BuildReport;
import io.github.broadsheet.Generator;
import io.github.broadsheet.config.SiteConfig;
import io.github.broadsheet.problem.BuildFailedException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * The author's loop: serve the site, watch its sources, rebuild on every change and tell open pages to reload.
 * A failed rebuild is shown in the terminal and as an overlay in the browser; the last good site stays served,
 * because a failed build never touches the output directory. Rebuilds reuse the build cache, so they render
 * only the Markdown and the pages that changed.
 *
 * <p>When the change is one saved article that stays where it was, its page is rendered first from the last
 * build's model ({@link QuickPage}) and open pages reload at once; the complete rebuild follows, and pages reload
 * a second time only if it changed any other page (or that one).
 */
public final class LiveSite implements AutoCloseable {

    private final Generator generator;
    private final QuickPage quick;
    private final DevServer server;
    private final SiteConfig config;
    private final Consumer<String> log;
    private final SiteWatcher watcher;
    private final Object building = new Object();

    /**
     * Starts the server, builds once and starts watching.
     *
     * @param configFor the build configuration for the port actually bound (its base URL must point at it)
     * @param log       where one line per build goes (the Mojo's log)
     */
    public LiveSite(String host, int port, IntFunction<SiteConfig> configFor, Consumer<String> log)
            throws IOException {
        this.log = log;
        SiteConfig.Layout probe = configFor.apply(port).layout();
        this.server = new DevServer(probe.outputDirectory(), host, port);
        this.config = configFor.apply(server.port());
        this.quick = new QuickPage(config, Generator.class.getClassLoader());
        this.generator = new Generator(Generator.class.getClassLoader(), quick::built);
        build(Set.of(), true);
        this.watcher = new SiteWatcher(config.layout().sources(), this::rebuild);
    }

    public int port() {
        return server.port();
    }

    /** Builds now; on success the pages reload, on failure they show the problems. */
    public void rebuild() {
        rebuild(Set.of());
    }

    /**
     * Rebuilds after a change of these files: a quick page first when possible, then the whole site.
     *
     * @param changed the files the change touched (empty: unknown)
     */
    void rebuild(Set<Path> changed) {
        build(changed, false);
    }

    /** @param first the build at start: no page is open yet, nothing changed, so nothing is said of reloading */
    private void build(Set<Path> changed, boolean first) {
        synchronized (building) {
            long start = System.nanoTime();
            Optional<String> page = quick.render(changed);
            if (page.isPresent()) {
                server.reload();
                log.accept("quick page " + page.get() + ": pages reloaded " + millis(start)
                        + " ms after the change; rebuilding the rest");
            }
            try {
                BuildReport report = generator.build(config);
                if (first) {
                    server.reload();
                    log.accept("built: " + report.summary());
                    return;
                }
                boolean again = page.isEmpty() || report.changedPages() > 0;
                if (again) {
                    server.reload();
                }
                log.accept("rebuilt: " + report.summary() + (page.isPresent() && !again ? "; no other page changed"
                        : "; pages reloaded " + millis(start) + " ms after the change"));
            } catch (BuildFailedException e) {
                quick.undo();
                log.accept(e.getMessage());
                server.failed(e.getMessage());
            } catch (RuntimeException e) {
                quick.undo();
                log.accept("build failed: " + e);
                server.failed("Build failed: " + e);
            }
        }
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    @Override
    public void close() throws IOException {
        watcher.close();
        server.close();
        quick.close();
    }
}
