package org.colophon.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.colophon.book.Book;
import org.colophon.book.Chapter;
import org.colophon.book.Note;
import org.colophon.diagnostic.Diagnostic;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xhtmlrenderer.render.BlockBox;

/**
 * The notes at the foot of the page of their reference ({@code print.notes: foot}), as a layout pass. Flying Saucer
 * has no {@code float: footnote} and its pages and margin boxes have fixed sizes, so the notes go in the flow: a
 * block that holds a page's notes under a short rule, padded above so that it ends at the foot of the text block,
 * put after the last line that fits with them, and a forced page break after it. A paragraph cut
 * there continues on the next page with the same lines ({@link ParagraphSplit}), the last before the cut justified.
 * <p>
 * The first layout sets every note in a measuring section at the text block's width, which gives each note's lines;
 * from then on each layout is read page by page, in order: a page is right when the plan made from this very layout
 * ({@link FootPlan}) is the one in the document and its notes block ends at the foot. The first page that is not is
 * planned again, and the rest of its run of pages predicted from the same boxes; the next layout shows how far the
 * prediction held. Runs (chapters opening a page) are independent, so each layout settles a page of every chapter at
 * least, and most of them at once.
 */
final class FootNotes implements LayoutPass {
    /** The user data of a notes block (or a page end) made here: the {@link Cut} it stands for. */
    static final String CUT = "colophon.cut";
    /** Layouts this pass asks for at most; after them it reports the notes that are not on their reference's page. */
    static final int MAX_ROUNDS = 24;
    /** Dots a notes block may end above the text block's foot before its padding is set again. */
    private static final int TOLERANCE = 3;
    /** Dots taken off the padding of a block that Flying Saucer moved to the next page, at the least (6 pt). */
    private static final int PUSHED = 160;

    static final String CSS = """
            div.page-notes { page-break-inside: avoid; page-break-after: always; text-indent: 0; text-align: left; }
            div.page-notes.last { page-break-after: auto; }
            div.page-notes.alone { page-break-before: always; page-break-after: auto; }
            div.page-end { page-break-after: always; height: 0; }
            div.page-notes-measure { page-break-before: always; }
            div.page-notes-measure > div.footnote { page-break-inside: avoid; }
            div.page-notes-rule { width: 33.3%; height: 0; border-top: 0.75pt solid #666; margin: 0 0 4pt; }
            div.footnote { font-size: 8.5pt; line-height: 11pt; text-align: left; text-indent: 0; margin: 0; }
            div.footnote p { text-indent: 0; margin: 0; }
            """;

    /**
     * Where a page ends and what is at its foot: the book's place before which the page ends (its run's last unit, at
     * the end of a run: {@code after}), the place of the page's last unit, whether the page ends inside a paragraph,
     * the notes' parts, the padding above the rule in dots, the indents to undo when the block stands inside a list
     * or a quotation, and whether it is a page of continued notes alone after its run's end.
     */
    record Cut(PageFlow.Place at, PageFlow.Place last, boolean after, boolean split, List<FootPlan.Part> parts, int padding,
            int left, int right, boolean alone) {
        Cut withPadding(int p) {
            return new Cut(at, last, after, split, parts, p, left, right, alone);
        }
    }

    private final Book book;
    private Map<Integer, FootPlan.NoteSize> sizes;
    private int rule;
    /** The cuts, in the book's order; at one place, in the order their blocks come. */
    private final TreeMap<PageFlow.Place, List<Cut>> cuts = new TreeMap<>();
    /** The notes set at a page's foot; any other stays in a notes section at the back, never lost. */
    private Set<Integer> placed = new HashSet<>();
    private int rounds;
    private final List<Diagnostic> warnings = new ArrayList<>();

    FootNotes(Book book) {
        this.book = book;
    }

    /** Notes set on a later page than their reference's (after a table that runs over a page), or not at the foot. */
    List<Diagnostic> warnings() {
        return List.copyOf(warnings);
    }

