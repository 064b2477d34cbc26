package org.colophon.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.colophon.diagnostic.Diagnostics;
import org.colophon.manuscript.ManuscriptLoader;
import org.colophon.markdown.BookAssembler;
import org.colophon.output.Format;
import org.colophon.pipeline.BookBuild;
import org.colophon.pipeline.BuildRequest;
import org.colophon.pipeline.BuildResult;
import org.colophon.print.PrintLayout;
import org.colophon.testing.Essay;
import org.colophon.testing.Pdfs;
import org.colophon.testing.VeraPdf;
import org.colophon.typeface.Typefaces;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The essay's PDF, read back with PDFBox and checked with veraPDF: what a printer and a reader get. */
class EssayPdfTest {
    static final List<String> CHAPTERS = List.of("An Alliance Between Vietnam and the Soviet Union", "The Sino-Soviet Rupture",
            "Vietnam Tries to Remain Neutral", "A Failed Rapprochement With the United States",
            "The Treaty of Mutual Friendship and Cooperation", "References");

    @TempDir
    static Path out;
    static Path pdf;
    static PDDocument doc;
    /** 0-based index of the page printed as folio 1. */
    static int firstBodyPage;

    @BeforeAll
    static void build() throws IOException {
        BuildResult result = new BookBuild().run(new BuildRequest(Essay.MANUSCRIPT, out, Format.PDF, false));
        pdf = result.files().get(Format.PDF);
        doc = Loader.loadPDF(pdf.toFile());
        firstBodyPage = Pdfs.pageOf(doc, doc.getDocumentCatalog().getDocumentOutline().getFirstChild().getDestination());
    }

    @AfterAll
    static void close() throws IOException {
        doc.close();
    }

    @Test
    void everyPageIsTheTrimSize() {
        for (PDPage page : doc.getPages()) {
            PDRectangle box = page.getMediaBox();
            assertEquals(432, box.getWidth(), 0.01, "6 in wide");
            assertEquals(648, box.getHeight(), 0.01, "9 in high");
        }
    }

    @Test
    void everyFontIsLiterataEmbeddedAndSubset() throws IOException {
        List<String> names = new ArrayList<>();
        for (PDPage page : doc.getPages()) {
            PDResources res = page.getResources();
            for (COSName name : res.getFontNames()) {
                PDFont font = res.getFont(name);
                names.add(font.getName());
                assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                assertTrue(font.getName().matches("[A-Z]{6}\\+Literata-.*"), font.getName() + " is a subset of Literata");
                assertFalse(font.isStandard14(), font.getName() + " is not one of the base 14");
            }
        }
        assertTrue(names.stream().anyMatch(n -> n.endsWith("Literata-Regular")));
        assertTrue(names.stream().anyMatch(n -> n.endsWith("Literata-Italic")), "captions' credits are italic");
        assertTrue(names.stream().anyMatch(n -> n.endsWith("Literata-Bold")), "headings are bold");
    }

    /** The text block of the body pages (no running heads, no folios) is the source essay, word for word. */
    @Test
    void textIsTheSourceWordForWord() throws IOException {
        StringBuilder text = new StringBuilder();
        int colophon = doc.getNumberOfPages() - 1;
        for (int p = firstBodyPage; p < colophon; p++) {
            text.append(textBlock(p)).append('\n');
        }
        // the notes' subheads name their chapters: words Colophon adds, as the running heads are
        String notes = "\nReferences\n";
        int start = text.indexOf(notes);
        String withoutSubheads = text.substring(0, start) + text.substring(start).lines()
                .filter(l -> !CHAPTERS.contains(l.strip()) || l.strip().equals("References"))
                .collect(Collectors.joining("\n", "\n", "\n"));
        Essay.assertWordForWord(withoutSubheads, "PDF");
    }

