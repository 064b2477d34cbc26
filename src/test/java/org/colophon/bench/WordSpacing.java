package org.colophon.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * How evenly a PDF's justified lines are spaced, measured from PDFBox's glyph positions as a reader's eye sees them:
 * for each justified body line, the mean gap between its words (from the end of one word's last letter to the start
 * of the next word) over the natural space of the face at that size (the width of the space glyph Flying Saucer
 * draws there). Left out: lines set at another size (headings, notes, captions, running heads), lines that do not
 * reach the right edge of the text block (last lines of paragraphs, centred or ragged text), lines with fewer than
 * two spaces.
 * {@code java -cp … org.colophon.bench.WordSpacing BOOK.pdf…} prints the figures of each book.
 */
public final class WordSpacing {
    /** The figures of one book. */
    public record Figures(int lines, int over2, int over3, double worst) {
        public double share2() {
            return lines == 0 ? 0 : 100.0 * over2 / lines;
        }

        public double share3() {
            return lines == 0 ? 0 : 100.0 * over3 / lines;
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%d justified lines: %.1f %% over 2× the natural space (%d), %.2f %% over 3× (%d), widest %.2f×",
                    lines, share2(), over2, share3(), over3, worst);
        }
    }

    /** A line as drawn: its glyphs left to right, spaces included. */
    public record Line(int page, List<TextPosition> glyphs) {
        /** The line's text as drawn, no-break spaces as spaces. */
        public String text() {
            StringBuilder b = new StringBuilder();
            glyphs.forEach(g -> b.append(g.getUnicode()));
            return b.toString().replace('\u00A0', ' ');
        }

        public double left() {
            return glyphs.stream().filter(g -> !isSpace(g)).mapToDouble(TextPosition::getXDirAdj).min().orElse(0);
        }

        public double right() {
            return glyphs.stream().filter(g -> !isSpace(g)).mapToDouble(g -> g.getXDirAdj() + g.getWidthDirAdj()).max().orElse(0);
        }

        List<TextPosition> spaces() {
            return glyphs.stream().filter(WordSpacing::isSpace).toList();
        }

        /** The gaps between words: from the end of the glyph before a run of spaces to the glyph after it. */
        List<Double> gaps() {
            List<Double> gaps = new ArrayList<>();
            TextPosition before = null;
            boolean inSpace = false;
            for (TextPosition g : glyphs) {
                if (isSpace(g)) {
                    inSpace = before != null;
                } else {
                    if (inSpace) {
                        gaps.add((double) (g.getXDirAdj() - (before.getXDirAdj() + before.getWidthDirAdj())));
                    }
                    inSpace = false;
                    before = g;
                }
            }
            return gaps;
        }
    }

    private WordSpacing() {
    }

    public static void main(String[] args) throws IOException {
        for (String pdf : args) {
            System.out.println(Path.of(pdf).getFileName() + ": " + measure(Path.of(pdf)));
        }
    }

    public static Figures measure(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return measure(lines(doc));
        }
    }

    static Figures measure(List<Line> lines) {
        double natural = bodySpace(lines);
        // the right edge of the text block, on rectos and on versos (mirrored margins)
        Map<Integer, Double> edge = new HashMap<>();
        for (Line l : lines) {
            if (isBody(l, natural)) {
                edge.merge(l.page() % 2, l.right(), Math::max);
            }
        }
        int count = 0;
        int over2 = 0;
        int over3 = 0;
        double worst = 0;
        for (Line l : lines) {
            List<Double> gaps = l.gaps();
            if (!isBody(l, natural) || l.spaces().size() < 2 || gaps.isEmpty() || l.right() < edge.get(l.page() % 2) - 0.75) {
                continue;
            }
            double ratio = gaps.stream().mapToDouble(Double::doubleValue).average().orElse(0) / natural;
            count++;
            over2 += ratio > 2 ? 1 : 0;
            over3 += ratio > 3 ? 1 : 0;
            worst = Math.max(worst, ratio);
        }
        return new Figures(count, over2, over3, worst);
    }

    /** A body line: every space in it is the body's space. */
    private static boolean isBody(Line l, double natural) {
        return !l.spaces().isEmpty() && l.spaces().stream().allMatch(s -> Math.abs(s.getWidthDirAdj() - natural) < 0.05);
    }

    /** The width of the space most often drawn in the book: the body text's. */
    private static double bodySpace(List<Line> lines) {
        Map<Long, Integer> counts = new HashMap<>();
        for (Line l : lines) {
            for (TextPosition s : l.spaces()) {
                counts.merge(Math.round(s.getWidthDirAdj() * 100.0), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> e.getKey() / 100.0).orElse(1.0);
    }

    /**
     * Every line of every page: glyphs whose baselines lie within 6 pt of each other form one line, so that a raised
     * note number stays on the line of its word (lines are 12.5 pt apart or more).
     */
    public static List<Line> lines(PDDocument doc) throws IOException {
        List<Line> lines = new ArrayList<>();
        for (int page = 1; page <= doc.getNumberOfPages(); page++) {
            List<TextPosition> glyphs = glyphs(doc, page);
            glyphs.sort(Comparator.comparingDouble(TextPosition::getYDirAdj));
            List<TextPosition> current = new ArrayList<>();
            double lastY = Double.NaN;
            for (TextPosition g : glyphs) {
                if (!current.isEmpty() && g.getYDirAdj() - lastY > 6) {
                    lines.add(line(page, current));
                    current = new ArrayList<>();
                }
                current.add(g);
                lastY = g.getYDirAdj();
            }
            if (!current.isEmpty()) {
                lines.add(line(page, current));
            }
        }
        return lines;
    }

    private static Line line(int page, List<TextPosition> glyphs) {
        glyphs.sort(Comparator.comparingDouble(TextPosition::getXDirAdj));
        return new Line(page, glyphs);
    }

    /** The glyphs of one page (1-based), in the order they are drawn. */
    public static List<TextPosition> glyphs(PDDocument doc, int page) throws IOException {
        List<TextPosition> glyphs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                glyphs.add(text);
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(doc);
        return glyphs;
    }

    static boolean isSpace(TextPosition g) {
        String u = g.getUnicode();
        return u.equals(" ") || u.equals("\u00A0");
    }
}