    @Override
    public void apply(Document doc) {
        Map<Integer, Element> notes = NoteParts.takeNotes(doc);
        if (notes.isEmpty()) {
            return;
        }
        Element body = bodyOf(doc);
        if (sizes == null) {
            Element measure = doc.createElementNS(body.getNamespaceURI(), "div");
            measure.setAttribute("class", PageFlow.MEASURE);
            measure.appendChild(rule(doc, body));
            new TreeMap<>(notes).forEach((n, li) -> measure.appendChild(NoteParts.part(doc, li, 0, -1)));
            body.appendChild(measure);
            return;
        }
        List<Element> elements = PageFlow.bookElements(doc);
        for (Map.Entry<PageFlow.Place, List<Cut>> e : cuts.entrySet()) {
            for (Cut cut : e.getValue()) {
                insert(doc, elements.get(cut.split() ? cut.at().element() : cut.last().element()), cut, notes);
            }
        }
        leftOver(doc, body, notes);
    }

    /**
     * Puts a cut's block where it goes: inside the paragraph the page ends in, split there; else after the page's last
     * block (so that it stays in that block's section, clear of the next one's margins).
     */
    private void insert(Document doc, Element at, Cut cut, Map<Integer, Element> notes) {
        Element block = block(doc, at, cut, notes);
        if (cut.split()) {
            Element rest = ParagraphSplit.splitAt(doc, at, cut.at().offset(), ParagraphSplit.UNDER_NOTES);
            rest.getParentNode().insertBefore(block, rest);
            return;
        }
        Element after = outermostEndedBy(ParagraphSplit.lastPart(at));
        Node next = after.getNextSibling();
        while (next instanceof Element e && e.getUserData(CUT) != null) {
            next = next.getNextSibling();   // the blocks of continued notes alone come after the page's own
        }
        after.getParentNode().insertBefore(block, next);
    }

    private Element block(Document doc, Element at, Cut cut, Map<Integer, Element> notes) {
        Element block = doc.createElementNS(at.getNamespaceURI(), "div");
        block.setUserData(CUT, cut, null);
        ParagraphSplit.standFor(block, at, 0);
        if (cut.parts().isEmpty()) {
            block.setAttribute("class", PageFlow.PAGE_END);
            return block;
        }
        block.setAttribute("class", PageFlow.NOTES_BLOCK + (cut.alone() ? " alone" : cut.after() ? " last" : ""));
        block.setAttribute("style", String.format(Locale.ROOT, "padding-top: %.4fpt; margin-left: -%.4fpt; margin-right: -%.4fpt",
                cut.padding() * 0.0375, cut.left() * 0.0375, cut.right() * 0.0375));   // 1 pt is 80/3 dots
        block.appendChild(rule(doc, at));
        for (FootPlan.Part p : cut.parts()) {
            Element note = notes.get(p.note());
            FootPlan.NoteSize size = sizes.get(p.note());
            if (note != null && size != null) {
                block.appendChild(NoteParts.part(doc, note, p.from() == 0 ? 0 : size.offsets()[p.from()],
                        p.to() >= size.lines() ? -1 : size.offsets()[p.to()]));
            }
        }
        return block;
    }

    private static Element rule(Document doc, Element near) {
        Element rule = doc.createElementNS(near.getNamespaceURI(), "div");
        rule.setAttribute("class", "page-notes-rule");
        ParagraphSplit.standFor(rule, near, 0);
        return rule;
    }

    /** Notes no page took (a reference Colophon could not find in the layout) stay at the back, as endnotes. */
    private void leftOver(Document doc, Element body, Map<Integer, Element> notes) {
        List<Integer> left = notes.keySet().stream().filter(n -> !placed.contains(n)).sorted().toList();
        if (left.isEmpty()) {
            return;
        }
        Element section = doc.createElementNS(body.getNamespaceURI(), "section");
        section.setAttribute("class", "notes");
        Element ol = doc.createElementNS(body.getNamespaceURI(), "ol");
        ol.setAttribute("class", "notes");
        section.appendChild(ol);
        left.forEach(n -> ol.appendChild(notes.get(n)));
        body.appendChild(section);
    }

