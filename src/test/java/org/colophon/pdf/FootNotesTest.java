package org.colophon.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.colophon.epub.EpubValidator;
import org.colophon.print.PrintLayout;
import org.colophon.testing.Epubs;
import org.colophon.testing.Essay;
import org.colophon.testing.Manuscripts;
import org.colophon.testing.Pdfs;
import org.colophon.testing.TestImages;
import org.colophon.testing.VeraPdf;
import org.colophon.testing.Xml;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/**
 * {@code print.notes: foot}: every note at the foot of the page of its reference (or continued from it), under its
 * rule, its block ending at the text block's foot, nothing below the text block and nothing over the notes; checked
 * page by page with PDFBox on the essay and on a book made to stress it, the notes' text against the EPUB's.
 */
class FootNotesTest {
    @TempDir
    Path tmp;

    /** The essay, its 14 notes at the foot: each on the page of its reference, the text word for word. */
    @Test
    void theEssayWithItsNotesAtTheFoot() throws Exception {
        Path book = tmp.resolve("essay/manuscript");
        copy(Essay.MANUSCRIPT, book);
        copy(Essay.MANUSCRIPT.resolve("../covers"), tmp.resolve("essay/covers"));
        Files.writeString(book.resolve("book.yaml"), Files.readString(book.resolve("book.yaml")) + "print:\n  notes: foot\n");
        Manuscripts.Run run = Manuscripts.run("build", book.toString(), "--out", tmp.resolve("out").toString(), "--no-validate");
        assertEquals(0, run.exit(), run.err());
        assertFalse(run.err().contains("note"), run.err());
        try (PDDocument doc = Loader.loadPDF(pdf(tmp.resolve("out")).toFile())) {
            List<FootNotePages.Page> pages = check(doc, notesOf(epub(tmp.resolve("out"))));
            StringBuilder text = new StringBuilder();
            StringBuilder notes = new StringBuilder();
            PageGeometry g = geometry(doc);
            int first = bodyStart(pages);
            for (FootNotePages.Page p : pages.subList(first, pages.size() - 1)) {   // the colophon page is last
                p.above().stream().filter(l -> inBlock(l, g)).forEach(l -> text.append(l.text()).append('\n'));
                notes.append(p.footText()).append('\n');
            }
            Essay.assertWordForWord(text + "References\n" + notes, "PDF with notes at the foot");
            assertEquals(14, pages.stream().mapToInt(p -> p.noteStarts().size()).sum());
            String contents = "";
            for (int i = 0; i < first; i++) {
                contents = Pdfs.pageText(doc, i).strip().startsWith("Contents") ? Pdfs.pageText(doc, i) : contents;
            }
            assertTrue(contents.contains("The Sino-Soviet Rupture"), contents);
            assertFalse(contents.contains("References"), "no notes section in the contents: " + contents);
        }
        assertEquals(List.of(), VeraPdf.pdfA1bFailures(pdf(tmp.resolve("out"))), "PDF/A-1b");
    }

    /**
     * A book made to stress the notes: several references close together, long notes, a note longer than a page,
     * notes referenced in a table and in a figure's caption, in a quotation and a list, around a scene break, at a
     * chapter's last words; chapters that run on, and chapters that open on rectos (blank pages between).
     */
    @Test
    void aBookOfManyLongNotesInEveryPlace() throws IOException {
        for (String opening : List.of("page", "continue", "recto")) {
            Manuscripts m = stressBook(tmp.resolve(opening), "  chapter-opening: " + opening + "\n");
            Manuscripts.Run run = m.build();
            assertEquals(0, run.exit(), opening + ": " + run.err());
            assertFalse(run.err().contains("note"), opening + ": " + run.err());
            assertEquals(List.of(), new EpubValidator().validate(m.epub()), opening);
            try (PDDocument doc = Loader.loadPDF(m.interiorPdf().toFile())) {
                List<FootNotePages.Page> pages = check(doc, notesOf(m.epub()));
                long continued = pages.stream().filter(p -> !p.foot().isEmpty() && p.noteStarts().stream().noneMatch(
                        n -> p.foot().get(0).text().startsWith(n + "."))).count();
                assertTrue(continued >= 2, opening + ": the longest note runs over two pages at least");
                assertTrue(pages.stream().anyMatch(p -> p.noteStarts().size() >= 4), opening + ": a page with four notes");
            }
        }
    }

