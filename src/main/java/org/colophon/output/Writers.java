package org.colophon.output;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;

/** The installed writers, in the order their formats are listed, fresh for one build. */
public final class Writers {
    private Writers() {
    }

    /** One new writer for each format asked for; {@link Format#ALL} asks for every installed one. */
    public static List<BookWriter> of(Set<Format> formats) {
        List<BookWriter> writers = new ArrayList<>();
        for (BookWriter w : ServiceLoader.load(BookWriter.class, Writers.class.getClassLoader())) {
            if (formats.contains(Format.ALL) || formats.contains(w.format())) {
                writers.add(w);
            }
        }
        return writers;
    }

    /** The names of every installed format, sorted: for help texts and error messages. */
    public static Set<String> names() {
        Set<String> names = new TreeSet<>();
        ServiceLoader.load(BookWriter.class, Writers.class.getClassLoader()).forEach(w -> names.add(w.format().name()));
        return names;
    }
}
