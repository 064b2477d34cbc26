package org.colophon.build;

/** Which files a build writes. */
public enum Format {
    EPUB, PDF, ALL;

    public boolean epub() {
        return this == EPUB || this == ALL;
    }

    public boolean pdf() {
        return this == PDF || this == ALL;
    }
}
