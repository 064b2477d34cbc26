package org.colophon.output;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.colophon.diagnostic.Diagnostic;

/**
 * What a writer tells of the file it wrote: the problems it saw that do not stop the build (an image that prints soft,
 * say), the milliseconds each step of its writing took (in order, for the build's summary), the pages of a paged
 * format, and the manuscript file each document inside the written file was made from (so that a validator's finding
 * leads a bug report to the Markdown at fault).
 */
public record Written(List<Diagnostic> warnings, Map<String, Long> timings, Optional<Pages> pages,
        Map<String, String> madeFrom) {

    public Written {
        warnings = List.copyOf(warnings);
        timings = Collections.unmodifiableMap(new LinkedHashMap<>(timings));
        madeFrom = Map.copyOf(madeFrom);
    }

    /** A file without pages whose parts name no manuscript file. */
    public static Written of(List<Diagnostic> warnings, Map<String, Long> timings) {
        return new Written(warnings, timings, Optional.empty(), Map.of());
    }

    public Written withPages(Pages pages) {
        return new Written(warnings, timings, Optional.of(pages), madeFrom);
    }

    /** {@code madeFrom}: by the name of a document inside the file ("EPUB/one.xhtml"), the chapter file it was made from. */
    public Written withSources(Map<String, String> madeFrom) {
        return new Written(warnings, timings, pages, madeFrom);
    }

    /** A validator's finding as a bug report shows it, with the chapter file behind it: "… (made from 01-intro.md)". */
    public String explain(Validator.Finding finding) {
        return madeFrom.entrySet().stream().filter(e -> finding.in(e.getKey())).findFirst()
                .map(e -> finding + " (made from " + e.getValue() + ")").orElse(finding.toString());
    }

    /**
     * The pages of a paged format: how many there are, and where each page that begins inside the book's text (a
     * chapter, a part's title page, a note) begins, in page order; pages Colophon makes itself (title, contents, blank
     * pages) have no start.
     */
    public record Pages(int count, List<PageStart> starts) {
        public Pages {
            starts = List.copyOf(starts);
        }
    }
}
