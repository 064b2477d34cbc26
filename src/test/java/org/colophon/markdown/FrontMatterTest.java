package org.colophon.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.colophon.epub.EpubValidator;
import org.colophon.testing.Epubs;
import org.colophon.testing.Manuscripts;
import org.colophon.testing.Xml;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** YAML front matter at the top of a chapter, as Hugo, Jekyll and pandoc write it. */
class FrontMatterTest {
    static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
    @TempDir
    Path tmp;
    Manuscripts m;
    String dir;

    @BeforeEach
    void setUp() throws IOException {
        m = new Manuscripts(tmp);
        m.file("book.yaml", Manuscripts.VALID_YAML + "chapters: [preface.md, one.md, dedication.md]\n");
        dir = m.dir().toAbsolutePath().toString();
    }

    @Test
    void frontMatterTitlesTheChapterSetsItsLanguageAndRole() throws IOException {
        m.file("preface.md", """
                ---
                title: Preface
                role: preface
                ---
                Some words before the book, with no heading. A missing [^n] note.

                [^n]: Defined.
                """.replace("A missing [^n] note.", "A note.[^n]"));
        m.file("one.md", """
                ---
                title: "Chương một"
                lang: vi
                ...

                # Một heading khác

                Xin chào "bạn".
                """);
        m.file("dedication.md", "---\nrole: dedication\n---\n# For Ada\n\nWho knew.\n");
        Manuscripts.Run run = m.build("--no-validate", "--format", "epub,pdf");   // a 1-page book: the cover would warn of KDP's 24-page minimum
        assertEquals(0, run.exit(), run.err());
        assertFalse(run.err().contains("warning"), run.err());
        Path epub = m.out().resolve("a-test-book.epub");
        assertEquals(List.of(), new EpubValidator().validate(epub));
        Map<String, byte[]> files = Epubs.entries(epub);

        Document preface = Xml.parse(files.get("EPUB/preface.xhtml"));
        assertEquals("Preface", Xml.elements(preface, "title").get(0).getTextContent());
        Element section = Xml.elements(preface, "section").get(0);
        assertEquals("preface", section.getAttributeNS(Xml.EPUB, "type"));
        assertEquals("doc-preface", section.getAttribute("role"));
        assertFalse(Xml.bodyText(preface).contains("title:"), "the front matter is not printed");
        assertFalse(Xml.bodyText(preface).contains("\u2042"), "its --- is not a thematic break");

        Document one = Xml.parse(files.get("EPUB/one.xhtml"));
        assertEquals("Chương một", Xml.elements(one, "title").get(0).getTextContent(), "title wins over the heading");
        assertEquals("vi", one.getDocumentElement().getAttribute("lang"));
        assertEquals("vi", one.getDocumentElement().getAttributeNS(XML_NS, "lang"));
        Element oneSection = Xml.elements(one, "section").get(0);
        assertEquals("vi", oneSection.getAttributeNS(XML_NS, "lang"));
        assertEquals("chapter", oneSection.getAttributeNS(Xml.EPUB, "type"));
        assertTrue(Xml.bodyText(one).contains("Xin chào “bạn”."), "typography of the chapter's language");

        Document dedication = Xml.parse(files.get("EPUB/dedication.xhtml"));
        assertEquals("For Ada", Xml.elements(dedication, "title").get(0).getTextContent());
        assertEquals("dedication", Xml.elements(dedication, "section").get(0).getAttributeNS(Xml.EPUB, "type"));

        String nav = new String(files.get("EPUB/nav.xhtml"), StandardCharsets.UTF_8);
        assertTrue(nav.contains(">Preface</a>") && nav.contains(">Chương một</a>"), nav);
        try (PDDocument pdf = Loader.loadPDF(m.out().resolve("a-test-book.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Preface") && text.contains("Chương một"), "contents and running heads use the titles");
            assertFalse(text.contains("title:") || text.contains("role:"), text);
        }
    }

    @Test
    void unknownKeysWarnAndBadYamlIsAnError() throws IOException {
        m.file("preface.md", "---\ntitel: Preface\nlayout: post\nrole: prefce\n---\n# Preface\n\nText.\n");
        m.file("one.md", "---\ntitle: [unclosed\n---\n# One\n\nText on line 5.[^x]\n");
        m.file("dedication.md", "---\nlang: not a tag\n---\n# For Ada\n");
        Manuscripts.Run run = m.build("--no-validate");
        assertEquals(1, run.exit());
        String err = run.err();
        for (String line : List.of(
                dir + "/preface.md:2:1: warning: front matter key 'titel' is not one Colophon reads; it is ignored (did you mean 'title'?)",
                dir + "/preface.md:3:1: warning: front matter key 'layout' is not one Colophon reads; it is ignored; Colophon reads title, lang, role",
                dir + "/preface.md:4:7: warning: role 'prefce' is not one Colophon knows",
                dir + "/one.md:3:1: error: the chapter's front matter is not valid YAML",
                dir + "/one.md:6:16: error: footnote [^x] is referenced but never defined",
                dir + "/dedication.md:2:7: error: 'not a tag' is not a BCP 47 language tag")) {
            assertTrue(err.contains(line), "expected\n" + line + "\nin\n" + err);
        }
    }

