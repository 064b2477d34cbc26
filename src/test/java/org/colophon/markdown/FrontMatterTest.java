package org.colophon.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.colophon.output.Format;
import org.colophon.testing.MemoryBuild;
import org.colophon.testing.TestManuscript;
import org.colophon.testing.Xml;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** YAML front matter at the top of a chapter, as Hugo, Jekyll and pandoc write it. */
class FrontMatterTest {
    static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
    /** The book of the first two tests: preface.md, one.md, dedication.md (each printed with its name). */
    private static final TestManuscript BOOK = TestManuscript.empty().yaml("chapters: [preface.md, one.md, dedication.md]");

    @Test
    void frontMatterTitlesTheChapterSetsItsLanguageAndRole() throws IOException {
        TestManuscript m = BOOK.file("preface.md", """
                ---
                title: Preface
                role: preface
                ---
                Some words before the book, with no heading. A missing [^n] note.

                [^n]: Defined.
                """.replace("A missing [^n] note.", "A note.[^n]")).file("one.md", """
                ---
                title: "Chương một"
                lang: vi
                ...

                # Một heading khác

                Xin chào "bạn".
                """).file("dedication.md", "---\nrole: dedication\n---\n# For Ada\n\nWho knew.\n");
        MemoryBuild run = MemoryBuild.run(m, Format.EPUB, Format.PDF);   // a 1-page book: the cover would warn of KDP's 24-page minimum
        assertEquals(0, run.exit(), run.messages());
        assertFalse(run.messages().contains("warning"), run.messages());
        assertEquals(List.of(), run.epubCheck());
        Map<String, byte[]> files = run.epub();

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
        try (PDDocument pdf = Loader.loadPDF(run.pdf())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Preface") && text.contains("Chương một"), "contents and running heads use the titles");
            assertFalse(text.contains("title:") || text.contains("role:"), text);
        }
    }

    @Test
    void unknownKeysWarnAndBadYamlIsAnError() throws IOException {
        MemoryBuild run = MemoryBuild.run(BOOK.file("preface.md", "---\ntitel: Preface\nlayout: post\nrole: prefce\n---\n# Preface\n\nText.\n")
                .file("one.md", "---\ntitle: [unclosed\n---\n# One\n\nText on line 5.[^x]\n")
                .file("dedication.md", "---\nlang: not a tag\n---\n# For Ada\n"));
        assertEquals(1, run.exit());
        String err = run.messages();
        for (String line : List.of(
                "preface.md:2:1: warning: front matter key 'titel' is not one Colophon reads; it is ignored (did you mean 'title'?)",
                "preface.md:3:1: warning: front matter key 'layout' is not one Colophon reads; it is ignored; Colophon reads title, lang, role",
                "preface.md:4:7: warning: role 'prefce' is not one Colophon knows",
                "one.md:3:1: error: the chapter's front matter is not valid YAML",
                "one.md:6:16: error: footnote [^x] is referenced but never defined",
                "dedication.md:2:7: error: 'not a tag' is not a BCP 47 language tag")) {
            assertTrue(err.contains(line), "expected\n" + line + "\nin\n" + err);
        }
    }

