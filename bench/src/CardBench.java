import io.github.broadsheet.card.*;
import java.nio.file.*;
import java.util.*;

/**
 * Social cards alone: draws N cards (seeded headlines of 3-22 words, every third without a kicker, every seventh in
 * dark colours) with the engine's CardRenderer on one thread and prints the CPU time per card after the first
 * (which loads the fonts) and the mean PNG size; with an output folder it writes the first 30 cards there, to
 * look at or compare.
 *
 *   java [-XX:TieredStopAtLevel=1 -XX:+UseSerialGC] -Djava.awt.headless=true -cp CLASSPATH bench/src/CardBench.java \
 *        themes/default/fonts 1000 [OUT]
 */
public class CardBench {
    public static void main(String[] a) throws Exception {
        Path fonts = Path.of(a[0]);
        int n = Integer.parseInt(a[1]);
        Path out = a.length > 2 ? Path.of(a[2]) : null;
        if (out != null) Files.createDirectories(out);
        var bean = java.lang.management.ManagementFactory.getThreadMXBean();
        long l0 = bean.getCurrentThreadCpuTime();
        CardRenderer r = new CardRenderer(CardFonts.load(fonts.resolve("Inter_400Regular.ttf"), fonts.resolve("Inter_700Bold.ttf")));
        String[] words = "the council votes tonight on budget for new tram depot bridge repairs school library opening hours price monthly ticket students Kölner Zażółć".split(" ");
        Random rnd = new Random(1);
        long tot = 0, bytes = 0, first = 0;
        for (int i = 0; i < n; i++) {
            StringBuilder h = new StringBuilder();
            int w = 3 + rnd.nextInt(20);
            for (int j = 0; j < w; j++) h.append(j == 0 ? "" : " ").append(words[rnd.nextInt(words.length)]);
            CardText t = new CardText(h.toString(), i % 3 == 0 ? "" : "Section" + (i % 5), "The Daily Broadsheet");
            CardLayout layout = i % 7 == 6 ? CardLayout.defaults().withColours("#141414", "#e8e6e1", "#ff8a80", "#a9a59c") : CardLayout.defaults();
            long c0 = bean.getCurrentThreadCpuTime();
            byte[] png = r.png(t, layout);
            long c1 = bean.getCurrentThreadCpuTime();
            if (i == 0) first = c1 - l0; else tot += c1 - c0;
            bytes += png.length;
            if (out != null && i < 30) Files.write(out.resolve(String.format("card%02d.png", i)), png);
        }
        System.out.printf("first card (incl. font load) %.1f ms; then %.2f ms CPU/card over %d; %d bytes/card%n", first / 1e6, tot / 1e6 / (n - 1), n - 1, bytes / n);
    }
}
