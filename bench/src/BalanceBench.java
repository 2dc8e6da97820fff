import io.github.broadsheet.markdown.MarkdownRenderer;
import io.github.broadsheet.markdown.RenderedMarkdown;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * What balancing each body's HTML would cost if jsoup did it for every body, against what the renderer's own check
 * costs: renders every body of a corpus once (counting the bodies the renderer balanced, with a warning), then
 * parses each body's HTML with jsoup as a fragment and writes it back, PASSES times, printing wall and process CPU
 * time per pass. Compare with MarkdownBench's passes on the same corpus (the render, with the check).
 *
 *   java -cp "$(cat /tmp/bench-data/broadsheet.cp)" bench/src/BalanceBench.java DIR [PASSES]
 */
public class BalanceBench {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        List<String> bodies;
        try (Stream<Path> files = Files.list(dir)) {
            bodies = files.filter(p -> p.toString().endsWith(".md")).sorted().map(BalanceBench::body).toList();
        }
        MarkdownRenderer renderer = new MarkdownRenderer(false);
        List<RenderedMarkdown> rendered = bodies.stream().map(renderer::render).toList();
        long balanced = rendered.stream().filter(r -> r.problems().stream().anyMatch(RenderedMarkdown.Problem::warning))
                .count();
        long chars = rendered.stream().mapToLong(r -> r.html().length()).sum();
        System.out.printf("%d bodies, %.1f M chars of HTML, %d balanced by the renderer%n", rendered.size(),
                chars / 1e6, balanced);
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int pass = 1; pass <= passes; pass++) {
            long t0 = System.nanoTime(), c0 = os.getProcessCpuTime();
            long out = 0;
            for (RenderedMarkdown r : rendered) {
                Document document = Jsoup.parseBodyFragment(r.html());
                document.outputSettings().prettyPrint(false);
                out += document.body().html().length();
            }
            long t1 = System.nanoTime(), c1 = os.getProcessCpuTime();
            System.out.printf("jsoup pass %d: wall %.2f s, cpu %.2f s (%d chars out)%n", pass, (t1 - t0) / 1e9,
                    (c1 - c0) / 1e9, out);
        }
    }

    /** The body after the front-matter, as MarkdownBench reads it (a source-file program has one file). */
    static String body(Path file) {
        try {
            String text = Files.readString(file);
            if (text.startsWith("---")) {
                int end = text.indexOf("\n---", 3);
                return text.substring(text.indexOf('\n', end + 4) + 1);
            }
            return text;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
