package org.colophon.pdf;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xhtmlrenderer.simple.extend.XhtmlNamespaceHandler;

/**
 * What a PDF/X-1a:2001 interior for a press needs beyond PDF/A (ISO 15930-1; IngramSpark, "File Creation Guide"):
 * no RGB anywhere (text and rules in CMYK black, images in grey, or in CMYK for a colour interior), and for printers
 * who ask, no bookmarks or links; the output intent is the standard's ({@code press.PdfStandard}). OpenPDF's PDF/X mode
 * refuses any RGB colour or image as it writes, so none can slip through.
 */
final class PressColours {
    /**
     * Every colour as CMYK black or grey: Flying Saucer reads {@code cmyk()} (CSS GCPM) and draws it as DeviceCMYK.
     * Margin boxes (folios, running heads) do not inherit from the document, so they are named too.
     */
    static final String CSS = """
            * { color: cmyk(0, 0, 0, 1) !important; border-color: cmyk(0, 0, 0, 1) !important; }
            th, td, hr, div.page-notes-rule { border-color: cmyk(0, 0, 0, 0.6) !important; }
            @page { color: cmyk(0, 0, 0, 1);
              @top-center { color: cmyk(0, 0, 0, 1); } @bottom-center { color: cmyk(0, 0, 0, 1); } }
            @page front { @bottom-center { color: cmyk(0, 0, 0, 1); } }
            @page body:right { @top-center { color: cmyk(0, 0, 0, 1); } @bottom-center { color: cmyk(0, 0, 0, 1); } }
            @page body:left { @top-center { color: cmyk(0, 0, 0, 1); } @bottom-center { color: cmyk(0, 0, 0, 1); } }
            """;

    private PressColours() {
    }

    /**
     * An image as 8-bit grey on white, for a black-and-white press interior: a one-channel JPEG at quality 0.95,
     * since OpenPDF 2.0.5 reads every PNG, grey ones too, into RGB, which PDF/X-1a refuses.
     */
    static byte[] grey(byte[] bytes) throws IOException {
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(bytes));
        if (img == null) {
            return bytes;
        }
        BufferedImage grey = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = grey.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.drawImage(img, 0, 0, null);
        g.dispose();
        return jpeg(new IIOImage(grey, null, null));
    }

    /**
     * An image in CMYK, for a colour press interior: a four-channel JPEG at quality 0.95, which OpenPDF places as
     * DeviceCMYK. The conversion is the plain one (black from the lightest channel, the rest under it), as for the
     * cover: no press profile ships with Colophon, so a printer's own conversion may still be finer.
     */
    static byte[] cmyk(byte[] bytes) throws IOException {
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(bytes));
        if (img == null) {
            return bytes;
        }
        WritableRaster raster = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE,
                img.getWidth(), img.getHeight(), 4, null);
        int[] pixel = new int[4];
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int argb = img.getRGB(x, y);
                int alpha = (argb >>> 24) & 0xff;   // onto white, as PDF/X has no transparency
                int r = 255 - ((255 - ((argb >> 16) & 0xff)) * alpha / 255);
                int g = 255 - ((255 - ((argb >> 8) & 0xff)) * alpha / 255);
                int b = 255 - ((255 - (argb & 0xff)) * alpha / 255);
                int k = 255 - Math.max(r, Math.max(g, b));
                int rest = 255 - k;
                pixel[0] = rest == 0 ? 0 : (rest - r) * 255 / rest;
                pixel[1] = rest == 0 ? 0 : (rest - g) * 255 / rest;
                pixel[2] = rest == 0 ? 0 : (rest - b) * 255 / rest;
                pixel[3] = k;
                raster.setPixel(x, y, pixel);
            }
        }
        return jpeg(new IIOImage(raster, null, null));
    }

    private static byte[] jpeg(IIOImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageWriter jpeg = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam quality = jpeg.getDefaultWriteParam();
        quality.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        quality.setCompressionQuality(0.95f);
        try (var stream = ImageIO.createImageOutputStream(out)) {
            jpeg.setOutput(stream);
            jpeg.write(null, image, quality);
        } finally {
            jpeg.dispose();
        }
        return out.toByteArray();
    }

    /**
     * A print-only interior ({@code print.interactive: false}): the outline Flying Saucer builds from these goes (and
     * the one it then makes from the headings is dropped as the PDF closes).
     */
    static void removeBookmarks(Document doc) {
        NodeList marks = doc.getElementsByTagName("bookmarks");
        for (int i = marks.getLength() - 1; i >= 0; i--) {
            Element e = (Element) marks.item(i);
            e.getParentNode().removeChild(e);
        }
    }

    /** Reads links as text: no link annotation is written, while the contents still find their pages by href. */
    static XhtmlNamespaceHandler withoutLinks() {
        return new XhtmlNamespaceHandler() {
            @Override
            public String getLinkUri(Element e) {
                return null;
            }
        };
    }
}
