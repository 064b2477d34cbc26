package org.colophon.cli;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Runs {@code java -jar colophon.jar} in a JVM set up for a short build, which a jar's manifest cannot ask for:
 * C1 compilation only (a build is over before C2 pays off, and its threads would take the second core from the PDF),
 * the serial collector (a smaller heap: the 400-page book stays under 350 MB instead of 650 MB), and a class-data
 * archive in the user's cache, made by the first run, that spares every later run most of its class loading
 * ({@link TunedJvm} builds the command, {@link ClassDataArchive} keeps the archive). The user's own JVM options are
 * passed on. The parent JVM only waits, forwards its exit code, and stops the child if it is stopped itself.
 * <p>This JVM builds the book itself when asked to (COLOPHON_INLINE=1, {@code -Dcolophon.inline=true}), when it
 * runs from classes rather than a jar (tests, an IDE), when it is not HotSpot (whose options these are), when the
 * user attached an agent or a debugger to it, and when the tuned JVM does not start: the child deletes a marker
 * file as soon as Main runs, so a child that exits with the marker still there never reached Colophon (a JVM
 * that refuses its options exits with 1, the same code as a manuscript with errors).
 */
final class Launcher {
    /** What a JVM that cannot start returns: "Error: Could not create the Java Virtual Machine." */
    private static final int JVM_DID_NOT_START = 1;

    private Launcher() {
    }

    /** The exit code of a tuned JVM that ran the command line, or empty when this JVM should run it. */
    static OptionalInt runInTunedJvm(String[] args) {
        if (Boolean.getBoolean(TunedJvm.INLINE) || "1".equals(System.getenv("COLOPHON_INLINE"))
                || !System.getProperty("java.vm.name", "").matches(".*(HotSpot|OpenJDK|Server VM).*")) {
            return OptionalInt.empty();
        }
        Optional<Path> jar = jar();
        if (jar.isEmpty()) {
            return OptionalInt.empty();   // running from classes (tests, an IDE): build here
        }
        List<String> userOptions = ManagementFactory.getRuntimeMXBean().getInputArguments();
        if (TunedJvm.attachesAgent(userOptions)) {
            return OptionalInt.empty();
        }
        Optional<ClassDataArchive> archive = ClassDataArchive.of(jar.get());
        // named by our pid, not by createTempFile, whose SecureRandom costs the launch some 20 ms
        Path marker = Path.of(System.getProperty("java.io.tmpdir"), "colophon-" + ProcessHandle.current().pid() + ".starting");
        try {
            Files.deleteIfExists(marker);   // left by a killed launcher whose pid was ours
            Files.createFile(marker);       // never through a link: it must be new
        } catch (IOException e) {
            return OptionalInt.empty();     // no way to tell a child that did not start: build here
        }
        List<String> command = TunedJvm.command(java(), jar.get(), userOptions,
                archive.map(ClassDataArchive::options).orElse(List.of()), marker, List.of(args));
        OptionalInt exit = run(command, marker);
        archive.ifPresent(a -> a.childExited(exit.orElse(JVM_DID_NOT_START)));
        if (exit.isEmpty()) {
            System.err.println("colophon: the tuned JVM did not start (see above); building in this one."
                    + " Set COLOPHON_INLINE=1 to build in it straight away.");
        }
        return exit;
    }

    /**
     * Runs the command with this process's input, output and error. Returns its exit code, or empty when the JVM
     * exited before Main ran (it left the marker, which this method always removes).
     */
    static OptionalInt run(List<String> command, Path marker) {
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        // the child gets these options on its command line, already parsed here: not twice
        builder.environment().keySet().removeAll(List.of("JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS"));
        try {
            Process child;
            try {
                child = builder.start();
            } catch (IOException e) {
                return OptionalInt.empty();
            }
            Thread stop = new Thread(() -> {
                child.destroy();   // SIGTERM: the child removes its temporary files as it goes
                try {
                    child.waitFor();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "colophon-stop-child");
            Runtime.getRuntime().addShutdownHook(stop);
            int exit = waitFor(child);
            Runtime.getRuntime().removeShutdownHook(stop);
            boolean started = !Files.exists(marker);
            return exit == JVM_DID_NOT_START && !started ? OptionalInt.empty() : OptionalInt.of(exit);
        } finally {
            try {
                Files.deleteIfExists(marker);
            } catch (IOException ignored) {
                // a few bytes in the temporary folder
            }
        }
    }

    /** Called first thing in a tuned JVM: deletes the marker, telling the launcher that Colophon runs. */
    static void started() {
        String marker = System.getProperty(TunedJvm.STARTED);
        if (marker != null) {
            try {
                Files.deleteIfExists(Path.of(marker));
            } catch (IOException | RuntimeException e) {
                // the launcher will think we never started, and build again: say why
                System.err.println("colophon: cannot remove " + marker + " (" + e.getMessage() + ")");
            }
        }
    }

    private static int waitFor(Process child) {
        try {
            return child.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Main.INTERRUPTED;
        }
    }

    private static Path java() {
        boolean windows = System.getProperty("os.name", "").startsWith("Windows");
        return Path.of(System.getProperty("java.home"), "bin", windows ? "java.exe" : "java");
    }

    private static Optional<Path> jar() {
        try {
            var source = Main.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return Optional.empty();
            }
            File file = new File(source.getLocation().toURI());
            return file.isFile() && file.getName().endsWith(".jar") ? Optional.of(file.toPath()) : Optional.empty();
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
