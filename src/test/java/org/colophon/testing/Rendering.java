package org.colophon.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.colophon.book.Book;
import org.colophon.book.Chapter;
import org.colophon.diagnostic.Diagnostic;
import org.colophon.diagnostic.Diagnostics;
import org.colophon.epub.EpubValidator;
import org.colophon.manuscript.Manuscript;
import org.colophon.markdown.BookAssembler;
import org.colophon.output.BookWriter;
import org.colophon.output.Format;
import org.colophon.output.Inputs;
import org.colophon.output.Writers;
import org.colophon.pdf.PrintPasses;
import org.colophon.proof.GlyphCoverage;
import org.colophon.epub.EpubWriter;
import org.colophon.xhtml.XhtmlRenderer;
import org.w3c.dom.Document;

/**
 * Markdown → model → XHTML without a build, in memory ({@link TestManuscript}): the manuscript is loaded and checked,
 * the book assembled and proofed as a build does before it writes, and a chapter rendered as the EPUB has it, or the
 * whole book as the PDF writer hands it to Flying Saucer; like commonmark-java's RenderingTestCase. End-to-end
 * builds (EPUBCheck, the layout, veraPDF) keep the integration role.
 * <pre>{@code
 * assertRendering("~~struck~~", "<p><del>struck</del></p>");
 * assertDiagnostic("# One\n\n[a](#nowhere)", "3:1: error: link to '#nowhere' names no heading or anchor of …");
 * String body = Rendering.xhtml(TestManuscript.of(md).language("vi"));
 * Document print = Rendering.printDocument(TestManuscript.of(md).yaml("print:\n  hyphenation: false"));
 * List<String> messages = Rendering.diagnostics(TestManuscript.of(md).chapter("two.md", other));
 * }</pre>
 */
public final class Rendering {
    private Rendering() {
    }

    /** The chapter's body (what lies inside its {@code <section>}), and every diagnostic. */
    public record Result(String body, List<Diagnostic> diagnostics) {
        public String messages() {
            return String.join("\n", diagnostics.stream().map(Diagnostic::toString).toList());
        }
    }

    public static Result render(String markdown) {
        return render(markdown, "en");
    }

    public static Result render(String markdown, String language) {
        Rendered r = of(TestManuscript.of(markdown).language(language));
        return new Result(r.xhtml(), r.raw());
    }

    /** The body of the chapter {@code markdown} makes, as the EPUB has it. */
    public static String xhtml(String markdown) {
        return of(TestManuscript.of(markdown)).xhtml();
    }

    /** The body of the manuscript's first chapter, as the EPUB has it. */
    public static String xhtml(TestManuscript manuscript) {
        return of(manuscript).xhtml();
    }

    /** The print document of a one-chapter book, after every pass of the PDF writer, before Flying Saucer. */
    public static Document printDocument(String markdown) {
        return of(TestManuscript.of(markdown)).printDocument();
    }

    public static Document printDocument(TestManuscript manuscript) {
        return of(manuscript).printDocument();
    }

    /** Every diagnostic a build reports before it writes, in the form {@link Rendered#diagnostics} gives. */
    public static List<String> diagnostics(String markdown) {
        return of(TestManuscript.of(markdown)).diagnostics();
    }

    public static List<String> diagnostics(TestManuscript manuscript) {
        return of(manuscript).diagnostics();
    }

    /** Asserts that {@code markdown}'s chapter body is {@code expected}, whitespace between and around tags aside. */
    public static void assertRendering(String markdown, String expected) {
        assertRendering(TestManuscript.of(markdown), expected);
    }

    public static void assertRendering(TestManuscript manuscript, String expected) {
        Rendered r = of(manuscript);
        assertEquals(normalise(expected), normalise(r.xhtml()), () -> "Markdown:\n" + manuscript.mainChapter()
                + "\ndiagnostics:\n" + String.join("\n", r.diagnostics()));
    }

    /**
     * Asserts that each of {@code expected} is a diagnostic of the manuscript ({@code "3:1: error: …"}, as
     * {@link Rendered#diagnostics} prints them); one that ends with "…" matches every diagnostic it begins.
     */
    public static void assertDiagnostic(String markdown, String... expected) {
        assertDiagnostic(TestManuscript.of(markdown), expected);
    }

    public static void assertDiagnostic(TestManuscript manuscript, String... expected) {
        List<String> found = diagnostics(manuscript);
        for (String e : expected) {
            if (found.stream().noneMatch(d -> matches(d, e))) {
                fail("expected the diagnostic\n" + e + "\namong\n" + String.join("\n", found));
            }
        }
    }

    /** Asserts that the manuscript gives no diagnostic at all, warning or error. */
    public static void assertNoDiagnostic(TestManuscript manuscript) {
        assertEquals(List.of(), diagnostics(manuscript));
    }

    public static boolean matches(String diagnostic, String expected) {
        return expected.endsWith("…") ? diagnostic.startsWith(expected.substring(0, expected.length() - 1))
                : diagnostic.equals(expected);
    }

    /**
     * The XHTML with its layout taken out, so that an expectation may be written on several lines: white space that
     * holds a line break between two tags goes (the renderer puts each block on a line of its own), any other run of
     * white space becomes one space (a space between two inline elements is text, and stays).
     */
    public static String normalise(String xhtml) {
        return xhtml.strip().replaceAll(">[ \\t]*\\R\\s*<", "><").replaceAll("\\s+", " ");
    }

