package org.colophon.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.colophon.testing.Manuscripts;
import org.colophon.testing.Pdfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xhtmlrenderer.layout.breaker.BreakPoint;
import org.xhtmlrenderer.layout.breaker.BreakPointsProvider;

/**
 * An apostrophe inside a word (didn’t, it’s, l’homme, rock’n’roll, 1990’s) never ends a line: Java's line breaker,
 * which Flying Saucer uses, breaks after U+2019 before a letter, in greedy paragraphs (a foreword, a dedication, a
 * list, a table) and in justified ones alike (there a word's head could fill the room left after the chosen line).
 */
class ApostropheBreakTest {
    /** Words with an apostrophe inside, as the author types them (straight: Colophon curls them) or already curled. */
    private static final String[] APOSTROPHE_WORDS = {"didn't", "it's", "code's", "you've", "wouldn’t", "we're", "they'll",
        "couldn't", "l'homme", "d’accord", "rock'n'roll", "o'clock", "shouldn't", "that's", "1990's", "language’s"};
    private static final String[] PLAIN_WORDS = {"a", "JavaScript", "know", "why", "certain", "patterns", "behaves", "the",
        "way", "situations", "nuance", "of", "I", "developer", "worse", "off", "for", "assumed", "many", "things"};
    /** A line that ends inside a word, at its apostrophe: a letter or digit, then ’. */
    private static final Pattern ENDS_AT_APOSTROPHE = Pattern.compile(".*[\\p{L}\\p{N}]’$");
    private static final Pattern STARTS_WITH_LETTER = Pattern.compile("^[\\p{L}\\p{N}].*");

    @TempDir
    Path root;

    @Test
    void noLineBreaksAtAnApostropheInsideAWord() throws IOException {
        for (String trim : List.of("5x8", "6x9", "100mm x 170mm")) {
            List<String> broken = brokenWords(trim);
            assertTrue(broken.isEmpty(), trim + ": lines broken at an apostrophe: " + broken);
        }
    }

    @Test
    void aClosingQuoteStillEndsALineAtTheSpaceAfterIt() {
        String text = "she said ‘didn’t’ and l’homme ‘’90s’ x";
        List<Integer> afterSpaces = new ArrayList<>();
        for (int i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) {
            afterSpaces.add(i + 1);
        }
        afterSpaces.add(text.length());
        List<Integer> breaks = new ArrayList<>();
        BreakPointsProvider provider = new ApostropheLineBreaking().getBreakPointsProvider(text, "en", null);
        for (BreakPoint b = provider.next(); b.getPosition() >= 0; b = provider.next()) {
            breaks.add(b.getPosition());
        }
        assertEquals(afterSpaces, breaks, "after each space (the one after a closing quote too) and at the end; not in didn’t, l’homme or ’90s");
    }

    /** Builds the book at a trim and gives each line broken at an apostrophe, with the line after it. */
    private List<String> brokenWords(String trim) throws IOException {
        Manuscripts m = new Manuscripts(root.resolve(trim.replace(' ', '_')));
        m.file("book.yaml", Manuscripts.VALID_YAML + "print:\n  trim: " + trim + "\nchapters:\n"
                        + "  - file: dedication.md\n    role: dedication\n"
                        + "  - file: foreword.md\n    role: foreword\n"
                        + "  - one.md\n")
                .file("dedication.md", "# Dedication\n\n" + paragraph(3, 40) + "\n")
                .file("foreword.md", "# Foreword\n\n" + paragraph(5, 160) + "\n\n" + paragraph(7, 120) + "\n")
                .file("one.md", "# One\n\n" + paragraph(11, 200) + "\n\n" + paragraph(13, 180) + "\n\n"
                        + "- " + paragraph(17, 60) + "\n- " + paragraph(19, 50) + "\n\n"
                        + "> " + paragraph(23, 80) + "\n\n"
                        + "| Words | Said |\n|---|---|\n| " + paragraph(29, 30) + " | " + paragraph(31, 40) + " |\n\n"
                        + paragraph(37, 220) + "\n");
        Manuscripts.Run run = m.build("--format", "pdf", "--no-validate");
        assertEquals(0, run.exit(), run.err());
        List<String> broken = new ArrayList<>();
        int apostropheWords = 0;
        try (PDDocument doc = Loader.loadPDF(m.interiorPdf().toFile())) {
            for (int page = 0; page < doc.getNumberOfPages(); page++) {
                String[] lines = Pdfs.pageText(doc, page).split("\\R");
                for (int i = 0; i < lines.length; i++) {
                    String line = lines[i].strip();
                    apostropheWords += line.split("[\\p{L}\\p{N}]’[\\p{L}\\p{N}]", -1).length - 1;
                    if (i + 1 < lines.length && ENDS_AT_APOSTROPHE.matcher(line).matches()
                            && STARTS_WITH_LETTER.matcher(lines[i + 1].strip()).matches()) {
                        broken.add(line.substring(Math.max(0, line.length() - 20)) + " / " + lines[i + 1].strip());
                    }
                }
            }
        }
        assertTrue(apostropheWords > 300, trim + ": the book sets its apostrophe words whole: " + apostropheWords);
        return broken;
    }

    /** {@code words} words, two in three with an apostrophe inside, in an order fixed by {@code seed}. */
    private static String paragraph(int seed, int words) {
        StringBuilder p = new StringBuilder();
        long state = seed;
        for (int i = 0; i < words; i++) {
            state = state * 6364136223846793005L + 1442695040888963407L;
            int pick = (int) ((state >>> 33) % 1000);
            String word = pick % 3 == 0 ? PLAIN_WORDS[pick % PLAIN_WORDS.length] : APOSTROPHE_WORDS[pick % APOSTROPHE_WORDS.length];
            p.append(i == 0 ? "" : " ").append(word);
        }
        return p.append('.').toString();
    }
}
