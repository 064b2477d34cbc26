package org.colophon.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.colophon.testing.Rendering;
import org.colophon.testing.TestFonts;
import org.colophon.testing.TestManuscript;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Fallback faces in print, without a layout: each run the text face lacks is a span naming its fallback face, a
 * paragraph mostly in Chinese is set flush left, and the glyph gate accepts what a fallback has and names what none has.
 */
class FallbackRunsTest {
    private static final String YAML = "typeface:\n  text: ../fonts/noto-serif\n  code: ../fonts/mono\n  fallback:\n"
            + "    - path: ../fonts/cjk\n      family: Noto Serif CJK SC";

    private static TestManuscript book(String markdown) {
        TestManuscript m = TestManuscript.of(markdown).language("vi").yaml(YAML);
        m = TestFonts.withFolder(m, "noto-serif", "../fonts/noto-serif");
        m = TestFonts.withFolder(m, "dejavu-sans-mono", "../fonts/mono");
        return TestFonts.withFolder(m, "noto-serif-cjk", "../fonts/cjk");
    }

    private static List<String> spans(Document doc) {
        List<String> out = new ArrayList<>();
        NodeList spans = doc.getElementsByTagName("span");
        for (int i = 0; i < spans.getLength(); i++) {
            Element s = (Element) spans.item(i);
            if (s.getAttribute("class").startsWith(FallbackRuns.CLASS)) {
                out.add(s.getAttribute("class") + ":" + s.getTextContent().strip());
            }
        }
        return out;
    }

    @Test
    void eachRunTheTextFaceLacksIsSetInTheFallback() {
        var r = Rendering.of(book("# Chữ Hán\n\nNgười Việt viết chữ Hán (漢字), rồi *chữ Nôm: 論語。*\n\n```\n# 你好\n```\n"));
        assertEquals(List.of(), r.diagnostics());
        Document doc = r.printDocument();
        // the ideographs and their closing full stop are the fallback's; the brackets and spaces stay in Noto Serif
        assertEquals(List.of("fallback-1:漢字", "fallback-1:論語。", "fallback-1:你好"),
                spans(doc).stream().filter(s -> !s.contains("Hán")).toList());
        assertTrue(doc.getElementsByTagName("style").item(0).getTextContent()
                .contains("span.fallback-1 { font-family: \"Noto Serif CJK SC\"; }"));
    }

    @Test
    void aParagraphMostlyInChineseIsSetFlushLeftAndLeftToFlyingSaucersBreaker() {
        Document doc = Rendering.of(book("# 论语\n\nMở đầu.\n\n学而时习之，不亦说乎？有朋自远方来，不亦乐乎？Vài chữ.\n")).printDocument();
        NodeList ps = doc.getElementsByTagName("p");
        List<String> classes = new ArrayList<>();
        for (int i = 0; i < ps.getLength(); i++) {
            Element p = (Element) ps.item(i);
            if (p.getTextContent().contains("学") || p.getTextContent().startsWith("M") && p.getTextContent().length() < 10) {
                classes.add(p.getAttribute("class") + ":" + p.getTextContent().contains("\u00A0"));
            }
        }
        // the Vietnamese paragraph is broken by the total-fit breaker (its spaces bound); the Chinese one is not
        assertEquals(List.of("first:true", "cjk:false"), classes);
    }

    @Test
    void aCharacterNoFaceHasNamesTheFacesAndTheFallbackToAdd() {
        List<String> d = Rendering.diagnostics(book("# Một\n\nChữ 鬱 không có.\n"));
        assertEquals(List.of("3:5: error: '鬱' (U+9B31) has no glyph in Noto Serif Regular nor in the fallback faces (Noto Serif "
                + "CJK SC); add another fallback face that covers Han, Kana and Hangul (typeface: fallback: in book.yaml, such as "
                + "Noto Serif CJK or Noto Sans CJK; see README.md, 'The typefaces')"), d);
    }

    /** DejaVu Sans Mono lacks ế: in a Vietnamese book that is the same positioned error, naming the code face. */
    @Test
    void aVietnameseLetterTheCodeFaceLacksIsAnError() {
        List<String> d = Rendering.diagnostics(book("# Một\n\nGọi `chào(\"thế giới\")`.\n"));
        assertEquals(List.of("3:13: error: 'ế' (U+1EBF) has no glyph in DejaVu Sans Mono Regular nor in the fallback faces "
                + "(Noto Serif CJK SC); a Vietnamese book needs every Vietnamese letter in the four styles of its text face: "
                + "choose one that has them (typeface: text: in book.yaml; Noto Serif, Charis SIL, Gentium Plus, EB Garamond 12, "
                + "Libertinus, TeX Gyre, Vollkorn and Be Vietnam Pro do)"), d);
    }

    @Test
    void rightToLeftTextIsAnErrorForThePdf() {
        List<String> d = Rendering.diagnostics(TestManuscript.of("# One\n\nShalom: שלום.\n"));
        assertTrue(d.contains("3:9: error: Hebrew text is written right to left, which Colophon cannot print: its PDF layout (Flying "
                + "Saucer) sets every line left to right, and would print it reversed; build the EPUB alone (--format epub), "
                + "which reading systems set right to left, or leave this text out of the print edition"), d.toString());
    }
}
