package org.colophon.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A manuscript folder for each test, with its book.yaml written, removed after the test: the set-up that test
 * classes building through the command line had each copied.
 * <pre>{@code
 * @RegisterExtension
 * final ManuscriptExtension m = ManuscriptExtension.withBookYaml(Manuscripts.VALID_YAML);
 *
 * @Test void x() { m.file("one.md", "# One\n"); assertEquals(0, m.build().exit()); }
 * }</pre>
 */
public final class ManuscriptExtension extends Manuscripts implements BeforeEachCallback, AfterEachCallback {
    private final String bookYaml;
    private Path folder;

    private ManuscriptExtension(String bookYaml) {
        this.bookYaml = bookYaml;
    }

    /** Each test starts with this book.yaml in its manuscript folder. */
    public static ManuscriptExtension withBookYaml(String bookYaml) {
        return new ManuscriptExtension(bookYaml);
    }

    /** Each test starts with an empty manuscript folder (it writes its own book.yaml, or tests its absence). */
    public static ManuscriptExtension empty() {
        return new ManuscriptExtension(null);
    }

    /** The manuscript folder as an absolute path, as diagnostics of a build given that path print it. */
    public String shownDir() {
        return dir().toAbsolutePath().toString();
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        folder = Files.createTempDirectory("colophon-test");
        root(folder);
        if (bookYaml != null) {
            file("book.yaml", bookYaml);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
