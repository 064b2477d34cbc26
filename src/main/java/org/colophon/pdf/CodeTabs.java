package org.colophon.pdf;

import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.w3c.dom.Text;

/**
 * Tabs in code, set as a terminal sets them: spaces to the next stop every eight columns (CSS's tab-size). Flying
 * Saucer draws a tab as one glyph of a fixed width, so columns a tab lines up ("%H\tCommit hash") came out ragged.
 * Print only: a reading system applies tab-size itself.
 */
final class CodeTabs {
    static final int TAB_SIZE = 8;

    private CodeTabs() {
    }

    static void expand(Document doc) {
        NodeList blocks = doc.getElementsByTagName("pre");
        for (int i = 0; i < blocks.getLength(); i++) {
            int[] column = {0};
            expand(blocks.item(i), column);
        }
    }

    /** Expands the tabs of the text under {@code node}, in order, the column carried from one text to the next. */
    private static void expand(Node node, int[] column) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Text text) {
                text.setData(expand(text.getData(), column));
            } else {
                expand(n, column);
            }
        }
    }

    static String expand(String s, int[] column) {
        if (s.indexOf('\t') < 0) {
            int newline = s.lastIndexOf('\n');
            column[0] = newline < 0 ? column[0] + s.codePointCount(0, s.length()) : s.codePointCount(newline + 1, s.length());
            return s;
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\t') {
                int spaces = TAB_SIZE - column[0] % TAB_SIZE;
                out.append(" ".repeat(spaces));
                column[0] += spaces;
            } else {
                out.appendCodePoint(c);
                column[0] = c == '\n' ? 0 : column[0] + 1;
            }
        }
        return out.toString();
    }
}
