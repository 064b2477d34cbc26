package org.colophon.build;

import java.nio.file.Path;

/**
 * What to build: the manuscript folder, where the files go, which formats, whether to validate them, and whether
 * warnings count as errors ({@code --strict}).
 */
public record BuildRequest(Path manuscript, Path out, Format format, boolean validate, boolean strict) {

    public BuildRequest(Path manuscript, Path out, Format format, boolean validate) {
        this(manuscript, out, format, validate, false);
    }
}
