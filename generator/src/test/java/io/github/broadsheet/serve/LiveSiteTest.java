package io.github.broadsheet.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.broadsheet.TestSite;
import io.github.broadsheet.config.SiteSettings;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drives the live server like a browser: fetch pages, listen for reload events, edit files, break the build. */
class LiveSiteTest {

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<String> log = new CopyOnWriteArrayList<>();

    private LiveSite start(TestSite site) throws IOException {
        return new LiveSite("127.0.0.1", 0, port -> site
                .configure(b -> b.site(new SiteSettings("Live", "", "http://127.0.0.1:" + port + "/", "en", ""))
                        .outputDirectory(Path.of("target/serve")).cacheDirectory(Path.of("target/cache")))
                .config(), log::add);
    }

    private HttpResponse<String> get(LiveSite live, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + live.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Collects "event: x" lines of the event stream. */
    private BlockingQueue<String> events(LiveSite live) throws Exception {
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        http.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + live.port() + DevServer.EVENTS)).build(),
                HttpResponse.BodyHandlers.ofLines()).thenAccept(response -> response.body()
                .filter(line -> line.startsWith("event: ") || line.startsWith("data: "))
                .forEach(events::add));
        Thread.sleep(200);
        return events;
    }

    @Test
    void servesReloadsAndShowsErrors() throws Exception {
        TestSite site = new TestSite(dir).article("a.md", "title: First title\ndate: 2026-01-01", "Hello.\n");
        try (LiveSite live = start(site)) {
            HttpResponse<String> page = get(live, "/articles/a/");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
            assertThat(page.body()).contains("<h1>First title</h1>", DevServer.EVENTS);
            assertThat(get(live, "/feed.xml").headers().firstValue("Content-Type")).hasValue("application/xml; charset=utf-8");
            HttpResponse<String> missing = get(live, "/no/such/page/");
            assertThat(missing.statusCode()).isEqualTo(404);
            assertThat(missing.body()).contains("Page not found");
            assertThat(get(live, "/../../etc/passwd").statusCode()).isEqualTo(404);

            BlockingQueue<String> events = events(live);
            int builds = rebuilds();
            // A new title: the quick page reloads first, then the rebuild reloads again for the lists showing it.
            // Waiting for both keeps the second reload from arriving after the next edit (it did under load).
            site.article("a.md", "title: Second title\ndate: 2026-01-01", "Hello again.\n");
            assertThat(event(events, 10, TimeUnit.SECONDS)).isEqualTo("event: reload");
            assertThat(get(live, "/articles/a/").body()).contains("<h1>Second title</h1>");
            awaitRebuilds(builds + 1);
            assertThat(event(events, 10, TimeUnit.SECONDS)).isEqualTo("event: reload");
            assertThat(event(events, 300, TimeUnit.MILLISECONDS)).as("no third reload").isNull();

            site.article("a.md", "date: 2026-01-01", "No title now.\n");
            assertThat(events.poll(10, TimeUnit.SECONDS)).isEqualTo("event: failed");
            assertThat(events.poll(5, TimeUnit.SECONDS)).contains("missing title");
            assertThat(get(live, "/articles/a/").body()).as("last good site still served").contains("<h1>Second title</h1>");
            assertThat(log).anyMatch(line -> line.contains("content/articles/a.md:1: missing title"));
        }
    }

    /**
     * A tab opened or reloaded while the build is broken shows the error too (the last good page alone would look
     * as if all were well), and the first build says what it built, not that pages reloaded after a change.
     */
    @Test
    void aTabOpenedWhileTheBuildIsBrokenShowsTheError() throws Exception {
        TestSite site = new TestSite(dir).article("a.md", "title: First\ndate: 2026-01-01", "Hello.\n");
        try (LiveSite live = start(site)) {
            assertThat(log).hasSize(1).first().asString().startsWith("built: 1 article, ").doesNotContain("reloaded");
            BlockingQueue<String> open = events(live);
            site.article("a.md", "date: 2026-01-01", "No title now.\n");
            assertThat(event(open, 10, TimeUnit.SECONDS)).isEqualTo("event: failed");

            BlockingQueue<String> opened = events(live);
            assertThat(opened.poll(5, TimeUnit.SECONDS)).isEqualTo("event: failed");
            assertThat(opened.poll(5, TimeUnit.SECONDS)).contains("missing title");

            site.article("a.md", "title: Fixed\ndate: 2026-01-01", "Hello.\n");
            assertThat(event(open, 10, TimeUnit.SECONDS)).isEqualTo("event: reload");
            BlockingQueue<String> later = events(live);
            Thread.sleep(500);
            assertThat(later).as("no error once fixed").doesNotContain("event: failed");
        }
    }

    private int rebuilds() {
        return (int) log.stream().filter(line -> line.startsWith("rebuilt: ")).count();
    }

    private void awaitRebuilds(int count) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (rebuilds() < count && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        assertThat(rebuilds()).as("rebuilds, log: %s", log).isEqualTo(count);
    }

    /** The next "event: x" line, skipping data lines; {@code null} when none came in time. */
    private static String event(BlockingQueue<String> events, long timeout, TimeUnit unit) throws InterruptedException {
        long end = System.nanoTime() + unit.toNanos(timeout);
        for (long left = unit.toNanos(timeout); left > 0; left = end - System.nanoTime()) {
            String line = events.poll(left, TimeUnit.NANOSECONDS);
            if (line == null || line.startsWith("event: ")) {
                return line;
            }
        }
        return null;
    }

    private long quickPages() {
        return log.stream().filter(line -> line.startsWith("quick page ")).count();
    }

    @Test
    void anEditedArticleIsShownAtOnceAndTheRestFollows() throws Exception {
        TestSite site = new TestSite(dir)
                .article("a.md", "title: Alpha\ndate: 2026-01-01\ntags: [trams]", "Alpha text.\n")
                .article("b.md", "title: Beta\ndate: 2026-01-02\ntags: [trams]", "Beta text.\n")
                .article("c.md", "title: Gamma\ndate: 2026-01-03\ntags: [budget]", "Gamma text.\n");
        try (LiveSite live = start(site)) {
            BlockingQueue<String> events = events(live);
            int builds = rebuilds();

            // The body of b changes: its page first, then the rebuild (the feed changes, no other page does).
            site.article("b.md", "title: Beta\ndate: 2026-01-02\ntags: [trams]", "Beta text.\n\nA new paragraph.\n");
            assertThat(event(events, 10, TimeUnit.SECONDS)).isEqualTo("event: reload");
            assertThat(get(live, "/articles/b/").body()).contains("A new paragraph.", "Alpha", "Gamma");
            awaitRebuilds(++builds);
            assertThat(quickPages()).isEqualTo(1);
            assertThat(log).anyMatch(line -> line.startsWith("quick page articles/b/index.html: pages reloaded "));
            assertThat(log.get(log.size() - 1)).endsWith("; no other page changed");
            assertThat(event(events, 300, TimeUnit.MILLISECONDS)).as("no second reload").isNull();

            // Its title changes: the quick page, then a second reload for the lists that show the title.
            site.article("b.md", "title: Beta renamed\ndate: 2026-01-02\ntags: [trams]", "Beta text.\n");
            assertThat(event(events, 10, TimeUnit.SECONDS)).isEqualTo("event: reload");
            awaitRebuilds(++builds);
            assertThat(quickPages()).isEqualTo(2);
            assertThat(event(events, 5, TimeUnit.SECONDS)).isEqualTo("event: reload");
            assertThat(get(live, "/").body()).contains("Beta renamed");

            // A new tag moves the article onto other pages: no quick page, one reload after the rebuild.
            site.article("b.md", "title: Beta renamed\ndate: 2026-01-02\ntags: [trams, budget]", "Beta text.\n");
            assertThat(event(events, 10, TimeUnit.SECONDS)).isEqualTo("event: reload");
            awaitRebuilds(++builds);
            assertThat(quickPages()).isEqualTo(2);
            assertThat(get(live, "/tags/budget/").body()).contains("Beta renamed");

            // A broken link fails the rebuild: the quick page is taken back, the last good site stays served.
            site.article("b.md", "title: Beta renamed\ndate: 2026-01-02\ntags: [trams, budget]",
                    "See [this](/articles/nope/).\n");
            assertThat(event(events, 10, TimeUnit.SECONDS)).isEqualTo("event: reload");
            assertThat(event(events, 10, TimeUnit.SECONDS)).isEqualTo("event: failed");
            assertThat(quickPages()).isEqualTo(3);
            assertThat(get(live, "/articles/b/").body()).contains("Beta text.").doesNotContain("/articles/nope/");
        }
    }

    @Test
    void theRealBuildNeverContainsTheReloadScript() throws Exception {
        TestSite site = new TestSite(dir).article("a.md", "title: A\ndate: 2026-01-01", "Hello.\n").build();
        assertThat(site.text("articles/a/index.html")).doesNotContain(DevServer.EVENTS);
    }

    @Test
    void aBusyPortGivesAClearMessage() throws Exception {
        TestSite site = new TestSite(dir).article("a.md", "title: A\ndate: 2026-01-01", "Hello.\n");
        try (LiveSite first = start(site)) {
            assertThatThrownBy(() -> new DevServer(dir, "127.0.0.1", first.port()))
                    .isInstanceOf(IOException.class).hasMessageContaining("is in use");
        }
    }
}
