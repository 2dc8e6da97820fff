package io.github.broadsheet.related;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Benchmark entry point for {@link RelatedArticles#compute} (a plain {@code main}, not a test, so surefire skips it).
 * Arguments: article counts for synthetic corpora (default {@code 1000 10000 100000}) and/or directories of Markdown
 * files with YAML front matter ({@code title}, {@code date}, {@code tags: [..]}, {@code summary}), such as the bench
 * corpus from {@code gen_corpus.py N --formats plain}. Synthetic corpora are seeded and have topics, so that related
 * lists are not empty: {@code max(20, N/40)} topics with 25 words of their own each (drawn from the less common
 * words); an article belongs to one topic, carries that topic's tag seven times in ten, and 1-6 Zipf(s=1) tags over a
 * vocabulary of {@code max(50, N/20)} tags (2-6 tags in all); its title, summary and 400-1500-word body draw 50, 30
 * and 10 per cent of their words from the topic's words and the rest with Zipf frequencies from 5,000 words (English
 * stop words first, so stop-word removal is exercised and some terms are on nearly every article); the slug ends in
 * the topic, so the last column can say which share of the links stays in its topic. For each corpus it runs
 * {@code -Dwarmup=2} unmeasured and {@code -Druns=3} measured computations and prints the median (with the process
 * CPU time of that run, which shows how much of the wall time the machine actually gave us) and the peak heap.
 * {@code -DmaxBodyChars=}, {@code -DcardinalityThreshold=} and {@code -DmaxTermsPerDocument=} override those
 * defaults. Run with e.g. {@code java -Xmx2g -cp target/classes:target/test-classes ...}.
 */
public final class RelatedBenchmark {

