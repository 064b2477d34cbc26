package org.colophon.book;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.colophon.diagnostic.SourcePosition;
import org.colophon.text.TexSource;
import org.colophon.text.TexText;

/**
 * The one walk over the text a book sets: every run of text, in reading order, with the face it is set in (code or
 * text, bold, italic) and where it stands. The glyph gate, the word count, the plain text of titles and contents, the
 * question whether a book holds code and the cover's blurb are all read from these runs, so that they agree on what
 * the text is and how it is set: bold in headings and table heads, italic in emphasis and credits, the code face in
 * code.
 *
 * <p>It implements {@link Visitor} whole (it is not a {@link Traversal}): a new node type does not compile until it
 * says here what text it sets, so no reader of the text can skip it silently.
 */
public final class TextRuns implements Visitor {

    /**
     * What a run is: {@code WORDS}, the author's text; {@code SPACE}, a break between words that the source gave as a
     * line break or that separates two blocks ({@code " "} within a block, {@code "\n"} at a hard break and at a
     * block's end), so that words never run together; {@code MARK}, a glyph Colophon sets itself (a task box, a note's
     * number), drawn but not read as words, and a formula's words ({@code \text{…}}), drawn in the book's faces but
     * read in its TeX; {@code FORMULA}, a formula's TeX, read (a title, a word count) but drawn by the math
     * typesetters in their own fonts, not in the book's faces.
     */
    public enum Kind { WORDS, SPACE, MARK, FORMULA }

    /** The face a run is set in. */
    public record Face(boolean code, boolean bold, boolean italic) {
        public static final Face PLAIN = new Face(false, false, false);

        Face asCode() {
            return new Face(true, bold, italic);
        }

        Face asBold() {
            return new Face(code, true, italic);
        }

        /** Emphasis inside emphasis is set upright again, as typesetters do. */
        Face toggledItalic() {
            return new Face(code, bold, !italic);
        }
    }

    /** A run of text; {@code at} is where it starts in the manuscript ({@link SourcePosition#NONE} when unknown). */
    public record Run(Kind kind, String text, Face face, SourcePosition at) {
        /** Whether a reader reads it: words, formulas and the spaces between them, not the marks Colophon draws. */
        public boolean read() {
            return kind != Kind.MARK;
        }

        /** Whether it is drawn in the book's faces (the glyph gate's): all but spaces and formulas' TeX. */
        public boolean drawn() {
            return kind == Kind.WORDS || kind == Kind.MARK;
        }
    }

    private static final Set<String> CODE_TAGS = Set.of("code", "kbd", "samp");
    private static final Set<String> BOLD_TAGS = Set.of("b", "strong");
    private static final Set<String> ITALIC_TAGS = Set.of("i", "em", "cite", "dfn", "var");

    private final Consumer<Run> sink;
    private Face face;

    /** A walk that hands each run to {@code sink}, starting in {@code face} (the face of the place the text is set in). */
    public TextRuns(Face face, Consumer<Run> sink) {
        this.face = face;
        this.sink = sink;
    }

    /** The runs of {@code blocks}, set in the plain text face. */
    public static List<Run> of(List<Block> blocks) {
        List<Run> runs = new ArrayList<>();
        new TextRuns(Face.PLAIN, runs::add).blocks(blocks);
        return runs;
    }

    /** The runs of inline content, set in the plain text face. */
    public static List<Run> ofInlines(List<Inline> inlines) {
        List<Run> runs = new ArrayList<>();
        new TextRuns(Face.PLAIN, runs::add).inlines(inlines);
        return runs;
    }

    /** Every run of the book's text: the chapters, then the notes. */
    public void book(Book book) {
        book.chapters().forEach(c -> blocks(c.blocks()));
        book.notes().forEach(n -> blocks(n.blocks()));
    }

    public void blocks(List<Block> blocks) {
        blocks.forEach(b -> b.accept(this));
    }

    public void inlines(List<Inline> inlines) {
        inlines.forEach(i -> i.accept(this));
    }

    private void words(String text, SourcePosition at) {
        if (!text.isEmpty()) {
            sink.accept(new Run(Kind.WORDS, text, face, at));
        }
    }

    private void space(String space) {
        sink.accept(new Run(Kind.SPACE, space, face, SourcePosition.NONE));
    }

    /** The end of a block's text: what follows is another block's. */
    private void end() {
        space("\n");
    }

    private void in(Face inner, Runnable body) {
        Face outer = face;
        face = inner;
        try {
            body.run();
        } finally {
            face = outer;
        }
    }

