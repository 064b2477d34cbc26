package org.colophon.pdf;

import java.io.IOException;
import java.util.List;
import org.w3c.dom.Document;

/**
 * The layout passes of the print document, in one loop: lay out, let each pass read the boxes, change the document,
 * lay out again until no pass asks for more, for a bounded number of rounds. A pass reads a layout only once those
 * before it are content with it: the passes that move text (notes at the foot of the page, scene breaks) settle
 * before those that must see the text stand (blank pages), and a later pass (page numbers in the text, an index)
 * goes where it belongs in that order. Each pass makes its changes in the fresh document in the same order.
 */
final class LayoutPasses {
    /** Layouts at most, whatever the passes ask: each pass bounds its own rounds below this. */
    static final int MAX_LAYOUTS = 48;

    /** Lays out a fresh print document with the passes' changes made in it ({@link #apply}). */
    @FunctionalInterface
    interface Layout {
        LayoutPass.LaidOut layOut(LayoutPasses passes) throws IOException;
    }

    private final List<LayoutPass> passes;
    private int layouts;

    LayoutPasses(List<LayoutPass> passes) {
        this.passes = List.copyOf(passes);
    }

    /** Makes every pass's changes in a fresh document, in the passes' order. */
    void apply(Document doc) {
        passes.forEach(p -> p.apply(doc));
    }

    /**
     * Lays out until the passes are content, or {@link #MAX_LAYOUTS} layouts; at the bound every pass reads the last
     * layout all the same, so that what it reports (a scene break still at a page's top) is of the pages written.
     */
    LayoutPass.LaidOut settle(Layout layout) throws IOException {
        LayoutPass.LaidOut laid = layout.layOut(this);
        layouts = 1;
        while (asksMore(laid)) {
            if (layouts == MAX_LAYOUTS) {
                for (LayoutPass p : passes) {
                    p.read(laid);
                }
                break;
            }
            laid = layout.layOut(this);
            layouts++;
        }
        return laid;
    }

    /** The layouts the last {@link #settle} made. */
    int layouts() {
        return layouts;
    }

    private boolean asksMore(LayoutPass.LaidOut laid) {
        for (LayoutPass p : passes) {
            if (p.read(laid)) {
                return true;
            }
        }
        return false;
    }
}
