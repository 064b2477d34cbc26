package org.colophon.manuscript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.colophon.text.Texts;
import org.junit.jupiter.api.Test;

class BookYamlTest {
    @Test
    void isbnCheckDigits() {
        assertTrue(BookYaml.isIsbn("978-3-16-148410-0"));
        assertTrue(BookYaml.isIsbn("0-306-40615-2"));
        assertTrue(BookYaml.isIsbn("080442957X"));
        assertFalse(BookYaml.isIsbn("978-3-16-148410-1"));
        assertFalse(BookYaml.isIsbn("12345"));
    }

    @Test
    void isoDates() {
        for (String ok : new String[] {"2019", "2019-12", "2019-12-16", "2019-12-16T10:30:00Z", "2019-12-16T10:30+07:00"}) {
            assertTrue(BookYaml.isDate(ok), ok);
        }
        for (String bad : new String[] {"12/2019", "2019-13", "2019-12-32", "December 2019", "2019-02-31", "2019-02-29",
                "2019-04-31", "20190", "2019-1", "2019-12-16T24:30Z"}) {
            assertFalse(BookYaml.isDate(bad), bad);
        }
    }

    @Test
    void languageTags() {
        for (String ok : new String[] {"en", "vi", "fr-CA", "zh-Hant-TW", "es-419", "en-US-x-private", "de-DE-1996", "sr-Latn-RS"}) {
            assertTrue(BookYaml.isLanguageTag(ok), ok);
        }
        for (String bad : new String[] {"english", "e", "en_US", "", "x-private", "en--US", "en-US-"}) {
            assertFalse(BookYaml.isLanguageTag(bad), bad);
        }
    }

    @Test
    void editDistanceForHints() {
        assertEquals(1, Texts.editDistance("autors", "authors"));
        assertEquals(0, Texts.editDistance("title", "title"));
        assertEquals(1, Texts.editDistance("12", "21"), "a transposition counts one");
    }
}
