package org.colophon.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The class-data archive of one jar for one JVM, kept in the user's cache folder (the jar's folder may be read-only,
 * and belongs to an install, not to a run). Its name holds what makes an archive valid: the jar (its path, size and
 * time, which HotSpot checks too: a hash of its 45 MB would cost more than the archive saves) and the JVM (its home,
 * {@code Runtime.version()} and {@code java.vm.name}), so that an archive written by one JDK is never offered to
 * another. The child JVM writes it under a temporary name, moved into place only when that build succeeded.
 */
final class ClassDataArchive {
    private static final List<String> QUIET = List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off");

    private final Path file;
    private final Path pending;
    private final boolean exists;

    ClassDataArchive(Path file) {
        this.file = file;
        this.pending = file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        this.exists = Files.isRegularFile(file);
    }

    /** The archive of this jar for the running JVM, or empty when there is no cache folder to keep it in. */
    static Optional<ClassDataArchive> of(Path jar) {
        Optional<Path> folder = cacheFolder(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home", ""));
        if (folder.isEmpty()) {
            return Optional.empty();
        }
        try {
            Files.createDirectories(folder.get());
            String name = name(jar.toAbsolutePath(), Files.size(jar), Files.getLastModifiedTime(jar).toMillis(),
                    // java.runtime.version is Runtime.version() as text, without parsing it (streams: startup time)
                    System.getProperty("java.home", ""), System.getProperty("java.runtime.version", ""),
                    System.getProperty("java.vm.name", ""));
            return Optional.of(new ClassDataArchive(folder.get().resolve(name)));
        } catch (IOException | SecurityException e) {
            return Optional.empty();   // no cache: the build runs without an archive, a little slower
        }
    }

    /**
     * The cache folder: {@code %LOCALAPPDATA%\colophon} on Windows, {@code ~/Library/Caches/colophon} on macOS,
     * else {@code $XDG_CACHE_HOME/colophon} or {@code ~/.cache/colophon}.
     */
    static Optional<Path> cacheFolder(Map<String, String> env, String osName, String userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") && present(env.get("LOCALAPPDATA"))) {
            return Optional.of(Path.of(env.get("LOCALAPPDATA"), "colophon"));
        }
        String xdg = env.get("XDG_CACHE_HOME");
        if (!os.startsWith("windows") && !os.startsWith("mac") && present(xdg) && Path.of(xdg).isAbsolute()) {
            return Optional.of(Path.of(xdg, "colophon"));   // the XDG spec ignores a relative one
        }
        if (!present(userHome) || "?".equals(userHome)) {
            return Optional.empty();
        }
        Path home = Path.of(userHome);
        if (os.startsWith("windows")) {
            return Optional.of(home.resolve("AppData").resolve("Local").resolve("colophon"));
        }
        return Optional.of(os.startsWith("mac") ? home.resolve("Library/Caches/colophon") : home.resolve(".cache/colophon"));
    }

    /**
     * {@code colophon-<where>-<version>-<what>.jsa}: {@code where} stands for the jar's path and the JVM's home, so
     * that a newer archive for the same place replaces the older; {@code what} for the jar's size and time and the
     * JVM's version and name.
     */
    static String name(Path jar, long size, long modifiedMillis, String javaHome, String version, String vmName) {
        String where = hex(String.join("\n", jar.toString(), javaHome));
        String what = hex(String.join("\n", Long.toString(size), Long.toString(modifiedMillis), version, vmName));
        StringBuilder name = new StringBuilder("colophon-").append(where).append('-');
        for (char c : version.toCharArray()) {
            boolean plain = c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '+' || c == '-');
            name.append(plain ? c : '_');
        }
        return name.append('-').append(what).append(".jsa").toString();
    }

    /** The JVM options that use the archive, or make the child write it when it is missing. */
    List<String> options() {
        if (exists) {
            return List.of("-XX:SharedArchiveFile=" + file, QUIET.get(0), QUIET.get(1));
        }
        if (Files.isWritable(file.getParent())) {
            return List.of("-XX:ArchiveClassesAtExit=" + pending, QUIET.get(0), QUIET.get(1));
        }
        return List.of();
    }

    /**
     * After the child: a new archive is moved into place (atomically: a build that starts meanwhile sees the old
     * state or the new, never half a file) when the build succeeded, and older archives of the same place go.
     */
    void childExited(int exitCode) {
        if (exists) {
            return;
        }
        try {
            if (exitCode == Main.OK && Files.isRegularFile(pending) && Files.size(pending) > 0) {
                Files.move(pending, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                removeOlder();
            } else {
                Files.deleteIfExists(pending);   // a failed build loaded fewer classes: the next one writes it
            }
        } catch (IOException e) {
            try {
                Files.deleteIfExists(pending);
            } catch (IOException ignored) {
                // a cache file: it goes with the cache
            }
        }
    }

    Path file() {
        return file;
    }

    private void removeOlder() throws IOException {
        String name = file.getFileName().toString();
        String place = name.substring(0, name.indexOf('-', "colophon-".length()) + 1);
        try (Stream<Path> files = Files.list(file.getParent())) {
            for (Path other : files.toList()) {
                String n = other.getFileName().toString();
                boolean older = n.endsWith(".jsa") && !other.equals(file);
                if (n.startsWith(place) && (older || isLeftOver(n))) {
                    Files.deleteIfExists(other);
                }
            }
        }
    }

    /** A temporary archive whose JVM was killed before it could be moved into place. */
    private static boolean isLeftOver(String name) {
        String[] parts = name.split("\\.");
        if (!name.endsWith(".tmp") || parts.length < 3) {
            return false;
        }
        try {
            return ProcessHandle.of(Long.parseLong(parts[parts.length - 2])).isEmpty();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String hex(String s) {
        // a name, not a security check: HotSpot itself validates the jar and the JVM an archive was written for
        String hex = Integer.toHexString(s.hashCode());
        return "0".repeat(8 - hex.length()) + hex;
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
