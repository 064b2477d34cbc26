package org.colophon.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * How evenly a PDF's justified lines are spaced, measured from PDFBox's glyph positions as a reader's eye sees them,
 * whatever wrote the PDF: for each justified body line, the mean gap between its words over the natural space of the
 * body face at the body size. A word gap is found from positions alone (the end of one glyph's advance to the start
 * of the next, wider than half the natural space), so a PDF that draws its spaces (Flying Saucer) and one that only
 * positions its words (XeLaTeX) are measured alike. The natural space is the body font's advance of U+0020 times the
 * body size. Left out: lines with a glyph over the body size or mostly set at another size (headings, notes,
 * captions, running heads), lines that do not reach the right edge of the text block (last lines of paragraphs,
 * centred or ragged text), lines with fewer than two gaps.
 * {@code java -cp … org.colophon.bench.WordSpacing [--fonts DIR] [--row] BOOK.pdf…} prints the figures of each book;
 * {@code --fonts} names a folder of the fonts the PDFs use, for a PDF whose embedded subset lacks the space, and
 * {@code --row} prints them as cells of a Markdown table.
 */
public final class WordSpacing {
    /**
     * A gap wider than this share of the natural space is a word space. A word space is at least 2/3 of the natural
     * space (XeTeX shrinks an OpenType face's space by at most a third; CSS engines never shrink it), while a gap
     * inside a word (a kern, the letter spacing Flying Saucer adds when it justifies) stays under a tenth of it.
     * Measured on the essay at 10.5 pt: inside words at most 0.08 (Flying Saucer), 0.00 (WeasyPrint), 0.005 (XeLaTeX)
     * of the natural space; between words at least 1.00, 1.00 and 0.75. Half lies in the middle of that empty band.
     */
    static final double WORD_GAP = 0.5;
    /** How far short of the text block's right edge a line may end and still be justified, in points. */
    private static final double EDGE_TOLERANCE = 0.75;

    /** The figures of one book. */
    public record Figures(int lines, int over2, int over3, double worst) {
        public double share2() {
            return lines == 0 ? 0 : 100.0 * over2 / lines;
        }

        public double share3() {
            return lines == 0 ? 0 : 100.0 * over3 / lines;
        }

