package org.colophon.manuscript;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.colophon.text.Texts;
import org.colophon.xml.SafeXml;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Inspects an SVG drawing before any renderer sees it. It is parsed with no DTD and no entity expansion, and refused
 * when it could run code or reach outside itself: {@code <script>}, event attributes ({@code onload}), references
 * to anything but a fragment of itself ({@code href}, {@code xlink:href}, CSS {@code url(…)} and {@code @import}),
 * {@code <image>} (which would pull in other data) and {@code <foreignObject>} (HTML inside the drawing). Its size
 * comes from its {@code width} and {@code height}, else from its {@code viewBox}.
 */
public final class SvgFiles {
    static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static final long MAX_BYTES = 8L << 20;
    private static final Pattern LENGTH = Pattern.compile("\\s*([0-9]*\\.?[0-9]+)\\s*(px|pt|pc|mm|cm|in)?\\s*");
    private static final Pattern EXTERNAL_CSS = Pattern.compile("(?i)@import|url\\(\\s*['\"]?\\s*(?!#)");

    private SvgFiles() {
    }

    /** Whether a file is meant to be an SVG drawing, by its name. */
    public static boolean isSvg(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg");
    }

    public static ImageFiles.Result inspect(Path file) {
        Document doc;
        try {
            if (Files.size(file) > MAX_BYTES) {
                return ImageFiles.Result.refused("is an SVG drawing over " + (MAX_BYTES >> 20) + " MB; simplify it");
            }
            doc = SafeXml.parseWithoutDoctype(Files.readAllBytes(file));
        } catch (IOException e) {
            return ImageFiles.Result.refused("is not a well-formed SVG drawing: " + e.getMessage().replaceFirst("^not well-formed XML: ", ""));
        }
        Element root = doc.getDocumentElement();
        if (!"svg".equals(root.getLocalName()) || !SVG_NS.equals(root.getNamespaceURI())) {
            return ImageFiles.Result.refused("is not an SVG drawing: its root element is not <svg xmlns=\"" + SVG_NS + "\">");
        }
        Optional<String> unsafe = unsafe(root);
        if (unsafe.isPresent()) {
            return ImageFiles.Result.refused(unsafe.get());
        }
        double[] size = size(root);
        if (size == null) {
            return ImageFiles.Result.refused("has no size: give its <svg> a viewBox, or a width and a height");
        }
        return new ImageFiles.Result(Optional.of(new ImageFiles.Info("image/svg+xml",
                (int) Math.max(1, Math.round(size[0])), (int) Math.max(1, Math.round(size[1])))), null);
    }

    /** The text the drawing sets ({@code <text>} and what it holds), for the glyph gate; empty when it has none. */
    public static String text(Path file) {
        try {
            Document doc = SafeXml.parseWithoutDoctype(Files.readAllBytes(file));
            var texts = doc.getElementsByTagNameNS(SVG_NS, "text");
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < texts.getLength(); i++) {
                out.append(Texts.nfc(texts.item(i).getTextContent())).append(' ');
            }
            return out.toString().strip();
        } catch (IOException e) {
            return "";   // reported when the image was inspected
        }
    }

    /** What makes the drawing unsafe for a book, or empty. */
    private static Optional<String> unsafe(Element e) {
        String name = e.getLocalName() == null ? e.getNodeName() : e.getLocalName();
        String what = "is an SVG drawing that holds <" + name + ">";
        switch (name) {
            case "script":
                return Optional.of(what + "; books run no scripts: remove it");
            case "foreignObject":
                return Optional.of(what + ", which Colophon does not draw: remove it, or export the drawing as plain SVG");
            case "image", "feImage":
                return Optional.of(what + ", an image inside the drawing, which Colophon does not take: embed the picture "
                        + "as a figure of its own, or export the drawing without it");
            case "style":
                if (EXTERNAL_CSS.matcher(e.getTextContent()).find()) {
                    return Optional.of(what + " with a style that loads another file (url() or @import): keep its styles inside it");
                }
                break;
            default:
                break;
        }
        NamedNodeMap attributes = e.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr a = (Attr) attributes.item(i);
            String attr = a.getLocalName() == null ? a.getName() : a.getLocalName();
            String value = a.getValue().strip();
            if (attr.toLowerCase(Locale.ROOT).startsWith("on")) {
                return Optional.of("is an SVG drawing whose <" + name + "> has the event attribute " + attr
                        + "; books run no scripts: remove it");
            }
            if (attr.equals("href") && !value.startsWith("#")) {
                return Optional.of("is an SVG drawing whose <" + name + "> refers to '" + value
                        + "' outside it; a drawing may refer only to its own parts (#id)");
            }
            if (EXTERNAL_CSS.matcher(value).find() && (attr.equals("style") || value.toLowerCase(Locale.ROOT).contains("url("))) {
                return Optional.of("is an SVG drawing whose <" + name + "> has " + attr + "=\"" + value
                        + "\", which loads another file; a drawing may refer only to its own parts, url(#id)");
            }
        }
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element child) {
                Optional<String> found = unsafe(child);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** Width and height in CSS pixels, or null when the drawing gives neither a size nor a viewBox. */
    private static double[] size(Element svg) {
        double w = length(svg.getAttribute("width"));
        double h = length(svg.getAttribute("height"));
        String[] box = svg.getAttribute("viewBox").strip().split("[\\s,]+");
        double vw = -1, vh = -1;
        if (box.length == 4) {
            try {
                vw = Double.parseDouble(box[2]);
                vh = Double.parseDouble(box[3]);
            } catch (NumberFormatException e) {
                vw = -1;
            }
        }
        if (w > 0 && h > 0) {
            return new double[] {w, h};
        }
        if (vw > 0 && vh > 0) {
            return w > 0 ? new double[] {w, w * vh / vw} : h > 0 ? new double[] {h * vw / vh, h} : new double[] {vw, vh};
        }
        return null;
    }

    /** A length in CSS pixels; -1 when absent or relative (a percentage). */
    private static double length(String value) {
        Matcher m = LENGTH.matcher(value);
        if (!m.matches()) {
            return -1;
        }
        double v = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "px" : m.group(2);
        return v * switch (unit) {
            case "pt" -> 4.0 / 3;
            case "pc" -> 16;
            case "mm" -> 96 / 25.4;
            case "cm" -> 96 / 2.54;
            case "in" -> 96;
            default -> 1;
        };
    }
}
