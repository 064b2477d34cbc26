package org.colophon.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Where {@link FootPlan} ends a page and which notes it sets at its foot, on laid-out lines made up here (15 pt lines
 * of 400 dots, pages of 14,304 dots, notes of 11 pt lines of 293 dots): no layout, milliseconds.
 */
class FootPlanTest {
    private static final int LINE = 400;
    private static final int NOTE_LINE = 293;
    private static final int PAGE = 14304;
    private static final int RULE = 120;
    /** The room a page gives its text and notes. */
    private static final int ROOM = PAGE - FootPlan.SAFETY;

    /** Units made one after another, each below the last. */
    private final List<PageFlow.Unit> units = new ArrayList<>();
    private final Map<Integer, FootPlan.NoteSize> sizes = new HashMap<>();
    private int y;
    private int block;

    /** A paragraph of {@code lines} lines; {@code notes[i]} is referenced in line {@code i} (0: none). */
    private FootPlanTest paragraph(int lines, int... notes) {
        return block(PageFlow.Kind.PARAGRAPH_LINE, false, lines, notes);
    }

    private FootPlanTest heading() {
        return block(PageFlow.Kind.LINE, true, 1);
    }

    private FootPlanTest block(PageFlow.Kind kind, boolean keep, int lines, int... notes) {
        for (int i = 0; i < lines; i++) {
            List<Integer> refs = i < notes.length && notes[i] > 0 ? List.of(notes[i]) : List.of();
            units.add(new PageFlow.Unit(kind, new PageFlow.Place(block, i * 50), y, y + LINE, 0, refs, i, lines, keep, false,
                    units.isEmpty(), -1, false, 0));
            y += LINE;
        }
        block++;
        return this;
    }

    /** Table rows, the notes referenced in the table at its last row (as PageFlow reads them). */
    private FootPlanTest table(int rows) {
        int table = block;
        for (int i = 0; i < rows; i++) {
            units.add(new PageFlow.Unit(PageFlow.Kind.ROW, new PageFlow.Place(block, i), y, y + LINE, 0, List.of(), 0, 1, false,
                    false, units.isEmpty(), table, i == 0, 0));
            y += LINE;
            block++;
        }
        return this;
    }

    private FootPlanTest note(int number, int lines) {
        int[] tops = new int[lines + 1];
        int[] offsets = new int[lines];
        for (int i = 0; i < lines; i++) {
            tops[i + 1] = tops[i] + NOTE_LINE;
            offsets[i] = i * 90;
        }
        sizes.put(number, new FootPlan.NoteSize(tops, offsets));
        return this;
    }

    private FootPlan plan() {
        return new FootPlan(PageFlow.of(units, List.of(new PageFlow.Page(0, PAGE))), sizes, RULE);
    }

    private static FootPlan.Part whole(int note, int lines) {
        return new FootPlan.Part(note, 0, lines);
    }

    @Test
    void aLineStaysWhileItAndTheNotesSoFarFitAboveTheFoot() {
        FootPlan.Page p = paragraph(60, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1).note(1, 3).plan().page(0, List.of());
        int notes = FootPlan.MIN_SPACE + RULE + 3 * NOTE_LINE;
        assertEquals((ROOM - notes) / LINE, p.end(), "the lines that fit with the note's block under them");
        assertEquals(List.of(whole(1, 3)), p.parts());
        assertEquals(List.of(), p.carry());
        assertEquals(ROOM - p.end() * LINE - RULE - 3 * NOTE_LINE, p.padding(), "the block ends at the foot");
        assertTrue(p.padding() >= FootPlan.MIN_SPACE);
    }

    @Test
    void aPageWithoutNotesEndsWhereItFills() {
        FootPlan.Page p = paragraph(60).plan().page(0, List.of());
        assertEquals(ROOM / LINE, p.end());
        assertEquals(List.of(), p.parts());
    }

