package org.colophon.build;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * An output written beside its target under a temporary name and moved into place only when complete and
 * accepted: a failed or interrupted build leaves the previous good file untouched and no partial file behind.
 */
final class OutputFile implements AutoCloseable {
    private final Path target;
    private final Path temp;
    private boolean committed;

    OutputFile(Path target) throws IOException {
        this.target = target;
        Files.createDirectories(target.toAbsolutePath().getParent());
        this.temp = Files.createTempFile(target.toAbsolutePath().getParent(), "." + target.getFileName(), ".part");
        // a temporary file is private (rw-------); a book is an ordinary file that others may read
        if (Files.getFileAttributeView(temp, PosixFileAttributeView.class) != null) {
            Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
        }
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
    }

    /** Removes the temporary file unless it was committed. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            Files.deleteIfExists(temp);
        }
    }
}
