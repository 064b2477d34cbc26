package org.colophon.pdf;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where each page of a run ends and which notes go at its foot, as TeX's page builder decides it: the page takes the
 * next line (or row, or figure) while the line and the notes referenced in the lines so far fit above the text
 * block's foot together; a note that does not fit whole is split (two lines at least on each side) and continues at
 * the foot of the next page, before that page's own notes. A page never ends after the first line of a paragraph or
 * before its last (no widow, no orphan), after a heading or an ornament, before an ornament, or inside a table; it
 * ends earlier instead, and its notes block, set at the foot, leaves the room above it empty. Works on a
 * {@link PageFlow} and the notes' measured lines, so that a plan can be checked against the next layout.
 */
final class FootPlan {
    /**
     * Dots (1/26.67 pt) left free at the text block's foot, 1.2 pt: a line of notes (8.5 pt on 11) has glyphs 0.8 pt
     * deeper than its box, and Flying Saucer paints a line that crosses the foot on the next page too (clipped there,
     * but in the PDF's text twice).
     */
    static final int SAFETY = 32;
    /** The least room above the rule: 12 pt, a line of notes and a little more. */
    static final int MIN_SPACE = 320;
    /** The text a page keeps at least, when a note continued from the page before is long: four lines of 15 pt. */
    static final int MIN_TEXT = 1600;

    /** Lines {@code from} to {@code to} (exclusive) of note {@code note}; a part from line 0 carries its number. */
    record Part(int note, int from, int to) {
    }

    /**
     * A note's measured lines, set as at a page's foot: each line's top from the note's top ({@code tops[lines]} is
     * its height), and where each line begins in the note's counted characters (-1: not a place to split it).
     */
    record NoteSize(int[] tops, int[] offsets) {
        int lines() {
            return offsets.length;
        }

        int height(int from, int to) {
            return tops[to] - tops[from];
        }

        boolean splitsBefore(int line) {
            return line > 0 && line < lines() && offsets[line] > 0;
        }
    }

    /**
     * A planned page: its units {@code start} to {@code end} (exclusive; {@code end} opens the next page), the notes
     * at its foot, those continued to the next page, the padding above the rule that sets them at the foot, whether
     * the page cannot end where the plan says (inside a table: Flying Saucer breaks it) and whether the page holds
     * only notes continued after its run's end.
     */
    record Page(int start, int end, List<Part> parts, List<Part> carry, int padding, boolean natural, boolean alone) {
    }

    private final PageFlow flow;
    private final Map<Integer, NoteSize> sizes;
    /** The rule's height with the room under it. */
    private final int rule;
    private final int[] runEnds;

    FootPlan(PageFlow flow, Map<Integer, NoteSize> sizes, int rule) {
        this.flow = flow;
        this.sizes = sizes;
        this.rule = rule;
        runEnds = new int[flow.units.size()];
        int end = flow.units.size();
        for (int i = flow.units.size() - 1; i >= 0; i--) {
            runEnds[i] = end;
            if (flow.units.get(i).runStart()) {
                end = i;
            }
        }
    }

    /** The first unit after {@code start}'s run: the next that a forced page break opens, or the end. */
    int runEnd(int start) {
        return runEnds[start];
    }

    /** The pages from {@code start}, a page's first unit, to its run's end, the notes continued at their feet. */
    List<Page> run(int start, List<Part> owed) {
        List<Page> pages = new ArrayList<>();
        int end = runEnd(start);
        Page p = page(start, owed);
        pages.add(p);
        while (p.end() < end) {
            p = page(p.end(), p.carry());
            pages.add(p);
        }
        List<Part> carry = p.carry();
        int height = flow.pages.get(flow.units.get(end - 1).page()).height() - SAFETY;
        while (!carry.isEmpty()) {   // notes continued past the run's end: pages of their own, as LaTeX's \clearpage
            List<Part> placed = new ArrayList<>();
            List<Part> rest = new ArrayList<>();
            fit(carry, height - rule, placed, rest, true);
            if (placed.isEmpty()) {
                break;   // a line taller than a page: cannot be
            }
            pages.add(new Page(end, end, placed, rest, height - rule - heightOf(placed), false, true));
            carry = rest;
        }
        return pages;
    }