    /**
     * The element after which a block goes: {@code e}, or the block that {@code e} ends, as long as that is not a
     * section, so that a block after a list's last item goes after the list.
     */
    static Element outermostEndedBy(Element e) {
        while (e.getParentNode() instanceof Element parent && !stops(parent) && sibling(e, false) == null) {
            e = parent;
        }
        return e;
    }

    private static boolean stops(Element e) {
        String tag = e.getTagName();
        String cls = e.getAttribute("class");
        return tag.equals("section") || tag.equals("body") || tag.equals("html") || cls.equals("body")
                || cls.equals("front") || cls.equals("front-chapters");
    }

    /** The element next to {@code e} that the reader sees: running heads and what the notes add left out. */
    private static Element sibling(Element e, boolean previous) {
        for (Node n = previous ? e.getPreviousSibling() : e.getNextSibling(); n != null;
                n = previous ? n.getPreviousSibling() : n.getNextSibling()) {
            if (n instanceof Element el && !el.getAttribute("class").startsWith("running-") && el.getUserData(CUT) == null) {
                return el;
            }
        }
        return null;
    }

    private static Element bodyOf(Document doc) {
        for (Element e : PageFlow.bookElements(doc)) {
            if (e.getTagName().equals("div") && e.getAttribute("class").equals("body")) {
                return e;
            }
        }
        return doc.getDocumentElement();
    }

    @Override
    public boolean read(LaidOut laid) {
        PageFlow flow = PageFlow.read(laid);
        if (sizes == null) {
            sizes = NoteParts.sizes(flow);
            rule = ruleHeight(flow);
            if (sizes.isEmpty()) {
                return false;
            }
        }
        boolean changed = check(flow, laid);
        report(flow);
        if (!changed || rounds == MAX_ROUNDS) {
            return false;
        }
        rounds++;
        return true;
    }

    /**
     * The rule's height with the room under it: from the rule's top to the first measured note's first line (Flying
     * Saucer counts the margin between them into the note's box).
     */
    private static int ruleHeight(PageFlow flow) {
        if (flow.measured.size() < 2) {
            return 0;
        }
        return NoteParts.firstLineTop(flow.measured.get(1)) - flow.measured.get(0).getAbsY();
    }

    /**
     * Reads the pages in order, each from its first unit and the notes continued to it: a page is right when the
     * plan made from this layout is in the document (its cut, its notes) and its notes block ends at the text
     * block's foot; a block a little off has its padding set again. The first wrong page of a run is planned again
     * from this layout and the rest of its run predicted. Whether anything changed.
     */
    private boolean check(PageFlow flow, LaidOut laid) {
        FootPlan plan = new FootPlan(flow, sizes, rule);
        Map<Cut, PageFlow.Marker> markers = new java.util.IdentityHashMap<>();
        flow.markers.forEach(m -> markers.putIfAbsent((Cut) m.cut(), m));
        int[] firstOnPage = new int[flow.pages.size()];
        java.util.Arrays.fill(firstOnPage, -1);
        for (int i = flow.units.size() - 1; i >= 0; i--) {
            firstOnPage[flow.units.get(i).page()] = i;
        }
        boolean changed = false;
        List<FootPlan.Part> carry = List.of();
        for (int k = 0; k < flow.pages.size(); k++) {
            int s = firstOnPage[k];
            if (s < 0) {
                continue;   // a blank page, or notes alone
            }
            if (flow.units.get(s).runStart()) {
                carry = List.of();
            }
            FootPlan.Page p = plan.page(s, carry);
            int end = plan.runEnd(s);
            Verdict v = verdict(flow, p, end, markers);
            if (v == Verdict.HOLDS) {
                carry = p.carry();
                continue;
            }
            if (v == Verdict.PADDING) {
                Cut present = expected(flow, p, end);
                PageFlow.Marker m = markers.get(present);
                int last = p.end() - 1;
                int top = m.page() == flow.units.get(last).page() ? m.top()
                        : flow.units.get(last).bottom() + flow.gapAfter(last);
                int target = flow.pages.get(flow.units.get(last).page()).bottom() - FootPlan.SAFETY;
                int over = top + m.bottom() - m.top() - target;
                if (m.page() != flow.units.get(last).page()) {
                    over = Math.max(over, PUSHED);   // pushed over by room not foreseen (a margin): take off more
                }
                replace(present, present.withPadding(present.padding() - over));
                changed = true;
                carry = p.carry();
                continue;
            }
            List<FootPlan.Page> run = plan.run(s, carry);
            drop(flow, s, end);
            for (FootPlan.Page page : run) {
                Cut cut = cut(flow, page, end, laid);
                if (cut != null) {
                    cuts.computeIfAbsent(cut.at(), x -> new ArrayList<>()).add(cut);
                }
            }
            changed = true;
            carry = List.of();
            k = Math.max(k, flow.units.get(end - 1).page());
        }
        return aloneAtTheFoot(flow) || changed;
    }

