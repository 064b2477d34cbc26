package org.colophon.pdf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xhtmlrenderer.render.BlockBox;
import org.xhtmlrenderer.render.Box;
import org.xhtmlrenderer.render.InlineLayoutBox;
import org.xhtmlrenderer.render.InlineText;
import org.xhtmlrenderer.render.LineBox;
import org.xhtmlrenderer.render.PageBox;

/**
 * Scene breaks that never open a page. print.css keeps an ornament with the text after it ({@code page-break-after:
 * avoid}); Flying Saucer can keep it with the text before it only by moving that whole paragraph, and it does not even
 * do that between two paragraphs, so an ornament can be the first line of a page, cut from the scene it closes. A
 * layout finds where that happens; the next layout takes the last two lines of the paragraph before over to that
 * page ({@link ParagraphSplit}), or a short paragraph whole, or a short scene with its own ornament.
 */
final class SceneBreaks {
    /**
     * Rounds, at most, that mend scene breaks opening a page, each the first of each chapter (of the book, when
     * chapters run on); a scene break still at a page's top after them is a warning.
     */
    static final int MAX_ROUNDS = 30;

    private SceneBreaks() {
    }

    /**
     * The scene breaks as a layout pass: each layout shows the ornaments at a page's top, the next takes the end of
     * the first scene of each run of pages over; a paragraph split once stays split there.
     */
    static final class Pass implements LayoutPass {
        private final boolean chapterByChapter;
        private final Map<Integer, Integer> splits = new TreeMap<>();
        private Openings openings = Openings.NONE;
        private int rounds;

        Pass(boolean chapterByChapter) {
            this.chapterByChapter = chapterByChapter;
        }

        @Override
        public void apply(Document doc) {
            split(doc, splits);
        }

        @Override
        public boolean read(LaidOut laid) {
            openings = openingPages(laid.root(), laid.doc(), chapterByChapter);
            if (rounds == MAX_ROUNDS || splits.keySet().containsAll(openings.splits().keySet())) {
                return false;
            }
            openings.splits().forEach(splits::putIfAbsent);
            rounds++;
            return true;
        }

        /** The ornaments at the top of a page in the last layout read. */
        List<Opening> openings() {
            return openings.found();
        }
    }

    /**
     * Where to split, so that no ornament of this layout opens a page: the book's paragraphs, by number, each with
     * the counted characters before its part that goes over (0: all of it). One per run of pages that flow into each
     * other ({@code chapterByChapter}: each chapter opens a page, else the whole book is one run), the first:
     * splitting moves the pages after it, which the next layout then shows.
     */
    static Openings openingPages(Box root, Document doc, boolean chapterByChapter) {
        List<Element> paragraphs = paragraphs(doc);
        List<Box> lines = new ArrayList<>();
        collect(root, lines);
        Map<Integer, Integer> splits = new TreeMap<>();
        List<Opening> found = new ArrayList<>();
        Set<Node> runs = new HashSet<>();
        int index = 0;
        int line = 0;
        PageBox before = null;
        for (PageBox page : root.getLayer().getPages()) {
            while (line < lines.size() && lines.get(line).getAbsY() < page.getTop()) {
                line++;
            }
            if (before != null && line < lines.size() && lines.get(line).getAbsY() < page.getBottom()
                    && isOrnament(owner(lines.get(line)))) {
                Element ornament = owner(lines.get(line));
                found.add(new Opening(chapterId(ornament), index));
                if (runs.add(chapterByChapter ? ornament.getParentNode() : doc)) {
                    mend(ornament, lines, before, paragraphs, splits);
                }
            }
            before = page;
            index++;
        }
        return new Openings(splits, found);
    }

    /** The id of the chapter's section that holds {@code e}. */
    private static String chapterId(Element e) {
        for (Node n = e.getParentNode(); n instanceof Element el; n = n.getParentNode()) {
            if (el.getTagName().equals("section") && el.getAttribute("class").contains("chapter")) {
                return el.getAttribute("id");
            }
        }
        return "";
    }

    /** An ornament at the top of a page: the chapter it is in, the page (0-based, in the file). */
    record Opening(String chapterId, int page) {
    }

    /** What a layout showed: the splits that mend what can be mended, and every ornament that opens a page. */
    record Openings(Map<Integer, Integer> splits, List<Opening> found) {
        static final Openings NONE = new Openings(Map.of(), List.of());
    }

