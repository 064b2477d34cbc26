package org.colophon.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.colophon.text.TexRefused;
import org.junit.jupiter.api.Test;

/** KaTeX's engine: one per process, kept loaded, each formula within a time limit, what it set kept for the next ask. */
class MathMlLimitsTest {
    @Test
    void aFormulaThatTakesLongerThanItsLimitIsRefused() throws TexRefused {
        String big = "\\begin{pmatrix}" + "a_{1} & b^{2} & \\frac{c}{d} \\\\ ".repeat(400) + "\\end{pmatrix}";
        TexRefused refused = assertThrows(TexRefused.class, () -> MathMl.engine().set(big, true, 1));
        assertEquals("KaTeX did not finish this formula within 1 ms; simplify it", refused.getMessage());
        // the engine is still usable after a formula was stopped
        assertTrue(MathMl.engine().set("x^2", false, MathMl.TIME_LIMIT_MILLIS).contains("<msup><mi>x</mi><mn>2</mn></msup>"));
    }

    @Test
    void theEngineIsLoadedOnceAndKeepsWhatItSet() throws TexRefused {
        MathMl engine = MathMl.engine();
        assertSame(engine, MathMl.engine());
        assertTrue(MathMl.loaded());
        String first = engine.convert("\\sqrt{2}", false);
        assertSame(first, engine.convert("\\sqrt{2}", false), "kept, not set again");
    }
}
