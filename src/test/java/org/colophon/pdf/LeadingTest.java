package org.colophon.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.colophon.bench.WordSpacing;
import org.colophon.testing.Manuscripts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One leading through a paragraph: a line holding code (JetBrains Mono, smaller) stands 15 pt below the one before, as any. */
class LeadingTest {
    @TempDir
    Path tmp;

    @Test
    void aLineWithCodeKeepsTheParagraphsLeading() throws IOException {
        String p = "The log command has many options, and some of them are used often enough to be worth learning. ";
        Manuscripts m = new Manuscripts(tmp).file("book.yaml", Manuscripts.VALID_YAML).file("one.md", "# One\n\n" + p.repeat(2)
                + "Use `oneline` and `format` and `--graph` to shape it, and `--stat` too. " + p.repeat(3) + "\n");
        Manuscripts.Run run = m.build("--format", "pdf", "--no-validate");
        assertEquals(0, run.exit(), run.err());
        try (PDDocument doc = Loader.loadPDF(m.interiorPdf().toFile())) {
            List<WordSpacing.Line> lines = WordSpacing.lines(doc).stream().filter(l -> l.text().contains(" ")
                    && (l.text().contains("option") || l.text().contains("learn") || l.text().contains("`") || l.text().contains("Use")
                    || l.text().contains("shape") || l.text().contains("often"))).toList();
            assertTrue(lines.size() >= 6, lines.toString());
            boolean withCode = false;
            for (int i = 1; i < lines.size(); i++) {
                double gap = baseline(lines.get(i)) - baseline(lines.get(i - 1));
                assertEquals(15, gap, 0.05, "between «" + lines.get(i - 1).text() + "» and «" + lines.get(i).text() + "»");
                withCode |= lines.get(i).marks().stream().anyMatch(g -> g.getFont().getName().contains("JetBrains"));
            }
            assertTrue(withCode, "a measured line holds code");
        }
    }

    private static double baseline(WordSpacing.Line l) {
        return l.marks().get(0).getYDirAdj();
    }
}
