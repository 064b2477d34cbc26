package org.colophon.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.colophon.epub.EpubValidator;
import org.colophon.testing.Epubs;
import org.colophon.testing.ManuscriptExtension;
import org.colophon.testing.Manuscripts;
import org.colophon.testing.PdfImages;
import org.colophon.testing.Xml;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** SVG drawings: kept as SVG in the EPUB, drawn as vectors in the PDF, and refused when unsafe, at the image. */
class SvgImagesTest {
    static final String DIAGRAM = """
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 200 100" width="400" height="200">
              <defs><linearGradient id="g"><stop offset="0" stop-color="#036"/><stop offset="1" stop-color="#69c"/></linearGradient></defs>
              <rect id="box" x="10" y="10" width="80" height="40" fill="url(#g)" stroke="black"/>
              <use xlink:href="#box" x="100"/>
              <path d="M50 50 L150 90" stroke="black"/>
              <text x="20" y="80" font-size="12">Tiếng Việt</text>
            </svg>
            """;

    @RegisterExtension
    final ManuscriptExtension m = ManuscriptExtension.withBookYaml(Manuscripts.VALID_YAML);

    @Test
    void anSvgFigureIsSvgInTheEpubAndVectorsInThePdf() throws Exception {
        m.file("images/diagram.svg", DIAGRAM);
        m.file("one.md", "# One\n\n![A diagram of two boxes.](images/diagram.svg)\nTwo boxes and a line.\n\nInline <img src=\"images/diagram.svg\" alt=\"the diagram\"> too.\n");
        Manuscripts.Run run = m.build("--no-validate");
        assertEquals(0, run.exit(), run.err());
        assertTrue(!run.err().contains("dpi"), "vectors have no dpi to warn about: " + run.err());
        Path epub = m.out().resolve("a-test-book.epub");
        assertEquals(List.of(), new EpubValidator().validate(epub));
        Map<String, byte[]> files = Epubs.entries(epub);
        assertEquals(DIAGRAM, new String(files.get("EPUB/images/diagram.svg"), StandardCharsets.UTF_8), "kept as written");
        String opf = new String(files.get("EPUB/package.opf"), StandardCharsets.UTF_8);
        assertTrue(opf.contains("href=\"images/diagram.svg\" media-type=\"image/svg+xml\""), opf);
        assertEquals("images/diagram.svg", Xml.elements(Xml.parse(files.get("EPUB/one.xhtml")), "img").get(0).getAttribute("src"));

        try (PDDocument pdf = Loader.loadPDF(m.out().resolve("a-test-book.pdf").toFile())) {
            assertEquals(List.of(), PdfImages.drawn(pdf), "no raster image: the drawing is vectors");
            int forms = 0;
            for (PDPage page : pdf.getPages()) {
                for (COSName n : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(n) instanceof PDFormXObject form) {
                        String ops = new String(form.getContentStream().toByteArray(), StandardCharsets.ISO_8859_1);
                        assertTrue(ops.contains(" re") || ops.contains(" l\n") || ops.contains(" c\n"), "paths: " + ops);
                        assertTrue(!ops.contains("Tj") && !ops.contains("TJ"), "text is drawn as outlines, no font: " + ops);
                        forms++;
                    }
                }
            }
            assertEquals(2, forms, "the figure and the inline drawing");
            
        }
    }

    @Test
    void textInADrawingIsCheckedInTheFaceItIsSetIn() throws IOException {
        m.file("images/d.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><text font-family=\"Arial\">Chương ǹ</text></svg>");
        m.file("one.md", "# One\n\n![d](images/d.svg)\n");
        Manuscripts.Run run = m.build("--no-validate");
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains(m.shownDir() + "/one.md:3:1: error: 'ǹ' (U+01F9) in the text of the drawing 'd.svg' has no glyph in "
                + "Literata Regular, the face Colophon sets a drawing's text in"), run.err());
        assertTrue(!run.err().contains("'ư'"), run.err());
    }

    @Test
    void unsafeSvgIsRefusedAtTheImage() throws IOException {
        String open = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" viewBox=\"0 0 10 10\">";
        m.file("images/script.svg", open + "<script>alert(1)</script></svg>");
        m.file("images/onload.svg", open.replace("viewBox", "onload=\"x()\" viewBox") + "</svg>");
        m.file("images/external.svg", open + "<use xlink:href=\"other.svg#a\"/></svg>");
        m.file("images/foreign.svg", open + "<foreignObject><p xmlns=\"http://www.w3.org/1999/xhtml\">x</p></foreignObject></svg>");
        m.file("images/image.svg", open + "<image href=\"file:///etc/passwd\"/></svg>");
        m.file("images/css.svg", open + "<rect style=\"fill: url(http://example.org/x)\"/></svg>");
        m.file("images/xxe.svg", "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>" + open + "<text>&x;</text></svg>");
        m.file("images/laughs.svg", "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]>" + open + "<text>&d;&d;&d;</text></svg>");
        m.file("images/nosize.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect width=\"5\" height=\"5\"/></svg>");
        m.file("one.md", """
                # One

                ![s](images/script.svg)

                ![o](images/onload.svg)

                ![e](images/external.svg)

                ![f](images/foreign.svg)

                ![i](images/image.svg)

                ![c](images/css.svg)

                ![x](images/xxe.svg)

                ![l](images/laughs.svg)

                ![n](images/nosize.svg)
                """);
        Manuscripts.Run run = m.build("--no-validate");
        assertEquals(1, run.exit(), run.err());
        String img = m.shownDir() + "/images/";
        for (String line : List.of(
                "one.md:3:1: error: image '" + img + "script.svg' is an SVG drawing that holds <script>; books run no scripts",
                "one.md:5:1: error: image '" + img + "onload.svg' is an SVG drawing whose <svg> has the event attribute onload",
                "one.md:7:1: error: image '" + img + "external.svg' is an SVG drawing whose <use> refers to 'other.svg#a' outside it",
                "one.md:9:1: error: image '" + img + "foreign.svg' is an SVG drawing that holds <foreignObject>",
                "one.md:11:1: error: image '" + img + "image.svg' is an SVG drawing that holds <image>",
                "one.md:13:1: error: image '" + img + "css.svg' is an SVG drawing whose <rect> has style=",
                "one.md:15:1: error: image '" + img + "xxe.svg' is not a well-formed SVG drawing",
                "one.md:17:1: error: image '" + img + "laughs.svg' is not a well-formed SVG drawing",
                "one.md:19:1: error: image '" + img + "nosize.svg' has no size")) {
            assertTrue(run.err().lines().anyMatch(l -> l.startsWith(m.shownDir() + "/" + line)), "expected\n" + line + "\nin\n" + run.err());
        }
        assertTrue(m.nothingWritten());
    }
}
