package org.colophon.pdf;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xhtmlrenderer.extend.FSImage;
import org.xhtmlrenderer.extend.ReplacedElement;
import org.xhtmlrenderer.extend.ReplacedElementFactory;
import org.xhtmlrenderer.extend.UserAgentCallback;
import org.xhtmlrenderer.layout.LayoutContext;
import org.xhtmlrenderer.pdf.ITextImageElement;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextReplacedElementFactory;
import org.xhtmlrenderer.render.BlockBox;

/**
 * Gives every image of the print document its size before Flying Saucer lays it out, since Flying Saucer honours
 * neither {@code max-width} nor {@code height: auto} on images: an image it sizes itself keeps its pixels as CSS
 * pixels, overflows a table cell or a page, and a table of photos spreads over a run of near-empty pages.
 * <ul>
 * <li>a figure spans its box (the text block, or the width the author set with {@code {width=50%}});</li>
 * <li>any other image keeps its own size (a pixel is a CSS pixel, 0.75 pt) but no more than its box: the text block,
 * less the indents of the lists and block quotes around it, or its share of a table's row;</li>
 * <li>an image within a line of text is at most {@link #INLINE_HEIGHT} tall, so that it does not part the lines;</li>
 * <li>no image is taller than {@link #PAGE_SHARE} of the text block's height, so that it never runs off a page.</li>
 * </ul>
 */
final class BookReplacedElements implements ReplacedElementFactory {
    /** The author's photo in "about the author" is a portrait 1.5 in wide, as on the back of the cover. */
    static final double AUTHOR_PHOTO_WIDTH = 108;
    /** An image within a line of text: about three lines of the body text. */
    static final double INLINE_HEIGHT = 45;
    /** The most of the text block's height an image may take, leaving room for a caption. */
    static final double PAGE_SHARE = 0.8;

    private final ITextReplacedElementFactory others;
    private final PageGeometry geometry;
    private final float dotsPerPoint;
    private final org.colophon.typeface.FontFace regular;
    /** The book's SVG drawings by the name the document gives them: Flying Saucer cannot read them itself. */
    private final java.util.Map<String, org.colophon.book.Image> drawings = new java.util.HashMap<>();
    /** The book's formulas, by the number the document gives each, and how the interior prints colours. */
    private final TexFormulas formulas;
    private final boolean cmyk, grey;
    /** Each formula's drawing, by number and size: Flying Saucer asks for an element more than once. */
    private final java.util.Map<String, MathDrawing> math = new java.util.HashMap<>();

    BookReplacedElements(ITextOutputDevice device, PageGeometry geometry, org.colophon.book.Book book, TexFormulas formulas,
            boolean cmyk, boolean grey) {
        this.others = new ITextReplacedElementFactory(device);
        this.formulas = formulas;
        this.cmyk = cmyk;
        this.grey = grey;
        this.geometry = geometry;
        this.dotsPerPoint = device.getDotsPerPoint();
        this.regular = book.typeface().face(false, false);
        for (org.colophon.book.Image i : book.images()) {
            if (i.mediaType().equals("image/svg+xml")) {
                drawings.put(i.name(), i);
            }
        }
    }

    @Override
    public ReplacedElement createReplacedElement(LayoutContext c, BlockBox box, UserAgentCallback uac, int cssWidth, int cssHeight) {
        Element e = box.getElement();
        if (e != null && e.hasAttribute("data-formula")) {
            return formula(c, box, e);
        }
        if (e == null || !e.getNodeName().equals("img") || e.getAttribute("src").isEmpty()) {
            return others.createReplacedElement(c, box, uac, cssWidth, cssHeight);
        }
        org.colophon.book.Image drawing = drawings.get(e.getAttribute("src"));
        if (drawing != null) {
            // an SVG's size is in CSS pixels, as an image's is
            double[] size = size(e, drawing.width() * 0.75, drawing.height() * 0.75, cssWidth < 0 ? -1 : cssWidth / dotsPerPoint);
            try {
                return SvgDrawing.of(drawing, Math.max(1, (int) Math.round(size[0] * dotsPerPoint)),
                        Math.max(1, (int) Math.round(size[1] * dotsPerPoint)), regular, cmyk, grey);
            } catch (java.io.IOException ex) {
                throw new java.io.UncheckedIOException("Batik could not read " + drawing.name() + ": " + ex.getMessage(), ex);
            }
        }
        FSImage image = uac.getImageResource(e.getAttribute("src")).getImage();
        if (image == null) {
            return null;
        }
        double[] size = size(e, image.getWidth() / dotsPerPoint, image.getHeight() / dotsPerPoint,
                cssWidth < 0 ? -1 : cssWidth / dotsPerPoint);
        return new ITextImageElement(image.scale(Math.max(1, (int) Math.round(size[0] * dotsPerPoint)),
                Math.max(1, (int) Math.round(size[1] * dotsPerPoint))));
    }

