package org.colophon.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.colophon.output.Format;
import org.colophon.testing.MemoryBuild;
import org.colophon.testing.TestManuscript;
import org.colophon.testing.Xml;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Markdown that authors write beyond CommonMark: inline notes, note labels in any case, ~~strikethrough~~, tasks. */
class MarkdownExtensionsTest {
    /** The valid book.yaml and {@code one.md}. */
    private static TestManuscript one(String markdown) {
        return TestManuscript.empty().chapter("one.md", markdown);
    }

    /** The real build of the EPUB in memory: no warning, EPUBCheck passes; its files. */
    private static Map<String, byte[]> buildEpub(TestManuscript m) {
        MemoryBuild run = MemoryBuild.run(m, Format.EPUB);
        assertEquals(0, run.exit(), run.messages());
        assertFalse(run.messages().contains("warning"), run.messages());
        assertEquals(List.of(), run.epubCheck());
        return run.epub();
    }

    /** GitHub's five alerts, in a book: valid in the EPUB, each under its word in both books, set in as quotations in print. */
    @Test
    void gitHubAlertsPassEpubCheckAndPrintUnderTheirTitles() throws IOException {
        StringBuilder chapter = new StringBuilder("# One\n\nBefore the alerts, a paragraph long enough to run over several lines "
                + "of the page, so that its measure is the whole text block's and the alerts' the quotation's.\n\n");
        for (String kind : List.of("NOTE", "TIP", "IMPORTANT", "WARNING", "CAUTION")) {
            chapter.append("> [!").append(kind).append("]\n> The ").append(kind.toLowerCase(java.util.Locale.ROOT))
                    .append(" says what a reader should know before going on, in a sentence that runs over a line.\n\n");
        }
        chapter.append(":::tip[Fenced, as Docusaurus writes it]\nThe fenced tip says what it says.\n:::\n\n"
                + "::: {.column}\nA pandoc div.\n:::\n");
        Map<String, byte[]> files = buildEpub(one(chapter.toString()));
        assertTrue(new String(files.get("EPUB/one.xhtml"), java.nio.charset.StandardCharsets.UTF_8)
                .contains("<p class=\"alert-title\">Fenced, as Docusaurus writes it</p>"));
        String xhtml = new String(files.get("EPUB/one.xhtml"), java.nio.charset.StandardCharsets.UTF_8);
        for (String title : List.of("Note", "Tip", "Important", "Warning", "Caution")) {
            assertTrue(xhtml.contains("<p class=\"alert-title\">" + title + "</p>"), xhtml);
        }
        assertFalse(xhtml.contains("[!") || xhtml.contains(":::"), xhtml);
        MemoryBuild print = MemoryBuild.run(one(chapter.toString()), Format.PDF);
        assertEquals(0, print.exit(), print.messages());
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(print.pdf())) {
            StringBuilder text = new StringBuilder();
            for (int page = 0; page < pdf.getNumberOfPages(); page++) {
                text.append(org.colophon.testing.Pdfs.pageText(pdf, page).replaceAll("[ \\t]+", " "));   // justified: wide gaps
            }
            for (String words : List.of("Note\nThe note says", "Tip\nThe tip says", "Caution\nThe caution says",
                    "Fenced, as Docusaurus writes it\nThe fenced tip says", "A pandoc div.")) {
                assertTrue(text.toString().contains(words), words + " in\n" + text);
            }
        }
    }

    @Test
    void noteLabelsMatchWhateverTheirCaseAndInlineNotesAreNumberedInReadingOrder() throws IOException {
        Map<String, byte[]> files = buildEpub(one("""
                # One

                First.[^Bar] Then inline.^[An *inline* note.] Last.[^last] Again.[^BAR]

                [^bar]: The bar note.
                [^LAST]: The last note.
                """));
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
        Document one = Xml.parse(buildEpub(one("""
                # One

                It costs ~~ten~~ five dollars, ~about~ that.

                - [ ] write the preface
                - [x] *draw* the map
                - an ordinary item
                """)).get("EPUB/one.xhtml"));
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
        TestManuscript m = one("""
                # One

                Never ~~closed, never ^[closed either.

                A stray {#anchor} here, a [reference][nowhere] and ![an image][nowhere].

                Escaped \\~~ and \\^[ and \\[x\\]\\[y\\] stay quiet; [defined][ok] works.

                [ok]: https://example.org
                """);
        MemoryBuild run = MemoryBuild.run(m, Format.EPUB);
        assertEquals(0, run.exit(), run.messages());
        String err = run.messages();
        for (String line : List.of(
                "3:7: warning: '~~' is printed as written",
                "3:23: warning: '^[' is printed as written",
                "5:9: warning: '{#anchor}' is printed as written",
                "5:27: warning: '[reference][nowhere]' is printed as written: no [nowhere]: … defines that reference",
                "5:52: warning: '![an image][nowhere]' is printed as written")) {
            assertTrue(err.contains(line), "expected\n" + line + "\nin\n" + err);
        }
        assertEquals(5, err.lines().filter(l -> l.contains("warning:")).count(), err);
        assertTrue(MemoryBuild.run(m, true, Format.EPUB).exit() == 1, "--strict refuses them");
    }
}
