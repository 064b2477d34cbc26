package org.colophon.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.colophon.book.Book;
import org.colophon.book.EndNotes;
import org.colophon.output.PageStart;
import org.colophon.xhtml.XhtmlRenderer;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;
import org.xhtmlrenderer.layout.Layer;
import org.xhtmlrenderer.render.BlockBox;
import org.xhtmlrenderer.render.Box;
import org.xhtmlrenderer.render.InlineLayoutBox;
import org.xhtmlrenderer.render.InlineText;
import org.xhtmlrenderer.render.LineBox;
import org.xhtmlrenderer.render.PageBox;

/**
 * Where each printed page begins, read from Flying Saucer's laid-out boxes: the first line (or image) whose top lies
 * on the page, as an element of the book's text and a count of the non-blank characters of that element before the
 * page's first word. Elements are counted within their chapter, part or note, as the ebook renders the same ones, so
 * that the EPUB can put a page-break marker at the same word. Non-blank characters, because Flying Saucer collapses
 * white space and the ebook's renderer does not.
 */
final class PageStarts {
    /** A place where text or an image begins: its top in document coordinates, its element, characters before it. */
    private record Start(int top, Element element, int offset) {
    }

    private final Set<String> anchorIds;
    private final Map<Element, Map<Element, Integer>> numbering = new HashMap<>();

    private PageStarts(Set<String> anchorIds) {
        this.anchorIds = anchorIds;
    }

    /** The page starts of a laid-out book, in page order. */
    static List<PageStart> of(Book book, Box root) {
        Set<String> ids = new HashSet<>();
        book.chapters().forEach(c -> ids.add(c.id()));
        book.parts().forEach(p -> ids.add(p.id()));
        book.notes().forEach(n -> ids.add(n.id()));
        ids.add(XhtmlRenderer.NOTES_ID);   // the notes' heading: the ebook's first notes document has it
        // each chapter's notes, under their subhead: in the ebook, a document of their own
        EndNotes.of(book).groups().forEach(g -> ids.add(g.headingId()));
        return new PageStarts(ids).read(root);
    }

