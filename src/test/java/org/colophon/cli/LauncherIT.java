package org.colophon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar target/colophon.jar} as a user runs it, after {@code package} (Failsafe runs this in
 * {@code integration-test}). {@code -XX:+PrintCommandLineFlags} makes each JVM print its flags: the parent's line
 * first, then the tuned child's, which alone has {@code -XX:TieredStopAtLevel=1}.
 */
class LauncherIT {
    private static final Path JAR = Path.of("target/colophon.jar");
    private static final String BOOK = "an-alliance-between-vietnam-and-the-soviet-union.epub";

    @TempDir
    Path tmp;

    private record Run(int exit, String out, String err) {
        List<String> flagLines() {
            return out.lines().filter(l -> l.contains("-XX:InitialHeapSize=")).toList();
        }

        String child() {
            List<String> tuned = flagLines().stream().filter(l -> l.contains("-XX:TieredStopAtLevel=1")).toList();
            assertEquals(1, tuned.size(), "one tuned JVM:\n" + out + err);
            return tuned.get(0);
        }
    }

    private Run colophon(Map<String, String> env, String... jvmOptions) throws IOException, InterruptedException {
        assertTrue(Files.isRegularFile(JAR), "run after package: " + JAR.toAbsolutePath());
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-jar", JAR.toString(), "build", "manuscript", "--out", tmp.resolve("out").toString(),
                "--format", "epub", "--no-validate"));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(tmp.resolve("out.txt").toFile()).redirectError(tmp.resolve("err.txt").toFile());
        builder.environment().keySet().removeAll(List.of("COLOPHON_INLINE", "JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS"));
        builder.environment().put("XDG_CACHE_HOME", tmp.resolve("cache").toString());   // not the user's cache
        builder.environment().putAll(env);
        int exit = builder.start().waitFor();
        Run run = new Run(exit, Files.readString(tmp.resolve("out.txt")), Files.readString(tmp.resolve("err.txt")));
        assertEquals(Main.OK, run.exit(), run.out() + run.err());
        assertTrue(Files.size(tmp.resolve("out").resolve(BOOK)) > 0);
        return run;
    }

    private List<String> cache() throws IOException {
        try (Stream<Path> files = Files.list(tmp.resolve("cache").resolve("colophon"))) {
            return files.map(f -> f.getFileName().toString()).toList();
        }
    }

    @Test
    void passesTheUsersOptionsOnAndKeepsTheArchiveInTheUsersCache() throws Exception {
        Run first = colophon(Map.of(), "-Xmx300m", "-Dpicocli.trace=INFO", "-XX:+PrintCommandLineFlags");
        String child = first.child();
        assertTrue(child.contains("-XX:MaxHeapSize=314572800") && child.contains("-XX:+UseSerialGC"), child);
        assertTrue(first.err().contains("[picocli INFO] Parsing"), "-D reached the JVM that ran picocli:\n" + first.err());
        List<String> cache = cache();
        assertEquals(1, cache.size(), cache.toString());
        assertTrue(cache.get(0).matches("colophon-\\w{8}-" + Runtime.version().toString().replace("+", "\\+") + "-\\w{8}\\.jsa"),
                cache.toString());

        Run second = colophon(Map.of(), "-Xlog:class+load=info");
        assertTrue(second.out().contains("org.colophon.pipeline.BookBuild source: shared objects file (top)"),
                "the second run loads Colophon's classes from the archive");
        assertEquals(cache, cache());
    }

    @Test
    void aCollectorChosenInJdkJavaOptionsIsKept() throws Exception {
        Run run = colophon(Map.of("JDK_JAVA_OPTIONS", "-XX:+UseG1GC"), "-XX:+PrintCommandLineFlags");
        String child = run.child();
        assertTrue(child.contains("-XX:+UseG1GC") && !child.contains("-XX:+UseSerialGC"), child);
        assertFalse(run.err().contains("did not start"), run.err());
    }

    @Test
    void buildsInTheJvmStartedWhenAskedTo() throws Exception {
        Run run = colophon(Map.of("COLOPHON_INLINE", "1"), "-XX:+PrintCommandLineFlags");
        assertEquals(1, run.flagLines().size(), run.out());
        assertFalse(run.flagLines().get(0).contains("-XX:TieredStopAtLevel=1"), run.out());
    }
}