        /** A row of bench/run's Markdown table: lines, over 2×, over 3×, the widest. */
        public String row() {
            return String.format(Locale.ROOT, "%d | %.1f %% (%d) | %.2f %% (%d) | %.2f×", lines, share2(), over2, share3(), over3, worst);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d justified lines: %.1f %% over 2× the natural space (%d), %.2f %% over 3× (%d), widest %.2f×",
                    lines, share2(), over2, share3(), over3, worst);
        }
    }

    /** A line as drawn: its glyphs left to right, spaces included when the PDF draws them. */
    public record Line(int page, List<TextPosition> glyphs) {
        /** The line's text as drawn, no-break spaces as spaces. */
        public String text() {
            StringBuilder b = new StringBuilder();
            glyphs.forEach(g -> b.append(g.getUnicode()));
            return b.toString().replace('\u00A0', ' ');
        }

        /** The glyphs that leave ink: drawn spaces aside. */
        public List<TextPosition> marks() {
            return glyphs.stream().filter(g -> !isSpace(g)).toList();
        }

        public double left() {
            return marks().stream().mapToDouble(TextPosition::getXDirAdj).min().orElse(0);
        }

        public double right() {
            return marks().stream().mapToDouble(g -> g.getXDirAdj() + g.getWidthDirAdj()).max().orElse(0);
        }

        /** The gaps between words: from the end of one glyph to the start of the next, when wider than {@code least}. */
        public List<Double> gaps(double least) {
            List<Double> gaps = new ArrayList<>();
            List<TextPosition> marks = marks();
            for (int i = 1; i < marks.size(); i++) {
                TextPosition before = marks.get(i - 1);
                double gap = marks.get(i).getXDirAdj() - (before.getXDirAdj() + before.getWidthDirAdj());
                if (gap > least) {
                    gaps.add(gap);
                }
            }
            return gaps;
        }
    }

    /** A justified body line and its word gaps, with the natural space they are measured against. */
    public record Justified(Line line, List<Double> gaps, double natural) {
        public double ratio() {
            return gaps.stream().mapToDouble(Double::doubleValue).average().orElse(0) / natural;
        }
    }

    private WordSpacing() {
    }

    public static void main(String[] args) throws IOException {
        Path fonts = null;
        boolean row = false;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--fonts")) {
                fonts = Path.of(args[++i]);
            } else if (args[i].equals("--row")) {
                row = true;
            } else {
                Figures f = measure(Path.of(args[i]), fonts);
                System.out.println(row ? f.row() : Path.of(args[i]).getFileName() + ": " + f);
            }
        }
    }

    public static Figures measure(Path pdf) throws IOException {
        return measure(pdf, null);
    }

    /** The figures of a PDF; {@code fonts}, a folder of font files or null, gives the space a subset lacks. */
    public static Figures measure(Path pdf, Path fonts) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return figures(justified(doc, fonts));
        }
    }

    static Figures figures(List<Justified> lines) {
        int over2 = 0;
        int over3 = 0;
        double worst = 0;
        for (Justified j : lines) {
            double ratio = j.ratio();
            over2 += ratio > 2 ? 1 : 0;
            over3 += ratio > 3 ? 1 : 0;
            worst = Math.max(worst, ratio);
        }
        return new Figures(lines.size(), over2, over3, worst);
    }

    /** The justified body lines of a document. */
    public static List<Justified> justified(PDDocument doc, Path fonts) throws IOException {
        List<Line> lines = lines(doc);
        double size = bodySize(lines);
        double natural = naturalSpace(bodyFont(lines, size), fonts) * size;
        double least = WORD_GAP * natural;
        // the right edge of the text block, on rectos and on versos (mirrored margins): where most body lines end,
        // so that one line standing out (an overfull TeX box, a long URL) does not move it
        Map<Integer, Map<Long, Integer>> ends = new HashMap<>();
        for (Line l : lines) {
            if (isBody(l, size)) {
                ends.computeIfAbsent(l.page() % 2, k -> new HashMap<>()).merge(Math.round(l.right() * 10), 1, Integer::sum);
            }
        }
        Map<Integer, Double> edge = new HashMap<>();
        ends.forEach((side, counts) -> edge.put(side, mostCommon(counts) / 10.0));
        List<Justified> justified = new ArrayList<>();
        for (Line l : lines) {
            if (!isBody(l, size) || l.right() < edge.get(l.page() % 2) - EDGE_TOLERANCE) {
                continue;
            }
            List<Double> gaps = l.gaps(least);
            if (gaps.size() >= 2) {
                justified.add(new Justified(l, gaps, natural));
            }
        }
        return justified;
    }

    /** The size of a glyph as set, in points: the text rendering matrix's vertical scale (font size, text matrix, page). */
    static double size(TextPosition g) {
        return Math.round(g.getYScale() * 100) / 100.0;
    }

    /** A body line: no glyph larger than the body size, and most at it (a raised note number may be smaller). */
    private static boolean isBody(Line l, double size) {
        List<TextPosition> marks = l.marks();
        long atSize = marks.stream().filter(g -> Math.abs(size(g) - size) < 0.05).count();
        return !marks.isEmpty() && atSize * 2 > marks.size() && marks.stream().allMatch(g -> size(g) < size + 0.05);
    }

    /** The size most glyphs of the book are set at: the body text's. */
    static double bodySize(List<Line> lines) {
        Map<Long, Integer> counts = new HashMap<>();
        lines.forEach(l -> l.marks().forEach(g -> counts.merge(Math.round(size(g) * 100), 1, Integer::sum)));
        return counts.isEmpty() ? 0 : mostCommon(counts) / 100.0;
    }

    /** The font most glyphs at the body size are set in. */
    static PDFont bodyFont(List<Line> lines, double size) {
        Map<String, PDFont> fonts = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        lines.forEach(l -> l.marks().stream().filter(g -> Math.abs(size(g) - size) < 0.05).forEach(g -> {
            fonts.putIfAbsent(g.getFont().getName(), g.getFont());
            counts.merge(g.getFont().getName(), 1, Integer::sum);
        }));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> fonts.get(e.getKey()))
                .orElseThrow(() -> new IllegalArgumentException("the PDF has no text"));
    }

    /**
     * The advance of U+0020 in a font, in ems: from the embedded font itself (the width the PDF gives a code that maps
     * to a space, else the embedded program's own space glyph), else from the file of the same face in {@code fonts},
     * for an embedded subset that left the space out (XeLaTeX's draws no space, so keeps none).
     */
    static double naturalSpace(PDFont font, Path fonts) throws IOException {
        double embedded = embeddedSpace(font);
        if (embedded > 0) {
            return embedded;
        }
        String name = font.getName().replaceFirst("^[A-Z]{6}\\+", "");
        if (fonts != null) {
            try (Stream<Path> files = Files.list(fonts)) {
                for (Path file : files.filter(f -> f.toString().matches("(?i).*\\.[ot]tf$")).sorted().toList()) {
                    try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()))) {
                        if (name.equals(ttf.getName())) {
                            return advance(ttf);
                        }
                    }
                }
            }
        }
        throw new IllegalArgumentException("the PDF does not carry the width of the space of its body font " + name
                + (fonts == null ? "; name a folder with that font with --fonts" : ", and " + fonts + " has no font of that name"));
    }

    private static double embeddedSpace(PDFont font) throws IOException {
        for (int code = 0; code < 0x10000; code++) {
            // the code the PDF maps to U+0020 (a font with a one-byte encoding has at most 256)
            if (" ".equals(font.toUnicode(code)) && font.getWidth(code) > 0) {
                return font.getWidth(code) / 1000;
            }
            if (!(font instanceof PDType0Font) && code == 0xFF) {
                break;
            }
        }
        if (font instanceof PDType0Font t0 && t0.getDescendantFont() instanceof PDCIDFontType2 cid) {
            TrueTypeFont ttf = cid.getTrueTypeFont();
            if (ttf != null && ttf.getUnicodeCmapLookup(false) != null) {
                return advance(ttf);
            }
        }
        return 0;
    }

    private static double advance(TrueTypeFont ttf) throws IOException {
        int gid = ttf.getUnicodeCmapLookup(false).getGlyphId(' ');
        return gid == 0 ? 0 : (double) ttf.getAdvanceWidth(gid) / ttf.getUnitsPerEm();
    }

    private static long mostCommon(Map<Long, Integer> counts) {
        return counts.entrySet().stream().max(Map.Entry.<Long, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .orElseThrow().getKey();
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
