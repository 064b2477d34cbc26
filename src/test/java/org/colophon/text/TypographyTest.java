package org.colophon.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TypographyTest {
    final Typography en = Typography.forLanguage("en");
    final Typography vi = Typography.forLanguage("vi");
    final Typography fr = Typography.forLanguage("fr-CA");
    final Typography de = Typography.forLanguage("de");
    final Typography ja = Typography.forLanguage("ja");

    @Test
    void englishAndVietnameseQuotes() {
        assertEquals("“Hello,” she said, ‘it’s fine.’", en.apply("\"Hello,\" she said, 'it's fine.'", 0));
        assertEquals("the ’90s and Carter’s", en.apply("the '90s and Carter's", 0));
        assertEquals("“Xin chào” và ‘tạm biệt’", vi.apply("\"Xin chào\" và 'tạm biệt'", 0));
        assertEquals("(“quoted”)", en.apply("(\"quoted\")", 0));
    }

    @Test
    void aQuoteAfterAnInlineClosesIt() {
        assertEquals("” after", en.apply("\" after", 'd'), "the quote follows an emphasised word");
        assertEquals("“ after", en.apply("\" after", ' '));
    }

    @Test
    void frenchGuillemetsWithNoBreakSpaces() {
        assertEquals("«\u00A0Bonjour\u00A0», dit-il, l’été", fr.apply("\"Bonjour\", dit-il, l'été", 0));
    }

    @Test
    void germanQuotes() {
        assertEquals("„Guten Tag“", de.apply("\"Guten Tag\"", 0));
    }

    @Test
    void otherLanguagesKeepStraightDoubleQuotes() {
        assertEquals("\"x\" and it’s", ja.apply("\"x\" and it's", 0));
    }

    @Test
    void dashesAndEllipsis() {
        assertEquals("1968–1975 — and then…", en.apply("1968--1975 --- and then...", 0));
        assertEquals("a-b", en.apply("a-b", 0), "a single hyphen stays");
        assertEquals("non\u00A0breaking", en.apply("non\u00A0breaking", 0), "no-break spaces are kept");
    }
}
