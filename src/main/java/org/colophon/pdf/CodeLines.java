package org.colophon.pdf;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.w3c.dom.Text;

/**
 * Breaks the code lines too long for the measure before Flying Saucer does, so that the rest of a line goes on
 * under an arrow, indented as the line is: "→ rest". Flying Saucer wraps a long line of {@code pre} at the text
 * block's edge with nothing to show it, and a wrapped {@code -- comment} then reads as a line of code. Code is
 * monospaced, so a line's width is its length: each line is broken after its last space (or comma, semicolon or
 * opening bracket) within the columns the block's width holds, or at the last column when it has none. Lines Colophon
 * numbers keep their numbers' column free. A block in a table cell, whose width only the layout knows, is left to
 * Flying Saucer.
 */
final class CodeLines {
    /** The arrow at the start of a continued line: JetBrains Mono has U+2192, and no ↪ (U+21AA) nor ↳. */
    static final String MARK = "→";
    /** print.css sets code at 8 pt; JetBrains Mono's every glyph is 600/1000 em wide. */
    static final double SIZE = 8;
    static final double ADVANCE = 0.6 * SIZE;
    /** Points kept free at the end of a line, against rounding. */
    private static final double SAFETY = 1;
    /** A break is never taken nearer a line's start than this many columns past its indentation. */
    private static final int LEAST = 12;

    private CodeLines() {
    }

    static void apply(Document doc, double measure) {
        // a copy: the live list would be walked again from the start after each change to the document
        NodeList live = doc.getElementsByTagName("pre");
        List<Element> blocks = new ArrayList<>(live.getLength());
        for (int i = 0; i < live.getLength(); i++) {
            blocks.add((Element) live.item(i));
        }
        for (Element pre : blocks) {
            double width = width(pre, measure);
            if (width > 0) {
                apply(pre, (int) Math.floor((width - SAFETY) / ADVANCE));
            }
        }
    }

    /** The width of a block's lines, from the insets print.css gives what it stands in; 0 when unknown. */
    static double width(Element pre, double measure) {
        double inset = 0;
        for (Node n = pre.getParentNode(); n instanceof Element e; n = n.getParentNode()) {
            String name = e.getLocalName() == null ? e.getTagName() : e.getLocalName();
            if (name.equals("blockquote") || LineBreaks.isAlert(e)) {
                inset += 36;   // margin: 8pt 18pt
            } else if (name.equals("ul") || name.equals("ol")) {
                inset += 18;   // padding-left: 18pt
            } else if (name.equals("td") || name.equals("th") || name.equals("table")) {
                return 0;
            }
        }
        return measure - inset;
    }

    /** A piece of the block's text: a text node, and whether it is a line's number. */
    private record Piece(Text node, boolean number) {
    }

    private static void apply(Element pre, int columns) {
        if (columns < LEAST * 2 || longestLine(pre.getTextContent()) <= columns) {
            return;   // most blocks: nothing to break
        }
        List<Piece> pieces = new ArrayList<>();
        collect(pre, false, pieces);
        StringBuilder all = new StringBuilder();
        List<Integer> starts = new ArrayList<>();
        for (Piece p : pieces) {
            starts.add(all.length());
            all.append(p.node().getData());
        }
        // each line's breaks: where the rest starts in the block's text, and the indentation it goes on under
        List<int[]> breaks = new ArrayList<>();
        String text = all.toString();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int end = text.indexOf('\n', lineStart);
            if (end < 0) {
                end = text.length();
            }
            int numberWidth = numberWidth(pieces, starts, lineStart);
            int indent = numberWidth;
            while (lineStart + indent < end && text.charAt(lineStart + indent) == ' ') {
                indent++;
            }
            indent = Math.min(indent, numberWidth + columns / 2);
            int room = columns;   // columns left on the line being set
            int from = lineStart;
            while (end - from > room) {
                int cut = cut(text, from, from + room, from + (from == lineStart ? indent : 0) + LEAST);
                breaks.add(new int[] {cut, indent});
                room = columns - indent - MARK.length() - 1;
                from = cut;
            }
            lineStart = end + 1;
        }
        for (int b = breaks.size() - 1; b >= 0; b--) {
            insert(pieces, starts, breaks.get(b)[0], breaks.get(b)[1], pre.getOwnerDocument());
        }
    }

    private static int longestLine(String text) {
        int longest = 0;
        int start = 0;
        for (int nl = text.indexOf('\n'); ; nl = text.indexOf('\n', start)) {
            int end = nl < 0 ? text.length() : nl;
            longest = Math.max(longest, end - start);
            if (nl < 0) {
                return longest;
            }
            start = nl + 1;
        }
    }

    /** Where the line that starts at {@code from} is best broken before {@code limit}: after a space or a comma. */
    private static int cut(String text, int from, int limit, int least) {
        for (int i = limit; i > Math.max(from, least); i--) {
            char before = text.charAt(i - 1);
            if (before == ' ' || before == ',' || before == ';' || before == '(' || before == '[' || before == '{') {
                return i;
            }
        }
        return limit;
    }

    /** The length of the number that opens the line starting at {@code at}, 0 when it has none. */
    private static int numberWidth(List<Piece> pieces, List<Integer> starts, int at) {
        for (int i = 0; i < pieces.size(); i++) {
            if (starts.get(i) == at && pieces.get(i).node().getLength() > 0) {
                return pieces.get(i).number() ? pieces.get(i).node().getLength() : 0;
            }
        }
        return 0;
    }

    private static void collect(Node node, boolean number, List<Piece> out) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Text t) {
                out.add(new Piece(t, number));
            } else if (n instanceof Element e) {
                collect(e, number || e.getAttribute("class").equals("line-number"), out);
            }
        }
    }

    /** Puts a line end, the indentation and the arrow where the rest of a line starts. */
    private static void insert(List<Piece> pieces, List<Integer> starts, int at, int indent, Document doc) {
        int i = pieces.size() - 1;
        while (i > 0 && starts.get(i) > at) {
            i--;
        }
        while (i < pieces.size() - 1 && starts.get(i) + pieces.get(i).node().getLength() <= at
                && starts.get(i + 1) <= at) {
            i++;
        }
        Text node = pieces.get(i).node();
        int offset = Math.min(at - starts.get(i), node.getLength());
        Text rest = node.splitText(offset);
        Node parent = rest.getParentNode();
        parent.insertBefore(doc.createTextNode("\n" + " ".repeat(indent)), rest);
        Element mark = doc.createElement("span");
        mark.setAttribute("class", "wrap-mark");
        mark.appendChild(doc.createTextNode(MARK + " "));
        parent.insertBefore(mark, rest);
    }
}