    @Test
    void aParagraphsFirstLineIsNeverLeftAloneAtTheFoot() {
        // 30 lines, then a paragraph whose first line would be the page's last with the note's block
        int fits = (ROOM - FootPlan.MIN_SPACE - RULE - 4 * NOTE_LINE) / LINE;
        FootPlan.Page p = paragraph(fits - 1, 1).paragraph(10).note(1, 4).plan().page(0, List.of());
        assertEquals(fits - 1, p.end(), "the whole paragraph goes over");
    }

    @Test
    void aParagraphsLastLineIsNeverLeftAloneAtTheTop() {
        int fits = (ROOM - FootPlan.MIN_SPACE - RULE - 4 * NOTE_LINE) / LINE;
        FootPlan.Page p = paragraph(fits + 1, 1).paragraph(5).note(1, 4).plan().page(0, List.of());
        assertEquals(fits - 1, p.end(), "two lines go over");
        assertEquals(List.of(whole(1, 4)), p.parts());
    }

    @Test
    void aHeadingNeverEndsAPage() {
        int fits = (ROOM - FootPlan.MIN_SPACE - RULE - 2 * NOTE_LINE) / LINE;
        FootPlan.Page p = paragraph(fits - 1, 1).heading().paragraph(10).note(1, 2).plan().page(0, List.of());
        assertEquals(fits - 1, p.end(), "the heading goes over with its paragraph");
    }

    @Test
    void aNoteThatDoesNotFitWholeIsSplitAndContinuedOnTheNextPage() {
        int[] refs = new int[31];
        refs[30] = 1;   // the 31st line: 12,400 dots of text leave room for six lines of the note
        FootPlan plan = paragraph(60, refs).note(1, 20).plan();
        FootPlan.Page p = plan.page(0, List.of());
        assertEquals(31, p.end(), "the line of the reference stays");
        FootPlan.Part first = p.parts().get(0);
        assertEquals(0, first.from());
        assertTrue(first.to() >= 2 && first.to() <= 18, "two lines at least on each side: " + first);
        assertEquals(List.of(new FootPlan.Part(1, first.to(), 20)), p.carry());
        FootPlan.Page next = plan.page(p.end(), p.carry());
        assertEquals(p.carry(), next.parts(), "the rest first at the next page's foot");
    }

    @Test
    void aNoteLongerThanAPageLeavesTextOnEveryPage() {
        FootPlan plan = paragraph(200, 0, 1).note(1, 120).plan();
        List<FootPlan.Page> pages = plan.run(0, List.of());
        assertEquals(2, pages.get(0).end(), "as in TeX, the note takes the rest of its reference's page");
        int lines = 0;
        for (FootPlan.Page p : pages) {
            if (p.start() > 0 && !p.alone()) {
                assertTrue(p.end() - p.start() >= 4, "the continued note leaves four lines of text at least: " + p);
            }
            lines += p.parts().stream().mapToInt(part -> part.to() - part.from()).sum();
        }
        assertEquals(120, lines, "every line of the note, once");
        assertEquals(List.of(), pages.get(pages.size() - 1).carry());
    }

    @Test
    void notesContinuedPastTheRunsEndGetPagesOfTheirOwn() {
        FootPlan plan = paragraph(8, 0, 0, 0, 0, 0, 0, 1).note(1, 90).plan();
        List<FootPlan.Page> pages = plan.run(0, List.of());
        assertTrue(pages.size() >= 2, pages.toString());
        assertTrue(pages.get(pages.size() - 1).alone(), "the last page holds the note alone");
        assertEquals(List.of(), pages.get(pages.size() - 1).carry());
    }

    @Test
    void aTableIsNeverCutButItsNotesWaitForItsEnd() {
        int before = (ROOM - FootPlan.MIN_SPACE - RULE - 2 * NOTE_LINE) / LINE - 3;
        FootPlan.Page p = paragraph(before, 1).table(10).paragraph(20).note(1, 2).plan().page(0, List.of());
        assertEquals(before, p.end(), "the table goes over whole");
        FootPlan.Page opening = new FootPlanTest().table(60).plan().page(0, List.of());
        assertTrue(opening.natural(), "a table that opens the page and runs over it is broken where it fills");
    }
}
