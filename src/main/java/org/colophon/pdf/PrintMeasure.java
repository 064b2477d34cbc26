package org.colophon.pdf;

import org.w3c.dom.Element;

/**
 * What print.css takes from the text block's measure inside a block, named once for the passes that measure before
 * Flying Saucer lays out: the line breaker ({@link LineBreaks}), the table cells ({@link TableCells}) and the images
 * ({@link BookReplacedElements}). {@code PrintMeasureTest} reads print.css and checks that these agree with it.
 */
final class PrintMeasure {
    /** {@code blockquote} and {@code div.alert}: {@code margin: 8pt 18pt}, 18 pt each side. */
    static final double QUOTE = 36;
    /** {@code ul, ol}: {@code padding-left: 18pt}. */
    static final double LIST = 18;
    /** {@code th, td}: {@code padding: 2pt 6pt}, 6 pt each side. */
    static final double CELL_PADDING = 12;
    /** {@code p}: {@code text-indent: 14pt}, the first line of a paragraph after another. */
    static final double INDENT = 14;

    private PrintMeasure() {
    }

    /**
     * What {@code e} takes from the width of the blocks inside it: a quotation's or an alert's margins (an alert is set
     * in as a quotation is), a list's indent; 0 for any other element.
     */
    static double inset(Element e) {
        String name = e.getLocalName() == null ? e.getTagName() : e.getLocalName();
        if (name.equals("blockquote") || LineBreaks.isAlert(e)) {
            return QUOTE;
        }
        return name.equals("ul") || name.equals("ol") ? LIST : 0;
    }
}