    /** Every entry of the contents page names the folio on which its heading lands, and links there. */
    @Test
    void contentsPageNumbersAreRight() throws IOException {
        int contents = -1;
        for (int p = 0; p < firstBodyPage; p++) {
            if (Pdfs.pageText(doc, p).strip().startsWith("Contents")) {
                contents = p;
            }
        }
        assertTrue(contents >= 0, "a contents page before the body");
        Map<String, Integer> printed = new LinkedHashMap<>();
        Matcher m = Pattern.compile("(?m)^(.+?)\\s*\\.{3,}\\s*(\\d+)\\s*$").matcher(Pdfs.pageText(doc, contents));
        while (m.find()) {
            printed.put(m.group(1).strip(), Integer.parseInt(m.group(2)));
        }
        assertEquals(CHAPTERS, List.copyOf(printed.keySet()));
        List<PDAnnotationLink> links = links(contents);
        assertEquals(CHAPTERS.size(), links.size(), "each entry is a link");
        for (int i = 0; i < CHAPTERS.size(); i++) {
            String title = CHAPTERS.get(i);
            int target = Pdfs.targetPage(doc, links.get(i));
            assertEquals(printed.get(title), target - firstBodyPage + 1, title + ": printed number is the folio of its page");
            assertTrue(Pdfs.pageText(doc, target).contains(firstWords(title)), title + " is on page " + (target + 1));
        }
    }

    /** Folios: roman in the front matter, arabic from 1 on the first body page, none on title, copyright, colophon. */
    @Test
    void foliosRestartAtOneForTheBody() throws IOException {
        assertTrue(lastLine(Pdfs.pageText(doc, firstBodyPage)).strip().equals("1"));
        assertTrue(lastLine(Pdfs.pageText(doc, firstBodyPage + 1)).strip().equals("2"));
        assertEquals(0, firstBodyPage % 2, "page 1 is a recto (an odd page of the file)");
        // half title i, its blank back ii, title page iii, copyright page iv, contents v
        assertTrue(Pdfs.pageText(doc, firstBodyPage - 2).strip().endsWith("\nv"), "contents page in roman");
        assertEquals("An Alliance Between Vietnam and the Soviet Union", Pdfs.pageText(doc, 0).strip().replaceAll("\\s+", " "), "the half title");
        assertFalse(Pdfs.pageText(doc, 2).strip().matches("(?s).*\\n[ivx]+$"), "no folio on the title page");
    }

    /** Running heads: book title on versos, chapter title on rectos, none on opening pages. */
    @Test
    void runningHeads() throws IOException {
        String opening = Pdfs.pageText(doc, firstBodyPage);
        String head = Pdfs.areaText(doc, firstBodyPage + 1, 0, 648 - 54, 432, 54).strip();
        assertEquals("An Alliance Between Vietnam and the Soviet Union", head, "verso: the book's title");
        assertFalse(Pdfs.areaText(doc, firstBodyPage, 0, 648 - 54, 432, 54).contains("Alliance"), "no head on an opening page: " + opening);
        boolean inNotes = false;   // where the notes' subheads name the chapters again, and open no page
        for (int p = firstBodyPage; p < doc.getNumberOfPages() - 1; p++) {
            String top = Pdfs.areaText(doc, p, 0, 648 - 54, 432, 54).strip();
            String body = textBlock(p).strip();
            boolean openingPage = p == firstBodyPage || !inNotes && CHAPTERS.stream().skip(1).anyMatch(t -> body.startsWith(firstWords(t)));
            inNotes |= body.startsWith("References");
            if (openingPage) {
                assertEquals("", top, "no running head on the opening page " + (p + 1));
            } else if ((p - firstBodyPage) % 2 == 1) {
                assertEquals("An Alliance Between Vietnam and the Soviet Union", top, "verso head, page " + (p + 1));
            } else {
                assertTrue(CHAPTERS.contains(top), "recto head is a chapter title, page " + (p + 1) + ": " + top);
            }
        }
    }

