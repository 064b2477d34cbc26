package org.colophon.build;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.colophon.book.Book;
import org.colophon.book.BookText;
import org.colophon.diagnostic.Diagnostic;
import org.colophon.diagnostic.Diagnostics;
import org.colophon.diagnostic.LibraryFailure;
import org.colophon.manuscript.Manuscript;
import org.colophon.manuscript.ManuscriptLoader;
import org.colophon.markdown.BookAssembler;
import org.colophon.output.BookWriter;
import org.colophon.output.Format;
import org.colophon.output.WriterSettings;
import org.colophon.output.Writers;
import org.colophon.proof.GlyphCoverage;
import org.colophon.text.Texts;
import org.colophon.typeface.Typefaces;

/**
 * Runs a build: load and check the manuscript, assemble the book, check its glyphs, hand each requested
 * {@link BookWriter} book.yaml's settings and have it proof the book, then run each (and its validator) side by
 * side, each on a thread of its own, while validators get ready on others. Every file is written under a temporary name and all are moved into place together, only when every one is
 * complete and valid: a build that fails leaves the previous book as it was. Manuscript problems stop the build with
 * a {@link org.colophon.diagnostic.ManuscriptException} carrying all of them.
 */
public final class BookBuild {
    private final Map<String, Long> stages = Collections.synchronizedMap(new LinkedHashMap<>());

    public BuildResult run(BuildRequest request) throws IOException {
        List<BookWriter> writers = Writers.of(request.formats());
        // a writer and a validator getting ready for each format
        ExecutorService threads = Executors.newFixedThreadPool(Math.max(1, 2 * writers.size()), r -> {
            Thread t = new Thread(r, "colophon-writer");
            t.setDaemon(true);
            return t;
        });
        try {
            Map<BookWriter, Future<?>> ready = new LinkedHashMap<>();
            if (request.validate()) {
                for (BookWriter w : writers) {
                    if (w.validator().isPresent()) {
                        ready.put(w, threads.submit(() -> timed("validate-setup", () -> {
                            w.prepareValidation();
                            return null;
                        })));
                    }
                }
            }
            return run(request, writers, threads, ready);
        } finally {
            threads.shutdownNow();
        }
    }

    private BuildResult run(BuildRequest request, List<BookWriter> writers, ExecutorService threads,
            Map<BookWriter, Future<?>> ready) throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        Optional<Manuscript> loaded = timed("load", () -> new ManuscriptLoader(diagnostics).load(request.manuscript()));
        if (loaded.isEmpty()) {
            diagnostics.throwIfErrors(request.strict());
        }
        // go on with a manuscript that has errors: the author sees the chapters' problems in the same run
        Manuscript manuscript = loaded.orElseThrow();
        BookAssembler assembler = new BookAssembler(diagnostics);
        Book book = timed("model", () -> assembler.assemble(manuscript, Typefaces.literata(), modified(manuscript)));
        // CommonMark's own parsing, and the rest: building our model from its tree
        long modelMillis = stages.remove("model") - assembler.parseMillis() - assembler.highlightMillis();
        stages.put("parse", assembler.parseMillis());
        stages.put("model", modelMillis);
        if (assembler.highlightMillis() > 0) {
            stages.put("highlight", assembler.highlightMillis());   // the code's lexers, within the model's time
        }
        timed("glyphs", () -> {
            new GlyphCoverage(book.typeface(), book.codeTypeface(), diagnostics).check(book, manuscript.metadataPositions());
            return null;
        });
        timed("proof", () -> {
            WriterSettings settings = manuscript.writerSettings();
            writers.forEach(w -> w.configure(settings));   // each takes its settings before it proofs the book
            writers.forEach(w -> w.proof(book).forEach(diagnostics::report));
            return null;
        });
        diagnostics.throwIfErrors(request.strict());

