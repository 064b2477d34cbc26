package org.colophon.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.colophon.testing.SmallBooks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** pandoc's citations, rendered with citeproc-java: every syntax, both kinds of style, and the diagnostics. */
class CitationsTest {
    static final String BIB = """
            @book{nguyen2019,
              author = {Nguyen, Phi-V{\\^a}n},
              title = {An Alliance Between {Vietnam} and the {Soviet Union}},
              shorttitle = {Alliance},
              publisher = {Cornell University Press},
              address = {Ithaca},
              year = {2019}
            }
            @article{tran2020,
              author = {Tr{\\`\\^e}n, V{\\u a}n and M{\\"u}ller, Hans},
              title = {Treaties of Friendship \\& Trade},
              journal = {Journal of Cold War Studies},
              volume = {22},
              number = {3},
              pages = {33--45},
              year = {2020}
            }
            @book{unused1999,
              author = {Nobody, Ann},
              title = {Never Cited},
              publisher = {Nowhere},
              year = {1999}
            }
            """;

    private static SmallBooks.Result book(String style, String... chapters) {
        Map<String, String> files = new java.util.LinkedHashMap<>();
        files.put("refs.bib", BIB);
        for (int i = 0; i < chapters.length; i++) {
            files.put("0" + (i + 1) + ".md", chapters[i]);
        }
        return SmallBooks.build("en", "bibliography: refs.bib\ncsl: " + style + "\n", files);
    }

    @Test
    void aNoteStyleMakesEachCitationANoteNumberedWithTheAuthorsNotesShortenedAfterTheFirstAndIbid() {
        SmallBooks.Result r = book("chicago-notes-bibliography", "# One\n\nText [@nguyen2019, p. 12]. Own note.[^a] Again [@nguyen2019, 12]. "
                + "Other [see @tran2020, 34; @nguyen2019, chap. 3]. And [@nguyen2019, 14]. @tran2020 says so.\n\n"
                + "[^a]: See also [@tran2020].\n", "# Two\n\nOnce more [@nguyen2019, 5]. Then [@nguyen2019].\n");
        assertEquals("", r.messages());
        assertEquals("Phi-Vân Nguyen, An Alliance between Vietnam and the Soviet Union (Ithaca: Cornell University Press, 2019), 12.", r.note(1));
        assertEquals("See also Văn Trền and Hans Müller, “Treaties of Friendship & Trade,” Journal of Cold War Studies 22 (2020): 33–45.", r.note(2));
        assertEquals("Nguyen, Alliance, 12.", r.note(3), "shortened, not ibid: the note before is the author's");
        assertEquals("See Trền and Müller, “Treaties of Friendship & Trade,” 34; Nguyen, Alliance, chap. 3.", r.note(4));
        assertEquals("Nguyen, Alliance, 14.", r.note(5));
        assertEquals("Trền and Müller, “Treaties of Friendship & Trade.”", r.note(6), "the full stop inside the quotes, as en-US has it");
        assertEquals("Phi-Vân Nguyen, An Alliance between Vietnam and the Soviet Union (Ithaca: Cornell University Press, 2019), 5.", r.note(7),
                "in full again at its first note in a new chapter (Chicago 14.29)");
        assertEquals("Nguyen, Alliance.", r.note(8), "the same work as the note before, but no longer its page 5: not ibid");
        assertTrue(r.chapter(0).contains("<a href=\"bibliography.xhtml#ref-tran2020\" epub:type=\"biblioref\" role=\"doc-biblioref\">Trền and Müller</a> "
                + "<sup class=\"noteref\"><a id=\"ref-6\""), r.chapter(0));
        assertTrue(r.notesDocument().contains("<em>An Alliance between Vietnam and the Soviet Union</em>"), r.notesDocument());
    }

