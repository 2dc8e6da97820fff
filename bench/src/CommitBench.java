import io.github.broadsheet.output.SiteWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Times SiteWriter.commit() alone (the staged files are written first, untimed) on a site shaped like the 10k
 * corpus's: FILES files of about 12 KB (article pages, tag pages, list pages), plus two foreign files. Scenarios,
 * each ROUNDS times, median printed:
 *
 *   first     the output does not exist yet
 *   changed   a full rebuild in which every file has other bytes (the folder swap)
 *   same      a full rebuild writing every file again with the same bytes (no cache: the swap keeps old files)
 *   edit      a rebuild that keeps all files but 20 and rewrites those 20 (the in-place commit)
 *
 *   java -cp "$(cat /tmp/bench-data/broadsheet.cp)" bench/src/CommitBench.java DIR [FILES] [ROUNDS]
 */
public class CommitBench {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 15_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        List<String> paths = paths(count);
        Path out = dir.resolve("public");
        List<Double> first = new ArrayList<>();
        List<Double> changed = new ArrayList<>();
        List<Double> same = new ArrayList<>();
        List<Double> edit = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            delete(out);
            first.add(build(out, paths, List.of(), 0, "a"));
            Files.writeString(out.resolve("CNAME"), "example.org");
            Files.createDirectories(out.resolve(".well-known"));
            Files.writeString(out.resolve(".well-known/security.txt"), "Contact: x");
            changed.add(build(out, paths, List.of(), 0, "b"));
            same.add(build(out, paths, List.of(), 0, "b"));
            edit.add(build(out, paths.subList(20, paths.size()), paths.subList(0, 20), 0, "c"));
        }
        System.out.printf("%d files, median of %d: first %.3f s, changed %.3f s, same %.3f s, edit %.3f s%n",
                count, rounds, median(first), median(changed), median(same), median(edit));
        delete(out);
    }

    /** Writes {@code written} with bytes of variant {@code variant}, keeps {@code kept}; returns commit seconds. */
    static double build(Path out, List<String> kept, List<String> written, int unused, String variant)
            throws Exception {
        List<String> write = written.isEmpty() ? kept : written;
        List<String> keep = written.isEmpty() ? List.of() : kept;
        try (SiteWriter writer = new SiteWriter(out)) {
            write.parallelStream().forEach(path -> writer.write(path, page(path, variant)));
            keep.forEach(writer::keep);
            long start = System.nanoTime();
            writer.commit();
            return (System.nanoTime() - start) / 1e9;
        }
    }

    static List<String> paths(int count) {
        List<String> paths = new ArrayList<>();
        IntStream.range(0, count).forEach(i -> paths.add(
                i % 3 == 2 ? "tags/t" + i + "/index.html" : i % 50 == 1 ? "page/" + i + "/index.html"
                        : "articles/a" + i + "/index.html"));
        return paths;
    }

    static byte[] page(String path, String variant) {
        byte[] bytes = new byte[12_000];
        Arrays.fill(bytes, (byte) 'x');
        byte[] head = (variant + path).getBytes(StandardCharsets.UTF_8);
        System.arraycopy(head, 0, bytes, 0, head.length);
        return bytes;
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    static void delete(Path root) throws Exception {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