    /** Every note reference links to its note, every note links back to the page of its reference. */
    @Test
    void notesAreLinkedBothWays() throws IOException {
        int notesPage = -1;
        for (int p = firstBodyPage; p < doc.getNumberOfPages() && notesPage < 0; p++) {
            if (textBlock(p).strip().startsWith("References")) {
                notesPage = p;
            }
        }
        assertTrue(notesPage > 0);
        Map<Integer, Integer> refPage = new HashMap<>();
        Map<Integer, Integer> notePage = new HashMap<>();
        for (int p = firstBodyPage; p < doc.getNumberOfPages(); p++) {
            for (PDAnnotationLink link : links(p)) {
                PDRectangle r = link.getRectangle();
                String label = Pdfs.areaText(doc, p, r.getLowerLeftX(), r.getLowerLeftY(), r.getWidth(), r.getHeight()).strip();
                if (label.matches("\\d+")) {
                    int n = Integer.parseInt(label);
                    refPage.put(n, p);
                    notePage.put(n, Pdfs.targetPage(doc, link));
                } else if (label.matches("\\d+\\.")) {
                    int n = Integer.parseInt(label.substring(0, label.length() - 1));
                    assertEquals(refPage.get(n), Pdfs.targetPage(doc, link), "note " + n + " links back to its reference's page");
                }
            }
        }
        assertEquals(14, refPage.size(), "14 note references are links");
        for (int n = 1; n <= 14; n++) {
            int target = notePage.get(n);
            assertTrue(target >= notesPage, "note " + n + " is in the notes section");
            assertTrue(Pdfs.pageText(doc, target).contains(n + ". "), "note " + n + " is on the page its reference leads to");
        }
    }

    @Test
    void webAddressesAreUriLinks() throws IOException {
        List<String> uris = new ArrayList<>();
        for (int p = 0; p < doc.getNumberOfPages(); p++) {
            for (PDAnnotationLink link : links(p)) {
                if (link.getAction() instanceof PDActionURI uri) {
                    uris.add(uri.getURI());   // one link per line when an address breaks across lines
                }
            }
        }
        assertEquals(List.of("https://boatpeoplehistory.com/archives-3/kd/treaty-ussr-srvn/"), uris.stream().distinct().toList());
    }