    /** The page that opens with unit {@code start}, under the notes {@code owed} from the page before. */
    Page page(int start, List<Part> owed) {
        int end = runEnd(start);
        int height = flow.pages.get(flow.units.get(start).page()).height() - SAFETY;
        int origin = flow.flowTop[start] - flow.lead(start);
        int cut = end;
        Set<Integer> seen = new LinkedHashSet<>();
        owed.forEach(p -> seen.add(p.note()));
        List<Part> placed = owedFitting(owed, height);
        for (int i = start; i < end; i++) {
            int bottom = flow.flowTop[i] - origin + flow.units.get(i).height();
            List<Part> fresh = fresh(i, seen);
            List<Part> all = new ArrayList<>(placed);
            all.addAll(fresh);
            if (bottom + block(all) <= height) {
                placed = all;
                fresh.forEach(p -> seen.add(p.note()));
                continue;
            }
            if (i == start) {
                cut = i + 1;   // a page holds its first unit whatever: its notes as far as they fit
            } else if (!fresh.isEmpty() && lastSplits(placed, fresh, height - bottom)) {
                cut = i + 1;
            } else {
                cut = i;
            }
            break;
        }
        int kept = keep(start, cut, end);
        if (kept < 0) {
            return natural(start, cut, owed);
        }
        return fill(start, kept, owed, height, origin);
    }

    /** The notes of unit {@code i} not yet set, whole. */
    private List<Part> fresh(int i, Set<Integer> seen) {
        List<Part> parts = new ArrayList<>();
        for (int n : flow.units.get(i).notes()) {
            NoteSize size = sizes.get(n);
            if (size != null && !seen.contains(n)) {
                parts.add(new Part(n, 0, size.lines()));
            }
        }
        return parts;
    }

    /** Whether the last of {@code fresh}, split, lets its line stay on the page, the others whole. */
    private boolean lastSplits(List<Part> placed, List<Part> fresh, int room) {
        List<Part> whole = new ArrayList<>(placed);
        whole.addAll(fresh.subList(0, fresh.size() - 1));
        Part last = fresh.get(fresh.size() - 1);
        int left = room - block(whole) - (whole.isEmpty() ? MIN_SPACE + rule : 0);
        return linesFitting(last, left) > 0;
    }

    /** Lines of {@code part}, from its first, that fit in {@code room}, split where a note may be; 0 when fewer than two. */
    private int linesFitting(Part part, int room) {
        NoteSize size = sizes.get(part.note());
        int best = 0;
        for (int k = part.from() + 2; k <= part.to() - 2; k++) {
            if (size.splitsBefore(k) && size.height(part.from(), k) <= room) {
                best = k - part.from();
            }
        }
        return best;
    }

    /** The notes continued from the page before that fit with {@link #MIN_TEXT} of text at least. */
    private List<Part> owedFitting(List<Part> owed, int height) {
        List<Part> placed = new ArrayList<>();
        fit(owed, height - MIN_TEXT - MIN_SPACE - rule, placed, new ArrayList<>(), true);
        return placed;
    }

    /**
     * Sets {@code parts} in {@code room}, in order: whole while they fit, then the first that does not split (when
     * {@code split} allows and two lines fit) and the rest continued.
     */
    private void fit(List<Part> parts, int room, List<Part> placed, List<Part> rest, boolean split) {
        int used = 0;
        for (Part p : parts) {
            if (!rest.isEmpty()) {
                rest.add(p);
                continue;
            }
            int h = sizes.get(p.note()).height(p.from(), p.to());
            if (used + h <= room) {
                placed.add(p);
                used += h;
                continue;
            }
            int k = split ? linesFitting(p, room - used) : 0;
            if (k > 0) {
                placed.add(new Part(p.note(), p.from(), p.from() + k));
                rest.add(new Part(p.note(), p.from() + k, p.to()));
            } else {
                rest.add(p);
            }
        }
    }

