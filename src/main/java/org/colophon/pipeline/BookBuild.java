package org.colophon.pipeline;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.colophon.output.BookWriter;
import org.colophon.output.Format;
import org.colophon.output.Validator;
import org.colophon.output.Writers;

/**
 * Builds books, each a function of its {@link BuildRequest} (the manuscript as it stands, the formats) and of what
 * builds may share. One BookBuild keeps what its builds share, each format's validator, warmed by the first build that
 * validates, and runs any number of builds, so that a program that builds more than once (a preview server, a Maven
 * build of several books, the tests) keeps one for all of them. The faces, their OpenPDF
 * fonts and kerning, the labels and the hyphenation patterns are read from the jar once per JVM by their own packages;
 * no build's result depends on an earlier one. Nothing here exits the JVM or prints: a build returns its
 * {@link BuildResult}, or throws what stopped it (the manuscript's errors, a library's failure, a file failing its
 * validator).
 */
public final class BookBuild {
    private final Map<Format, Validator> validators = new ConcurrentHashMap<>();

    /**
     * Runs one build ({@link BuildRun}): every writer and validator on a thread of its own, while the validators get
     * ready on others from the start.
     */
    public BuildResult run(BuildRequest request) throws IOException {
        Writers.Plan plan = Writers.plan(request.formats());
        ExecutorService threads = Executors.newFixedThreadPool(Math.max(1, 2 * plan.steps().size()), r -> {
            Thread t = new Thread(r, "colophon-writer");
            t.setDaemon(true);
            return t;
        });
        try {
            Stages stages = new Stages();
            return new BuildRun(request, plan, threads, stages, warmUp(request, plan, threads, stages)).run();
        } finally {
            threads.shutdownNow();
        }
    }

    /** Each validator the build runs, once it is ready: EPUBCheck compiles its schemas while the manuscript is read. */
    private Map<Format, Future<Validator>> warmUp(BuildRequest request, Writers.Plan plan, ExecutorService threads,
            Stages stages) {
        Map<Format, Future<Validator>> ready = new LinkedHashMap<>();
        for (BookWriter w : request.validate() ? plan.writers() : List.<BookWriter>of()) {
            validator(w).ifPresent(v -> ready.put(w.format(), threads.submit(() -> stages.timed("validate-setup", () -> {
                v.warmUp();
                return v;
            }))));
        }
        return ready;
    }

    /** The validator of a writer's format: the one this BookBuild made first, kept for every build after. */
    private Optional<Validator> validator(BookWriter writer) {
        Validator kept = validators.get(writer.format());
        return kept != null ? Optional.of(kept)
                : writer.validator().map(v -> validators.computeIfAbsent(writer.format(), f -> v));
    }
}
