package org.colophon.build;

import java.nio.file.Path;

/** What to build: the manuscript folder, where the files go, which formats, and whether to validate them. */
public record BuildRequest(Path manuscript, Path out, Format format, boolean validate) {
}
