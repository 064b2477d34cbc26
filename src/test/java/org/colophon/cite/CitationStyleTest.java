package org.colophon.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The styles Colophon names are those the jar carries, and their untested conditions are decided per cite. */
class CitationStyleTest {

    @Test
    void theJarCarriesExactlyTheStylesColophonNames() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher filter = Pattern.compile("<artifact>org.citationstyles:styles</artifact>\\s*<includes>(.*?)</includes>", Pattern.DOTALL).matcher(pom);
        assertTrue(filter.find(), "the shade filter of the styles");
        Set<String> shipped = new TreeSet<>();
        Matcher include = Pattern.compile("<include>([^<]+)</include>").matcher(filter.group(1));
        while (include.find()) {
            shipped.add(include.group(1));
        }
        Set<String> named = new TreeSet<>();
        CitationStyle.NAMES.values().forEach(f -> named.add(f + ".csl"));
        assertEquals(named, shipped);
        for (String name : CitationStyle.NAMES.keySet()) {
            assertTrue(CitationStyle.named(name).xml().contains("<citation"), name);
        }
    }

    @Test
    void aVariantDecidesPositionLocatorAndDisambiguationAndLeavesTheLayoutBare() throws Exception {
        CitationStyle chicago = CitationStyle.named("chicago-notes-bibliography");
        assertTrue(chicago.isNoteStyle());
        assertEquals(".", chicago.suffix());
        String xml = chicago.variant(Set.of("subsequent"), "page", false);
        assertFalse(xml.contains("position="), "every position test decided");
        assertFalse(xml.contains("locator=\""), "every locator test decided");
        assertFalse(xml.contains("disambiguate=\""), "every disambiguation test decided");
        Matcher layout = Pattern.compile("<citation[^>]*>\\s*<layout([^>]*)>").matcher(xml);
        assertTrue(layout.find());
        assertFalse(layout.group(1).contains("suffix"), layout.group(1));
        assertEquals(xml, chicago.variant(Set.of("subsequent", "near-note"), "page", false),
                "a test the style does not make makes no variant of its own");
        assertFalse(CitationStyle.named("chicago-author-date").isNoteStyle());
    }

    @Test
    void aNameOfTheCslRepositoryIsKnownToo() {
        assertEquals("chicago-fullnote-bibliography", CitationStyle.builtIn("chicago-fullnote-bibliography.csl").orElseThrow());
        assertEquals("modern-language-association", CitationStyle.builtIn("mla").orElseThrow());
        assertTrue(CitationStyle.builtIn("harvard-cite-them-right").isEmpty());
    }
}
