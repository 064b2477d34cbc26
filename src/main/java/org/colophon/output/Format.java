package org.colophon.output;

import java.util.Locale;

/**
 * A kind of book file, by the name an author gives on the command line ({@code --format epub,pdf}); each is made by
 * one {@link BookWriter}. {@link #ALL} asks for every format a writer is installed for.
 */
public record Format(String name) {
    public static final Format EPUB = new Format("epub");
    public static final Format PDF = new Format("pdf");
    public static final Format ALL = new Format("all");

    public Format {
        name = name.strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return name;
    }
}
