package org.colophon.book;

/**
 * A walk over the model, with a method for every node type. A new node type adds a method here, so every walker
 * that implements this interface (the XHTML renderer) stops compiling until it handles it; walkers that care about a
 * few nodes extend {@link Traversal}, which descends into the others. {@code VisitorTest} holds the model to that.
 */
public interface Visitor {
    // blocks
    void visit(Block.Heading heading);

    void visit(Block.Paragraph paragraph);

    void visit(Block.Figure figure);

    void visit(Block.BlockQuote quote);

    void visit(Block.ListBlock list);

    void visit(Block.CodeBlock code);

    void visit(Block.ThematicBreak thematicBreak);

    void visit(Block.Html html);

    void visit(Block.Container container);

    void visit(Block.Table table);

    void visit(Block.Alert alert);

    // inlines
    void visit(Inline.Text text);

    void visit(Inline.Emphasis emphasis);

    void visit(Inline.Strong strong);

    void visit(Inline.Strikethrough strikethrough);

    void visit(Inline.TaskMarker marker);

    void visit(Inline.Code code);

    void visit(Inline.Link link);

    void visit(Inline.NoteRef ref);

    void visit(Inline.LineBreak lineBreak);

    void visit(Inline.Span span);

    void visit(Inline.InlineImage image);

    // math (issue 19)
    void visit(Block.Math math);

    void visit(Inline.Math math);
}
