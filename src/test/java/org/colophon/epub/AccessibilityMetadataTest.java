package org.colophon.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.colophon.testing.Epubs;
import org.colophon.testing.ManuscriptExtension;
import org.colophon.testing.Manuscripts;
import org.colophon.testing.Xml;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The accessibility metadata says what Colophon knows, and claims conformance only where book.yaml does. */
class AccessibilityMetadataTest {
    @RegisterExtension
    final ManuscriptExtension m = ManuscriptExtension.empty();

    @BeforeEach
    void image() throws IOException {
        m.bytes("images/harbour.png", png());   // the extension made the folder; every test's book shows this image
    }

    private static byte[] png() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    /** Builds the EPUB (checked by EPUBCheck, which must find nothing) and returns its package document. */
    private Document build(String yaml, String chapter) throws IOException {
        m.file("book.yaml", Manuscripts.VALID_YAML + yaml).file("one.md", chapter);
        Manuscripts.Run run = m.build("--no-validate", "--format", "epub");
        assertEquals(0, run.exit(), run.err());
        Path epub = m.out().resolve("a-test-book.epub");
        assertEquals(List.of(), new EpubValidator().validate(epub));
        lastErr = run.err();
        return Xml.parse(Epubs.entries(epub).get("EPUB/package.opf"));
    }

    private String lastErr;

    private static List<Element> metas(Document opf) {
        NodeList list = opf.getElementsByTagNameNS("http://www.idpf.org/2007/opf", "meta");
        return IntStream.range(0, list.getLength()).mapToObj(i -> (Element) list.item(i)).toList();
    }

    private static List<String> meta(Document opf, String property) {
        return metas(opf).stream().filter(e -> property.equals(e.getAttribute("property")))
                .map(Element::getTextContent).toList();
    }

    private static final String DESCRIBED = "# One\n\nText.[^1]\n\n![The harbour of Hải Phòng at dawn.](images/harbour.png)\n\n[^1]: A note.\n";

    @Test
    void withoutAClaimTheBookClaimsNothingAndSaysWhatItHas() throws IOException {
        Document opf = build("", DESCRIBED);
        assertEquals(List.of(), meta(opf, "dcterms:conformsTo"), "nobody certified this book");
        assertEquals(List.of(), meta(opf, "a11y:certifiedBy"));
        assertEquals(List.of("textual", "visual"), meta(opf, "schema:accessMode"));
        assertEquals(List.of("textual", "textual,visual"), meta(opf, "schema:accessModeSufficient"));
        assertEquals(List.of("tableOfContents", "readingOrder", "structuralNavigation", "displayTransformability",
                "alternativeText"), meta(opf, "schema:accessibilityFeature"));
        assertEquals(List.of("none"), meta(opf, "schema:accessibilityHazard"));
        String summary = meta(opf, "schema:accessibilitySummary").get(0);
        assertTrue(summary.contains("Every image has a text description."), summary);
        assertTrue(summary.contains("Each note reference links to its note, and each note links back."), summary);
        assertTrue(summary.endsWith("No conformance to an accessibility standard is claimed."), summary);
        assertFalse(summary.contains("WCAG"), summary);
    }

    @Test
    void aClaimIsWrittenWithItsCertifier() throws IOException {
        Document opf = build("""
                accessibility:
                  conforms-to: EPUB Accessibility 1.1 - WCAG 2.1 Level AA
                  certified-by: Accessible Books Lab
                  certifier-credential: DAISY Ace Certified
                """, DESCRIBED);
        assertEquals(List.of("EPUB Accessibility 1.1 - WCAG 2.1 Level AA"), meta(opf, "dcterms:conformsTo"));
        assertEquals(List.of("Accessible Books Lab"), meta(opf, "a11y:certifiedBy"));
        Element credential = metas(opf).stream()
                .filter(e -> "a11y:certifierCredential".equals(e.getAttribute("property"))).findFirst().orElseThrow();
        assertEquals("DAISY Ace Certified", credential.getTextContent());
        assertEquals("#certifier", credential.getAttribute("refines"));
        assertTrue(meta(opf, "schema:accessibilitySummary").get(0).contains(
                "It claims conformance to EPUB Accessibility 1.1 - WCAG 2.1 Level AA."));
    }

    @Test
    void anExemptionIsWrittenAsTheW3cNoteSays() throws IOException {
        Document opf = build("accessibility:\n  exemption: eaa-microenterprise\n", DESCRIBED);
        assertEquals(List.of("eaa-microenterprise"), meta(opf, "a11y:exemption"));
        assertEquals(List.of(), meta(opf, "dcterms:conformsTo"));
    }

    @Test
    void anUnknownExemptionIsAnErrorWithAHint() throws IOException {
        m.file("book.yaml", Manuscripts.VALID_YAML + "accessibility:\n  exemption: eaa-micro-enterprise\n").file("one.md", "# One\n");
        Manuscripts.Run run = m.build("--format", "epub");
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains(m.shownDir() + "/book.yaml:6:14: error: 'eaa-micro-enterprise' is not an exemption of the W3C note; "
                + "write one of eaa-disproportionate-burden, eaa-fundamental-alteration, eaa-microenterprise (did you mean "
                + "'eaa-microenterprise'?)"), run.err());
    }

    /** A file name as alt text is a warning at the image, and the book no longer says its images are described. */
    @Test
    void fileNameAltTextIsWarnedAboutAndNotClaimedAsADescription() throws IOException {
        Document opf = build("", "# One\n\nText.\n\n![IMG_2041.jpg](images/harbour.png)\n");
        assertTrue(lastErr.contains(m.shownDir() + "/one.md:5:1: warning: the alt text 'IMG_2041.jpg' of image 'images/harbour.png' "
                + "describes nothing to a reader who cannot see it; say what the image shows"), lastErr);
        assertFalse(meta(opf, "schema:accessibilityFeature").contains("alternativeText"));
        assertEquals(List.of("textual,visual"), meta(opf, "schema:accessModeSufficient"), "text alone is not enough");
        String summary = meta(opf, "schema:accessibilitySummary").get(0);
        assertTrue(summary.contains("Some images have no real text description.") && !summary.contains("Every image"), summary);
    }

    @Test
    void aBookWithoutImagesIsTextual() throws IOException {
        Document opf = build("", "# One\n\nText.\n");
        assertEquals(List.of("textual"), meta(opf, "schema:accessMode"));
        assertEquals(List.of("textual"), meta(opf, "schema:accessModeSufficient"));
        assertFalse(meta(opf, "schema:accessibilityFeature").contains("alternativeText"));
    }
}
