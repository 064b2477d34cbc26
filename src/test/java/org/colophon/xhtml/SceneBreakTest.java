package org.colophon.xhtml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.colophon.testing.Epubs;
import org.colophon.testing.Manuscripts;
import org.colophon.testing.Pdfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A thematic break is a scene break: an ornament, marked as a separator, never alone at a page's top or foot. */
class SceneBreakTest {
    @TempDir
    Path tmp;

    private Path[] build(String yaml, String chapter) throws IOException {
        Manuscripts ms = new Manuscripts(tmp).file("book.yaml", yaml).file("01.md", chapter);
        Manuscripts.Run run = ms.build();
        assertEquals(0, run.exit(), run.err());
        return new Path[] {ms.epub(), ms.interiorPdf()};
    }

    /** Every ornament is printed, on its own line, and none is the first or the last line of a page. */
    @Test
    void theOrnamentIsASeparatorInBothFormats() throws IOException {
        Path[] out = build(Manuscripts.VALID_YAML, Manuscripts.scenes(60));
        String xhtml = new String(Epubs.entries(out[0]).get("EPUB/ch-01.xhtml"), StandardCharsets.UTF_8)
                .replaceAll("<span epub:type=\"pagebreak\"[^>]*/>", "");   // a page may begin at an ornament
        assertEquals(60, xhtml.split("<p class=\"scene-break\" role=\"separator\">\u2042</p>", -1).length - 1);
        try (PDDocument d = Loader.loadPDF(out[1].toFile())) {
            assertEquals(60, ornamentsAlone(d, "60 scenes"), "every ornament is printed on a line of its own");
        }
    }

    /**
     * The same scenes shifted down the pages by an opening paragraph of 1 to 12 lines, so that breaks fall at every
     * place of a page: no page opens or ends with an ornament.
     */
    @Test
    void noPageOpensOrEndsWithAnOrnamentWhereverTheBreaksFall() throws IOException {
        for (int lead = 1; lead <= 12; lead++) {   // with the 60 scenes above: thirteen books
            String opening = "An opening paragraph. " + "Its lines push the scenes down the page. ".repeat(lead * 2);
            Manuscripts ms = new Manuscripts(tmp.resolve("lead-" + lead)).file("book.yaml", Manuscripts.VALID_YAML)
                    .file("01.md", Manuscripts.scenes(24).replace("# Scenes\n\n", "# Scenes\n\n" + opening + "\n\n"));
            Manuscripts.Run run = ms.build("--format", "pdf", "--no-validate");
            assertEquals(0, run.exit(), run.err());
            try (PDDocument d = Loader.loadPDF(ms.interiorPdf().toFile())) {
                assertEquals(24, ornamentsAlone(d, "lead " + lead));
            }
        }
    }

    /**
     * Scenes whose paragraphs hold emphasis, a link and a note reference, wherever a split may fall, in books whose
     * chapters open on rectos (with blank pages) or run on: the rules hold, and no word is lost or set twice.
     */
    @Test
    void splitsKeepEveryWordWhateverTheMarkupAndTheOpenings() throws IOException {
        String sentence = "The rain went on and *the lamps were lit along* the [quay](https://example.com/quay) one after another. ";
        for (String opening : List.of("recto", "continue")) {
            for (int lead = 1; lead <= 4; lead++) {
                StringBuilder chapter = new StringBuilder("# Scenes\n\n" + "An opening paragraph. ".repeat(lead * 5) + "\n\n");
                for (int i = 0; i < 18; i++) {
                    chapter.append("Scene ").append(i).append(" begins.[^n").append(i).append("] ")
                            .append(sentence.repeat(1 + i % 9)).append("\n\n[^n").append(i).append("]: Note ").append(i)
                            .append(".\n\n***\n\n");
                }
                chapter.append("The end.\n");
                Manuscripts ms = new Manuscripts(tmp.resolve(opening + "-" + lead))
                        .file("book.yaml", Manuscripts.VALID_YAML + "print:\n  chapter-opening: " + opening + "\n")
                        .file("01.md", chapter.toString()).file("02.md", chapter.toString().replace("# Scenes", "# More"));
                Manuscripts.Run run = ms.build("--format", "pdf", "--no-validate");
                assertEquals(0, run.exit(), run.err());
                try (PDDocument d = Loader.loadPDF(ms.interiorPdf().toFile())) {
                    String book = opening + ", lead " + lead;
                    assertEquals(36, ornamentsAlone(d, book));
                    StringBuilder pages = new StringBuilder();
                    for (int i = 0; i < d.getNumberOfPages(); i++) {
                        pages.append(Pdfs.pageText(d, i)).append('\n');
                    }
                    String text = pages.toString().replaceAll("\\s+", " ");   // a phrase may run over a line's end
                    int expected = 2 * IntStream.range(0, 18).map(i -> 1 + i % 9).sum();
                    assertEquals(expected, text.split("lamps", -1).length - 1, book + ": every sentence once");
                    for (int i = 0; i < 18; i++) {
                        assertEquals(2, text.split("Scene " + i + " begins", -1).length - 1, book + ": scene " + i);
                    }
                    assertFalse(run.err().contains("scene break opens"), run.err());
                }
            }
        }
    }

