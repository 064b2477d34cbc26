package org.colophon.pdf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.colophon.output.PageStart;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.w3c.dom.Text;
import org.xhtmlrenderer.render.BlockBox;
import org.xhtmlrenderer.render.Box;
import org.xhtmlrenderer.render.InlineLayoutBox;
import org.xhtmlrenderer.render.InlineText;
import org.xhtmlrenderer.render.LineBox;
import org.xhtmlrenderer.render.PageBox;

/**
 * Scene breaks that never open a page. print.css keeps an ornament with the text after it ({@code page-break-after:
 * avoid}); Flying Saucer can keep it with the text before it only by moving that whole paragraph, and it does not even
 * do that between two paragraphs, so an ornament can be the first line of a page, cut from the scene it closes. A
 * layout finds where that happens; the next layout takes the last two lines of the paragraph before over to that
 * page: the paragraph is split there, the second part opens the page, and the first part's last line stays justified
 * (an empty line of no height follows it, so that it is not the paragraph's last). A paragraph of three lines or fewer
 * goes over whole. The split leaves the line breaks as they were and is print only: the page markers map the second
 * part back to the paragraph it continues ({@link #continued}).
 */
final class SceneBreaks {
    /**
     * The first part ends its page; its lines keep the body's leading (print.css's 15 pt, which ParagraphIndentTest
     * and SceneBreakTest would show broken), the empty line after them has none.
     */
    static final String CSS = """
            .scene-end { page-break-before: always; }
            p.split { page-break-after: always; line-height: 0; }
            p.split > span.lines { line-height: 15pt; }
            p.split > span.line-end { display: inline-block; width: 100%; height: 0; vertical-align: top; }
            p.continued { text-indent: 0; }
            """;
    /** The user data that ties an element made for print to the element of the book it stands for. */
    private static final String CONTINUES = "colophon.continues";

    /** An element made for print continues {@code original}, after {@code before} counted characters of it. */
    record Continuation(Element original, int before) {
    }

    private SceneBreaks() {
    }

    /** What an element made here stands for in the book, or null for an element of the book. */
    static Continuation continued(Element e) {
        return e.getUserData(CONTINUES) instanceof Continuation c ? c : null;
    }

    /**
     * Where to split, so that no ornament of this layout opens a page: the book's paragraphs, by number, each with
     * the counted characters before its part that goes over (0: all of it). One per run of pages that flow into each
     * other ({@code chapterByChapter}: each chapter opens a page, else the whole book is one run), the first:
     * splitting moves the pages after it, which the next layout then shows.
     */
    static Openings openingPages(Box root, Document doc, boolean chapterByChapter) {
        List<Element> paragraphs = paragraphs(doc);
        List<Box> lines = new ArrayList<>();
        collect(root, lines);
        Map<Integer, Integer> splits = new TreeMap<>();
        List<Opening> found = new ArrayList<>();
        Set<Node> runs = new HashSet<>();
        int index = 0;
        int line = 0;
        PageBox before = null;
        for (PageBox page : root.getLayer().getPages()) {
            while (line < lines.size() && lines.get(line).getAbsY() < page.getTop()) {
                line++;
            }
            if (before != null && line < lines.size() && lines.get(line).getAbsY() < page.getBottom()
                    && isOrnament(owner(lines.get(line)))) {
                Element ornament = owner(lines.get(line));
                found.add(new Opening(chapterId(ornament), index));
                if (runs.add(chapterByChapter ? ornament.getParentNode() : doc)) {
                    mend(ornament, lines, before, paragraphs, splits);
                }
            }
            before = page;
            index++;
        }
        return new Openings(splits, found);
    }

    /** The id of the chapter's section that holds {@code e}. */
    private static String chapterId(Element e) {
        for (Node n = e.getParentNode(); n instanceof Element el; n = n.getParentNode()) {
            if (el.getTagName().equals("section") && el.getAttribute("class").contains("chapter")) {
                return el.getAttribute("id");
            }
        }
        return "";
    }

    /** An ornament at the top of a page: the chapter it is in, the page (0-based, in the file). */
    record Opening(String chapterId, int page) {
    }

    /** What a layout showed: the splits that mend what can be mended, and every ornament that opens a page. */
    record Openings(Map<Integer, Integer> splits, List<Opening> found) {
        static final Openings NONE = new Openings(Map.of(), List.of());
    }

