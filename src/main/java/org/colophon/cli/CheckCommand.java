package org.colophon.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.colophon.diagnostic.LibraryFailure;
import org.colophon.diagnostic.ManuscriptException;
import org.colophon.output.Format;
import org.colophon.pipeline.BuildRequest;
import org.colophon.pipeline.BuildResult;
import org.colophon.pipeline.ValidationFailure;
import org.colophon.preflight.Preflight;
import org.colophon.preflight.Rule;
import org.colophon.preflight.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code colophon check}: builds every format into a temporary folder (nothing is put in place), checks the files
 * against the chosen stores' rules, prints the table, and exits 1 when a rule fails.
 */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Checks the book against the stores' rules (KDP, IngramSpark, Apple Books, Kobo, Google Play Books).")
final class CheckCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "MANUSCRIPT_DIR", defaultValue = "manuscript",
            description = "The folder holding book.yaml and the chapters (default: ${DEFAULT-VALUE}).")
    Path manuscript;

    @Option(names = "--store", paramLabel = "STORE", defaultValue = "all", split = ",", 
            description = "kdp, ingram, apple, kobo, google, several separated by commas, or all (default: ${DEFAULT-VALUE}).")
    List<String> stores;

    @Option(names = "--no-validate", description = "Skip EPUBCheck (then 'EPUB valid' is not checked).")
    boolean noValidate;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Set<Store> chosen = EnumSet.noneOf(Store.class);
        for (String name : stores) {
            try {
                chosen.addAll(new StoreConverter().convert(name));
            } catch (CommandLine.TypeConversionException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
        }
        Path temp = Files.createTempDirectory("colophon-check");
        try {
            BuildResult result = Main.BOOKS.run(new BuildRequest(manuscript, temp, Set.of(Format.ALL), !noValidate, false,
                    BuildRequest.sourceDateEpoch()));
            result.warnings().forEach(err::println);
            List<Rule> rules = result.preflight().stream().filter(r -> chosen.stream().anyMatch(s -> s.title().equals(r.store()))).toList();
            out.print(Preflight.table(rules));
            long failed = rules.stream().filter(r -> !r.passes()).count();
            out.println(failed == 0 ? "every rule passes" : failed + (failed == 1 ? " rule fails" : " rules fail"));
            return failed == 0 ? Main.OK : Main.MANUSCRIPT_ERRORS;
        } catch (ManuscriptException | LibraryFailure | ValidationFailure e) {
            return BuildStopped.report(e, err, "the book could not be checked");
        } finally {
            try (var files = Files.walk(temp)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** A store name, or "all"; anything else is wrong usage (exit 2). */
    static final class StoreConverter implements CommandLine.ITypeConverter<Set<Store>> {
        @Override
        public Set<Store> convert(String value) {
            if (value.strip().equalsIgnoreCase("all")) {
                return EnumSet.allOf(Store.class);
            }
            try {
                return EnumSet.of(Store.of(value));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a store Colophon checks; choose kdp, ingram,"
                        + " apple, kobo, google or all");
            }
        }
    }
}
