package org.colophon.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.colophon.testing.Epubs;
import org.colophon.testing.Essay;
import org.colophon.testing.Manuscripts;
import org.colophon.testing.Pdfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The print edition's pages in the EPUB: every page-break marker stands where its page of the PDF begins (the three
 * words after it are the first three of that page's text block), the page list lists every marker in order, the
 * package names the print edition, and an EPUB built alone has none of it. EPUBCheck runs in each build.
 */
class PageMarkersTest {
    private static final Pattern MARKER = Pattern.compile(
            "<span epub:type=\"pagebreak\" role=\"doc-pagebreak\" id=\"page-([^\"]+)\" aria-label=\"([^\"]+)\"/>");
    private static final Pattern PAGE_LIST_ENTRY = Pattern.compile("<li><a href=\"([^\"#]+)#page-([^\"]+)\">([^<]+)</a></li>");

    @TempDir
    Path tmp;

    @Test
    void theEssaysMarkersStandWhereItsPrintedPagesBegin() throws IOException {
        Manuscripts.Run run = Manuscripts.run("build", Essay.MANUSCRIPT.toString(), "--out", tmp.toString(), "--format", "epub,pdf");
        assertEquals(0, run.exit(), run.err());
        String stem = "an-alliance-between-vietnam-and-the-soviet-union";
        int markers = assertMarkersMatchPdf(tmp.resolve(stem + ".epub"), tmp.resolve(stem + ".pdf"));
        assertTrue(markers >= 9, "the essay's nine body pages each begin in its text, but " + markers + " markers");
        String opf = text(Epubs.entries(tmp.resolve(stem + ".epub")), "EPUB/package.opf");
        assertTrue(opf.contains("<dc:source id=\"print-source\">urn:uuid:"), opf);
        assertTrue(opf.contains("<meta refines=\"#print-source\" property=\"source-of\">pagination</meta>"), opf);
        assertTrue(opf.contains(">pageBreakMarkers<") && opf.contains(">pageNavigation<"), opf);
    }

    @Test
    void pagesThatBeginInsideParagraphsAndNotesAreMarkedAtTheirFirstWord() throws IOException {
        Manuscripts m = new Manuscripts(tmp);
        StringBuilder list = new StringBuilder("print-isbn: 978-0-306-40615-7\nchapters:\n");
        for (int c = 1; c <= 3; c++) {
            StringBuilder text = new StringBuilder("# Chapter " + c + "\n\n");
            for (int p = 1; p <= 6; p++) {
                for (int s = 1; s <= 14; s++) {
                    text.append("Sentence ").append(s).append(" of paragraph ").append(p).append(" in chapter ").append(c)
                            .append(s % 5 == 0 ? " has *emphasis in it* and" : "").append(" runs on a while. ");
                }
                text.append("[^n").append(p).append("]\n\n");
            }
            for (int p = 1; p <= 6; p++) {
                text.append("[^n").append(p).append("]: ").append(("Note " + p + " of chapter " + c + " says a lot. ").repeat(12)).append("\n\n");
            }
            m.file("c" + c + ".md", text.toString());
            list.append("  - c").append(c).append(".md\n");
        }
        m.file("book.yaml", Manuscripts.VALID_YAML + list);
        Manuscripts.Run run = m.build("--format", "epub,pdf");
        assertEquals(0, run.exit(), run.err());
        int markers = assertMarkersMatchPdf(m.out().resolve("a-test-book.epub"), m.out().resolve("a-test-book.pdf"));
        assertTrue(markers >= 12, "a book of 18 long paragraphs and 18 long notes has more pages than " + markers);
        String opf = text(Epubs.entries(m.out().resolve("a-test-book.epub")), "EPUB/package.opf");
        assertTrue(opf.contains("<dc:source id=\"print-source\">urn:isbn:9780306406157</dc:source>"), opf);
    }

