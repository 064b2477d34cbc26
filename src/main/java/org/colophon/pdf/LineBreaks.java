package org.colophon.pdf;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.colophon.book.Book;
import org.colophon.text.Hyphenation;
import org.colophon.typeface.FontFace;
import org.colophon.typeface.Typeface;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.w3c.dom.Text;

/**
 * Breaks the lines of the book's justified paragraphs as a whole (Knuth and Plass's total fit, over the faces' own
 * advance widths), with hyphenation, and imposes those breaks on Flying Saucer, which breaks greedily: every space
 * that is not a chosen break becomes a no-break space (Flying Saucer stretches it like any other), and a chosen
 * hyphenation point gets a visible hyphen, U+2010, after which Flying Saucer's breaker may break. Each chosen line
 * fits, so Flying Saucer, filling each line as far as it can, breaks where the paragraph was broken.
 * Flying Saucer cannot shrink a space, only stretch it (80 % of the room to the spaces, 20 % between letters), so
 * the lines are measured for stretch only. A paragraph holding anything whose width is not known here (an image, a
 * line break, a size not of this stylesheet, a run in a fallback face: {@link FallbackRuns}) is left to Flying Saucer,
 * which breaks Chinese and Japanese between ideographs and never before closing punctuation (。、」) or after opening
 * punctuation (「), as Java's line breaker does.
 */
final class LineBreaks {
    /** Points kept free at the end of each line: Flying Saucer rounds each run of text up to 1/20 pt. */
    private static final double SAFETY = 0.6;
    private static final double BODY = 10.5;
    /** A space takes 80 % of a line's room: a ratio r of its stretch is a space of (1 + r) times its width. */
    private static final double SPACE_STRETCH = 1 / 0.8;
    private static final int HYPHEN_PENALTY = 50;
    private static final int FLAGGED_DEMERITS = 3000;
    private static final int LINE_PENALTY = 10;
    private static final Set<String> SAME_FACE = Set.of("a", "span", "abbr", "q", "del", "s", "u", "mark", "dfn", "time");
    /** After these a paragraph is set flush left (the first of its section). */
    static final Set<String> OPENERS = Set.of("h1", "h2", "h3", "h4", "h5", "h6", "figure", "blockquote", "ul", "ol", "pre",
            "table", "hr", "details", "summary");

    private final Book book;
    private final double measure;
    /** Whether words may be hyphenated ({@code print.hyphenation}). */
    private final boolean hyphenation;

    private LineBreaks(Book book, double measure, boolean hyphenation) {
        this.book = book;
        this.measure = measure;
        this.hyphenation = hyphenation;
    }

    /**
     * Breaks every justified paragraph of the print document's body whose line width is the text block's,
     * hyphenating words when {@code hyphenation} allows it.
     */
    static void apply(Document doc, Book book, double measure, boolean hyphenation) throws IOException {
        LineBreaks breaks = new LineBreaks(book, measure, hyphenation);
        NodeList ps = doc.getElementsByTagName("p");
        List<Element> paragraphs = new ArrayList<>();
        for (int i = 0; i < ps.getLength(); i++) {
            paragraphs.add((Element) ps.item(i));
        }
        for (Element p : paragraphs) {
            if (!isIndented(p)) {
                p.setAttribute("class", (p.getAttribute("class") + " first").strip());
            }
            OptionalWidth width = breaks.width(p);
            if (width.ok && !holdsPageNumber(p)) {
                breaks.paragraph(p, width.first, width.rest);
            }
        }
    }

    /**
     * Whether the paragraph holds a page reference whose number Flying Saucer's counter sets ({@code a.page-number}):
     * its width is not known here, and a line broken without it ran over, a parenthesis after it cut to the next line.
     */
    private static boolean holdsPageNumber(Element p) {
        NodeList links = p.getElementsByTagName("a");
        for (int i = 0; i < links.getLength(); i++) {
            if (((Element) links.item(i)).getAttribute("class").contains("page-number")) {
                return true;
            }
        }
        return false;
    }

    private record OptionalWidth(boolean ok, double first, double rest) {
    }

