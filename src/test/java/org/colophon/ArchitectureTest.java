package org.colophon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The architecture stays visible in the packages: no package depends on itself through others, the model knows
 * nothing of Markdown, EPUB or PDF, the writers meet only through the extension point, and only the command line
 * exits, relaunches or speaks picocli, so that the rest is a library a preview server or a Maven plugin can call. The
 * graph comes from the JDK's own jdeps, run on the compiled classes; the calls from javap.
 */
class ArchitectureTest {
    private static final Map<String, Set<String>> USES = new TreeMap<>();
    /** Each package's dependencies outside Colophon and the JDK (picocli, OpenPDF…), by package. */
    private static final Map<String, Set<String>> LIBRARIES = new TreeMap<>();
    private static final Set<String> WRITERS = Set.of("epub", "pdf", "cover");

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
        Matcher lib = Pattern.compile("^\\s+org\\.colophon\\.(\\w+)\\s+->\\s+(\\S+)\\s+not found", Pattern.MULTILINE)
                .matcher(out.toString());
        while (lib.find()) {
            LIBRARIES.computeIfAbsent(lib.group(1), k -> new TreeSet<>()).add(lib.group(2));
        }
        assertTrue(LIBRARIES.getOrDefault("cli", Set.of()).contains("picocli"), "libraries read: " + LIBRARIES);
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

    /**
     * The writers meet only through the extension point ({@code output}: the cover takes the interior's page count
     * from its {@code Written}); the PDF and the cover share {@code press} (the PDF standard and the embedded fonts),
     * which knows no writer. None reads Markdown or the manuscript.
     */
    @Test
    void writersKnowNothingOfMarkdownAndEachOtherNothing() {
        for (String writer : WRITERS) {
            Set<String> uses = USES.get(writer);
            assertTrue(!uses.contains("markdown") && !uses.contains("manuscript"), writer + " uses " + uses);
            for (String other : WRITERS) {
                assertFalse(!other.equals(writer) && uses.contains(other), writer + " uses " + uses);
            }
            assertTrue(uses.contains("output"), writer + " is a writer: " + uses);
        }
        assertTrue(USES.get("pdf").contains("press") && USES.get("cover").contains("press"), "one PDF standard: " + USES);
        for (String known : USES.get("press")) {
            assertTrue(Set.of("book", "print", "typeface").contains(known), "press uses " + USES.get("press"));
        }
    }

    /** The pipeline and the command line reach the writers only through {@code output} (ServiceLoader finds them). */
    @Test
    void thePipelineReachesTheWritersOnlyThroughTheExtensionPoint() {
        for (String caller : List.of("pipeline", "cli")) {
            Set<String> uses = USES.get(caller);
            assertTrue(uses.contains("output"), caller + " uses " + uses);
            for (String writer : List.of("epub", "pdf", "cover", "press")) {
                assertFalse(uses.contains(writer), caller + " uses " + uses);
            }
        }
    }

    /** Tools that skip build-output folders skip a package named so: it vanished from structure drawings. */
    @Test
    void noPackageIsNamedAsBuildOutput() throws IOException {
        try (Stream<Path> packages = Files.list(Path.of("target/classes/org/colophon"))) {
            List<String> names = packages.filter(Files::isDirectory).map(p -> p.getFileName().toString()).toList();
            assertTrue(names.containsAll(List.of("pipeline", "output", "cli")), names.toString());
            for (String name : names) {
                assertFalse(Set.of("build", "target", "out", "dist", "bin").contains(name), "a package named " + name);
            }
        }
    }

    /**
     * Only the command line ends the JVM, starts a process (the launcher of a tuned JVM) or uses picocli: the rest is a
     * library, whose failures are exceptions its caller reports (a Maven plugin, a preview server).
     */
    @Test
    void onlyTheCommandLineExitsRelaunchesOrSpeaksPicocli() throws IOException {
        for (Map.Entry<String, Set<String>> p : LIBRARIES.entrySet()) {
            assertTrue(p.getKey().equals("cli") || p.getValue().stream().noneMatch(l -> l.startsWith("picocli")),
                    p.getKey() + " uses " + p.getValue());
        }
        Map<String, Set<String>> calls = jvmCalls();
        assertTrue(calls.getOrDefault("cli", Set.of()).containsAll(Set.of("java/lang/System.exit", "java/lang/ProcessBuilder")),
                "the command line's calls are read: " + calls);
        calls.remove("cli");
        assertEquals(Map.of(), calls, "packages that exit the JVM or start a process");
    }

    /**
     * By package, the calls that end the JVM or start a process that its classes make, as javap shows them (javap
     * reads only the classes whose constant pool names such a method or class: reading all takes 20 s).
     */
    private static Map<String, Set<String>> jvmCalls() throws IOException {
        List<String> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("target/classes/org/colophon"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String pool = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                if (Stream.of("exit", "halt", "exec", "ProcessBuilder").anyMatch(pool::contains)) {
                    classes.add(f.toString());
                }
            }
        }
        List<String> args = new ArrayList<>(List.of("-c", "-p"));
        args.addAll(classes);
        StringWriter out = new StringWriter();
        int exit = ToolProvider.findFirst("javap").orElseThrow().run(new PrintWriter(out), new PrintWriter(new StringWriter()),
                args.toArray(String[]::new));
        assertEquals(0, exit);
        Map<String, Set<String>> calls = new TreeMap<>();
        String pkg = "";
        Pattern call = Pattern.compile("(java/lang/System\\.exit|java/lang/Runtime\\.(?:exit|halt|exec)|java/lang/ProcessBuilder)");
        for (String line : out.toString().lines().toList()) {
            Matcher declared = Pattern.compile("^(?:public |final |abstract |sealed |non-sealed |static )*(?:class|interface|enum|record) "
                    + "org\\.colophon\\.(\\w+)\\.").matcher(line);
            if (declared.find()) {
                pkg = declared.group(1);
            }
            Matcher m = call.matcher(line);
            if (m.find()) {
                calls.computeIfAbsent(pkg, k -> new TreeSet<>()).add(m.group(1));
            }
        }
        return calls;
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

    /**
     * The highlighter knows the model's tokens and nothing else of Colophon; only the Markdown reader calls it, and only
     * it uses the editor's lexers (RSyntaxTextArea).
     */
    @Test
    void theHighlighterStandsAloneAndOnlyTheReaderUsesIt() {
        assertEquals(Set.of("book"), USES.get("highlight"), "highlight uses");
        USES.forEach((user, used) -> assertTrue(!used.contains("highlight") || user.equals("markdown"), user + " uses highlight"));
        LIBRARIES.forEach((user, libraries) -> assertTrue(user.equals("highlight")
                || libraries.stream().noneMatch(l -> l.startsWith("org.fife")), user + " uses " + libraries));
        assertTrue(LIBRARIES.getOrDefault("highlight", Set.of()).stream().anyMatch(l -> l.startsWith("org.fife")),
                "the highlighter's libraries: " + LIBRARIES.get("highlight"));
    }
}
