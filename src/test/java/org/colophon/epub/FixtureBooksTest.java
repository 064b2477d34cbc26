package org.colophon.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.siegmann.epublib.epub.EpubReader;
import org.colophon.pipeline.BookBuild;
import org.colophon.pipeline.BuildRequest;
import org.colophon.pipeline.BuildResult;
import org.colophon.output.Format;
import org.colophon.testing.Epubs;
import org.colophon.testing.Xml;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Small fixture books that use what the essay does not: EPUBCheck must pass every one of them. */
class FixtureBooksTest {
    static final Path BOOKS = Path.of("src/test/resources/books");

    @TempDir
    Path out;

    private Path build(String name) throws IOException {
        BuildResult r = new BookBuild().run(new BuildRequest(BOOKS.resolve(name), out, Format.EPUB, false));
        return r.files().get(Format.EPUB);
    }

    @ParameterizedTest
    @ValueSource(strings = {"minimal", "features"})
    void epubCheckFindsNothing(String book) throws IOException {
        Path epub = build(book);
        assertEquals(List.of(), new EpubValidator().validate(epub));
        assertNotNull(new EpubReader().readEpub(Files.newInputStream(epub)).getTitle());
    }

    @Test
    void withoutAChapterListEveryMarkdownFileIsAChapter() throws IOException {
        Map<String, byte[]> files = Epubs.entries(build("minimal"));
        Document doc = Xml.parse(files.get("EPUB/only.xhtml"));
        String text = Xml.bodyText(doc);
        assertTrue(text.contains("& < > stay text"), text);
        assertEquals(1, Xml.elements(doc, "em").size());
        assertEquals(1, Xml.elements(doc, "strong").size());
        assertEquals(1, Xml.elements(doc, "code").size());
    }

    @Test
    void everyConstructComesThrough() throws IOException {
        Map<String, byte[]> files = Epubs.entries(build("features"));
        Document one = Xml.parse(files.get("EPUB/one.xhtml"));
        assertEquals(2, Xml.elements(one, "ol").size() + Xml.elements(one, "ul").size());
        assertEquals(1, Xml.elements(one, "blockquote").size());
        assertEquals(1, Xml.elements(one, "table").size());
        assertEquals("text-align: center", Xml.elements(one, "th").get(1).getAttribute("style"));
        assertEquals("Nguyễn", Xml.elements(one, "td").get(4).getTextContent());
        assertTrue(Xml.elements(one, "code").stream().anyMatch(c -> c.getTextContent().contains("a < b && c > d")));
        assertEquals(1, Xml.elements(one, "br").size());
        assertEquals(1, Xml.elements(one, "p").stream().filter(p -> p.getAttribute("class").equals("scene-break")).count());
        assertEquals(1, Xml.elements(one, "figure").size());
        assertEquals(2, Xml.elements(one, "img").size(), "one figure, one inline image");

        List<Element> links = Xml.elements(one, "a");
        assertTrue(links.stream().anyMatch(a -> a.getAttribute("href").equals("two.xhtml#a-section")), "link to another chapter");
        assertTrue(links.stream().anyMatch(a -> a.getAttribute("href").equals("https://example.org/path?x=1&y=2")), "web link");

        // a note referenced twice keeps one number; the note links back to the first reference
        List<Element> refs = links.stream().filter(a -> "noteref".equals(a.getAttributeNS(Xml.EPUB, "type"))).toList();
        assertEquals(List.of("1", "1", "2"), refs.stream().map(Element::getTextContent).toList());
        assertEquals(List.of("ref-1", "ref-1-2", "ref-2"), refs.stream().map(a -> a.getAttribute("id")).toList());
        Document notes = Xml.parse(files.get("EPUB/notes-one.xhtml"));
        assertEquals(2, Xml.elements(Xml.byId(notes, "note-2").getOwnerDocument(), "li").stream()
                .filter(li -> li.getAttribute("id").equals("note-2")).findFirst().orElseThrow()
                .getElementsByTagNameNS(Xml.XHTML, "p").getLength(), "a note keeps its two paragraphs");
        // each chapter's notes have a document of their own, numbered on through the book
        Document two = Xml.parse(files.get("EPUB/two.xhtml"));
        assertEquals("notes-two.xhtml#note-3", Xml.elements(two, "a").stream()
                .filter(a -> "noteref".equals(a.getAttributeNS(Xml.EPUB, "type"))).findFirst().orElseThrow().getAttribute("href"));
        Document twoNotes = Xml.parse(files.get("EPUB/notes-two.xhtml"));
        assertNotNull(Xml.byId(twoNotes, "note-3"), "notes are numbered through the book");
        assertEquals("3", Xml.elements(twoNotes, "ol").get(0).getAttribute("start"));
        assertEquals(List.of(), Xml.elements(twoNotes, "h1"), "only the first notes document has the heading");
        assertFalse(files.containsKey("EPUB/notes.xhtml"));

        String nav = new String(files.get("EPUB/nav.xhtml"), StandardCharsets.UTF_8);
        assertTrue(nav.contains("href=\"one.xhtml#a-subsection\""), "second-level headings are nested in the contents");
        String opf = new String(files.get("EPUB/package.opf"), StandardCharsets.UTF_8);
        assertTrue(opf.contains("urn:isbn:9783161484100"));
        assertTrue(opf.contains("<dc:title id=\"subtitle\">A fixture book that uses every construct</dc:title>"));
        assertTrue(opf.contains("<dc:creator id=\"author-2\">Bảo Trần</dc:creator>"));
        assertTrue(opf.contains("<meta refines=\"#author-2\" property=\"file-as\">Trần, Bảo</meta>"), "an author's sort name");
        assertFalse(opf.contains("refines=\"#author-1\" property=\"file-as\""), "none where book.yaml gives none");
        assertTrue(opf.contains("media-type=\"image/png\""));
    }
}