    /** The widths of the first and other lines of a body paragraph, or none for a paragraph set elsewhere. */
    private OptionalWidth width(Element p) {
        double inset = 0;
        boolean inBody = false;
        for (Node n = p.getParentNode(); n instanceof Element e; n = n.getParentNode()) {
            String name = e.getLocalName() == null ? e.getTagName() : e.getLocalName();
            if (name.equals("blockquote") || isAlert(e)) {
                inset += PrintMeasure.inset(e);
            } else if (name.equals("div") && e.getAttribute("class").equals("body")) {
                inBody = true;
            } else if (!name.equals("section") && !name.equals("div") && !name.equals("body") && !name.equals("html")) {
                return new OptionalWidth(false, 0, 0);
            }
            if (e.getAttribute("class").contains("notes")) {
                return new OptionalWidth(false, 0, 0);
            }
        }
        if (!inBody) {
            return new OptionalWidth(false, 0, 0);
        }
        double rest = measure - inset - SAFETY;
        return new OptionalWidth(true, isIndented(p) ? rest - PrintMeasure.INDENT : rest, rest);
    }

    /** Whether the paragraph's first line is indented: not after a heading, figure, quotation, list or break. */
    static boolean isIndented(Element p) {
        for (Node n = p.getPreviousSibling(); n != null; n = n.getPreviousSibling()) {
            if (n instanceof Element e) {
                if (e.getAttribute("class").startsWith("running-")) {
                    continue;   // running heads leave the flow
                }
                return !OPENERS.contains(e.getTagName()) && !e.getAttribute("class").contains("scene-break")
                        && !e.getAttribute("class").startsWith("equation")
                        && !isAlert(e) && !e.getAttribute("class").contains("alert-title");
            }
        }
        return false;
    }

    /** A GitHub alert ({@code > [!NOTE]}): set in as a quotation is, under its title, and an opener as one is. */
    static boolean isAlert(Element e) {
        return e.getTagName().equals("div") && e.getAttribute("class").startsWith("alert ");
    }

    // ---- the paragraph as boxes, glue and penalties

    /** A run of text in one face: a text node or a part of it. */
    private record Run(Text node, BaseFont font, double size, boolean hyphenate, Optional<Hyphenation> hyphenation) {
    }

    private sealed interface Item permits Box, Glue, Penalty {
        double width();
    }

    private record Box(double width) implements Item {
    }

    /** A space: the characters it is made of, to be kept or bound. */
    private record Glue(double width, double stretch, List<Text> nodes, List<Integer> offsets) implements Item {
    }

    /**
     * A place to hyphenate: where the hyphen goes; {@code kern} is the kerning of the pair it parts, which a line that
     * starts here does not have.
     */
    private record Penalty(double width, double penalty, boolean flagged, Text node, int offset, String hyphen, double kern)
            implements Item {
    }

    private void paragraph(Element p, double first, double rest) throws IOException {
        List<Run> runs = new ArrayList<>();
        if (!collect(p, false, false, false, BODY, language(p), runs)) {
            return;
        }
        List<Item> items = items(runs);
        if (items.isEmpty()) {
            return;
        }
        List<Integer> breaks = breaks(items, first, rest);
        if (breaks != null) {
            impose(items, breaks);
        }
    }