    /**
     * How to take the end of the scene before {@code ornament} over to the page it opens: the last two lines of the
     * paragraph before, split off; a short paragraph whole when a paragraph comes before it; a whole short scene with
     * the ornament before it, and so on back to a paragraph long enough to split, as long as they all end on the page
     * before. Nothing when a heading, list, quotation or figure comes first: moving the text after it would strand
     * it at the foot of a page, or put the earlier ornament at the top of one.
     */
    private static void mend(Element ornament, List<Box> lines, PageBox before, List<Element> paragraphs,
            Map<Integer, Integer> splits) {
        for (Element o = ornament; ; ) {
            Element p = previousParagraph(o);
            List<Box> own = p == null ? List.of() : lines.stream().filter(l -> owner(l) == p).toList();
            if (p == null || own.isEmpty() || own.get(own.size() - 1).getAbsY() < before.getTop()) {
                return;
            }
            if (own.size() > 3) {
                int at = charactersBefore(p, (LineBox) own.get(own.size() - 2));
                if (at > 0) {   // else its line begins with no text (an image): leave it
                    splits.put(paragraphs.indexOf(p), at);
                }
                return;
            }
            Element earlier = previousElement(p);
            if (isOrnament(earlier)) {
                o = earlier;   // a scene of three lines or fewer: it goes over with its ornament
            } else {
                if (earlier != null && earlier.getTagName().equals("p")) {
                    splits.put(paragraphs.indexOf(p), 0);
                }
                return;
            }
        }
    }

    /** Splits the book's paragraphs numbered in {@code splits} where they say; the second part opens a page. */
    static void split(Document doc, Map<Integer, Integer> splits) {
        List<Element> paragraphs = paragraphs(doc);
        splits.forEach((index, at) -> {
            Element p = paragraphs.get(index);
            if (at == 0) {
                p.setAttribute("class", (p.getAttribute("class") + " scene-end").strip());
            } else {
                ParagraphSplit.splitAt(doc, p, at, ParagraphSplit.OPENS_PAGE);   // in its part, when split before
            }
        });
    }

    /** The counted characters of {@code p} before the first text of {@code line}. */
    private static int charactersBefore(Element p, LineBox line) {
        InlineText text = firstText(line);
        if (text == null || text.getTextNode() == null) {
            return 0;
        }
        return PageStarts.nonBlankBefore(p, text.getTextNode())
                + PageStarts.nonBlank(text.getMasterText().substring(0, text.getStart()));
    }

    private static InlineText firstText(Box box) {
        List<Object> children = new ArrayList<>();
        if (box instanceof InlineLayoutBox inline) {
            children.addAll(inline.getInlineChildren());
        } else {
            for (int i = 0; i < box.getChildCount(); i++) {
                children.add(box.getChild(i));
            }
        }
        for (Object child : children) {
            if (child instanceof InlineText t && PageStarts.nonBlank(t.getSubstring()) > 0) {
                return t;
            } else if (child instanceof InlineLayoutBox inner && firstText(inner) != null) {
                return firstText(inner);
            }
        }
        return null;
    }

    /** The paragraph just before an ornament; null when a heading, list or figure comes first. */
    private static Element previousParagraph(Element ornament) {
        Element e = previousElement(ornament);
        return e != null && e.getTagName().equals("p") && !isOrnament(e) && ParagraphSplit.continued(e) == null ? e : null;
    }

    /** The element before {@code e}, running heads aside (they leave the flow). */
    private static Element previousElement(Element e) {
        for (Node n = e.getPreviousSibling(); n != null; n = n.getPreviousSibling()) {
            if (n instanceof Element before && !before.getAttribute("class").startsWith("running-")) {
                return before;
            }
        }
        return null;
    }

    private static boolean isOrnament(Element e) {
        return e != null && e.getTagName().equals("p") && e.getAttribute("class").contains("scene-break");
    }

    /** The book's paragraphs, in document order: the parts made by a split are not counted, so numbers stay. */
    private static List<Element> paragraphs(Document doc) {
        List<Element> found = new ArrayList<>();
        NodeList ps = doc.getElementsByTagName("p");
        for (int i = 0; i < ps.getLength(); i++) {
            if (ParagraphSplit.continued((Element) ps.item(i)) == null) {
                found.add((Element) ps.item(i));
            }
        }
        return found;
    }

    /** The block a line belongs to, or the image itself. */
    private static Element owner(Box line) {
        for (Box b = line instanceof LineBox ? line.getParent() : line; b != null; b = b.getParent()) {
            if (b instanceof BlockBox block && block.getElement() != null) {
                return block.getElement();
            }
        }
        return null;
    }

    /** Every line with content and every block image, in document order (the order of their tops in the flow). */
    private static void collect(Box box, List<Box> lines) {
        if (box instanceof LineBox line) {
            if (line.isContainsContent()) {
                lines.add(line);
            }
            return;
        }
        if (box instanceof BlockBox block && block.isReplaced()) {
            lines.add(block);
            return;
        }
        for (int i = 0; i < box.getChildCount(); i++) {
            collect(box.getChild(i), lines);
        }
    }
}