    @Test
    void anAuthorDateStyleKeepsTheCitationInTheTextEachCiteLinkedToItsEntry() {
        SmallBooks.Result r = book("chicago-author-date", "# One\n\nText [@nguyen2019, p. 12]. Other [see @tran2020, 34; @nguyen2019, chap. 3]. "
                + "@tran2020 [p. 3] says. Only the year [-@nguyen2019].\n");
        assertEquals("", r.messages());
        assertEquals("<h1 id=\"one\">One</h1>\n<p>Text (<a href=\"bibliography.xhtml#ref-nguyen2019\" epub:type=\"biblioref\" role=\"doc-biblioref\">Nguyen 2019, 12</a>). "
                + "Other (<a href=\"bibliography.xhtml#ref-tran2020\" epub:type=\"biblioref\" role=\"doc-biblioref\">see Trền and Müller 2020, 34</a>; "
                + "<a href=\"bibliography.xhtml#ref-nguyen2019\" epub:type=\"biblioref\" role=\"doc-biblioref\">Nguyen 2019, chap. 3</a>). "
                + "<a href=\"bibliography.xhtml#ref-tran2020\" epub:type=\"biblioref\" role=\"doc-biblioref\">Trền and Müller</a> "
                + "(<a href=\"bibliography.xhtml#ref-tran2020\" epub:type=\"biblioref\" role=\"doc-biblioref\">2020, 3</a>) says. "
                + "Only the year (<a href=\"bibliography.xhtml#ref-nguyen2019\" epub:type=\"biblioref\" role=\"doc-biblioref\">2019</a>).</p>", r.chapter(0));
        assertTrue(r.book().notes().isEmpty());
    }

    @Test
    void theBibliographyIsABackMatterChapterOfTheWorksCitedWithTheirAccentsAndNoNamedEntity() {
        SmallBooks.Result r = book("chicago-author-date", "# One\n\nText [@tran2020] and [@nguyen2019].\n");
        var bibliography = r.book().chapters().get(1);
        assertEquals(org.colophon.book.Role.BIBLIOGRAPHY, bibliography.role());
        assertEquals("Bibliography", bibliography.title());
        assertEquals("<h1 id=\"bibliography-title\">Bibliography</h1>\n<ul class=\"references\">\n"
                + "<li id=\"ref-nguyen2019\" class=\"reference\" epub:type=\"biblioentry\">Nguyen, Phi-Vân. 2019. <em>An Alliance between Vietnam and the Soviet Union</em>. Ithaca: Cornell University Press.</li>\n"
                + "<li id=\"ref-tran2020\" class=\"reference\" epub:type=\"biblioentry\">Trền, Văn, and Hans Müller. 2020. “Treaties of Friendship &amp; Trade.” <em>Journal of Cold War Studies</em> 22:33–45.</li>\n"
                + "</ul>", r.chapter(1));
        assertFalse(r.chapter(1).contains("Never Cited"), "an entry nothing cites is left out");
    }

