package org.colophon.epub;

import com.adobe.epubcheck.api.EPUBLocation;
import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.api.MasterReport;
import com.adobe.epubcheck.messages.Message;
import com.adobe.epubcheck.messages.Severity;
import com.adobe.epubcheck.util.FeatureEnum;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.colophon.output.Inputs;
import org.colophon.output.Validator;
import org.colophon.typeface.Typefaces;

/**
 * Checks an EPUB with EPUBCheck, the validator the stores run. The first check in a JVM pays for loading
 * EPUBCheck's schemas (seconds); later ones are fast. Each finding is a message of severity warning or worse, e.g.
 * {@code ERROR RSC-005 EPUB/notes.xhtml:12:7: ...}.
 */
public final class EpubValidator implements Validator {
    /** Whether this validator has had EPUBCheck check its sample book. */
    private boolean warm;

    @Override
    public String name() {
        return "EPUBCheck " + version();
    }

    /** Every warning, error and fatal error EPUBCheck reports for {@code epub}; empty when it passes. */
    @Override
    public List<Finding> validate(Path epub) {
        CollectingReport report = new CollectingReport(epub.getFileName().toString());
        new EpubCheck(epub.toFile(), report).doValidate();
        return List.copyOf(report.findings);
    }

    /**
     * Validates a small sample EPUB and throws the result away. EPUBCheck spends seconds, once per process, compiling
     * its schemas; begun on the other core while the manuscript is read, that time leaves the build's critical path.
     * Only the first call does it: after that the schemas are compiled, and a second sample would only spend a core
     * (every build after the first in one JVM, as in the tests, paid a whole EPUBCheck run for it); so a program
     * keeps one validator for all its builds.
     */
    @Override
    public synchronized void warmUp() {
        if (warm) {
            return;
        }
        warm = true;
        try {
            Path sample = Files.createTempFile("colophon-sample", ".epub");
            try {
                try (var out = Files.newOutputStream(sample)) {
                    new EpubWriter().write(SampleBook.of(Typefaces.literata()), Inputs.none(), out);
                }
                validate(sample);
            } finally {
                Files.deleteIfExists(sample);
            }
        } catch (IOException | RuntimeException e) {
            // nothing to report: the real validation meets the same problem and says so
        }
    }

    public static String version() {
        return EpubCheck.version();
    }

    private static final class CollectingReport extends MasterReport {
        final List<Finding> findings = new ArrayList<>();

        CollectingReport(String name) {
            setEpubFileName(name);
        }

        @Override
        public void message(Message message, EPUBLocation location, Object... args) {
            Severity s = message.getSeverity();
            if (s == Severity.WARNING || s == Severity.ERROR || s == Severity.FATAL) {
                String where = location == null ? "" : location.getPath()
                        + (location.getLine() > 0 ? ":" + location.getLine() + ":" + location.getColumn() : "");
                findings.add(new Finding(s.toString(), message.getID().name().replace('_', '-'), where, message.getMessage(args)));
            }
        }

        @Override
        public void info(String resource, FeatureEnum feature, String value) {
            // features (fonts, languages, …) are not problems
        }

        @Override
        public int generate() {
            return 0;
        }

        @Override
        public void initialize() {
            // nothing to set up
        }
    }
}