    /**
     * Scenes whose ornaments would open pages: the print edition splits the paragraph before each, and the page that
     * begins with its second part is marked in the EPUB inside the paragraph, at the same word.
     */
    @Test
    void pagesThatBeginWithTheEndOfASplitParagraphAreMarkedAtTheirFirstWord() throws IOException {
        Manuscripts ms = new Manuscripts(tmp.resolve("scenes")).file("book.yaml", Manuscripts.VALID_YAML)
                .file("01.md", Manuscripts.scenes(60));
        Manuscripts.Run run = ms.build();
        assertEquals(0, run.exit(), run.err());
        assertTrue(assertMarkersMatchPdf(ms.epub(), ms.interiorPdf()) >= 15);
    }

    /** Notes of three chapters, pages of them, each chapter's under its subhead (in the ebook, a document each). */
    @Test
    void pagesOfNotesUnderSubheadsAreMarkedAtTheirFirstWord() throws IOException {
        Manuscripts ms = new Manuscripts(tmp.resolve("notes")).file("book.yaml", Manuscripts.VALID_YAML);
        for (int c = 1; c <= 3; c++) {
            StringBuilder md = new StringBuilder("# Chapter " + c + "\n\n");
            StringBuilder defs = new StringBuilder();
            for (int i = 1; i <= 30; i++) {
                md.append("Clause ").append(i).append(".[^n").append(i).append("] ");
                defs.append("[^n").append(i).append("]: On clause ").append(i).append(" of chapter ").append(c)
                        .append(", a note ").append("long enough to run onto a second line, or a third. ".repeat(i % 4)).append("\n\n");
            }
            ms.file("0" + c + ".md", md + "\n\n" + defs);
        }
        Manuscripts.Run run = ms.build();
        assertEquals(0, run.exit(), run.err());
        assertTrue(assertMarkersMatchPdf(ms.epub(), ms.interiorPdf()) >= 8);
    }

    /** A preface with roman folios, then the body: the markers of both match their pages. */
    @Test
    void aBookWithAPrefaceIsMarkedInItsFrontMatterAndItsBody() throws IOException {
        Manuscripts m = new Manuscripts(tmp);
        m.file("pre.md", "---\nrole: preface\n---\n# Preface\n\n" + "The preface runs on for a while and says why. ".repeat(160) + "\n");
        m.file("one.md", "# One\n\n" + "The first chapter runs on for a while and tells. ".repeat(200) + "\n");
        m.file("book.yaml", Manuscripts.VALID_YAML + "chapters:\n  - pre.md\n  - one.md\n");
        Manuscripts.Run run = m.build("--format", "epub,pdf");
        assertEquals(0, run.exit(), run.err());
        int markers = assertMarkersMatchPdf(m.out().resolve("a-test-book.epub"), m.out().resolve("a-test-book.pdf"));
        // every page that holds the preface's or the chapter's text, its opening page too, has its marker
        String all = new String(Epubs.entries(m.out().resolve("a-test-book.epub")).get("EPUB/pre.xhtml"), StandardCharsets.UTF_8)
                + new String(Epubs.entries(m.out().resolve("a-test-book.epub")).get("EPUB/one.xhtml"), StandardCharsets.UTF_8);
        try (PDDocument doc = Loader.loadPDF(m.out().resolve("a-test-book.pdf").toFile())) {
            String[] labels = doc.getDocumentCatalog().getPageLabels().getLabelsByPageIndices();
            int pages = 0;
            for (int p = 0; p < doc.getNumberOfPages(); p++) {
                if (Pdfs.pageText(doc, p).contains("runs on for a while")) {
                    pages++;
                    assertTrue(all.contains("id=\"page-" + labels[p] + "\""), "page " + labels[p] + " has its marker");
                }
            }
            assertEquals(pages, markers, "one marker for each page of text");
            assertTrue(pages >= 6, "pages of text: " + pages);
        }
    }

