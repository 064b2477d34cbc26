package org.colophon.pipeline;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.colophon.output.Format;

/**
 * What to build: the manuscript folder, where the files go, which formats ({@link Format#ALL} for every one),
 * whether to validate them, whether warnings count as errors ({@code --strict}), and the date the books carry (for
 * the same bytes from the same manuscript: SOURCE_DATE_EPOCH, or Maven's {@code project.build.outputTimestamp});
 * without one, the manuscript's last change.
 */
public record BuildRequest(Path manuscript, Path out, Set<Format> formats, boolean validate, boolean strict,
        Optional<Instant> date) {

    public BuildRequest {
        formats = Set.copyOf(formats);
    }

    /** A request dated by SOURCE_DATE_EPOCH when it is set, as the command line builds. */
    public BuildRequest(Path manuscript, Path out, Set<Format> formats, boolean validate, boolean strict) {
        this(manuscript, out, formats, validate, strict, sourceDateEpoch());
    }

    public BuildRequest(Path manuscript, Path out, Format format, boolean validate, boolean strict) {
        this(manuscript, out, Set.of(format), validate, strict);
    }

    public BuildRequest(Path manuscript, Path out, Format format, boolean validate) {
        this(manuscript, out, Set.of(format), validate, false);
    }

    /** The time SOURCE_DATE_EPOCH gives (reproducible-builds.org), if it is set to a number of seconds. */
    public static Optional<Instant> sourceDateEpoch() {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch != null && epoch.matches("\\d{1,12}")) {
            return Optional.of(Instant.ofEpochSecond(Long.parseLong(epoch)));
        }
        return Optional.empty();
    }
}
