import io.github.broadsheet.image.ImageConfig;
import io.github.broadsheet.image.ImagePipeline;
import io.github.broadsheet.image.ImageResult;
import io.github.broadsheet.image.ImageSource;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * The image pipeline on many photo-sized JPEGs: a cold run (empty cache, every derivative encoded) and a cached run
 * (the same images again: nothing encoded). Prints wall and process CPU time and the encode count of each run; peak
 * RSS comes from the /usr/bin/time wrapper (see bench/README.md).
 *
 *   java -cp CP bench/src/ImageBench.java generate DIR [N]        # N seeded 3000x2000 photo-like JPEGs, once
 *   java -cp CP bench/src/ImageBench.java run DIR CACHE [cold|cached] [hash|known]
 *
 * "known" hands the pipeline each file's content hash computed before the timer starts, as the build will from its
 * input fingerprints (FileFingerprints keeps the hash of a file whose size and time did not change); "hash" lets the
 * pipeline read and hash every source itself.
 */
public class ImageBench {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[1]);
        if (args[0].equals("generate")) {
            int n = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
            Files.createDirectories(dir);
            IntStream.range(0, n).parallel().forEach(i -> write(dir.resolve(String.format("photo-%04d.jpg", i)), i));
            return;
        }
        Path cache = Path.of(args[2]);
        boolean cold = args.length <= 3 || args[3].equals("cold");
        boolean known = args.length > 4 && args[4].equals("known");
        if (cold && Files.exists(cache)) {
            try (Stream<Path> all = Files.walk(cache)) {
                all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        List<Path> files;
        try (Stream<Path> all = Files.list(dir)) {
            files = all.filter(p -> p.toString().endsWith(".jpg")).sorted().toList();
        }
        List<ImageSource> sources = files.stream()
                .map(f -> known ? new ImageSource(f, hash(f)) : ImageSource.of(f)).toList();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long t0 = System.nanoTime(), c0 = os.getProcessCpuTime();
        ImagePipeline pipeline = new ImagePipeline(ImageConfig.defaults(), cache);
        List<ImageResult> results = pipeline.process(sources);
        long t1 = System.nanoTime(), c1 = os.getProcessCpuTime();
        long failed = results.stream().filter(r -> r instanceof ImageResult.Failed).count();
        long derivatives = results.stream().filter(r -> r instanceof ImageResult.Raster)
                .mapToLong(r -> ((ImageResult.Raster) r).derivatives().size()).sum();
        System.out.printf("%s%s: %d images, %d derivatives, %d failed, %d encoded, wall %.2f s, cpu %.2f s%n",
                cold ? "cold" : "cached", known ? " (hashes known)" : " (pipeline hashes)", results.size(),
                derivatives, failed, pipeline.encodedImages(), (t1 - t0) / 1e9, (c1 - c0) / 1e9);
    }

    static byte[] hash(Path file) {
        try {
            return io.github.broadsheet.digest.ContentHash.of(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Smooth gradients, a hard-edged striped disc, fine texture and sensor-like noise; seeded by the index. */
    static void write(Path file, int index) {
        int w = 3000, h = 2000;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        int[] px = ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
        SplittableRandom rnd = new SplittableRandom(index);
        double phase = rnd.nextDouble() * 6, cx = 0.3 + 0.4 * rnd.nextDouble(), cy = 0.3 + 0.4 * rnd.nextDouble();
        double[] sinX = new double[w], cosX = new double[w], texX = new double[w], texY = new double[h];
        for (int x = 0; x < w; x++) {
            sinX[x] = StrictMath.sin(x / (double) w * 9.0 + phase);
            cosX[x] = x / (double) w * 5.0;
            texX[x] = StrictMath.sin(x * 0.9);
        }
        for (int y = 0; y < h; y++) {
            texY[y] = StrictMath.cos(y * 1.3);
        }
        for (int y = 0; y < h; y++) {
            double fy = y / (double) h;
            double cosY = StrictMath.cos(fy * 3.0);
            for (int x = 0; x < w; x++) {
                double fx = x / (double) w;
                double r = 90 + 120 * fy + 30 * sinX[x];
                double g = 140 + 70 * (cosY - cosX[x] * 0.1);
                double b = 200 - 150 * fy + 20 * sinX[(x * 7) % w];
                double dx = x - w * cx, dy = y - h * cy;
                if (dx * dx + dy * dy < 420.0 * 420.0) {
                    double stripe = ((x / 6) + (y / 9)) % 2 == 0 ? 25 : -25;
                    r = 200 + stripe;
                    g = 120 + stripe / 2;
                    b = 60;
                }
                if (fx < 0.35 && fy > 0.6) {
                    double t = texX[x] * texY[y] * 40;
                    r = 60 + t;
                    g = 110 + t;
                    b = 50 + t / 2;
                }
                double n = (rnd.nextInt(41) - 20) * 0.6;
                px[y * w + x] = (clamp(r + n) << 16) | (clamp(g + n) << 8) | clamp(b + n);
            }
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.9f);
            try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
                writer.setOutput(stream);
                writer.write(null, new IIOImage(img, null, null), param);
            } finally {
                writer.dispose();
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static int clamp(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }
}