    /** Numbered within each chapter ({@code notes.numbering: chapter}): the same numbers in both books. */
    @Test
    void numbersWithinEachChapterAgreeInBothBooks() throws IOException {
        Manuscripts m = new Manuscripts(tmp.resolve("chapters")).file("book.yaml", Manuscripts.VALID_YAML
                + "notes:\n  numbering: chapter\nprint:\n  notes: foot\n");
        for (int c = 1; c <= 2; c++) {
            StringBuilder md = new StringBuilder("# Chapter " + c + "\n\n");
            for (int i = 1; i <= 3; i++) {
                md.append("A paragraph that refers to its note.[^").append(i).append("] ").append("Some words. ".repeat(30)).append("\n\n");
            }
            for (int i = 1; i <= 3; i++) {
                md.append("[^").append(i).append("]: Note ").append(i).append(" of chapter ").append(c).append(".\n");
            }
            m.file("0" + c + ".md", md.toString());
        }
        Manuscripts.Run run = m.build();
        assertEquals(0, run.exit(), run.err());
        Map<String, byte[]> epub = Epubs.entries(m.epub());
        String second = new String(epub.get("EPUB/ch-02.xhtml"), StandardCharsets.UTF_8);
        assertTrue(second.contains(">1</a></sup>") && !second.contains(">4</a></sup>"), second);
        String notes = new String(epub.get("EPUB/notes-ch-02.xhtml"), StandardCharsets.UTF_8);
        assertTrue(notes.contains(">1.</a> Note 1 of chapter 2."), notes);
        assertTrue(notes.contains("id=\"note-4\""), "ids stay unique through the book: " + notes);
        try (PDDocument doc = Loader.loadPDF(m.interiorPdf().toFile())) {
            List<FootNotePages.Page> pages = FootNotePages.read(doc, geometry(doc));
            String foot = String.join("\n", pages.stream().map(FootNotePages.Page::footText).toList());
            assertTrue(foot.contains("1. Note 1 of chapter 2."), foot);
            assertFalse(foot.contains("4. "), foot);
            for (FootNotePages.Page p : pages) {
                assertEquals(p.refs(), p.noteStarts(), "page " + (p.index() + 1) + ": its references' notes");
            }
        }
    }

    /**
     * The checks every page passes: each note begins on the page of its first reference (the reference links to it,
     * its number links back); notes below the rule, text above it with room between; the notes block ends at the
     * text block's foot; nothing but the folio below the text block; the notes' text, page after page, is the
     * notes' text of the EPUB, whole and in order. The pages, read.
     */
    static List<FootNotePages.Page> check(PDDocument doc, List<String> notes) throws IOException {
        PageGeometry g = geometry(doc);
        float height = (float) g.height();
        float foot = (float) (g.height() - g.bottom());
        List<FootNotePages.Page> pages = FootNotePages.read(doc, g);
        Map<Integer, Integer> refPage = new TreeMap<>();
        Map<Integer, Integer> notePage = new TreeMap<>();
        StringBuilder footText = new StringBuilder();
        for (FootNotePages.Page p : pages) {
            String page = "page " + (p.index() + 1);
            p.refs().forEach(n -> refPage.putIfAbsent(n, p.index()));
            p.noteStarts().forEach(n -> assertEquals(null, notePage.put(n, p.index()), "note " + n + " is set once"));
            for (FootNotePages.Line l : p.lines()) {
                if (l.baseline() > foot + 0.5) {
                    assertTrue(l.text().matches("\\d+|[ivxlc]+") && l.baseline() > foot + 8, page + ": below the text block: " + l);
                }
            }
            if (p.foot().isEmpty()) {
                continue;
            }
            FootNotePages.Line last = p.foot().get(p.foot().size() - 1);
            assertTrue(last.baseline() > foot - 5 && last.baseline() <= foot, page + ": the notes end at the foot: " + last
                    + ", foot " + foot);
            for (FootNotePages.Line l : p.above()) {
                if (l.baseline() > g.top()) {
                    assertTrue(l.baseline() + 9 < p.rule(), page + ": text clear of the rule at " + p.rule() + ": " + l);
                }
            }
            assertTrue(p.rule() < height, page);
            footText.append(p.footText()).append('\n');
        }
        for (Map.Entry<Integer, Integer> e : refPage.entrySet()) {
            assertEquals(e.getValue(), notePage.get(e.getKey()), "note " + e.getKey() + " on the page of its reference, "
                    + (e.getValue() + 1));
        }
        assertEquals(notes.size(), notePage.size(), "every note is set at a foot");
        assertEquals(squeeze(String.join("", notes)), squeeze(footText.toString()), "the notes, whole and in order");
        linksBothWays(doc);
        return pages;
    }

