package org.colophon.cli;

import java.io.PrintWriter;
import java.util.OptionalInt;
import org.colophon.pipeline.BookBuild;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code java -jar colophon.jar build [MANUSCRIPT_DIR] [--out DIR] [--format epub|pdf|all]}.
 * Exit codes (as in README.md): 0 built, 1 the manuscript has errors, 2 wrong usage, 70 an internal error in Colophon
 * or a library it uses (never the author's mistake; a written file failing its validator is one too), 130 stopped by
 * Ctrl-C (SIGINT), 143 stopped by SIGTERM: 128 plus the signal's number, as for any program a signal ends. No stack
 * trace reaches the author unless {@code COLOPHON_TRACE=1}.
 */
@Command(name = "colophon", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Builds a valid, accessible EPUB 3 and a print-ready PDF from one Markdown manuscript.",
        subcommands = {BuildCommand.class, CheckCommand.class})
public final class Main implements Runnable {
    public static final int OK = 0;
    public static final int MANUSCRIPT_ERRORS = 1;
    public static final int USAGE = 2;
    /** sysexits.h's EX_SOFTWARE: Colophon or a library failed on a manuscript that passed every check. */
    public static final int INTERNAL_ERROR = 70;
    /** Stopped by Ctrl-C: 128 + SIGINT, what the JVM itself returns then. */
    public static final int INTERRUPTED = 130;

    /** Builds for every command run in this JVM: a build after the first (the tests run hundreds) finds EPUBCheck warm. */
    static final BookBuild BOOKS = new BookBuild();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        Launcher.started();
        OptionalInt tuned;
        try {
            tuned = Launcher.runInTunedJvm(args);
        } catch (RuntimeException e) {
            System.err.println("colophon: internal error in the launcher (" + e + "). This is a bug in Colophon;"
                    + " set COLOPHON_INLINE=1 to build without the launcher.");
            tuned = OptionalInt.of(INTERNAL_ERROR);
        }
        if (tuned.isPresent()) {
            System.exit(tuned.getAsInt());
        }
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs the command line with the given streams; returns the exit code (for tests, without exiting). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parsed) -> internalError(e, err));
        try {
            return cli.execute(args);
        } catch (Error e) {   // picocli hands exceptions to the handler above; an Error (a missing class, no memory) comes here
            return internalError(e, err);
        }
    }

    /** The last net: whatever escaped the build is reported in a line, as the fault it is, and exits 70. */
    static int internalError(Throwable e, PrintWriter err) {
        String message = e.getMessage() == null ? "" : ": " + e.getMessage().strip().lines().findFirst().orElse("");
        err.println("colophon: internal error: " + e.getClass().getSimpleName() + message);
        err.println("no book file was written or changed. This is a bug in Colophon, not a mistake in the manuscript:"
                + " please report it with this output (COLOPHON_TRACE=1 adds the stack trace).");
        if (System.getenv("COLOPHON_TRACE") != null) {
            e.printStackTrace(err);
        }
        return INTERNAL_ERROR;
    }

    @Override
    public void run() {
        // "colophon" alone is wrong usage: picocli prints this message and the usage
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: try 'colophon build manuscript'");
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"colophon " + (v == null ? "(development)" : v)};
        }
    }
}