    /**
     * An ornament after a quotation cannot take the end of its scene over (Colophon splits only paragraphs): where
     * one opens a page, the build says so, at its chapter, and only there.
     */
    @Test
    void anOrnamentThatStillOpensAPageIsAWarning() throws IOException {
        int warned = 0;
        for (int lead = 1; lead <= 10; lead++) {
            StringBuilder chapter = new StringBuilder("# Letters\n\n" + "An opening paragraph. ".repeat(lead * 5) + "\n\n");
            for (int i = 0; i < 12; i++) {
                chapter.append("> A letter, quoted. ").append("The rain went on and on. ".repeat(2 + i % 5)).append("\n\n***\n\n");
            }
            chapter.append("The end.\n");
            Manuscripts ms = new Manuscripts(tmp.resolve("letters-" + lead)).file("book.yaml", Manuscripts.VALID_YAML)
                    .file("01.md", chapter.toString());
            Manuscripts.Run run = ms.build("--format", "pdf", "--no-validate");
            assertEquals(0, run.exit(), run.err());
            int opening = 0;
            try (PDDocument d = Loader.loadPDF(ms.interiorPdf().toFile())) {
                for (int i = 0; i < d.getNumberOfPages(); i++) {
                    List<String> text = Pdfs.linesAtLeast(d, i, 10);
                    opening += !text.isEmpty() && text.get(0).equals("\u2042") ? 1 : 0;
                }
            }
            long warnings = run.err().lines().filter(l -> l.contains("01.md: warning: in print, a scene break opens page")).count();
            assertEquals(opening, warnings, "lead " + lead + ": one warning per ornament at a page's top\n" + run.err());
            warned += opening;
        }
        assertTrue(warned > 0, "some of these books have an ornament at a page's top");
    }

    /** The ornaments on lines of their own, each checked to be neither the first nor the last line of its page. */
    private static int ornamentsAlone(PDDocument d, String book) throws IOException {
        int ornaments = 0;
        for (int i = 0; i < d.getNumberOfPages(); i++) {
            List<String> text = Pdfs.linesAtLeast(d, i, 10);   // the text block: no running head, no folio
            for (int k = 0; k < text.size(); k++) {
                if (text.get(k).equals("\u2042")) {
                    ornaments++;
                    assertTrue(k > 0, book + ": page " + (i + 1) + " opens with the ornament: " + text);
                    assertTrue(k + 1 < text.size(), book + ": page " + (i + 1) + " ends with the ornament: " + text);
                }
            }
        }
        return ornaments;
    }

    @Test
    void bookYamlChoosesTheOrnament() throws IOException {
        Path[] out = build(Manuscripts.VALID_YAML + "scene-break: \"* * *\"\n", "# One\n\nBefore.\n\n---\n\nAfter.\n");
        String xhtml = new String(Epubs.entries(out[0]).get("EPUB/ch-01.xhtml"), StandardCharsets.UTF_8);
        assertTrue(xhtml.contains("<p class=\"scene-break\" role=\"separator\">* * *</p>"), xhtml);
        try (PDDocument d = Loader.loadPDF(out[1].toFile())) {
            assertTrue(new PDFTextStripper().getText(d).replace('\u00A0', ' ').contains("Before.\n* * *\nAfter."));
        }
    }

    @Test
    void anOrnamentTheTypefaceLacksIsAnErrorOfTheGlyphGate() throws IOException {
        Manuscripts ms = new Manuscripts(tmp).file("book.yaml", Manuscripts.VALID_YAML + "scene-break: \"\u2766\"\n")
                .file("01.md", "# One\n\nBefore.\n\n---\n\nAfter.\n");
        Manuscripts.Run run = ms.build();
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains("U+2766"), run.err());
    }
}
