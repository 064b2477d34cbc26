package org.colophon.output;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;

/** The installed writers, in the order their formats are listed, fresh for one build. */
public final class Writers {
    private Writers() {
    }

    /**
     * One new writer for each format asked for and each format those need ({@link BookWriter#needs}), every writer
     * after the ones it needs and after those it {@link BookWriter#uses} that are built too; {@link Format#ALL} asks
     * for every installed one.
     */
    public static List<BookWriter> of(Set<Format> formats) {
        Map<Format, BookWriter> installed = new LinkedHashMap<>();
        for (BookWriter w : ServiceLoader.load(BookWriter.class, Writers.class.getClassLoader())) {
            installed.putIfAbsent(w.format(), w);
        }
        List<BookWriter> ordered = new ArrayList<>();
        for (BookWriter w : installed.values()) {
            if (formats.contains(Format.ALL) || formats.contains(w.format())) {
                add(w, installed, ordered, new ArrayList<>());
            }
        }
        // a writer that uses a format which is built goes after it (no writer uses one that uses it back)
        List<BookWriter> built = new ArrayList<>(ordered);
        List<BookWriter> reordered = new ArrayList<>();
        for (BookWriter w : built) {
            for (BookWriter used : built) {
                if (w.uses().contains(used.format()) && !reordered.contains(used)) {
                    reordered.add(used);
                }
            }
            if (!reordered.contains(w)) {
                reordered.add(w);
            }
        }
        return reordered;
    }

    /** Adds {@code w} after what it needs, depth first; {@code path} holds the formats being added, to see a cycle. */
    private static void add(BookWriter w, Map<Format, BookWriter> installed, List<BookWriter> ordered, List<Format> path) {
        if (ordered.contains(w)) {
            return;
        }
        if (path.contains(w.format())) {
            throw new IllegalStateException("writers need each other in a cycle: " + path + " -> " + w.format());
        }
        path.add(w.format());
        for (Format f : new TreeSet<>(w.needs().stream().map(Format::name).toList()).stream().map(Format::new).toList()) {
            BookWriter needed = installed.get(f);
            if (needed == null) {
                throw new IllegalStateException(w.format() + " needs " + f + ", which no installed writer makes");
            }
            add(needed, installed, ordered, path);
        }
        path.remove(path.size() - 1);
        ordered.add(w);
    }

    /** The names of every installed format, sorted: for help texts and error messages. */
    public static Set<String> names() {
        Set<String> names = new TreeSet<>();
        ServiceLoader.load(BookWriter.class, Writers.class.getClassLoader()).forEach(w -> names.add(w.format().name()));
        return names;
    }
}
