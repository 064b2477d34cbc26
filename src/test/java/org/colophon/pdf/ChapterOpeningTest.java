package org.colophon.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.colophon.testing.Epubs;
import org.colophon.testing.Manuscripts;
import org.colophon.testing.Pdfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** print.chapter-opening (page, recto, continue) and the depth of the printed contents (print.toc-depth). */
class ChapterOpeningTest {
    @TempDir
    Path tmp;

    /** {@code chapters} short chapters, each with {@code sections} sections, and book.yaml's extra lines. */
    private Manuscripts book(int chapters, int sections, String yaml) throws IOException {
        Manuscripts m = new Manuscripts(tmp);
        StringBuilder list = new StringBuilder("chapters:\n");
        for (int i = 1; i <= chapters; i++) {
            StringBuilder text = new StringBuilder("# Chapter " + i + "\n\n" + "A short essay. ".repeat(20) + "\n");
            for (int s = 1; s <= sections; s++) {
                text.append("\n## Section ").append(i).append('.').append(s).append("\n\nMore of it.\n");
            }
            m.file("c" + i + ".md", text.toString());
            list.append("  - c").append(i).append(".md\n");
        }
        return m.file("book.yaml", Manuscripts.VALID_YAML + list + yaml);
    }

    private static PDDocument pdf(Manuscripts m) throws IOException {
        Manuscripts.Run run = m.build();
        assertEquals(0, run.exit(), run.err());
        return Loader.loadPDF(m.out().resolve("a-test-book.pdf").toFile());
    }

    /** The page each chapter's bookmark leads to, from 0. */
    private static List<Integer> chapterPages(PDDocument doc) throws IOException {
        List<Integer> pages = new ArrayList<>();
        for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
            if (item.getTitle().startsWith("Chapter")) {
                pages.add(Pdfs.pageOf(doc, item.getDestination()));
            }
        }
        return pages;
    }

    @Test
    void continueRunsShortChaptersOnTheSamePageWherePageStartsEachOnANewOne() throws IOException {
        List<Integer> running;
        int runningPages;
        try (PDDocument doc = pdf(book(3, 0, "print:\n  chapter-opening: continue\n"))) {
            running = chapterPages(doc);
            runningPages = doc.getNumberOfPages();
            String page = Pdfs.pageText(doc, running.get(0));
            assertTrue(page.indexOf("Chapter 2") > page.indexOf("A short essay."), "chapter 2 follows chapter 1's text: " + page);
        }
        assertEquals(List.of(running.get(0), running.get(0), running.get(0)), running, "three short chapters on one page");
        try (PDDocument doc = pdf(book(3, 0, "print:\n  chapter-opening: page\n"))) {
            List<Integer> pages = chapterPages(doc);
            assertEquals(List.of(pages.get(0), pages.get(0) + 1, pages.get(0) + 2), pages);
            assertEquals(runningPages + 2, doc.getNumberOfPages());
        }
    }

    @Test
    void rectoOpensEveryChapterOnARightHandPage() throws IOException {
        try (PDDocument doc = pdf(book(3, 0, "print:\n  chapter-opening: recto\n"))) {
            for (int page : chapterPages(doc)) {
                assertEquals(0, page % 2, "page " + (page + 1));
            }
        }
    }

    @Test
    void anUnknownOpeningIsAnErrorThatListsTheThree() throws IOException {
        Manuscripts.Run run = book(1, 0, "print:\n  chapter-opening: odd\n").build();
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains("book.yaml:8:20: error: 'odd' is not a chapter opening; write page (a new page),"
                + " recto (a new right-hand page) or continue (on the same page, after some space)"), run.err());
    }

    /** The labels of the contents page(s): the text of each line before its leader dots. */
    private static List<String> contents(PDDocument doc) throws IOException {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < doc.getNumberOfPages(); i++) {
            String text = Pdfs.pageText(doc, i);
            if (text.contains("Contents") || !labels.isEmpty() && text.contains("....")) {
                for (String line : text.split("\n")) {
                    if (line.contains("..")) {
                        labels.add(line.replaceAll("\\s*\\.{2,}.*", "").strip());
                    }
                }
            } else if (!labels.isEmpty()) {
                break;
            }
        }
        return labels;
    }

    @Test
    void theContentsShowSectionsWhileTheyFitOnTwoPages() throws IOException {
        // 10 chapters with 3 sections: 40 lines, within the 51 of two 6 x 9 in pages
        try (PDDocument doc = pdf(book(10, 3, ""))) {
            List<String> labels = contents(doc);
            assertEquals(40, labels.size(), labels.toString());
            assertEquals(List.of("Chapter 1", "Section 1.1", "Section 1.2"), labels.subList(0, 3));
        }
    }

    @Test
    void theContentsShowChaptersOnlyWhenSectionsWouldRunOverTwoPagesWhileTheEpubAndBookmarksKeepThem() throws IOException {
        // 20 chapters with 3 sections: 80 lines would take three pages; chapters alone take one
        Manuscripts m = book(20, 3, "");
        try (PDDocument doc = pdf(m)) {
            List<String> labels = contents(doc);
            assertEquals(20, labels.size(), labels.toString());
            assertFalse(labels.stream().anyMatch(l -> l.startsWith("Section")), labels.toString());
            PDOutlineItem first = doc.getDocumentCatalog().getDocumentOutline().getFirstChild();
            assertEquals("Section 1.1", first.getFirstChild().getTitle(), "bookmarks keep every level");
        }
        String nav = new String(Epubs.entries(m.out().resolve("a-test-book.epub")).get("EPUB/nav.xhtml"), StandardCharsets.UTF_8);
        assertTrue(nav.contains(">Section 20.3</a>"), "the EPUB's own default keeps sections: " + nav);
    }

    @Test
    void printTocDepthChoosesTheLevelsOfThePrintedContentsAlone() throws IOException {
        Manuscripts m = book(2, 1, "toc-depth: 1\nprint:\n  toc-depth: 2\n");
        try (PDDocument doc = pdf(m)) {
            assertEquals(List.of("Chapter 1", "Section 1.1", "Chapter 2", "Section 2.1"), contents(doc));
        }
        String nav = new String(Epubs.entries(m.out().resolve("a-test-book.epub")).get("EPUB/nav.xhtml"), StandardCharsets.UTF_8);
        assertFalse(nav.contains("Section"), "toc-depth 1 keeps the EPUB's contents to chapters: " + nav);
        String ncx = new String(Epubs.entries(m.out().resolve("a-test-book.epub")).get("EPUB/toc.ncx"), StandardCharsets.UTF_8);
        assertTrue(ncx.contains("<meta name=\"dtb:depth\" content=\"1\"/>"), ncx);
    }
}