    /**
     * The page of units {@code start} to {@code end}: the notes continued to it first (leaving room for some text),
     * then those referenced on it, as far as they fit; the rest continued to the next page, in order.
     */
    private Page fill(int start, int end, List<Part> owed, int height, int origin) {
        Set<Integer> seen = new LinkedHashSet<>();
        owed.forEach(p -> seen.add(p.note()));
        List<Part> own = new ArrayList<>();
        for (int i = start; i < end; i++) {
            List<Part> fresh = fresh(i, seen);
            fresh.forEach(p -> seen.add(p.note()));
            own.addAll(fresh);
        }
        int last = end - 1;
        int text = flow.flowTop[last] - origin + flow.units.get(last).height() + flow.gapAfter(last);
        int room = height - text - MIN_SPACE - rule;
        List<Part> placed = new ArrayList<>();
        List<Part> carry = new ArrayList<>();
        fit(owed, Math.min(room, height - MIN_TEXT - MIN_SPACE - rule), placed, carry, true);
        if (carry.isEmpty()) {
            fit(own, room - heightOf(placed), placed, carry, true);
        } else {
            carry.addAll(own);
        }
        int padding = placed.isEmpty() ? 0 : height - text - rule - heightOf(placed);
        return new Page(start, end, List.copyOf(placed), List.copyOf(carry), padding, false, false);
    }

    /** A page that Flying Saucer breaks inside a table: no notes block can go on it; its notes wait for the next. */
    private Page natural(int start, int end, List<Part> owed) {
        List<Part> carry = new ArrayList<>(owed);
        Set<Integer> seen = new LinkedHashSet<>();
        owed.forEach(p -> seen.add(p.note()));
        for (int i = start; i < end; i++) {
            List<Part> fresh = fresh(i, seen);
            fresh.forEach(p -> seen.add(p.note()));
            carry.addAll(fresh);
        }
        return new Page(start, end, List.of(), List.copyOf(carry), 0, true, false);
    }

    /**
     * Where the page may end, at {@code cut} or before it: never inside a table, after a paragraph's first line or
     * before its last, after a heading or an ornament, before an ornament. {@code cut} itself when it must (the page
     * would be empty); -1 when the page cannot end at all (a table runs over it).
     */
    int keep(int start, int cut, int end) {
        int c = cut;
        for (int guard = 0; c < end && c > start && guard < 1000; guard++) {
            PageFlow.Unit x = flow.units.get(c);
            PageFlow.Unit before = flow.units.get(c - 1);
            if (x.table() >= 0 && !x.firstOfTable()) {
                while (c > start && !flow.units.get(c).firstOfTable()) {
                    c--;
                }
                if (!flow.units.get(c).firstOfTable()) {
                    return -1;   // the table opened the page and runs over it
                }
            } else if (x.kind() == PageFlow.Kind.LINE && x.line() > 0) {
                c -= x.line();
            } else if (x.kind() == PageFlow.Kind.PARAGRAPH_LINE && x.line() == 1) {
                c -= 1;   // its first line alone at the foot
            } else if (x.kind() == PageFlow.Kind.PARAGRAPH_LINE && x.line() > 0 && x.lines() - x.line() < 2) {
                c -= 1;   // its last line alone at the top: one more goes over
            } else if (before.keepWithNext() || x.ornament()) {
                c -= 1;
            } else {
                return c;
            }
        }
        if (c >= end) {
            return end;
        }
        PageFlow.Unit x = flow.units.get(cut < end ? cut : end - 1);
        return cut < end && x.table() >= 0 && !x.firstOfTable() ? -1 : cut;   // nothing better: the page ends where it fills
    }

    /** The height of a notes block holding {@code parts}, with the least room above its rule; 0 for none. */
    private int block(List<Part> parts) {
        return parts.isEmpty() ? 0 : MIN_SPACE + rule + heightOf(parts);
    }

    private int heightOf(List<Part> parts) {
        int h = 0;
        for (Part p : parts) {
            h += sizes.get(p.note()).height(p.from(), p.to());
        }
        return h;
    }
}
