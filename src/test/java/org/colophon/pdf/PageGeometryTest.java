package org.colophon.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalDouble;
import org.colophon.print.PrintLayout;
import org.junit.jupiter.api.Test;

class PageGeometryTest {
    @Test
    void gutterGrowsWithThePageCountAsKdpAsks() {
        assertEquals(0.375 * 72, PageGeometry.gutter(24));
        assertEquals(0.375 * 72, PageGeometry.gutter(150));
        assertEquals(0.5 * 72, PageGeometry.gutter(151));
        assertEquals(0.5 * 72, PageGeometry.gutter(300));
        assertEquals(0.625 * 72, PageGeometry.gutter(301));
        assertEquals(0.75 * 72, PageGeometry.gutter(501));
        assertEquals(0.875 * 72, PageGeometry.gutter(701));
    }

    @Test
    void noMarginIsUnderHalfAnInch() {
        PageGeometry small = PageGeometry.of(PrintLayout.defaults(), 40);
        assertEquals(36, small.inside(), "KDP's 0.375 in is raised to IngramSpark's 0.5 in");
        PageGeometry big = PageGeometry.of(PrintLayout.defaults(), 400);
        assertEquals(45, big.inside(), "0.625 in for 301-500 pages");
        PrintLayout tight = new PrintLayout("6x9", 432, 648, OptionalDouble.of(10), OptionalDouble.of(10), OptionalDouble.of(10),
                OptionalDouble.of(10), false, 0);
        PageGeometry g = PageGeometry.of(tight, 10);
        assertEquals(36, g.top());
        assertEquals(36, g.bottom());
        assertEquals(36, g.inside());
        assertEquals(36, g.outside());
    }

    @Test
    void bleedLiesOutsideTheTrimOnTheOuterEdge() {
        PrintLayout withBleed = new PrintLayout("6x9", 432, 648, OptionalDouble.empty(), OptionalDouble.empty(),
                OptionalDouble.empty(), OptionalDouble.empty(), false, 9);
        PageGeometry g = PageGeometry.of(withBleed, 10);
        float[] recto = g.trimBox(true);
        float[] verso = g.trimBox(false);
        assertEquals(0, recto[0]);
        assertEquals(432, recto[2]);
        assertEquals(9, verso[0]);
        assertEquals(441, verso[2]);
        assertEquals(9, recto[1]);
        assertEquals(657, recto[3]);
    }
}
