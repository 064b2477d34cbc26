package org.colophon.markdown;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.colophon.book.Block;
import org.colophon.book.Inline;
import org.colophon.diagnostic.SourcePosition;
import org.colophon.text.Typography;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * Reads the back cover's blurb (book.yaml's {@code back-cover:}, Markdown) into paragraphs of text, emphasis and
 * strong emphasis, with the book's typography. A cover has no room for more: any other block is read as a
 * paragraph of its text, any other inline as its text.
 */
final class BlurbConverter {
    private final Typography typography;

    BlurbConverter(String language) {
        this.typography = Typography.forLanguage(language);
    }

    List<Block> convert(String markdown) {
        Node document = Parser.builder().build().parse(Normalizer.normalize(markdown, Normalizer.Form.NFC));
        List<Block> blocks = new ArrayList<>();
        for (Node b = document.getFirstChild(); b != null; b = b.getNext()) {
            List<Inline> inlines = b instanceof Paragraph ? inlines(b) : List.of(text(plain(b)));
            if (!inlines.isEmpty()) {
                blocks.add(new Block.Paragraph(inlines));
            }
        }
        return blocks;
    }

    private List<Inline> inlines(Node parent) {
        List<Inline> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text t) {
                out.add(text(t.getLiteral()));
            } else if (n instanceof Emphasis) {
                out.add(new Inline.Emphasis(inlines(n)));
            } else if (n instanceof StrongEmphasis) {
                out.add(new Inline.Strong(inlines(n)));
            } else if (n instanceof SoftLineBreak) {
                out.add(new Inline.Text(" ", SourcePosition.file("book.yaml")));
            } else if (n instanceof HardLineBreak) {
                out.add(new Inline.LineBreak(true));
            } else if (n instanceof Code c) {
                out.add(new Inline.Text(c.getLiteral(), SourcePosition.file("book.yaml")));
            } else {
                out.addAll(inlines(n));
            }
        }
        return out;
    }

    private Inline text(String s) {
        return new Inline.Text(typography.apply(s, 0), SourcePosition.file("book.yaml"));
    }

    private static String plain(Node n) {
        StringBuilder sb = new StringBuilder();
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
            sb.append(c instanceof Text t ? t.getLiteral() : plain(c)).append(c instanceof Text ? "" : " ");
        }
        return sb.toString().strip();
    }
}