    /** A block of inline content: its text, then its end. */
    private void line(List<Inline> content) {
        inlines(content);
        end();
    }

    // blocks

    @Override
    public void visit(Block.Heading heading) {
        in(face.asBold(), () -> line(heading.content()));
    }

    @Override
    public void visit(Block.Paragraph paragraph) {
        line(paragraph.content());
    }

    @Override
    public void visit(Block.Figure figure) {
        inlines(figure.caption());
        if (!figure.credit().isEmpty()) {
            space(" ");
            in(face.toggledItalic(), () -> words(figure.credit(), figure.at()));   // credits are set in italic
        }
        end();
    }

    @Override
    public void visit(Block.BlockQuote quote) {
        blocks(quote.children());
    }

    @Override
    public void visit(Block.ListBlock list) {
        list.items().forEach(this::blocks);
    }

    @Override
    public void visit(Block.CodeBlock code) {
        if (!code.title().isEmpty()) {   // a file name above the code, in the code's face
            in(face.asCode(), () -> words(code.title(), code.at()));
            end();
        }
        in(face.asCode(), () -> words(code.code(), code.at()));
        end();
    }

    @Override
    public void visit(Block.ThematicBreak thematicBreak) {
        // the ornament is the book's (book.yaml's scene-break), checked with the labels, not the chapter's text
    }

    @Override
    public void visit(Block.Html html) {
        for (Block.HtmlText t : html.texts()) {
            Face set = new Face(t.code() || face.code(), t.bold() || face.bold(), t.italic() != face.italic());
            in(set, () -> words(t.text(), t.at()));
            end();
        }
    }

    @Override
    public void visit(Block.Container container) {
        blocks(container.children());
    }

    @Override
    public void visit(Block.Table table) {
        in(face.asBold(), () -> table.header().forEach(this::line));
        table.rows().forEach(row -> row.forEach(this::line));
    }

    @Override
    public void visit(Block.Alert alert) {
        in(face.asBold(), () -> words(alert.title(), alert.at()));   // the title, in bold above what it holds
        end();
        blocks(alert.children());
    }

    // inlines

    @Override
    public void visit(Inline.Text text) {
        words(text.text(), text.at());
    }

    @Override
    public void visit(Inline.Emphasis emphasis) {
        in(face.toggledItalic(), () -> inlines(emphasis.children()));
    }

    @Override
    public void visit(Inline.Strong strong) {
        in(face.asBold(), () -> inlines(strong.children()));
    }

    @Override
    public void visit(Inline.Strikethrough strikethrough) {
        inlines(strikethrough.children());
    }

    @Override
    public void visit(Inline.TaskMarker marker) {
        sink.accept(new Run(Kind.MARK, marker.glyph(), face, SourcePosition.NONE));
    }

    @Override
    public void visit(Inline.Code code) {
        in(face.asCode(), () -> words(code.text(), code.at()));
    }

    @Override
    public void visit(Inline.Link link) {
        inlines(link.children());
    }

    @Override
    public void visit(Inline.NoteRef ref) {
        sink.accept(new Run(Kind.MARK, Integer.toString(ref.number()), face, SourcePosition.NONE));
    }

    @Override
    public void visit(Inline.LineBreak lineBreak) {
        space(lineBreak.hard() ? "\n" : " ");
    }

    @Override
    public void visit(Inline.Span span) {
        if (span.isVoid()) {
            if (span.tag().equals("br")) {   // a <wbr> only allows a break
                space("\n");
            }
            return;
        }
        String tag = span.tag();
        in(new Face(face.code() || CODE_TAGS.contains(tag), face.bold() || BOLD_TAGS.contains(tag),
                face.italic() != ITALIC_TAGS.contains(tag)), () -> inlines(span.children()));
    }

    @Override
    public void visit(Inline.InlineImage image) {
        // an image sets no text: its alt text is read out by screen readers, never drawn
    }

    // math (issue 19)

    @Override
    public void visit(Block.Math math) {
        formula(math.tex(), math.at());
        end();
    }

    @Override
    public void visit(Inline.Math math) {
        formula(math.tex(), math.at());
    }

    /** A formula: its TeX, then its words, each in the face it is drawn in (not the face around it). */
    private void formula(String tex, SourcePosition at) {
        sink.accept(new Run(Kind.FORMULA, tex, face, at));
        for (TexText.Words w : TexText.words(tex)) {
            sink.accept(new Run(Kind.MARK, w.text(), new Face(w.style().code(), w.style().bold(), w.style().italic()),
                    TexSource.at(at, tex, w.offset())));
        }
    }
}
