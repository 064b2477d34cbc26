package org.colophon.xhtml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.colophon.epub.EpubWriter;
import org.colophon.book.Block;
import org.colophon.book.Book;
import org.colophon.book.Chapter;
import org.colophon.book.Inline;
import org.colophon.book.LinkTarget;
import org.colophon.book.Metadata;
import org.colophon.book.Note;
import org.colophon.testing.Xml;
import org.colophon.typeface.Typefaces;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The renderer alone, on a hand-made model: no Markdown involved. */
class XhtmlRendererTest {
    static final Metadata META = new Metadata("Sách", Optional.empty(), List.of("Tác Giả"), "vi", "", "", "",
            "urn:uuid:1", Optional.empty(), "", List.of(), "Ghi chú", Optional.empty());

    static Book book() {
        Chapter ch = new Chapter("mot", "Chương Một", "mot.md", List.of(
                new Block.Heading(1, "chuong-mot", List.of(new Inline.Text("Chương Một"))),
                new Block.Paragraph(List.of(new Inline.Text("a < b & \"c\""), new Inline.NoteRef(1, "ref-1"),
                        new Inline.Link(new LinkTarget.Internal("mot", "chuong-mot"), "", List.of(new Inline.Text("lên")))))));
        Note note = new Note(1, "mot", List.of("ref-1"), List.of(new Block.Paragraph(List.of(new Inline.Text("Một ghi chú.")))));
        return new Book(META, List.of(ch), List.of(note), List.of(), Optional.empty(), Typefaces.literata(),
                Instant.EPOCH);
    }

    @Test
    void ebookChapterIsWellFormedWithLanguageAndEscapes() {
        XhtmlRenderer r = new XhtmlRenderer(book(), EpubWriter.PROFILE);
        Document doc = Xml.parse(r.chapterDocument(book().chapters().get(0)).getBytes(StandardCharsets.UTF_8));
        Element html = doc.getDocumentElement();
        assertEquals("vi", html.getAttribute("lang"));
        assertEquals("vi", html.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"));
        assertEquals("Chương Một", Xml.elements(doc, "title").get(0).getTextContent());
        assertTrue(Xml.elements(doc, "p").get(0).getTextContent().startsWith("a < b & \"c\""));
        Element ref = Xml.elements(doc, "a").get(0);
        assertEquals("notes-mot.xhtml#note-1", ref.getAttribute("href"), "a chapter's notes are in its own notes document");
        assertEquals("sup", ref.getParentNode().getLocalName());
        assertEquals("mot.xhtml#chuong-mot", Xml.elements(doc, "a").get(1).getAttribute("href"));
    }

    @Test
    void printProfileUsesFragmentsOnly() {
        XhtmlRenderer r = new XhtmlRenderer(book(), Profile.PRINT);
        org.colophon.xml.XmlWriter w = r.documentStart("Sách");
        r.chapter(w, book().chapters().get(0));
        r.notes(w);
        Document doc = Xml.parse(r.documentEnd(w).getBytes(StandardCharsets.UTF_8));
        List<String> hrefs = Xml.elements(doc, "a").stream().map(a -> a.getAttribute("href")).toList();
        // a note reference leads to the note's number, where its first line is (Flying Saucer may begin the list item's
        // box on the page before)
        assertEquals(List.of("#note-1-number", "#chuong-mot", "#ref-1"), hrefs);
        assertEquals("1.", Xml.byId(doc, "note-1-number").getTextContent());
        assertEquals("Ghi chú", Xml.byId(doc, "notes-title").getTextContent());
    }
}
