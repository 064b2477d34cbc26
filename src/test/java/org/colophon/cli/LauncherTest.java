package org.colophon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The launcher re-runs only a jar: from classes (tests, an IDE) it builds in place. Its relaunch of the real jar is
 * exercised by every {@code mvn package}, which builds the essay with {@code java -jar target/colophon.jar}.
 */
class LauncherTest {
    @Test
    void buildsInPlaceWhenNotRunFromAJar() {
        assertEquals(Optional.empty(), Launcher.command(new String[] {"build"}));
    }

    @Test
    void buildsInPlaceWhenAskedTo() {
        System.setProperty(Launcher.INLINE, "true");
        try {
            assertTrue(Launcher.command(new String[] {"build"}).isEmpty());
        } finally {
            System.clearProperty(Launcher.INLINE);
        }
    }
}
