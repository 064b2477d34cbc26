package org.colophon.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.colophon.typeface.FontFace;
import org.colophon.typeface.Typefaces;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * No line's marks may touch the line above: every line-height of both stylesheets is at least the height from the
 * deepest descender to the top of the tallest stacked Vietnamese letter, measured in the book's own fonts (text and
 * code faces alike).
 */
class LineHeightTest {
    static double extent;

    @BeforeAll
    static void measure() throws Exception {
        FontRenderContext frc = new FontRenderContext(null, true, true);
        List<String> letters = new ArrayList<>(VietnameseBookTest.LOWER);
        letters.addAll(VietnameseBookTest.UPPER);
        letters.add("g");
        List<FontFace> faces = new ArrayList<>(Typefaces.literata().faces());
        faces.addAll(Typefaces.jetBrainsMono().faces());   // code is set in it, Vietnamese comments included
        for (FontFace face : faces) {
            Font font = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(face.data())).deriveFont(1000f);
            double top = 0;
            double bottom = 0;
            for (String s : letters) {
                Rectangle2D b = font.createGlyphVector(frc, s).getVisualBounds();
                top = Math.max(top, -b.getY());
                bottom = Math.max(bottom, b.getMaxY());
            }
            extent = Math.max(extent, (top + bottom) / 1000);
        }
        assertTrue(extent > 1.2 && extent < 1.6, "measured " + extent);
    }

    @Test
    void printLineHeights() throws IOException {
        Pattern rule = Pattern.compile("([^{}]+)\\{([^{}]*)\\}");
        Matcher m = rule.matcher(css("/org/colophon/pdf/print.css"));
        int checked = 0;
        while (m.find()) {
            Double size = length(m.group(2), "font-size");
            Double line = length(m.group(2), "line-height");
            if (size != null && line != null && line > 0) {
                assertTrue(line / size >= extent, String.format("%s: line-height %.1fpt for %.1fpt type is %.2f em, under %.2f",
                        m.group(1).strip(), line, size, line / size, extent));
                checked++;
            }
        }
        assertTrue(checked >= 8, "rules checked: " + checked);
    }

    @Test
    void ebookLineHeights() throws IOException {
        Matcher m = Pattern.compile("line-height:\\s*([0-9.]+)\\s*;").matcher(css("/org/colophon/epub/book.css"));
        int checked = 0;
        while (m.find()) {
            double value = Double.parseDouble(m.group(1));
            if (value > 0) {
                assertTrue(value >= extent, "line-height " + value + " is under " + extent);
                checked++;
            }
        }
        assertTrue(checked >= 3);
    }

    private static Double length(String declarations, String property) {
        Matcher m = Pattern.compile(property + ":\\s*([0-9.]+)pt").matcher(declarations);
        return m.find() ? Double.parseDouble(m.group(1)) : null;
    }

    private static String css(String resource) throws IOException {
        try (InputStream in = LineHeightTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", "");
        }
    }
}
