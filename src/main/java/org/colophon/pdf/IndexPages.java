package org.colophon.pdf;

import java.util.HashMap;
import java.util.Map;
import org.colophon.book.Block;
import org.colophon.book.Book;
import org.colophon.book.Inline;
import org.colophon.book.Traversal;
import java.util.List;
import org.w3c.dom.Element;
import org.xhtmlrenderer.pdf.ITextRenderer;
import org.xhtmlrenderer.render.Box;
import org.xhtmlrenderer.render.InlineLayoutBox;
import org.xhtmlrenderer.render.LineBox;
import org.xhtmlrenderer.render.PageBox;

/**
 * The folio of the page each index mark is printed on, from a layout: the index gives pages and ranges (12–14),
 * which Flying Saucer's {@code target-counter()} cannot, so the book is laid out a last time with these numbers as text.
 */
final class IndexPages {
    private IndexPages() {
    }

    /** Whether the book has an index. */
    static boolean has(Book book) {
        boolean[] found = {false};
        new Traversal() {
            @Override
            public void visit(Block.Index index) {
                found[0] = true;
            }
        }.book(book);
        return found[0];
    }

    /** The folio of each mark's page: arabic from the body's first page ({@code bodyPage}, 0-based), roman before. */
    static Map<String, String> of(Book book, ITextRenderer renderer, int bodyPage) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        new Traversal() {
            @Override
            public void visit(Inline.IndexMark mark) {
                ids.add(mark.id());
                super.visit(mark);
            }
        }.book(book);
        Map<String, String> pages = new HashMap<>();
        List<PageBox> boxes = renderer.getRootBox().getLayer().getPages();
        walk(renderer.getRootBox(), ids, (id, y) -> {
            for (int page = 0; page < boxes.size(); page++) {
                if (y >= boxes.get(page).getTop() && y < boxes.get(page).getBottom()) {
                    pages.putIfAbsent(id, bodyPage >= 0 && page >= bodyPage ? Integer.toString(page - bodyPage + 1)
                            : PageStarts.roman(page + 1));
                    return;
                }
            }
        });
        return pages;
    }

    /** Calls {@code found} with each marked element's id and the top of the line it begins on, in document order. */
    private static void walk(Box box, java.util.Set<String> ids, java.util.function.ObjIntConsumer<String> found) {
        if (box instanceof LineBox line) {
            inline(line, line, ids, found);
            return;
        }
        for (int i = 0; i < box.getChildCount(); i++) {
            walk(box.getChild(i), ids, found);
        }
    }

    private static void inline(LineBox line, Box box, java.util.Set<String> ids, java.util.function.ObjIntConsumer<String> found) {
        if (box instanceof InlineLayoutBox inline) {
            Element e = inline.getElement();
            if (e != null && ids.contains(e.getAttribute("id"))) {
                found.accept(e.getAttribute("id"), line.getAbsY());
            }
            for (Object child : inline.getInlineChildren()) {
                if (child instanceof Box b) {
                    inline(line, b, ids, found);
                }
            }
        } else {
            for (int i = 0; i < box.getChildCount(); i++) {
                inline(line, box.getChild(i), ids, found);
            }
        }
    }
}
