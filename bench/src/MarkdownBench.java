import io.github.broadsheet.markdown.MarkdownRenderer;
import io.github.broadsheet.markdown.RenderedMarkdown;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Renders every body of a corpus with the engine's MarkdownRenderer, PASSES times in one JVM, and prints per pass
 * the wall and process CPU time, plus a SHA-256 over everything rendered (HTML, text, first paragraph, word count,
 * headings), so two builds of the renderer can be checked for identical output.
 *
 *   java -cp "$(cat /tmp/bench-data/broadsheet.cp)" bench/src/MarkdownBench.java DIR [PASSES] [parallel]
 */
public class MarkdownBench {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        boolean parallel = args.length > 2 && args[2].equals("parallel");
        List<String> bodies;
        try (Stream<Path> files = Files.list(dir)) {
            bodies = files.filter(p -> p.toString().endsWith(".md")).sorted().map(MarkdownBench::body).toList();
        }
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        MarkdownRenderer renderer = new MarkdownRenderer(false);
        for (int pass = 1; pass <= passes; pass++) {
            long t0 = System.nanoTime(), c0 = os.getProcessCpuTime();
            Stream<String> s = parallel ? bodies.parallelStream() : bodies.stream();
            List<RenderedMarkdown> out = s.map(renderer::render).toList();
            long t1 = System.nanoTime(), c1 = os.getProcessCpuTime();
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (RenderedMarkdown r : out) {
                for (String part : new String[] {r.html(), r.text(), r.firstParagraph(),
                        String.valueOf(r.wordCount()), r.headings().toString()}) {
                    sha.update(part.getBytes(StandardCharsets.UTF_8));
                    sha.update((byte) 0);
                }
            }
            System.out.printf("pass %d: %d bodies, wall %.2f s, cpu %.2f s, sha256 %s%n", pass, out.size(),
                    (t1 - t0) / 1e9, (c1 - c0) / 1e9, HexFormat.of().formatHex(sha.digest()).substring(0, 16));
        }
    }

    static String body(Path file) {
        try {
            String text = Files.readString(file);
            if (text.startsWith("---")) {
                int end = text.indexOf("\n---", 3);
                int nl = text.indexOf('\n', end + 4);
                return text.substring(nl + 1);
            }
            return text;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
