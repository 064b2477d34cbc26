package org.colophon.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.colophon.print.PrintLayout;
import org.junit.jupiter.api.Test;

/** A writer finds its settings by their type, and nothing of a type it was not given. */
class WriterSettingsTest {

    @Test
    void aWriterFindsTheSettingOfItsTypeAndNoOther() {
        PrintLayout layout = PrintLayout.defaults();
        WriterSettings settings = WriterSettings.of(layout, "an HTML writer's setting");
        assertEquals(Optional.of(layout), settings.get(PrintLayout.class));
        assertEquals(Optional.of("an HTML writer's setting"), settings.get(String.class));
        assertEquals(Optional.empty(), settings.get(Integer.class));
        assertEquals(Optional.empty(), WriterSettings.of().get(PrintLayout.class));
    }

    @Test
    void twoSettingsOfOneTypeAreABug() {
        assertThrows(IllegalArgumentException.class, () -> WriterSettings.of(PrintLayout.defaults(), PrintLayout.defaults()));
    }
}
