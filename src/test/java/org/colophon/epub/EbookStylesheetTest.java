package org.colophon.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.colophon.typeface.Typefaces;
import org.junit.jupiter.api.Test;

/** The ebook's stylesheet leaves the reader in charge: margins, colours, sizes and dark mode are the app's. */
class EbookStylesheetTest {
    /** Each rule's selector and its declarations (property, value) in order, comments dropped. */
    static Map<String, List<String[]>> rules() {
        String css = EpubWriter.stylesheet(SampleBook.of(Typefaces.literata())).replaceAll("(?s)/\\*.*?\\*/", "");
        Map<String, List<String[]>> rules = new LinkedHashMap<>();
        for (String rule : css.split("}")) {
            int brace = rule.indexOf('{');
            if (brace < 0) {
                continue;
            }
            List<String[]> declarations = rules.computeIfAbsent(rule.substring(0, brace).strip(), k -> new ArrayList<>());
            for (String d : rule.substring(brace + 1).split(";")) {
                if (d.contains(":")) {
                    declarations.add(new String[] {d.substring(0, d.indexOf(':')).strip(), d.substring(d.indexOf(':') + 1).strip()});
                }
            }
        }
        return rules;
    }

    static List<String> values(String selector, String property) {
        return rules().getOrDefault(selector, List.of()).stream().filter(d -> d[0].equals(property)).map(d -> d[1]).toList();
    }

    @Test
    void bodyHasNoSideMarginsAndHyphenates() {
        assertEquals(List.of("0"), values("body", "margin"), "the reading app sets the margins");
        assertEquals(List.of("auto"), values("body", "hyphens"));
        assertEquals(List.of("auto"), values("body", "-webkit-hyphens"), "Apple Books and Kobo read the prefixed one");
    }

    @Test
    void vietnameseIsNeverHyphenated() {
        assertEquals(List.of("none"), values(":lang(vi)", "hyphens"));
        assertEquals(List.of("none"), values(":lang(vi)", "-webkit-hyphens"));
    }

    /** A tall figure fits the screen; the em value comes first, for apps that do not know vh. */
    @Test
    void figureImagesAreNeverTallerThanTheScreen() {
        List<String> max = values("figure img", "max-height");
        assertEquals(2, max.size(), "a fallback, then the viewport's height");
        assertTrue(max.get(0).endsWith("em"), max.get(0));
        assertEquals("95vh", max.get(1));
        assertEquals(List.of("auto"), values("figure img", "width"), "auto both ways keeps the proportions");
        assertEquals(List.of("auto"), values("figure img", "height"));
    }

    @Test
    void nothingFightsTheReadersColoursOrSizes() {
        rules().forEach((selector, declarations) -> {
            for (String[] d : declarations) {
                if (isCode(selector) || d[1].equals("inherit")) {
                    continue;   // highlighted code: its colours read in every mode (below)
                }
                assertFalse(d[0].equals("color") || d[0].startsWith("background"), selector + " sets " + d[0]);
                assertFalse(d[1].matches(".*#[0-9a-fA-F]{3,6}.*|.*rgb.*"), selector + " has a fixed colour: " + d[1]);
                if (d[0].equals("font-size") || d[0].equals("line-height") || d[0].startsWith("margin") || d[0].startsWith("padding")) {
                    assertFalse(d[1].matches(".*\\d(px|pt|cm|mm|in)\\b.*"), selector + " " + d[0] + " in an absolute unit: " + d[1]);
                }
            }
        });
    }

    private static boolean isCode(String selector) {
        return java.util.Arrays.stream(selector.split(",")).allMatch(s -> s.strip().startsWith("pre ."));
    }

    /**
     * Highlighted code may have colours, only on its tokens, and only colours that read on every page a reading app
     * has: at least 4.5:1 on white (WCAG AA, which Ace checks), 4:1 on sepia (#f8f1e3) and on a night mode's black
     * and #121212; no background but a see-through grey, which darkens a light page and lightens a dark one.
     */
    @Test
    void codeColoursReadOnWhiteSepiaAndNightPages() {
        int colours = 0;
        for (var rule : rules().entrySet()) {
            for (String[] d : rule.getValue()) {
                if (!d[1].matches("#[0-9a-fA-F]{6}") && !d[0].startsWith("background")) {
                    continue;
                }
                assertTrue(isCode(rule.getKey()), rule.getKey() + " sets " + d[0]);
                if (d[0].startsWith("background")) {
                    assertTrue(d[1].matches("rgba\\(128, 128, 128, 0\\.[0-9]+\\)"), rule.getKey() + ": " + d[1]);
                    continue;
                }
                colours++;
                assertTrue(contrast(d[1], "#ffffff") >= 4.5, rule.getKey() + " " + d[1] + " on white: " + contrast(d[1], "#ffffff"));
                for (String page : List.of("#f8f1e3", "#000000", "#121212")) {
                    assertTrue(contrast(d[1], page) >= 4, rule.getKey() + " " + d[1] + " on " + page + ": " + contrast(d[1], page));
                }
            }
        }
        assertTrue(colours >= 8, "the tokens' colours: " + colours);
        assertEquals(List.of("bold"), values("pre .tok-kw, pre .tok-tag, pre .tok-hd", "font-weight"), "keywords read by weight");
        assertEquals(List.of("italic"), values("pre .tok-cm", "font-style"), "comments by style");
    }

    /** WCAG 2's contrast ratio of two colours written #rrggbb. */
    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        double[] rgb = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            rgb[i] = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    }
}
