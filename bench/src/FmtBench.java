import com.vladsch.flexmark.ext.anchorlink.AnchorLinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.LineAppendable;
import java.lang.management.ManagementFactory;
import java.nio.file.*;
import java.util.*;
import java.util.stream.*;

/**
 * Flexmark HTML rendering with different writer format flags over a corpus: CPU per round and whether the HTML
 * differs from the default flags. javac -d /tmp/fb -cp "$(cat /tmp/bench-data/broadsheet.cp)" bench/src/FmtBench.java;
 * java -cp "/tmp/fb:$(cat /tmp/bench-data/broadsheet.cp)" FmtBench /tmp/bench-data/corpus-1000/plain/content/articles 4
 */
public class FmtBench {
    static String body(Path file) {
        try { String text = Files.readString(file);
            if (text.startsWith("---")) { int end = text.indexOf("\n---", 3); int nl = text.indexOf('\n', end + 4); return text.substring(nl + 1); }
            return text; } catch (Exception e) { throw new RuntimeException(e); }
    }
    static MutableDataSet opts(int flags) {
        MutableDataSet o = new MutableDataSet();
        o.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(), FootnoteExtension.create(), TaskListExtension.create(), AnchorLinkExtension.create()));
        o.set(AnchorLinkExtension.ANCHORLINKS_WRAP_TEXT, true);
        o.set(AnchorLinkExtension.ANCHORLINKS_SET_ID, false);
        o.set(AnchorLinkExtension.ANCHORLINKS_SET_NAME, false);
        o.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        o.set(HtmlRenderer.RENDER_HEADER_ID, true);
        o.set(HtmlRenderer.SOFT_BREAK, "\n");
        if (flags >= 0) o.set(HtmlRenderer.FORMAT_FLAGS, flags);
        return o;
    }
    public static void main(String[] args) throws Exception {
        List<String> bodies;
        try (Stream<Path> files = Files.list(Path.of(args[0]))) { bodies = files.filter(p -> p.toString().endsWith(".md")).sorted().map(FmtBench::body).toList(); }
        int[] flagsets = {-1, LineAppendable.F_PASS_THROUGH, 0, LineAppendable.F_TRIM_LEADING_WHITESPACE | LineAppendable.F_PASS_THROUGH};
        String[] names = {"default", "pass", "zero", "trim+pass"};
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        Parser parser = Parser.builder(opts(-1)).build();
        List<com.vladsch.flexmark.util.ast.Document> docs = bodies.stream().map(parser::parse).toList();
        List<String> ref = null;
        int rounds = Integer.parseInt(args[1]);
        for (int r = 0; r < rounds; r++) {
            for (int v = 0; v < flagsets.length; v++) {
                HtmlRenderer renderer = HtmlRenderer.builder(opts(flagsets[v])).build();
                long c0 = os.getProcessCpuTime();
                List<String> out = new ArrayList<>();
                for (var d : docs) out.add(renderer.render(d));
                double cpu = (os.getProcessCpuTime() - c0) / 1e9;
                if (v == 0) ref = out;
                int diff = 0; String ex = null;
                for (int i = 0; i < out.size(); i++) if (!out.get(i).equals(ref.get(i))) { diff++; if (ex == null) ex = i + ""; }
                System.out.printf("round %d %-10s cpu %.2f s  differing %d (first %s)%n", r, names[v], cpu, diff, ex);
            }
        }
    }
}