    /**
     * A Hugo site's chapters all carry keys Colophon does not read: each key is one warning for the book, at the
     * first chapter that has it, saying in how many it stands (a warning per key and chapter buried the others).
     */
    @Test
    void aKeyColophonDoesNotReadWarnsOncePerBook() throws IOException {
        m.file("book.yaml", Manuscripts.VALID_YAML + "chapters: [a.md, b.md, c.md]\n");
        String hugo = "---\nweight: %d\ndate: 2024-01-0%d\ntitle: Part %d\ntags: [go, books]\n---\n# Heading\n\nText.\n";
        m.file("a.md", "# A\n\nNo front matter here.\n");
        m.file("b.md", hugo.formatted(2, 2, 2));
        m.file("c.md", hugo.formatted(3, 3, 3).replace("tags: [go, books]\n", "tags: [go]\ndraft: true\nweight: 4\n"));
        Manuscripts.Run run = m.build("--no-validate");
        assertEquals(0, run.exit(), run.err());
        List<String> warnings = run.err().lines().filter(l -> l.contains("front matter")).toList();
        assertEquals(List.of(
                dir + "/b.md:2:1: warning: front matter key 'weight' (in 2 chapters) is not one Colophon reads; it is ignored"
                        + "; Colophon reads title, lang, role",
                dir + "/b.md:3:1: warning: front matter key 'date' (in 2 chapters) is not one Colophon reads; it is ignored"
                        + "; Colophon reads title, lang, role",
                dir + "/b.md:5:1: warning: front matter key 'tags' (in 2 chapters) is not one Colophon reads; it is ignored"
                        + "; Colophon reads title, lang, role",
                dir + "/c.md:6:1: warning: front matter key 'draft' is not one Colophon reads; it is ignored"
                        + "; Colophon reads title, lang, role"), warnings);
        // the keys Colophon reads still title the chapters
        String nav = new String(Epubs.entries(m.epub()).get("EPUB/nav.xhtml"), StandardCharsets.UTF_8);
        assertTrue(nav.contains(">Part 2</a>") && nav.contains(">Part 3</a>"), nav);
    }
    /** Hugo's TOML front matter (+++): its title, language and role are read, its other keys passed over, and kept out of the text. */
    @Test
    void tomlFrontMatterIsReadAsHugoWritesIt() throws IOException {
        m.file("book.yaml", Manuscripts.VALID_YAML);
        m.file("a.md", "+++\ntitle = \"Getting \\\"Started\\\"\"\nlang = 'vi'\nweight = 10\ndate = 2024-01-02T10:00:00Z\n"
                + "tags = [\"one\", \"two\"]\n\n[params]\ntitle = \"not the chapter's\"\n+++\n\n# Bắt đầu\n\nVăn bản [x](#nowhere).\n");
        m.file("b.md", "+++\ntitle = 42\n+++\n\n# B\n\nText.\n");
        Manuscripts.Run run = m.build("--no-validate", "--format", "epub");
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains(dir + "/a.md:14:9: error: link to '#nowhere'"), "the body keeps its line numbers: " + run.err());
        assertTrue(run.err().contains(dir + "/b.md:2:9: error: 'title' must be a text in quotes, such as title = \"…\""), run.err());
        for (String key : List.of("'weight'", "'date'", "'tags'", "'params'")) {
            assertTrue(run.err().contains("warning: front matter key " + key + " is not one Colophon reads"), key + ": " + run.err());
        }
        m.file("a.md", "+++\ntitle = \"Getting \\\"Started\\\"\"\nlang = 'vi'\nweight = 10\n+++\n\n# Bắt đầu\n\nVăn bản.\n");
        m.file("b.md", "# B\n\nText.\n");
        run = m.build("--no-validate", "--format", "epub");
        assertEquals(0, run.exit(), run.err());
        var files = Epubs.entries(m.epub());
        String nav = new String(files.get("EPUB/nav.xhtml"), StandardCharsets.UTF_8);
        assertTrue(nav.contains(">Getting “Started”</a>"), nav);
        String a = new String(files.get("EPUB/a.xhtml"), StandardCharsets.UTF_8);
        assertTrue(a.contains("xml:lang=\"vi\"") && !a.contains("+++") && !a.contains("weight"), a);
    }
    /** TOML as Hugo sites hold it: arrays and strings over several lines, dotted keys; passed over, the title read. */
    @Test
    void tomlValuesOverSeveralLinesArePassedOver() throws IOException {
        m.file("book.yaml", Manuscripts.VALID_YAML);
        m.file("a.md", "+++\ntags = [\n  \"a\",\n  \"b]\",\n]\ndescription = \"\"\"\nLong\n= text\n\"\"\"\n"
                + "params.author = \"X\"\ntitle = \"Intro\" # the title\n+++\n\n## Start\n\nText.\n");
        Manuscripts.Run run = m.build("--no-validate", "--format", "epub");
        assertEquals(0, run.exit(), run.err());
        for (String key : List.of("'tags'", "'description'", "'params'")) {
            assertTrue(run.err().contains("warning: front matter key " + key + " is not one Colophon reads"), key + ": " + run.err());
        }
        String nav = new String(Epubs.entries(m.epub()).get("EPUB/nav.xhtml"), StandardCharsets.UTF_8);
        assertTrue(nav.contains(">Intro</a>"), nav);
    }
}
