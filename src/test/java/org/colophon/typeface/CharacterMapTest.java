package org.colophon.typeface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

/**
 * Our reading of the fonts' cmap tables agrees with Apache FontBox's, character for character, through the whole of
 * Unicode. (Not AWT's {@code canDisplay}: it answers for the platform's text stack, and changed on JDK 25 for
 * default-ignorable characters, which a cmap may or may not list.)
 */
class CharacterMapTest {
    @Test
    void agreesWithFontBoxOnEveryCharacter() throws Exception {
        for (FontFace face : Typefaces.literata().faces()) {
            List<String> differences = new ArrayList<>();
            int covered = 0;
            try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(face.data()))) {
                CmapLookup fontBox = font.getUnicodeCmapLookup();
                for (int cp = 1; cp <= Character.MAX_CODE_POINT; cp++) {
                    if (Character.isSurrogate((char) cp) && cp <= 0xFFFF) {
                        continue;   // not characters: a text never hands one to the gate
                    }
                    boolean ours = face.covers(cp);
                    covered += ours ? 1 : 0;
                    if (ours != (fontBox.getGlyphId(cp) != 0)) {
                        differences.add(String.format("U+%04X", cp));
                    }
                }
            }
            assertEquals(List.of(), differences, face.styleName());
            assertTrue(covered > 1000, face.styleName() + " covers " + covered);
        }
    }

    @Test
    void knowsWhatLiterataLacks() {
        FontFace italic = Typefaces.literata().face(false, true);
        assertTrue(italic.covers('ễ'));
        assertFalse(italic.covers(0x01F9), "ǹ");
        assertFalse(italic.covers(0x10D0), "Georgian");
    }
}
