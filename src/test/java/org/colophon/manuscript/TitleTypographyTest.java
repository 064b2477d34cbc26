package org.colophon.manuscript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.colophon.testing.Epubs;
import org.colophon.testing.Manuscripts;
import org.colophon.testing.Pdfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** book.yaml's title, subtitle and authors are set as the chapters' text is: curly quotes, dashes, in the book's language. */
class TitleTypographyTest {
    @TempDir
    Path tmp;

    @Test
    void theTitlePageIsSetAsTheContentsAre() throws IOException {
        Manuscripts m = new Manuscripts(tmp).file("book.yaml", Manuscripts.VALID_YAML
                        .replace("title: A Test Book", "title: You Don't Know JS -- \"Get Started\"")
                        .replace("authors: [Ada Writer]", "authors: [Kyle O'Brien]"))
                .file("one.md", "# You Don't Know JS\n\nText.\n");
        Manuscripts.Run run = m.build("--no-validate", "--format", "epub,pdf");
        assertEquals(0, run.exit(), run.err());
        String opf = new String(Epubs.entries(m.out().resolve("you-don-t-know-js-get-started.epub")).get("EPUB/package.opf"),
                StandardCharsets.UTF_8);
        assertTrue(opf.contains(">You Don’t Know JS – “Get Started”</dc:title>"), opf);
        assertTrue(opf.contains(">Kyle O’Brien</dc:creator>"), opf);
        try (PDDocument pdf = Loader.loadPDF(m.interiorPdf().toFile())) {
            String titlePage = Pdfs.pageText(pdf, 2).replaceAll("\\s+", " ");   // the title is balanced over two lines
            assertTrue(titlePage.contains("You Don’t Know JS – “Get Started”") && titlePage.contains("Kyle O’Brien"), titlePage);
        }
    }
}