    /**
     * A Hugo site's chapters all carry keys Colophon does not read: each key is one warning for the book, at the
     * first chapter that has it, saying in how many it stands (a warning per key and chapter buried the others).
     */
    @Test
    void aKeyColophonDoesNotReadWarnsOncePerBook() throws IOException {
        String hugo = "---\nweight: %d\ndate: 2024-01-0%d\ntitle: Part %d\ntags: [go, books]\n---\n# Heading\n\nText.\n";
        MemoryBuild run = MemoryBuild.run(TestManuscript.empty().yaml("chapters: [a.md, b.md, c.md]")
                .file("a.md", "# A\n\nNo front matter here.\n").file("b.md", hugo.formatted(2, 2, 2))
                .file("c.md", hugo.formatted(3, 3, 3).replace("tags: [go, books]\n", "tags: [go]\ndraft: true\nweight: 4\n")));
        assertEquals(0, run.exit(), run.messages());
        List<String> warnings = run.diagnostics().stream().filter(l -> l.contains("front matter")).toList();
        assertEquals(List.of(
                "b.md:2:1: warning: front matter key 'weight' (in 2 chapters) is not one Colophon reads; it is ignored"
                        + "; Colophon reads title, lang, role",
                "b.md:3:1: warning: front matter key 'date' (in 2 chapters) is not one Colophon reads; it is ignored"
                        + "; Colophon reads title, lang, role",
                "b.md:5:1: warning: front matter key 'tags' (in 2 chapters) is not one Colophon reads; it is ignored"
                        + "; Colophon reads title, lang, role",
                "c.md:6:1: warning: front matter key 'draft' is not one Colophon reads; it is ignored"
                        + "; Colophon reads title, lang, role"), warnings);
        // the keys Colophon reads still title the chapters
        String nav = new String(run.epub().get("EPUB/nav.xhtml"), StandardCharsets.UTF_8);
        assertTrue(nav.contains(">Part 2</a>") && nav.contains(">Part 3</a>"), nav);
    }
    /** Hugo's TOML front matter (+++): its title, language and role are read, its other keys passed over, and kept out of the text. */
    @Test
    void tomlFrontMatterIsReadAsHugoWritesIt() throws IOException {
        MemoryBuild run = MemoryBuild.run(TestManuscript.empty()
                .file("a.md", "+++\ntitle = \"Getting \\\"Started\\\"\"\nlang = 'vi'\nweight = 10\ndate = 2024-01-02T10:00:00Z\n"
                + "tags = [\"one\", \"two\"]\n\n[params]\ntitle = \"not the chapter's\"\n+++\n\n# Bắt đầu\n\nVăn bản [x](#nowhere).\n")
                .file("b.md", "+++\ntitle = 42\n+++\n\n# B\n\nText.\n"), Format.EPUB);
        assertEquals(1, run.exit(), run.messages());
        assertTrue(run.messages().contains("a.md:14:9: error: link to '#nowhere'"), "the body keeps its line numbers: " + run.messages());
        assertTrue(run.messages().contains("b.md:2:9: error: 'title' must be a text in quotes, such as title = \"…\""), run.messages());
        for (String key : List.of("'weight'", "'date'", "'tags'", "'params'")) {
            assertTrue(run.messages().contains("warning: front matter key " + key + " is not one Colophon reads"), key + ": " + run.messages());
        }
        run = MemoryBuild.run(TestManuscript.empty()
                .file("a.md", "+++\ntitle = \"Getting \\\"Started\\\"\"\nlang = 'vi'\nweight = 10\n+++\n\n# Bắt đầu\n\nVăn bản.\n")
                .file("b.md", "# B\n\nText.\n"), Format.EPUB);
        assertEquals(0, run.exit(), run.messages());
        var files = run.epub();
        String nav = new String(files.get("EPUB/nav.xhtml"), StandardCharsets.UTF_8);
        assertTrue(nav.contains(">Getting “Started”</a>"), nav);
        String a = new String(files.get("EPUB/a.xhtml"), StandardCharsets.UTF_8);
        assertTrue(a.contains("xml:lang=\"vi\"") && !a.contains("+++") && !a.contains("weight"), a);
    }
    /** TOML as Hugo sites hold it: arrays and strings over several lines, dotted keys; passed over, the title read. */
    @Test
    void tomlValuesOverSeveralLinesArePassedOver() throws IOException {
        MemoryBuild run = MemoryBuild.run(TestManuscript.empty()
                .file("a.md", "+++\ntags = [\n  \"a\",\n  \"b]\",\n]\ndescription = \"\"\"\nLong\n= text\n\"\"\"\n"
                + "params.author = \"X\"\ntitle = \"Intro\" # the title\n+++\n\n## Start\n\nText.\n"), Format.EPUB);
        assertEquals(0, run.exit(), run.messages());
        for (String key : List.of("'tags'", "'description'", "'params'")) {
            assertTrue(run.messages().contains("warning: front matter key " + key + " is not one Colophon reads"), key + ": " + run.messages());
        }
        String nav = new String(run.epub().get("EPUB/nav.xhtml"), StandardCharsets.UTF_8);
        assertTrue(nav.contains(">Intro</a>"), nav);
    }
}
