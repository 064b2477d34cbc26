package org.colophon.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.colophon.text.Typography;
import org.junit.jupiter.api.Test;

/** A quote's direction follows what was set before it in the block, whichever inline set it. */
class TypographyStateTest {
    private final TypographyState state = new TypographyState(Typography.forLanguage("en"));

    @Test
    void aQuoteOpensAtABlocksStartAndClosesAfterAWordOfAnEarlierInline() {
        state.startBlock();
        assertEquals("“Word", state.set("\"Word"));
        state.startBlock();
        state.set("emphasised");
        assertEquals("” said", state.set("\" said"));
    }

    @Test
    void codeCountsAsSetButALineBreakLeavesTheNextQuoteToOpen() {
        state.startBlock();
        state.setVerbatim("x");
        assertEquals("”", state.set("\""));
        state.lineBreak();
        assertEquals("“", state.set("\""));
    }

    @Test
    void aNoteSetAsideDoesNotChangeHowTheSentenceAroundItGoesOn() {
        state.startBlock();
        state.set("word");
        String note = state.aside(() -> {
            state.startBlock();
            return state.set("a note ");
        });
        assertEquals("a note ", note);
        assertEquals("”", state.set("\""));   // after "word", not after the note's space
    }
}