    private static final String[] STOP_HEAD = {"the", "of", "and", "to", "in", "is", "that", "for", "it", "as",
        "was", "with", "be", "by", "on", "not", "he", "this", "are", "or", "his", "from", "at", "which", "but", "have",
        "an", "had", "they", "you", "were", "their", "one", "all", "we", "can", "her", "has", "there", "been"};
    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ren", "tas", "vo", "qui", "ber", "dal", "no",
        "sen", "tor", "pha", "gli", "mun", "dre", "sco", "vel", "tri", "zan", "por", "lek", "ath", "ume"};

    /** Articles per topic in synthetic corpora, on average. */
    private static final int TOPIC_SIZE = 40;
    /** Words of a topic's own vocabulary. */
    private static final int TOPIC_WORDS = 25;

    private RelatedBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int warmup = Integer.getInteger("warmup", 2);
        int runs = Integer.getInteger("runs", 3);
        List<String> corpora = args.length == 0 ? List.of("1000", "10000", "100000") : List.of(args);
        System.out.println("# " + config() + ", " + Runtime.getRuntime().availableProcessors() + " CPUs, max heap "
                + Runtime.getRuntime().maxMemory() / 1048576 + " MB");
        System.out.printf(Locale.ROOT, "%-28s %8s %9s %10s %9s %9s %9s %13s %9s %7s %11s%n", "corpus", "N", "first_ms",
                "median_ms", "min_ms", "cpu_ms", "input_mb", "peak_heap_mb", "avg_links", "empty%", "same_topic%");
        for (String corpus : corpora) {
            List<RelatedDocument> docs = corpus.chars().allMatch(Character::isDigit)
                    ? synthetic(Integer.parseInt(corpus), 42) : markdown(Path.of(corpus));
            run(label(corpus), docs, config(), warmup, runs);
        }
    }

    /** The defaults, with the overrides of the type comment applied if given. */
    private static RelatedConfig config() {
        RelatedConfig defaults = RelatedConfig.defaults();
        return defaults.withMaxBodyChars(Integer.getInteger("maxBodyChars", defaults.maxBodyChars()))
                .withCardinalityThreshold(Integer.getInteger("cardinalityThreshold",
                        defaults.cardinalityThreshold()))
                .withMaxTermsPerDocument(Integer.getInteger("maxTermsPerDocument", defaults.maxTermsPerDocument()));
    }

    /** "synthetic" for a count, else the first path segment naming a corpus ("corpus-10000"), else the last. */
    private static String label(String corpus) {
        if (corpus.chars().allMatch(Character::isDigit)) {
            return "synthetic";
        }
        Path path = Path.of(corpus).toAbsolutePath().normalize();
        for (Path segment : path) {
            if (segment.toString().startsWith("corpus")) {
                return segment.toString();
            }
        }
        return String.valueOf(path.getFileName());
    }

    private static void run(String name, List<RelatedDocument> docs, RelatedConfig config, int warmup, int runs) {
        System.gc();
        long input = usedHeap();
        long first = 0;
        List<List<RelatedMatch>> result = null;
        for (int i = 0; i < warmup; i++) {
            long start = System.nanoTime();
            result = RelatedArticles.compute(docs, config);
            if (i == 0) {
                first = System.nanoTime() - start;
            }
        }
        result = null;
        System.gc();
        long[] times = new long[runs];
        long[] cpu = new long[runs];
        long peak = 0;
        for (int i = 0; i < runs; i++) {
            result = null;
            System.gc();
            resetPeaks();
            long cpuStart = processCpuNanos();
            long start = System.nanoTime();
            result = RelatedArticles.compute(docs, config);
            times[i] = System.nanoTime() - start;
            cpu[i] = processCpuNanos() - cpuStart;
            peak = Math.max(peak, peakHeap());
            if (warmup == 0 && i == 0) {
                first = times[0];
            }
        }
        // The CPU column belongs to the median run: on a shared machine wall time alone can mislead.
        long medianCpu = cpu[medianIndex(times)];
        Arrays.sort(times);
        long links = result.stream().mapToLong(List::size).sum();
        long empty = result.stream().filter(List::isEmpty).count();
        // Synthetic slugs end in their topic ("-t00042"): the share of links within the topic says how good they are.
        long sameTopic = 0;
        for (int i = 0; i < docs.size(); i++) {
            for (RelatedMatch match : result.get(i)) {
                if (topic(docs.get(i).slug()).equals(topic(docs.get(match.document()).slug()))) {
                    sameTopic++;
                }
            }
        }
        boolean topics = docs.stream().allMatch(doc -> !topic(doc.slug()).isEmpty());
        System.out.printf(Locale.ROOT, "%-28s %8d %9.0f %10.0f %9.0f %9.0f %9.0f %13.0f %9.2f %7.2f %11s%n",
                name, docs.size(), first / 1e6,
                times[runs / 2] / 1e6, times[0] / 1e6, medianCpu / 1e6, input / 1048576.0, peak / 1048576.0,
                (double) links / docs.size(), 100.0 * empty / docs.size(),
                topics && links > 0 ? String.format(Locale.ROOT, "%.1f", 100.0 * sameTopic / links) : "-");
    }

    private static String topic(String slug) {
        int at = slug.lastIndexOf("-t");
        return at < 0 ? "" : slug.substring(at);
    }

    private static int medianIndex(long[] times) {
        long[] sorted = times.clone();
        Arrays.sort(sorted);
        for (int i = 0; i < times.length; i++) {
            if (times[i] == sorted[times.length / 2]) {
                return i;
            }
        }
        return 0;
    }

    /** CPU time of the whole process (all threads, GC and JIT included), or 0 where the JVM cannot tell. */
    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return Math.max(0, os.getProcessCpuTime());
        }
        return 0;
    }

    /** Seeded synthetic corpus as described in the type comment. */
    static List<RelatedDocument> synthetic(int n, long seed) {
        Random random = new Random(seed * 1_000_003L + n);
        int tagCount = Math.max(50, n / 20);
        double[] tagCdf = zipfCdf(tagCount);
        String[] tags = new String[tagCount];
        for (int t = 0; t < tagCount; t++) {
            tags[t] = String.format(Locale.ROOT, "tag-%05d", t);
        }
        String[] words = vocabulary(5000);
        double[] wordCdf = zipfCdf(words.length);
        int topics = Math.max(20, n / TOPIC_SIZE);
        int[][] topicWords = new int[topics][TOPIC_WORDS];
        for (int t = 0; t < topics; t++) {
            for (int w = 0; w < TOPIC_WORDS; w++) {
                topicWords[t][w] = 500 + random.nextInt(words.length - 500);  // neither stop words nor very common
            }
        }
        long firstDay = LocalDate.of(2020, 1, 1).toEpochDay();
        int span = (int) (LocalDate.of(2024, 12, 31).toEpochDay() - firstDay);
        List<RelatedDocument> docs = new ArrayList<>(n);
        StringBuilder text = new StringBuilder(16_000);
        for (int i = 0; i < n; i++) {
            int topic = random.nextInt(topics);
            int k = 2 + random.nextInt(5);
            List<String> docTags = new ArrayList<>(k);
            if (random.nextInt(10) < 7) {
                docTags.add(String.format(Locale.ROOT, "topic-%05d", topic));
            }
            while (docTags.size() < k) {
                String tag = tags[sample(tagCdf, random)];
                if (!docTags.contains(tag)) {
                    docTags.add(tag);
                }
            }
            int[] own = topicWords[topic];
            String title = words(text, words, wordCdf, own, 0.5, random, 5 + random.nextInt(6));
            String summary = words(text, words, wordCdf, own, 0.3, random, 15 + random.nextInt(15));
            String body = words(text, words, wordCdf, own, 0.1, random, 400 + random.nextInt(1101));
            docs.add(new RelatedDocument(String.format(Locale.ROOT, "a%06d-t%05d", i, topic), docTags, title, summary,
                    body, firstDay + random.nextInt(span + 1)));
        }
        return docs;
    }

    /** Words drawn from the Zipf vocabulary, each with probability {@code share} from the topic's own words. */
    private static String words(StringBuilder out, String[] words, double[] cdf, int[] topic, double share,
                                Random random, int count) {
        out.setLength(0);
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                out.append(i % 12 == 0 ? ". " : " ");
            }
            boolean own = random.nextDouble() < share;
            out.append(words[own ? topic[random.nextInt(topic.length)] : sample(cdf, random)]);
        }
        return out.append('.').toString();
    }

    private static String[] vocabulary(int size) {
        String[] words = new String[size];
        System.arraycopy(STOP_HEAD, 0, words, 0, STOP_HEAD.length);
        int s = SYLLABLES.length;
        for (int i = STOP_HEAD.length; i < size; i++) {
            // Distinct by construction: base-24 digits of i spelled as syllables, two to four of them.
            int x = i;
            StringBuilder w = new StringBuilder();
            do {
                w.append(SYLLABLES[x % s]);
                x /= s;
            } while (x > 0);
            if (w.length() < 5) {
                w.append("ing");
            }
            words[i] = w.toString();
        }
        return words;
    }

    private static double[] zipfCdf(int size) {
        double[] cdf = new double[size];
        double sum = 0;
        for (int k = 0; k < size; k++) {
            sum += 1.0 / (k + 1);
            cdf[k] = sum;
        }
        for (int k = 0; k < size; k++) {
            cdf[k] /= sum;
        }
        return cdf;
    }

    private static int sample(double[] cdf, Random random) {
        int at = Arrays.binarySearch(cdf, random.nextDouble());
        return Math.min(cdf.length - 1, at >= 0 ? at : -at - 1);
    }

    /** Crude reader for {@code *.md} files with YAML front matter (and {@code #} headings); drafts are skipped. */
    static List<RelatedDocument> markdown(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        List<RelatedDocument> docs = new ArrayList<>(files.size());
        for (Path file : files) {
            String content = Files.readString(file, StandardCharsets.UTF_8);
            if (!content.startsWith("---")) {
                continue;
            }
            int end = content.indexOf("\n---", 3);
            String front = content.substring(3, end);
            String body = content.substring(content.indexOf('\n', end + 1) + 1)
                    .replaceAll("\\]\\([^)]*\\)", "]")      // link targets are not text
                    .replaceAll("(?s)```.*?```", " ");      // neither is code
            String title = "";
            String summary = "";
            long day = 0;
            boolean draft = false;
            List<String> tags = new ArrayList<>();
            for (String line : front.split("\n")) {
                int colon = line.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String key = line.substring(0, colon).strip();
                String value = line.substring(colon + 1).strip();
                switch (key) {
                    case "title" -> title = unquote(value);
                    case "summary" -> summary = unquote(value);
                    case "date" -> day = LocalDate.parse(value.substring(0, 10)).toEpochDay();
                    case "draft" -> draft = value.equals("true");
                    case "tags" -> {
                        String inner = value.substring(value.indexOf('[') + 1, value.lastIndexOf(']'));
                        for (String tag : inner.split("\",")) {
                            String key2 = unquote(tag.strip() + (tag.strip().endsWith("\"") ? "" : "\""));
                            tags.add(key2.strip().toLowerCase(Locale.ROOT));
                        }
                    }
                    default -> { }
                }
            }
            if (!draft) {
                String slug = file.getFileName().toString().replaceFirst("\\.md$", "");
                StringBuilder headings = new StringBuilder();
                for (String line : body.split("\n")) {
                    if (line.startsWith("#")) {
                        headings.append(line.replaceFirst("^#+\\s*", "")).append('\n');
                    }
                }
                docs.add(new RelatedDocument(slug, tags, title, summary, headings.toString(), body, day));
            }
        }
        return docs;
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
            StringBuilder out = new StringBuilder(value.length());
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '\\' && i + 1 < value.length()) {
                    char next = value.charAt(++i);
                    if (next == 'u' && i + 4 < value.length()) {
                        out.append((char) Integer.parseInt(value.substring(i + 1, i + 5), 16));
                        i += 4;
                    } else {
                        out.append(next == 'n' ? '\n' : next);
                    }
                } else {
                    out.append(c);
                }
            }
            return out.toString();
        }
        return value;
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peaks: an upper bound of the heap in use at any one moment. */
    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
