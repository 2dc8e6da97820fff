import io.github.broadsheet.links.LinkChecker;
import io.github.broadsheet.site.SiteUrls;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Times the engine's LinkChecker on a generated site: add() every page (parallel, as the build does), then
 * check(), PASSES times in one JVM; prints wall and process CPU per step and the number of problems.
 *
 *   java -cp "$(cat /tmp/bench-data/broadsheet.cp)" bench/src/LinkCheckBench.java SITE_DIR [PASSES]
 */
public class LinkCheckBench {
    public static void main(String[] args) throws Exception {
        Path site = Path.of(args[0]);
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        List<Path> all;
        try (Stream<Path> walk = Files.walk(site)) {
            all = walk.filter(Files::isRegularFile).toList();
        }
        Set<String> files = all.stream().map(p -> site.relativize(p).toString()).collect(Collectors.toSet());
        List<String[]> pages = all.stream().filter(p -> p.toString().endsWith(".html"))
                .map(p -> new String[] {site.relativize(p).toString(), read(p)}).toList();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int pass = 1; pass <= passes; pass++) {
            LinkChecker checker = new LinkChecker(new SiteUrls("http://localhost:8080/", "/"));
            long t0 = System.nanoTime(), c0 = os.getProcessCpuTime();
            pages.parallelStream().forEach(p -> checker.add(p[0], p[1], null, null));
            long t1 = System.nanoTime(), c1 = os.getProcessCpuTime();
            int problems = checker.check(files, true).size();
            long t2 = System.nanoTime(), c2 = os.getProcessCpuTime();
            System.out.printf("pass %d: %d pages, add wall %.2f s cpu %.2f s, check wall %.2f s cpu %.2f s, "
                    + "%d problems%n", pass, pages.size(), (t1 - t0) / 1e9, (c1 - c0) / 1e9, (t2 - t1) / 1e9,
                    (c2 - c1) / 1e9, problems);
        }
    }

    static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
