package org.colophon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The architecture stays visible in the packages: no package depends on itself through others, and the model knows
 * nothing of Markdown, EPUB or PDF. The graph comes from the JDK's own jdeps, run on the compiled classes.
 */
class ArchitectureTest {
    private static final Map<String, Set<String>> USES = new TreeMap<>();

    @BeforeAll
    static void readTheGraph() {
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow();
        StringWriter out = new StringWriter();
        int exit = jdeps.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "-verbose:package", "-filter:none",
                "target/classes");
        assertEquals(0, exit, out.toString());
        Matcher m = Pattern.compile("^\\s+org\\.colophon\\.(\\w+)\\s+->\\s+org\\.colophon\\.(\\w+)", Pattern.MULTILINE)
                .matcher(out.toString());
        while (m.find()) {
            USES.computeIfAbsent(m.group(1), k -> new TreeSet<>());
            if (!m.group(1).equals(m.group(2))) {
                USES.get(m.group(1)).add(m.group(2));
            }
        }
        assertTrue(USES.size() >= 10, "packages read: " + USES);
    }

    @Test
    void noPackageDependsOnItselfThroughOthers() {
        for (String start : USES.keySet()) {
            List<String> cycle = pathBack(start);
            assertTrue(cycle.isEmpty(), "a cycle between packages: " + String.join(" -> ", cycle));
        }
    }

    /** A path from {@code start} back to itself, or empty; depth first over the graph. */
    private static List<String> pathBack(String start) {
        Deque<List<String>> paths = new ArrayDeque<>();
        paths.push(List.of(start));
        Set<String> seen = new TreeSet<>();
        while (!paths.isEmpty()) {
            List<String> path = paths.pop();
            for (String next : USES.getOrDefault(path.get(path.size() - 1), Set.of())) {
                List<String> longer = new ArrayList<>(path);
                longer.add(next);
                if (next.equals(start)) {
                    return longer;
                }
                if (seen.add(next)) {
                    paths.push(longer);
                }
            }
        }
        return List.of();
    }

    @Test
    void theModelKnowsNothingOfItsSourcesOrOutputs() {
        assertTrue(Set.of("diagnostic", "l10n", "text", "typeface").containsAll(USES.get("book")), "book uses " + USES.get("book"));
    }

    /**
     * Print settings reach the PDF and the cover through {@code BookWriter.configure}, never through the model: the
     * model, the shared renderer, the extension point, the glyph gate, the Markdown reader and the EPUB read neither the
     * settings nor the print writers, and the settings are plain values that know nothing of the model.
     */
    @Test
    void printSettingsStayOutOfTheSharedModel() {
        assertTrue(USES.containsKey("print"), "the print settings' package: " + USES.keySet());
        assertEquals(Set.of(), USES.get("print"), "print uses");
        for (String shared : List.of("book", "xhtml", "output", "proof", "markdown", "epub")) {
            Set<String> uses = USES.getOrDefault(shared, Set.of());
            for (String print : List.of("print", "pdf", "cover")) {
                assertFalse(uses.contains(print), shared + " uses " + uses);
            }
        }
    }

    @Test
    void writersKnowNothingOfMarkdownAndEachOtherNothing() {
        for (String writer : List.of("epub", "pdf")) {
            Set<String> uses = USES.get(writer);
            assertTrue(!uses.contains("markdown") && !uses.contains("manuscript"), writer + " uses " + uses);
            assertTrue(!uses.contains(writer.equals("epub") ? "pdf" : "epub"), writer + " uses " + uses);
        }
    }

    /**
     * Only the command line (the user's folders) and the EPUBCheck adapter (whose API takes a {@code File}) turn a
     * path into a {@code java.io.File}: the manuscript is read, and the books made and preflighted, through the
     * path's own file system, so that the same code runs on a test's manuscript in memory as on the disk.
     */
    @Test
    void onlyTheCommandLineAndEpubCheckTurnPathsIntoFiles() {
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow();
        StringWriter out = new StringWriter();
        assertEquals(0, jdeps.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "-verbose:class", "-filter:none",
                "target/classes"), out.toString());
        Matcher m = Pattern.compile("^\\s+org\\.colophon\\.([\\w.$]+)\\s+->\\s+java\\.io\\.File\\s", Pattern.MULTILINE)
                .matcher(out.toString());
        Set<String> users = new TreeSet<>();
        while (m.find()) {
            users.add(m.group(1));
        }
        assertTrue(users.contains("epub.EpubValidator"), "jdeps read the classes: " + users);
        users.removeIf(c -> c.startsWith("cli.") || c.equals("epub.EpubValidator"));
        assertEquals(Set.of(), users, "classes that use java.io.File");
    }
}
