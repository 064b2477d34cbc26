package org.colophon.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import nl.siegmann.epublib.domain.Author;
import nl.siegmann.epublib.domain.Book;
import nl.siegmann.epublib.domain.SpineReference;
import nl.siegmann.epublib.epub.EpubReader;
import org.colophon.output.Format;
import org.colophon.pipeline.BookBuild;
import org.colophon.pipeline.BuildRequest;
import org.colophon.pipeline.BuildResult;
import org.colophon.testing.Essay;
import org.colophon.testing.Xml;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The essay, built from manuscript/ into an EPUB, checked with EPUBCheck, epublib and against its source text. */
class EssayEpubTest {
    @TempDir
    static Path out;
    static Path epub;
    static BuildResult result;
    static Map<String, byte[]> files = new HashMap<>();

    @BeforeAll
    static void build() throws IOException {
        result = new BookBuild().run(new BuildRequest(Essay.MANUSCRIPT, out, Format.EPUB, false));
        epub = result.files().get(Format.EPUB);
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            for (ZipEntry e : Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(e)) {
                    files.put(e.getName(), in.readAllBytes());
                }
            }
        }
    }

    @Test
    void epubCheckFindsNothing() {
        List<EpubValidator.Finding> findings = new EpubValidator().validate(epub);
        assertEquals(List.of(), findings, "EPUBCheck " + EpubValidator.version());
    }

    @Test
    void fileIsNamedFromTheTitle() {
        assertEquals("an-alliance-between-vietnam-and-the-soviet-union.epub", epub.getFileName().toString());
    }

    @Test
    void mimetypeComesFirstAndUncompressed() throws IOException {
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            ZipEntry first = zip.entries().nextElement();
            assertEquals("mimetype", first.getName());
            assertEquals(ZipEntry.STORED, first.getMethod());
        }
        byte[] head = Files.readAllBytes(epub);
        assertEquals("mimetypeapplication/epub+zip", new String(head, 30, 28, StandardCharsets.US_ASCII));
    }

    /** The text read back in spine order (the pages Colophon makes aside) is the source essay, word for word. */
    @Test
    void textIsTheSourceWordForWord() throws IOException {
        Book book = new EpubReader().readEpub(Files.newInputStream(epub));
        StringBuilder text = new StringBuilder();
        for (SpineReference ref : book.getSpine().getSpineReferences()) {
            String id = ref.getResource().getId();
            if (List.of("cover-page", "nav", "title-page", "copyright", "colophon").contains(id)) {
                continue;
            }
            Document doc = Xml.parse(ref.getResource().getData());
            // the notes' subheads name their chapters: words Colophon adds, as the navigation does
            var h2 = doc.getElementsByTagNameNS("*", "h2");
            for (int i = h2.getLength() - 1; i >= 0; i--) {
                if (((Element) h2.item(i)).getAttribute("class").equals("notes-chapter")) {
                    h2.item(i).getParentNode().removeChild(h2.item(i));
                }
            }
            text.append(Xml.bodyText(doc)).append('\n');
        }
        Essay.assertWordForWord(text.toString(), "EPUB");
    }

    @Test
    void everyDiacriticSurvivesInNfc() {
        String all = files.entrySet().stream().filter(e -> e.getKey().endsWith(".xhtml"))
                .map(e -> new String(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining());
        for (String word : List.of("Giáp", "Văn", "Phi-Vân", "Lüthi", "Marangé", "Céline", "Menétrey-Monchau", "Siècle")) {
            assertTrue(all.contains(word), word);
        }
        assertTrue(Normalizer.isNormalized(all, Normalizer.Form.NFC));
    }

    /**
     * 14 notes: every reference reaches its note in its chapter's notes document; every note is an endnote whose
     * first element is the link back to its reference.
     */
    @Test
    void notesAreLinkedBothWaysAndPopUp() {
        Document first = Xml.parse(files.get("EPUB/notes-ch-02-sino-soviet-rupture.xhtml"));
        Element section = Xml.byId(first, "notes");
        assertEquals("endnotes", section.getAttributeNS(Xml.EPUB, "type"));
        assertEquals("doc-endnotes", section.getAttribute("role"));
        assertEquals("References", Xml.byId(first, "notes-title").getTextContent());
        assertFalse(files.containsKey("EPUB/notes-ch-01-opening.xhtml"), "a chapter without notes has no notes document");
        List<Element> refs = new ArrayList<>();
        Map<String, Document> chapters = new HashMap<>();
        for (String name : files.keySet().stream().filter(n -> n.matches("EPUB/ch-.*\\.xhtml")).sorted().toList()) {
            Document doc = Xml.parse(files.get(name));
            chapters.put(name.substring("EPUB/".length()), doc);
            for (Element a : Xml.elements(doc, "a")) {
                if ("noteref".equals(a.getAttributeNS(Xml.EPUB, "type"))) {
                    refs.add(a);
                }
            }
        }
        assertEquals(14, refs.size());
        for (int i = 0; i < refs.size(); i++) {
            Element a = refs.get(i);
            int number = i + 1;
            assertEquals(Integer.toString(number), a.getTextContent(), "notes are numbered in reading order");
            assertEquals("doc-noteref", a.getAttribute("role"));
            assertEquals("sup", ((Element) a.getParentNode()).getLocalName(), "the <sup> stands outside the <a>");
            String chapterFile = chapters.entrySet().stream().filter(e -> e.getValue() == a.getOwnerDocument())
                    .findFirst().orElseThrow().getKey();
            String notesFile = "notes-" + chapterFile;
            assertEquals(notesFile + "#note-" + number, a.getAttribute("href"));
            Document notes = Xml.parse(files.get("EPUB/" + notesFile));
            Element note = Xml.byId(notes, "note-" + number);
            assertNotNull(note, "note " + number + " exists");
            assertEquals("li", note.getLocalName());
            assertEquals("endnote", note.getAttributeNS(Xml.EPUB, "type"), "Apple Books pops up what says it is a note");
            assertEquals("", note.getAttribute("role"), "doc-endnote is deprecated in DPUB-ARIA 1.1: the item keeps its own role");
            Element back = Xml.elements(note.getOwnerDocument(), "a").stream().filter(b -> isWithin(b, note))
                    .findFirst().orElseThrow(() -> new AssertionError("note " + number + " has no link"));
            assertEquals("doc-backlink", back.getAttribute("role"), "the first link of note " + number + " leads back");
            Node firstChild = note.getFirstChild();
            while (!(firstChild instanceof Element)) {
                firstChild = firstChild.getNextSibling();
            }
            assertTrue(back.isSameNode(firstChild.getFirstChild()), "the back-link is the first thing in note " + number);
            assertEquals(chapterFile + "#" + a.getAttribute("id"), back.getAttribute("href"),
                    "back-link of note " + number + " returns to its reference");
        }
        assertEquals(14, result.notes());
    }

    private static boolean isWithin(Node node, Element ancestor) {
        for (Node n = node; n != null; n = n.getParentNode()) {
            if (n.isSameNode(ancestor)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void figuresHaveAltTextAndCaptions() {
        Document opening = Xml.parse(files.get("EPUB/ch-01-opening.xhtml"));
        Element figure = Xml.elements(opening, "figure").get(0);
        Element img = Xml.elements(opening, "img").get(0);
        assertTrue(img.getAttribute("alt").startsWith("Stand-in image"), "the alt text says it stands in for the original");
        String caption = Xml.elements(opening, "figcaption").get(0).getTextContent();
        assertTrue(caption.startsWith("The Admiral of the USSR Fleet"));
        assertTrue(caption.endsWith("Source: dantri.com.vn"));
        assertEquals("fig-1", figure.getAttribute("id"));
        assertEquals(3, result.figures());
    }

    @Test
    void everyDocumentIsXhtmlWithTheBookLanguage() {
        files.entrySet().stream().filter(e -> e.getKey().endsWith(".xhtml")).forEach(e -> {
            Element html = Xml.parse(e.getValue()).getDocumentElement();
            assertEquals(Xml.XHTML, html.getNamespaceURI(), e.getKey());
            assertEquals("en", html.getAttribute("lang"), e.getKey());
            assertEquals("en", html.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"), e.getKey());
            assertFalse(Xml.elements(Xml.parse(e.getValue()), "title").get(0).getTextContent().isBlank(), e.getKey());
        });
        assertEquals("The Sino-Soviet Rupture",
                Xml.elements(Xml.parse(files.get("EPUB/ch-02-sino-soviet-rupture.xhtml")), "title").get(0).getTextContent());
    }

    @Test
    void packageCarriesAccessibilityMetadata() {
        String opf = new String(files.get("EPUB/package.opf"), StandardCharsets.UTF_8);
        assertFalse(opf.contains("dcterms:conformsTo"), "the essay's book.yaml claims no conformance, so the book claims none");
        assertTrue(opf.contains("Every image has a text description."), "the summary says what holds of the essay's figures");
        for (String property : List.of("schema:accessMode", "schema:accessModeSufficient",
                "schema:accessibilityFeature", "schema:accessibilityHazard", "schema:accessibilitySummary", "dcterms:modified")) {
            assertTrue(opf.contains("property=\"" + property + "\""), property);
        }
        assertTrue(opf.contains("version=\"3.0\""));
        assertTrue(opf.contains("properties=\"cover-image\""));
        assertTrue(opf.contains("properties=\"nav\""));
    }

    /** The essay's author is its publisher: a title page names them once, as a trade book does. */
    @Test
    void theTitlePageNamesTheAuthorOnce() {
        String title = new String(files.get("EPUB/title-page.xhtml"), StandardCharsets.UTF_8);
        assertEquals(2, title.split("Phi-Vân Nguyen", -1).length, title);
    }

    @Test
    void fontsAreEmbeddedAndDeclared() {
        String css = new String(files.get("EPUB/css/book.css"), StandardCharsets.UTF_8);
        for (String face : List.of("Regular", "Italic", "Bold", "BoldItalic")) {
            assertTrue(files.containsKey("EPUB/fonts/Literata-" + face + ".ttf"), face);
            assertTrue(css.contains("url(\"../fonts/Literata-" + face + ".ttf\")"), face);
        }
        // the essay holds no code: the code face would be 800 KB of nothing
        assertTrue(files.keySet().stream().noneMatch(name -> name.contains("JetBrainsMono")), files.keySet().toString());
    }

    /** The cover page scales the 1600 × 2560 cover to any screen, whole and centred, through an SVG's viewBox. */
    @Test
    void coverFitsEveryScreen() {
        Document cover = Xml.parse(files.get("EPUB/cover.xhtml"));
        Element svg = (Element) cover.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg").item(0);
        assertNotNull(svg, "the cover is wrapped in an SVG");
        assertEquals("0 0 1600 2560", svg.getAttribute("viewBox"));
        assertEquals("xMidYMid meet", svg.getAttribute("preserveAspectRatio"));
        assertEquals("100%", svg.getAttribute("height"));
        assertEquals("img", svg.getAttribute("role"));
        assertTrue(svg.getAttribute("aria-label").startsWith("Cover of An Alliance"));
        Element image = (Element) svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "image").item(0);
        assertEquals("images/front.jpg", image.getAttributeNS("http://www.w3.org/1999/xlink", "href"));
        assertEquals(List.of(), Xml.elements(cover, "img"));
        String opf = new String(files.get("EPUB/package.opf"), StandardCharsets.UTF_8);
        assertTrue(opf.contains("href=\"cover.xhtml\" media-type=\"application/xhtml+xml\" properties=\"svg\""), opf);
    }

    @Test
    void appleBooksKeepsTheBooksTypefaces() {
        Document options = Xml.parse(files.get("META-INF/com.apple.ibooks.display-options.xml"));
        Element option = (Element) options.getElementsByTagName("option").item(0);
        assertEquals("specified-fonts", option.getAttribute("name"));
        assertEquals("true", option.getTextContent());
        assertEquals("*", ((Element) option.getParentNode()).getAttribute("name"));
    }

    /** Each document's body says which part of the book it is: reading apps open the book at its body matter. */
    @Test
    void documentsAreFrontBodyOrBackMatter() {
        Map<String, String> matter = new TreeMap<>();
        files.keySet().stream().filter(n -> n.endsWith(".xhtml")).forEach(n -> matter.put(n.substring("EPUB/".length()),
                Xml.elements(Xml.parse(files.get(n)), "body").get(0).getAttributeNS(Xml.EPUB, "type")));
        assertEquals("frontmatter", matter.remove("cover.xhtml"));
        assertEquals("frontmatter", matter.remove("nav.xhtml"));
        assertEquals("frontmatter", matter.remove("title-page.xhtml"));
        assertEquals("frontmatter", matter.remove("copyright.xhtml"));
        assertEquals("backmatter", matter.remove("colophon.xhtml"));
        matter.forEach((name, type) -> assertEquals(name.startsWith("notes-") ? "backmatter" : "bodymatter", type, name));
        assertEquals(9, matter.size());
    }

    /** Reading apps are built on epublib: the book must open in it with its title, author, spine and cover. */
    @Test
    void epublibOpensTheBook() throws IOException {
        Book book = new EpubReader().readEpub(Files.newInputStream(epub));
        assertEquals("An Alliance Between Vietnam and the Soviet Union", book.getTitle());
        assertEquals(1, book.getMetadata().getAuthors().size());
        Author author = book.getMetadata().getAuthors().get(0);
        assertEquals("Phi-Vân Nguyen", (author.getFirstname() + " " + author.getLastname()).strip());
        List<String> spine = book.getSpine().getSpineReferences().stream().map(r -> r.getResource().getHref()).toList();
        assertEquals(List.of("cover.xhtml", "title-page.xhtml", "copyright.xhtml", "nav.xhtml", "ch-01-opening.xhtml",
                "ch-02-sino-soviet-rupture.xhtml", "ch-03-neutral.xhtml", "ch-04-rapprochement.xhtml", "ch-05-treaty.xhtml",
                "notes-ch-02-sino-soviet-rupture.xhtml", "notes-ch-03-neutral.xhtml", "notes-ch-04-rapprochement.xhtml",
                "notes-ch-05-treaty.xhtml", "colophon.xhtml"), spine);
        assertNotNull(book.getCoverImage(), "cover image");
        assertEquals("images/front.jpg", book.getCoverImage().getHref());
    }
}
