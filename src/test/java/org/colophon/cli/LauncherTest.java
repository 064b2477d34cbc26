package org.colophon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's parts: the tuned command (a pure function), the archive's place and name, and telling a JVM that did
 * not start from a build that failed, with real JVMs. {@code LauncherIT} runs the real jar.
 */
class LauncherTest {
    private static final Path JAVA = Path.of("/jdk/bin/java");
    private static final Path JAR = Path.of("/opt/colophon.jar");
    private static final Path MARKER = Path.of("/tmp/m.starting");
    private static final List<String> ARCHIVE = List.of("-XX:SharedArchiveFile=/c/a.jsa", "-Xlog:cds=off");

    @TempDir
    Path tmp;

    private static List<String> tuned(String... userOptions) {
        return TunedJvm.command(JAVA, JAR, List.of(userOptions), ARCHIVE, MARKER, List.of("build", "book"));
    }

    @Test
    void tunesTheJvmAndPassesTheUsersOptionsOnAfterItsOwn() {
        List<String> command = tuned("-Xmx300m", "-Dfoo=bar", "--add-opens=java.base/java.lang=ALL-UNNAMED");
        assertEquals(List.of("/jdk/bin/java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss4m",
                "-XX:SharedArchiveFile=/c/a.jsa", "-Xlog:cds=off",
                "-Xmx300m", "-Dfoo=bar", "--add-opens=java.base/java.lang=ALL-UNNAMED",
                "-Dcolophon.inline=true", "-Dcolophon.launcher.started=/tmp/m.starting",
                "-cp", "/opt/colophon.jar", "org.colophon.cli.Main", "build", "book"), command);
    }

    @Test
    void theUsersCollectorCompilationAndClassDataWinOverOurs() {
        List<String> command = tuned("-XX:+UseG1GC", "-Xint", "-Xshare:off");
        assertFalse(command.contains("-XX:+UseSerialGC"), command.toString());
        assertFalse(command.contains("-XX:TieredStopAtLevel=1"), command.toString());
        assertFalse(command.contains(ARCHIVE.get(0)), command.toString());
        assertTrue(command.containsAll(List.of("-XX:+UseG1GC", "-Xint", "-Xshare:off")), command.toString());
        assertTrue(tuned("-XX:-TieredCompilation").stream().noneMatch(o -> o.startsWith("-XX:TieredStopAtLevel")));
        assertFalse(tuned("-XX:ArchiveClassesAtExit=/x.jsa").contains(ARCHIVE.get(0)));
    }

    @Test
    void aCollectorChosenInAFlagsFileCountsButItsLineIsNotPassedOn() {
        // the JVM lists the lines of -XX:Flags=FILE among its arguments, without "-XX:"; the child reads FILE itself
        List<String> command = tuned("+UseParallelGC", "-XX:Flags=/home/me/.hotspotrc");
        assertFalse(command.contains("-XX:+UseSerialGC"), command.toString());
        assertFalse(command.contains("+UseParallelGC"), "it would be taken for the main class: " + command);
        assertTrue(command.contains("-XX:Flags=/home/me/.hotspotrc"), command.toString());
    }

    @Test
    void ourOwnPropertiesAreNeverPassedTwice() {
        List<String> command = tuned("-Dcolophon.inline=false", "-Dcolophon.launcher.started=/old");
        assertEquals(1, command.stream().filter(o -> o.startsWith("-Dcolophon.inline=")).count(), command.toString());
        assertTrue(command.contains("-Dcolophon.inline=true"));
        assertFalse(command.contains("-Dcolophon.launcher.started=/old"), command.toString());
    }

    @Test
    void anAgentOrADebuggerKeepsTheBuildInThisJvm() {
        assertTrue(TunedJvm.attachesAgent(List.of("-Xmx1g", "-agentlib:jdwp=transport=dt_socket,server=y,address=5005")));
        assertTrue(TunedJvm.attachesAgent(List.of("-javaagent:/opt/agent.jar")));
        assertFalse(TunedJvm.attachesAgent(List.of("-Xmx1g", "-Dagent=x")));
    }

    @Test
    void theArchiveLivesInTheUsersCacheFolder() {
        assertEquals(Optional.of(Path.of("/x/cache/colophon")),
                ClassDataArchive.cacheFolder(Map.of("XDG_CACHE_HOME", "/x/cache"), "Linux", "/home/me"));
        assertEquals(Optional.of(Path.of("/home/me/.cache/colophon")),
                ClassDataArchive.cacheFolder(Map.of("XDG_CACHE_HOME", "relative/ignored"), "Linux", "/home/me"));
        assertEquals(Optional.of(Path.of("/home/me/Library/Caches/colophon")),
                ClassDataArchive.cacheFolder(Map.of(), "Mac OS X", "/home/me"));
        assertEquals(Optional.of(Path.of("/appdata/colophon")),
                ClassDataArchive.cacheFolder(Map.of("LOCALAPPDATA", "/appdata"), "Windows 11", "/home/me"));
        assertEquals(Optional.empty(), ClassDataArchive.cacheFolder(Map.of(), "Linux", "?"));
    }