    private List<PageStart> read(Box root) {
        List<Start> starts = new ArrayList<>();
        collect(root, starts);
        Layer layer = root.getLayer();
        List<PageBox> pages = layer.getPages();
        int bodyPage = -1;
        List<Start> firsts = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            firsts.add(first(starts, pages.get(p)));
            if (bodyPage < 0 && firsts.get(p) != null && inBody(firsts.get(p).element())) {
                bodyPage = p;
            }
        }
        List<PageStart> result = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            Start s = firsts.get(p);
            if (s == null) {
                continue;
            }
            String label = bodyPage >= 0 && p >= bodyPage ? Integer.toString(p - bodyPage + 1)
                    : roman(p + 1);
            Element anchor = anchor(s.element());
            if (anchor != null) {
                result.add(new PageStart(label, anchor.getAttribute("id"), number(anchor, s.element()), s.offset()));
            }
        }
        return result;
    }

    /** The first start, in document order, whose top lies on {@code page}. */
    private static Start first(List<Start> starts, PageBox page) {
        for (Start s : starts) {
            if (s.top() >= page.getTop() && s.top() < page.getBottom()) {
                return s;
            }
        }
        return null;
    }

    /** Every line's first text and every block image, in document order. */
    private static void collect(Box box, List<Start> starts) {
        if (box instanceof LineBox line) {
            Start s = firstText(line, line);
            if (s != null) {
                starts.add(s);
            }
            return;
        }
        if (box instanceof BlockBox block && block.isReplaced() && block.getElement() != null) {
            starts.add(new Start(block.getAbsY(), block.getElement(), 0));
            return;
        }
        for (int i = 0; i < box.getChildCount(); i++) {
            collect(box.getChild(i), starts);
        }
    }

    private static Start firstText(LineBox line, Box box) {
        List<Object> children = box instanceof InlineLayoutBox inline ? inline.getInlineChildren() : childrenOf(box);
        for (Object child : children) {
            if (child instanceof InlineText t && t.getTextNode() != null && !blank(t.getSubstring())) {
                Text node = t.getTextNode();
                Element element = (Element) node.getParentNode();
                int offset = nonBlankBefore(element, node) + nonBlank(t.getMasterText().substring(0, t.getStart()));
                if (PageStart.uncounted(element.getAttribute("class"))) {
                    // a page reference's words differ between the formats: the page begins where it stands
                    Node link = element;
                    element = (Element) link.getParentNode();
                    offset = nonBlankBefore(element, link);
                }
                // a part made for print (SceneBreaks) stands for the book's element it continues
                for (var c = ParagraphSplit.continued(element); c != null; c = ParagraphSplit.continued(element)) {
                    offset += c.before();
                    element = c.original();
                }
                return new Start(line.getAbsY(), element, offset);
            } else if (child instanceof InlineLayoutBox inner) {
                Start s = firstText(line, inner);
                if (s != null) {
                    return s;
                }
            } else if (child instanceof BlockBox replaced && replaced.isReplaced() && replaced.getElement() != null) {
                return new Start(line.getAbsY(), replaced.getElement(), 0);
            }
        }
        return null;
    }

    private static List<Object> childrenOf(Box box) {
        List<Object> children = new ArrayList<>();
        for (int i = 0; i < box.getChildCount(); i++) {
            children.add(box.getChild(i));
        }
        return children;
    }

    /** The non-blank characters of {@code element}'s text before {@code stop} (running heads left out). */
    static int nonBlankBefore(Node element, Node stop) {
        int[] count = {0};
        textBefore(element, stop, count);
        return count[0];
    }

    /** Adds the text of {@code node} up to {@code stop}; true once {@code stop} is reached. */
    private static boolean textBefore(Node node, Node stop, int[] count) {
        if (node == stop) {
            return true;
        }
        if (node instanceof Text t) {
            count[0] += nonBlank(t.getData());
            return false;
        }
        if (node instanceof Element e && (runningHead(e) || PageStart.uncounted(e.getAttribute("class")))) {
            return false;
        }
        for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (textBefore(c, stop, count)) {
                return true;
            }
        }
        return false;
    }

    /** A front matter folio: i, ii, iii, iv… */
    static String roman(int n) {
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] digits = {"m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"};
        StringBuilder r = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            for (; n >= values[i]; n -= values[i]) {
                r.append(digits[i]);
            }
        }
        return r.toString();
    }

    static int nonBlank(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (PageStart.counted(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    private static boolean blank(String s) {
        return nonBlank(s) == 0;
    }

    private static boolean runningHead(Element e) {
        String c = e.getAttribute("class");
        return c.equals("running-verso") || c.equals("running-recto");
    }

    private static boolean inBody(Element e) {
        for (Node n = e; n instanceof Element el; n = n.getParentNode()) {
            if (el.getTagName().equals("div") && el.getAttribute("class").equals("body")) {
                return true;
            }
        }
        return false;
    }

    /** The chapter's or part's section, or the note, that holds {@code e}; null outside the book's text. */
    private Element anchor(Element e) {
        for (Node n = e; n instanceof Element el; n = n.getParentNode()) {
            String tag = el.getTagName();
            if ((tag.equals("section") || tag.equals("li") || tag.equals("h2")) && anchorIds.contains(el.getAttribute("id"))) {
                return el;
            }
            if (runningHead(el)) {
                return null;
            }
        }
        return null;
    }

    /** The place of {@code e} among the elements of {@code anchor}, in document order, the anchor being 0. */
    private int number(Element anchor, Element e) {
        return numbering.computeIfAbsent(anchor, a -> {
            Map<Element, Integer> order = new HashMap<>();
            numberAll(a, order);
            return order;
        }).get(e);
    }

    private static void numberAll(Element e, Map<Element, Integer> order) {
        if (runningHead(e)) {
            return;
        }
        if (ParagraphSplit.continued(e) == null) {   // a part made for print is not in the ebook; what it holds is
            order.put(e, order.size());
        }
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element child) {
                numberAll(child, order);
            }
        }
    }
}
