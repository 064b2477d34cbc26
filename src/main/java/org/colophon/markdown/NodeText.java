package org.colophon.markdown;

import org.colophon.text.Texts;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/** The plain text under a parsed node: an image's alt, which CommonMark keeps as child nodes, or a heading's words. */
final class NodeText {
    private NodeText() {
    }

    /** An image's alt text as a book holds it: composed (NFC), without space around it. */
    static String alt(org.commonmark.node.Image img) {
        return Texts.nfc(plain(img)).strip();
    }

    static String plain(Node n) {
        StringBuilder sb = new StringBuilder();
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof Text t) {
                sb.append(t.getLiteral());
            } else if (c instanceof Code code) {
                sb.append(code.getLiteral());
            } else if (c instanceof TexMath.Formula f) {
                sb.append(f.tex);
            } else if (c instanceof SoftLineBreak || c instanceof HardLineBreak) {
                sb.append(' ');
            } else {
                sb.append(plain(c));
            }
        }
        return sb.toString();
    }
}
