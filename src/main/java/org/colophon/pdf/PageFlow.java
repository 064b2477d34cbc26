package org.colophon.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xhtmlrenderer.newtable.TableRowBox;
import org.xhtmlrenderer.render.AnonymousBlockBox;
import org.xhtmlrenderer.render.BlockBox;
import org.xhtmlrenderer.render.Box;
import org.xhtmlrenderer.render.InlineLayoutBox;
import org.xhtmlrenderer.render.InlineText;
import org.xhtmlrenderer.render.LineBox;
import org.xhtmlrenderer.render.PageBox;

/**
 * The text of a laid-out print document as the page foot's notes see it ({@link FootNotes}): its units in document
 * order (each line of text, each table row, each figure or block image, which a page break cannot cut), where each
 * lies, the notes referenced in it, and where a page may end before it. Places are named in the book's own elements
 * ({@link Place}), not in the parts a split made, so that a later layout of the same book names them alike.
 */
final class PageFlow {
    private static final Pattern NOTE_HREF = Pattern.compile("#note-(\\d+)-number");
    /** Classes of what the page foot's notes add to the document; no unit lies in them. */
    static final String NOTES_BLOCK = "page-notes";
    static final String PAGE_END = "page-end";
    static final String MEASURE = "page-notes-measure";

    /** A place in the book's text: an element of the book, by its number in document order, and counted characters in it. */
    record Place(int element, int offset) implements Comparable<Place> {
        @Override
        public int compareTo(Place o) {
            return element != o.element ? Integer.compare(element, o.element) : Integer.compare(offset, o.offset);
        }
    }

    /** What a unit is: a line of a paragraph that may be split, a line of another block, a table row, a whole block. */
    enum Kind {
        PARAGRAPH_LINE, LINE, ROW, WHOLE
    }

    /**
     * A unit: its kind, its place, its top and bottom in document coordinates, its page (0-based); the notes
     * referenced in it (in a table, all the table's at its last row); its line among its block's lines; whether the
     * page may not end after it (a heading, an ornament), whether it is an ornament, whether a forced page break
     * comes before it (it opens a run of pages that flow into each other), the table it lies in (-1: none) and whether
     * it is its first row, and where the room above it on its page begins: the page's top, or the foot of a notes
     * block that did not fit on the page before.
     */
    record Unit(Kind kind, Place place, int top, int bottom, int page, List<Integer> notes, int line, int lines,
            boolean keepWithNext, boolean ornament, boolean runStart, int table, boolean firstOfTable, int above) {
        int height() {
            return bottom - top;
        }
    }

    /** A page's text block, in document coordinates: its top, and its bottom (the next page's top). */
    record Page(int top, int bottom) {
        int height() {
            return bottom - top;
        }
    }

    /** A notes block (or a page end) of the page foot's notes in this layout: what it holds, its page, its box. */
    record Marker(Object cut, int page, int top, int bottom) {
    }

    final List<Unit> units = new ArrayList<>();
    final List<Marker> markers = new ArrayList<>();
    /** The measured notes' boxes, when the layout holds the measuring section. */
    final List<BlockBox> measured = new ArrayList<>();
    final List<Page> pages;
    /** Each unit's top with the room page breaks left removed: units that flow on keep these distances. */
    final int[] flowTop;
    /** The text block's left edge and width, in document coordinates. */
    final int textLeft;
    final int textWidth;
    /** The box of each block element of the laid-out document (for the indents of a notes block set inside one). */
    final Map<Element, BlockBox> boxes = new IdentityHashMap<>();

    private final Map<Element, Integer> numbers;
    private boolean breakPending = true;
    private int tables;

    private PageFlow(List<Page> pages, Map<Element, Integer> numbers, int textLeft, int textWidth) {
        this.pages = pages;
        this.numbers = numbers;
        this.textLeft = textLeft;
        this.textWidth = textWidth;
        this.flowTop = null;
    }

    private PageFlow(PageFlow read, int[] flowTop) {
        this.pages = read.pages;
        this.numbers = read.numbers;
        this.textLeft = read.textLeft;
        this.textWidth = read.textWidth;
        this.units.addAll(read.units);
        this.markers.addAll(read.markers);
        this.measured.addAll(read.measured);
        this.boxes.putAll(read.boxes);
        this.flowTop = flowTop;
    }

