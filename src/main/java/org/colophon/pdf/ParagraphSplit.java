package org.colophon.pdf;

import java.util.ArrayList;
import java.util.List;
import org.colophon.output.PageStart;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.w3c.dom.Text;

/**
 * Splits a paragraph of the print document in two at a line break that {@link LineBreaks} chose, so that its second
 * part opens a page ({@link SceneBreaks}). The lines stay as they were: the first part's last line stays justified (an
 * empty line of no height follows it, so that it is not the paragraph's last), the second part has no indent. The
 * split is print only: each element it makes is tied to the element of the book it stands for ({@link #continued}),
 * so that the page markers count the ebook's elements.
 */
final class ParagraphSplit {
    /**
     * A paragraph that goes over whole opens its page; a split one's first part ends its page, its lines keep the
     * body's leading (print.css's 15 pt, which ParagraphIndentTest and SceneBreakTest would show broken), and the
     * empty line after them has none (set on the baseline: at the top of the line, Flying Saucer gives that line the
     * height of the face, which a notes block after it must not have to guess).
     */
    static final String CSS = """
            .scene-end { page-break-before: always; }
            p.split { page-break-after: always; }
            p.split, p.cut { line-height: 0; }
            p.split > span.lines, p.cut > span.lines { line-height: 15pt; }
            p.split > span.line-end, p.cut > span.line-end { display: inline-block; width: 100%; height: 0; vertical-align: top; }
            p.cut > span.line-end { vertical-align: baseline; }
            p.continued { text-indent: 0; }
            """;
    /** A split whose second part opens a page. */
    static final String OPENS_PAGE = "split";
    /** A split with the page's foot notes between the parts ({@link FootNotes}): they end the page. */
    static final String UNDER_NOTES = "cut";
    /** The user data that ties an element made for print to the element of the book it stands for. */
    private static final String CONTINUES = "colophon.continues";

    /** An element made for print continues {@code original}, after {@code before} counted characters of it. */
    record Continuation(Element original, int before) {
    }

    private ParagraphSplit() {
    }

    /** What an element made here stands for in the book, or null for an element of the book. */
    static Continuation continued(Element e) {
        return e.getUserData(CONTINUES) instanceof Continuation c ? c : null;
    }

    /** Ties {@code made}, an element made for print, to the element of the book it stands for. */
    static void standFor(Element made, Element original, int before) {
        made.setUserData(CONTINUES, new Continuation(original, before), null);
    }

    /**
     * Splits the book's paragraph {@code original} before its counted character {@code at}, in whichever of its parts
     * (a paragraph split before) holds it; {@code kind} is {@link #OPENS_PAGE} or {@link #UNDER_NOTES}. The part
     * after the split.
     */
    static Element splitAt(Document doc, Element original, int at, String kind) {
        Element part = original;
        int base = 0;
        while (true) {
            int n = counted(part);
            Element next = nextPart(part);
            if (next == null || at < base + n) {
                return split(doc, part, at - base, kind);
            }
            base += n;
            part = next;
        }
    }

    /** The last part of the book's element {@code original}: itself when it was not split. */
    static Element lastPart(Element original) {
        Element last = original;
        for (Element next = nextPart(last); next != null; next = nextPart(last)) {
            last = next;
        }
        return last;
    }

    /** The part that continues {@code part}, after what the page foot's notes put between them. */
    private static Element nextPart(Element part) {
        for (Node n = part.getNextSibling(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                if (e.getAttribute("class").startsWith(PageFlow.NOTES_BLOCK) || e.getAttribute("class").equals(PageFlow.PAGE_END)) {
                    continue;
                }
                Continuation c = continued(e);
                return c != null && c.original() == part ? e : null;
            }
        }
        return null;
    }

    /** Splits {@code p} before its counted character {@code at}; the second part opens a page. */
    static void split(Document doc, Element p, int at) {
        split(doc, p, at, OPENS_PAGE);
    }

    private static Element split(Document doc, Element p, int at, String kind) {
        Element rest = (Element) p.cloneNode(false);
        rest.removeAttribute("id");
        StringBuilder classes = new StringBuilder();
        for (String c : p.getAttribute("class").split("\\s+")) {
            if (!c.isEmpty() && !java.util.Set.of("first", "continued", OPENS_PAGE, UNDER_NOTES).contains(c)) {
                classes.append(c).append(' ');
            }
        }
        rest.setAttribute("class", classes + "continued");
        Node start = boundary(p, at);
        // the part after the boundary, and clones of the elements it lies in, go to the second paragraph
        Node moving = start;
        while (moving.getParentNode() != p) {
            Element parent = (Element) moving.getParentNode();
            if (moving.getPreviousSibling() == null) {
                moving = parent;   // the part begins this element: it goes over whole, with its id
                continue;
            }
            Element clone = (Element) parent.cloneNode(false);
            clone.removeAttribute("id");
            clone.setUserData(CONTINUES, new Continuation(parent, 0), null);
            for (Node n = moving; n != null; ) {
                Node next = n.getNextSibling();
                clone.appendChild(n);
                n = next;
            }
            parent.getParentNode().insertBefore(clone, parent.getNextSibling());
            moving = clone;
        }
        for (Node n = moving; n != null; ) {
            Node next = n.getNextSibling();
            rest.appendChild(n);
            n = next;
        }
        p.getParentNode().insertBefore(rest, p.getNextSibling());
        // now that the first part holds only its own text, each clone continues after all of its original
        rest.setUserData(CONTINUES, new Continuation(p, counted(p)), null);
        for (Element clone : descendants(rest)) {
            Continuation c = continued(clone);
            if (c != null) {
                clone.setUserData(CONTINUES, new Continuation(c.original(), counted(c.original())), null);
            }
        }
        // the first part: its lines set as before, then an empty line of no height, so that its last is justified
        Element lines = doc.createElementNS(p.getNamespaceURI(), "span");
        lines.setAttribute("class", "lines");
        lines.setUserData(CONTINUES, new Continuation(p, 0), null);
        while (p.getFirstChild() != null) {
            lines.appendChild(p.getFirstChild());
        }
        p.appendChild(lines);
        p.appendChild(doc.createTextNode(" "));
        Element end = doc.createElementNS(p.getNamespaceURI(), "span");
        end.setAttribute("class", "line-end");
        end.setUserData(CONTINUES, new Continuation(p, counted(p)), null);
        p.appendChild(end);
        p.setAttribute("class", (p.getAttribute("class") + " " + kind).strip());
        return rest;
    }

    /** The text node that starts at the counted character {@code at} of {@code p}, split off where needed. */
    private static Node boundary(Element p, int at) {
        int[] seen = {0};
        Text found = find(p, at, seen);
        if (found == null) {
            throw new IllegalStateException("no character " + at + " in a paragraph of " + seen[0]);
        }
        return found;
    }

    private static Text find(Node node, int at, int[] seen) {
        if (node instanceof Text t) {
            String s = t.getData();
            for (int i = 0; i < s.length(); i++) {
                if (PageStart.counted(s.charAt(i))) {
                    if (seen[0] == at) {
                        return i == 0 ? t : t.splitText(i);
                    }
                    seen[0]++;
                }
            }
            return null;
        }
        for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
            Text found = find(c, at, seen);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static int counted(Node node) {
        return PageStarts.nonBlank(node.getTextContent());
    }

    private static List<Element> descendants(Element e) {
        List<Element> all = new ArrayList<>();
        NodeList list = e.getElementsByTagName("*");
        for (int i = 0; i < list.getLength(); i++) {
            all.add((Element) list.item(i));
        }
        return all;
    }
}
