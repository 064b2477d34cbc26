package org.colophon.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextsTest {
    @Test
    void nfcComposesVietnameseLetters() {
        String decomposed = "Nguye\u0302\u0303n";
        assertEquals("Nguyễn", Texts.nfc(decomposed));
        assertEquals(6, Texts.nfc(decomposed).length());
    }

    @Test
    void slugsAreAsciiAndReadable() {
        assertEquals("vietnam-tries-to-remain-neutral", Texts.slug("Vietnam Tries to Remain Neutral"));
        assertEquals("dang-van-nguyen", Texts.slug("Đặng Văn  Nguyễn"));
        assertEquals("", Texts.slug("—!?"));
    }

    @Test
    void idSlugsAreValidXmlIds() {
        assertEquals("h-1975", Texts.idSlug("1975", "h"));
        assertEquals("h", Texts.idSlug("!!!", "h"));
        assertEquals("the-end", Texts.idSlug("The End", "h"));
    }

    @Test
    void anchorsKeepEveryScriptAsGitHubDoes() {
        assertEquals("chương-trình-máy-tính", Texts.anchorSlug("Chương trình máy tính"));
        assertEquals("straße-und-œuvre", Texts.anchorSlug("Straße und Œuvre"));
        assertEquals("łódź-ærø", Texts.anchorSlug("Łódź, Ærø"));
        assertEquals("中文标题", Texts.anchorSlug("中文标题"));
        assertEquals("a----b_c", Texts.anchorSlug("A -- b_c!"), "each space a dash, as GitHub does");
        assertEquals("h-1975", Texts.anchorId(Texts.anchorSlug("1975"), "h"));
        assertEquals("h", Texts.anchorId(Texts.anchorSlug("!?"), "h"));
        assertEquals("h--x", Texts.anchorId("-x", "h"));
        assertTrue(Texts.isNcName("chương-trình"));
        assertFalse(Texts.isNcName("1st"));
        assertFalse(Texts.isNcName("a b"));
        assertEquals(Texts.foldKey("Chuong-Trinh"), Texts.foldKey("chương_trình"));
    }

    @Test
    void wordsAreCountedBetweenSpaces() {
        assertEquals(4, Texts.countWords("  one two\nthree\u00A0four "));
        assertEquals(0, Texts.countWords(" \n "));
    }

    @Test
    void xmlForbidsControlCharacters() {
        assertFalse(Texts.isXmlChar(0x06));
        assertFalse(Texts.isXmlChar(0xFFFE));
        assertTrue(Texts.isXmlChar('\t'));
        assertTrue(Texts.isXmlChar(0x1F600));
    }
}
