package org.colophon.build;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
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
import org.colophon.epub.EpubValidator;
import org.colophon.epub.EpubWriter;
import org.colophon.manuscript.Manuscript;
import org.colophon.manuscript.ManuscriptLoader;
import org.colophon.markdown.BookAssembler;
import org.colophon.pdf.PdfWriter;
import org.colophon.text.GlyphCoverage;
import org.colophon.text.Texts;
import org.colophon.typeface.Typefaces;

/**
 * Runs a build: load and check the manuscript, assemble the book, check its glyphs, then write the EPUB (and
 * validate it) and the PDF side by side on two threads. Every file is written under a temporary name and all are
 * moved into place together, only when every one is complete and valid: a build that fails leaves the previous
 * book as it was. Manuscript problems stop the build with a {@link org.colophon.diagnostic.ManuscriptException}
 * carrying all of them.
 */
public final class BookBuild {
    private final Map<String, Long> stages = Collections.synchronizedMap(new LinkedHashMap<>());

    public BuildResult run(BuildRequest request) throws IOException {
        // EPUBCheck getting ready, the EPUB with its validation, and the PDF
        ExecutorService writers = Executors.newFixedThreadPool(3, r -> {
            Thread t = new Thread(r, "colophon-writer");
            t.setDaemon(true);
            return t;
        });
        try {
            Future<?> validatorReady = request.validate() && request.format().epub()
                    ? writers.submit(() -> timed("validate-setup", () -> {
                        new EpubValidator().warmUp(Typefaces.literata());
                        return null;
                    })) : null;
            return run(request, writers, validatorReady);
        } finally {
            writers.shutdownNow();
        }
    }

    private BuildResult run(BuildRequest request, ExecutorService writers, Future<?> validatorReady) throws IOException {
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
        long modelMillis = stages.remove("model") - assembler.parseMillis();
        stages.put("parse", assembler.parseMillis());
        stages.put("model", modelMillis);
        timed("glyphs", () -> {
            new GlyphCoverage(book.typeface(), book.codeTypeface(), diagnostics).check(book, manuscript.metadataPositions());
            return null;
        });
        diagnostics.throwIfErrors(request.strict());

        String name = fileStem(book);
        Map<Format, OutputFile> outputs = new EnumMap<>(Format.class);
        try {
            Future<List<String>> epub = null;
            Future<List<Diagnostic>> pdf = null;
            if (request.format().epub()) {
                OutputFile out = new OutputFile(request.out().resolve(name + ".epub"));
                outputs.put(Format.EPUB, out);
                epub = writers.submit(() -> writeEpub(book, out, request.validate(), validatorReady));
            }
            if (request.format().pdf()) {
                OutputFile out = new OutputFile(request.out().resolve(name + ".pdf"));
                outputs.put(Format.PDF, out);
                pdf = writers.submit(() -> writePdf(book, out));
            }
            List<String> findings = epub == null ? List.of() : join(epub);
            if (pdf != null) {
                join(pdf).forEach(diagnostics::report);
            }
            diagnostics.throwIfErrors(request.strict());
            if (!findings.isEmpty()) {
                throw new ValidationFailure(outputs.get(Format.EPUB).target().toString(), findings);
            }
            Map<Format, Path> files = new EnumMap<>(Format.class);
            for (Map.Entry<Format, OutputFile> o : outputs.entrySet()) {
                o.getValue().commit();
                files.put(o.getKey(), o.getValue().target());
            }
            List<String> validation = request.validate() && epub != null
                    ? List.of("EPUBCheck " + EpubValidator.version() + ": 0 errors, 0 warnings") : List.of();
            return new BuildResult(files, book.chapters().size(), BookText.words(book), book.notes().size(),
                    BookText.figures(book), diagnostics.sorted(), validation, Collections.unmodifiableMap(new LinkedHashMap<>(stages)));
        } finally {
            for (OutputFile o : outputs.values()) {
                o.close();
            }
        }
    }

    private List<String> writeEpub(Book book, OutputFile out, boolean validate, Future<?> validatorReady) throws IOException {
        EpubWriter writer = new EpubWriter();
        timed("epub", () -> {
            try (OutputStream os = out.open()) {
                writer.write(book, os);
            }
            return null;
        });
        stages.put("epub-xhtml", writer.renderMillis());
        if (!validate) {
            return List.of();
        }
        if (validatorReady != null) {
            join(validatorReady);   // EPUBCheck compiles its schemas once; wait for that rather than do it twice
        }
        return timed("validate", () -> {
            try {
                return new EpubValidator().validate(out.temp()).stream().map(Object::toString).toList();
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                throw new LibraryFailure("EPUBCheck", out.target().getFileName().toString(), e);
            }
        });
    }

    private List<Diagnostic> writePdf(Book book, OutputFile out) throws IOException {
        PdfWriter writer = new PdfWriter();
        try (OutputStream os = out.open()) {
            writer.write(book, os);
        }
        writer.timings().forEach((step, ms) -> stages.merge(step, ms, Long::sum));
        return writer.warnings();
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
