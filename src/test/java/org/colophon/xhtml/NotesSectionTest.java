package org.colophon.xhtml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.colophon.testing.Epubs;
import org.colophon.testing.Manuscripts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The notes section ends the reading order, and when its notes come from more than one chapter, each chapter's notes
 * stand under a subhead with its title (Chicago 14.42), numbered through the book as before, in both formats.
 */
class NotesSectionTest {
    @TempDir
    Path tmp;

    private static final String TWO = "# The Treaty\n\nSigned.[^a] Ratified.[^b]\n\n[^a]: In Moscow.\n\n[^b]: In Hanoi.\n";
    private static final String NONE = "# An Interlude\n\nNo notes here.\n";
    private static final String ONE = "# The Border War\n\nFebruary.[^c]\n\n[^c]: In 1979.\n";

    private Manuscripts book(String... chapters) throws IOException {
        Manuscripts ms = new Manuscripts(tmp).file("book.yaml", Manuscripts.VALID_YAML);
        for (int i = 0; i < chapters.length; i++) {
            ms.file(String.format("%02d.md", i + 1), chapters[i]);
        }
        Manuscripts.Run run = ms.build();
        assertEquals(0, run.exit(), run.err());
        return ms;
    }

    @Test
    void eachChaptersNotesStandUnderItsTitleInBothFormats() throws IOException {
        Manuscripts ms = book(TWO, NONE, ONE);
        Map<String, byte[]> epub = Epubs.entries(ms.epub());
        String first = new String(epub.get("EPUB/notes-ch-01.xhtml"), StandardCharsets.UTF_8);
        String third = new String(epub.get("EPUB/notes-ch-03.xhtml"), StandardCharsets.UTF_8);
        assertTrue(first.matches("(?s).*<h1 id=\"notes-title\">(<span epub:type=\"pagebreak\"[^>]*/>)?Notes</h1>\\s*"
                + "<h2 id=\"notes-to-ch-01\" class=\"notes-chapter\">The Treaty</h2>\\s*<ol class=\"notes\">.*"), first);
        assertTrue(third.matches("(?s).*<h2 id=\"notes-to-ch-03\" class=\"notes-chapter\">The Border War</h2>\\s*"
                + "<ol class=\"notes\" start=\"3\">.*"), third);
        assertFalse(epub.containsKey("EPUB/notes-ch-02.xhtml"), "a chapter without notes has no notes document");
        // the spine: the chapters, then the notes section
        String opf = new String(epub.get("EPUB/package.opf"), StandardCharsets.UTF_8);
        assertTrue(opf.matches("(?s).*idref=\"ch-03\"/>\\s*<itemref idref=\"notes-ch-01\"/>\\s*<itemref idref=\"notes-ch-03\"/>.*"),
                opf);
        try (PDDocument d = Loader.loadPDF(ms.interiorPdf().toFile())) {
            String text = new PDFTextStripper().getText(d).replace('\u00A0', ' ');
            String notes = text.substring(text.lastIndexOf("Notes\n"));
            assertTrue(notes.matches("(?s)Notes\nThe Treaty\n1\\. In Moscow\\.\n2\\. In Hanoi\\.\nThe Border War\n3\\. In 1979\\..*"),
                    notes);
        }
    }

    @Test
    void notesOfOneChapterHaveNoSubhead() throws IOException {
        Manuscripts ms = book(TWO, NONE);
        String notes = new String(Epubs.entries(ms.epub()).get("EPUB/notes-ch-01.xhtml"), StandardCharsets.UTF_8);
        assertTrue(notes.matches("(?s).*<h1 id=\"notes-title\">(<span epub:type=\"pagebreak\"[^>]*/>)?Notes</h1>.*"), notes);
        assertFalse(notes.contains("<h2"), notes);
    }
}