    @Test
    void anEpubBuiltAloneHasNoPageMarkers() throws IOException {
        Manuscripts.Run run = Manuscripts.run("build", Essay.MANUSCRIPT.toString(), "--out", tmp.toString(), "--format", "epub");
        assertEquals(0, run.exit(), run.err());
        Map<String, byte[]> entries = Epubs.entries(tmp.resolve("an-alliance-between-vietnam-and-the-soviet-union.epub"));
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            String s = new String(e.getValue(), StandardCharsets.ISO_8859_1);
            assertFalse(s.contains("pagebreak") || s.contains("page-list") || s.contains("dc:source")
                    || s.contains("pageBreakMarkers") || s.contains("pageNavigation"), e.getKey());
        }
    }

    /**
     * Checks every marker of the EPUB against the PDF: its label is the folio of a page whose text block begins with
     * the three words that follow the marker, and the page list lists exactly the markers, in reading order.
     */
    private static int assertMarkersMatchPdf(Path epub, Path pdf) throws IOException {
        Map<String, byte[]> entries = Epubs.entries(epub);
        String opf = text(entries, "EPUB/package.opf");
        List<String> spine = new ArrayList<>();
        Matcher item = Pattern.compile("<itemref idref=\"([^\"]+)\"").matcher(opf);
        while (item.find()) {
            Matcher href = Pattern.compile("<item id=\"" + Pattern.quote(item.group(1)) + "\" href=\"([^\"]+)\"").matcher(opf);
            assertTrue(href.find(), item.group(1));
            spine.add(href.group(1));
        }
        Map<String, String> markers = new LinkedHashMap<>();   // "file#page-N" -> the words after it
        for (String doc : spine) {
            String xhtml = text(entries, "EPUB/" + doc);
            Matcher mark = MARKER.matcher(xhtml);
            while (mark.find()) {
                assertEquals(mark.group(1), mark.group(2));
                markers.put(doc + "#page-" + mark.group(1), firstWords(readingText(xhtml.substring(mark.end()))));
            }
        }
        List<String> listed = new ArrayList<>();
        Matcher entry = PAGE_LIST_ENTRY.matcher(pageList(text(entries, "EPUB/nav.xhtml")));
        while (entry.find()) {
            assertEquals(entry.group(2), entry.group(3));
            listed.add(entry.group(1) + "#page-" + entry.group(2));
        }
        assertEquals(new ArrayList<>(markers.keySet()), listed, "the page list lists every marker, in reading order");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            Map<String, Integer> pageByFolio = new LinkedHashMap<>();
            for (int p = 0; p < doc.getNumberOfPages(); p++) {
                pageByFolio.putIfAbsent(folio(doc, p), p);
            }
            for (Map.Entry<String, String> m : markers.entrySet()) {
                String label = m.getKey().substring(m.getKey().indexOf("#page-") + 6);
                Integer page = pageByFolio.get(label);
                assertTrue(page != null, "no page of the PDF has the folio " + label);
                assertEquals(firstWords(body(doc, page)), m.getValue(), "the words after marker " + m.getKey());
            }
        }
        return markers.size();
    }

    /** The page list's part of the navigation document. */
    private static String pageList(String nav) {
        int start = nav.indexOf("<nav epub:type=\"page-list\"");
        assertTrue(start >= 0, "the navigation document has a page list");
        return nav.substring(start, nav.indexOf("</nav>", start));
    }

    /** The text of XHTML in reading order: tags left out, entities read. */
    private static String readingText(String xhtml) {
        return xhtml.replaceAll("<[^>]*>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    /**
     * The first three words: no-break spaces (the print line breaker binds words with them) read as spaces, and a
     * word the print line breaker hyphenated at a line's end read whole.
     */
    private static String firstWords(String text) {
        String joined = text.replace('\u00A0', ' ').replaceAll("(\\p{L})-\\s*\\n\\s*(\\p{L})", "$1$2");
        String[] words = joined.strip().split("\\s+");
        return String.join(" ", Arrays.copyOf(words, Math.min(3, words.length)));
    }

    /** The text of a page's text block: the running head above it and the folio below left out. */
    private static String body(PDDocument doc, int page) throws IOException {
        float w = doc.getPage(page).getMediaBox().getWidth();
        float h = doc.getPage(page).getMediaBox().getHeight();
        return Pdfs.areaText(doc, page, 0, 45, w, h - 90);
    }

    /** The folio printed in the page's bottom margin; empty where none is. */
    private static String folio(PDDocument doc, int page) throws IOException {
        float w = doc.getPage(page).getMediaBox().getWidth();
        return Pdfs.areaText(doc, page, 0, 0, w, 45).strip();
    }

    private static String text(Map<String, byte[]> entries, String name) {
        assertTrue(entries.containsKey(name), name);
        return new String(entries.get(name), StandardCharsets.UTF_8);
    }
}
