import com.vladsch.flexmark.ext.anchorlink.AnchorLinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What each Flexmark extension costs on the bench corpus (whether or not a body uses it): parse + render (+ text
 * collection) of all bodies with the engine's extension set minus one, interleaved, ROUNDS rounds after warm-up.
 *
 *   java -cp "$(cat /tmp/bench-data/broadsheet.cp)" bench/src/FlexmarkVariants.java DIR [ROUNDS]
 */
public class FlexmarkVariants {
    public static void main(String[] args) throws Exception {
        List<String> bodies;
        try (Stream<Path> files = Files.list(Path.of(args[0]))) {
            bodies = files.filter(p -> p.toString().endsWith(".md")).sorted().map(MarkdownBench::body).toList();
        }
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        String[] names = {"all", "-tables", "-strikethrough", "-footnotes", "-tasklist", "-anchorlink", "parse-only",
                "no-text"};
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        double[][] cpu = new double[names.length][rounds];
        for (int r = -2; r < rounds; r++) {
            for (int v = 0; v < names.length; v++) {
                List<Extension> ext = new ArrayList<>();
                if (v != 1) ext.add(TablesExtension.create());
                if (v != 2) ext.add(StrikethroughExtension.create());
                if (v != 3) ext.add(FootnoteExtension.create());
                if (v != 4) ext.add(TaskListExtension.create());
                if (v != 5) ext.add(AnchorLinkExtension.create());
                MutableDataSet o = new MutableDataSet();
                o.set(Parser.EXTENSIONS, ext);
                o.set(AnchorLinkExtension.ANCHORLINKS_WRAP_TEXT, true);
                o.set(HtmlRenderer.GENERATE_HEADER_ID, true);
                o.set(HtmlRenderer.RENDER_HEADER_ID, true);
                o.set(HtmlRenderer.SOFT_BREAK, "\n");
                Parser parser = Parser.builder(o).build();
                HtmlRenderer renderer = HtmlRenderer.builder(o).build();
                long c0 = os.getProcessCpuTime();
                long sink = 0;
                for (String b : bodies) {
                    var doc = parser.parse(b);
                    if (v != 6) sink += renderer.render(doc).length();
                    if (v != 7 && v != 6) sink += new TextCollectingVisitor().collectAndGetText(doc).length();
                }
                if (r >= 0) cpu[v][r] = (os.getProcessCpuTime() - c0) / 1e9;
                if (sink == 42) System.out.print("");
            }
        }
        for (int v = 0; v < names.length; v++) {
            double[] c = cpu[v].clone();
            java.util.Arrays.sort(c);
            System.out.printf("%-14s median %.2f s  min %.2f s%n", names[v], c[rounds / 2], c[0]);
        }
    }
}