    /**
     * Diagnostics as a build prints them but with the manuscript's folder left out: the chapter {@code main}'s as
     * {@code "3:1: error: …"} (or {@code "error: …"} for the whole file), another file's with its name
     * ({@code "two.md:1:1: warning: …"}, {@code "book.yaml:2:8: error: …"}).
     */
    public static List<String> shown(List<Diagnostic> diagnostics, String main) {
        String chapter = "manuscript/" + main;
        List<String> out = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            String line = d.toString();
            if (line.startsWith(chapter + ":")) {
                line = line.substring(chapter.length() + 1).stripLeading();
            } else if (line.startsWith("manuscript/")) {
                line = line.substring("manuscript/".length());
            }
            out.add(line);
        }
        return out;
    }

    /** Loads, assembles and proofs {@code manuscript} once, for several looks at it. */
    public static Rendered of(TestManuscript manuscript) {
        TestManuscript.Loaded loaded = manuscript.load();
        Diagnostics d = loaded.diagnostics();
        Manuscript m = loaded.orElseFail();
        Book book = new BookAssembler(d).assemble(m, Instant.EPOCH);
        new GlyphCoverage(book, d).check(book, m.metadataPositions());
        for (BookWriter w : Writers.plan(Set.of(Format.ALL)).writers()) {
            w.proof(book, m.writerSettings()).forEach(d::report);   // each writer's checks, with book.yaml's settings
        }
        return new Rendered(manuscript, m, book, d);
    }

    /** One manuscript, loaded, assembled and proofed. */
    public static final class Rendered {
        private final TestManuscript source;
        private final Manuscript manuscript;
        private final Book book;
        private final Diagnostics diagnostics;

        Rendered(TestManuscript source, Manuscript manuscript, Book book, Diagnostics diagnostics) {
            this.source = source;
            this.manuscript = manuscript;
            this.book = book;
            this.diagnostics = diagnostics;
        }

        public Book book() {
            return book;
        }

        public Manuscript manuscript() {
            return manuscript;
        }

        /** The body of the first chapter added. */
        public String xhtml() {
            return xhtml(source.mainChapter());
        }

        /** The body (inside its {@code <section>}) of the chapter made from {@code file} ("two.md"). */
        public String xhtml(String file) {
            String document = document(file);
            int open = document.indexOf('>', document.indexOf("<section")) + 1;
            return document.substring(open, document.lastIndexOf("</section>")).strip();
        }

        /** The whole XHTML document of the chapter made from {@code file}, as the EPUB holds it. */
        public String document(String file) {
            return new XhtmlRenderer(book, EpubWriter.PROFILE).chapterDocument(chapter(file));
        }

        public Chapter chapter(String file) {
            String path = "manuscript/" + file;
            return book.chapters().stream().filter(c -> c.sourcePath().equals(path)).findFirst()
                    .orElseThrow(() -> new AssertionError("no chapter made from " + path + " in "
                            + book.chapters().stream().map(Chapter::sourcePath).toList()));
        }

        /** The print document after every pass of the PDF writer's first layout, as Flying Saucer gets it. */
        public Document printDocument() {
            try {
                return PrintPasses.firstLayout(book, manuscript.print());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Every file of the EPUB the real writer makes of the book (with no PDF beside it: no page markers). */
        public Map<String, byte[]> epub() {
            try {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                writer(Format.EPUB).write(book, Inputs.of(manuscript.writerSettings()), out);
                return Epubs.entries(out.toByteArray());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The interior PDF the real writer makes of the book (a layout: for tests of what is printed). */
        public byte[] pdf() {
            try {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                writer(Format.PDF).write(book, Inputs.of(manuscript.writerSettings()), out);
                return out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** What EPUBCheck finds in {@link #epub}'s book: one EPUBCheck, warmed once, for every test of the JVM. */
        public List<EpubValidator.Finding> epubCheck() {
            try {
                Path file = Files.createTempFile("colophon-test", ".epub");
                try {
                    try (OutputStream out = Files.newOutputStream(file)) {
                        writer(Format.EPUB).write(book, Inputs.of(manuscript.writerSettings()), out);
                    }
                    return new EpubValidator().validate(file);
                } finally {
                    Files.delete(file);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The errors among the diagnostics: a build of this manuscript exits 1 when there is one. */
        public List<String> errors() {
            return shown(diagnostics.sorted().stream().filter(Diagnostic::isError).toList(), source.mainChapter());
        }

        /** The installed writer of {@code format}, alone: nothing written before it (an EPUB without page markers). */
        private static BookWriter writer(Format format) {
            return Writers.plan(Set.of(format)).writers().stream().filter(w -> w.format().equals(format)).findFirst().orElseThrow();
        }

        public List<Diagnostic> raw() {
            return diagnostics.sorted();
        }

        /** Every diagnostic, sorted, in the form {@link Rendering#shown} gives. */
        public List<String> diagnostics() {
            return shown(diagnostics.sorted(), source.mainChapter());
        }

        public String messages() {
            return String.join("\n", diagnostics());
        }
    }
}
