package org.colophon.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.colophon.book.Block;
import org.colophon.book.Inline;
import org.colophon.book.LinkTarget;
import org.colophon.diagnostic.Diagnostics;
import org.colophon.text.Typography;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.ext.footnotes.InlineFootnote;
import org.commonmark.ext.gfm.strikethrough.Strikethrough;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/** Converts the inline content of one block (a paragraph, a heading, a cell, a caption) into model inlines. */
final class InlineConverter {
    private final Diagnostics diagnostics;
    private final NodePositions positions;
    private final ChapterNotes notes;
    private final ChapterReferences references;
    private final TypographyState typography;
    private final InlineHtml html;
    /** Converts a note's definition, whose blocks are the chapter's to convert. */
    private final Function<FootnoteDefinition, List<Block>> noteBlocks;
    /** The book's: other tools' directives are reported once per kind. */
    private final OtherToolsDirectives directives;

    InlineConverter(Diagnostics diagnostics, NodePositions positions, ChapterNotes notes, ChapterReferences references,
            RawHtml rawHtml, Typography typography, Function<FootnoteDefinition, List<Block>> noteBlocks,
            OtherToolsDirectives directives) {
        this.diagnostics = diagnostics;
        this.directives = directives;
        this.positions = positions;
        this.notes = notes;
        this.references = references;
        this.typography = new TypographyState(typography);
        this.html = new InlineHtml(diagnostics, positions, rawHtml, references, this);
        this.noteBlocks = noteBlocks;
    }

    /** The inlines of a block. */
    List<Inline> block(Node parent) {
        return inlines(parent, 0);
    }

    /** The inlines from {@code first} to the end of its block, as a new block: a figure's caption after its image. */
    List<Inline> rest(Node first) {
        List<Inline> out = new ArrayList<>();
        typography.startBlock();
        sequence(first, null, out, 0);
        return List.copyOf(out);
    }

    /**
     * The inlines from {@code first} up to {@code end} (exclusive): a part of a paragraph, its first part with
     * {@code starts} (a quote there opens), the others in the typography of the parts before.
     */
    List<Inline> range(Node first, Node end, boolean starts) {
        List<Inline> out = new ArrayList<>();
        if (starts) {
            typography.startBlock();
        }
        sequence(first, end, out, 0);
        return List.copyOf(out);
    }

    /** Adds a link to {@code target} around {@code children}, or the children alone when the link leads nowhere. */
    static void link(Optional<LinkTarget> target, String title, List<Inline> children, List<Inline> out) {
        if (target.isPresent()) {
            out.add(new Inline.Link(target.get(), title, children));
        } else {
            out.addAll(children);
        }
    }

    private List<Inline> inlines(Node parent, int depth) {
        List<Inline> out = new ArrayList<>();
        if (NestingLimit.INLINES.exceeded(depth, positions.at(parent), diagnostics)) {
            return out;
        }
        if (depth == 0) {
            typography.startBlock();   // a new block: a quote at its start opens
        }
        sequence(parent.getFirstChild(), null, out, depth);
        return List.copyOf(out);
    }

    /** Converts the siblings from {@code first} up to {@code end} (exclusive); HTML tags pair up around them. */
    void sequence(Node first, Node end, List<Inline> out, int depth) {
        for (Node n = first; n != end && n != null; n = n.getNext()) {
            if (n instanceof HtmlInline tag) {
                n = html.convert(tag, end, out, depth);
                if (n == null) {
                    return;   // nested too deep, reported: the rest of the sequence is not read
                }
            } else {
                inline(n, out, depth);
            }
        }
    }

    private void inline(Node n, List<Inline> out, int depth) {
        if (n instanceof Text t) {
            notes.checkText(t.getLiteral(), positions.at(t));
            LiteralSyntax.check(positions.writtenAs(t).orElse(t.getLiteral()), positions.at(t), diagnostics, directives);
            out.add(new Inline.Text(typography.set(t.getLiteral()), positions.at(t)));
        } else if (n instanceof Emphasis) {
            out.add(new Inline.Emphasis(inlines(n, depth + 1)));
        } else if (n instanceof StrongEmphasis) {
            out.add(new Inline.Strong(inlines(n, depth + 1)));
        } else if (n instanceof Strikethrough) {
            out.add(new Inline.Strikethrough(inlines(n, depth + 1)));
        } else if (n instanceof Code c) {
            out.add(new Inline.Code(c.getLiteral(), positions.at(c)));
            typography.setVerbatim(c.getLiteral());
        } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
            out.add(new Inline.LineBreak(n instanceof HardLineBreak));
            typography.lineBreak();
        } else if (n instanceof Link l) {
            Optional<LinkTarget> target = references.link(l.getDestination(), positions.at(l));
            link(target, l.getTitle() == null ? "" : l.getTitle(), inlines(l, depth + 1), out);
        } else if (n instanceof org.commonmark.node.Image img) {
            String alt = NodeText.alt(img);
            references.warnAttributes(img, positions.at(img));
            references.image(img, alt, positions.at(img)).ifPresent(i -> out.add(new Inline.InlineImage(i, alt)));
        } else if (n instanceof TexMath.Formula f) {
            org.colophon.diagnostic.SourcePosition at = positions.at(f.lineIndex, f.columnIndex);
            if (!f.label.isEmpty()) {
                diagnostics.warning(at, "the label {#" + f.label + "} is not used: only a display formula in a paragraph "
                        + "(not in emphasis, a link, a heading or a table cell) is numbered; set it in a paragraph of its own");
            }
            out.add(new Inline.Math(f.tex, f.display, at));
            typography.setVerbatim(f.tex);
        } else if (n instanceof FootnoteReference ref) {
            typography.aside(() -> notes.reference(ref, noteBlocks)).ifPresent(out::add);
        } else if (n instanceof InlineFootnote note) {
            typography.aside(() -> notes.inline(note, positions.at(note),
                    () -> List.of(new Block.Paragraph(inlines(note, 0))))).ifPresent(out::add);
        } else {
            diagnostics.error(positions.at(n), "Colophon does not know how to print a " + n.getClass().getSimpleName());
        }
    }
}