    /**
     * A formula, at the size of the text around it, shrunk to its box when wider (a numbered one leaves room for its
     * number, which takes 3 em on each side of the centred formula).
     */
    private ReplacedElement formula(LayoutContext c, BlockBox box, Element e) {
        int number = Integer.parseInt(e.getAttribute("data-formula"));
        float size = box.getStyle().getFSFont(c).getSize2D() / dotsPerPoint;
        return math.computeIfAbsent(number + "@" + size, k -> {
            String tex = formulas.tex(number);
            boolean display = formulas.display(number);
            try {
                org.scilab.forge.jlatexmath.TeXIcon icon = formulas.icon(tex, display, size);
                boolean numbered = e.getParentNode() instanceof Element p && p.getAttribute("class").contains("numbered");
                double room = boxWidth(e) - (numbered ? 6 * size : 0);
                double fit = Math.min(1, room / Math.max(icon.getTrueIconWidth(), 0.001));
                return new MathDrawing(icon, fit, dotsPerPoint, cmyk, grey);
            } catch (org.colophon.text.TexRefused refused) {
                throw new IllegalStateException("a formula jlatexmath refuses reached the layout: " + tex, refused);
            }
        });
    }

    /** The printed width and height of an image, in points, from its natural size and where it stands. */
    double[] size(Element img, double naturalWidth, double naturalHeight, double cssWidth) {
        double box = boxWidth(img);
        boolean figure = img.getParentNode() instanceof Element p && p.getNodeName().equals("figure");
        boolean portrait = figure && ((Element) img.getParentNode()).getAttribute("class").equals("author-photo");
        double width = portrait ? Math.min(AUTHOR_PHOTO_WIDTH, box)
                : cssWidth > 0 ? Math.min(cssWidth, box) : figure ? box : Math.min(naturalWidth, box);
        double maxHeight = !figure && inRunningText(img) ? INLINE_HEIGHT : PAGE_SHARE * geometry.textHeight();
        double height = width * naturalHeight / Math.max(naturalWidth, 0.001);
        if (height > maxHeight) {
            width *= maxHeight / height;
            height = maxHeight;
        }
        return new double[] {width, height};
    }

    /**
     * The width the image may take: the text block, less what the elements around it take ({@link PrintMeasure}: the
     * lists, quotations and alerts), or its cell's share of a table's row.
     */
    private double boxWidth(Element img) {
        java.util.Deque<Element> outer = new java.util.ArrayDeque<>();
        for (Node n = img.getParentNode(); n instanceof Element e; n = e.getParentNode()) {
            outer.push(e);
        }
        double width = geometry.textWidth();
        for (Element e : outer) {
            if (e.getNodeName().equals("td") || e.getNodeName().equals("th")) {
                width = width / Math.max(1, cells(e)) - PrintMeasure.CELL_PADDING;
            } else {
                width -= PrintMeasure.inset(e);
            }
        }
        return Math.max(width, 12);
    }

    /** How many columns the cell's row spans. */
    private static int cells(Element cell) {
        int n = 0;
        for (Node c = cell.getParentNode().getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e && (e.getNodeName().equals("td") || e.getNodeName().equals("th"))) {
                String span = e.getAttribute("colspan");
                n += span.matches("\\d{1,4}") ? Math.max(1, Integer.parseInt(span)) : 1;
            }
        }
        return n;
    }

    /** Whether the image stands among words of its paragraph (rather than alone in it, or in a cell of its own). */
    private static boolean inRunningText(Element img) {
        Node parent = img.getParentNode();
        while (parent instanceof Element e && !isBlock(e.getNodeName())) {
            parent = e.getParentNode();
        }
        return parent != null && !parent.getTextContent().isBlank();
    }

    private static boolean isBlock(String name) {
        return switch (name) {
            case "p", "li", "td", "th", "div", "blockquote", "figure", "section", "aside", "dd", "dt", "caption",
                 "h1", "h2", "h3", "h4", "h5", "h6", "body" -> true;
            default -> false;
        };
    }

    @Override
    public void reset() {
        others.reset();
    }

    @Override
    public void remove(Element e) {
        others.remove(e);
    }

    @Override
    public void setFormSubmissionListener(org.xhtmlrenderer.simple.extend.FormSubmissionListener listener) {
        others.setFormSubmissionListener(listener);
    }
}
