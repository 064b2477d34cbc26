package org.colophon.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.colophon.testing.Rendering.assertDiagnostic;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.colophon.testing.MemoryBuild;
import org.colophon.testing.Pdfs;
import org.colophon.testing.Rendering;
import org.colophon.testing.TestManuscript;
import org.colophon.testing.Xml;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** Heading anchors in every script, as GitHub and pandoc spell them, explicit ids, and hints for wrong links. */
class HeadingAnchorsTest {
    /** A Vietnamese book of one.md and two.md, in memory. */
    private static TestManuscript book(String one, String two) {
        return TestManuscript.empty().language("vi").yaml("chapters: [one.md, two.md]").chapter("one.md", one).chapter("two.md", two);
    }

    @Test
    void headingsKeepTheLettersOfEveryScriptAndPassEpubCheck() throws IOException {
        MemoryBuild run = MemoryBuild.run(book("""
                # Chương trình máy tính

                ## Straße und Œuvre

                ## Łódź, Ærø, Øresund

                ## Ελληνικά και Русский

                ## 1975: the end

                ## Đặng {#dang-section}

                See [the program](#chương-trình-máy-tính), [the same, folded](#chuong-trinh-may-tinh),
                [Straße](#straße-und-œuvre), [Łódź](#łódź-ærø-øresund), [Greek](#ελληνικά-και-русский),
                [1975](#1975-the-end) and [Đặng](#dang-section).
                """, "# Two\n\nBack to [Straße](one.md#straße-und-œuvre) and [Đặng](one.md#dang-section).\n"));
        assertEquals(0, run.exit(), run.messages());
        try (PDDocument pdf = Loader.loadPDF(run.pdf())) {
            int live = 0;
            for (PDPage page : pdf.getPages()) {
                for (PDAnnotation a : page.getAnnotations()) {
                    if (a instanceof PDAnnotationLink link && !(link.getAction() instanceof PDActionURI)) {
                        assertTrue(Pdfs.targetPage(pdf, link) >= 0, "every internal link of the PDF leads to a page");
                        live++;
                    }
                }
            }
            assertTrue(live >= 9, "the nine links to headings are live in the PDF: " + live);
        }
        assertEquals(List.of(), run.epubCheck());
        Map<String, byte[]> files = run.epub();
        Document one = Xml.parse(files.get("EPUB/one.xhtml"));
        assertEquals(List.of("chương-trình-máy-tính", "straße-und-œuvre", "łódź-ærø-øresund", "ελληνικά-και-русский",
                "h-1975-the-end", "dang-section"),
                headingIds(one));
        assertEquals("Đặng", Xml.elements(one, "h2").get(4).getTextContent(), "the {#id} is not printed");
        List<String> hrefs = Xml.elements(one, "a").stream().map(a -> a.getAttribute("href")).toList();
        assertEquals(List.of("one.xhtml#chương-trình-máy-tính", "one.xhtml#chương-trình-máy-tính", "one.xhtml#straße-und-œuvre",
                "one.xhtml#łódź-ærø-øresund", "one.xhtml#ελληνικά-και-русский", "one.xhtml#h-1975-the-end",
                "one.xhtml#dang-section"), hrefs);
        List<String> back = Xml.elements(Xml.parse(files.get("EPUB/two.xhtml")), "a").stream().map(a -> a.getAttribute("href")).toList();
        assertEquals(List.of("one.xhtml#straße-und-œuvre", "one.xhtml#dang-section"), back);
    }

    private static List<String> headingIds(Document doc) {
        return java.util.stream.Stream.concat(Xml.elements(doc, "h1").stream(), Xml.elements(doc, "h2").stream())
                .map(h -> h.getAttribute("id")).toList();
    }

    @Test
    void aLinkToAMissingAnchorSuggestsTheNearOnes() throws IOException {
        MemoryBuild run = MemoryBuild.run(book("""
                # Chương trình máy tính

                ## Chương trình con

                ## Ghi chú

                ## Phụ lục

                ## Tài liệu

                [a](#Chuong-Trinh-May-Tinh-2) [b](#nothing-like-it)
                """, "# Two\n\nSee [it](one.md#CHƯƠNG-TRÌNH).\n"));
        assertEquals(1, run.exit());
        for (String line : List.of("11:1: error: link to '#Chuong-Trinh-May-Tinh-2' names no heading or anchor of "
                + "manuscript/one.md (did you mean #chương-trình-máy-tính?)…",
                "11:31: error: link to '#nothing-like-it' names no heading or anchor of "
                + "manuscript/one.md; its 5 headings include #chương-trình-máy-tính, #chương-trình-con, #ghi-chú…",
                "two.md:3:5: error: link to 'one.md#CHƯƠNG-TRÌNH' names no heading or anchor of "
                + "manuscript/one.md (did you mean #chương-trình-máy-tính, #chương-trình-con?)…")) {
            assertTrue(run.diagnostics().stream().anyMatch(d -> Rendering.matches(d, line)), line + "\nin\n" + run.messages());
        }
    }

    @Test
    void aBadExplicitIdIsAnErrorAndOtherAttributesAWarning() throws IOException {
        TestManuscript m = book("# One {#1st}\n\n## Two {#two .wide}\n\nText.\n", "# Two again\n\nText.\n");
        assertEquals(1, MemoryBuild.run(m).exit());
        assertDiagnostic(m, "1:1: error: '1st' cannot be an id…",
                "3:1: warning: Colophon reads only {#id} after a heading; .wide is dropped…");
    }
}