    @Test
    void bookmarksMatchTheHeadings() throws IOException {
        List<String> titles = new ArrayList<>();
        for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
            titles.add(item.getTitle());
            int page = Pdfs.pageOf(doc, item.getDestination());
            assertTrue(Pdfs.pageText(doc, page).contains(firstWords(item.getTitle())), item.getTitle() + " leads to its heading");
        }
        assertEquals(CHAPTERS, titles);
    }

    @Test
    void documentInformationAndLanguage() {
        var info = doc.getDocumentInformation();
        assertEquals("An Alliance Between Vietnam and the Soviet Union", info.getTitle());
        assertEquals("Phi-Vân Nguyen", info.getAuthor());
        assertTrue(info.getSubject().startsWith("How Hanoi"));
        assertTrue(info.getKeywords().contains("Cold War"));
        assertEquals("en", doc.getDocumentCatalog().getLanguage());
        assertNotNull(doc.getDocumentCatalog().getMetadata(), "XMP metadata");
    }

    @Test
    void figuresPassThroughAsJpegAtPrintResolution() throws IOException {
        int images = 0;
        for (PDPage page : doc.getPages()) {
            for (COSName name : page.getResources().getXObjectNames()) {
                if (page.getResources().getXObject(name) instanceof PDImageXObject img) {
                    assertEquals("jpg", img.getSuffix(), "JPEG passed through");
                    images++;
                }
            }
        }
        assertEquals(3, images);
    }

    /** The first layout's guess of the page count lands close, so the gutter rarely needs a second layout. */
    @Test
    void pageCountGuessIsClose() throws IOException {
        Diagnostics d = new Diagnostics();
        var manuscript = new ManuscriptLoader(d).load(Essay.MANUSCRIPT).orElseThrow();
        var book = new BookAssembler(d).assemble(manuscript, Typefaces.literata(),
                Instant.EPOCH);
        int guess = PdfWriter.estimatePages(book, manuscript.print());
        assertTrue(Math.abs(guess - doc.getNumberOfPages()) <= 3, "guessed " + guess + ", laid out " + doc.getNumberOfPages());
    }

    @Test
    void veraPdfSaysPdfA1bCompliant() throws Exception {
        assertEquals(List.of(), VeraPdf.pdfA1bFailures(pdf));
    }

    private static List<PDAnnotationLink> links(int page) throws IOException {
        List<PDAnnotationLink> links = new ArrayList<>();
        for (PDAnnotation a : doc.getPage(page).getAnnotations()) {
            if (a instanceof PDAnnotationLink l) {
                links.add(l);
            }
        }
        return links;
    }

    /** The text between the top margin (running head) and the bottom margin (folio). */
    private static String textBlock(int page) throws IOException {
        PDRectangle box = doc.getPage(page).getMediaBox();
        return Pdfs.areaText(doc, page, 0, 58, box.getWidth(), box.getHeight() - 58 - 54);
    }

    private static String firstWords(String title) {
        String[] words = title.split(" ");
        return words.length == 1 ? title : words[0] + " " + words[1];
    }

    private static String lastLine(String text) {
        String[] lines = text.strip().split("\n");
        return lines[lines.length - 1];
    }

    /** The title page's lines on the text block's axis, balanced; the copyright lines at the foot of their page. */
    @Test
    void titlePageOnTheAxisAndCopyrightAtTheFoot() throws IOException {
        int title = -1;
        int copyright = -1;
        for (int p = 0; p < doc.getNumberOfPages(); p++) {
            String text = Pdfs.pageText(doc, p);
            if (title < 0 && text.contains("Soviet Union") && text.contains("Phi-Vân Nguyen") && !text.contains("rights")) {
                title = p;
            }
            if (copyright < 0 && text.contains("All rights reserved")) {
                copyright = p;
            }
        }
        PageGeometry g = PageGeometry.of(PrintLayout.defaults(), doc.getNumberOfPages());
        double axis = (title % 2 == 0 ? g.inside() : g.outside()) + g.textWidth() / 2;
        List<float[]> lines = lineExtents(title);
        assertTrue(lines.size() >= 3, "title lines and author: " + lines.size());
        float shortest = Float.MAX_VALUE;
        float longest = 0;
        for (float[] l : lines) {
            assertEquals(axis, (l[0] + l[1]) / 2, 1.0, "a title page line is centred on the text block's axis");
        }
        for (float[] l : lines.subList(0, lines.size() - 1)) {   // the title's lines, the author's left out
            shortest = Math.min(shortest, l[1] - l[0]);
            longest = Math.max(longest, l[1] - l[0]);
        }
        assertTrue(shortest > longest / 2, "balanced: no line under half the longest (" + shortest + " of " + longest + ")");
        List<float[]> foot = lineExtents(copyright);
        float lowest = foot.stream().map(l -> l[2]).max(Float::compare).orElseThrow();
        double bottom = g.height() - g.bottom();
        assertTrue(lowest > bottom - 25 && lowest <= bottom + 1, "the copyright lines end at the foot: " + lowest + " of " + bottom);
    }

    /** Each line of a page: its left and right edges and its baseline, from the top of the page. */
    private static List<float[]> lineExtents(int page) throws IOException {
        List<float[]> lines = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                if (positions.isEmpty() || text.isBlank()) {
                    return;
                }
                TextPosition first = positions.get(0);
                TextPosition last = positions.get(positions.size() - 1);
                lines.add(new float[] {first.getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj(), first.getYDirAdj()});
            }
        };
        stripper.setStartPage(page + 1);
        stripper.setEndPage(page + 1);
        stripper.getText(doc);
        return lines;
    }
}
