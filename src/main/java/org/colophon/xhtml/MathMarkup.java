package org.colophon.xhtml;

import org.colophon.xml.XmlWriter;

/**
 * How a format writes a formula itself, the one part of the math the formats do not share: the EPUB writes KaTeX's
 * MathML, the PDF an element its layout draws TeX into. The renderer writes all around it (a display formula's
 * block, its number, its id), so that both formats have the same elements; a format writes one element per formula.
 */
@FunctionalInterface
public interface MathMarkup {
    /** Writes the formula {@code tex} as one element, in display style when {@code display}. */
    void formula(XmlWriter w, String tex, boolean display);

    /** Without a typesetter: the TeX as written, as text, for the renderer's own tests; no writer uses it. */
    MathMarkup TEX = (w, tex, display) -> w.element("span", tex, "class", display ? "math display tex" : "math tex");
}
