package org.colophon.book;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What part of a book a chapter is, as the author names it ({@code role:} in its front matter or in book.yaml), and
 * what follows from it: where it may stand (Chicago Manual of Style, 1.4) and how EPUB's structural semantics and
 * DPUB-ARIA call it. The one place these facts are spelled.
 */
public enum Role {
    CHAPTER, DEDICATION, EPIGRAPH, FOREWORD, PREFACE, INTRODUCTION, PROLOGUE, EPILOGUE, AFTERWORD, CONCLUSION,
    ACKNOWLEDGEMENTS, APPENDIX, COLOPHON, ABOUT_THE_AUTHOR, ALSO_BY,
    // scholarly apparatus: the chapters Colophon makes of a bibliography and an index (an author may name one so too)
    BIBLIOGRAPHY, INDEX;

    /** The role as an author writes it: {@code about-the-author}. */
    public String written() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Every role as an author writes it, in this order: for messages. */
    public static List<String> allWritten() {
        return Arrays.stream(values()).map(Role::written).toList();
    }

    /** The role an author wrote, in any case; American "acknowledgments" is "acknowledgements". */
    public static Optional<Role> of(String written) {
        String r = written.strip().toLowerCase(Locale.ROOT).replace("acknowledgments", "acknowledgements");
        return Arrays.stream(values()).filter(role -> role.written().equals(r)).findFirst();
    }

    /** A dedication or an epigraph: alone on its page, before the contents when it opens the book, no running head. */
    public boolean standsAlone() {
        return this == DEDICATION || this == EPIGRAPH;
    }

    /** Whether the chapter is front matter when it opens the book (before the first chapter of another role). */
    public boolean opensAsFrontMatter() {
        return standsAlone() || this == FOREWORD || this == PREFACE || this == ACKNOWLEDGEMENTS;
    }

    /** Whether the chapter is back matter when it stands in the body: what follows the text (EPUB's "backmatter"). */
    public boolean isBackMatter() {
        return this == AFTERWORD || this == ACKNOWLEDGEMENTS || this == APPENDIX || this == COLOPHON
                || this == BIBLIOGRAPHY || this == INDEX;
    }

    /**
     * The EPUB structural semantics type (and DPUB-ARIA role, with {@code doc-}): both spell "acknowledgments"
     * without the e, and neither has a term for "about the author" or "also by", which are then sections with their
     * label and no type.
     */
    public Optional<String> structuralType() {
        return switch (this) {
            case ACKNOWLEDGEMENTS -> Optional.of("acknowledgments");
            case ABOUT_THE_AUTHOR, ALSO_BY -> Optional.empty();
            default -> Optional.of(written());
        };
    }
}
