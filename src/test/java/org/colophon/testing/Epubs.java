package org.colophon.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Reads an EPUB's entries, in zip order, from any file system (the disk's, or a test's in memory) or from bytes. */
public final class Epubs {
    private Epubs() {
    }

    public static Map<String, byte[]> entries(Path epub) throws IOException {
        try (InputStream in = Files.newInputStream(epub)) {
            return entries(in);
        }
    }

    public static Map<String, byte[]> entries(byte[] epub) throws IOException {
        return entries(new ByteArrayInputStream(epub));
    }

    private static Map<String, byte[]> entries(InputStream epub) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(epub)) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null;) {
                files.put(e.getName(), zip.readAllBytes());
            }
        }
        return files;
    }
}
