package org.colophon.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.colophon.testing.MemoryBuild;
import org.colophon.testing.Pdfs;
import org.colophon.testing.TestImages;
import org.colophon.testing.TestManuscript;
import org.colophon.testing.Xml;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Raw HTML that EPUB allows and Markdown also has: {@code <a id>} anchors, {@code <a href>} links and
 * {@code <img src alt>}, inline and in HTML blocks, checked as their Markdown forms are and kept in both books.
 */
class HtmlAnchorsLinksImagesTest {

    @Test
    void anchorsLinksAndImagesWrittenAsHtmlReachBothBooks() throws IOException {
        TestManuscript m = TestManuscript.empty().file("images/dot.png", TestImages.png(40, 40))
                .file("images/wide.png", TestImages.png(400, 100)).chapter("one.md", """
                # One

                A sentence with <a id="here"></a>an anchor, a <span id="spot">span</span> and a dot <img src="images/dot.png" alt="an orange dot">.
                Go <a href="https://example.org/a b" title="Example">to the web</a> or <a href="two.md#there">to two</a>.

                <div id="box"><p>A block <a href="#here">back to the anchor</a> and
                <a href="two.md">to two</a>.</p><img src="images/wide.png" alt="a wide orange band"></div>
                """).chapter("two.md", """
                # Two

                <p><a id="there"></a>There. Links from here: <a href="one.md#spot">the span</a>, <a href="one.md#box">the box</a>.</p>
                """);
        MemoryBuild run = MemoryBuild.run(m);   // every format, in memory, as the command line builds them
        assertEquals(0, run.exit(), run.messages());
        assertEquals(List.of(), run.epubCheck());
        var entries = run.epub();
        assertTrue(entries.containsKey("EPUB/images/dot.png") && entries.containsKey("EPUB/images/wide.png"), entries.keySet().toString());
        Document one = Xml.parse(entries.get("EPUB/one.xhtml"));
        List<String> ids = new ArrayList<>();
        List<String> hrefs = new ArrayList<>();
        for (Element a : Xml.elements(one, "a")) {
            ids.add(a.getAttribute("id"));
            hrefs.add(a.getAttribute("href"));
        }
        assertTrue(ids.contains("here"), ids.toString());
        assertEquals(List.of("", "https://example.org/a%20b", "two.xhtml#there", "one.xhtml#here", "two.xhtml"),
                hrefs, "links spelled as the EPUB wants them");
        // the first span that is not a print page's marker (this build makes both formats)
        assertEquals("spot", Xml.elements(one, "span").stream().filter(e -> !e.getAttribute("id").startsWith("page-"))
                .findFirst().orElseThrow().getAttribute("id"));
        assertEquals("box", Xml.elements(one, "div").get(0).getAttribute("id"));
        List<Element> imgs = Xml.elements(one, "img");
        assertEquals("images/dot.png", imgs.get(0).getAttribute("src"));
        assertEquals("an orange dot", imgs.get(0).getAttribute("alt"));
        assertEquals("images/wide.png", imgs.get(1).getAttribute("src"));
        Document two = Xml.parse(entries.get("EPUB/two.xhtml"));
        List<String> twoHrefs = Xml.elements(two, "a").stream().map(a -> a.getAttribute("href")).toList();
        assertEquals(List.of("", "one.xhtml#spot", "one.xhtml#box"), twoHrefs);

        try (PDDocument pdf = Loader.loadPDF(run.pdf())) {
            StringBuilder text = new StringBuilder();
            int images = 0;
            List<String> uris = new ArrayList<>();
            int internal = 0;
            for (int i = 0; i < pdf.getNumberOfPages(); i++) {
                PDPage page = pdf.getPage(i);
                text.append(Pdfs.pageText(pdf, i));
                for (COSName n : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(n) instanceof PDImageXObject) {
                        images++;
                    }
                }
                for (PDAnnotation a : page.getAnnotations()) {
                    if (a instanceof PDAnnotationLink link) {
                        if (link.getAction() instanceof PDActionURI uri) {
                            uris.add(uri.getURI());
                        } else if (Pdfs.targetPage(pdf, link) >= 0) {
                            internal++;
                        }
                    }
                }
            }
            String t = text.toString().replaceAll("\\s+", " ");
            assertTrue(t.contains("Go to the web or to two."), t);
            assertTrue(t.contains("A block back to the anchor and to two."), t);
            assertEquals(2, images, "both images are drawn");
            assertTrue(uris.contains("https://example.org/a%20b"), uris.toString());
            assertTrue(internal >= 5, "the HTML links inside the book are live: " + internal);
        }
    }

    @Test
    void htmlAnchorsLinksAndImagesAreCheckedAsMarkdownOnes() throws IOException {
        TestManuscript m = TestManuscript.empty().file("images/dot.png", TestImages.png(4, 4)).chapter("one.md", """
                # One

                A <a href="#nowhere">dead link</a>, <a href="three.md">no chapter</a>, <img src="images/dot.png">,
                <img src="images/missing.png" alt="gone"> and <img src="../outside.png" alt="out">.

                <div><a href="https://">no host</a> <img src="http://example.org/x.png" alt="remote"> <span id="1975">bad id</span></div>

                <p id="dup">One</p>

                <p><a id="dup"></a>Two</p>
                """);
        MemoryBuild run = MemoryBuild.run(m);
        assertEquals(1, run.exit(), run.messages());
        for (String line : List.of(
                "3:3: error: link to '#nowhere' names no heading or anchor of manuscript/one.md",
                "3:37: error: link to 'three.md' goes neither to a chapter of this book nor to a web address",
                "3:72: error: <img src=\"images/dot.png\"> has no alt text; describe it for readers who cannot see it",
                "4:1: error: image 'images/missing.png' does not exist",
                "4:47: error: image '../outside.png' leaves",
                "6:6: error: 'https://' is not a web address a reader can open",
                "6:37: error: image 'http://example.org/x.png' is a remote or non-file address",
                "6:87: error: '1975' cannot be an id",
                "10:4: error: the id 'dup' is already used in this book")) {
            assertTrue(run.diagnostics().stream().anyMatch(l -> l.startsWith(line)), "expected\n" + line + "\nin\n" + run.messages());
        }
        assertTrue(!run.messages().contains("Colophon does not take"), run.messages());
    }
}
