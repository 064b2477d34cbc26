package org.colophon.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.colophon.book.Block;
import org.colophon.book.Inline;
import org.colophon.diagnostic.SourcePosition;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;

/**
 * Display formulas as blocks of the book: on lines of their own, in a {@code ```math} fence (GitHub), or written
 * within a paragraph, which then goes on after the formula as a paragraph of its own (as TeX sets it). A labelled
 * one is numbered through the book, and its id is its label with {@code -} for {@code :} ({@code eq:name} is
 * {@code #eq-name}), which links can name in either spelling.
 */
final class MathBlocks {
    private final BookAssembler.BookState book;
    private final NodePositions positions;
    private final InlineConverter inlines;
    private final ChapterReferences references;
    /** The chapter's anchors, for a label as written to lead to the formula's id. */
    private final Map<String, String> anchors;

    MathBlocks(BookAssembler.BookState book, NodePositions positions, InlineConverter inlines, ChapterReferences references,
            Map<String, String> anchors) {
        this.book = book;
        this.positions = positions;
        this.inlines = inlines;
        this.references = references;
        this.anchors = anchors;
    }

    /** Whether the fence is GitHub's math: {@code ```math}. */
    static boolean isMathFence(FencedCodeBlock f) {
        String info = f.getInfo() == null ? "" : f.getInfo().strip();
        return info.equals("math") || info.startsWith("math ");
    }

    /** Whether a display formula stands among the paragraph's own inlines (not inside emphasis or a link). */
    static boolean holdsDisplay(Paragraph p) {
        for (Node n = p.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof TexMath.Formula f && f.display) {
                return true;
            }
        }
        return false;
    }

    /** A fenced block of TeX. */
    Block fence(FencedCodeBlock f, SourcePosition at) {
        return formula(f.getLiteral().strip(), "", at.at(at.line() + 1, 1));
    }

    /** A display formula on lines of its own, and the text that followed it on its closing line. */
    List<Block> block(TexMath.DisplayBlock d) {
        List<Block> out = new ArrayList<>();
        SourcePosition at = positions.at(d);
        if (!d.closed) {
            String closer = d.opener.equals("$$") ? "$$" : "\\]";
            book.diagnostics.warning(at, "'" + d.opener + "' opens a display formula that is not closed before the next blank "
                    + "line; it is printed as written; close it with " + closer + " (a formula holds no blank line)");
            out.add(new Block.Paragraph(List.of(new Inline.Text(d.written(), at))));
            return out;
        }
        int[] start = d.texStart();
        if (start == null) {
            book.diagnostics.warning(at, "this display formula is empty; nothing is printed for it");
        } else {
            out.add(formula(d.tex(), d.label, positions.at(start[0], start[1])));
        }
        if (d.getFirstChild() instanceof Paragraph after) {
            out.add(new Block.Paragraph(inlines.block(after)));
        }
        return out;
    }

    /** A paragraph with display formulas in it: the text before each, the formula, and the text after it. */
    List<Block> split(Paragraph p) {
        List<Block> out = new ArrayList<>();
        Node from = p.getFirstChild();
        for (Node n = from; n != null; n = n.getNext()) {
            if (n instanceof TexMath.Formula f && f.display) {
                paragraph(from, n, out);
                out.add(formula(f.tex, f.label, positions.at(f.lineIndex, f.columnIndex)));
                from = n.getNext();
            }
        }
        paragraph(from, null, out);
        return out;
    }

    /** The inlines from {@code first} up to {@code end}, without the line breaks at either end, as a paragraph. */
    private void paragraph(Node first, Node end, List<Block> out) {
        while (first != end && (first instanceof SoftLineBreak || first instanceof HardLineBreak)) {
            first = first.getNext();
        }
        if (first == end) {
            return;
        }
        List<Inline> content = new ArrayList<>(inlines.range(first, end, first == first.getParent().getFirstChild()));
        while (!content.isEmpty() && content.get(content.size() - 1) instanceof Inline.LineBreak) {
            content.remove(content.size() - 1);
        }
        // the spaces between the text and the formula it was split from
        if (!content.isEmpty() && content.get(0) instanceof Inline.Text t) {
            content.set(0, new Inline.Text(t.text().stripLeading(), t.at()));
        }
        if (!content.isEmpty() && content.get(content.size() - 1) instanceof Inline.Text t) {
            content.set(content.size() - 1, new Inline.Text(t.text().stripTrailing(), t.at()));
        }
        content.removeIf(i -> i instanceof Inline.Text t && t.text().isEmpty());
        if (!content.isEmpty()) {
            out.add(new Block.Paragraph(List.copyOf(content)));
        }
    }

    private Block.Math formula(String tex, String label, SourcePosition at) {
        if (label.isEmpty()) {
            return new Block.Math(tex, "", 0, null, at);
        }
        String id = label.replace(':', '-');
        if (!references.anchor(id, at)) {
            return new Block.Math(tex, label, 0, null, at);   // reported: an id it cannot have, or one taken
        }
        anchors.putIfAbsent(label, id);
        return new Block.Math(tex, label, book.nextEquationNumber(), id, at);
    }
}
