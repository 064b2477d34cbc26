package org.colophon.pipeline;

import java.nio.file.Path;
import java.util.Set;
import org.colophon.output.Format;

/**
 * What to build: the manuscript folder, where the files go, which formats ({@link Format#ALL} for every one),
 * whether to validate them, and whether warnings count as errors ({@code --strict}).
 */
public record BuildRequest(Path manuscript, Path out, Set<Format> formats, boolean validate, boolean strict) {

    public BuildRequest {
        formats = Set.copyOf(formats);
    }

    public BuildRequest(Path manuscript, Path out, Format format, boolean validate, boolean strict) {
        this(manuscript, out, Set.of(format), validate, strict);
    }

    public BuildRequest(Path manuscript, Path out, Format format, boolean validate) {
        this(manuscript, out, Set.of(format), validate, false);
    }
}
