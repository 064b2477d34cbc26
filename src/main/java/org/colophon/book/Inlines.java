package org.colophon.book;

import java.util.List;

/** Functions over inline content. */
public final class Inlines {
    private Inlines() {
    }

    /** The text of inline content as a reader hears it, for titles, ids and running heads. */
    public static String plainText(List<Inline> inlines) {
        PlainText text = new PlainText();
        text.inlines(inlines);
        return text.sb.toString().strip().replaceAll("\\s+", " ");
    }

    private static final class PlainText extends Traversal {
        final StringBuilder sb = new StringBuilder();

        @Override
        public void visit(Inline.Text text) {
            sb.append(text.text());
        }

        @Override
        public void visit(Inline.Code code) {
            sb.append(code.text());
        }

        @Override
        public void visit(Inline.LineBreak lineBreak) {
            sb.append(' ');
        }

        /** A formula reads as its TeX: the nearest to what it says that plain text holds (a title, an id). */
        @Override
        public void visit(Inline.Math math) {
            sb.append(math.tex());
        }
    }
}
