package org.colophon.pdf;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import org.colophon.book.Book;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Lets a table cell break inside a word only where a word of it is wider than its column. print.css lets every cell
 * break a word (no word overflows its column), but Flying Saucer then breaks a word whenever it does not fit what is
 * left of a line, even where the next line would hold it: "layou|t: landing". A cell whose every word fits its
 * column gets the class {@code whole-words}, which breaks lines between words only.
 */
final class TableCells {
    /** print.css: the sizes of text and of code in a cell. */
    private static final double TEXT_SIZE = 10.5;
    private static final double CODE_SIZE = 8.5;

    private TableCells() {
    }

    static void apply(Document doc, Book book, double measure) throws IOException {
        // each word is measured in the widest face a cell may set it in: bold text, or code
        BaseFont bold = PrintFonts.font(book.typeface().face(true, false));
        BaseFont code = PrintFonts.font(book.codeTypeface().face(true, false));
        NodeList tables = doc.getElementsByTagName("table");
        for (int t = 0; t < tables.getLength(); t++) {
            Element table = (Element) tables.item(t);
            double width = width(table, measure);
            int columns = columns(table);
            if (width <= 0 || columns == 0) {
                continue;   // a table where Colophon does not know the measure keeps breaking words where it must
            }
            double column = width / columns - PrintMeasure.CELL_PADDING;
            for (String tag : new String[] {"td", "th"}) {
                NodeList cells = table.getElementsByTagName(tag);
                for (int i = 0; i < cells.getLength(); i++) {
                    Element cell = (Element) cells.item(i);
                    if (fits(cell.getTextContent(), column, bold, code) && !cell.hasAttribute("colspan")) {
                        cell.setAttribute("class", (cell.getAttribute("class") + " whole-words").strip());
                    }
                }
            }
        }
    }

    /** Whether every word of a cell's text fits a column, set in either face. */
    private static boolean fits(String text, double column, BaseFont bold, BaseFont code) {
        for (String word : text.strip().split("\\s+")) {
            if (Math.max(bold.getWidthPoint(word, (float) TEXT_SIZE), code.getWidthPoint(word, (float) CODE_SIZE)) > column) {
                return false;
            }
        }
        return true;
    }

    /** The width a table spans: the measure less the insets of the quotations and lists around it; 0 if unknown. */
    private static double width(Element table, double measure) {
        double width = measure;
        for (Node n = table.getParentNode(); n instanceof Element e; n = n.getParentNode()) {
            String name = e.getTagName();
            if (PrintMeasure.inset(e) > 0) {   // a quotation, an alert, a list
                width -= PrintMeasure.inset(e);
            } else if (!name.equals("li") && !name.equals("section") && !name.equals("div") && !name.equals("body")
                    && !name.equals("html")) {
                return 0;
            }
        }
        return width;
    }

    /** The columns of a table: its widest row's cells, each counted once (a cell with colspan keeps breaking words). */
    private static int columns(Element table) {
        int most = 0;
        NodeList rows = table.getElementsByTagName("tr");
        for (int r = 0; r < rows.getLength(); r++) {
            int cells = 0;
            for (Node c = rows.item(r).getFirstChild(); c != null; c = c.getNextSibling()) {
                if (c instanceof Element e && (e.getTagName().equals("td") || e.getTagName().equals("th"))) {
                    cells += e.hasAttribute("colspan") ? Math.max(1, parse(e.getAttribute("colspan"))) : 1;
                }
            }
            most = Math.max(most, cells);
        }
        return most;
    }

    private static int parse(String number) {
        try {
            return Integer.parseInt(number.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
