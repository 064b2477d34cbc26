package org.colophon.book;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.colophon.testing.Epubs;
import org.colophon.testing.Manuscripts;
import org.colophon.testing.Pdfs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A book with front and back matter, built by the real command line (so EPUBCheck passes it): title, copyright and
 * colophon pages in the EPUB, each role's semantics, the reading order of both formats, and the print's folios.
 */
class FrontAndBackMatterTest {
    @TempDir
    static Path tmp;
    static Map<String, byte[]> epub;
    static Path pdf;

    static String chapter(String role, String title, String text) {
        return "---\nrole: " + role + "\n---\n# " + title + "\n\n" + text + "\n";
    }

    @BeforeAll
    static void build() throws IOException {
        Manuscripts ms = new Manuscripts(tmp).file("book.yaml", """
                title: Matter
                authors: [Ada Writer]
                language: en
                date: 2019-12
                publisher: Quay Books
                rights: © 2019 Ada Writer
                edition: First edition
                isbn: 978-3-16-148410-0
                identifier: urn:uuid:0d7f6d8e-7c61-4a53-9a39-2f8f1b0c9e14
                chapters: [ded.md, epi.md, pre.md, one.md, two.md, thanks.md, about.md, also.md]
                author-photo: images/ada.png
                """)
                .bytes("images/ada.png", portrait())
                .file("ded.md", "---\nrole: dedication\ntitle: Dedication\n---\nFor Bea, who waited.\n")
                .file("epi.md", "---\nrole: epigraph\ntitle: Epigraph\n---\n> The sea is the same sea.\n>\n> — Old Saying\n")
                .file("pre.md", chapter("preface", "Preface", "Why this book."))
                .file("one.md", chapter("chapter", "The Start", "It began.[^a]\n\n[^a]: A note."))
                .file("two.md", chapter("chapter", "The End", "It ended."))
                .file("thanks.md", chapter("acknowledgements", "Thanks", "To all."))
                .file("about.md", chapter("about-the-author", "About the Author", "Ada writes."))
                .file("also.md", chapter("also-by", "Also by Ada Writer", "Other books."));
        Manuscripts.Run run = ms.build();
        assertEquals(0, run.exit(), run.err());
        epub = Epubs.entries(ms.epub());
        pdf = ms.interiorPdf();
    }

    /** A document of the EPUB, without the print edition's page-break markers (PageMarkersTest checks those). */
    static String doc(String name) {
        return new String(epub.get("EPUB/" + name), StandardCharsets.UTF_8)
                .replaceAll("<span epub:type=\"pagebreak\"[^>]*/>", "");
    }

