package org.colophon.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.colophon.testing.Rendering.assertRendering;

import java.io.IOException;
import java.util.List;
import org.colophon.output.Format;
import org.colophon.testing.MemoryBuild;
import org.colophon.testing.Rendering;
import org.colophon.testing.TestManuscript;
import org.colophon.testing.Xml;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** HTML inside Markdown: what EPUB allows is kept as well-formed XHTML; what it does not is refused where it stands. */
class RawHtmlTest {
    /** The valid book.yaml and {@code one.md}. */
    private static TestManuscript one(String markdown) {
        return TestManuscript.empty().chapter("one.md", markdown);
    }

    /** The EPUB's one.xhtml, as the real writer makes it, in memory. */
    private static Document xhtml(TestManuscript m) {
        Rendering.Rendered r = Rendering.of(m);
        assertEquals(List.of(), r.errors());
        return Xml.parse(r.epub().get("EPUB/one.xhtml"));
    }

    /** The real build of the EPUB in memory, checked by EPUBCheck: its one.xhtml. */
    private static Document validXhtml(TestManuscript m) {
        MemoryBuild run = MemoryBuild.run(m, Format.EPUB);
        assertEquals(0, run.exit(), run.messages());
        assertEquals(List.of(), run.epubCheck());
        return Xml.parse(run.epub().get("EPUB/one.xhtml"));
    }

    /** The real build in memory fails (exit 1, nothing written) with each of {@code lines} among its diagnostics. */
    private static MemoryBuild refused(TestManuscript m, String... lines) {
        MemoryBuild run = MemoryBuild.run(m);
        assertEquals(1, run.exit(), run.messages());
        for (String line : lines) {
            assertTrue(run.diagnostics().stream().anyMatch(d -> Rendering.matches(d, line)), "expected\n" + line + "\nin\n" + run.messages());
        }
        assertTrue(run.nothingWritten());
        return run;
    }