    /**
     * How to take the end of the scene before {@code ornament} over to the page it opens: the last two lines of the
     * paragraph before, split off; a short paragraph whole when a paragraph comes before it; a whole short scene with
     * the ornament before it, and so on back to a paragraph long enough to split, as long as they all end on the page
     * before. Nothing when a heading, list, quotation or figure comes first: moving the text after it would strand
     * it at the foot of a page, or put the earlier ornament at the top of one.
     */
    private static void mend(Element ornament, List<Box> lines, PageBox before, List<Element> paragraphs,
            Map<Integer, Integer> splits) {
        for (Element o = ornament; ; ) {
            Element p = previousParagraph(o);
            List<Box> own = p == null ? List.of() : lines.stream().filter(l -> owner(l) == p).toList();
            if (p == null || own.isEmpty() || own.get(own.size() - 1).getAbsY() < before.getTop()) {
                return;
            }
            if (own.size() > 3) {
                int at = charactersBefore(p, (LineBox) own.get(own.size() - 2));
                if (at > 0) {   // else its line begins with no text (an image): leave it
                    splits.put(paragraphs.indexOf(p), at);
                }
                return;
            }
            Element earlier = previousElement(p);
            if (isOrnament(earlier)) {
                o = earlier;   // a scene of three lines or fewer: it goes over with its ornament
            } else {
                if (earlier != null && earlier.getTagName().equals("p")) {
                    splits.put(paragraphs.indexOf(p), 0);
                }
                return;
            }
        }
    }

    /** Splits the book's paragraphs numbered in {@code splits} where they say; the second part opens a page. */
    static void split(Document doc, Map<Integer, Integer> splits) {
        List<Element> paragraphs = paragraphs(doc);
        splits.forEach((index, at) -> {
            Element p = paragraphs.get(index);
            if (at == 0) {
                p.setAttribute("class", (p.getAttribute("class") + " scene-end").strip());
            } else {
                split(doc, p, at);
            }
        });
    }

    private static void split(Document doc, Element p, int at) {
        Element rest = (Element) p.cloneNode(false);
        rest.removeAttribute("id");
        rest.setAttribute("class", (p.getAttribute("class").replace("first", "") + " continued").strip());
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
        p.setAttribute("class", (p.getAttribute("class") + " split").strip());
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

    /** The counted characters of {@code p} before the first text of {@code line}. */
    private static int charactersBefore(Element p, LineBox line) {
        InlineText text = firstText(line);
        if (text == null || text.getTextNode() == null) {
            return 0;
        }
        return PageStarts.nonBlankBefore(p, text.getTextNode())
                + PageStarts.nonBlank(text.getMasterText().substring(0, text.getStart()));
    }

    private static InlineText firstText(Box box) {
        List<Object> children = new ArrayList<>();
        if (box instanceof InlineLayoutBox inline) {
            children.addAll(inline.getInlineChildren());
        } else {
            for (int i = 0; i < box.getChildCount(); i++) {
                children.add(box.getChild(i));
            }
        }
        for (Object child : children) {
            if (child instanceof InlineText t && PageStarts.nonBlank(t.getSubstring()) > 0) {
                return t;
            } else if (child instanceof InlineLayoutBox inner && firstText(inner) != null) {
                return firstText(inner);
            }
        }
        return null;
    }

    private static int counted(Node node) {
        return PageStarts.nonBlank(node.getTextContent());
    }

    /** The paragraph just before an ornament; null when a heading, list or figure comes first. */
    private static Element previousParagraph(Element ornament) {
        Element e = previousElement(ornament);
        return e != null && e.getTagName().equals("p") && !isOrnament(e) && continued(e) == null ? e : null;
    }

    /** The element before {@code e}, running heads aside (they leave the flow). */
    private static Element previousElement(Element e) {
        for (Node n = e.getPreviousSibling(); n != null; n = n.getPreviousSibling()) {
            if (n instanceof Element before && !before.getAttribute("class").startsWith("running-")) {
                return before;
            }
        }
        return null;
    }

    private static boolean isOrnament(Element e) {
        return e != null && e.getTagName().equals("p") && e.getAttribute("class").contains("scene-break");
    }

    /** The book's paragraphs, in document order: the parts made by a split are not counted, so numbers stay. */
    private static List<Element> paragraphs(Document doc) {
        List<Element> found = new ArrayList<>();
        NodeList ps = doc.getElementsByTagName("p");
        for (int i = 0; i < ps.getLength(); i++) {
            if (continued((Element) ps.item(i)) == null) {
                found.add((Element) ps.item(i));
            }
        }
        return found;
    }

    private static List<Element> descendants(Element e) {
        List<Element> all = new ArrayList<>();
        NodeList list = e.getElementsByTagName("*");
        for (int i = 0; i < list.getLength(); i++) {
            all.add((Element) list.item(i));
        }
        return all;
    }

    /** The block a line belongs to, or the image itself. */
    private static Element owner(Box line) {
        for (Box b = line instanceof LineBox ? line.getParent() : line; b != null; b = b.getParent()) {
            if (b instanceof BlockBox block && block.getElement() != null) {
                return block.getElement();
            }
        }
        return null;
    }

    /** Every line with content and every block image, in document order (the order of their tops in the flow). */
    private static void collect(Box box, List<Box> lines) {
        if (box instanceof LineBox line) {
            if (line.isContainsContent()) {
                lines.add(line);
            }
            return;
        }
        if (box instanceof BlockBox block && block.isReplaced()) {
            lines.add(block);
            return;
        }
        for (int i = 0; i < box.getChildCount(); i++) {
            collect(box.getChild(i), lines);
        }
    }
}
