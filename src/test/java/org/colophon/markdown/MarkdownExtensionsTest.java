package org.colophon.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.colophon.epub.EpubValidator;
import org.colophon.testing.Epubs;
import org.colophon.testing.Manuscripts;
import org.colophon.testing.Xml;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Markdown that authors write beyond CommonMark: inline notes, note labels in any case, ~~strikethrough~~, tasks. */
class MarkdownExtensionsTest {
    @TempDir
    Path tmp;
    Manuscripts m;
    String dir;

    @BeforeEach
    void setUp() throws IOException {
        m = new Manuscripts(tmp);
        m.file("book.yaml", Manuscripts.VALID_YAML);
        dir = m.dir().toAbsolutePath().toString();
    }

    private Map<String, byte[]> buildEpub() throws IOException {
        Manuscripts.Run run = m.build("--no-validate", "--format", "epub");
        assertEquals(0, run.exit(), run.err());
        assertFalse(run.err().contains("warning"), run.err());
        Path epub = m.out().resolve("a-test-book.epub");
        assertEquals(List.of(), new EpubValidator().validate(epub));
        return Epubs.entries(epub);
    }

    @Test
    void noteLabelsMatchWhateverTheirCaseAndInlineNotesAreNumberedInReadingOrder() throws IOException {
        m.file("one.md", """
                # One

                First.[^Bar] Then inline.^[An *inline* note.] Last.[^last] Again.[^BAR]

                [^bar]: The bar note.
                [^LAST]: The last note.
                """);
        Map<String, byte[]> files = buildEpub();
        Document one = Xml.parse(files.get("EPUB/one.xhtml"));
        List<Element> refs = Xml.elements(one, "a").stream().filter(a -> "noteref".equals(a.getAttributeNS(Xml.EPUB, "type"))).toList();
        assertEquals(List.of("1", "2", "3", "1"), refs.stream().map(Element::getTextContent).toList());
        Document notes = Xml.parse(files.get("EPUB/notes-one.xhtml"));
        List<Element> items = Xml.elements(notes, "li");
        assertEquals(3, items.size());
        assertTrue(items.get(0).getTextContent().strip().endsWith("The bar note."), items.get(0).getTextContent());
        assertTrue(items.get(1).getTextContent().strip().endsWith("An inline note."), items.get(1).getTextContent());
        assertEquals("inline", Xml.elements(notes, "em").get(0).getTextContent());
        assertTrue(items.get(2).getTextContent().strip().endsWith("The last note."));
        assertFalse(Xml.bodyText(one).contains("^["), "no inline note is printed as written");
    }

    @Test
    void strikethroughIsDeletedTextAndTasksAreBoxesWithALabel() throws IOException {
        m.file("one.md", """
                # One

                It costs ~~ten~~ five dollars, ~about~ that.

                - [ ] write the preface
                - [x] *draw* the map
                - an ordinary item
                """);
        Document one = Xml.parse(buildEpub().get("EPUB/one.xhtml"));
        assertEquals(List.of("ten", "about"), Xml.elements(one, "del").stream().map(Element::getTextContent).toList());
        List<Element> boxes = Xml.elements(one, "span").stream().filter(s -> s.getAttribute("class").startsWith("task")).toList();
        assertEquals(List.of("□", "■"), boxes.stream().map(Element::getTextContent).toList());
        assertEquals(List.of("not done", "done"), boxes.stream().map(s -> s.getAttribute("aria-label")).toList());
        assertEquals("img", boxes.get(0).getAttribute("role"));
        List<Element> items = Xml.elements(one, "li");
        assertEquals("□ write the preface", items.get(0).getTextContent());
        assertEquals("■ draw the map", items.get(1).getTextContent());
        assertEquals("an ordinary item", items.get(2).getTextContent());
    }

    @Test
    void syntaxLeftAsTextIsAPositionedWarning() throws IOException {
        m.file("one.md", """
                # One

                Never ~~closed, never ^[closed either.

                A stray {#anchor} here, a [reference][nowhere] and ![an image][nowhere].

                Escaped \\~~ and \\^[ and \\[x\\]\\[y\\] stay quiet; [defined][ok] works.

                [ok]: https://example.org
                """);
        Manuscripts.Run run = m.build("--format", "epub", "--no-validate");
        assertEquals(0, run.exit(), run.err());
        String err = run.err();
        for (String line : List.of(
                dir + "/one.md:3:7: warning: '~~' is printed as written",
                dir + "/one.md:3:23: warning: '^[' is printed as written",
                dir + "/one.md:5:9: warning: '{#anchor}' is printed as written",
                dir + "/one.md:5:27: warning: '[reference][nowhere]' is printed as written: no [nowhere]: … defines that reference",
                dir + "/one.md:5:52: warning: '![an image][nowhere]' is printed as written")) {
            assertTrue(err.contains(line), "expected\n" + line + "\nin\n" + err);
        }
        assertEquals(5, err.lines().filter(l -> l.contains("warning:")).count(), err);
        assertTrue(m.build("--format", "epub", "--no-validate", "--strict").exit() == 1, "--strict refuses them");
    }
}
