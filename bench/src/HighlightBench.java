import io.github.broadsheet.highlight.CodeHighlighter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The highlighter alone on every fenced code block of a corpus, on one thread: its CPU time per pass (thread CPU,
 * which holds up on a loaded machine better than wall time), to set against the CPU of a whole build.
 *
 *   java -cp "$(cat /tmp/bench-data/broadsheet.cp)" bench/src/HighlightBench.java DIR [PASSES]
 */
public class HighlightBench {
    private static final Pattern FENCE = Pattern.compile("(?ms)^```(\\w[\\w+#-]*)[^\\n]*\\n(.*?)^```\\s*$");

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<String[]> blocks = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                Matcher m = FENCE.matcher(Files.readString(file));
                while (m.find()) {
                    blocks.add(new String[] {m.group(1), m.group(2)});
                }
            }
        }
        long lines = blocks.stream().mapToLong(b -> b[1].lines().count()).sum();
        CodeHighlighter highlighter = new CodeHighlighter();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int pass = 1; pass <= passes; pass++) {
            long c0 = threads.getCurrentThreadCpuTime(), t0 = System.nanoTime();
            long out = 0;
            for (String[] block : blocks) {
                out += highlighter.highlight(block[0], block[1]).map(String::length).orElse(0);
            }
            long c1 = threads.getCurrentThreadCpuTime(), t1 = System.nanoTime();
            System.out.printf("pass %d: %d blocks, %d lines, %d chars of HTML, cpu %.2f s, wall %.2f s%n", pass,
                    blocks.size(), lines, out, (c1 - c0) / 1e9, (t1 - t0) / 1e9);
        }
    }
}
