package org.colophon.output;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/** The installed writers, and the plan of one build's writing. */
public final class Writers {
    private Writers() {
    }

    /**
     * The plan for writing the formats asked for ({@link Format#ALL}: every installed one) and those they
     * {@linkplain BookWriter#needs need}: one new writer for each, in the order they are listed, every writer after the
     * ones it needs and after those it {@linkplain BookWriter#uses uses} that are built too.
     */
    public static Plan plan(Set<Format> formats) {
        Map<Format, BookWriter> installed = new LinkedHashMap<>();
        for (BookWriter w : ServiceLoader.load(BookWriter.class, Writers.class.getClassLoader())) {
            installed.putIfAbsent(w.format(), w);
        }
        List<BookWriter> ordered = new ArrayList<>();
        for (BookWriter w : installed.values()) {
            if (formats.contains(Format.ALL) || formats.contains(w.format())) {
                add(w, installed, ordered, new ArrayList<>());
            }
        }
        // a writer that uses a format which is built goes after it (no writer uses one that uses it back)
        List<BookWriter> reordered = new ArrayList<>();
        for (BookWriter w : ordered) {
            for (BookWriter used : ordered) {
                if (w.uses().contains(used.format()) && !reordered.contains(used)) {
                    reordered.add(used);
                }
            }
            if (!reordered.contains(w)) {
                reordered.add(w);
            }
        }
        Set<Format> built = new LinkedHashSet<>(reordered.stream().map(BookWriter::format).toList());
        List<Plan.Step> steps = new ArrayList<>();
        for (BookWriter w : reordered) {
            Set<Format> after = new LinkedHashSet<>(w.needs());
            w.uses().stream().filter(built::contains).forEach(after::add);
            steps.add(new Plan.Step(w, after));
        }
        return new Plan(steps);
    }

    /** Adds {@code w} after what it needs, depth first; {@code path} holds the formats being added, to see a cycle. */
    private static void add(BookWriter w, Map<Format, BookWriter> installed, List<BookWriter> ordered, List<Format> path) {
        if (ordered.contains(w)) {
            return;
        }
        if (path.contains(w.format())) {
            throw new IllegalStateException("writers need each other in a cycle: " + path + " -> " + w.format());
        }
        path.add(w.format());
        for (Format f : new TreeSet<>(w.needs().stream().map(Format::name).toList()).stream().map(Format::new).toList()) {
            BookWriter needed = installed.get(f);
            if (needed == null) {
                throw new IllegalStateException(w.format() + " needs " + f + ", which no installed writer makes");
            }
            add(needed, installed, ordered, path);
        }
        path.remove(path.size() - 1);
        ordered.add(w);
    }

    /** The names of every installed format, sorted: for help texts and error messages. */
    public static Set<String> names() {
        Set<String> names = new TreeSet<>();
        ServiceLoader.load(BookWriter.class, Writers.class.getClassLoader()).forEach(w -> names.add(w.format().name()));
        return names;
    }

    /** One build's writers in the order they write, each with the formats whose results it is handed. */
    public record Plan(List<Step> steps) {

        public Plan {
            steps = List.copyOf(steps);
        }

        /** A writer, and the formats written before it whose {@link Written} it takes. */
        public record Step(BookWriter writer, Set<Format> after) {
            public Step {
                after = Set.copyOf(after);
            }
        }

        public List<BookWriter> writers() {
            return steps.stream().map(Step::writer).toList();
        }

        /**
         * Starts every step on {@code threads}, each as soon as those it comes after are written, the others side by
         * side: the results by format, in the plan's order. A step waits for those before it on its own thread, so
         * {@code threads} must hold a thread for each step (and for anything else it runs meanwhile). A failed step
         * fails those after it with the same cause.
         */
        public Map<Format, Future<Written>> start(ExecutorService threads, Work work) {
            Map<Format, Future<Written>> started = new LinkedHashMap<>();
            for (Step step : steps) {
                Map<Format, Future<Written>> before = new LinkedHashMap<>();
                step.after().forEach(f -> before.put(f, started.get(f)));
                started.put(step.writer().format(), threads.submit(() -> {
                    Map<Format, Written> done = new LinkedHashMap<>();
                    for (Map.Entry<Format, Future<Written>> b : before.entrySet()) {
                        done.put(b.getKey(), result(b.getValue()));
                    }
                    return work.write(step.writer(), done);
                }));
            }
            return started;
        }

        private static Written result(Future<Written> before) throws Exception {
            try {
                return before.get();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw e.getCause() instanceof Exception cause ? cause : e;
            }
        }

        /** What a build does for each step: write (and validate) with what the steps before it wrote. */
        public interface Work {
            Written write(BookWriter writer, Map<Format, Written> before) throws Exception;
        }
    }
}
