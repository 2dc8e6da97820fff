package io.github.broadsheet.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cache of resized copies when several threads (or builds) make the same image at once. */
class ImageCacheTest {

    @TempDir
    Path dir;

    /**
     * Two bundles holding the same photo give one key: the threads making it all pass the "is it there?" check,
     * then all but the first find the entry in place when they move theirs. Each gets the entry, none an error
     * (Linux reports the lost race as "Directory not empty"; it failed an import IT once).
     */
    @Test
    void threadsWritingTheSameEntryAtOnceAllGetIt() throws Exception {
        ImageCache cache = new ImageCache(dir.resolve("images"));
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int round = 0; round < 20; round++) {
                String key = ImageCache.key(new byte[] {(byte) round}, "test");
                CyclicBarrier start = new CyclicBarrier(threads);
                List<Future<ImageCache.Entry>> entries = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    entries.add(pool.submit(() -> {
                        start.await();
                        return cache.write(key, 10, 5, List.of(new Derivative(10, 5, "jpg", null, 3)),
                                List.of(new byte[] {1, 2, 3}));
                    }));
                }
                for (Future<ImageCache.Entry> entry : entries) {
                    assertThat(entry.get().derivatives()).singleElement()
                            .satisfies(d -> assertThat(d.file()).hasBinaryContent(new byte[] {1, 2, 3}));
                }
                assertThat(cache.read(key)).isPresent();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
