package org.colophon.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.colophon.output.PageStart;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;
import org.xhtmlrenderer.render.BlockBox;
import org.xhtmlrenderer.render.Box;
import org.xhtmlrenderer.render.LineBox;

/**
 * The notes as the page foot sets them: each note of the print document's notes section made into a block of its own
 * ({@code div.footnote}), whole or a part of its lines (a note continued from one page's foot to the next), and the
 * measuring of those blocks in a layout, line by line.
 */
final class NoteParts {
    private NoteParts() {
    }

    /** The notes section's notes, by number: each {@code li.note} of the print document; the section leaves it. */
    static Map<Integer, Element> takeNotes(Document doc) {
        Map<Integer, Element> notes = new HashMap<>();
        Element section = null;
        for (Element e : PageFlow.bookElements(doc)) {
            if (e.getTagName().equals("section") && e.getAttribute("id").equals(org.colophon.xhtml.XhtmlRenderer.NOTES_ID)) {
                section = e;
                break;
            }
        }
        if (section == null) {
            return notes;
        }
        var items = section.getElementsByTagName("li");
        for (int i = 0; i < items.getLength(); i++) {
            Element li = (Element) items.item(i);
            if (li.getAttribute("class").equals("note") && li.getAttribute("id").startsWith("note-")) {
                notes.put(Integer.parseInt(li.getAttribute("id").substring("note-".length())), li);
            }
        }
        section.getParentNode().removeChild(section);
        return notes;
    }

    /**
     * The block of a note's part: the note's content from counted character {@code from} to {@code to} (-1: its
     * end). The part that begins the note has its id and its number, which links back to the reference; a part
     * that continues one has neither. Every element made stands for the note's element it copies
     * ({@link ParagraphSplit#standFor}), so that the page markers and the scene breaks leave it out.
     */
    static Element part(Document doc, Element note, int from, int to) {
        Element block = doc.createElementNS(note.getNamespaceURI(), "div");
        block.setAttribute("class", from == 0 ? "footnote" : "footnote continued");
        if (from == 0) {
            block.setAttribute("id", note.getAttribute("id"));
        }
        ParagraphSplit.standFor(block, note, from);
        for (Node c = note.getFirstChild(); c != null; c = c.getNextSibling()) {
            Node copy = c.cloneNode(true);
            tie(c, copy);
            block.appendChild(copy);
        }
        if (from > 0 || to >= 0) {
            trim(block, from, to < 0 ? Integer.MAX_VALUE : to, new int[] {0});
        }
        return block;
    }

    /** Ties each copied element to the note's element it copies. */
    private static void tie(Node original, Node copy) {
        if (original instanceof Element o && copy instanceof Element c) {
            ParagraphSplit.standFor(c, o, 0);
            Node oc = o.getFirstChild();
            Node cc = c.getFirstChild();
            for (; oc != null && cc != null; oc = oc.getNextSibling(), cc = cc.getNextSibling()) {
                tie(oc, cc);
            }
        }
    }

    /**
     * Keeps the counted characters {@code from} to {@code to} of {@code node} (and the spaces between them); an
     * element left without text that had some goes, an element without text (an image) stays if it lies inside.
     * An element the part begins inside loses its id: the part before has it. True when something is left.
     */
    private static boolean trim(Node node, int from, int to, int[] seen) {
        if (node instanceof Text t) {
            String s = t.getData();
            StringBuilder kept = new StringBuilder();
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                boolean counted = PageStart.counted(ch);
                int at = seen[0];
                if (counted) {
                    seen[0]++;
                }
                if (counted ? at >= from && at < to : at > from && at < to) {
                    kept.append(ch);
                }
            }
            t.setData(kept.toString());
            return PageStarts.nonBlank(kept.toString()) > 0;
        }
        if (!(node instanceof Element e)) {
            return false;
        }
        int before = seen[0];
        boolean text = PageStarts.nonBlank(e.getTextContent()) > 0;
        boolean left = false;
        List<Node> children = new ArrayList<>();
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            children.add(c);
        }
        for (Node c : children) {
            if (trim(c, from, to, seen)) {
                left = true;
            } else if (c instanceof Element) {
                e.removeChild(c);
            }
        }
        if (before < from && left) {
            e.removeAttribute("id");
        }
        return left || !text && before >= from && before < to;
    }

    /** The measured notes of a layout's measuring section, by number: their lines as the page foot sets them. */
    static Map<Integer, FootPlan.NoteSize> sizes(PageFlow flow) {
        Map<Integer, FootPlan.NoteSize> sizes = new HashMap<>();
        for (BlockBox box : flow.measured) {
            String id = box.getElement().getAttribute("id");
            if (!id.startsWith("note-")) {
                continue;
            }
            List<LineBox> lines = new ArrayList<>();
            collectLines(box, lines);
            int start = lines.isEmpty() ? box.getAbsY() : lines.get(0).getAbsY();
            int[] tops = new int[lines.size() + 1];
            int[] offsets = new int[lines.size()];
            for (int i = 0; i < lines.size(); i++) {
                LineBox line = lines.get(i);
                if (i == 0) {
                    tops[0] = 0;
                } else {
                    LineBox before = lines.get(i - 1);
                    // a line that Flying Saucer moved to the next page follows the one before it
                    boolean moved = flow.pageOf(line.getAbsY()) != flow.pageOf(before.getAbsY());
                    tops[i] = tops[i - 1] + (moved ? before.getHeight() : line.getAbsY() - before.getAbsY());
                }
                offsets[i] = PageFlow.charactersBefore(box.getElement(), line);
            }
            int last = lines.size() - 1;
            tops[lines.size()] = lines.isEmpty() ? box.getAbsY() + box.getHeight() - start
                    : tops[last] + lines.get(last).getHeight() + Math.max(0, box.getAbsY() + box.getHeight()
                            - lines.get(last).getAbsY() - lines.get(last).getHeight());
            sizes.put(Integer.parseInt(id.substring("note-".length())), new FootPlan.NoteSize(tops, offsets));
        }
        return sizes;
    }

    /** The top of a box's first line (below any margin Flying Saucer counts into the box). */
    static int firstLineTop(BlockBox box) {
        List<LineBox> lines = new ArrayList<>();
        collectLines(box, lines);
        return lines.isEmpty() ? box.getAbsY() : lines.get(0).getAbsY();
    }

    private static void collectLines(Box box, List<LineBox> lines) {
        if (box instanceof LineBox line) {
            if (line.isContainsContent()) {
                lines.add(line);
            }
            return;
        }
        for (int i = 0; i < box.getChildCount(); i++) {
            collectLines(box.getChild(i), lines);
        }
    }
}
