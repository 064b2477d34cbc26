package org.colophon.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.colophon.book.Block;
import org.colophon.book.Book;
import org.colophon.book.Inline;
import org.colophon.book.Traversal;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xhtmlrenderer.render.Box;
import org.xhtmlrenderer.render.InlineLayoutBox;
import org.xhtmlrenderer.render.LineBox;
import org.xhtmlrenderer.render.PageBox;

/**
 * The index's page numbers, a layout pass: the index gives each entry's pages, each once, consecutive ones as a range
 * (12–14), which Flying Saucer's {@code target-counter()} cannot. A layout with the counters tells on which page each
 * mark is printed; the next has the numbers and ranges as text. The index comes after the text, so that the numbers
 * move no mark; it reads the layout once the passes before it (notes at the foot, scene breaks, blank pages) are
 * content, and asks again only if a mark moved.
 */
final class IndexPages implements LayoutPass {
    private final Set<String> marks;
    private Map<String, String> pages = Map.of();

    private IndexPages(Set<String> marks) {
        this.marks = marks;
    }

    /** The pass for a book with an index; none for a book without. */
    static java.util.Optional<IndexPages> of(Book book) {
        boolean[] index = {false};
        Set<String> marks = new java.util.HashSet<>();
        new Traversal() {
            @Override
            public void visit(Block.Index i) {
                index[0] = true;
            }

            @Override
            public void visit(Inline.IndexMark mark) {
                marks.add(mark.id());
                super.visit(mark);
            }
        }.book(book);
        return index[0] ? java.util.Optional.of(new IndexPages(marks)) : java.util.Optional.empty();
    }

    @Override
    public void apply(Document doc) {
        if (pages.isEmpty()) {
            return;   // the first layout: the counters give the numbers their width
        }
        NodeList spans = doc.getElementsByTagName("span");
        List<Element> lists = new ArrayList<>();
        for (int i = 0; i < spans.getLength(); i++) {
            Element e = (Element) spans.item(i);
            if (e.getAttribute("class").equals("index-locators")) {
                lists.add(e);
            }
        }
        lists.forEach(this::write);
    }

    /** An entry's locators as page numbers: each page once, consecutive pages as a range, each linked to its first place. */
    private void write(Element list) {
        List<String> hrefs = new ArrayList<>();
        List<String> folios = new ArrayList<>();
        NodeList links = list.getElementsByTagName("a");
        for (int i = 0; i < links.getLength(); i++) {
            String href = ((Element) links.item(i)).getAttribute("href");
            String page = pages.get(href.substring(1));
            if (page != null && !folios.contains(page)) {
                hrefs.add(href);
                folios.add(page);
            }
        }
        String ns = list.getNamespaceURI();
        while (list.getFirstChild() != null) {
            list.removeChild(list.getFirstChild());
        }
        for (int i = 0; i < folios.size(); i++) {
            int end = i;
            while (end + 1 < folios.size() && consecutive(folios.get(end), folios.get(end + 1))) {
                end++;
            }
            list.appendChild(list.getOwnerDocument().createTextNode(", "));
            Element a = list.getOwnerDocument().createElementNS(ns, "a");
            a.setAttribute("href", hrefs.get(i));
            a.setAttribute("class", "index-locator");
            a.appendChild(list.getOwnerDocument().createTextNode(end > i ? folios.get(i) + "\u2013" + folios.get(end) : folios.get(i)));
            list.appendChild(a);
            i = end;
        }
    }

    private static boolean consecutive(String a, String b) {
        return a.matches("\\d+") && b.matches("\\d+") && Integer.parseInt(b) == Integer.parseInt(a) + 1;
    }

    @Override
    public boolean read(LaidOut laid) {
        Map<String, String> found = pages(laid, BlankPages.firstPage(laid.renderer(), BlankPages.BODY_ID));
        if (found.equals(pages)) {
            return false;
        }
        pages = found;
        return true;
    }

    /** The folio of each mark's page: arabic from the body's first page ({@code bodyPage}, 0-based), roman before. */
    private Map<String, String> pages(LaidOut laid, int bodyPage) {
        Map<String, String> out = new HashMap<>();
        List<PageBox> boxes = laid.pages();
        walk(laid.root(), (id, y) -> {
            for (int page = 0; page < boxes.size(); page++) {
                if (y >= boxes.get(page).getTop() && y < boxes.get(page).getBottom()) {
                    out.putIfAbsent(id, bodyPage >= 0 && page >= bodyPage ? Integer.toString(page - bodyPage + 1)
                            : PageStarts.roman(page + 1));
                    return;
                }
            }
        });
        return out;
    }

    /** Calls {@code found} with each mark's id and the top of the line it begins on, in document order. */
    private void walk(Box box, java.util.function.ObjIntConsumer<String> found) {
        if (box instanceof LineBox line) {
            inline(line, line, found);
            return;
        }
        for (int i = 0; i < box.getChildCount(); i++) {
            walk(box.getChild(i), found);
        }
    }

    private void inline(LineBox line, Box box, java.util.function.ObjIntConsumer<String> found) {
        if (box instanceof InlineLayoutBox inline) {
            Element e = inline.getElement();
            if (e != null && marks.contains(e.getAttribute("id"))) {
                found.accept(e.getAttribute("id"), line.getAbsY());
            }
            for (Object child : inline.getInlineChildren()) {
                if (child instanceof Box b) {
                    inline(line, b, found);
                }
            }
        } else {
            for (int i = 0; i < box.getChildCount(); i++) {
                inline(line, box.getChild(i), found);
            }
        }
    }
}