        String name = fileStem(book);
        Map<BookWriter, OutputFile> outputs = new LinkedHashMap<>();
        try {
            Map<BookWriter, Future<List<String>>> written = new LinkedHashMap<>();
            Map<Format, BookWriter> byFormat = new LinkedHashMap<>();
            Map<Format, Future<List<String>>> writing = new LinkedHashMap<>();
            for (BookWriter w : writers) {   // in order: every writer after those it needs
                OutputFile out = new OutputFile(request.out().resolve(w.fileName(name)));
                outputs.put(w, out);
                Map<Format, BookWriter> done = new LinkedHashMap<>();
                List<Future<List<String>>> needed = new java.util.ArrayList<>();
                for (Format f : w.needs()) {
                    done.put(f, byFormat.get(f));
                    needed.add(writing.get(f));
                }
                for (Format f : w.uses()) {   // used only when built: Writers put it before this writer then
                    if (byFormat.containsKey(f)) {
                        done.put(f, byFormat.get(f));
                        needed.add(writing.get(f));
                    }
                }
                Future<List<String>> task = threads.submit(() -> {
                    for (Future<List<String>> n : needed) {
                        join(n);   // the pool holds a thread per writer and validator: waiting here starves none
                    }
                    if (!done.isEmpty()) {
                        w.after(Collections.unmodifiableMap(done));
                    }
                    return write(w, book, out, ready.get(w));
                });
                byFormat.put(w.format(), w);
                writing.put(w.format(), task);
                written.put(w, task);
            }
            Map<BookWriter, List<String>> findings = new LinkedHashMap<>();
            for (Map.Entry<BookWriter, Future<List<String>>> e : written.entrySet()) {
                findings.put(e.getKey(), join(e.getValue()));
                e.getKey().warnings().forEach(diagnostics::report);
            }
            diagnostics.throwIfErrors(request.strict());
            for (Map.Entry<BookWriter, List<String>> f : findings.entrySet()) {
                if (!f.getValue().isEmpty()) {
                    throw new ValidationFailure(outputs.get(f.getKey()).target().toString(), f.getValue(), diagnostics.sorted());
                }
            }
            Map<Format, Path> files = new LinkedHashMap<>();
            for (Map.Entry<BookWriter, OutputFile> o : outputs.entrySet()) {
                o.getValue().commit();
                files.put(o.getKey().format(), o.getValue().target());
            }
            List<String> validation = ready.keySet().stream()
                    .map(w -> w.validator().orElseThrow() + ": 0 errors, 0 warnings").toList();
            Boolean epubValid = ready.keySet().stream().anyMatch(w -> w.format().equals(Format.EPUB)) ? Boolean.TRUE : null;
            List<org.colophon.preflight.Rule> preflight = timed("preflight", () -> new org.colophon.preflight.Preflight(book, manuscript.print(), files,
                    epubValid).check(java.util.EnumSet.allOf(org.colophon.preflight.Store.class)));
            return new BuildResult(Collections.unmodifiableMap(files), book.chapters().size(), BookText.words(book),
                    book.notes().size(), BookText.figures(book).size(), diagnostics.sorted(), validation,
                    Collections.unmodifiableMap(new LinkedHashMap<>(stages)), preflight);
        } finally {
            for (OutputFile o : outputs.values()) {
                o.close();
            }
        }
    }

    /** Writes one format, then validates it once its validator is ready; the validator's findings. */
    private List<String> write(BookWriter writer, Book book, OutputFile out, Future<?> validatorReady) throws IOException {
        timed(writer.format().name(), () -> {
            try (OutputStream os = out.open()) {
                writer.write(book, os);
            }
            return null;
        });
        writer.timings().forEach((step, ms) -> stages.merge(step, ms, Long::sum));
        if (validatorReady == null) {
            return List.of();
        }
        join(validatorReady);   // a validator compiles its schemas once; wait for that rather than do it twice
        return timed("validate", () -> {
            try {
                return writer.validate(out.temp());
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                throw new LibraryFailure(writer.validator().orElseThrow(), out.target().getFileName().toString(), e);
            }
        });
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

    /**
     * The book's modification time: SOURCE_DATE_EPOCH when set (reproducible builds), else the manuscript's last
     * change, so the same manuscript gives the same bytes.
     */
    static Instant modified(Manuscript manuscript) {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch != null && epoch.matches("\\d{1,12}")) {
            return Instant.ofEpochSecond(Long.parseLong(epoch));
        }
        return manuscript.lastModified();
    }

    private interface Stage<T> {
        T run() throws IOException;
    }

    private <T> T timed(String stage, Stage<T> work) throws IOException {
        long start = System.nanoTime();
        try {
            return work.run();
        } finally {
            stages.merge(stage, (System.nanoTime() - start) / 1_000_000, Long::sum);
        }
    }
}