    @Test
    void allowedHtmlIsKeptAsWellFormedXhtml() throws IOException {
        Document doc = validXhtml(one("""
                # One

                She said <span lang="vi">Xin chào, "bạn"</span> and <b>bold&nbsp;text</b><br>next &amp; more.

                <div class="epigraph">
                <p>An epigraph, <i>never closed
                </div>

                <aside class="aside"><p>Un <em>aparté</em> &eacute;crit<br>en HTML.</aside>
                """));
        Element span = Xml.elements(doc, "span").get(0);
        assertEquals("vi", span.getAttribute("lang"));
        assertEquals("vi", span.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"), "a span keeps its language");
        assertEquals("Xin chào, “bạn”", span.getTextContent(), "typography goes on inside HTML");
        assertEquals("bold\u00A0text", Xml.elements(doc, "b").get(0).getTextContent(), "&nbsp; is a no-break space");
        assertEquals("never closed\n", Xml.elements(doc, "i").get(0).getTextContent(), "an open tag is closed");
        Element aside = Xml.elements(doc, "aside").get(0);
        assertEquals("Un aparté écriten HTML.", aside.getTextContent(), "&eacute; is decoded (the <br> stands between the words)");
        assertEquals(1, aside.getElementsByTagNameNS(Xml.XHTML, "br").getLength());
        assertEquals(2, Xml.elements(doc, "br").size());
    }

    @Test
    void aSpanKeepsItsLanguageWhateverItsOtherAttributesSay() throws IOException {
        Document doc = xhtml(one("# One\n\nSay <span title=\"lang\" lang=\"vi\">xin chào</span> and <abbr lang=\"fr\" title=\"lang\">ONU</abbr>.\n"));
        Element span = Xml.elements(doc, "span").get(0);
        assertEquals("lang", span.getAttribute("title"));
        assertEquals("vi", span.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"), "a title that reads 'lang' hides nothing");
        Element abbr = Xml.elements(doc, "abbr").get(0);
        assertEquals("fr", abbr.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"));
    }

    @Test
    void htmlBlocksWrapTheMarkdownBetweenThem() throws IOException {
        Document doc = validXhtml(one("""
                # One

                <div lang="vi" class="poem" id="tho">

                Xin *chào*, "bạn".

                <aside>

                > A quote inside.

                </aside>

                </div>

                After, [back to the poem](#tho).
                """));
        Element div = Xml.elements(doc, "div").get(0);
        assertEquals("vi", div.getAttribute("lang"));
        assertEquals("vi", div.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"));
        assertEquals("poem", div.getAttribute("class"));
        assertEquals("tho", div.getAttribute("id"));
        Element p = Xml.elements(doc, "p").get(0);
        assertEquals(div, p.getParentNode(), "the Markdown between the tags is inside the div");
        assertEquals("Xin chào, “bạn”.", p.getTextContent());
        Element aside = Xml.elements(doc, "aside").get(0);
        assertEquals(div, aside.getParentNode());
        assertEquals(aside, Xml.elements(doc, "blockquote").get(0).getParentNode());
        assertEquals("one.xhtml#tho", Xml.elements(doc, "a").get(0).getAttribute("href"));
        assertEquals(1, Xml.elements(doc, "div").size(), "no empty div is left behind");
    }

    /**
     * {@code <details>} written as GitHub, mdBook and web pages write it (summary after the tag or as its own block,
     * none at all, everything in one HTML block) and a figure spaced out with {@code <br>}: EPUBCheck passes, and both
     * books show every summary and what it holds.
     */
    @Test
    void detailsAndSpacedFiguresMakeAValidEpubAndAPdfWithEverySummary() throws IOException {
        TestManuscript m = one("""
                # One

                <details>
                <summary>Summary after the tag</summary>

                Folded *Markdown*.

                </details>

                <details>

                <summary>Summary as a block</summary>

                More folded text.

                </details>

                <details>

                Nothing titles this.

                </details>

                <details><summary>All in <b>HTML</b></summary><p>Folded HTML.</p></details>

                <figure>
                    <img src="fig1.png" alt="A diagram">
                    <figcaption><em>Fig. 1: A diagram</em></figcaption>
                    <br><br>
                </figure>

                <figure>

                > Words shown as a figure.

                <figcaption>Fig. 2: a caption written as HTML</figcaption>

                </figure>
                """).file("fig1.png", org.colophon.testing.TestImages.png(600, 400));
        MemoryBuild run = MemoryBuild.run(m, Format.EPUB, Format.PDF);
        assertEquals(0, run.exit(), run.messages());
        assertTrue(run.messages().contains("18:1: warning: <details> has no <summary>"), run.messages());
        assertEquals(List.of(), run.epubCheck());
        Document doc = Xml.parse(run.epub().get("EPUB/one.xhtml"));
        List<Element> details = Xml.elements(doc, "details");
        assertEquals(4, details.size());
        List<String> summaries = new java.util.ArrayList<>();
        for (Element d : details) {
            assertEquals("open", d.getAttribute("open"), "a reading app that cannot unfold it still shows it");
            org.w3c.dom.Node first = d.getFirstChild();
            while (first.getNodeType() != org.w3c.dom.Node.ELEMENT_NODE) {
                first = first.getNextSibling();
            }
            assertEquals("summary", first.getLocalName(), "EPUB requires the summary first");
            summaries.add(first.getTextContent());
        }
        assertEquals(List.of("Summary after the tag", "Summary as a block", "Details", "All in HTML"), summaries);
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(run.pdf())) {
            StringBuilder text = new StringBuilder();
            for (int page = 0; page < pdf.getNumberOfPages(); page++) {
                text.append(org.colophon.testing.Pdfs.pageText(pdf, page));
            }
            for (String words : List.of("Summary after the tag", "Folded Markdown.", "Summary as a block", "More folded text.",
                    "Details", "Nothing titles this.", "All in HTML", "Folded HTML.", "Fig. 1: A diagram", "Fig. 2: a caption")) {
                assertTrue(text.toString().contains(words), words + " is missing from the PDF:\n" + text);
            }
        }
    }

    @Test
    void anUnpairedWrapperIsAnError() throws IOException {
        refused(one("# One\n\n<section>\n\nText.\n\n</div>\n"),
                "3:1: error: <section> is never closed; put </section> on a line of its own…",
                "7:1: error: </div> closes no <div> opened before it on a line of its own…");
    }

    @Test
    void htmlColophonDoesNotTakeIsRefusedTruthfully() throws IOException {
        MemoryBuild run = refused(one("# One\n\n<div><video src=\"v.mp4\"></video></div>\n"),
                "3:6: error: Colophon does not take <video> written as HTML…");
        assertTrue(!run.messages().contains("not allowed in an EPUB"), "EPUB allows both: no message may say otherwise");
    }

    @Test
    void dangerousHtmlIsRefusedWithItsPosition() throws IOException {
        refused(one("""
                # One

                <div onclick="steal()">A div.</div>

                <script>alert(1)</script>

                Inline <iframe src="x"></iframe> frame, and a <form>.

                <object data="x.swf"></object>

                A <a href="javascript:alert(1)">link</a>.
                """),
                "3:1: error: the event handler onclick=\"…\" is not allowed in a book: ebooks run no scripts",
                "5:1: error: <script> is not allowed in a book: ebooks and PDFs run no scripts and hold no frames, objects or forms",
                "7:8: error: <iframe> is not allowed in a book: ebooks and PDFs run no scripts and hold no frames, objects or forms",
                "7:47: error: <form> is not allowed in a book: ebooks and PDFs run no scripts and hold no frames, objects or forms",
                "9:1: error: <object> is not allowed in a book: ebooks and PDFs run no scripts and hold no frames, objects or forms",
                "11:3: error: a javascript: address is not allowed in a book…");
    }

    @Test
    void inlineTagsMustBeClosedInTheirParagraph() throws IOException {
        refused(one("# One\n\nOpen <span>and never closed.\n\nA stray </em> here.\n"),
                "3:6: error: <span> is never closed in this paragraph; add </span>…",
                "5:9: error: </em> closes no <em> opened before it in this paragraph…");
    }

    @Test
    void unknownAttributesAreDroppedNotCopied() throws IOException {
        assertRendering("# One\n\n<div style=\"color: red\" data-x=\"1\" class=\"kept\">Text.</div>\n",
                "<h1 id=\"one\">One</h1>\n<div class=\"kept\">Text.</div>");
    }
}
