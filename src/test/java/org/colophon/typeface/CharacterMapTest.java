package org.colophon.typeface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Our reading of the fonts' cmap tables agrees with AWT's, character for character. */
class CharacterMapTest {
    @Test
    void agreesWithAwtOnEveryCharacterOfTheBasicPlane() throws Exception {
        for (FontFace face : Typefaces.literata().faces()) {
            Font awt = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(face.data()));
            List<String> differences = new ArrayList<>();
            int covered = 0;
            for (int cp = 0x20; cp <= 0xFFFF; cp++) {
                int type = Character.getType(cp);
                if (Character.isSurrogate((char) cp) || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                        || type == Character.PARAGRAPH_SEPARATOR) {
                    continue;   // AWT calls invisible format characters displayable without a glyph; so does the gate
                }
                boolean ours = face.covers(cp);
                covered += ours ? 1 : 0;
                if (ours != awt.canDisplay(cp)) {
                    differences.add(String.format("U+%04X", cp));
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