    /** A reference's link leads to its own page (the note is there); a note's number links back to that page. */
    private static void linksBothWays(PDDocument doc) throws IOException {
        for (int p = 0; p < doc.getNumberOfPages(); p++) {
            for (PDAnnotation a : doc.getPage(p).getAnnotations()) {
                if (a instanceof PDAnnotationLink link && link.getAction() == null || a instanceof PDAnnotationLink l2
                        && l2.getAction() instanceof org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo) {
                    PDAnnotationLink link = (PDAnnotationLink) a;
                    PDRectangle r = link.getRectangle();
                    String label = Pdfs.areaText(doc, p, r.getLowerLeftX(), r.getLowerLeftY(), r.getWidth(), r.getHeight()).strip();
                    if (label.matches("\\d+\\.?")) {
                        assertEquals(p, Pdfs.targetPage(doc, link), "the link of '" + label + "' on page " + (p + 1));
                    }
                }
            }
        }
    }

    private static String squeeze(String s) {
        return s.replaceAll("[\\s\\u00A0]+", "");
    }

    private static boolean inBlock(FootNotePages.Line l, PageGeometry g) {
        return l.baseline() > g.top() && l.baseline() < g.height() - g.bottom();
    }

    private static int bodyStart(List<FootNotePages.Page> pages) {
        for (FootNotePages.Page p : pages) {
            if (p.lines().stream().anyMatch(l -> l.text().equals("1") && l.baseline() > 600)) {
                return p.index();
            }
        }
        throw new AssertionError("no page 1");
    }

    static PageGeometry geometry(PDDocument doc) {
        return PageGeometry.of(PrintLayout.defaults(), doc.getNumberOfPages());
    }

    /** The text of every note of an EPUB, in order of number, as its notes documents hold it. */
    static List<String> notesOf(Path epub) throws IOException {
        Map<Integer, String> notes = new TreeMap<>();
        for (Map.Entry<String, byte[]> e : Epubs.entries(epub).entrySet()) {
            if (e.getKey().matches("EPUB/notes-.*\\.xhtml")) {
                for (Element li : Xml.elements(Xml.parse(e.getValue()), "li")) {
                    if (li.getAttribute("class").equals("note")) {
                        notes.put(Integer.parseInt(li.getAttribute("id").substring("note-".length())), li.getTextContent());
                    }
                }
            }
        }
        return List.copyOf(notes.values());
    }

    private static void copy(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }

    private static Path pdf(Path out) throws IOException {
        try (var files = Files.list(out)) {
            return files.filter(f -> f.toString().endsWith(".pdf") && !f.toString().endsWith("-cover.pdf")).findFirst().orElseThrow();
        }
    }

    private static Path epub(Path out) throws IOException {
        try (var files = Files.list(out)) {
            return files.filter(f -> f.toString().endsWith(".epub")).findFirst().orElseThrow();
        }
    }

