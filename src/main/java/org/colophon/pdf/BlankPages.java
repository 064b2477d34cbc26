package org.colophon.pdf;

import org.colophon.book.Ids;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xhtmlrenderer.pdf.ITextRenderer;
import org.xhtmlrenderer.render.Box;
import org.xhtmlrenderer.render.PageBox;

/**
 * Blank pages that are blank. The body, and with recto openings every chapter, starts on a recto; the verso Flying
 * Saucer leaves empty before it takes the page style of what precedes it, folio and running head included, and
 * Flying Saucer cannot style such a page apart. So a first layout finds where it left one, and the document gets
 * an empty block of a page style of its own there ({@code page: blank}, no margin boxes), which takes that verso.
 */
final class BlankPages {
    static final String BODY_ID = "body-matter";
    static final String CSS = "@page blank { }\n.blank-page { page: blank; visibility: hidden; }\n";

    private BlankPages() {
    }

    /**
     * Blank pages as a layout pass, the last: once the text stands, one layout finds Flying Saucer's blank pages and
     * the next takes them one for one with blank pages of our own, which move no text; they are not looked for again.
     */
    static final class Pass implements LayoutPass {
        private final boolean rectoOpenings;
        private Set<String> before = Set.of();

        Pass(boolean rectoOpenings) {
            this.rectoOpenings = rectoOpenings;
        }

        @Override
        public void apply(Document doc) {
            insert(doc, before);
        }

        @Override
        public boolean read(LaidOut laid) {
            if (!before.isEmpty()) {
                return false;
            }
            before = new java.util.TreeSet<>(needed(laid.renderer(), laid.doc(), rectoOpenings));
            return !before.isEmpty();
        }
    }

    /** Names the body, so that its first page can be found in the layout. */
    static void markBody(Document doc) {
        for (Element e : elements(doc)) {
            if (e.getTagName().equals("div") && e.getAttribute("class").equals("body") && !e.hasAttribute("id")) {
                e.setAttribute("id", BODY_ID);
            }
        }
    }

    /** Puts a blank page before each element named. */
    static void insert(Document doc, Set<String> before) {
        for (String id : before) {
            Element e = byId(doc, id);
            if (e != null) {
                Element blank = doc.createElementNS(e.getNamespaceURI(), "div");
                blank.setAttribute("class", "blank-page");
                blank.appendChild(doc.createTextNode("\u00A0"));   // an empty block makes no page; this one is hidden
                e.getParentNode().insertBefore(blank, e);
            }
        }
    }

    /** The ids of the blocks before which the layout left an empty page: the body, and with recto openings each chapter. */
    static List<String> needed(ITextRenderer renderer, Document doc, boolean rectoOpenings) {
        List<String> needed = new ArrayList<>();
        Element body = byId(doc, BODY_ID);
        Element contents = byId(doc, Ids.CONTENTS);
        if (body != null && contents != null && gap(renderer, contents, body)) {
            needed.add(BODY_ID);
        }
        if (rectoOpenings && body != null) {
            Element previous = null;
            for (Node n = body.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element section && section.getTagName().equals("section") && section.hasAttribute("id")) {
                    if (previous != null && gap(renderer, previous, section)) {
                        needed.add(section.getAttribute("id"));
                    }
                    previous = section;
                }
            }
        }
        return needed;
    }

    /** The 0-based page an element starts on, or -1 when it has no box. */
    static int firstPage(ITextRenderer renderer, String id) {
        Box box = renderer.getSharedContext().getBoxById(id);
        return box == null ? -1 : page(renderer, box.getAbsY());
    }

    private static boolean gap(ITextRenderer renderer, Element before, Element after) {
        Box a = renderer.getSharedContext().getBoxById(before.getAttribute("id"));
        Box b = renderer.getSharedContext().getBoxById(after.getAttribute("id"));
        if (a == null || b == null) {
            return false;
        }
        return page(renderer, b.getAbsY()) - page(renderer, a.getAbsY() + Math.max(0, a.getHeight() - 1)) >= 2;
    }

    private static int page(ITextRenderer renderer, int y) {
        List<PageBox> pages = renderer.getRootBox().getLayer().getPages();
        for (int i = 0; i < pages.size(); i++) {
            if (y >= pages.get(i).getTop() && y < pages.get(i).getBottom()) {
                return i;
            }
        }
        return -1;
    }

    private static Element byId(Document doc, String id) {
        for (Element e : elements(doc)) {
            if (id.equals(e.getAttribute("id"))) {
                return e;
            }
        }
        return null;
    }

    private static List<Element> elements(Document doc) {
        List<Element> all = new ArrayList<>();
        var list = doc.getElementsByTagName("*");
        for (int i = 0; i < list.getLength(); i++) {
            all.add((Element) list.item(i));
        }
        return all;
    }
}