    /** The runs of a paragraph, or false when it holds something measured only by Flying Saucer. */
    private boolean collect(Element e, boolean italic, boolean bold, boolean code, double size, String lang, List<Run> runs)
            throws IOException {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Text t) {
                if (t.getNodeType() == Node.CDATA_SECTION_NODE) {
                    return false;
                }
                Typeface face = code ? book.codeTypeface() : book.typeface();
                BaseFont font = PrintFonts.font(face.face(bold, italic));
                runs.add(new Run(t, font, size, !code, code || !hyphenation ? Optional.empty() : Hyphenation.of(lang)));
            } else if (n instanceof Element child) {
                String name = child.getTagName();
                String childLang = child.hasAttribute("lang") ? child.getAttribute("lang") : lang;
                boolean ok;
                if (name.equals("em") || name.equals("i") || name.equals("cite")) {
                    ok = collect(child, true, bold, code, size, childLang, runs);
                } else if (name.equals("strong") || name.equals("b")) {
                    ok = collect(child, italic, true, code, size, childLang, runs);
                } else if (name.equals("code")) {
                    ok = collect(child, italic, bold, true, 8.5, childLang, runs);
                } else if (name.equals("sup") && child.getAttribute("class").equals("noteref")) {
                    ok = collect(child, italic, bold, code, 6.5, childLang, runs);
                } else if (child.getAttribute("class").startsWith(FallbackRuns.CLASS)) {
                    ok = false;   // a run in a fallback face, measured by Flying Saucer (Chinese has no spaces to break at)
                } else if (child.hasAttribute("data-formula")) {
                    ok = false;   // a formula's width is its drawing's: the paragraph is Flying Saucer's to break
                } else if (SAME_FACE.contains(name)) {
                    ok = collect(child, italic, bold, code, size, childLang, runs);
                } else {
                    ok = false;
                }
                if (!ok) {
                    return false;
                }
            } else if (n.getNodeType() != Node.COMMENT_NODE) {
                return false;
            }
        }
        return true;
    }

    private static String language(Element p) {
        for (Node n = p; n instanceof Element e; n = n.getParentNode()) {
            if (e.hasAttribute("lang")) {
                return e.getAttribute("lang");
            }
        }
        return "";
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r';
    }

    private List<Item> items(List<Run> runs) {
        List<Item> items = new ArrayList<>();
        Glue glue = null;
        // the last word of the paragraph is never hyphenated: find where it starts
        int lastRun = runs.size() - 1;
        int lastWordStart = -1;
        for (int r = runs.size() - 1; r >= 0 && lastWordStart < 0; r--) {
            String s = runs.get(r).node().getData().stripTrailing();
            int sp = Math.max(s.lastIndexOf(' '), Math.max(s.lastIndexOf('\n'), s.lastIndexOf('\t')));
            if (sp >= 0 || r == 0) {
                lastRun = r;
                lastWordStart = sp + 1;
            }
        }
        for (int r = 0; r < runs.size(); r++) {
            Run run = runs.get(r);
            String s = run.node().getData();
            int i = 0;
            while (i < s.length()) {
                if (isSpace(s.charAt(i))) {
                    if (glue == null) {
                        double w = run.font().getWidthPoint(" ", (float) run.size());
                        glue = new Glue(w, w * SPACE_STRETCH, new ArrayList<>(), new ArrayList<>());
                    }
                    glue.nodes().add(run.node());
                    glue.offsets().add(i);
                    i++;
                    continue;
                }
                if (glue != null) {
                    if (!items.isEmpty()) {   // spaces at the start of a paragraph are not set
                        items.add(glue);
                    }
                    glue = null;
                }
                int end = i;
                while (end < s.length() && !isSpace(s.charAt(end))) {
                    end++;
                }
                boolean last = r > lastRun || r == lastRun && i >= lastWordStart;
                word(run, s, i, end, last, items);
                i = end;
            }
        }
        return items;
    }

    /**
     * A word (or the part of one in this run) as boxes, with a penalty at each place it may be hyphenated, and after
     * each hyphen or dash inside it (where Flying Saucer's breaker breaks too: "twenty-|five", "1968–|1975").
     * Widths are kerned as Flying Saucer draws them ({@link KernedTextRenderer}): the pair across a place to break
     * counts in the box after it, and is taken off again by a line that starts there.
     */
    private static void word(Run run, String s, int start, int end, boolean last, List<Item> items) {
        String word = s.substring(start, end);
        int from = 0;
        for (int i = 0; i < word.length() - 1; i++) {
            if ("-–—".indexOf(word.charAt(i)) >= 0 && Character.isLetterOrDigit(word.charAt(i + 1)) && i > 0) {
                items.add(new Box(width(run, word, from, i + 1)));
                items.add(new Penalty(0, word.charAt(i) == '-' ? HYPHEN_PENALTY : 0, word.charAt(i) == '-', run.node(), start + i + 1, "",
                        kern(run, word.charAt(i), word.charAt(i + 1))));
                from = i + 1;
            }
        }
        if (from > 0) {
            items.add(new Box(width(run, word, from, word.length())));
            return;
        }
        int[] points = last || !run.hyphenate() || run.hyphenation().isEmpty() ? new int[0] : hyphenationPoints(run.hyphenation().get(), word);
        String hyphenChar = hyphenChar(run);
        double hyphen = run.font().getWidthPoint(hyphenChar, (float) run.size());
        for (int p : points) {
            items.add(new Box(width(run, word, from, p)));
            char before = word.charAt(p - 1);
            items.add(new Penalty(hyphen + kern(run, before, hyphenChar.charAt(0)), HYPHEN_PENALTY, true, run.node(), start + p,
                    hyphenChar, kern(run, before, word.charAt(p))));
            from = p;
        }
        items.add(new Box(width(run, word, from, word.length())));
    }

    /** The kerned width of word[from, to), with the pair before it when it does not start the word. */
    private static double width(Run run, String word, int from, int to) {
        String part = word.substring(from, to);
        Kerning kerning = Kerning.of(run.font());
        double kerned = kerning == null ? 0 : kerning.total(part) * run.size() / 1000;
        return run.font().getWidthPoint(part, (float) run.size()) + kerned + (from > 0 ? kern(run, word.charAt(from - 1), word.charAt(from)) : 0);
    }

    /** The kerning between two characters of a run, in points. */
    private static double kern(Run run, char first, char second) {
        Kerning kerning = Kerning.of(run.font());
        return kerning == null ? 0 : kerning.pair(first, second) * run.size() / 1000;
    }

    /**
     * The hyphen-minus: Java's breaker (Flying Saucer's) breaks after it between letters, and OpenPDF writes a wrong
     * ToUnicode map for the subset once U+2010 is in it (text copied from the PDF comes out garbled).
     */
    private static String hyphenChar(Run run) {
        return "-";
    }

    /** Where a word may be hyphenated: only a word of letters, with at most punctuation around it; no number, no address. */
    static int[] hyphenationPoints(Hyphenation h, String word) {
        int from = 0;
        while (from < word.length() && isOpening(word.charAt(from))) {
            from++;
        }
        int to = from;
        while (to < word.length() && (Character.isLetter(word.charAt(to)) || Character.getType(word.charAt(to)) == Character.NON_SPACING_MARK)) {
            to++;
        }
        String tail = word.substring(to);
        if (tail.startsWith("’s") || tail.startsWith("'s")) {
            tail = tail.substring(2);   // a possessive: Mos-cow’s
        }
        for (int i = 0; i < tail.length(); i++) {
            if (".,;:!?’”»)]…".indexOf(tail.charAt(i)) < 0) {
                return new int[0];   // a compound, an apostrophe, a number, an address: left whole
            }
        }
        if (to - from < Hyphenation.BEFORE + Hyphenation.AFTER) {
            return new int[0];
        }
        int[] points = h.points(word.substring(from, to));
        for (int i = 0; i < points.length; i++) {
            points[i] += from;
        }
        return points;
    }

    private static boolean isOpening(char c) {
        return "“‘«([„‚".indexOf(c) >= 0;
    }

    // ---- total fit

    private record Active(int position, int line, double width, double stretch, double demerits, int hyphens, Active previous) {
    }

    /** The items after which the lines break (the last is the paragraph's end), or null when none fits. */
    private static List<Integer> breaks(List<Item> items, double first, double rest) {
        for (double tolerance : new double[] {1, 2, 4, 1e9}) {
            List<Integer> found = breaks(items, first, rest, tolerance);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static List<Integer> breaks(List<Item> items, double first, double rest, double tolerance) {
        int n = items.size();
        double[] width = new double[n + 1];
        double[] stretch = new double[n + 1];
        for (int i = 0; i < n; i++) {
            Item it = items.get(i);
            width[i + 1] = width[i] + (it instanceof Penalty ? 0 : it.width());
            stretch[i + 1] = stretch[i] + (it instanceof Glue g ? g.stretch() : 0);
        }
        List<Active> active = new ArrayList<>();
        active.add(new Active(0, 0, 0, 0, 0, 0, null));
        for (int i = 0; i <= n; i++) {
            boolean end = i == n;
            Item it = end ? null : items.get(i);
            boolean legal = end || it instanceof Penalty
                    || it instanceof Glue && i > 0 && items.get(i - 1) instanceof Box;
            if (!legal) {
                continue;
            }
            boolean hyphenated = it instanceof Penalty;
            List<Active> next = new ArrayList<>();
            for (var iterator = active.iterator(); iterator.hasNext(); ) {
                Active a = iterator.next();
                double lineWidth = a.line() == 0 ? first : rest;
                // Flying Saucer fits a line with the space it breaks at, and trims that space only afterwards
                double natural = width[i] - a.width() + (end ? 0 : it.width());
                if (width[i] - a.width() > lineWidth) {
                    iterator.remove();   // too long already: longer still further on
                    continue;
                }
                double ratio;
                if (natural > lineWidth) {
                    continue;   // the hyphen does not fit
                } else if (end) {
                    ratio = 0;   // the last line ends where its words end
                } else {
                    double room = stretch[i] - a.stretch();
                    ratio = room > 0 ? (lineWidth - natural) / room : Double.POSITIVE_INFINITY;
                }
                if (ratio > tolerance) {
                    continue;
                }
                int hyphens = hyphenated ? a.hyphens() + 1 : 0;
                if (hyphens > 2) {
                    continue;   // never three hyphenated lines in a row
                }
                double badness = Math.min(100 * ratio * ratio * ratio, 1e7);
                double demerits = Math.pow(LINE_PENALTY + badness, 2) + (hyphenated ? HYPHEN_PENALTY * HYPHEN_PENALTY : 0)
                        + (hyphenated && a.hyphens() > 0 ? FLAGGED_DEMERITS : 0) + a.demerits();
                // the next line starts after this break's spaces
                int start = i;
                if (!hyphenated) {
                    while (start < n && items.get(start) instanceof Glue) {
                        start++;
                    }
                }
                double from = width[start] + (it instanceof Penalty p ? p.kern() : 0);
                Active candidate = new Active(start, a.line() + 1, from, stretch[start], demerits, hyphens, a);
                boolean better = true;
                for (int k = 0; k < next.size(); k++) {
                    Active b = next.get(k);
                    if (b.hyphens() == hyphens) {
                        better = false;
                        if (candidate.demerits() < b.demerits()) {
                            next.set(k, candidate);
                        }
                    }
                }
                if (better) {
                    next.add(candidate);
                }
            }
            if (end) {
                Active best = next.stream().min(Comparator.comparingDouble(Active::demerits)).orElse(null);
                if (best == null) {
                    return null;
                }
                List<Integer> chosen = new ArrayList<>();
                for (Active b = best; b.previous() != null; b = b.previous()) {
                    chosen.add(0, breakItem(items, b));
                }
                return chosen;
            }
            active.addAll(next);
            if (active.isEmpty()) {
                return null;
            }
        }
        return null;
    }

    /** The item a node broke at: the penalty, or the first space before the line it starts. */
    private static int breakItem(List<Item> items, Active b) {
        int i = b.position();
        if (i < items.size() && items.get(i) instanceof Penalty) {
            return i;
        }
        while (i > 0 && items.get(i - 1) instanceof Glue) {
            i--;
        }
        return i;
    }

    // ---- imposing the breaks on Flying Saucer

    private record Edit(Text node, int offset, String replacement, int length) {
    }

    private static void impose(List<Item> items, List<Integer> breaks) {
        Set<Integer> chosen = new java.util.HashSet<>(breaks);
        List<Edit> edits = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof Glue g && !chosen.contains(i)) {
                // the space binds: one no-break space, its other white space dropped
                for (int k = 0; k < g.nodes().size(); k++) {
                    edits.add(new Edit(g.nodes().get(k), g.offsets().get(k), k == 0 ? "\u00A0" : "", 1));
                }
            } else if (items.get(i) instanceof Penalty p && chosen.contains(i) && !p.hyphen().isEmpty()) {
                edits.add(new Edit(p.node(), p.offset(), p.hyphen(), 0));
            }
        }
        edits.sort(Comparator.comparingInt(Edit::offset).reversed());
        for (Edit e : edits) {
            e.node().replaceData(e.offset(), e.length(), e.replacement());
        }
    }
}
