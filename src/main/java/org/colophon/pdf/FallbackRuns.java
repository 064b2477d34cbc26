package org.colophon.pdf;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.colophon.book.Book;
import org.colophon.typeface.Typeface;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;

/**
 * Sets each run of text the book's face lacks in the first fallback face that has it. Flying Saucer takes one font
 * per element, the first of its font-family list it knows, and draws a glyph the font lacks as nothing: a Chinese
 * word in an English line would print blank. So the print document's text is cut into runs, and each run of a
 * fallback face is wrapped in a span of class {@code fallback-N}, whose rule ({@link #css}) names that face. Spaces,
 * punctuation and marks stay in the run they stand in, while its face has them. A paragraph written mostly in
 * Chinese, Japanese or Korean is set flush left ({@code cjk}): Flying Saucer gives only a fifth of a line's room to
 * the gaps between letters when it justifies a line without spaces, which leaves it ragged all the same, with
 * letters drawn apart; the EPUB leaves it to the reading system, which justifies it as those scripts are.
 */
final class FallbackRuns {
    static final String CLASS = "fallback-";
    private static final Set<String> ITALIC = Set.of("em", "i", "cite", "var", "dfn");
    private static final Set<String> BOLD = Set.of("strong", "b", "h1", "h2", "h3", "h4", "h5", "h6", "th");
    private static final Set<String> CODE = Set.of("code", "pre", "kbd", "samp");
    private static final Set<UnicodeScript> EAST_ASIAN = Set.of(UnicodeScript.HAN, UnicodeScript.HIRAGANA,
            UnicodeScript.KATAKANA, UnicodeScript.HANGUL, UnicodeScript.BOPOMOFO);

    private final Book book;

    private FallbackRuns(Book book) {
        this.book = book;
    }

    /** The rule of each fallback face's runs. */
    static String css(Book book) {
        StringBuilder css = new StringBuilder();
        for (int i = 0; i < book.fallbacks().size(); i++) {
            css.append("span.").append(CLASS).append(i + 1).append(" { font-family: \"")
                    .append(book.fallbacks().get(i).family()).append("\"; }\n");
        }
        return css.append("p.cjk { text-align: left; }\n").toString();
    }

    static void apply(Document doc, Book book) {
        if (book.fallbacks().isEmpty()) {
            return;
        }
        Element body = (Element) doc.getElementsByTagName("body").item(0);
        new FallbackRuns(book).walk(body, false, false, false);
    }

    private void walk(Element e, boolean bold, boolean italic, boolean code) {
        String name = e.getTagName();
        boolean b = bold || BOLD.contains(name);
        boolean i = italic || ITALIC.contains(name);
        boolean c = code || CODE.contains(name);
        if (name.equals("p") && mostlyEastAsian(e.getTextContent())) {
            e.setAttribute("class", (e.getAttribute("class") + " cjk").strip());
        }
        List<Node> children = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            children.add(n);
        }
        for (Node n : children) {
            if (n instanceof Element child) {
                walk(child, b, i, c);
            } else if (n instanceof Text t && n.getNodeType() == Node.TEXT_NODE) {
                split(t, c ? book.codeTypeface() : book.typeface(), b, i);
            }
        }
    }

    /** Replaces a text node by its runs, each of a fallback face in its span; a text all in the book's face stays. */
    private void split(Text t, Typeface main, boolean bold, boolean italic) {
        String s = t.getData();
        List<int[]> runs = new ArrayList<>();   // {start, end, face}: face 0 is the main face, N the Nth fallback
        int current = 0;
        for (int k = 0; k < s.length(); ) {
            int cp = s.codePointAt(k);
            int face = face(cp, current, main, bold, italic);
            if (runs.isEmpty() || face != current) {
                runs.add(new int[] {k, k, face});
                current = face;
            }
            k += Character.charCount(cp);
            runs.get(runs.size() - 1)[1] = k;
        }
        if (runs.stream().allMatch(r -> r[2] == 0)) {
            return;
        }
        Node parent = t.getParentNode();
        Document doc = t.getOwnerDocument();
        for (int[] r : runs) {
            Text piece = doc.createTextNode(s.substring(r[0], r[1]));
            if (r[2] == 0) {
                parent.insertBefore(piece, t);
            } else {
                Element span = doc.createElementNS(t.getParentNode().getNamespaceURI(), "span");
                span.setAttribute("class", CLASS + r[2]);
                span.appendChild(piece);
                parent.insertBefore(span, t);
            }
        }
        parent.removeChild(t);
    }

    /**
     * The face a character is set in: the run's own for Chinese and Japanese punctuation; else the main face when it
     * has the character; else the run's own for a space, punctuation or a mark it has; else the first fallback that
     * has it; else the main face (the glyph gate has said so already).
     */
    private int face(int cp, int current, Typeface main, boolean bold, boolean italic) {
        if (current != 0 && eastAsianPunctuation(cp) && covers(current, cp, main, bold, italic)) {
            return current;   // 。、「」 belong to the Chinese or Japanese run they stand in
        }
        if (main.covers(cp, bold, italic) || Character.isWhitespace(cp) && current == 0) {
            return 0;
        }
        UnicodeScript script = UnicodeScript.of(cp);
        if ((script == UnicodeScript.COMMON || script == UnicodeScript.INHERITED) && covers(current, cp, main, bold, italic)) {
            return current;
        }
        for (int f = 0; f < book.fallbacks().size(); f++) {
            if (book.fallbacks().get(f).covers(cp, bold, italic)) {
                return f + 1;
            }
        }
        return 0;
    }

    private static boolean eastAsianPunctuation(int cp) {
        return cp >= 0x3000 && cp <= 0x303F || cp >= 0xFF00 && cp <= 0xFFEF || cp >= 0xFE30 && cp <= 0xFE4F;
    }

    private boolean covers(int face, int cp, Typeface main, boolean bold, boolean italic) {
        return (face == 0 ? main : book.fallbacks().get(face - 1)).covers(cp, bold, italic) || Character.isWhitespace(cp);
    }

    /** Whether most of a text's letters are Chinese, Japanese or Korean (with their punctuation). */
    static boolean mostlyEastAsian(String text) {
        int eastAsian = 0;
        int other = 0;
        for (int k = 0; k < text.length(); ) {
            int cp = text.codePointAt(k);
            k += Character.charCount(cp);
            if (EAST_ASIAN.contains(UnicodeScript.of(cp)) || eastAsianPunctuation(cp)) {
                eastAsian++;
            } else if (Character.isLetterOrDigit(cp)) {
                other++;
            }
        }
        return eastAsian > other;
    }
}
