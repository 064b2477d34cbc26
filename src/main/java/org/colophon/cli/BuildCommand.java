package org.colophon.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.colophon.diagnostic.LibraryFailure;
import org.colophon.diagnostic.ManuscriptException;
import org.colophon.output.Format;
import org.colophon.output.Writers;
import org.colophon.pipeline.BuildRequest;
import org.colophon.pipeline.BuildResult;
import org.colophon.pipeline.ValidationFailure;
import org.colophon.preflight.Preflight;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code colophon build}: builds the book files of a manuscript and prints a short summary. */
@Command(name = "build", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Builds the EPUB and PDF of the manuscript in MANUSCRIPT_DIR.")
final class BuildCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "MANUSCRIPT_DIR", defaultValue = "manuscript",
            description = "The folder holding book.yaml and the chapters (default: ${DEFAULT-VALUE}).")
    Path manuscript;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "target/book",
            description = "Where the book files go (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "all", split = ",", converter = FormatConverter.class,
            description = "epub, pdf, several separated by commas, or all (default: ${DEFAULT-VALUE}).")
    Set<Format> formats;

    @Option(names = "--no-validate", description = "Skip EPUBCheck (faster; the stores will still run it).")
    boolean noValidate;

    @Option(names = "--strict", description = "Treat warnings as errors.")
    boolean strict;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BuildResult result;
        try {
            result = Main.BOOKS.run(new BuildRequest(manuscript, this.out, formats, !noValidate, strict,
                    BuildRequest.sourceDateEpoch()));
        } catch (ManuscriptException | LibraryFailure | ValidationFailure e) {
            return BuildStopped.report(e, err, "no book file was written or changed");
        }
        result.warnings().forEach(d -> err.println(d));
        summary(out, result);
        if (!result.preflight().isEmpty()) {
            // beside the books, for the author to read before uploading; a failed rule does not fail the build
            // (a short book is no paperback, and an EPUB alone needs no PDF/X): `colophon check` is the gate
            Path report = this.out.resolve("preflight.md");
            Files.writeString(report, Preflight.markdown(manuscript.toString(), result.preflight()));
            out.println("preflight (" + report + "):");
            Preflight.table(result.preflight()).lines().forEach(out::println);   // println flushes
        }
        return Main.OK;
    }

    /** A format an installed writer makes, or "all"; anything else is wrong usage (exit 2). */
    static final class FormatConverter implements CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            Format f = new Format(value);
            if (!f.equals(Format.ALL) && !Writers.names().contains(f.name())) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a format Colophon writes; choose "
                        + String.join(", ", Writers.names()) + " or all");
            }
            return f;
        }
    }

    private static void summary(PrintWriter out, BuildResult r) throws IOException {
        out.println(String.join(", ", count(r.chapters(), "chapter"), count(r.words(), "word"), count(r.notes(), "note"),
                count(r.figures(), "figure")));
        for (Map.Entry<Format, Path> f : r.files().entrySet()) {
            out.printf(Locale.ROOT, "%-5s %s (%s)%n", f.getKey().name(), f.getValue(), size(Files.size(f.getValue())));
        }
        if (r.validation().isEmpty()) {
            out.println("validation: skipped");
        } else {
            r.validation().forEach(v -> out.println("validation: " + v));
        }
        StringBuilder times = new StringBuilder("time:");
        r.stageMillis().forEach((stage, ms) -> times.append(' ').append(stage).append(' ').append(ms).append(" ms,"));
        out.println(times.substring(0, times.length() - 1));
    }

    private static String count(int n, String noun) {
        return String.format(Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
    }

    private static String size(long bytes) {
        return bytes < 1024 * 1024 ? String.format(Locale.ROOT, "%.0f KB", bytes / 1024.0)
                : String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
