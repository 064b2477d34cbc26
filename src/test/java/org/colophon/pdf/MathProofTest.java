package org.colophon.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.colophon.book.Book;
import org.colophon.diagnostic.Diagnostic;
import org.colophon.diagnostic.Diagnostics;
import org.colophon.manuscript.ManuscriptLoader;
import org.colophon.markdown.BookAssembler;
import org.colophon.output.WriterSettings;
import org.colophon.proof.GlyphCoverage;
import org.colophon.testing.Manuscripts;
import org.colophon.typeface.Typefaces;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What print finds in a book's formulas before layout, in memory: one jlatexmath refuses is an error at its place,
 * in jlatexmath's words (KaTeX may take it: each writer answers for its own typesetter); a command that calls itself
 * stops; a letter written as math or a command inside a formula's words is refused, as jlatexmath would build the
 * one from an accent and set the other in its own face; one wider than the text block is a warning; a formula's
 * words pass the glyph gate in the face they are drawn in.
 */
class MathProofTest {
    @TempDir
    Path dir;

    private Book book(String markdown, Diagnostics d) throws IOException {
        Files.writeString(dir.resolve("book.yaml"), Manuscripts.VALID_YAML);
        Files.writeString(dir.resolve("chapter.md"), "# T\n\n" + markdown + "\n");
        var manuscript = new ManuscriptLoader(d).load(dir).orElseThrow(() -> new AssertionError(d.sorted()));
        return new BookAssembler(d).assemble(manuscript, Typefaces.literata(), Instant.EPOCH);
    }

    private List<String> proof(String markdown) throws IOException {
        Diagnostics d = new Diagnostics();
        Book book = book(markdown, d);
        assertEquals(0, d.errorCount(), d.sorted().toString());
        return new PdfWriter().proof(book, WriterSettings.of()).stream().map(x -> x.toString().replace(dir + "/", "")).toList();
    }

    @Test
    void aFormulaJlatexmathRefusesIsAnErrorAtItsPlace() throws IOException {
        assertEquals(List.of("chapter.md:3:7: error: jlatexmath, which sets the PDF's math, cannot set this formula: "
                + "unknown command \\color"), proof("Text $\\color{red}{x}$."));
    }

    @Test
    void aCommandThatCallsItselfStops() throws IOException {
        List<String> found = proof("$\\newcommand{\\again}{\\again}\\again$ and then $\\again$");
        assertEquals(2, found.size(), found.toString());
        assertTrue(found.get(0).endsWith("\\again is expanded more than 1000 times: it calls itself"), found.toString());
        // a command defined in one formula is not known in the next one
        assertTrue(found.get(1).startsWith("chapter.md:3:47: error:") && found.get(1).endsWith("unknown command \\again"),
                found.toString());
    }

    @Test
    void aLetterOfTextWrittenAsMathAndACommandInsideWordsAreRefused() throws IOException {
        List<String> found = proof("$x = é$ and $\\text{a \\foo b}$");
        assertEquals(List.of("chapter.md:3:6: error: jlatexmath, which sets the PDF's math, cannot set this formula: "
                        + "'é' (U+00E9) is not a symbol of math; write a word in \\text{…}",
                "chapter.md:3:14: error: jlatexmath, which sets the PDF's math, cannot set this formula: \\foo inside "
                        + "\\text{…}: Colophon sets a formula's words in the book's own faces and knows no \\foo there; write "
                        + "the words plainly, or move \\foo out of the text"), found);
    }

    @Test
    void aFormulaWiderThanTheTextBlockIsAWarning() throws IOException {
        String wide = "$$" + "a_1 + b_2 + c_3 + d_4 + ".repeat(12) + "z$$";
        List<String> found = proof(wide);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).matches("chapter.md:3:3: warning: this formula is \\d+ pt wide in print, wider than the "
                + "text block \\(351 pt\\): it is shrunk to fit, to \\d+ % of its size; .*"), found.get(0));
    }

    @Test
    void theWordsOfAFormulaPassTheGlyphGateInTheirFace() throws IOException {
        Diagnostics d = new Diagnostics();
        Book book = book("Words $x + \\text{Tiếng Việt 中}$ and $\\textbf{ok}$.", d);
        new GlyphCoverage(book.typeface(), book.codeTypeface(), d).check(book, Map.of());
        assertEquals(List.of("chapter.md:3:29: error: '中' (U+4E2D) has no glyph in Literata Regular; add a fallback face that covers Han, Kana and Hangul (typeface: "
                + "fallback: in book.yaml, such as Noto Serif CJK or Noto Sans CJK; see README.md, 'The typefaces')"),
                d.sorted().stream().filter(Diagnostic::isError).map(x -> x.toString().replace(dir + "/", "")).toList());
    }
}
