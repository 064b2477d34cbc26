package org.colophon.pipeline;

import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The milliseconds of one build's stages by name, in the order they ended, from whichever thread ran them. */
final class Stages {
    private final Map<String, Long> millis = Collections.synchronizedMap(new LinkedHashMap<>());

    interface Stage<T> {
        T run() throws IOException;
    }

    /** Runs a stage and adds its time to the stage's name (a stage run twice counts both). */
    <T> T timed(String stage, Stage<T> work) throws IOException {
        long start = System.nanoTime();
        try {
            return work.run();
        } finally {
            add(stage, (System.nanoTime() - start) / 1_000_000);
        }
    }

    void add(String stage, long ms) {
        millis.merge(stage, ms, Long::sum);
    }

    void addAll(Map<String, Long> steps) {
        steps.forEach(this::add);
    }

    /**
     * Parts the time of {@code stage}, the one that ended last, in two: {@code first} took {@code firstMillis} of it,
     * the rest stays {@code stage}'s, after it.
     */
    void split(String stage, String first, long firstMillis) {
        synchronized (millis) {
            long all = millis.remove(stage);
            millis.put(first, firstMillis);
            millis.put(stage, all - firstMillis);
        }
    }

    Map<String, Long> snapshot() {
        synchronized (millis) {
            return Collections.unmodifiableMap(new LinkedHashMap<>(millis));
        }
    }
}
