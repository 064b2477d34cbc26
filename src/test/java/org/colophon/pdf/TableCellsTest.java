package org.colophon.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

/**
 * A table cell breaks a word only when the word is wider than its column: Flying Saucer, told to break long words,
 * broke "layou|t: landing" where the next line held it whole; a word no column could hold still breaks inside it.
 */
class TableCellsTest {
    private static final String LONG = "a_very_long_identifier_that_no_column_of_four_can_hold_whole";

    @TempDir
    Path tmp;

    @Test
    void aWordBreaksInACellOnlyWhenItIsWiderThanItsColumn() throws IOException {
        String md = "# One\n\n" + "The theme renders three menus, one above the tree and one below it, and one more. ".repeat(4)
                + "\n\n| Menu | Location |\n|--|--|\n"
                + "| `menu.before` | Rendered **above** the file-tree menu. |\n"
                + "| `menu.home` | Rendered on the landing page header (only on pages with `layout: landing`). |\n\n"
                + "| A | B | C | D |\n|---|---|---|---|\n| x | `" + LONG + "` | y | z |\n";
        Manuscripts m = new Manuscripts(tmp).file("book.yaml", Manuscripts.VALID_YAML).file("one.md", md);
        Manuscripts.Run run = m.build("--format", "pdf", "--no-validate");
        assertEquals(0, run.exit(), run.err());
        try (PDDocument doc = Loader.loadPDF(m.interiorPdf().toFile())) {
            List<WordSpacing.Line> lines = WordSpacing.lines(doc);
            List<String> texts = lines.stream().map(l -> l.text().strip()).toList();
            assertTrue(texts.stream().anyMatch(t -> t.endsWith("layout: landing).")), "the code stays whole: " + texts);
            assertFalse(texts.stream().anyMatch(t -> t.endsWith("layou") || t.endsWith("file-") && !t.contains("tree")),
                    "no word broken where it would fit the next line: " + texts);
            assertFalse(texts.stream().anyMatch(t -> t.contains(LONG)), "a word wider than its column still breaks: " + texts);
            double right = lines.stream().filter(l -> l.text().startsWith("The theme")).mapToDouble(WordSpacing.Line::right)
                    .max().orElseThrow();
            for (WordSpacing.Line l : lines) {
                if (l.page() == lines.get(lines.size() - 1).page() || l.text().contains("_") || l.text().contains("Rendered")) {
                    assertTrue(l.right() <= right + 0.5, "within the text block: " + l.text() + " ends at " + l.right());
                }
            }
        }
    }
}
