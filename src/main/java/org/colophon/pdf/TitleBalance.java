package org.colophon.pdf;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.colophon.book.Book;
import org.colophon.xhtml.BookPages;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The title and copyright pages as a designer sets them. Balances the lines of the title page's title and subtitle,
 * and of each chapter's title, as a designer sets a display line: the fewest lines
 * that fit the measure, broken where the lines come out most even, so that no title ends on a word alone
 * ("An Alliance Between / Vietnam and the Soviet / Union" becomes two even lines). Sizes and faces are print.css's.
 */
final class TitleBalance {
    private TitleBalance() {
    }

    static void apply(Document doc, Book book, double measure) throws IOException {
        NodeList ps = doc.getElementsByTagName("p");
        List<Element> targets = new ArrayList<>();
        for (int i = 0; i < ps.getLength(); i++) {
            Element p = (Element) ps.item(i);
            Element parent = (Element) p.getParentNode();
            if (parent.getAttribute("class").equals("title-page") && p.getChildNodes().getLength() == 1
                    && p.getFirstChild().getNodeType() == Node.TEXT_NODE) {
                targets.add(p);
            }
        }
        for (Element p : targets) {
            switch (p.getAttribute("class")) {
                case "title" -> balance(p, PrintFonts.font(book.typeface().face(true, false)), 24, measure);
                case "subtitle" -> balance(p, PrintFonts.font(book.typeface().face(false, true)), 14, measure);
                default -> { }
            }
        }
        // a chapter's title too, in print.css's 18 pt bold: "Amory, Son of / Beatrice" leaves a word alone
        NodeList headings = doc.getElementsByTagName("h1");
        BaseFont bold = PrintFonts.font(book.typeface().face(true, false));
        for (int i = 0; i < headings.getLength(); i++) {
            Element h = (Element) headings.item(i);
            if (h.getParentNode() instanceof Element section && section.getTagName().equals("section")
                    && section.getAttribute("class").contains("chapter") && h.getChildNodes().getLength() == 1
                    && h.getFirstChild().getNodeType() == Node.TEXT_NODE) {
                balance(h, bold, 18, measure);
            }
        }
    }

    /**
     * The copyright page's lines stand at the foot of its page, as in a trade book: the space above them is the text
     * block's height less theirs (8.5 pt type on 12.5 pt lines, 6 pt between paragraphs, as print.css sets them).
     */
    static String copyrightAtFoot(Book book, PageGeometry geometry) throws IOException {
        BaseFont font = PrintFonts.font(book.typeface().face(false, false));
        List<String> lines = new BookPages(book).copyrightLines();
        double height = 0;
        for (String line : lines) {
            height += 12.5 * Math.max(1, Math.ceil(font.getWidthPoint(line, 8.5f) / geometry.textWidth())) + 6;
        }
        double padding = Math.max(0, geometry.textHeight() - height - 12.5);   // a line to spare for rounding
        return String.format(Locale.ROOT, ".copyright-page { padding-top: %.1fpt; }%n", padding);
    }

    private static void balance(Element p, BaseFont font, float size, double measure) {
        String[] words = p.getTextContent().strip().split("\\s+");
        if (words.length < 3) {
            return;
        }
        double space = font.getWidthPoint(" ", size);
        double[] width = Arrays.stream(words).mapToDouble(w -> font.getWidthPoint(w, size)).toArray();
        for (int lines = 1; lines <= words.length; lines++) {
            int[] breaks = evenest(width, space, lines, measure);
            if (breaks != null) {
                if (lines > 1) {
                    write(p, words, breaks);
                }
                return;
            }
        }
    }

    /**
     * The line starts (after the first) that split the words into {@code lines} lines, each within the measure, with
     * the least sum of squared differences to the longest line; null when they do not fit in that many lines.
     */
    private static int[] evenest(double[] width, double space, int lines, double measure) {
        int n = width.length;
        double[][] cost = new double[lines + 1][n + 1];
        int[][] from = new int[lines + 1][n + 1];
        for (double[] row : cost) {
            Arrays.fill(row, Double.POSITIVE_INFINITY);
        }
        cost[0][0] = 0;
        double target = (Arrays.stream(width).sum() + space * (n - 1)) / lines;
        for (int l = 1; l <= lines; l++) {
            for (int end = 1; end <= n; end++) {
                double w = -space;
                for (int start = end - 1; start >= 0; start--) {
                    w += width[start] + space;
                    if (w > measure) {
                        break;
                    }
                    double c = cost[l - 1][start] + (target - w) * (target - w);
                    if (c < cost[l][end]) {
                        cost[l][end] = c;
                        from[l][end] = start;
                    }
                }
            }
        }
        if (Double.isInfinite(cost[lines][n])) {
            return null;
        }
        int[] starts = new int[lines - 1];
        int end = n;
        for (int l = lines; l > 1; l--) {
            end = from[l][end];
            starts[l - 2] = end;
        }
        return starts;
    }

    /** The words with a line break before each chosen start and no-break spaces elsewhere. */
    private static void write(Element p, String[] words, int[] starts) {
        Document doc = p.getOwnerDocument();
        while (p.getFirstChild() != null) {
            p.removeChild(p.getFirstChild());
        }
        int from = 0;
        for (int i = 0; i <= starts.length; i++) {
            int to = i < starts.length ? starts[i] : words.length;
            p.appendChild(doc.createTextNode(String.join("\u00A0", Arrays.copyOfRange(words, from, to))));
            if (i < starts.length) {
                p.appendChild(doc.createElementNS(p.getNamespaceURI(), "br"));
            }
            from = to;
        }
    }
}
