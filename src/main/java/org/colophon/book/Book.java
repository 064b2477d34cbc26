package org.colophon.book;

import java.time.Instant;
import org.colophon.typeface.Typeface;
import org.colophon.typeface.Typefaces;
import java.util.List;
import java.util.Optional;

/**
 * The whole book, as every writer sees it: metadata, chapters in reading order, the notes numbered through the
 * book, every image, the cover, the typefaces (one for the text, a monospaced one for code, and the fallback faces
 * for the scripts the text face lacks, in the order they are tried) and the moment the book
 * counts as last modified. The blurb ({@code back-cover} in book.yaml, read into blocks) and the author's photo
 * ({@code author-photo}) are content like the chapters, whichever format shows them: the blurb is set on the back of
 * the print cover and checked by the glyph gate; the photo is shown in "about the author" in both formats and on the
 * back of the cover. It knows nothing of Markdown, EPUB or PDF, nor of a format's settings: the {@code print:}
 * section reaches the writers that read it through {@code BookWriter.configure}.
 */
public record Book(
        Metadata metadata,
        List<Chapter> chapters,
        List<Note> notes,
        List<Image> images,
        Optional<Image> cover,
        Typeface typeface,
        Typeface codeTypeface,
        List<Block> blurb,
        Optional<Image> authorPhoto,
        Instant modified,
        Outline outline,
        List<Typeface> fallbacks) {

    public Book {
        blurb = List.copyOf(blurb);
        fallbacks = List.copyOf(fallbacks);
    }

    public Book(Metadata metadata, List<Chapter> chapters, List<Note> notes, List<Image> images, Optional<Image> cover,
            Typeface typeface, Typeface codeTypeface, List<Block> blurb, Optional<Image> authorPhoto, Instant modified,
            Outline outline) {
        this(metadata, chapters, notes, images, cover, typeface, codeTypeface, blurb, authorPhoto, modified, outline, List.of());
    }

    /**
     * How the chapters are grouped and how deep the EPUB's navigation goes: {@code parts} (none when the book has no
     * parts) and {@code tocDepth}, the heading levels its contents show (1 chapters, 2 sections, 3 subsections);
     * {@code noteNumbering}, whether the notes show their number through the book or within their chapter.
     */
    public record Outline(List<Part> parts, int tocDepth, NoteNumbering noteNumbering) {
        public static final int DEFAULT_TOC_DEPTH = 2;

        public Outline(List<Part> parts, int tocDepth) {
            this(parts, tocDepth, NoteNumbering.BOOK);
        }

        public static Outline flat() {
            return new Outline(List.of(), DEFAULT_TOC_DEPTH);
        }
    }

    /** How notes are numbered where a reader sees them: 1, 2, 3… through the book, or from 1 in each chapter. */
    public enum NoteNumbering {
        BOOK, CHAPTER
    }

    /**
     * The number note {@code number} shows, at its references and before its text, in both formats: {@code number}
     * itself, or its place among its chapter's notes with {@code notes.numbering: chapter}. Ids keep the book's
     * number, which is unique.
     */
    public int noteMark(int number) {
        if (outline.noteNumbering() == NoteNumbering.BOOK) {
            return number;
        }
        String chapter = notes.stream().filter(n -> n.number() == number).map(Note::chapterId).findFirst().orElse(null);
        return chapter == null ? number
                : (int) notes.stream().filter(n -> n.chapterId().equals(chapter) && n.number() <= number).count();
    }

    public Book(Metadata metadata, List<Chapter> chapters, List<Note> notes, List<Image> images, Optional<Image> cover,
            Typeface typeface, Typeface codeTypeface, Instant modified) {
        this(metadata, chapters, notes, images, cover, typeface, codeTypeface, List.of(), Optional.empty(), modified,
                Outline.flat());
    }

    /** A book set in {@code typeface}, with code in Colophon's monospaced face. */
    public Book(Metadata metadata, List<Chapter> chapters, List<Note> notes, List<Image> images, Optional<Image> cover,
            Typeface typeface, Instant modified) {
        this(metadata, chapters, notes, images, cover, typeface, Typefaces.jetBrainsMono(), modified);
    }

    /** The typefaces the book sets text in, text first: the code face only when there is code; then the fallbacks. */
    public List<Typeface> typefaces() {
        List<Typeface> all = new java.util.ArrayList<>(hasCode() ? List.of(typeface, codeTypeface) : List.of(typeface));
        all.addAll(fallbacks);
        return List.copyOf(all);
    }

    /** Whether any chapter or note sets text in the code face (a span, a block, or code, kbd, samp or pre in HTML). */
    public boolean hasCode() {
        boolean[] found = {false};
        new TextRuns(TextRuns.Face.PLAIN, run -> found[0] |= run.face().code() && run.kind() == TextRuns.Kind.WORDS).book(this);
        return found[0];
    }

    /** The same book with other chapters and notes: a part of it, laid out alone. */
    public Book with(List<Chapter> chapters, List<Note> notes) {
        return new Book(metadata, chapters, notes, images, cover, typeface, codeTypeface, blurb, authorPhoto, modified, outline,
                fallbacks);
    }

    /** The parts the chapters are grouped in, in reading order; none when the book has no parts. */
    public List<Part> parts() {
        return outline.parts();
    }

    /** The part that opens with {@code chapter}: its title page comes just before the chapter. */
    public Optional<Part> partOpenedBy(Chapter chapter) {
        return outline.parts().stream().filter(p -> p.chapterIds().get(0).equals(chapter.id())).findFirst();
    }

    public Chapter chapter(String id) {
        return chapters.stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no chapter " + id));
    }
}
