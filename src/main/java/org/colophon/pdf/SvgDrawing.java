package org.colophon.pdf;

import com.lowagie.text.BadElementException;
import com.lowagie.text.pdf.PdfTemplate;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.geom.Dimension2D;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.batik.anim.dom.SAXSVGDocumentFactory;
import org.apache.batik.bridge.BridgeContext;
import org.apache.batik.bridge.DocumentLoader;
import org.apache.batik.bridge.ExternalResourceSecurity;
import org.apache.batik.bridge.GVTBuilder;
import org.apache.batik.bridge.NoLoadExternalResourceSecurity;
import org.apache.batik.bridge.NoLoadScriptSecurity;
import org.apache.batik.bridge.ScriptSecurity;
import org.apache.batik.bridge.UserAgentAdapter;
import org.apache.batik.gvt.GraphicsNode;
import org.apache.batik.util.ParsedURL;
import org.apache.batik.util.SVGConstants;
import org.apache.batik.util.XMLResourceDescriptor;
import org.colophon.book.Image;
import org.colophon.typeface.FontFace;
import org.w3c.dom.Element;
import org.w3c.dom.svg.SVGDocument;
import org.xhtmlrenderer.layout.LayoutContext;
import org.xhtmlrenderer.pdf.ITextFSImage;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextReplacedElement;
import org.xhtmlrenderer.render.BlockBox;
import org.xhtmlrenderer.render.RenderingContext;

/**
 * An SVG drawing of the book, drawn as vectors: Batik builds its graphics tree (it loads nothing, runs nothing:
 * the file was checked by {@code SvgFiles}, and Batik's security refuses every external resource and script too)
 * and paints it into an OpenPDF template through {@code PdfGraphics2D}, which sets text as outlines, so that no
 * font of the drawing's reaches the PDF.
 */
final class SvgDrawing implements ITextReplacedElement {
    private final GraphicsNode drawing;
    private final double drawingWidth, drawingHeight;
    private final int width, height;
    /** The interior's colours: CMYK for a press (PDF/X), grey for black and white. */
    private final boolean cmyk, grey;
    private Point location = new Point(0, 0);

    private SvgDrawing(GraphicsNode drawing, double drawingWidth, double drawingHeight, int width, int height, boolean cmyk,
            boolean grey) {
        this.cmyk = cmyk;
        this.grey = grey;
        this.drawing = drawing;
        this.drawingWidth = drawingWidth;
        this.drawingHeight = drawingHeight;
        this.width = width;
        this.height = height;
    }

    /** The family name Java gives each of the book's faces once registered, by face. */
    private static final Map<FontFace, String> FAMILIES = new ConcurrentHashMap<>();

    /**
     * Registers the book's regular face with Java's graphics, once, so that Batik sets the drawing's text in it,
     * rather than in whatever font the machine has (which would make the same book differ between machines, and
     * escape the glyph gate). Returns the family name to ask for.
     */
    static String family(FontFace face) {
        return FAMILIES.computeIfAbsent(face, f -> {
            try {
                Font font = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(f.data()));
                GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(font);
                return font.getFamily(Locale.ROOT);
            } catch (FontFormatException | IOException e) {
                throw new IllegalStateException("Java cannot read " + f.fileName() + ": " + e.getMessage(), e);
            }
        });
    }

    /**
     * The drawing of an SVG image of the book, to be printed {@code width} × {@code height} dots, its text set in
     * {@code face} (the glyph gate checked it there), as outlines, its colours as the interior prints them.
     */
    static SvgDrawing of(Image image, int width, int height, FontFace face, boolean cmyk, boolean grey) throws IOException {
        String family = family(face);
        UserAgentAdapter agent = new UserAgentAdapter() {
            @Override
            public Dimension2D getViewportSize() {
                return new Dimension(image.width(), image.height());
            }

            @Override
            public ScriptSecurity getScriptSecurity(String type, ParsedURL script, ParsedURL doc) {
                return new NoLoadScriptSecurity(type);
            }

            @Override
            public ExternalResourceSecurity getExternalResourceSecurity(ParsedURL resource, ParsedURL doc) {
                return new NoLoadExternalResourceSecurity();
            }
        };
        SAXSVGDocumentFactory factory = new SAXSVGDocumentFactory(XMLResourceDescriptor.getXMLParserClassName());
        SVGDocument doc = (SVGDocument) factory.createDocument(BookUserAgent.BASE + image.name(),
                new ByteArrayInputStream(Files.readAllBytes(image.file())));
        // every text in the book's face, whatever the drawing asks for
        Element style = doc.createElementNS(SVGConstants.SVG_NAMESPACE_URI, "style");
        style.setAttribute("type", "text/css");
        style.setTextContent("text, tspan, textPath { font-family: \"" + family + "\" !important; "
                + "font-weight: normal !important; font-style: normal !important; }");
        doc.getDocumentElement().insertBefore(style, doc.getDocumentElement().getFirstChild());
        BridgeContext context = new BridgeContext(agent, new DocumentLoader(agent));
        context.setDynamicState(BridgeContext.STATIC);
        GraphicsNode node = new GVTBuilder().build(context, doc);
        Dimension2D size = context.getDocumentSize();
        return new SvgDrawing(node, size.getWidth(), size.getHeight(), width, height, cmyk, grey);
    }

    @Override
    public void paint(RenderingContext c, ITextOutputDevice device, BlockBox box) {
        Rectangle at = box.getContentAreaEdge(box.getAbsX(), box.getAbsY(), c);
        float w = width / device.getDotsPerPoint();
        float h = height / device.getDotsPerPoint();
        PdfTemplate template = device.getWriter().getDirectContent().createTemplate(w, h);
        Graphics2D g = new PressGraphics(template, w, h, null, true, cmyk, grey);
        g.scale(w / drawingWidth, h / drawingHeight);
        drawing.paint(g);
        g.dispose();
        try {
            com.lowagie.text.Image picture = com.lowagie.text.Image.getInstance(template);
            picture.scaleAbsolute(width, height);
            device.drawImage(new ITextFSImage(picture), at.x, at.y);
        } catch (BadElementException e) {
            throw new IllegalStateException("OpenPDF could not hold the drawing: " + e.getMessage(), e);
        }
    }

    @Override
    public int getIntrinsicWidth() {
        return width;
    }

    @Override
    public int getIntrinsicHeight() {
        return height;
    }

    @Override
    public Point getLocation() {
        return location;
    }

    @Override
    public void setLocation(int x, int y) {
        location = new Point(x, y);
    }

    @Override
    public void detach(LayoutContext c) {
    }

    @Override
    public boolean isRequiresInteractivePaint() {
        return false;
    }

    @Override
    public boolean hasBaseline() {
        return false;
    }

    @Override
    public int getBaseline() {
        return 0;
    }
}
