package org.colophon.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.colophon.testing.Manuscripts;
import org.colophon.testing.Pdfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A page number in the printed contents never wraps alone onto a line of its own: it goes with the title's last word. */
class ContentsPageTest {
    @TempDir
    Path tmp;

    @Test
    void aPageNumberStaysWithItsTitle() throws IOException {
        Manuscripts m = new Manuscripts(tmp).file("book.yaml", Manuscripts.VALID_YAML).file("a.md", "# One\n\nText.\n")
                .file("b.md", "# Fifteen. Evaluating multiple ideas in parallel during error analysis\n\nText.\n")
                .file("c.md", "# Fifteen. Evaluating multiple ideas in parallel during the analysis\n\nText.\n")
                .file("d.md", "# Fifty. Debugging inference algorithms: the optimization verification test and more\n\nText.\n");
        Manuscripts.Run run = m.build("--format", "pdf", "--no-validate");
        assertEquals(0, run.exit(), run.err());
        try (PDDocument doc = Loader.loadPDF(m.interiorPdf().toFile())) {
            String contents = "";
            for (int p = 0; p < doc.getNumberOfPages() && contents.isEmpty(); p++) {
                contents = Pdfs.pageText(doc, p).startsWith("Contents") ? Pdfs.pageText(doc, p) : "";
            }
            List<String> lines = contents.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
            assertTrue(lines.stream().noneMatch(l -> l.matches("\\d+")), "a number alone on a line:\n" + contents);
            assertEquals(4, lines.stream().filter(l -> l.matches(".*\\.\\s*\\d+")).count(), "four entries end in their number:\n" + contents);
        }
    }
}
