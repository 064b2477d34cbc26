package org.colophon.pipeline;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.colophon.book.Book;
import org.colophon.book.BookText;
import org.colophon.diagnostic.Diagnostics;
import org.colophon.diagnostic.LibraryFailure;
import org.colophon.diagnostic.ManuscriptException;
import org.colophon.manuscript.Manuscript;
import org.colophon.manuscript.ManuscriptLoader;
import org.colophon.markdown.BookAssembler;
import org.colophon.output.BookWriter;
import org.colophon.output.Format;
import org.colophon.output.Inputs;
import org.colophon.output.Validator;
import org.colophon.output.WriterSettings;
import org.colophon.output.Writers;
import org.colophon.output.Written;
import org.colophon.preflight.Preflight;
import org.colophon.preflight.Rule;
import org.colophon.preflight.Store;
import org.colophon.proof.GlyphCoverage;
import org.colophon.text.Texts;

/**
 * One build, stage by stage: load and check the manuscript, assemble the book, check its glyphs, have each writer
 * proof it, write every format (side by side, each after those it takes from, as the plan orders them) and validate
 * each as it is written, then move the files into place together, only when every one is complete and valid: a
 * build that fails leaves the previous book as it was. Manuscript problems stop the build with a
 * {@link ManuscriptException} carrying all of them.
 */
final class BuildRun {
    private final BuildRequest request;
    private final Writers.Plan plan;
    private final ExecutorService threads;
    private final Stages stages;
    /** The validators of the formats to validate, each once it is ready. */
    private final Map<Format, Future<Validator>> validators;
    private final Diagnostics diagnostics = new Diagnostics();
    /** What each validator found, by format; empty when the file is valid. */
    private final Map<Format, List<String>> findings = new ConcurrentHashMap<>();

    BuildRun(BuildRequest request, Writers.Plan plan, ExecutorService threads, Stages stages,
            Map<Format, Future<Validator>> validators) {
        this.request = request;
        this.plan = plan;
        this.threads = threads;
        this.stages = stages;
        this.validators = validators;
    }

    BuildResult run() throws IOException {
        Manuscript manuscript = load();
        Book book = assemble(manuscript);
        checkGlyphs(book, manuscript);
        proof(book, manuscript.writerSettings());
        try (Outputs outputs = new Outputs(request.out(), fileStem(book), plan.writers())) {
            write(book, manuscript.writerSettings(), outputs);
            Map<Format, Path> files = outputs.commit();
            List<Rule> preflight = stages.timed("preflight", () -> new Preflight(book, manuscript.print(), files,
                    validators.containsKey(Format.EPUB) ? Boolean.TRUE : null).check(EnumSet.allOf(Store.class)));
            return new BuildResult(files, book.chapters().size(), BookText.words(book), book.notes().size(),
                    BookText.figures(book).size(), diagnostics.sorted(), validation(), stages.snapshot(), preflight);
        }
    }

    /** The manuscript, with its problems reported; one that cannot be read at all stops the build here. */
    private Manuscript load() throws IOException {
        var loaded = stages.timed("load", () -> new ManuscriptLoader(diagnostics).load(request.manuscript()));
        if (loaded.isEmpty()) {
            diagnostics.throwIfErrors(request.strict());
        }
        // go on with a manuscript that has errors: the author sees the chapters' problems in the same run
        return loaded.orElseThrow();
    }

    /** The book model; CommonMark's own parsing timed apart from building the model from its tree. */
    private Book assemble(Manuscript manuscript) throws IOException {
        BookAssembler assembler = new BookAssembler(diagnostics);
        Book book = stages.timed("model", () -> assembler.assemble(manuscript,
                request.date().orElse(manuscript.lastModified())));
        stages.split("model", "parse", assembler.parseMillis());
        if (assembler.highlightMillis() > 0) {
            stages.split("model", "highlight", assembler.highlightMillis());   // the code's lexers, within the model's time
        }
        return book;
    }

    private void checkGlyphs(Book book, Manuscript manuscript) throws IOException {
        stages.timed("glyphs", () -> {
            new GlyphCoverage(book, diagnostics).check(book, manuscript.metadataPositions());
            return null;
        });
    }

    /** Each writer's own checks; errors (and with {@code --strict} warnings) stop the build before any layout. */
    private void proof(Book book, WriterSettings settings) throws IOException {
        stages.timed("proof", () -> {
            plan.writers().forEach(w -> w.proof(book, settings).forEach(diagnostics::report));
            return null;
        });
        diagnostics.throwIfErrors(request.strict());
    }

    /**
     * Writes every format as the plan orders them, and validates each as it is written; reports their warnings,
     * then stops for errors, then for a file that failed its validator.
     */
    private void write(Book book, WriterSettings settings, Outputs outputs) throws IOException {
        Map<Format, Future<Written>> writing = plan.start(threads,
                (writer, before) -> writeAndValidate(writer, book, new Inputs(settings, before), outputs.of(writer.format())));
        Map<Format, Written> written = new LinkedHashMap<>();
        for (Map.Entry<Format, Future<Written>> w : writing.entrySet()) {
            written.put(w.getKey(), join(w.getValue()));
        }
        written.values().forEach(w -> w.warnings().forEach(diagnostics::report));
        diagnostics.throwIfErrors(request.strict());
        for (Format f : written.keySet()) {
            if (!findings.getOrDefault(f, List.of()).isEmpty()) {
                throw new ValidationFailure(outputs.of(f).target().toString(), findings.get(f), diagnostics.sorted());
            }
        }
    }

    /** Writes one format, adds its steps' times, then validates it once its validator is ready. */
    private Written writeAndValidate(BookWriter writer, Book book, Inputs inputs, OutputFile out) throws IOException {
        Written written = stages.timed(writer.format().name(), () -> {
            try (OutputStream os = out.open()) {
                return writer.write(book, inputs, os);
            }
        });
        stages.addAll(written.timings());
        Future<Validator> ready = validators.get(writer.format());
        if (ready != null) {
            Validator validator = join(ready);   // a validator compiles its schemas once: wait for that, not do it twice
            findings.put(writer.format(), stages.timed("validate", () -> {
                try {
                    return validator.validate(out.temp()).stream().map(written::explain).toList();
                } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                    throw new LibraryFailure(validator.name(), out.target().getFileName().toString(), e);
                }
            }));
        }
        return written;
    }

    /** What the validators said of the files that passed them, for the summary. */
    private List<String> validation() throws IOException {
        List<String> said = new ArrayList<>();
        for (Future<Validator> v : validators.values()) {
            said.add(join(v).name() + ": 0 errors, 0 warnings");
        }
        return said;
    }

    private static <T> T join(Future<T> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("the build was interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            } else if (cause instanceof RuntimeException re) {
                throw re;
            } else if (cause instanceof Error err) {
                throw err;
            }
            throw new UncheckedIOException(new IOException(cause));
        }
    }

    /** The output files' name: the title as a slug ("an-alliance-between-…"). */
    static String fileStem(Book book) {
        String slug = Texts.slug(book.metadata().title());
        return slug.isEmpty() ? "book" : slug;
    }
}
