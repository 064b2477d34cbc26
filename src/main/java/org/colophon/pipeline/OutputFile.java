package org.colophon.pipeline;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An output written beside its target under a temporary name and moved into place only when complete and
 * accepted: a failed or interrupted build leaves the previous good file untouched and no partial file behind.
 * The temporary name carries the writing process's id ({@code .book.epub.PID.RANDOM.part}), so that builds
 * into the same folder at once never share or remove each other's files. A build stopped by a signal removes its
 * temporary files as the JVM shuts down; one killed outright leaves a {@code .part} file that a later build of the
 * same book removes, once no process of that id is running.
 */
final class OutputFile implements AutoCloseable {
    private static final Set<Path> UNFINISHED = ConcurrentHashMap.newKeySet();
    private static final long PID = ProcessHandle.current().pid();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> UNFINISHED.forEach(p -> {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                // the JVM is going away; the next build removes what is left
            }
        }), "colophon-cleanup"));
    }

    private final Path target;
    private final Path temp;
    private boolean committed;

    OutputFile(Path target) throws IOException {
        this.target = target;
        Files.createDirectories(target.toAbsolutePath().getParent());
        removeLeftovers(target);
        this.temp = Files.createTempFile(target.toAbsolutePath().getParent(), "." + target.getFileName() + "." + PID + ".", ".part");
        UNFINISHED.add(temp);
        // a temporary file is private (rw-------); a book is an ordinary file that others may read
        if (Files.getFileAttributeView(temp, PosixFileAttributeView.class) != null) {
            Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    Path target() {
        return target;
    }

    Path temp() {
        return temp;
    }

    OutputStream open() throws IOException {
        return Files.newOutputStream(temp);
    }

    /** Moves the finished file into place, atomically where the file system allows. */
    void commit() throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
        UNFINISHED.remove(temp);
    }

    /**
     * Removes the temporary files an earlier build of the same target left when it was killed: those of this process
     * that no build here is writing, those of a process that is gone, and those named before names carried an id.
     */
    private static void removeLeftovers(Path target) throws IOException {
        String prefix = "." + target.getFileName();
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(target.toAbsolutePath().getParent(), prefix + "*.part")) {
            for (Path p : parts) {
                long writer = writer(p.getFileName().toString(), prefix);
                boolean anotherBuildIsWriting = writer != PID && writer > 0 && ProcessHandle.of(writer).isPresent();
                if (!UNFINISHED.contains(p) && !anotherBuildIsWriting) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** The process id in {@code PREFIX.PID.RANDOM.part}, or -1 for a name without one. */
    static long writer(String fileName, String prefix) {
        String[] parts = fileName.substring(prefix.length()).split("\\.");
        if (parts.length == 4 && parts[0].isEmpty() && parts[1].matches("\\d{1,18}")) {
            return Long.parseLong(parts[1]);
        }
        return -1;
    }

    /** Removes the temporary file unless it was committed. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            Files.deleteIfExists(temp);
            UNFINISHED.remove(temp);
        }
    }
}
