package org.colophon.manuscript;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Resolves the paths a manuscript names, and keeps them inside the manuscript folder: chapters come from many
 * hands, and a build must never read what the manuscript is not entitled to (an absolute path, "../..", a
 * symbolic link pointing out). Also turns paths into the short form diagnostics print.
 */
public final class ManuscriptPaths {
    private final Path root;
    private final Path realRoot;
    private final String displayRoot;
    private final String what;

    /**
     * @param root the folder no path may leave
     * @param what how an author calls that folder, for messages ("the manuscript folder")
     */
    public ManuscriptPaths(Path root, String what) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.realRoot = this.root.toRealPath();
        this.displayRoot = display(this.root);
        this.what = what;
    }

    /** The path of a file in the manuscript as diagnostics print it: relative to where the user runs Colophon. */
    public String display(String relative) {
        return displayRoot.isEmpty() ? relative : displayRoot + "/" + relative;
    }

    public String display(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path cwd = file.getFileSystem().getPath("").toAbsolutePath();   // the file's own file system (tests use one in memory)
        String shown = abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
        return shown.replace('\\', '/');
    }

    public Path root() {
        return root;
    }

    /** Why a path may not be used, or empty when it names a file inside the manuscript. */
    public Optional<String> refusal(Path base, String name) {
        if (name.isEmpty()) {
            return Optional.of("the path is empty");
        }
        if (name.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*") && !name.matches("^[A-Za-z]:[\\\\/].*")) {
            return Optional.of("'" + name + "' is a remote or non-file address; builds are offline and repeatable, "
                    + "so copy the file into the manuscript folder and give its relative path");
        }
        Path p;
        try {
            p = base.getFileSystem().getPath(name);
        } catch (InvalidPathException e) {
            return Optional.of("'" + name + "' is not a valid path");
        }
        if (p.isAbsolute() || name.startsWith("/") || name.startsWith("\\")) {
            return Optional.of("'" + name + "' is an absolute path; give a path relative to " + folderOf(base));
        }
        Path resolved = base.resolve(p).toAbsolutePath().normalize();
        if (!resolved.startsWith(root)) {
            return Optional.of("'" + name + "' leaves " + what + "; keep every file the book uses inside it");
        }
        if (Files.exists(resolved)) {
            try {
                if (!resolved.toRealPath().startsWith(realRoot)) {
                    return Optional.of("'" + name + "' is a link to a file outside " + what + "; copy the file in instead");
                }
            } catch (IOException e) {
                return Optional.of("'" + name + "' cannot be read: " + e.getMessage());
            }
        }
        return Optional.empty();
    }

    /**
     * The folder a relative path starts from, as an author reads it: a chapter's links and images start from the
     * chapter's own folder ("docs/"), which a site generator's absolute paths ("/docs/b/") do not show.
     */
    private String folderOf(Path base) {
        Path folder = base.toAbsolutePath().normalize();
        if (folder.equals(root) || !folder.startsWith(root)) {
            return "the manuscript folder";
        }
        return "the folder of the file that names it (" + root.relativize(folder).toString().replace('\\', '/') + "/)";
    }

    /** Resolves a path already checked with {@link #refusal}. */
    public Path resolve(Path base, String name) {
        return base.resolve(name).toAbsolutePath().normalize();
    }
}
