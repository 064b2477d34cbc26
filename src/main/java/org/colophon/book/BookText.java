package org.colophon.book;

import java.util.List;

/** The plain text of blocks, as a reader would read it aloud: for word counts and character checks. */
public final class BookText {
    private BookText() {
    }

    public static String of(List<Block> blocks) {
        StringBuilder sb = new StringBuilder();
        append(blocks, sb);
        return sb.toString();
    }

    /** Every word of the book: chapters, then notes. */
    public static int words(Book book) {
        int words = 0;
        for (Chapter c : book.chapters()) {
            words += org.colophon.text.Texts.countWords(of(c.blocks()));
        }
        for (Note n : book.notes()) {
            words += org.colophon.text.Texts.countWords(of(n.blocks()));
        }
        return words;
    }

    public static int figures(Book book) {
        int n = 0;
        for (Chapter c : book.chapters()) {
            for (Block b : c.blocks()) {
                if (b instanceof Block.Figure) {
                    n++;
                }
            }
        }
        return n;
    }

    private static void append(List<Block> blocks, StringBuilder sb) {
        for (Block b : blocks) {
            if (b instanceof Block.Heading h) {
                line(sb, Inlines.plainText(h.content()));
            } else if (b instanceof Block.Paragraph p) {
                line(sb, Inlines.plainText(p.content()));
            } else if (b instanceof Block.Figure f) {
                line(sb, Inlines.plainText(f.caption()) + " " + f.credit());
            } else if (b instanceof Block.BlockQuote q) {
                append(q.children(), sb);
            } else if (b instanceof Block.Container c) {
                append(c.children(), sb);
            } else if (b instanceof Block.ListBlock l) {
                l.items().forEach(item -> append(item, sb));
            } else if (b instanceof Block.CodeBlock c) {
                line(sb, c.code());
            } else if (b instanceof Block.Html h) {
                h.texts().forEach(t -> line(sb, t.text()));
            } else if (b instanceof Block.Table t) {
                t.header().forEach(cell -> line(sb, Inlines.plainText(cell)));
                t.rows().forEach(row -> row.forEach(cell -> line(sb, Inlines.plainText(cell))));
            }
        }
    }

    private static void line(StringBuilder sb, String text) {
        sb.append(text).append('\n');
    }
}
