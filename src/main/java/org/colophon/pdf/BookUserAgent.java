package org.colophon.pdf;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.colophon.book.Book;
import org.colophon.book.Image;
import org.colophon.print.PrintLayout;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextUserAgent;
import org.xhtmlrenderer.simple.extend.XhtmlCssOnlyNamespaceHandler;

/**
 * Gives Flying Saucer the book's images and its own default stylesheet, nothing else: no other file and no network
 * address is ever opened. JPEGs pass through untouched; an image with an alpha channel is flattened onto white, since PDF/A-1
 * forbids soft masks.
 */
final class BookUserAgent extends ITextUserAgent {
    /** A base no real resource lives under: every address resolves below it, and only book images answer. */
    static final String BASE = "file:/colophon-book/";

    /** Flying Saucer's own default stylesheet for XHTML (display of blocks, tables, images), from its jar. */
    private static final URL DEFAULT_CSS =
            XhtmlCssOnlyNamespaceHandler.class.getResource("/resources/css/XhtmlNamespaceHandler.css");

    private final Map<String, Image> images = new HashMap<>();
    /** A press interior (PDF/X-1a) takes no RGB: its images go in grey, or in CMYK when it prints in colour. */
    private final boolean press;
    private final boolean grey;

    BookUserAgent(ITextOutputDevice device, int dotsPerPixel, Book book, PrintLayout layout) {
        super(device, dotsPerPixel);
        this.press = layout.pdfx();
        this.grey = layout.blackAndWhite();
        for (Image i : book.images()) {
            images.put(BASE + i.name(), i);
        }
    }

    @Override
    protected InputStream openStream(String uri) throws IOException {
        if (DEFAULT_CSS != null && uri.equals(DEFAULT_CSS.toString())) {
            return DEFAULT_CSS.openStream();
        }
        Image image = images.get(uri);
        if (image == null) {
            throw new IOException("not a resource of this book: " + uri);
        }
        byte[] bytes = Files.readAllBytes(image.file());
        if (press) {
            return new ByteArrayInputStream(grey ? PressColours.grey(bytes) : PressColours.cmyk(bytes));
        }
        return new ByteArrayInputStream("image/jpeg".equals(image.mediaType()) ? bytes : withoutAlpha(bytes));
    }

    /** The image drawn onto white when it has an alpha channel; otherwise the bytes as they are. */
    static byte[] withoutAlpha(byte[] bytes) throws IOException {
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(bytes));
        if (img == null || !img.getColorModel().hasAlpha()) {
            return bytes;
        }
        BufferedImage flat = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = flat.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.drawImage(img, 0, 0, null);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(flat, "png", out);
        return out.toByteArray();
    }
}
