package org.colophon.build;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.colophon.book.Book;
import org.colophon.book.BookText;
import org.colophon.diagnostic.Diagnostic;
import org.colophon.diagnostic.Diagnostics;
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
 * Runs a build: load and check the manuscript, assemble the book, write each format, validate, and move each file
 * into place only when it is complete and valid. Stops with a {@link org.colophon.diagnostic.ManuscriptException}
 * carrying every problem when the manuscript has errors; then nothing is written.
 */
public final class BookBuild {
    private final Map<String, Long> stages = new LinkedHashMap<>();

    public BuildResult run(BuildRequest request) throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        Optional<Manuscript> loaded = timed("load", () -> new ManuscriptLoader(diagnostics).load(request.manuscript()));
        if (loaded.isEmpty()) {
            diagnostics.throwIfErrors();
        }
        // go on with a manuscript that has errors: the author sees the chapters' problems in the same run
        Manuscript manuscript = loaded.orElseThrow();
        Book book = timed("parse", () -> new BookAssembler(diagnostics).assemble(manuscript, Typefaces.literata(),
                modified(manuscript)));
        timed("glyphs", () -> {
            new GlyphCoverage(book.typeface(), diagnostics).check(book, manuscript.metadataPositions());
            return null;
        });
        diagnostics.throwIfErrors();

        Map<Format, Path> files = new EnumMap<>(Format.class);
        List<String> validation = new ArrayList<>();
        String name = fileStem(book);
        if (request.format().epub()) {
            Path target = request.out().resolve(name + ".epub");
            try (OutputFile out = new OutputFile(target)) {
                timed("epub", () -> {
                    try (OutputStream os = out.open()) {
                        new EpubWriter().write(book, os);
                    }
                    return null;
                });
                if (request.validate()) {
                    List<EpubValidator.Finding> findings = timed("validate", () -> new EpubValidator().validate(out.temp()));
                    if (!findings.isEmpty()) {
                        throw new ValidationFailure(target.toString(), findings.stream().map(Object::toString).toList());
                    }
                    validation.add("EPUBCheck " + EpubValidator.version() + ": 0 errors, 0 warnings");
                }
                out.commit();
            }
            files.put(Format.EPUB, target);
        }
        if (request.format().pdf()) {
            Path target = request.out().resolve(name + ".pdf");
            try (OutputFile out = new OutputFile(target)) {
                PdfWriter writer = new PdfWriter();
                timed("pdf", () -> {
                    try (OutputStream os = out.open()) {
                        writer.write(book, os);
                    }
                    return null;
                });
                writer.warnings().forEach(diagnostics::report);
                out.commit();
            }
            files.put(Format.PDF, target);
        }
        List<Diagnostic> warnings = diagnostics.sorted();
        return new BuildResult(files, book.chapters().size(), BookText.words(book), book.notes().size(),
                BookText.figures(book), warnings, validation, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(stages)));
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

    public Map<String, Long> stages() {
        return stages;
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
