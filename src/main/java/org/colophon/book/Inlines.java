package org.colophon.book;

import java.util.List;

/** Functions over inline content. */
public final class Inlines {
    private Inlines() {
    }

    /** The text of inline content as a reader hears it, for titles, ids and running heads. */
    public static String plainText(List<Inline> inlines) {
        StringBuilder sb = new StringBuilder();
        append(inlines, sb);
        return sb.toString().strip().replaceAll("\\s+", " ");
    }

    private static void append(List<Inline> inlines, StringBuilder sb) {
        for (Inline i : inlines) {
            if (i instanceof Inline.Text t) {
                sb.append(t.text());
            } else if (i instanceof Inline.Code c) {
                sb.append(c.text());
            } else if (i instanceof Inline.Emphasis e) {
                append(e.children(), sb);
            } else if (i instanceof Inline.Strong s) {
                append(s.children(), sb);
            } else if (i instanceof Inline.Strikethrough s) {
                append(s.children(), sb);
            } else if (i instanceof Inline.Link l) {
                append(l.children(), sb);
            } else if (i instanceof Inline.Span s) {
                append(s.children(), sb);
            } else if (i instanceof Inline.LineBreak) {
                sb.append(' ');
            }
        }
    }
}