    /** Reads the units of a layout. */
    static PageFlow read(LayoutPass.LaidOut laid) {
        BlockBox root = laid.root();
        Box body = bodyBox(root);
        int left = body == null ? 0 : body.getAbsX() + body.getLeftMBP();
        int width = body == null ? 0 : body.getContentWidth();
        List<Page> pages = new ArrayList<>();
        for (PageBox p : laid.pages()) {
            pages.add(new Page(p.getTop(), p.getBottom()));
        }
        PageFlow flow = new PageFlow(pages, numbers(laid.doc()), left, width);
        flow.walk(root, -1);
        flow.numberLines();
        return flow.withFlowTops();
    }

    /** A flow of given units on given pages (the planner's tests). */
    static PageFlow of(List<Unit> units, List<Page> pages) {
        PageFlow flow = new PageFlow(pages, Map.of(), 0, 0);
        flow.units.addAll(units);
        return flow.withFlowTops();
    }

    /**
     * The book's elements of a print document, numbered in document order: those made for print (the parts of a
     * split paragraph, the notes blocks, blank pages) are left out, so that every layout of a book numbers alike.
     */
    static List<Element> bookElements(Document doc) {
        List<Element> all = new ArrayList<>();
        collectElements(doc.getDocumentElement(), all);
        return all;
    }

