package org.colophon.book;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.colophon.testing.Epubs;
import org.colophon.testing.Manuscripts;
import org.colophon.testing.Pdfs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A book whose chapters are grouped in two parts, with a preface before them and acknowledgements after them given
 * their role in book.yaml, built by the real command line (EPUBCheck passes it): each part's document and place in
 * the spine, the nav, the NCX and its depth, toc-depth 3 for the EPUB, and in print each part's page on a recto,
 * the contents page and the bookmarks.
 */
class PartsTest {
    @TempDir
    static Path tmp;
    static Map<String, byte[]> epub;
    static Path pdf;

    @BeforeAll
    static void build() throws IOException {
        Manuscripts ms = new Manuscripts(tmp).file("book.yaml", """
                title: Shores
                authors: [Ada Writer]
                language: en
                identifier: urn:uuid:0d7f6d8e-7c61-4a53-9a39-2f8f1b0c9e19
                toc-depth: 3
                chapters:
                  - pre.md
                  - part: The Sea
                    chapters:
                      - one.md
                      - two.md
                  - part: The Land
                    chapters: [three.md]
                  - file: thanks.md
                    role: acknowledgements
                """)
                .file("pre.md", "---\nrole: preface\n---\n# Preface\n\nWhy.\n")
                .file("one.md", "# Harbours\n\nText.[^a]\n\n[^a]: A note.\n\n## Tides\n\nMore.\n\n### Neap tides\n\nEven more.\n")
                .file("two.md", "# Ships\n\nText.\n\n## Sails\n\nSail.\n")
                .file("three.md", "# Fields\n\nText.\n")
                .file("thanks.md", "# Thanks\n\nTo all.\n");
        Manuscripts.Run run = ms.build();
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("0 errors, 0 warnings"), run.out());
        epub = Epubs.entries(ms.epub());
        pdf = ms.interiorPdf();
    }

    /** A document of the EPUB, without the print edition's page-break markers (PageMarkersTest checks those). */
    static String doc(String name) {
        return new String(epub.get("EPUB/" + name), StandardCharsets.UTF_8)
                .replaceAll("<span epub:type=\"pagebreak\"[^>]*/>", "");
    }

    @Test
    void eachPartIsADocumentInTheSpineBeforeItsFirstChapter() {
        assertEquals(List.of("title-page", "copyright", "nav", "pre", "part-1", "one", "two", "part-2", "three", "thanks",
                "notes-one", "colophon"), FrontAndBackMatterTest.all("<itemref idref=\"([^\"]+)\"", doc("package.opf")));
        String part = doc("part-1.xhtml");
        assertTrue(part.contains("<section id=\"part-1\" class=\"part\" epub:type=\"part\" role=\"doc-part\""), part);
        assertTrue(part.contains("<span class=\"part-number\">Part I</span><br/><span class=\"part-name\">The Sea</span>"), part);
        assertTrue(part.contains("<title>Part I. The Sea</title>"), part);
        assertTrue(doc("part-2.xhtml").contains(">Part II</span>"), doc("part-2.xhtml"));
    }

    @Test
    void theNavHasALevelForPartsAndTocDepthThreeShowsSubsections() {
        String nav = doc("nav.xhtml");
        String toc = nav.substring(nav.indexOf("<ol class=\"toc\">"), nav.indexOf("</nav>"));
        assertEquals("""
                <ol class="toc">
                <li><a href="pre.xhtml">Preface</a></li>
                <li><a href="part-1.xhtml">Part I. The Sea</a>
                <ol>
                <li><a href="one.xhtml">Harbours</a>
                <ol>
                <li><a href="one.xhtml#tides">Tides</a>
                <ol>
                <li><a href="one.xhtml#neap-tides">Neap tides</a></li>
                </ol>
                </li>
                </ol>
                </li>
                <li><a href="two.xhtml">Ships</a>
                <ol>
                <li><a href="two.xhtml#sails">Sails</a></li>
                </ol>
                </li>
                </ol>
                </li>
                <li><a href="part-2.xhtml">Part II. The Land</a>
                <ol>
                <li><a href="three.xhtml">Fields</a></li>
                </ol>
                </li>
                <li><a href="thanks.xhtml">Thanks</a></li>
                <li><a href="notes-one.xhtml">Notes</a></li>
                </ol>
                """, toc);
    }

    @Test
    void theNcxNestsTheSameLevelsAndSaysItsDepth() {
        String ncx = doc("toc.ncx");
        assertTrue(ncx.contains("<meta name=\"dtb:depth\" content=\"4\"/>"), "part, chapter, section, subsection: " + ncx);
        int part = ncx.indexOf("<text>Part I. The Sea</text>");
        int chapter = ncx.indexOf("<text>Harbours</text>");
        int closing = ncx.indexOf("</navPoint>", part);
        assertTrue(part > 0 && chapter > part && chapter < closing, "the chapter's navPoint is inside its part's: " + ncx);
        assertTrue(ncx.contains("<content src=\"part-2.xhtml\"/>"), ncx);
    }

    @Test
    void aRoleGivenInBookYamlMakesTheChapterWhatItSays() {
        String thanks = doc("thanks.xhtml");
        assertTrue(thanks.contains("epub:type=\"acknowledgments\" role=\"doc-acknowledgments\""), thanks);
        assertTrue(thanks.contains("<body epub:type=\"backmatter\">"), thanks);
    }

    @Test
    void inPrintEachPartHasABarePageOnARectoAndItsFirstChapterTheNextRecto() throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            int part = FrontAndBackMatterTest.find(d, "The Sea\n");
            assertEquals(0, part % 2, "the part's page is a recto");
            assertEquals("Part I\nThe Sea", Pdfs.pageText(d, part).strip(), "alone, with no running head and no folio");
            assertEquals("", Pdfs.pageText(d, part + 1).strip(), "its back is blank");
            assertTrue(Pdfs.pageText(d, part + 2).startsWith("Harbours"), Pdfs.pageText(d, part + 2));
            int land = FrontAndBackMatterTest.find(d, "Part II\nThe Land");
            assertEquals(0, land % 2);
            assertEquals("Part II\nThe Land", Pdfs.pageText(d, land).strip());
        }
    }

    @Test
    void thePrintedContentsListThePartsWithTheirChaptersAndSections() throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            String contents = Pdfs.pageText(d, FrontAndBackMatterTest.find(d, "Contents"));
            List<String> labels = new ArrayList<>();
            for (String line : contents.split("\n")) {
                if (line.contains("..")) {
                    labels.add(line.replaceAll("\\s*\\.{2,}.*", "").strip());
                }
            }
            // print keeps its own default depth (2): sections, not subsections
            assertEquals(List.of("Preface", "Part I. The Sea", "Harbours", "Tides", "Ships", "Sails", "Part II. The Land",
                    "Fields", "Thanks", "Notes"), labels);
        }
    }

    @Test
    void theBookmarksHaveALevelForPartsAndEveryHeading() throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            List<String> top = new ArrayList<>();
            PDOutlineItem sea = null;
            for (PDOutlineItem item : d.getDocumentCatalog().getDocumentOutline().children()) {
                top.add(item.getTitle());
                if (item.getTitle().equals("Part I. The Sea")) {
                    sea = item;
                }
            }
            assertEquals(List.of("Preface", "Part I. The Sea", "Part II. The Land", "Thanks", "Notes"), top);
            assertEquals(FrontAndBackMatterTest.find(d, "The Sea\n"), Pdfs.pageOf(d, sea.getDestination()));
            PDOutlineItem harbours = sea.getFirstChild();
            assertEquals("Harbours", harbours.getTitle());
            assertEquals("Tides", harbours.getFirstChild().getTitle());
            assertEquals("Neap tides", harbours.getFirstChild().getFirstChild().getTitle(), "bookmarks keep every level");
            assertFalse(sea.getNextSibling().getTitle().equals("Ships"), "Ships is under the part, not beside it");
        }
    }

    @Test
    void mistakesInTheChapterListAreReportedWhereTheyStandAndNothingIsWritten(@TempDir Path dir) throws IOException {
        Manuscripts ms = new Manuscripts(dir).file("book.yaml", Manuscripts.VALID_YAML + """
                chapters:
                  - one.md
                  - part: Empty
                    chapters: []
                  - part: Twice
                    chapters:
                      - one.md
                      - too.md
                  - part: Nested
                    chapters:
                      - part: Inner
                        chapters: [two.md]
                  - file: two.md
                    role: acknowledgement
                """).file("one.md", "# One\n\nText.\n").file("two.md", "# Two\n\nText.\n");
        Manuscripts.Run run = ms.build();
        assertEquals(1, run.exit(), run.err());
        assertTrue(ms.nothingWritten());
        for (String expected : List.of(
                "book.yaml:7:5: error: part 'Empty' has no chapters; list its chapter files under 'chapters:'",
                "book.yaml:11:9: error: chapter 'one.md' is listed twice (first at line 6)",
                "book.yaml:12:9: error: chapter 'too.md' does not exist (did you mean 'two.md'?)",
                "book.yaml:15:9: error: a part cannot hold another part",
                "book.yaml:18:11: error: role 'acknowledgement' is not one Colophon knows; write one of",
                "(did you mean 'acknowledgements'?)")) {
            assertTrue(run.err().contains(expected), expected + " in\n" + run.err());
        }
    }

    @Test
    void tocDepthOutOfRangeIsAnErrorThatSaysWhatItCounts(@TempDir Path dir) throws IOException {
        Manuscripts ms = new Manuscripts(dir).file("book.yaml", Manuscripts.VALID_YAML + "toc-depth: 4\n")
                .file("one.md", "# One\n\nText.\n");
        Manuscripts.Run run = ms.build();
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains("book.yaml:5:12: error: 'toc-depth' must be a number from 1 to 3 (the heading levels"
                + " the EPUB's contents show: 1 chapters, 2 sections, 3 subsections), not '4'"), run.err());
    }
}
