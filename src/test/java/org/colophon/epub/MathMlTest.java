package org.colophon.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
import org.colophon.testing.Manuscripts;
import org.colophon.typeface.Typefaces;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The EPUB's math: each formula is KaTeX's MathML, with its TeX as an {@code application/x-tex} annotation and as the
 * {@code alttext} of its {@code <math>}; a formula KaTeX refuses is an error where KaTeX stopped, in its words; the
 * words of a formula keep their letters whole (KaTeX alone would stack Vietnamese accents); a document with math says
 * so in the package, and the accessibility metadata name MathML. In memory, with the EPUB writer's own rendering.
 */
class MathMlTest {
    @TempDir
    Path dir;

    private record Written(Map<String, byte[]> files, List<Diagnostic> refused) {
        String text(String name) {
            return new String(files.get(name), StandardCharsets.UTF_8);
        }

        String chapter() {
            return text("EPUB/chapter.xhtml");
        }
    }

    private Written epub(String markdown) throws IOException {
        Files.writeString(dir.resolve("book.yaml"), Manuscripts.VALID_YAML);
        Files.writeString(dir.resolve("chapter.md"), "# T\n\n" + markdown + "\n");
        Diagnostics d = new Diagnostics();
        var manuscript = new ManuscriptLoader(d).load(dir).orElseThrow(() -> new AssertionError(d.sorted()));
        Book book = new BookAssembler(d).assemble(manuscript, Typefaces.literata(), Instant.EPOCH);
        assertEquals(0, d.errorCount(), d.sorted().toString());
        EpubWriter writer = new EpubWriter();
        List<Diagnostic> refused = writer.proof(book, WriterSettings.of());
        List<Diagnostic> here = refused.stream().map(r -> new Diagnostic(r.path().replace(dir + "/", ""), r.line(), r.column(),
                r.severity(), r.message())).toList();
        return new Written(refused.isEmpty() ? EpubWriter.entries(book, List.of()) : Map.of(), here);
    }

    @Test
    void aFormulaIsMathMlWithItsTexAsAnnotationAndAltText() throws IOException {
        String chapter = epub("Einstein's $E = mc^2$.").chapter();
        assertTrue(chapter.contains("<math xmlns=\"http://www.w3.org/1998/Math/MathML\" alttext=\"E = mc^2\"><semantics>"
                + "<mrow><mi>E</mi><mo>=</mo><mi>m</mi><msup><mi>c</mi><mn>2</mn></msup></mrow>"
                + "<annotation encoding=\"application/x-tex\">E = mc^2</annotation></semantics></math>"), chapter);
    }

    @Test
    void aDisplayFormulaIsABlockAndANumberedOneHasItsNumberAndId() throws IOException {
        String chapter = epub("$$\\frac{a}{b}$$ {#eq:ratio}").chapter();
        assertTrue(chapter.contains("<div class=\"equation numbered\" id=\"eq-ratio\"><span class=\"equation-number\">(1)</span>"
                + "<math xmlns=\"http://www.w3.org/1998/Math/MathML\" display=\"block\" alttext=\"\\frac{a}{b}\"><semantics>"
                + "<mrow><mfrac><mi>a</mi><mi>b</mi></mfrac></mrow>"), chapter);
    }

    @Test
    void theWordsOfAFormulaKeepTheirLettersWhole() throws IOException {
        // KaTeX keeps a space of the words as a no-break space, which MathML does not collapse
        String chapter = epub("$\\text{độ dài cạnh huyền} = c$ and $\\text{ấ ằ ẫ ế ǘ Ñandú ça \\'e}$").chapter()
                .replace('\u00A0', ' ');
        assertTrue(chapter.contains("<mtext>độ dài cạnh huyền</mtext>"), chapter);
        assertTrue(chapter.contains("<mtext>ấ ằ ẫ ế ǘ Ñandú ça é</mtext>"), chapter);
        assertFalse(chapter.contains("<mover accent=\"true\"><mtext>"), "no letter under an accent: " + chapter);
        // an accent over math stays one (a vector's hat)
        String hat = epub("$\\hat{x}$").chapter();
        assertTrue(hat.contains("<mover accent=\"true\"><mi>x</mi><mo"), hat);
    }

    /** MathML Core (Chromium's) draws no mathvariant: a styled letter is Unicode's own character for it. */
    @Test
    void aStyledLetterIsUnicodesStyledCharacter() throws IOException {
        String chapter = epub("$\\mathbb{R}^n$, $\\mathbf{x}^\\top$, $\\mathcal{L}$, $\\mathfrak{g}$ and $\\mathbf{\\Omega}$").chapter();
        assertTrue(chapter.contains("<msup><mi>ℝ</mi><mi>n</mi></msup>"), chapter);
        assertTrue(chapter.contains("<mi>𝐱</mi>"), chapter);
        assertTrue(chapter.contains("<mi>ℒ</mi>") && chapter.contains("<mi>𝔤</mi>"), chapter);
        assertTrue(chapter.contains("mathvariant=\"bold\">Ω</mi>"), "no styled character: the attribute stays: " + chapter);
    }

    @Test
    void aFormulaKatexRefusesIsAnErrorWhereItStopped() throws IOException {
        List<Diagnostic> refused = epub("Text $\\frac{1}{2$ and $$x \\foo y$$ and $é$.").refused();
        assertEquals(List.of("chapter.md:3:17: error: KaTeX, which sets the EPUB's math, cannot set this formula: "
                        + "Unexpected end of input in a macro argument, expected '}' at the end",
                "chapter.md:3:27: error: KaTeX, which sets the EPUB's math, cannot set this formula: "
                        + "Undefined control sequence: \\foo",
                "chapter.md:3:41: error: KaTeX, which sets the EPUB's math, cannot set this formula: "
                        + "Accented Unicode text character \"é\" used in math mode"),
                refused.stream().map(Diagnostic::toString).toList());
    }

    @Test
    void aFormulaThatReachesOutOrNeverEndsIsRefused() throws IOException {
        List<Diagnostic> refused = epub("$\\href{https://example.org}{x}$ and $\\def\\a{\\a\\a}\\a$").refused();
        assertEquals(2, refused.size(), refused.toString());
        assertTrue(refused.get(0).message().endsWith("\\href reaches outside the formula; Colophon runs no such command"),
                refused.toString());
        assertTrue(refused.get(1).message().contains("Too many expansions"), refused.toString());
    }

    @Test
    void aDocumentWithMathSaysSoAndTheBookNamesMathMl() throws IOException {
        Written written = epub("With $x$.[^1]\n\n[^1]: And $y$.");
        String opf = written.text("EPUB/package.opf");
        assertTrue(opf.contains("href=\"chapter.xhtml\" media-type=\"application/xhtml+xml\" properties=\"mathml\""), opf);
        assertTrue(opf.contains("href=\"notes-chapter.xhtml\" media-type=\"application/xhtml+xml\" properties=\"mathml\""), opf);
        assertTrue(opf.contains("<meta property=\"schema:accessibilityFeature\">MathML</meta>"), opf);
        assertFalse(opf.contains("describedMath"), opf);
        assertTrue(opf.contains("Mathematics is written in MathML, each formula with its TeX source as its text alternative."),
                opf);
        String plain = epub("No math.").text("EPUB/package.opf");
        assertFalse(plain.contains("mathml") || plain.contains("MathML"), plain);
    }

    @Test
    void theWordsOfAFormulaAreInTheBooksFace() throws IOException {
        String css = epub("$x$").text("EPUB/css/book.css");
        assertTrue(css.contains("math mtext {\n  font-family: \"Literata\", serif;\n}"), css);
    }
}