    /** A 300 × 400 px portrait, grey. */
    static byte[] portrait() throws IOException {
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(300, 400, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    /** "About the author" shows the author's photo in both books, described in the book's language. */
    @Test
    void aboutTheAuthorShowsTheirPhoto() throws IOException {
        String about = doc("about.xhtml");
        assertTrue(about.contains("<figure class=\"author-photo\">"), about);
        assertTrue(about.contains("<img src=\"images/ada.png\" alt=\"Photo of Ada Writer\""), about);
        assertTrue(epub.containsKey("EPUB/images/ada.png"), "the photo is in the EPUB");
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            var resources = d.getPage(find(d, "Ada writes.")).getResources();
            boolean image = false;
            for (var name : resources.getXObjectNames()) {
                image |= resources.getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
            }
            assertTrue(image, "the photo is drawn on the page of 'About the Author'");
        }
    }

    static List<String> all(String regex, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void theSpineRunsAsAPrintedBook() {
        assertEquals(List.of("title-page", "copyright", "ded", "epi", "nav", "pre", "one", "two", "thanks", "about",
                "also", "notes-one", "colophon"), all("<itemref idref=\"([^\"]+)\"", doc("package.opf")));
    }

    @Test
    void theTitleCopyrightAndColophonPagesAreDocumentsWithTheirSemantics() {
        String title = doc("title-page.xhtml");
        assertTrue(title.contains("epub:type=\"titlepage\"") && title.contains(">Matter</p>")
                && title.contains(">Ada Writer</p>"), title);
        assertFalse(title.contains("doc-titlepage"), "DPUB-ARIA 1.0 has no such role");
        String copyright = doc("copyright.xhtml");
        assertTrue(copyright.contains("epub:type=\"copyright-page\""), copyright);
        for (String line : List.of("© 2019 Ada Writer", "First edition", "ISBN 978-3-16-148410-0",
                "Published by Quay Books, December 2019.")) {
            assertTrue(copyright.contains("<p>" + line + "</p>"), line + " in " + copyright);
        }
        // as a trade book: the ISBN and not the URN when there is one, the typeface named once (on the colophon)
        assertFalse(copyright.contains("urn:uuid"), copyright);
        assertFalse(copyright.contains("Literata"), copyright);
        String colophon = doc("colophon.xhtml");
        assertTrue(colophon.contains("epub:type=\"colophon\" role=\"doc-colophon\""), colophon);
        assertTrue(colophon.contains("set in Literata"), colophon);
    }

    @Test
    void eachRoleHasItsTypeAndOnlyARoleThatDpubAriaHas() {
        assertTrue(doc("ded.xhtml").contains("epub:type=\"dedication\" role=\"doc-dedication\""));
        assertTrue(doc("epi.xhtml").contains("epub:type=\"epigraph\" role=\"doc-epigraph\""));
        assertTrue(doc("pre.xhtml").contains("epub:type=\"preface\" role=\"doc-preface\""));
        assertTrue(doc("thanks.xhtml").contains("epub:type=\"acknowledgments\" role=\"doc-acknowledgments\""));
        for (String name : List.of("about.xhtml", "also.xhtml")) {
            assertFalse(doc(name).contains("role=\"doc-"), doc(name));
            assertTrue(doc(name).contains("aria-labelledby="), doc(name));
        }
    }

    @Test
    void theLandmarksNameTheTitlePageAndTheFirstBodyChapter() {
        String nav = doc("nav.xhtml");
        assertTrue(nav.contains("<a epub:type=\"titlepage\" href=\"title-page.xhtml\">Title page</a>"), nav);
        assertTrue(nav.contains("<a epub:type=\"bodymatter\" href=\"one.xhtml\">Start of the book</a>"), nav);
        // each front and back matter chapter by its role, in reading order; "about the author" has no such type
        List<String> roles = new ArrayList<>();
        Matcher landmark = Pattern.compile("<a epub:type=\"([a-z]+)\" href=\"([a-z]+\\.xhtml)\">").matcher(
                nav.substring(nav.indexOf("landmarks")));
        while (landmark.find()) {
            if (!java.util.Set.of("cover", "titlepage", "toc", "bodymatter", "endnotes").contains(landmark.group(1))) {
                roles.add(landmark.group(1) + ":" + landmark.group(2));
            }
        }
        assertEquals(List.of("dedication:ded.xhtml", "epigraph:epi.xhtml", "preface:pre.xhtml", "acknowledgments:thanks.xhtml"), roles);
        // the contents list every chapter in reading order, front matter included
        assertEquals(List.of("Dedication", "Epigraph", "Preface", "The Start", "The End", "Thanks", "About the Author",
                "Also by Ada Writer"), all("<li><a href=\"[a-z]+\\.xhtml\">([^<]+)</a>", nav.substring(0, nav.indexOf("landmarks")))
                .subList(0, 8));
    }

    @Test
    void inPrintAHalfTitleThenTheTitlePageOnARectoTheDedicationAloneAndRomanFoliosUntilTheBody() throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            assertEquals("Matter", Pdfs.pageText(d, 0).strip(), "the half title holds the title alone");
            assertEquals("", Pdfs.pageText(d, 1).strip(), "the back of the half title is blank");
            assertTrue(Pdfs.pageText(d, 2).contains("Ada Writer") && Pdfs.pageText(d, 2).contains("Quay Books"));
            assertTrue(Pdfs.pageText(d, 3).contains("ISBN 978-3-16-148410-0"), Pdfs.pageText(d, 3));
            int dedication = find(d, "For Bea, who waited.");
            assertEquals(0, dedication % 2, "the dedication is on a recto");
            assertEquals("For Bea, who waited.", Pdfs.pageText(d, dedication).strip(),
                    "alone, with no running head and no folio");
            int contents = find(d, "Contents");
            assertTrue(contents > find(d, "The sea is the same sea."), "the epigraph comes before the contents");
            int preface = find(d, "Why this book.");
            assertTrue(Pdfs.pageText(d, preface).strip().matches("(?s).*\\n[ivx]+$"), "a roman folio: " + Pdfs.pageText(d, preface));
            // the contents list what follows them, the front matter by its roman folio, as printed on its page
            String folio = Pdfs.pageText(d, preface).strip().replaceFirst("(?s).*\\n", "");
            String listed = Pdfs.pageText(d, contents);
            assertTrue(listed.matches("(?s).*Preface\\s+\\.+\\s+" + folio + "\\n.*"), "Preface listed at " + folio + ":\n" + listed);
            assertTrue(!listed.contains("Dedication") && !listed.contains("Epigraph"), "what comes before the contents: " + listed);
            int start = find(d, "It began.");
            assertTrue(Pdfs.pageText(d, start).strip().endsWith("1"), Pdfs.pageText(d, start));
            assertTrue(Pdfs.pageText(d, d.getNumberOfPages() - 1).contains("It was made from Markdown with Colophon."));
        }
    }

    static int find(PDDocument d, String text) throws IOException {
        for (int i = 0; i < d.getNumberOfPages(); i++) {
            if (Pdfs.pageText(d, i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError(text + " is on no page");
    }
}
