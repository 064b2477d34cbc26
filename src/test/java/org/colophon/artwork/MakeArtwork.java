package org.colophon.artwork;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Makes the essay's artwork, which is committed with the manuscript: the front cover (title and author set in
 * Literata, 1600 × 2560 px as the stores ask) and a stand-in panel for each of the three media of the source
 * that are not available as files. Run it on purpose, from the repository root:
 * {@code mvn -q test-compile exec:java -Dexec.mainClass=org.colophon.artwork.MakeArtwork -Dexec.classpathScope=test}
 */
public final class MakeArtwork {
    static final Color PAPER = new Color(0xEE, 0xE8, 0xDC);
    static final Color INK = new Color(0x3A, 0x35, 0x30);
    static final Color COVER = new Color(0x6E, 0x1E, 0x1A);
    static final Color GOLD = new Color(0xE8, 0xD6, 0xA8);

    private final Font regular;
    private final Font italic;
    private final Font bold;

    MakeArtwork(Path fonts) throws IOException, FontFormatException {
        regular = Font.createFont(Font.TRUETYPE_FONT, fonts.resolve("Literata-Regular.ttf").toFile());
        italic = Font.createFont(Font.TRUETYPE_FONT, fonts.resolve("Literata-Italic.ttf").toFile());
        bold = Font.createFont(Font.TRUETYPE_FONT, fonts.resolve("Literata-Bold.ttf").toFile());
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        MakeArtwork art = new MakeArtwork(root.resolve("fonts"));
        art.cover(root.resolve("covers/front.jpg"), "An Alliance Between Vietnam and the Soviet Union", "Phi-Vân Nguyen");
        Path images = root.resolve("manuscript/images");
        art.standIn(images.resolve("gorshkov-giap-1979.jpg"), "Photograph",
                "Admiral Sergei Gorshkov welcomed by General Giáp, Hanoi, December 1979", "Source: dantri.com.vn");
        art.standIn(images.resolve("cuban-poster.jpg"), "Poster",
                "Cuban poster of the 1950s: the joint struggle against imperialism", "");
        art.standIn(images.resolve("ho-chi-minh-funeral-1969.jpg"), "Video",
                "Associated Press film of Ho Chi Minh’s funeral, Hanoi, September 1969", "");
    }

    void cover(Path file, String title, String author) throws IOException {
        int w = 1600;
        int h = 2560;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(img);
        g.setColor(COVER);
        g.fillRect(0, 0, w, h);
        g.setColor(GOLD);
        g.setStroke(new BasicStroke(6f));
        g.drawRect(90, 90, w - 180, h - 180);
        g.setStroke(new BasicStroke(2f));
        g.drawRect(120, 120, w - 240, h - 240);

        Font titleFont = bold.deriveFont(150f);
        List<String> lines = wrap(g, titleFont, title, w - 360);
        g.setFont(titleFont);
        int lineHeight = (int) (g.getFontMetrics().getHeight() * 1.02);
        // the title block sits in the upper half, the author in a fixed place below it
        int y = 1100 - lineHeight * (lines.size() - 1) / 2;
        for (String line : lines) {
            centred(g, line, w, y);
            y += lineHeight;
        }
        g.setStroke(new BasicStroke(5f));
        g.drawLine(w / 2 - 220, 1780, w / 2 + 220, 1780);
        g.setFont(italic.deriveFont(104f));
        centred(g, author, w, 2020);
        g.dispose();
        jpeg(img, file);
    }

    void standIn(Path file, String kind, String what, String credit) throws IOException {
        int w = 1600;
        int h = 1000;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(img);
        g.setColor(PAPER);
        g.fillRect(0, 0, w, h);
        g.setColor(INK);
        g.setStroke(new BasicStroke(4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {24f, 16f}, 0f));
        g.drawRect(40, 40, w - 80, h - 80);
        g.setFont(bold.deriveFont(72f));
        centred(g, kind + " not reproduced", w, 330);
        g.setFont(italic.deriveFont(52f));
        int y = 470;
        for (String line : wrap(g, g.getFont(), what, w - 300)) {
            centred(g, line, w, y);
            y += 72;
        }
        g.setFont(regular.deriveFont(40f));
        centred(g, "A stand-in made for this edition; the original is not available as a file.", w, h - 180);
        if (!credit.isEmpty()) {
            centred(g, credit, w, h - 120);
        }
        g.dispose();
        jpeg(img, file);
    }

    private static Graphics2D graphics(BufferedImage img) {
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        return g;
    }

    private static void centred(Graphics2D g, String text, int width, int baseline) {
        int tw = g.getFontMetrics().stringWidth(text);
        g.drawString(text, (width - tw) / 2, baseline);
    }

    private static List<String> wrap(Graphics2D g, Font font, String text, int maxWidth) {
        FontMetrics fm = g.getFontMetrics(font);
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (fm.stringWidth(candidate) > maxWidth && line.length() > 0) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static void jpeg(BufferedImage img, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.9f);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(Files.newOutputStream(file))) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(img, null, null), param);
        } finally {
            writer.dispose();
        }
    }
}