    @Test
    void theAuthorPlacesTheBibliographyWithPandocsRefsDiv() {
        SmallBooks.Result r = book("apa", "# One\n\nText [@nguyen2019].\n", "# Works Cited\n\n::: {#refs}\n:::\n");
        assertEquals("", r.messages());
        assertEquals(2, r.book().chapters().size(), "no chapter of Colophon's own");
        assertTrue(r.chapter(1).startsWith("<h1 id=\"works-cited\">Works Cited</h1>\n<section id=\"refs\" class=\"bibliography\" "
                + "epub:type=\"bibliography\" role=\"doc-bibliography\" aria-label=\"Bibliography\">\n<ul class=\"references\">\n<li id=\"ref-nguyen2019\""), r.chapter(1));
        assertTrue(r.chapter(0).contains("href=\"ch-02.xhtml#ref-nguyen2019\""), r.chapter(0));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "apa|Text (<a href=\"bibliography.xhtml#ref-nguyen2019\" epub:type=\"biblioref\" role=\"doc-biblioref\">Nguyen, 2019, p. 12</a>).",
            "mla|Text (<a href=\"bibliography.xhtml#ref-nguyen2019\" epub:type=\"biblioref\" role=\"doc-biblioref\">Nguyen 12</a>).",
            "ieee|Text <a href=\"bibliography.xhtml#ref-nguyen2019\" epub:type=\"biblioref\" role=\"doc-biblioref\">[1, p. 12]</a>.",
            "vancouver|Text (<a href=\"bibliography.xhtml#ref-nguyen2019\" epub:type=\"biblioref\" role=\"doc-biblioref\">1</a>)."})
    void everyStyleColophonNamesRenders(String style, String expected) {
        SmallBooks.Result r = book(style, "# One\n\nText [@nguyen2019, p. 12].\n");
        assertEquals("", r.messages());
        assertTrue(r.chapter(0).contains(expected), r.chapter(0));
    }

    @Test
    void theOtherChicagoNoteStylesGiveIbidOrShortNotesThroughout() {
        SmallBooks.Result ibid = book("chicago-notes-bibliography-ibid", "# One\n\nA [@nguyen2019, 12]. B [@nguyen2019, 13]. C [@nguyen2019, 13].\n");
        assertEquals("Ibid., 13.", ibid.note(2));
        assertEquals("Ibid.", ibid.note(3));
        SmallBooks.Result shortened = book("chicago-shortened-notes-bibliography", "# One\n\nA [@nguyen2019, 12].\n");
        assertEquals("Nguyen, Alliance, 12.", shortened.note(1));
    }

    @Test
    void aKeyInNoBibliographyIsAnErrorWithTheNearKeys() {
        SmallBooks.Result r = book("apa", "# One\n\nText [@nguyen2018, 4] and @tran2021 said.\n");
        assertEquals("""
                01.md:3:7: error: citation '@nguyen2018' names no entry of refs.bib (did you mean @nguyen2019?); to print an @ that cites nothing, write it as \\@
                01.md:3:27: error: citation '@tran2021' names no entry of refs.bib (did you mean @tran2020?); to print an @ that cites nothing, write it as \\@""",
                r.messages().replace("\r", ""));
    }

    @Test
    void anEmailAddressAnEscapedAtAndCodeCiteNothing() {
        SmallBooks.Result r = book("apa", "# One\n\nWrite to ada@example.com, or \\@nguyen2019 on the web, or run `cite [@nguyen2019]`.\n");
        assertEquals("", r.messages());
        assertTrue(r.chapter(0).contains("<p>Write to ada@example.com, or @nguyen2019 on the web, or run <code>cite [@nguyen2019]</code>.</p>"), r.chapter(0));
        assertEquals(1, r.book().chapters().size(), "nothing cited: no bibliography");
    }

    @Test
    void aCitationInABookWithNoBibliographyIsPrintedAsWrittenWithOneWarning() {
        SmallBooks.Result r = SmallBooks.build("en", "", Map.of("01.md", "# One\n\nText [@nguyen2019, p. 12] and [@smith].\n"));
        assertEquals("01.md:3:6: warning: '[@nguyen2019, p. 12]' is printed as written, as are 1 more citations (in 1 chapter): "
                + "it is a pandoc citation, and book.yaml gives no bibliography to cite from; add 'bibliography: references.bib' "
                + "(BibTeX, BibLaTeX or CSL-JSON), or write \\[ to print the brackets on purpose", r.messages());
        assertTrue(r.chapter(0).contains("Text [@nguyen2019, p. 12] and [@smith]."), r.chapter(0));
    }

    @Test
    void aCslJsonBibliographyAndAStyleFileOfTheManuscript() throws Exception {
        String json = """
                [{"id": "ho1960", "type": "book", "title": "Nhật ký trong tù", "author": [{"family": "Hồ", "given": "Chí Minh"}],
                  "issued": {"date-parts": [[1960]]}, "publisher": "Văn hóa"}]
                """;
        byte[] apa = org.colophon.cite.CitationStyle.class.getResourceAsStream("/apa.csl").readAllBytes();
        SmallBooks.Result r = SmallBooks.build("vi", "bibliography: [refs.json]\ncsl: styles/house.csl\n",
                Map.of("refs.json", json, "styles/house.csl", new String(apa, java.nio.charset.StandardCharsets.UTF_8),
                        "01.md", "# Một\n\nVăn bản [@ho1960, tr. 3].\n"));
        assertEquals("", r.messages());
        assertTrue(r.chapter(0).contains(">Hồ, 1960, tr. 3</a>)"), r.chapter(0));
        assertEquals("Tài liệu tham khảo", r.book().chapters().get(1).title(), "in the book's language");
    }

    @Test
    void anUnknownStyleIsAnErrorThatNamesTheStyles() {
        SmallBooks.Result r = SmallBooks.build("en", "bibliography: refs.bib\ncsl: chicago-note-bibliografy\n",
                Map.of("refs.bib", BIB, "01.md", "# One\n\nText [@nguyen2019].\n"));
        assertTrue(r.messages().startsWith("book.yaml:6:6: error: csl 'chicago-note-bibliografy' is not a style Colophon knows "
                + "(did you mean 'chicago-notes-bibliography'?); name one of chicago-notes-bibliography,"), r.messages());
    }
}
