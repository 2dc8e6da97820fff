package io.github.broadsheet.image;

import io.github.broadsheet.digest.ContentHash;
import io.github.broadsheet.progress.Progress;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.plugins.jpeg.JPEGImageWriteParam;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Resized copies of an article's images for responsive pages. A JPEG or PNG is read (TwelveMonkeys for JPEGs),
 * turned as its EXIF orientation says, scaled down to each configured width ({@link Downscaler}; never up) and
 * encoded as JPEG with optimised Huffman tables, or as PNG when it has transparent pixels; derivatives carry no
 * metadata (no EXIF, no GPS position, no camera) unless {@link ImageConfig#keepMetadata}. GIF, SVG and WebP pass
 * through with the size their header gives. WebP and AVIF are not written: no encoder on Maven Central runs on all
 * of Linux, macOS and Windows on x64 and arm64 with identical bytes and nothing to install (see docs/media.md).
 *
 * <p>Derivatives are cached in a folder the caller gives, keyed by the source's {@link ContentHash} and the
 * settings, so an unchanged image is never decoded or encoded again ({@link #encodedImages()} counts those that
 * were). The bytes are the same on every run: the same JDK codecs, no timestamps, Java2D's deterministic scaling.
 * Images are processed in parallel; a memory budget (a quarter of the heap) limits how many decoded pixels are held
 * at once, so a thousand 6-megapixel photos never sit in memory together. Thread-safe.
 */
public final class ImagePipeline {

    /** Larger images are refused: 100 megapixels decoded take 400 MB (a decompression bomb claims far more). */
    public static final long MAX_PIXELS = 100_000_000L;

    private static final int MB = 1 << 20;
    /** How much of a file is read to tell its format and a pass-through image's size (an SVG's root element). */
    private static final int HEAD = 64 * 1024;

    private final ImageConfig config;
    private final ImageCache cache;
    private final ImageCodecs codecs = new ImageCodecs();
    private final int budgetMb;
    private final Semaphore memory;
    private final AtomicLong encoded = new AtomicLong();
    private final Progress progress;

    /**
     * @param config        widths, quality, metadata
     * @param cacheFolder   where derivatives are kept between builds, e.g. {@code target/broadsheet-cache/images};
     *                      created when needed
     */
    public ImagePipeline(ImageConfig config, Path cacheFolder) {
        this(config, cacheFolder, Progress.NONE);
    }

    /** @param progress told how many images are done, for a long first build with many photos */
    public ImagePipeline(ImageConfig config, Path cacheFolder, Progress progress) {
        this(config, cacheFolder, Runtime.getRuntime().maxMemory() / 4, progress);
    }

    /** @param memoryBudget bytes of decoded images held at once, at least what one image needs */
    ImagePipeline(ImageConfig config, Path cacheFolder, long memoryBudget) {
        this(config, cacheFolder, memoryBudget, Progress.NONE);
    }

    private ImagePipeline(ImageConfig config, Path cacheFolder, long memoryBudget, Progress progress) {
        this.progress = progress;
        this.config = config;
        this.cache = new ImageCache(cacheFolder);
        this.budgetMb = (int) Math.max(1, Math.min(Integer.MAX_VALUE, memoryBudget / MB));
        this.memory = new Semaphore(budgetMb, true);
    }

    /** How many images this pipeline decoded and encoded (the rest came from the cache or passed through). */
    public long encodedImages() {
        return encoded.get();
    }

    /**
     * Deletes the cached copies that no build has used for {@code unused} (of photos taken out of the site or
     * changed since), so that the cache does not grow with every edit.
     *
     * @return how many images' copies were deleted
     */
    public int pruneCache(Duration unused) throws IOException {
        return cache.prune(Instant.now(), unused);
    }

    /** Every source, in parallel; the results in the order of the sources. */
    public List<ImageResult> process(List<ImageSource> sources) {
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), sources.size()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "broadsheet-images");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<ImageResult>> futures = new ArrayList<>(sources.size());
            for (ImageSource source : sources) {
                futures.add(pool.submit(() -> process(source)));
            }
            List<ImageResult> results = new ArrayList<>(sources.size());
            Progress.Phase images = progress.phase("images", sources.size(), "");
            for (Future<ImageResult> future : futures) {
                results.add(future.get());
                images.step();
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while processing images", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** One source. */
    public ImageResult process(ImageSource source) {
        Path file = source.file();
        String name = String.valueOf(file.getFileName());
        if (!Files.isRegularFile(file)) {
            return new ImageResult.Failed(file, "the image " + name + " does not exist");
        }
        try {
            byte[] hash = source.contentHash() != null ? source.contentHash() : ContentHash.of(file);
            String hex = HexFormat.of().formatHex(hash);
            String key = ImageCache.key(hash, config.signature());
            Optional<ImageCache.Entry> cached = cache.read(key);
            if (cached.isPresent()) {
                ImageCache.Entry entry = cached.get();
                return new ImageResult.Raster(file, hex, entry.width(), entry.height(), entry.derivatives(), true);
            }
            // The start of the file tells the format, and the size of what passes through: a large animated GIF
            // is not read whole on every build.
            byte[] head;
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(HEAD);
            }
            ImageFormat format = ImageFormat.of(head);
            return switch (format) {
                case GIF, SVG, WEBP -> {
                    int[] size = HeaderDimensions.of(format, head);
                    yield new ImageResult.PassThrough(file, format.extension(), size[0], size[1]);
                }
                case JPEG, PNG -> raster(file, name, hex, key, format, Files.readAllBytes(file));
                case UNKNOWN -> new ImageResult.Failed(file, "the file " + name
                        + " is not an image Broadsheet can use (JPEG, PNG, GIF, SVG or WebP)");
            };
        } catch (IOException e) {
            return new ImageResult.Failed(file, "the image " + name + " cannot be read: " + message(e));
        }
    }

    private ImageResult raster(Path file, String name, String hex, String key, ImageFormat format, byte[] bytes)
            throws IOException {
        ImageReader reader = codecs.reader(format);
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            int width;
            int height;
            try {
                width = reader.getWidth(0);
                height = reader.getHeight(0);
            } catch (IOException | RuntimeException e) {
                return new ImageResult.Failed(file, "the image " + name + " is damaged: " + message(e));
            }
            long pixels = (long) width * height;
            if (pixels > MAX_PIXELS) {
                return new ImageResult.Failed(file, "the image " + name + " is " + width + "x" + height
                        + " pixels; at most " + MAX_PIXELS / 1_000_000 + " megapixels can be resized");
            }
            // The decoded image (up to 4 bytes a pixel) and the first halving step (a quarter of that).
            int needMb = (int) Math.min(budgetMb, Math.max(1, pixels * 5 / MB));
            memory.acquireUninterruptibly(needMb);
            try {
                BufferedImage image;
                try {
                    image = reader.read(0);
                } catch (IOException | RuntimeException e) {
                    return new ImageResult.Failed(file, "the image " + name + " is damaged: " + message(e));
                }
                Exif exif = format == ImageFormat.JPEG ? Exif.of(bytes) : Exif.NONE;
                return encode(file, hex, key, image, exif);
            } finally {
                memory.release(needMb);
            }
        } finally {
            reader.dispose();
        }
    }

    private ImageResult encode(Path file, String hex, String key, BufferedImage image, Exif exif) throws IOException {
        boolean turned = exif.orientation() >= 5;
        int width = turned ? image.getHeight() : image.getWidth();
        int height = turned ? image.getWidth() : image.getHeight();
        boolean alpha = hasTransparency(image);
        String format = alpha ? "png" : "jpg";
        List<Derivative> sizes = new ArrayList<>();
        List<int[]> stored = new ArrayList<>();
        for (int target : config.widths()) {
            int w = Math.min(target, width);
            if (!sizes.isEmpty() && sizes.get(sizes.size() - 1).width() == w) {
                continue;
            }
            int h = (int) Math.max(1, ((long) w * height * 2 + width) / (2L * width));
            sizes.add(new Derivative(w, h, format, null, 0));
            // Scaled as stored, turned afterwards: turning the small image is cheaper than the large one.
            stored.add(turned ? new int[] {h, w} : new int[] {w, h});
        }
        List<BufferedImage> scaled = Downscaler.scale(image, stored, alpha);
        List<byte[]> files = new ArrayList<>();
        for (BufferedImage each : scaled) {
            BufferedImage derivative = Downscaler.orient(each, exif.orientation());
            byte[] bytes = alpha ? Png.encode(derivative) : jpeg(derivative);
            if (!alpha && config.keepMetadata() && exif.segment() != null) {
                bytes = Exif.insert(bytes, exif.segment());
            }
            files.add(bytes);
        }
        ImageCache.Entry entry = cache.write(key, width, height, sizes, files);
        encoded.incrementAndGet();
        return new ImageResult.Raster(file, hex, entry.width(), entry.height(), entry.derivatives(), false);
    }

    /** Whether any pixel is less than opaque (a PNG with an alpha channel that is all opaque is a photo). */
    static boolean hasTransparency(BufferedImage image) {
        if (!image.getColorModel().hasAlpha()) {
            return false;
        }
        Raster alpha = image.getAlphaRaster();
        if (alpha == null) {
            // An indexed image with a transparent entry: ask each pixel.
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    if (image.getRGB(x, y) >>> 24 != 0xFF) {
                        return true;
                    }
                }
            }
            return false;
        }
        int max = (1 << image.getColorModel().getComponentSize(image.getColorModel().getNumComponents() - 1)) - 1;
        int[] row = new int[alpha.getWidth()];
        for (int y = 0; y < alpha.getHeight(); y++) {
            alpha.getSamples(alpha.getMinX(), alpha.getMinY() + y, alpha.getWidth(), 1, 0, row);
            for (int sample : row) {
                if (sample != max) {
                    return true;
                }
            }
        }
        return false;
    }

    private byte[] jpeg(BufferedImage image) {
        ImageWriter writer = codecs.writer(ImageFormat.JPEG);
        try {
            JPEGImageWriteParam param = (JPEGImageWriteParam) writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(config.jpegQuality());
            param.setOptimizeHuffmanTables(true);
            // Without metadata: the writer then adds none but the JFIF header JPEG needs.
            return ImageCodecs.encode(writer, image, param);
        } finally {
            writer.dispose();
        }
    }

    private static String message(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
