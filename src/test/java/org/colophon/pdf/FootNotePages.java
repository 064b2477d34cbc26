package org.colophon.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The pages of a PDF whose notes are set at the foot, read back with PDFBox: each page's short rule (a filled
 * rectangle under 1.2 pt high, a quarter to two fifths of the measure wide, at the text block's left edge), its lines
 * with their baselines and sizes, the note references above the rule (superscript numbers) and the notes that begin
 * below it ("12." in bold). Lengths in points, y from the top of the page.
 */
final class FootNotePages {
    private static final Pattern NOTE_START = Pattern.compile("^(\\d+)\\.(\\s.*|$)");

    /** A line of text: its words, its baseline, the largest size in it, whether it opens with bold (a note's number). */
    record Line(String text, float baseline, float size, boolean bold) {
    }

    /**
     * A page: its index (0-based), the rule's y (NaN: none), its lines (running head and folio included), the
     * numbers of the note references set above the rule, the notes that begin below it, the text block's foot.
     */
    record Page(int index, float rule, List<Line> lines, List<Integer> refs, List<Integer> noteStarts, float bottom) {
        /** The lines under the rule, down to the text block's foot (the folio is below it). */
        List<Line> foot() {
            return Float.isNaN(rule) ? List.of() : lines.stream().filter(l -> l.baseline() > rule && l.baseline() <= bottom + 1).toList();
        }

        List<Line> above() {
            return Float.isNaN(rule) ? lines : lines.stream().filter(l -> l.baseline() < rule).toList();
        }

        String footText() {
            return String.join("\n", foot().stream().map(Line::text).toList());
        }
    }

    private FootNotePages() {
    }

    static List<Page> read(PDDocument doc, PageGeometry g) throws IOException {
        List<Page> pages = new ArrayList<>();
        for (int i = 0; i < doc.getNumberOfPages(); i++) {
            pages.add(page(doc, i, g));
        }
        return pages;
    }

    private static Page page(PDDocument doc, int index, PageGeometry g) throws IOException {
        PDPage page = doc.getPage(index);
        float height = page.getMediaBox().getHeight();
        float rule = rule(page, g, height);
        List<Line> lines = new ArrayList<>();
        List<Integer> refs = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        float[] state = {Float.NaN, 0};   // baseline, largest size
        boolean[] bold = {false, false};   // the line's first glyph is bold, a glyph was seen
        StringBuilder digits = new StringBuilder();
        float[] digitsAt = {0};
        PDFTextStripper s = new PDFTextStripper() {
            @Override
            protected void writeString(String t, List<TextPosition> glyphs) {
                text.append(t);
                for (TextPosition p : glyphs) {
                    if (!bold[1]) {
                        bold[0] = p.getFont().getName() != null && p.getFont().getName().contains("Bold");
                        bold[1] = true;
                    }
                    float size = p.getFontSizeInPt();
                    if (size < 7.5 && Character.isDigit(p.getUnicode().charAt(0))) {
                        digits.append(p.getUnicode());
                        digitsAt[0] = p.getYDirAdj();
                    } else {
                        endRef(digits, digitsAt[0], rule, refs);
                        state[0] = Float.isNaN(state[0]) || size >= state[1] ? p.getYDirAdj() : state[0];
                        state[1] = Math.max(state[1], size);
                    }
                }
            }

            @Override
            protected void writeWordSeparator() {
                text.append(' ');
                endRef(digits, digitsAt[0], rule, refs);
            }

            @Override
            protected void writeLineSeparator() {
                endRef(digits, digitsAt[0], rule, refs);
                if (!text.toString().isBlank()) {
                    lines.add(new Line(text.toString().replace('\u00A0', ' ').strip(), state[0], state[1], bold[0]));
                }
                text.setLength(0);
                state[0] = Float.NaN;
                state[1] = 0;
                bold[1] = false;
            }
        };
        s.setSortByPosition(true);
        s.setStartPage(index + 1);
        s.setEndPage(index + 1);
        s.getText(doc);
        if (!text.toString().isBlank()) {
            lines.add(new Line(text.toString().strip(), state[0], state[1], bold[0]));
        }
        List<Integer> starts = new ArrayList<>();
        for (Line l : lines) {
            Matcher m = NOTE_START.matcher(l.text());
            if (!Float.isNaN(rule) && l.baseline() > rule && l.bold() && m.matches()) {
                starts.add(Integer.parseInt(m.group(1)));
            }
        }
        return new Page(index, rule, lines, refs, starts, (float) (g.height() - g.bottom()));
    }

    private static void endRef(StringBuilder digits, float y, float rule, List<Integer> refs) {
        if (!digits.isEmpty()) {
            if (Float.isNaN(rule) || y < rule) {
                refs.add(Integer.parseInt(digits.toString()));
            }
            digits.setLength(0);
        }
    }

    /** The y of the page's short rule, from the top; NaN when it has none. */
    private static float rule(PDPage page, PageGeometry g, float height) throws IOException {
        float[] found = {Float.NaN};
        new PDFGraphicsStreamEngine(page) {
            private final List<Point2D> path = new ArrayList<>();

            @Override
            public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
                path.addAll(List.of(p0, p1, p2, p3));
            }

            @Override
            public void moveTo(float x, float y) {
                path.add(new Point2D.Float(x, y));
            }

            @Override
            public void lineTo(float x, float y) {
                path.add(new Point2D.Float(x, y));
            }

            @Override
            public void fillPath(int windingRule) {
                double minX = path.stream().mapToDouble(Point2D::getX).min().orElse(0);
                double maxX = path.stream().mapToDouble(Point2D::getX).max().orElse(0);
                double minY = path.stream().mapToDouble(Point2D::getY).min().orElse(0);
                double maxY = path.stream().mapToDouble(Point2D::getY).max().orElse(0);
                double w = maxX - minX;
                if (maxY - minY < 1.2 && w > 0.25 * g.textWidth() && w < 0.4 * g.textWidth()) {
                    found[0] = (float) (height - maxY);
                }
                path.clear();
            }

            @Override
            public void strokePath() {
                path.clear();
            }

            @Override
            public void fillAndStrokePath(int windingRule) {
                fillPath(windingRule);
            }

            @Override
            public void endPath() {
                path.clear();
            }

            @Override
            public void closePath() {
            }

            @Override
            public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            }

            @Override
            public Point2D getCurrentPoint() {
                return path.isEmpty() ? new Point2D.Float() : path.get(path.size() - 1);
            }

            @Override
            public void clip(int windingRule) {
            }

            @Override
            public void drawImage(PDImage pdImage) {
            }

            @Override
            public void shadingFill(COSName shadingName) {
            }

            void run() throws IOException {
                processPage(page);
            }
        }.run();
        return found[0];
    }
}
