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
                assertFalse(d[0].equals("color") || d[0].startsWith("background"), selector + " sets " + d[0]);
                assertFalse(d[1].matches(".*#[0-9a-fA-F]{3,6}.*|.*rgb.*"), selector + " has a fixed colour: " + d[1]);
                if (d[0].equals("font-size") || d[0].equals("line-height") || d[0].startsWith("margin") || d[0].startsWith("padding")) {
                    assertFalse(d[1].matches(".*\\d(px|pt|cm|mm|in)\\b.*"), selector + " " + d[0] + " in an absolute unit: " + d[1]);
                }
            }
        });
    }
}
