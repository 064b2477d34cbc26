package org.colophon.pdf;

import java.util.List;
import org.w3c.dom.Document;
import org.xhtmlrenderer.pdf.ITextRenderer;
import org.xhtmlrenderer.render.BlockBox;
import org.xhtmlrenderer.render.PageBox;

/**
 * A change to the print document that only a layout can tell where to make (a scene break's end taken over, a blank
 * page, the notes at the foot of a page): {@link LayoutPasses} lays the document out, lets each pass read the boxes,
 * and lays it out again, each pass making what it found in the fresh document, until none asks for more.
 */
interface LayoutPass {
    /** Makes the changes found so far in a fresh print document, before it is laid out. */
    void apply(Document doc);

    /**
     * Reads a layout of the document as every pass changed it: true when this pass will make something else, so that
     * the document must be laid out again (the passes after it then wait for that layout).
     */
    boolean read(LaidOut laid);

    /** A laid-out print document: Flying Saucer's boxes and pages, and the document they were made from. */
    record LaidOut(ITextRenderer renderer, Document doc) {
        BlockBox root() {
            return renderer.getRootBox();
        }

        List<PageBox> pages() {
            return renderer.getRootBox().getLayer().getPages();
        }
    }
}
