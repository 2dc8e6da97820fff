package io.github.broadsheet.progress;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * What a long build is doing, told to the caller while it runs: "rendering 6,200 of 14,940 pages". A build that
 * ends within the first interval says nothing, and a long one says one line per interval at most, whatever the
 * number of threads counting, so that a 10k site or a first build with hundreds of photos shows it is alive without
 * flooding the log. Lines go to a consumer (Maven's info log, the forked build's protocol); the engine never prints.
 * Thread-safe.
 */
public final class Progress {

    /** Says nothing: for builds nobody watches (the live server's, tests'). */
    public static final Progress NONE = new Progress(line -> { }, System::nanoTime, Duration.ofDays(365));

    /** How often a line may be said, and how long a build runs before the first one. */
    public static final Duration INTERVAL = Duration.ofSeconds(3);

    private final Consumer<String> sink;
    private final LongSupplier nanoTime;
    private final long interval;
    private final AtomicLong lastSaid;

    /** Tells {@code sink} at most one line per {@link #INTERVAL}, the first one {@link #INTERVAL} after now. */
    public Progress(Consumer<String> sink) {
        this(sink, System::nanoTime, INTERVAL);
    }

    /**
     * @param nanoTime the clock ({@link System#nanoTime()}; tests pass their own)
     * @param interval the least time between two lines, and before the first
     */
    public Progress(Consumer<String> sink, LongSupplier nanoTime, Duration interval) {
        this.sink = sink;
        this.nanoTime = nanoTime;
        this.interval = interval.toNanos();
        this.lastSaid = new AtomicLong(nanoTime.getAsLong());
    }

    /**
     * A phase of {@code total} steps, such as the pages to render.
     *
     * @param doing what the line says before the count, e.g. {@code rendering}
     * @param items what is counted, e.g. {@code pages}; may be empty
     */
    public Phase phase(String doing, int total, String items) {
        return new Phase(doing, total, items);
    }

    private void maybeSay(Phase phase, int done) {
        long now = nanoTime.getAsLong();
        long last = lastSaid.get();
        // One thread wins the interval; the others count on without waiting.
        if (now - last >= interval && lastSaid.compareAndSet(last, now)) {
            sink.accept(String.format(Locale.ROOT, "%s %,d of %,d", phase.doing, done, phase.total)
                    + (phase.items.isEmpty() ? "" : " " + phase.items));
        }
    }

    /** Counts the steps of one phase; {@link #step()} after each. */
    public final class Phase {
        private final String doing;
        private final int total;
        private final String items;
        private final AtomicInteger done = new AtomicInteger();

        private Phase(String doing, int total, String items) {
            this.doing = doing;
            this.total = total;
            this.items = items;
        }

        /** One more step done. */
        public void step() {
            maybeSay(this, done.incrementAndGet());
        }
    }
}
