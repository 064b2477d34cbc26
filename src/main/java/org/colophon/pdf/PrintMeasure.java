package org.colophon.pdf;

final class PrintMeasure {
    static final double QUOTE = 36, LIST = 18, CELL_PADDING = 12, INDENT = 14;
}
