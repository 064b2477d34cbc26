package org.colophon.cli;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs {@code java -jar colophon.jar} in a JVM set up for a short build, which a jar's manifest cannot ask for:
 * C1 compilation only (a build is over before C2 pays off, and its threads would take the second core from the PDF),
 * the serial collector (a smaller heap: the 400-page book stays under 350 MB instead of 650 MB), and a class-data
 * archive beside the jar, made by the first run, that spares every later run most of its class loading.
 * The parent JVM only waits, forwards its exit code, and stops the child if it is stopped itself.
 * Set COLOPHON_INLINE=1, or run with {@code -Dcolophon.inline=true}, to build in the JVM you started.
 */
final class Launcher {
    static final String INLINE = "colophon.inline";

    private Launcher() {
    }

    /** The command that runs the build in a tuned JVM, or empty when this JVM should build itself. */
    static Optional<List<String>> command(String[] args) {
        if (Boolean.getBoolean(INLINE) || "1".equals(System.getenv("COLOPHON_INLINE"))) {
            return Optional.empty();
        }
        Optional<Path> jar = jar();
        Optional<String> java = ProcessHandle.current().info().command();
        if (jar.isEmpty() || java.isEmpty()) {
            return Optional.empty();   // running from classes (tests, an IDE): build here
        }
        if (!System.getProperty("java.vm.name", "").matches(".*(HotSpot|OpenJDK|Server VM).*")) {
            return Optional.empty();   // the options below are HotSpot's; another JVM builds as it is
        }
        List<String> command = new ArrayList<>(List.of(java.get(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss4m",
                "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        Path archive = jar.get().resolveSibling(jar.get().getFileName() + ".jsa");
        if (Files.isRegularFile(archive) && isNewer(archive, jar.get())) {
            command.add("-XX:SharedArchiveFile=" + archive);
        } else if (Files.isWritable(jar.get().getParent())) {
            command.add("-XX:ArchiveClassesAtExit=" + archive);
        }
        command.add("-D" + INLINE + "=true");
        command.add("-cp");
        command.add(jar.get().toString());
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        return Optional.of(command);
    }

    /** Runs the command with this process's input, output and error, and returns its exit code. */
    static int run(List<String> command) {
        try {
            Process child = new ProcessBuilder(command).inheritIO().start();
            Thread stop = new Thread(() -> {
                child.destroy();   // SIGTERM: the child removes its temporary files as it goes
                try {
                    child.waitFor();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "colophon-stop-child");
            Runtime.getRuntime().addShutdownHook(stop);
            int exit = child.waitFor();
            Runtime.getRuntime().removeShutdownHook(stop);
            return exit;
        } catch (java.io.IOException e) {
            System.err.println("colophon: cannot start a JVM (" + e.getMessage() + "); set COLOPHON_INLINE=1 to build in this one");
            return 3;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }

    private static Optional<Path> jar() {
        try {
            var source = Main.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return Optional.empty();
            }
            File file = new File(source.getLocation().toURI());
            return file.isFile() && file.getName().endsWith(".jar") ? Optional.of(file.toPath()) : Optional.empty();
        } catch (URISyntaxException | SecurityException e) {
            return Optional.empty();
        }
    }

    private static boolean isNewer(Path a, Path b) {
        try {
            return Files.getLastModifiedTime(a).compareTo(Files.getLastModifiedTime(b)) >= 0;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
