package org.colophon.manuscript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import org.colophon.cli.Main;
import org.colophon.testing.Manuscripts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A message lists what it lists in an order of the manuscript or of the alphabet, never in a hash order that changes
 * from run to run (Set.of and Map.copyOf are salted per JVM) or from disk to disk (a directory's listing).
 */
class DeterministicDiagnosticsTest {
    @TempDir
    Path tmp;

    @Test
    void everyListInAMessageHasAFixedOrder() throws IOException {
        Manuscripts m = new Manuscripts(tmp);
        String dir = m.dir().toAbsolutePath().toString();
        m.file("book.yaml", Manuscripts.VALID_YAML + "chapters: [one.md, two.md, chapter.md]\nsubjectz: [x]\n")
                .file("one.md", "# One\n\nSee [the last part](two.md#nowhere).\n")
                .file("two.md", "# Two\n\n## Alpha\n\n## Beta\n\n## Gamma\n\n## Delta\n\n## Epsilon\n\n## Zeta\n\n## Eta\n\n## Theta\n")
                .file("chapter2.md", "# Chapter 2\n")
                .file("chapter1.md", "# Chapter 1\n");
        Manuscripts.Run run = m.build("--no-validate");
        assertEquals(Main.MANUSCRIPT_ERRORS, run.exit(), run.err());
        List<String> expected = List.of(
                dir + "/book.yaml:6:1: warning: unknown key 'subjectz' in book.yaml is ignored (did you mean 'subjects'?)",
                dir + "/book.yaml:5:28: error: chapter 'chapter.md' does not exist (did you mean 'chapter1.md'?)");
        for (String line : expected) {
            assertTrue(run.err().lines().anyMatch(line::equals), "expected\n" + line + "\nin\n" + run.err());
        }

        // the chapter's headings are listed in the order they are written
        m.file("book.yaml", Manuscripts.VALID_YAML + "chapters: [one.md, two.md]\n");
        run = m.build("--no-validate");
        String headings = dir + "/one.md:3:5: error: link to 'two.md#nowhere' names no heading or anchor of " + dir + "/two.md"
                + "; its 9 headings include #two, #alpha, #beta";
        assertTrue(run.err().lines().anyMatch(headings::equals), "expected\n" + headings + "\nin\n" + run.err());
    }

    @Test
    void aKeyEquallyNearTwoKnownOnesGetsTheSameHintWhateverTheSetsOrder() {
        List<String> known = List.of("date", "data");
        String one = BookYaml.suggestion("dat", new LinkedHashSet<>(known));
        String other = BookYaml.suggestion("dat", new LinkedHashSet<>(List.of("data", "date")));
        assertEquals(" (did you mean 'data'?)", one);
        assertEquals(one, other);
    }
}