    /** The stress book: two chapters of notes in every place a note can be referenced from, with {@code print} added. */
    static Manuscripts stressBook(Path dir, String print) throws IOException {
        Random random = new Random(7);
        List<String> notes = new ArrayList<>();
        StringBuilder one = new StringBuilder("# Many Notes\n\n");
        one.append(paragraph(random, 3)).append(" Several references close together").append(note(notes, "a", "A short note."))
                .append(" and").append(note(notes, "b", "Another short note. " + sentence(random, 12)))
                .append(" and").append(note(notes, "c", "A third. " + sentence(random, 20)))
                .append(" and").append(note(notes, "d", "A fourth.")).append(".\n\n");
        one.append(paragraph(random, 4)).append(" A long note here.").append(note(notes, "long", "A long note. " + paragraph(random, 6)))
                .append("\n\n").append(paragraph(random, 5)).append("\n\n## A table with notes\n\n")
                .append("| Year | Event |\n|---|---|\n| 1975 | The fall of Saigon").append(note(notes, "t1", "A note from a table cell. "
                        + sentence(random, 15))).append(" |\n| 1978 | The treaty").append(note(notes, "t2", "Another from the table."))
                .append(" |\n| 1979 | The border war |\n\n").append(paragraph(random, 3)).append("\n\n")
                .append("![A harbour at dusk.](images/harbour.png)\nThe harbour at dusk, with a note in its caption.")
                .append(note(notes, "cap", "The caption's note. " + sentence(random, 14))).append("\n\n")
                .append(paragraph(random, 4)).append(" Here begins a note longer than a page.");
        StringBuilder huge = new StringBuilder("This note is longer than a page. ");
        for (int i = 0; i < 14; i++) {
            huge.append(i == 0 ? "" : "\n\n    ").append(paragraph(random, 5));
        }
        one.append(note(notes, "huge", huge.toString())).append("\n\n");
        for (int i = 0; i < 6; i++) {
            one.append(paragraph(random, 2 + random.nextInt(5)))
                    .append(i % 2 == 0 ? note(notes, "n" + i, sentence(random, 8 + random.nextInt(32))) : "").append("\n\n");
        }
        one.append("> A quotation with a note.").append(note(notes, "q", "The quotation's note.")).append(" ")
                .append(paragraph(random, 2)).append("\n\n- A list item with a note.").append(note(notes, "li", "A list's note. "
                        + sentence(random, 10))).append("\n- Another item. ").append(sentence(random, 12)).append("\n- A third item.\n\n")
                .append(paragraph(random, 3)).append("\n\n***\n\n").append(paragraph(random, 3))
                .append(" The last words of the chapter carry a long note.").append(note(notes, "end", "The chapter's last note. "
                        + paragraph(random, 12))).append("\n\n").append(String.join("\n", notes)).append('\n');
        notes.clear();
        StringBuilder two = new StringBuilder("# Fewer Notes\n\n");
        for (int i = 0; i < 12; i++) {
            two.append(paragraph(random, 2 + random.nextInt(6)))
                    .append(i % 3 == 0 ? note(notes, "m" + i, sentence(random, 8 + random.nextInt(22))) : "").append("\n\n");
        }
        StringBuilder last = new StringBuilder("The book's last note, longer than a page, continued on pages of its own. ");
        for (int i = 0; i < 12; i++) {
            last.append(i == 0 ? "" : "\n\n    ").append(paragraph(random, 5));
        }
        two.append(paragraph(random, 3)).append(" The end.").append(note(notes, "last", last.toString())).append("\n\n")
                .append(String.join("\n", notes)).append('\n');
        return new Manuscripts(dir).file("book.yaml", Manuscripts.VALID_YAML + "print:\n  notes: foot\n" + print)
                .bytes("images/harbour.png", TestImages.png(1800, 1000)).file("01.md", one.toString()).file("02.md", two.toString());
    }

    private static String note(List<String> notes, String label, String text) {
        notes.add("[^" + label + "]: " + text);
        return "[^" + label + "]";
    }

    private static final String[] WORDS = ("the rain went on and the lamps were lit along the quay one after another while"
            + " the ships waited for the tide and the harbour master counted the crates that came down from the hills").split(" ");

    private static String sentence(Random random, int words) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < words; i++) {
            s.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return Character.toUpperCase(s.charAt(0)) + s.substring(1) + ".";
    }

    private static String paragraph(Random random, int sentences) {
        StringBuilder p = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            p.append(i == 0 ? "" : " ").append(sentence(random, 8 + random.nextInt(11)));
        }
        return p.toString();
    }
}
