import io.github.broadsheet.markdown.MarkdownRenderer;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * Experiment for a proposal, not used by the build: the engine's Flexmark renderer (HTML + text) against
 * commonmark-java 0.21 (tables, strikethrough, heading anchors; HTML + text) on the same bodies, one library per
 * JVM so the first pass shows the cold cost.
 *
 *   java -cp "<broadsheet.cp>:<commonmark jars>" CommonmarkBench DIR flexmark|commonmark [PASSES]
 */
public class CommonmarkBench {
    public static void main(String[] args) throws Exception {
        List<String> bodies;
        try (Stream<Path> files = Files.list(Path.of(args[0]))) {
            bodies = files.filter(p -> p.toString().endsWith(".md")).sorted().map(MarkdownBench::body).toList();
        }
        boolean flex = args[1].equals("flexmark");
        int passes = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        MarkdownRenderer flexmark = flex ? new MarkdownRenderer(false) : null;
        var ext = List.of(TablesExtension.create(), StrikethroughExtension.create(), HeadingAnchorExtension.create());
        Parser parser = Parser.builder().extensions(ext).build();
        HtmlRenderer html = HtmlRenderer.builder().extensions(ext).build();
        TextContentRenderer text = TextContentRenderer.builder().build();
        for (int pass = 1; pass <= passes; pass++) {
            long c0 = os.getProcessCpuTime(), t0 = System.nanoTime();
            long sink = bodies.parallelStream().mapToLong(b -> {
                if (flex) {
                    var r = flexmark.render(b);
                    return r.html().length() + r.text().length();
                }
                var doc = parser.parse(b);
                return html.render(doc).length() + text.render(doc).length();
            }).sum();
            System.out.printf("pass %d: %s wall %.2f s, cpu %.2f s (%d chars)%n", pass, args[1],
                    (System.nanoTime() - t0) / 1e9, (os.getProcessCpuTime() - c0) / 1e9, sink);
        }
    }
}
