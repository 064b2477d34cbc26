package org.colophon.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.colophon.diagnostic.Diagnostic;
import org.colophon.output.Format;
import org.colophon.preflight.Rule;

/**
 * What a successful build made: the files (in the order of their formats), the book's figures, the warnings, what
 * validation said, how long each stage took, and each store's rules checked on the files.
 */
public record BuildResult(
        Map<Format, Path> files,
        int chapters,
        int words,
        int notes,
        int figures,
        List<Diagnostic> warnings,
        List<String> validation,
        Map<String, Long> stageMillis,
        List<Rule> preflight) {
}
