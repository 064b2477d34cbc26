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
        assertEquals("header=“var” and title=‘x’", en.apply("header=\"var\" and title='x'", 0), "after = a quote opens");
        assertEquals("“I thought we might as well–” and “she began—” and stopped; —“Yes,” he said",
                en.apply("\"I thought we might as well--\" and \"she began---\" and stopped; ---\"Yes,\" he said", 0),
                "after a dash a quote closes an interrupted speech, and opens before a word");
        assertEquals("She shouted—“¡Hola!” and—“…really?” and—“(aside)”",
                en.apply("She shouted---\"¡Hola!\" and---\"...really?\" and---\"(aside)\"", 0), "a quotation may start with any mark");
        assertEquals("Set the token to “YQ==” and the query to “?q=” now.",
                en.apply("Set the token to \"YQ==\" and the query to \"?q=\" now.", 0), "after = before a space a quote closes");
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
        assertEquals("„Sie begann–“ und hielt inne", de.apply("\"Sie begann--\" und hielt inne", 0));
        assertEquals("„Sie sagte: ‚Komm her!‘“ rief er.", de.apply("\"Sie sagte: 'Komm her!'\" rief er.", 0),
                "after a closing single quote a double one closes");
        assertEquals("Er sagte: „Sie rief ‚Halt‘, dann ging’s los“ – Hans’ Buch", de.apply(
                "Er sagte: \"Sie rief 'Halt', dann ging's los\" -- Hans' Buch", 0), "German single quotes ‚ ‘, the apostrophe ’");
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

    @Test
    void czechSlovakAndPolishBindOneLetterWordsToTheNext() {
        Typography cs = Typography.forLanguage("cs");
        assertEquals("Byl v\u00A0Praze a\u00A0s\u00A0námi „doma“.", cs.apply("Byl v Praze a s námi \"doma\".", 0));
        assertEquals("K\u00A0tomu i\u00A0o\u00A0tom", cs.apply("K tomu i o tom", 0));
        assertEquals("Poszedł w\u00A0las i\u00A0z\u00A0„nim”", Typography.forLanguage("pl").apply("Poszedł w las i\u00A0z \"nim\"", 0));
        assertEquals("Ona a\u00A0on", Typography.forLanguage("sk-SK").apply("Ona a on", 0));
        assertEquals("a cat and I went", en.apply("a cat and I went", 0), "English is left alone");
        assertEquals("jev a", cs.apply("jev a", 0), "a letter at the end of the text binds nothing");
        assertEquals("«hola»", Typography.forLanguage("es").apply("\"hola\"", 0));
    }
}
