package org.colophon.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.colophon.output.BookWriter;
import org.colophon.output.Format;

/**
 * The files of one build, one per writer, each written under a temporary name ({@link OutputFile}) and all moved into
 * place together once every one is complete and valid; those not moved are removed as the build ends.
 */
final class Outputs implements AutoCloseable {
    private final Map<Format, OutputFile> files = new LinkedHashMap<>();

    /** {@code stem}: the book's file stem ("an-alliance…"), which each writer names its file from. */
    Outputs(Path folder, String stem, Iterable<BookWriter> writers) throws IOException {
        try {
            for (BookWriter w : writers) {
                files.put(w.format(), new OutputFile(folder.resolve(w.fileName(stem))));
            }
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    OutputFile of(Format format) {
        return files.get(format);
    }

    /** Moves every file into place; where each now is, by format, in the order of the writers. */
    Map<Format, Path> commit() throws IOException {
        Map<Format, Path> placed = new LinkedHashMap<>();
        for (Map.Entry<Format, OutputFile> f : files.entrySet()) {
            f.getValue().commit();
            placed.put(f.getKey(), f.getValue().target());
        }
        return Collections.unmodifiableMap(placed);
    }

    @Override
    public void close() throws IOException {
        for (OutputFile f : files.values()) {
            f.close();
        }
    }
}
