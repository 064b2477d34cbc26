package org.colophon.markdown;

import java.util.List;
import java.util.Optional;
import org.colophon.book.Block;
import org.colophon.book.Image;
import org.colophon.book.Inline;
import org.colophon.diagnostic.SourcePosition;
import org.colophon.text.AltText;
import org.colophon.text.Texts;
import org.colophon.text.Typography;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;

/**
 * Figures: an image alone on the first line of a paragraph is a figure, the rest of the paragraph its caption and the
 * image's title its credit; {@code {width=50%}} after it gives its width. An image alone in its paragraph is captioned
 * by its alt text, as pandoc's implicit figures and MkDocs print it (unless that text describes nothing, as a file's
 * name); a backslash right after it ({@code ![A harbour.](harbour.jpg)\}) makes a figure with no caption.
 */
final class Figures {
    private final BookAssembler.BookState book;
    private final NodePositions positions;
    private final ChapterReferences references;
    private final InlineConverter inlines;
    private final Typography typography;

    Figures(BookAssembler.BookState book, NodePositions positions, ChapterReferences references, InlineConverter inlines,
            Typography typography) {
        this.book = book;
        this.typography = typography;
        this.positions = positions;
        this.references = references;
        this.inlines = inlines;
    }

    /** An image alone on the paragraph's first line makes a figure, captioned by the lines after it. */
    static boolean isFigure(Paragraph p) {
        Node after = p.getFirstChild() instanceof org.commonmark.node.Image img ? img.getNext() : null;
        return p.getFirstChild() instanceof org.commonmark.node.Image
                && (after == null || after instanceof SoftLineBreak || after instanceof HardLineBreak || uncaptioned(after));
    }

    /** A backslash alone after the image, ending the paragraph: the author asks for no caption. */
    private static boolean uncaptioned(Node after) {
        return after instanceof org.commonmark.node.Text t && t.getLiteral().equals("\\") && t.getNext() == null;
    }

    /** The figure of a paragraph for which {@link #isFigure} holds; empty when its image cannot be used. */
    Optional<Block> figure(Paragraph p) {
        org.commonmark.node.Image img = (org.commonmark.node.Image) p.getFirstChild();
        Node after = img.getNext();
        String alt = NodeText.alt(img);
        SourcePosition at = positions.at(img);
        Optional<Image> image = references.image(img, alt, at);
        boolean alone = after == null;
        List<Inline> caption = alone || uncaptioned(after) ? List.of() : inlines.rest(after.getNext());
        // alone, it is captioned by its alt text, set as a caption's text is (a file name captions nothing)
        boolean captionIsAlt = alone && !alt.isBlank() && !AltText.describesNothing(alt, img.getDestination());
        if (captionIsAlt) {
            caption = List.of(new Inline.Text(typography.apply(alt, 0), at));
        }
        String credit = img.getTitle() == null ? "" : Texts.nfc(img.getTitle()).strip();
        int width = references.figureWidth(img, at);
        List<Inline> captioned = caption;
        return image.map(i -> new Block.Figure(book.nextFigureId(), i, alt, captioned, credit, at, width, captionIsAlt));
    }
}
