package org.colophon.book;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.colophon.diagnostic.SourcePosition;
import org.junit.jupiter.api.Test;

/** The one text walk: each run's kind, face and place, as the glyph gate, word counts and titles read them. */
class TextRunsTest {
    private static final SourcePosition AT = new SourcePosition("one.md", 3, 5);

    /** The runs, as "KIND face text" with the face as c (code), b (bold), i (italic) or - (plain). */
    private static List<String> shown(List<TextRuns.Run> runs) {
        return runs.stream().map(r -> r.kind() + " " + face(r.face()) + " " + r.text().replace("\n", "⏎")).toList();
    }

    private static String face(TextRuns.Face f) {
        String s = (f.code() ? "c" : "") + (f.bold() ? "b" : "") + (f.italic() ? "i" : "");
        return s.isEmpty() ? "-" : s;
    }

    private static Inline.Text text(String s) {
        return new Inline.Text(s, AT);
    }

    @Test
    void headingsAreBoldEmphasisTogglesItalicAndEveryBlockEndsItsLine() {
        List<Block> blocks = List.of(
                new Block.Heading(1, "h", List.of(text("Title"))),
                new Block.Paragraph(List.of(new Inline.Emphasis(List.of(text("a "), new Inline.Emphasis(List.of(text("b"))))),
                        new Inline.LineBreak(false), new Inline.Strong(List.of(new Inline.Code("x()", AT))))));
        assertEquals(List.of("WORDS b Title", "SPACE b ⏎", "WORDS i a ", "WORDS - b", "SPACE -  ", "WORDS cb x()", "SPACE - ⏎"),
                shown(TextRuns.of(blocks)));
    }

    @Test
    void tableHeadsAreBoldCreditsItalicCodeBlocksInTheCodeFace() {
        Image image = new Image(java.nio.file.Path.of("a.jpg"), "images/a.jpg", "image/jpeg", 10, 10);
        List<Block> blocks = List.of(
                new Block.Table(List.of(List.of(text("Head"))), List.of(List.of(List.of(text("cell")))), List.of()),
                new Block.Figure("fig-1", image, "A harbour.", List.of(text("Caption")), "Photo: A.", AT),
                new Block.CodeBlock("java", "int x;", AT));
        assertEquals(List.of("WORDS b Head", "SPACE b ⏎", "WORDS - cell", "SPACE - ⏎", "WORDS - Caption", "SPACE -  ",
                "WORDS i Photo: A.", "SPACE - ⏎", "WORDS c int x;", "SPACE - ⏎"), shown(TextRuns.of(blocks)));
    }

    @Test
    void marksAreDrawnButNotReadAndHtmlKeepsItsFaces() {
        List<Block> blocks = List.of(new Block.Paragraph(List.of(new Inline.TaskMarker(true, "done"), text("Done"),
                        new Inline.NoteRef(7, "ref-7"), new Inline.Span("i", Map.of(), List.of(text("it"))),
                        new Inline.Span("br", Map.of(), List.of()), new Inline.Span("kbd", Map.of(), List.of(text("K"))))),
                new Block.Html("<p><b>B</b></p>", List.of(new Block.HtmlText("B", false, true, false, AT))));
        List<TextRuns.Run> runs = TextRuns.of(blocks);
        assertEquals(List.of("MARK - ■", "WORDS - Done", "MARK - 7", "WORDS i it", "SPACE - ⏎", "WORDS c K", "SPACE - ⏎",
                "WORDS b B", "SPACE - ⏎"), shown(runs));
        assertFalse(runs.get(0).read(), "a task box is drawn, not read");
        assertTrue(runs.get(1).read());
        assertEquals(AT, runs.get(1).at(), "a run keeps where its text stands");
    }

    @Test
    void wordsAndPlainTextAreReadFromTheRuns() {
        List<Block> blocks = List.of(new Block.Paragraph(List.of(text("one"), new Inline.Span("br", Map.of(), List.of()), text("two"),
                new Inline.NoteRef(1, "ref-1"))), new Block.Paragraph(List.of(text("three"))));
        assertEquals("one\ntwo\nthree\n", BookText.of(blocks), "a note's number is not a word; a <br> parts two words");
        assertEquals("A b c", Inlines.plainText(List.of(text(" A "), new Inline.LineBreak(true), new Inline.Code("b", AT),
                new Inline.TaskMarker(false, "open"), text(" c"))));
    }

    @Test
    void anAlertsTitleIsSetInBoldAboveWhatItHolds() {
        List<Block> blocks = List.of(new Block.Alert(Block.Alert.Kind.TIP, "Tip", AT, java.util.Optional.empty(),
                List.of(new Block.Paragraph(List.of(text("Go."))))));
        assertEquals(List.of("WORDS b Tip", "SPACE - ⏎", "WORDS - Go.", "SPACE - ⏎"), shown(TextRuns.of(blocks)));
    }
}
