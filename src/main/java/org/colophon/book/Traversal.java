package org.colophon.book;

import java.util.List;

/**
 * A {@link Visitor} that visits every node of what it is given, depth first and in reading order; a walker overrides
 * the nodes it cares about (and calls {@code super} to go on below them), as with commonmark-java's AbstractVisitor.
 */
public abstract class Traversal implements Visitor {

    public void blocks(List<Block> blocks) {
        for (Block b : blocks) {
            b.accept(this);
        }
    }

    public void inlines(List<Inline> inlines) {
        for (Inline i : inlines) {
            i.accept(this);
        }
    }

    /** Every chapter, then every note. */
    public void book(Book book) {
        book.chapters().forEach(c -> blocks(c.blocks()));
        book.notes().forEach(n -> blocks(n.blocks()));
    }

    @Override
    public void visit(Block.Heading heading) {
        inlines(heading.content());
    }

    @Override
    public void visit(Block.Paragraph paragraph) {
        inlines(paragraph.content());
    }

    @Override
    public void visit(Block.Figure figure) {
        inlines(figure.caption());
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
    }

    @Override
    public void visit(Block.ThematicBreak thematicBreak) {
    }

    @Override
    public void visit(Block.Html html) {
    }

    @Override
    public void visit(Block.Container container) {
        blocks(container.children());
    }

    @Override
    public void visit(Block.Table table) {
        table.header().forEach(this::inlines);
        table.rows().forEach(row -> row.forEach(this::inlines));
    }

    @Override
    public void visit(Block.Alert alert) {
        blocks(alert.children());
    }

    @Override
    public void visit(Inline.Text text) {
    }

    @Override
    public void visit(Inline.Emphasis emphasis) {
        inlines(emphasis.children());
    }

    @Override
    public void visit(Inline.Strong strong) {
        inlines(strong.children());
    }

    @Override
    public void visit(Inline.Strikethrough strikethrough) {
        inlines(strikethrough.children());
    }

    @Override
    public void visit(Inline.TaskMarker marker) {
    }

    @Override
    public void visit(Inline.Code code) {
    }

    @Override
    public void visit(Inline.Link link) {
        inlines(link.children());
    }

    @Override
    public void visit(Inline.NoteRef ref) {
    }

    @Override
    public void visit(Inline.LineBreak lineBreak) {
    }

    @Override
    public void visit(Inline.Span span) {
        inlines(span.children());
    }

    @Override
    public void visit(Inline.InlineImage image) {
    }

    // math (issue 19)
    @Override
    public void visit(Block.Math math) {
    }

    @Override
    public void visit(Inline.Math math) {
    }
}
