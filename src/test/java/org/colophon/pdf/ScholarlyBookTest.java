package org.colophon.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.colophon.pipeline.BookBuild;
import org.colophon.pipeline.BuildRequest;
import org.colophon.pipeline.BuildResult;
import org.colophon.epub.EpubValidator;
import org.colophon.output.Format;
import org.colophon.testing.Epubs;
import org.colophon.testing.Pdfs;
import org.colophon.testing.VeraPdf;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scholarly book built to both formats: citations in a note style (and again in an author-date style), a
 * bibliography, cross-references and an index. EPUBCheck finds nothing, the PDF is PDF/A-1b, and each page number the
 * printed index gives is a page that prints the term, as the EPUB's index labels its links.
 */
class ScholarlyBookTest {
    static final Path BOOK = Path.of("src/test/resources/books/scholarly");

    @TempDir
    static Path out;
    static BuildResult notes;
    static BuildResult authorDate;

    @BeforeAll
    static void build() throws IOException {
        notes = new BookBuild().run(new BuildRequest(BOOK, out.resolve("notes"), Format.ALL, true));
        Path copy = out.resolve("author-date-manuscript");
        Files.createDirectories(copy.resolve("images"));
        try (var files = Files.walk(BOOK)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, copy.resolve(BOOK.relativize(f).toString()));
            }
        }
        Path yaml = copy.resolve("book.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("csl: chicago-notes-bibliography", "csl: chicago-author-date"));
        authorDate = new BookBuild().run(new BuildRequest(copy, out.resolve("author-date"), Format.ALL, true));
    }

    @Test
    void bothStylesPassEpubCheckAndVeraPdf() throws Exception {
        for (BuildResult r : List.of(notes, authorDate)) {
            assertEquals(List.of("EPUBCheck 5.3.0: 0 errors, 0 warnings"), r.validation());
            assertEquals(List.of(), new EpubValidator().validate(r.files().get(Format.EPUB)));
            assertEquals(List.of(), VeraPdf.pdfA1bFailures(r.files().get(Format.PDF)));
            assertEquals(List.of(), r.warnings().stream().map(Object::toString).filter(w -> !w.contains("KDP prints")).toList());
        }
    }

    @Test
    void aNoteStyleCitesInTheNotesAndAnAuthorDateStyleInTheText() throws IOException {
        String notesText = text(notes);
        assertTrue(notesText.contains("Phi-Vân Nguyen, An Alliance between Vietnam and the Soviet Union (Ithaca: Cornell University Press, 2019), 12."), notesText);
        assertTrue(notesText.contains("Nguyen, 20."), "ibid with another page: the style's short form");
        assertTrue(notesText.contains("Nguyen, 21."), "ibid with another page: the style's short form");
        assertTrue(notesText.contains("Gaiduk, Confronting Vietnam, 42."), "a shortened note, BibLaTeX's subtitle left out of it");
        assertTrue(notesText.contains("Nguyen, Alliance, 63."), notesText);
        assertTrue(notesText.contains("Confronting Vietnam: Soviet Policy toward the Indochina Conflict, 1954–1963"), notesText);
        String inText = text(authorDate);
        assertTrue(inText.contains("signed in 1978 (Nguyen 2019, 12)."), inText);
        assertTrue(inText.contains("Trền and Müller (2020) agree."), inText);
        assertTrue(inText.contains("Bibliography"));
    }

    @Test
    void everyPageTheIndexGivesPrintsItsTermAndTheEpubLabelsItsLinksTheSame() throws IOException {
        Map<String, List<String>> printed = new LinkedHashMap<>();
        try (PDDocument pdf = Loader.loadPDF(notes.files().get(Format.PDF).toFile())) {
            int indexPage = -1;
            for (int p = pdf.getNumberOfPages() - 1; p >= 0 && indexPage < 0; p--) {
                if (Pdfs.pageText(pdf, p).startsWith("Index") || Pdfs.pageText(pdf, p).contains("\nIndex\n")) {
                    indexPage = p;
                }
            }
            assertTrue(indexPage > 0, "the index is printed");
            String index = Pdfs.pageText(pdf, indexPage);
            Matcher m = Pattern.compile("(?m)^(Moscow|Soviet Union|harbour|of Friendship), ([0-9–, ]+)").matcher(index);
            while (m.find()) {
                printed.put(m.group(1), List.of(m.group(2).split(", ")));
            }
            assertEquals(List.of("harbour", "Moscow", "Soviet Union", "of Friendship"), List.copyOf(printed.keySet()), index);
            var labels = pdf.getDocumentCatalog().getPageLabels();
            Map<String, Integer> pageOfFolio = labels.getPageIndicesByLabels();
            for (Map.Entry<String, List<String>> e : printed.entrySet()) {
                String word = e.getKey().equals("of Friendship") ? "treaty" : e.getKey();
                for (String locator : e.getValue()) {
                    String[] range = locator.strip().split("–");
                    int from = Integer.parseInt(range[0]);
                    int to = Integer.parseInt(range[range.length - 1]);
                    assertTrue(to >= from, locator);
                    for (int folio = from; folio <= to; folio++) {
                        String page = Pdfs.pageText(pdf, pageOfFolio.get(Integer.toString(folio))).toLowerCase();
                        assertTrue(page.contains(word.toLowerCase()), e.getKey() + " on page " + folio + ": " + page);
                    }
                }
            }
            assertTrue(printed.get("Moscow").stream().anyMatch(l -> l.contains("–")), "consecutive pages as a range: " + printed);
        }
        String epubIndex = new String(Epubs.entries(notes.files().get(Format.EPUB)).get("EPUB/index.xhtml"), StandardCharsets.UTF_8);
        Matcher moscow = Pattern.compile("Moscow</span>(.*?)</li>", Pattern.DOTALL).matcher(epubIndex);
        assertTrue(moscow.find(), epubIndex);
        List<String> links = new ArrayList<>();
        Matcher a = Pattern.compile(">([0-9]+)</a>").matcher(moscow.group(1));
        while (a.find()) {
            links.add(a.group(1));
        }
        List<String> pages = new ArrayList<>();
        for (String l : printed.get("Moscow")) {
            String[] range = l.strip().split("–");
            for (int p = Integer.parseInt(range[0]); p <= Integer.parseInt(range[range.length - 1]); p++) {
                pages.add(Integer.toString(p));
            }
        }
        assertEquals(pages, links, "the EPUB links each place, labelled with its printed page");
        assertFalse(epubIndex.contains("page-number"), "no print-only markup in the EPUB");
    }

    @Test
    void aPageReferenceGivesThePageItsFigurePrintsOnInBothFormats() throws IOException {
        String folio;
        try (PDDocument pdf = Loader.loadPDF(notes.files().get(Format.PDF).toFile())) {
            String all = text(notes);
            assertTrue(all.contains("Figure 1.1. The harbour of Hải Phòng in 1978."), "the caption carries its number, by chapter");
            assertTrue(all.contains("as Figure 1.1 shows (the harbour is 1.1 in the list, on page "), all);
            Matcher m = Pattern.compile("Back in Harbours, on page (\\d+) showed").matcher(all);
            assertTrue(m.find(), all);
            folio = m.group(1);
            int page = pdf.getDocumentCatalog().getPageLabels().getPageIndicesByLabels().get(folio);
            assertTrue(Pdfs.pageText(pdf, page).contains("Figure 1.1."), "page " + folio + " prints the figure");
        }
        String chapter = new String(Epubs.entries(notes.files().get(Format.EPUB)).get("EPUB/ch-02-soviet.xhtml"), StandardCharsets.UTF_8);
        assertTrue(chapter.contains("Back in <a href=\"ch-01-alliance.xhtml#sec-harbours\" class=\"xref\">Harbours</a>, "
                + "<span class=\"page-reference\"><a href=\"ch-01-alliance.xhtml#fig-harbour\" class=\"xref page-number\">on page " + folio + "</a></span> showed"), chapter);
    }

    static String text(BuildResult r) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(r.files().get(Format.PDF).toFile())) {
            StringBuilder all = new StringBuilder();
            for (int p = 0; p < pdf.getNumberOfPages(); p++) {
                all.append(Pdfs.pageText(pdf, p));
            }
            return all.toString().replaceAll("\\s+", " ");
        }
    }
}
