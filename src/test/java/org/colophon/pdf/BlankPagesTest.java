package org.colophon.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import org.colophon.pipeline.BookBuild;
import org.colophon.pipeline.BuildRequest;
import org.colophon.output.Format;
import org.colophon.testing.Essay;
import org.colophon.testing.Manuscripts;
import org.colophon.testing.Pdfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Blank pages carry nothing, and a viewer's page numbers are the folios. */
class BlankPagesTest {
    @TempDir
    Path tmp;

    @Test
    void theVersoBeforePageOneIsBlankAndLabelsAreTheFolios() throws IOException {
        Path pdf = new BookBuild().run(new BuildRequest(Essay.MANUSCRIPT, tmp, Format.PDF, false)).files().get(Format.PDF);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            int first = Pdfs.pageOf(doc, doc.getDocumentCatalog().getDocumentOutline().getFirstChild().getDestination());
            assertEquals(0, first % 2, "page 1 is a recto");
            assertTrue(first >= 4, "after the title, copyright and contents pages and a blank verso: " + first);
            assertEquals("", Pdfs.pageText(doc, first - 1).strip(), "the verso before page 1 is blank (it carried 'iv')");
            String[] labels = doc.getDocumentCatalog().getPageLabels().getLabelsByPageIndices();
            assertEquals("i", labels[0]);
            assertEquals("iii", labels[2]);
            assertEquals("1", labels[first]);
            assertEquals(String.valueOf(doc.getNumberOfPages() - first), labels[doc.getNumberOfPages() - 1]);
            assertTrue(Pdfs.pageText(doc, first + 1).strip().endsWith(labels[first + 1]), "the label is the folio printed");
        }
    }

    @Test
    void rectoOpeningsLeaveBlankVersosBlank() throws IOException {
        Manuscripts m = new Manuscripts(tmp);
        m.file("book.yaml", Manuscripts.VALID_YAML + "chapters: [one.md, two.md, three.md]\nprint:\n  recto-openings: true\n");
        for (String name : List.of("one", "two", "three")) {
            m.file(name + ".md", "# Chapter " + name + "\n\n" + "Some text of the chapter. ".repeat(40) + "\n");
        }
        Manuscripts.Run run = m.build("--format", "pdf", "--no-validate");
        assertEquals(0, run.exit(), run.err());
        try (PDDocument doc = Loader.loadPDF(m.out().resolve("a-test-book.pdf").toFile())) {
            List<Integer> blank = new ArrayList<>();
            List<String> styled = new ArrayList<>();
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                String text = Pdfs.pageText(doc, i).strip();
                if (text.isEmpty()) {
                    blank.add(i);
                } else if (!text.contains("Some text") && !text.contains("Chapter") && !text.contains("Test Book")
                        && !text.contains("Ada Writer") && !text.contains("Contents") && !text.contains("Colophon")
                        && !text.contains("set in") && !text.contains("Identifier")) {
                    styled.add("page " + (i + 1) + ": " + text);
                }
            }
            assertTrue(blank.size() >= 3, "versos left blank before page 1 and chapters two and three: " + blank);
            assertTrue(styled.isEmpty(), "pages with only a running head or folio: " + styled);
        }
    }
}