    private static void collectElements(Element e, List<Element> all) {
        if (madeForPrint(e)) {
            return;
        }
        if (ParagraphSplit.continued(e) == null) {   // a part of a split paragraph holds the book's elements that moved
            all.add(e);
        }
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element child) {
                collectElements(child, all);
            }
        }
    }

    /** Whether {@code e} was made for print: a notes block, a blank page, the measuring section. */
    private static boolean madeForPrint(Element e) {
        String c = e.getAttribute("class");
        return c.startsWith(NOTES_BLOCK) || c.equals(PAGE_END) || c.equals("blank-page");
    }

    private static Map<Element, Integer> numbers(Document doc) {
        Map<Element, Integer> numbers = new IdentityHashMap<>();
        for (Element e : bookElements(doc)) {
            numbers.put(e, numbers.size());
        }
        return numbers;
    }

    private static Box bodyBox(Box box) {
        if (box instanceof BlockBox b && b.getElement() != null && b.getElement().getAttribute("class").equals("body")) {
            return b;
        }
        for (int i = 0; i < box.getChildCount(); i++) {
            Box found = bodyBox(box.getChild(i));
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** The 0-based page holding document coordinate {@code y}, the last page below them all. */
    int pageOf(int y) {
        int lo = 0;
        int hi = pages.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (pages.get(mid).top() <= y) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** The number of the book's element {@code e}, following a part made for print back to the element it continues. */
    private Place place(Element e, int offset) {
        for (ParagraphSplit.Continuation c = ParagraphSplit.continued(e); c != null; c = ParagraphSplit.continued(e)) {
            offset += c.before();
            e = c.original();
        }
        Integer n = numbers.get(e);
        return new Place(n == null ? -1 : n, offset);
    }

    private void walk(Box box, int table) {
        if (box instanceof BlockBox block && !(box instanceof AnonymousBlockBox) && block.getElement() != null
                && block.getStyle() != null) {
            Element e = block.getElement();
            String cls = e.getAttribute("class");
            if (cls.equals("running-verso") || cls.equals("running-recto")) {
                return;
            }
            if (cls.startsWith(NOTES_BLOCK) || cls.equals(PAGE_END)) {
                if (e.getUserData(FootNotes.CUT) != null && !cls.equals(MEASURE)) {
                    markers.add(new Marker(e.getUserData(FootNotes.CUT), pageOf(block.getAbsY()), block.getAbsY(),
                            block.getAbsY() + block.getHeight()));
                }
                if (cls.equals(MEASURE)) {
                    for (int i = 0; i < block.getChildCount(); i++) {
                        if (block.getChild(i) instanceof BlockBox note) {
                            measured.add(note);
                        }
                    }
                }
                return;
            }
            if (cls.equals("blank-page")) {
                breakPending = true;
                return;
            }
            boxes.put(e, block);
            if (block.getStyle().isForcePageBreakBefore()) {
                breakPending = true;
            }
            String tag = e.getTagName();
            if (tag.equals("figure") || block.isReplaced()) {
                add(Kind.WHOLE, place(e, 0), block.getAbsY(), block.getAbsY() + block.getHeight(), notesIn(block), false, false,
                        -1, false);
            } else if (box instanceof TableRowBox row && table >= 0) {
                add(Kind.ROW, place(e, 0), row.getAbsY(), row.getAbsY() + row.getHeight(), notesIn(row), false, false, table,
                        false);
            } else {
                int inTable = table;
                int first = units.size();
                if (tag.equals("table")) {
                    inTable = tables++;
                }
                for (int i = 0; i < box.getChildCount(); i++) {
                    walk(box.getChild(i), inTable);
                }
                if (tag.equals("table") && units.size() > first) {
                    tableNotesAtItsEnd(first);
                }
            }
            if (block.getStyle().isForcePageBreakAfter()) {
                breakPending = true;
            }
            return;
        }
        if (box instanceof LineBox line) {
            if (line.isContainsContent()) {
                line(line, table);
            }
            return;
        }
        for (int i = 0; i < box.getChildCount(); i++) {
            walk(box.getChild(i), table);
        }
    }

    private void line(LineBox line, int table) {
        Element owner = owner(line);
        if (owner == null) {
            return;
        }
        int offset = charactersBefore(owner, line);
        if (offset < 0 && endsSplit(line)) {
            return;   // the empty line after a split paragraph's first part (ParagraphSplit), of no height
        }
        String tag = owner.getTagName();
        String cls = owner.getAttribute("class");
        boolean ornament = tag.equals("p") && cls.contains("scene-break");
        boolean paragraph = tag.equals("p") && !ornament && table < 0 && offset >= 0 && !inside(owner, "figure")
                && !inside(owner, "table");
        boolean heading = tag.matches("h[1-6]");
        add(paragraph ? Kind.PARAGRAPH_LINE : Kind.LINE, place(owner, Math.max(0, offset)), line.getAbsY(),
                line.getAbsY() + line.getHeight(), notesIn(line), heading || ornament, ornament, table, false);
    }

    private void add(Kind kind, Place place, int top, int bottom, List<Integer> notes, boolean keep, boolean ornament,
            int table, boolean firstOfTable) {
        boolean first = table >= 0 && (units.isEmpty() || units.get(units.size() - 1).table() != table);
        int page = pageOf(top);
        int above = markers.isEmpty() || markers.get(markers.size() - 1).page() != page ? pages.get(page).top()
                : Math.min(top, markers.get(markers.size() - 1).bottom());
        units.add(new Unit(kind, place, top, bottom, page, notes, 0, 1, keep, ornament, breakPending, table, first, above));
        breakPending = false;
    }

    /** The notes referenced in a table go with its last row: their notes are set where the table ends. */
    private void tableNotesAtItsEnd(int first) {
        List<Integer> all = new ArrayList<>();
        for (int i = first; i < units.size(); i++) {
            all.addAll(units.get(i).notes());
            units.set(i, with(units.get(i), List.of()));
        }
        int last = units.size() - 1;
        units.set(last, with(units.get(last), List.copyOf(all)));
    }

    private static Unit with(Unit u, List<Integer> notes) {
        return new Unit(u.kind(), u.place(), u.top(), u.bottom(), u.page(), notes, u.line(), u.lines(), u.keepWithNext(),
                u.ornament(), u.runStart(), u.table(), u.firstOfTable(), u.above());
    }

    /** Numbers the lines of each block (a split paragraph's parts as one): where a break leaves a widow or an orphan. */
    private void numberLines() {
        Map<Integer, List<Integer>> byBlock = new HashMap<>();
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            if (u.kind() == Kind.PARAGRAPH_LINE || u.kind() == Kind.LINE) {
                byBlock.computeIfAbsent(u.place().element(), k -> new ArrayList<>()).add(i);
            }
        }
        for (List<Integer> lines : byBlock.values()) {
            for (int k = 0; k < lines.size(); k++) {
                Unit u = units.get(lines.get(k));
                units.set(lines.get(k), new Unit(u.kind(), u.place(), u.top(), u.bottom(), u.page(), u.notes(), k, lines.size(),
                        u.keepWithNext(), u.ornament(), u.runStart(), u.table(), u.firstOfTable(), u.above()));
            }
        }
    }

    /**
     * The flow coordinates: on a page, units keep their distances; where a page breaks, the next unit follows the
     * last with the room it had at its page's top (its margin, kept there as Flying Saucer keeps it).
     */
    private PageFlow withFlowTops() {
        int[] tops = new int[units.size()];
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            if (i == 0) {
                tops[i] = 0;
            } else {
                Unit before = units.get(i - 1);
                tops[i] = u.page() == before.page() ? tops[i - 1] + u.top() - before.top()
                        : tops[i - 1] + before.height() + lead(i);
            }
        }
        return new PageFlow(this, tops);
    }

    /**
     * The room above unit {@code i} when it opens a page: what it had at its page's top where it opened one (below a
     * notes block that Flying Saucer moved there, which is not the page's own), none for
     * a line that continues a paragraph, else the room between it and the unit before (a heading's margin).
     */
    int lead(int i) {
        Unit u = units.get(i);
        if (i == 0 || units.get(i - 1).page() != u.page()) {
            return Math.max(0, u.top() - u.above());
        }
        if ((u.kind() == Kind.PARAGRAPH_LINE || u.kind() == Kind.LINE) && u.line() > 0) {
            return 0;
        }
        return Math.max(0, u.top() - units.get(i - 1).bottom());
    }

    /** The room between unit {@code i} and the next when both lie on one page: where a notes block after it starts. */
    int gapAfter(int i) {
        if (i + 1 < units.size() && units.get(i + 1).page() == units.get(i).page()) {
            return Math.max(0, units.get(i + 1).top() - units.get(i).bottom());
        }
        return 0;
    }

    /** Whether a line holds only the empty box that keeps a split paragraph's last line justified. */
    private static boolean endsSplit(LineBox line) {
        for (int i = 0; i < line.getChildCount(); i++) {
            Box child = line.getChild(i);
            if (child.getElement() == null || !child.getElement().getAttribute("class").equals("line-end")) {
                if (child instanceof InlineLayoutBox inline && inline.getInlineChildren().stream()
                        .allMatch(c -> c instanceof InlineText t && PageStarts.nonBlank(t.getSubstring()) == 0
                                || c instanceof Box b && b.getElement() != null && b.getElement().getAttribute("class").equals("line-end"))) {
                    continue;
                }
                return false;
            }
        }
        return true;
    }

    /** The block a line belongs to. */
    private static Element owner(Box line) {
        for (Box b = line.getParent(); b != null; b = b.getParent()) {
            if (b instanceof BlockBox block && block.getElement() != null) {
                return block.getElement();
            }
        }
        return null;
    }

    private static boolean inside(Element e, String tag) {
        for (Node n = e.getParentNode(); n instanceof Element el; n = n.getParentNode()) {
            if (el.getTagName().equals(tag)) {
                return true;
            }
        }
        return false;
    }

    /** The counted characters of {@code block} before {@code line}'s first text; -1 when the line has no text. */
    static int charactersBefore(Element block, Box line) {
        InlineText text = firstText(line);
        if (text == null || text.getTextNode() == null) {
            return -1;
        }
        return PageStarts.nonBlankBefore(block, text.getTextNode())
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
            } else if (child instanceof InlineLayoutBox inner) {
                InlineText found = firstText(inner);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** The notes referenced in a box's lines, in order: each note reference's link, to the note's number. */
    static List<Integer> notesIn(Box box) {
        List<Integer> notes = new ArrayList<>();
        collectNotes(box, notes);
        return List.copyOf(notes);
    }

    private static void collectNotes(Object box, List<Integer> notes) {
        if (box instanceof InlineLayoutBox inline) {
            Element e = inline.getElement();
            if (e != null && e.getTagName().equals("a") && e.getParentNode() instanceof Element sup
                    && sup.getAttribute("class").equals("noteref")) {
                Matcher m = NOTE_HREF.matcher(e.getAttribute("href"));
                if (m.matches() && !notes.contains(Integer.parseInt(m.group(1)))) {
                    notes.add(Integer.parseInt(m.group(1)));
                }
                return;
            }
            for (Object child : inline.getInlineChildren()) {
                collectNotes(child, notes);
            }
        } else if (box instanceof Box b) {
            for (int i = 0; i < b.getChildCount(); i++) {
                collectNotes(b.getChild(i), notes);
            }
        }
    }
}