    /** Pages of continued notes alone, after their run: each block's padding set so that it ends at the foot. */
    private boolean aloneAtTheFoot(PageFlow flow) {
        boolean changed = false;
        for (PageFlow.Marker m : flow.markers) {
            Cut cut = (Cut) m.cut();
            int off = flow.pages.get(m.page()).bottom() - FootPlan.SAFETY - m.bottom();
            if (cut.alone() && Math.abs(off) > TOLERANCE && cuts.getOrDefault(cut.at(), List.of()).contains(cut)) {
                replace(cut, cut.withPadding(cut.padding() + (m.top() == flow.pages.get(m.page()).top() ? off : -PUSHED)));
                changed = true;
            }
        }
        return changed;
    }

    private enum Verdict {
        HOLDS, PADDING, WRONG
    }

    /**
     * Whether the document holds page {@code p} as planned: no other cut inside it, and at its end the cut it needs
     * (its notes, a block ending at the foot), or none where it needs none (Flying Saucer's own break does).
     */
    private Verdict verdict(PageFlow flow, FootPlan.Page p, int runEnd, Map<Cut, PageFlow.Marker> markers) {
        PageFlow.Place from = flow.units.get(p.start()).place();
        PageFlow.Place to = place(flow, p.end() - 1);
        for (List<Cut> inside : cuts.subMap(from, false, to, true).values()) {
            for (Cut c : inside) {
                if (!c.after() || p.end() < runEnd) {
                    return Verdict.WRONG;   // a cut left inside the page by an earlier plan
                }
            }
        }
        Cut present = expected(flow, p, runEnd);
        if (p.natural() || p.parts().isEmpty()) {
            return present == null || present.parts().isEmpty() ? Verdict.HOLDS : Verdict.WRONG;
        }
        if (present == null || !present.parts().equals(p.parts())) {
            return Verdict.WRONG;
        }
        PageFlow.Marker m = markers.get(present);
        if (m == null) {
            return Verdict.WRONG;
        }
        int page = flow.units.get(p.end() - 1).page();
        int off = flow.pages.get(page).bottom() - FootPlan.SAFETY - m.bottom();
        return m.page() == page && Math.abs(off) <= TOLERANCE ? Verdict.HOLDS : Verdict.PADDING;
    }

    /** The cut in the document where page {@code p} ends: before the unit after it, or after its last at a run's end. */
    private Cut expected(PageFlow flow, FootPlan.Page p, int runEnd) {
        boolean after = p.end() >= runEnd;
        List<Cut> at = cuts.get(place(flow, after ? runEnd - 1 : p.end()));
        if (at == null) {
            return null;
        }
        return at.stream().filter(c -> c.after() == after && !c.alone()).findFirst().orElse(null);
    }

    private static PageFlow.Place place(PageFlow flow, int unit) {
        return unit < flow.units.size() ? flow.units.get(unit).place() : new PageFlow.Place(-1, 0);
    }

    private void replace(Cut old, Cut now) {
        List<Cut> at = cuts.get(old.at());
        if (at != null && at.indexOf(old) >= 0) {
            at.set(at.indexOf(old), now);
        }
    }

