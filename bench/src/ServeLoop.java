import io.github.broadsheet.config.SiteConfig;
import io.github.broadsheet.config.SiteSettings;
import io.github.broadsheet.serve.LiveSite;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The author's loop, timed: serves a site with the live server (as site:serve does: drafts and future articles
 * shown, build cache on), listens to the reload events like a browser tab, then saves one article N times (a new
 * sentence at the end) and prints, per save, the milliseconds from the save (the write returned) to the first
 * reload event and to the end of the complete rebuild; then median and p90.
 *
 *   java -cp <generator, themes, deps> bench/src/ServeLoop.java CONTENT_DIR WORK_DIR [EDITS] [ARTICLE_NAME]
 *
 * CONTENT_DIR is modified (the article gets sentences appended) and restored at the end; use a copy.
 */
public class ServeLoop {

    public static void main(String[] args) throws Exception {
        Path content = Path.of(args[0]).toAbsolutePath();
        Path work = Path.of(args[1]).toAbsolutePath();
        int edits = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        Path article;
        if (args.length > 3) {
            article = content.resolve("articles").resolve(args[3]);
        } else {
            try (var files = Files.list(content.resolve("articles"))) {
                List<Path> all = files.filter(f -> f.toString().endsWith(".md")).sorted().toList();
                article = all.get(all.size() / 2);
            }
        }
        String original = Files.readString(article);
        List<String> log = new CopyOnWriteArrayList<>();
        long startBuild = System.nanoTime();
        try (LiveSite live = new LiveSite("127.0.0.1", 0, port -> SiteConfig.builder(content.getParent())
                .contentDirectory(content).outputDirectory(work.resolve("serve")).cacheDirectory(work.resolve("cache"))
                .site(new SiteSettings(null, null, "http://127.0.0.1:" + port + "/", null, null))
                .drafts(true).future(true).build(), log::add)) {
            System.out.printf("first build: %.1f s (%s)%n", (System.nanoTime() - startBuild) / 1e9, last(log));
            BlockingQueue<long[]> reloads = new LinkedBlockingQueue<>();
            HttpClient http = HttpClient.newHttpClient();
            http.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + live.port() + "/__broadsheet/events"))
                    .build(), HttpResponse.BodyHandlers.ofLines()).thenAccept(response -> response.body()
                    .filter(line -> line.equals("event: reload"))
                    .forEach(line -> reloads.add(new long[] {System.nanoTime()})));
            Thread.sleep(500);
            List<Long> firstReload = new ArrayList<>();
            List<Long> rebuilt = new ArrayList<>();
            int quick = 0;
            for (int i = 1; i <= edits; i++) {
                int builds = count(log, "rebuilt: ");
                int quickBefore = count(log, "quick page ");
                reloads.clear();
                Files.writeString(article, original + "\nEdit number " + i + " of the benchmark.\n");
                long saved = System.nanoTime();
                long[] reload = reloads.poll(120, TimeUnit.SECONDS);
                if (reload == null) {
                    throw new IllegalStateException("no reload event within 120 s; log: " + log);
                }
                while (count(log, "rebuilt: ") == builds) {
                    Thread.sleep(2);
                }
                long done = System.nanoTime();
                boolean wasQuick = count(log, "quick page ") > quickBefore;
                quick += wasQuick ? 1 : 0;
                firstReload.add((reload[0] - saved) / 1_000_000);
                rebuilt.add((done - saved) / 1_000_000);
                System.out.printf("edit %2d: reload %5d ms, rebuild done %6d ms%s%n", i, firstReload.get(i - 1),
                        rebuilt.get(i - 1), wasQuick ? " (quick page)" : "");
                Thread.sleep(300);
            }
            System.out.println("last rebuild: " + last(log));
            System.out.printf("save -> first reload event: median %d ms, p90 %d ms (%d edits, %d quick pages)%n",
                    percentile(firstReload, 50), percentile(firstReload, 90), edits, quick);
            System.out.printf("save -> complete rebuild:   median %d ms, p90 %d ms%n", percentile(rebuilt, 50),
                    percentile(rebuilt, 90));
        } finally {
            Files.writeString(article, original);
        }
    }

    private static int count(List<String> log, String prefix) {
        return (int) log.stream().filter(line -> line.startsWith(prefix)).count();
    }

    private static String last(List<String> log) {
        return log.isEmpty() ? "" : log.get(log.size() - 1);
    }

    private static long percentile(List<Long> values, int p) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
