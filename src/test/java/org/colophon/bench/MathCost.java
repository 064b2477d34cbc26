package org.colophon.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.colophon.book.Book;
import org.colophon.book.BookText;
import org.colophon.diagnostic.Diagnostics;
import org.colophon.manuscript.ManuscriptLoader;
import org.colophon.markdown.BookAssembler;
import org.colophon.math.MathMl;
import org.colophon.output.WriterSettings;
import org.colophon.pdf.PdfWriter;
import org.colophon.text.TexRefused;
import org.colophon.typeface.Typefaces;

/**
 * What the math of a book costs, in one process: loading KaTeX, setting each formula of the book as MathML, and
 * jlatexmath's proofing of them all (parsing and setting each at the text's size), in milliseconds.
 * {@code java -cp … org.colophon.bench.MathCost BOOK_DIR}
 */
public final class MathCost {
    private MathCost() {
    }

    public static void main(String[] args) throws IOException, TexRefused {
        Diagnostics d = new Diagnostics();
        var manuscript = new ManuscriptLoader(d).load(Path.of(args[0])).orElseThrow();
        Book book = new BookAssembler(d).assemble(manuscript, Typefaces.literata(), Instant.EPOCH);
        List<BookText.Formula> formulas = BookText.formulas(book);
        long start = System.nanoTime();
        MathMl engine = MathMl.engine();
        long loaded = System.nanoTime();
        for (BookText.Formula f : formulas) {
            engine.convert(f.tex(), f.display());
        }
        long set = System.nanoTime();
        new PdfWriter().proof(book, WriterSettings.of());
        long proofed = System.nanoTime();
        System.out.printf("%d formulas: KaTeX loads in %d ms, sets them in %d ms (%.1f ms each); "
                        + "jlatexmath parses and sets them in %d ms (%.1f ms each)%n", formulas.size(), (loaded - start) / 1_000_000,
                (set - loaded) / 1_000_000, (set - loaded) / 1e6 / formulas.size(), (proofed - set) / 1_000_000,
                (proofed - set) / 1e6 / formulas.size());
    }
}
