package org.colophon.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.colophon.bench.WordSpacing;
import org.colophon.testing.Manuscripts;
import org.colophon.testing.Rendering;
import org.colophon.testing.Xml;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tabs in code line up in print as in a terminal: stops every eight columns (Pro Git's option tables). */
class CodeTabsTest {
    @TempDir
    Path tmp;

    @Test
    void aTabGoesToTheNextStopOfEightColumns() {
        assertEquals("        %H      Commit hash\n        %an     Author name",
                CodeTabs.expand("\t%H\tCommit hash\n\t%an\tAuthor name", new int[] {0}));
        int[] column = {3};   // text before, in another node of the same line
        assertEquals("     x", CodeTabs.expand("\tx", column));
        assertEquals(9, column[0]);
    }

    /** In the print document Flying Saucer gets, after every pass of the PDF writer, no tab is left in the code. */
    @Test
    void thePrintDocumentHoldsTheCodeWithItsTabsExpanded() {
        org.w3c.dom.Document print = Rendering.printDocument("# One\n\nOptions:\n\n```\n\t%H\tCommit hash\n\t%an\tAuthor name\n```\n");
        List<String> code = Xml.elements(print, "pre").stream().map(org.w3c.dom.Element::getTextContent).toList();
        assertEquals(List.of("        %H      Commit hash\n        %an     Author name\n"), code);
    }

    @Test
    void columnsATabLinesUpStartTogetherInThePdf() throws IOException {
        Manuscripts m = new Manuscripts(tmp).file("book.yaml", Manuscripts.VALID_YAML)
                .file("one.md", "# One\n\nOptions:\n\n```\n\t%H\tCommit hash\n\t%an\tAuthor name\n\t%cd\tCommitter date\n```\n");
        Manuscripts.Run run = m.build("--format", "pdf", "--no-validate");
        assertEquals(0, run.exit(), run.err());
        try (PDDocument doc = Loader.loadPDF(m.interiorPdf().toFile())) {
            List<Double> starts = WordSpacing.lines(doc).stream()
                    .filter(l -> l.text().contains("Commit hash") || l.text().contains("Author name") || l.text().contains("Committer"))
                    .map(l -> l.marks().stream().filter(g -> "C".equals(g.getUnicode()) || "A".equals(g.getUnicode()))
                            .mapToDouble(g -> g.getXDirAdj()).min().orElseThrow())
                    .toList();
            assertEquals(3, starts.size(), starts.toString());
            assertEquals(starts.get(0), starts.get(1), 0.01, "Author name under Commit hash");
            assertEquals(starts.get(0), starts.get(2), 0.01, "Committer date under Commit hash");
        }
    }
}
