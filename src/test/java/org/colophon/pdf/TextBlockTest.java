package org.colophon.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.TextPosition;
import org.colophon.bench.LargeBook;
import org.colophon.bench.WordSpacing;
import org.colophon.output.Format;
import org.colophon.pipeline.BookBuild;
import org.colophon.pipeline.BuildRequest;
import org.colophon.print.PrintLayout;
import org.colophon.testing.Essay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing in the wrong place, on every page of the test books: every glyph lies across the text block, and no
 * glyph (running heads and folios included) comes nearer the trim than 0.375 in, KDP's least, with bleed too.
 */
class TextBlockTest {
    static final double SAFE = 0.375 * PrintLayout.INCH;

    @TempDir
    Path out;

    @Test
    void theEssay() throws IOException {
        check(Essay.MANUSCRIPT, PrintLayout.defaults());
    }

    @Test
    void everyElement() throws IOException {
        check(EveryElementTest.BOOK, PrintLayout.defaults());
    }

    @Test
    void theEssayWithBleed() throws IOException {
        Path book = out.resolve("bleed");
        LargeBook.write(Essay.MANUSCRIPT, book, 1);
        Files.writeString(book.resolve("book.yaml"), Files.readString(book.resolve("book.yaml")) + "print:\n  bleed: 0.125in\n");
        PrintLayout d = PrintLayout.defaults();
        check(book, new PrintLayout(d.trimName(), d.width(), d.height(), d.top(), d.bottom(), d.outside(), d.inside(),
                false, 9));
    }

    @Test
    void noNoteNumberStartsALine() throws IOException {
        Path book = out.resolve("four");
        LargeBook.write(Essay.MANUSCRIPT, book, 4);   // 56 references, in four settings of each paragraph's lines
        Path pdf = new BookBuild().run(new BuildRequest(book, out.resolve("out-four"), Format.PDF, false)).files().get(Format.PDF);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<String> cut = new ArrayList<>();
            int references = 0;
            for (WordSpacing.Line line : WordSpacing.lines(doc)) {
                TextPosition first = line.glyphs().stream().filter(t -> !t.getUnicode().isBlank()).findFirst().orElseThrow();
                references += (int) line.glyphs().stream().filter(t -> t.getFontSizeInPt() < 7 && Character.isDigit(t.getUnicode().charAt(0))).count();
                if (first.getFontSizeInPt() < 7 && Character.isDigit(first.getUnicode().charAt(0))) {
                    cut.add("page " + line.page() + ": " + line.text());
                }
            }
            assertTrue(references > 56, "the note numbers are found: " + references + " digits");
            assertTrue(cut.isEmpty(), "lines that start with a note number: " + cut);
        }
    }

    private void check(Path manuscript, PrintLayout layout) throws IOException {
        Path pdf = new BookBuild().run(new BuildRequest(manuscript, out.resolve("out-" + manuscript.getFileName()), Format.PDF, false))
                .files().get(Format.PDF);
        List<String> wrong = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PageGeometry g = PageGeometry.of(layout, doc.getNumberOfPages());
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                boolean recto = i % 2 == 0;
                PDRectangle media = doc.getPage(i).getMediaBox();
                PDRectangle trim = doc.getPage(i).getTrimBox();
                double left = trim.getLowerLeftX() + (recto ? g.inside() : g.outside());
                double right = trim.getUpperRightX() - (recto ? g.outside() : g.inside());
                double trimTop = media.getHeight() - trim.getUpperRightY();   // from the top, as PDFBox gives glyphs
                double trimBottom = media.getHeight() - trim.getLowerLeftY();
                for (TextPosition t : WordSpacing.glyphs(doc, i + 1)) {
                    if (t.getUnicode().isBlank()) {
                        continue;
                    }
                    double top = t.getYDirAdj() - t.getFontSizeInPt() * 0.75;
                    double bottom = t.getYDirAdj() + t.getFontSizeInPt() * 0.25;
                    if (t.getXDirAdj() < left - 0.5 || t.getXDirAdj() + t.getWidthDirAdj() > right + 0.5
                            || top < trimTop + SAFE || bottom > trimBottom - SAFE) {
                        wrong.add(String.format("page %d: '%s' at x %.1f-%.1f (text block %.1f-%.1f), y %.1f-%.1f (trim %.1f-%.1f)",
                                i + 1, t.getUnicode(), t.getXDirAdj(), t.getXDirAdj() + t.getWidthDirAdj(), left, right, top, bottom,
                                trimTop, trimBottom));
                    }
                }
            }
        }
        assertTrue(wrong.isEmpty(), wrong.size() + " glyphs out of place, first: " + wrong.stream().limit(5).toList());
    }
}
