package io.github.broadsheet;

import java.util.StringJoiner;

/**
 * Wall time of the phases of one build, for the report's notes ({@code timings: parse 2814 ms, site 7602 ms,
 * ...}): where a slow rebuild spends its time, without a profiler.
 */
final class Stopwatch {

    private final StringJoiner laps = new StringJoiner(", ", "timings: ", "");
    private long last = System.nanoTime();

    /** Ends the phase running since the last lap (or since the start) and names it. */
    void lap(String phase) {
        long now = System.nanoTime();
        laps.add(phase + " " + (now - last) / 1_000_000 + " ms");
        last = now;
    }

    @Override
    public String toString() {
        return laps.toString();
    }
}