    /** Drops the cuts of units {@code start} to {@code end}, and those after the run's last unit. */
    private void drop(PageFlow flow, int start, int end) {
        PageFlow.Place from = flow.units.get(start).place();
        PageFlow.Place last = flow.units.get(end - 1).place();
        cuts.subMap(from, false, last, true).clear();
        List<Cut> atStart = cuts.get(from);
        if (atStart != null) {
            atStart.removeIf(c -> c.after());   // a cut before the page's first unit ends the page before
            if (atStart.isEmpty()) {
                cuts.remove(from);
            }
        }
    }

    /** The cut that makes a planned page, or null where none is needed. */
    private Cut cut(PageFlow flow, FootPlan.Page page, int runEnd, LaidOut laid) {
        if (page.natural() || page.parts().isEmpty() && page.end() >= runEnd) {
            return null;
        }
        boolean after = page.end() >= runEnd;
        PageFlow.Unit u = flow.units.get(after ? runEnd - 1 : page.end());
        PageFlow.Place last = flow.units.get(Math.min(page.end(), runEnd) - 1).place();
        boolean split = !after && u.kind() == PageFlow.Kind.PARAGRAPH_LINE && u.line() > 0;
        int[] indents = indents(flow, laid, split ? u.place() : last, split);
        return new Cut(u.place(), last, after, split, page.parts(), page.padding(), indents[0], indents[1], page.alone());
    }

    /** The indents of the block a notes block will stand in, from the text block's edges, to undo (full measure). */
    private static int[] indents(PageFlow flow, LaidOut laid, PageFlow.Place place, boolean split) {
        List<Element> elements = PageFlow.bookElements(laid.doc());
        if (place.element() < 0 || place.element() >= elements.size()) {
            return new int[] {0, 0};
        }
        Element e = elements.get(place.element());
        Element anchor = split ? e : outermostEndedBy(ParagraphSplit.lastPart(e));
        if (!(anchor.getParentNode() instanceof Element parent) || stops(parent)) {
            return new int[] {0, 0};
        }
        BlockBox box = flow.boxes.get(parent);
        if (box == null) {
            return new int[] {0, 0};
        }
        int left = box.getAbsX() + box.getLeftMBP() - flow.textLeft;
        int right = flow.textLeft + flow.textWidth - (box.getAbsX() + box.getLeftMBP() + box.getContentWidth());
        return new int[] {Math.max(0, left), Math.max(0, right)};
    }

    /**
     * What the layout leaves wrong, as warnings: a note whose first lines are not on the page of its reference, and
     * the notes no page took (they stay at the back). Also notes which notes are placed.
     */
    private void report(PageFlow flow) {
        warnings.clear();
        Map<Integer, Integer> refPage = new HashMap<>();
        for (PageFlow.Unit u : flow.units) {
            for (int n : u.notes()) {
                refPage.putIfAbsent(n, flow.pageOf(u.bottom() - 1));
            }
        }
        placed = new HashSet<>(refPage.keySet());
        Map<Integer, Integer> notePage = new HashMap<>();
        for (PageFlow.Marker m : flow.markers) {
            for (FootPlan.Part p : ((Cut) m.cut()).parts()) {
                if (p.from() == 0) {
                    notePage.putIfAbsent(p.note(), m.page());
                }
            }
        }
        for (Note note : book.notes()) {
            Integer ref = refPage.get(note.number());
            Integer at = notePage.get(note.number());
            if (ref != null && at != null && !ref.equals(at) && sizes != null) {
                String source = book.chapters().stream().filter(c -> c.id().equals(note.chapterId()))
                        .map(Chapter::sourcePath).findFirst().orElse("the book");
                warnings.add(Diagnostic.warning(source, 0, 0, "in print, note " + book.noteMark(note.number())
                        + " is set at the foot of a later page than its reference: the page of the reference had no room"
                        + " for it (a table or a figure that fills the page)"));
            }
        }
    }
}
