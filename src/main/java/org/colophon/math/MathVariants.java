package org.colophon.math;

import java.util.Map;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A styled letter of a formula as Unicode's own character for it ({@code \mathbb{R}} is ℝ, {@code \mathbf{x}} 𝐱),
 * in place of KaTeX's {@code mathvariant} attribute, which MathML Core (Chromium's, and so many reading apps')
 * does not draw: ℝ would print as R. A letter Unicode has no such character for keeps the attribute.
 */
final class MathVariants {
    /** Where each style's capital A, small a and digit 0 stand in Unicode's Mathematical Alphanumeric Symbols (0: none). */
    private record Block(int capital, int small, int digit) {
    }

    private static final Map<String, Block> BLOCKS = Map.ofEntries(
            Map.entry("bold", new Block(0x1D400, 0x1D41A, 0x1D7CE)),
            Map.entry("italic", new Block(0x1D434, 0x1D44E, 0)),
            Map.entry("bold-italic", new Block(0x1D468, 0x1D482, 0)),
            Map.entry("script", new Block(0x1D49C, 0x1D4B6, 0)),
            Map.entry("bold-script", new Block(0x1D4D0, 0x1D4EA, 0)),
            Map.entry("fraktur", new Block(0x1D504, 0x1D51E, 0)),
            Map.entry("double-struck", new Block(0x1D538, 0x1D552, 0x1D7D8)),
            Map.entry("bold-fraktur", new Block(0x1D56C, 0x1D586, 0)),
            Map.entry("sans-serif", new Block(0x1D5A0, 0x1D5BA, 0x1D7E2)),
            Map.entry("bold-sans-serif", new Block(0x1D5D4, 0x1D5EE, 0x1D7EC)),
            Map.entry("sans-serif-italic", new Block(0x1D608, 0x1D622, 0)),
            Map.entry("sans-serif-bold-italic", new Block(0x1D63C, 0x1D656, 0)),
            Map.entry("monospace", new Block(0x1D670, 0x1D68A, 0x1D7F6)));
    /** The letters Unicode had encoded before (ℎ, ℬ, ℝ…), whose places in the blocks stay empty. */
    private static final Map<String, Integer> EARLIER = Map.ofEntries(
            Map.entry("italic h", 0x210E), Map.entry("script B", 0x212C), Map.entry("script E", 0x2130),
            Map.entry("script F", 0x2131), Map.entry("script H", 0x210B), Map.entry("script I", 0x2110),
            Map.entry("script L", 0x2112), Map.entry("script M", 0x2133), Map.entry("script R", 0x211B),
            Map.entry("script e", 0x212F), Map.entry("script g", 0x210A), Map.entry("script o", 0x2134),
            Map.entry("fraktur C", 0x212D), Map.entry("fraktur H", 0x210C), Map.entry("fraktur I", 0x2111),
            Map.entry("fraktur R", 0x211C), Map.entry("fraktur Z", 0x2128), Map.entry("double-struck C", 0x2102),
            Map.entry("double-struck H", 0x210D), Map.entry("double-struck N", 0x2115), Map.entry("double-struck P", 0x2119),
            Map.entry("double-struck Q", 0x211A), Map.entry("double-struck R", 0x211D), Map.entry("double-struck Z", 0x2124));

    private MathVariants() {
    }

    /** Every letter, digit and operator with a style, below {@code e}. */
    static void letters(Element e) {
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element child) {
                letters(child);
            }
        }
        String name = e.getLocalName();
        String variant = e.getAttribute("mathvariant");
        if (!(name.equals("mi") || name.equals("mn") || name.equals("mo")) || !BLOCKS.containsKey(variant)) {
            return;
        }
        StringBuilder styled = new StringBuilder();
        String text = e.getTextContent();
        for (int i = 0; i < text.length(); i++) {
            int cp = styled(variant, text.charAt(i));
            if (cp < 0) {
                return;   // not all of it has a styled character: the attribute says the style
            }
            styled.appendCodePoint(cp);
        }
        e.setTextContent(styled.toString());
        e.removeAttribute("mathvariant");
    }

    private static int styled(String variant, char c) {
        Block b = BLOCKS.get(variant);
        Integer earlier = EARLIER.get(variant + " " + c);
        if (earlier != null) {
            return earlier;
        }
        if (c >= 'A' && c <= 'Z') {
            return b.capital() + c - 'A';
        }
        if (c >= 'a' && c <= 'z') {
            return b.small() + c - 'a';
        }
        if (c >= '0' && c <= '9' && b.digit() != 0) {
            return b.digit() + c - '0';
        }
        return -1;
    }
}
