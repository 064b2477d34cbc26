package org.colophon.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.colophon.bench.WordSpacing;
import org.colophon.testing.Manuscripts;
import org.colophon.text.Hyphenation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hyphenation in print: by the language's patterns, with a compositor's limits, never in Vietnamese, and off at will. */
class HyphenationTest {
    /** Long words, so that a justified paragraph of them is set well only with hyphens. */
    static final String PARAGRAPH = ("Notwithstanding considerable administrative uncertainties, the representatives "
            + "of international organizations characteristically misunderstood extraordinary circumstances, "
            + "unintentionally complicating intergovernmental negotiations. ").repeat(8).strip();

    @TempDir
    Path root;

    @Test
    void patternsKeepTwoLettersBeforeAndThreeAfter() {
        Hyphenation en = Hyphenation.of("en-US").orElseThrow();
        assertArrayEquals(new int[] {3, 9}, en.points("rapprochement"), "rap-proche-ment");
        for (String word : List.of("organizations", "uncertainties", "characteristically", "extraordinary")) {
            for (int p : en.points(word)) {
                assertTrue(p >= 2 && word.length() - p >= 3, word + " at " + p);
            }
        }
        assertTrue(Hyphenation.of("de").isPresent() && Hyphenation.of("cs").isPresent() && Hyphenation.of("en-GB").isPresent());
    }

    @Test
    void vietnameseIsNeverHyphenated() {
        assertTrue(Hyphenation.of("vi").isEmpty());
        assertTrue(Hyphenation.of("vi-VN").isEmpty());
    }

    @Test
    void justifiedLinesEndInAHyphenWithinTheLimits() throws IOException {
        List<WordSpacing.Line> lines = build(Manuscripts.VALID_YAML);
        int hyphenated = 0;
        int run = 0;
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).text().strip();
            if (text.endsWith("-")) {
                hyphenated++;
                run++;
                assertTrue(run <= 2, "no more than two hyphenated lines in a row: " + text);
                String before = text.substring(text.lastIndexOf(' ') + 1);
                String after = lines.get(i + 1).text().strip().split(" ")[0].replaceAll("\\P{L}", "");
                assertTrue(before.length() - 1 >= 2, "two letters before the hyphen: " + text);
                assertTrue(after.length() >= 3, "three letters after it: " + lines.get(i + 1).text());
            } else {
                run = 0;
            }
        }
        assertTrue(hyphenated >= 3, "long words are hyphenated: " + hyphenated + " lines");
        assertTrue(!lines.get(lines.size() - 2).text().strip().endsWith("-"), "the paragraph's last word is whole");
    }

    @Test
    void anAuthorSwitchesItOff() throws IOException {
        assertEquals(0, hyphenatedLines(build(Manuscripts.VALID_YAML + "print:\n  hyphenation: false\n")));
    }

    @Test
    void aVietnameseBookIsNeverHyphenated() throws IOException {
        assertEquals(0, hyphenatedLines(build(Manuscripts.VALID_YAML.replace("language: en", "language: vi"))));
    }

    private static long hyphenatedLines(List<WordSpacing.Line> lines) {
        return lines.stream().filter(l -> l.text().strip().endsWith("-")).count();
    }

    /** The lines of the chapter's page (headings, running heads and folios aside: none ends in a hyphen). */
    private List<WordSpacing.Line> build(String yaml) throws IOException {
        Manuscripts m = new Manuscripts(root);
        m.file("book.yaml", yaml).file("one.md", "# Negotiations\n\n" + PARAGRAPH + "\n");
        Manuscripts.Run run = m.build("--format", "pdf", "--no-validate");
        assertEquals(0, run.exit(), run.err());
        try (var files = Files.list(m.out())) {
            Path pdf = files.filter(p -> p.toString().endsWith(".pdf")).findFirst().orElseThrow();
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                return WordSpacing.lines(doc).stream().filter(l -> l.page() == doc.getNumberOfPages() - 1).toList();
            }
        }
    }
}
