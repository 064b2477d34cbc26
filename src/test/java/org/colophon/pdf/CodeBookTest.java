package org.colophon.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.colophon.pipeline.BookBuild;
import org.colophon.pipeline.BuildRequest;
import org.colophon.pipeline.BuildResult;
import org.colophon.epub.EpubValidator;
import org.colophon.output.Format;
import org.colophon.testing.VeraPdf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The code book (ten languages, includes, numbered and marked lines, a line too long for the page) built whole: a
 * valid EPUB, a PDF/A that veraPDF passes with its code in colour, a black-and-white interior with no colour at all, a
 * PDF/X colour interior in CMYK only; the long line goes on under an arrow and stays inside the text block.
 */
class CodeBookTest {
    static final Path BOOK = Path.of("src/test/resources/books/code");

    @TempDir
    Path tmp;

    private Path copy(String print) throws IOException {
        Path dir = tmp.resolve("manuscript");
        try (var files = Files.walk(BOOK)) {
            for (Path f : files.toList()) {
                Path to = dir.resolve(BOOK.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to);
                }
            }
        }
        Files.writeString(dir.resolve("book.yaml"), Files.readString(dir.resolve("book.yaml")) + print);
        return dir;
    }

    private BuildResult build(String print, Set<Format> formats) throws IOException {
        return new BookBuild().run(new BuildRequest(copy(print), tmp.resolve("out"), formats, false, false));
    }

    @Test
    void theEpubIsValidAndThePdfAIsCompliantWithItsCodeInColour() throws Exception {
        BuildResult r = build("", Set.of(Format.EPUB, Format.PDF));
        assertEquals(List.of(), new EpubValidator().validate(r.files().get(Format.EPUB)));
        Path pdf = r.files().get(Format.PDF);
        assertEquals(List.of(), VeraPdf.pdfA1bFailures(pdf));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            Set<String> colours = fills(doc);
            assertTrue(colours.stream().filter(c -> !isGrey(c)).count() >= 6, "the tokens' colours: " + colours);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);   // each token is a run of its own colour: read them in place
            String text = stripper.getText(doc).replaceAll("[ \\t\\u00a0]+", " ");
            assertTrue(text.contains("\u2192 orders.customer_id = customers.id"), "the long line goes on under an arrow: " + text);
            assertTrue(text.contains("\u2192 each one has placed"), text);
            assertTrue(text.contains(" 9 def mean(values):") || text.contains("9 def mean(values):"), "numbered from 9");
            assertTrue(!text.contains("use std::collections"), "mdBook's hidden line is not printed");
            assertTrue(text.contains("let answer = 6 * 7;"), "the included anchor");
            insideTheTextBlock(doc);
        }
    }

    @Test
    void aBlackAndWhiteInteriorHasNoColourAndReadsByWeightAndStyle() throws Exception {
        Path pdf = build("print:\n  color: bw\n", Set.of(Format.PDF)).files().get(Format.PDF);
        assertEquals(List.of(), VeraPdf.pdfA1bFailures(pdf));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            Set<String> colours = fills(doc);
            assertTrue(colours.stream().allMatch(CodeBookTest::isGrey), "only greys: " + colours);
            Set<String> fonts = new TreeSet<>();
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name).getName().replaceAll("^[A-Z]{6}\\+", ""));
                }
            }
            assertTrue(fonts.containsAll(Set.of("JetBrainsMono-Bold", "JetBrainsMono-Italic", "JetBrainsMono-Regular")),
                    "keywords in bold, comments in italic: " + fonts);
        }
    }

    @Test
    void pdfxColourIsCmykAndPdfxBlackAndWhiteIsBlackInkOnly() throws Exception {
        Path colour = build("print:\n  standard: pdfx-1a\n  color: color\n", Set.of(Format.PDF)).files().get(Format.PDF);
        try (PDDocument doc = Loader.loadPDF(colour.toFile())) {
            for (PDPage page : doc.getPages()) {
                List<String> rgb = new ArrayList<>();
                PressPdfTest.colours(page, rgb);
                assertEquals(List.of(), rgb, "no RGB in PDF/X");
            }
            assertTrue(fills(doc).stream().anyMatch(c -> c.startsWith("k ") && !isBlackInk(c)), "colour inks: " + fills(doc));
        }
        Files.walk(tmp.resolve("manuscript")).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        Path bw = build("print:\n  standard: pdfx-1a\n", Set.of(Format.PDF)).files().get(Format.PDF);
        try (PDDocument doc = Loader.loadPDF(bw.toFile())) {
            assertTrue(fills(doc).stream().allMatch(CodeBookTest::isBlackInk), "black ink only: " + fills(doc));
        }
    }

    /** Every code line ends inside the text block: the right margin's edge of each page, less the outside margin. */
    private static void insideTheTextBlock(PDDocument doc) throws IOException {
        List<String> over = new ArrayList<>();
        for (int p = 1; p <= doc.getNumberOfPages(); p++) {
            PDPage page = doc.getPage(p - 1);
            float width = page.getMediaBox().getWidth();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    for (TextPosition t : positions) {
                        if (t.getFont().getName().contains("JetBrains") && t.getXDirAdj() + t.getWidthDirAdj() > width - 0.5 * 72 + 1) {
                            over.add(text);
                            return;
                        }
                    }
                }
            };
            stripper.setStartPage(p);
            stripper.setEndPage(p);
            stripper.getText(doc);
        }
        assertEquals(List.of(), over, "code past the text block");
    }

    /** The fill colours the pages set: "rg r g b", "g v" or "k c m y k". */
    private static Set<String> fills(PDDocument doc) throws IOException {
        Set<String> found = new TreeSet<>();
        for (PDPage page : doc.getPages()) {
            new PDFStreamEngine() {
                @Override
                protected void processOperator(Operator op, List<COSBase> operands) throws IOException {
                    String name = op.getName();
                    if (name.equals("rg") || name.equals("g") || name.equals("k") || name.equals("sc") || name.equals("scn")) {
                        StringBuilder s = new StringBuilder(name);
                        for (COSBase b : operands) {
                            if (b instanceof COSNumber n) {
                                s.append(' ').append(Math.round(n.floatValue() * 100) / 100.0);
                            }
                        }
                        found.add(s.toString());
                    }
                    super.processOperator(op, operands);
                }
            }.processPage(page);
        }
        return found;
    }

    private static boolean isGrey(String fill) {
        String[] v = fill.split(" ");
        return switch (v[0]) {
            case "g" -> true;
            case "k" -> isBlackInk(fill);
            default -> v.length == 4 && v[1].equals(v[2]) && v[2].equals(v[3]);
        };
    }

    private static boolean isBlackInk(String fill) {
        String[] v = fill.split(" ");
        return v[0].equals("g") || v[0].equals("k") && Double.parseDouble(v[1]) == 0 && Double.parseDouble(v[2]) == 0
                && Double.parseDouble(v[3]) == 0;
    }
}