    @Test
    void anArchiveIsNamedForItsJarAndItsJvm() {
        String name = ClassDataArchive.name(JAR, 47_000_000, 1000, "/jdk17", "17.0.15+6", "OpenJDK 64-Bit Server VM");
        assertTrue(name.matches("colophon-[0-9a-f]{8}-17\\.0\\.15\\+6-[0-9a-f]{8}\\.jsa"), name);
        String otherJdk = ClassDataArchive.name(JAR, 47_000_000, 1000, "/jdk17", "25.0.3+9-LTS", "OpenJDK 64-Bit Server VM");
        String rebuiltJar = ClassDataArchive.name(JAR, 47_000_000, 2000, "/jdk17", "17.0.15+6", "OpenJDK 64-Bit Server VM");
        String otherVm = ClassDataArchive.name(JAR, 47_000_000, 1000, "/jdk17", "17.0.15+6", "Eclipse OpenJ9 VM");
        assertEquals(4, List.of(name, otherJdk, rebuiltJar, otherVm).stream().distinct().count());
        assertEquals(place(name), place(rebuiltJar), "same jar, same JVM home: the newer archive replaces the older");
        assertNotEquals(place(name), place(ClassDataArchive.name(Path.of("/elsewhere/colophon.jar"), 47_000_000, 1000,
                "/jdk17", "17.0.15+6", "OpenJDK 64-Bit Server VM")));
    }

    private static String place(String name) {
        return name.substring(0, "colophon-12345678".length());
    }

    @Test
    void aNewArchiveIsMovedIntoPlaceOnlyAfterASuccessfulBuildAndReplacesTheOlder() throws IOException {
        Path older = Files.writeString(tmp.resolve("colophon-0000aaaa-17-11111111.jsa"), "older");
        Path otherPlace = Files.writeString(tmp.resolve("colophon-0000bbbb-17-11111111.jsa"), "other jar");
        ClassDataArchive failed = new ClassDataArchive(tmp.resolve("colophon-0000aaaa-17-22222222.jsa"));
        Files.writeString(pending(failed), "a partial archive");
        failed.childExited(Main.MANUSCRIPT_ERRORS);
        assertFalse(Files.exists(failed.file()));
        assertFalse(Files.exists(pending(failed)), "the temporary archive of a failed build is removed");

        ClassDataArchive archive = new ClassDataArchive(tmp.resolve("colophon-0000aaaa-17-22222222.jsa"));
        Files.writeString(pending(archive), "an archive");
        archive.childExited(Main.OK);
        assertEquals("an archive", Files.readString(archive.file()));
        assertFalse(Files.exists(older), "the older archive of the same jar and JVM home is removed");
        assertTrue(Files.exists(otherPlace));
        assertEquals(List.of("-XX:SharedArchiveFile=" + archive.file(), "-Xlog:cds=off", "-Xlog:cds+dynamic=off"),
                new ClassDataArchive(archive.file()).options());
    }

    /** Where the child is told to write the archive: the path in its -XX:ArchiveClassesAtExit option. */
    private static Path pending(ClassDataArchive archive) {
        String option = archive.options().get(0);
        assertTrue(option.startsWith("-XX:ArchiveClassesAtExit="), option);
        Path pending = Path.of(option.substring(option.indexOf('=') + 1));
        assertEquals(archive.file().getParent(), pending.getParent(), "moved within one folder: atomically");
        return pending;
    }

    @Test
    void aJvmThatDoesNotStartIsToldApartFromABuildThatFails() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("java.class.path");
        Path marker = Files.createFile(tmp.resolve("m.starting"));
        List<String> refused = List.of(java, "-XX:+UseG1GC", "-XX:+UseSerialGC", "-D" + TunedJvm.STARTED + "=" + marker,
                "-cp", classPath, Main.class.getName(), "--version");
        assertEquals(OptionalInt.empty(), Launcher.run(refused, marker), "two collectors: the JVM exits 1 before Main");
        assertFalse(Files.exists(marker));

        Files.createFile(marker);
        List<String> failedBuild = List.of(java, "-D" + TunedJvm.INLINE + "=true", "-D" + TunedJvm.STARTED + "=" + marker,
                "-cp", classPath, Main.class.getName(), "build", tmp.resolve("nowhere").toString(),
                "--out", tmp.resolve("out").toString());
        assertEquals(OptionalInt.of(Main.MANUSCRIPT_ERRORS), Launcher.run(failedBuild, marker),
                "a manuscript with errors also exits 1, from Main: forwarded as it is");
    }

    @Test
    void buildsInPlaceWhenNotRunFromAJar() {
        assertEquals(OptionalInt.empty(), Launcher.runInTunedJvm(new String[] {"build"}));
    }
}
