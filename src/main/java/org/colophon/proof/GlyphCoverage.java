package org.colophon.proof;

import java.util.List;
import java.util.Map;
import org.colophon.book.Block;
import org.colophon.book.Book;
import org.colophon.book.Chapter;
import org.colophon.book.Inline;
import org.colophon.book.TextRuns;
import org.colophon.book.BookText;
import org.colophon.book.Metadata;
import org.colophon.diagnostic.Diagnostics;
import org.colophon.diagnostic.SourcePosition;
import org.colophon.typeface.FontFace;
import org.colophon.typeface.Typeface;

/**
 * The glyph gate: before anything is written, every character that either output will draw is looked up in the face
 * that will draw it (regular, italic, bold or bold italic, from the emphasis around it and the style of the place it
 * is set in), else in the book's fallback faces, in their order, as both writers set it. A glyph none of them has is
 * an error where the character stands, never a silent fallback to a font the book does not name.
 */
public final class GlyphCoverage {

    private final Typeface typeface;
    private final Typeface code;
    private final List<Typeface> fallbacks;
    private final Diagnostics diagnostics;
    /** What the gate finds, reported once the whole book is checked, grouped per file. */
    private final MissingGlyphs missing;

    /** A gate for text set in {@code typeface} and code set in {@code code}, either completed by {@code fallbacks}. */
    public GlyphCoverage(Typeface typeface, Typeface code, List<Typeface> fallbacks, String language, Diagnostics diagnostics) {
        this.typeface = typeface;
        this.code = code;
        this.fallbacks = List.copyOf(fallbacks);
        this.diagnostics = diagnostics;
        this.missing = new MissingGlyphs(!fallbacks.isEmpty(), language);
    }

    /** A gate for text set in {@code typeface} and code set in {@code code}. */
    public GlyphCoverage(Typeface typeface, Typeface code, Diagnostics diagnostics) {
        this(typeface, code, List.of(), "en", diagnostics);
    }

    /** A gate for the book's own typefaces and fallbacks. */
    public GlyphCoverage(Book book, Diagnostics diagnostics) {
        this(book.typeface(), book.codeTypeface(), book.fallbacks(), book.metadata().language(), diagnostics);
    }

    /** A gate for text set in {@code typeface}, code in Colophon's monospaced face. */
    public GlyphCoverage(Typeface typeface, Diagnostics diagnostics) {
        this(typeface, org.colophon.typeface.Typefaces.jetBrainsMono(), diagnostics);
    }

    /** Whether {@code face} of the typeface has a glyph for the code point. */
    public boolean covers(FontFace face, int codePoint) {
        return face.covers(codePoint);
    }

    /**
     * Checks the whole book. {@code metadataAt} gives where book.yaml's values stand, for the title page, the running
     * heads and the copyright page.
     */
    public void check(Book book, Map<String, SourcePosition> metadataAt) {
        new TextRuns(TextRuns.Face.PLAIN, this::run).book(book);
        new TextRuns(TextRuns.Face.PLAIN, this::run).blocks(book.blurb());   // the blurb on the back of the print cover
        drawings(book);
        for (Chapter c : book.chapters()) {
            // a chapter's title is also set in the contents (regular) and in running heads (italic)
            text(c.title(), headingPosition(c), false, false);
            text(c.title(), headingPosition(c), false, true);
        }
        Metadata m = book.metadata();
        // a part's number and title: bold on its page, regular in the contents, italic in a running head
        for (org.colophon.book.Part p : book.parts()) {
            for (boolean[] face : new boolean[][] {{true, false}, {false, true}, {false, false}}) {
                text(p.label(m.labels()), metadataAt.getOrDefault("chapters", SourcePosition.NONE), face[0], face[1]);
            }
        }
        SourcePosition title = metadataAt.getOrDefault("title", SourcePosition.NONE);
        text(m.title(), title, true, false);
        text(m.title(), title, false, true);
        text(m.title(), title, false, false);
        m.subtitle().ifPresent(s -> text(s, metadataAt.getOrDefault("subtitle", SourcePosition.NONE), false, true));
        for (String author : m.authors()) {
            text(author, metadataAt.getOrDefault("authors", SourcePosition.NONE), false, false);
        }
        for (String key : List.of("publisher", "rights", "edition", "identifier", "isbn", "date")) {
            String value = switch (key) {
                case "publisher" -> m.publisher();
                case "rights" -> m.rights();
                case "edition" -> m.edition().orElse("");
                case "identifier" -> m.identifier();
                case "isbn" -> m.isbn().orElse("");
                default -> m.displayDate();
            };
            text(value, metadataAt.getOrDefault(key, SourcePosition.NONE), false, false);
        }
        SourcePosition notesTitle = metadataAt.getOrDefault("notes-title", SourcePosition.NONE);
        for (boolean[] face : new boolean[][] {{true, false}, {false, true}, {false, false}}) {
            text(m.notesTitle(), notesTitle, face[0], face[1]);
        }
        // the words Colophon sets itself, from the book's catalogue and book.yaml's labels: headings bold, text regular
        SourcePosition labelsAt = metadataAt.getOrDefault("labels", metadataAt.getOrDefault("language", SourcePosition.NONE));
        boolean sceneBreaks = hasSceneBreak(book);
        for (Map.Entry<String, String> label : m.labels().all().entrySet()) {
            // the ornament is drawn only where a chapter has a scene break: a face without ⁂ may set a book with none
            if (!label.getKey().startsWith("date-") && (sceneBreaks || !label.getKey().equals("scene-break"))) {
                String words = label.getValue().replaceAll("\\{\\d}", "");
                text(words, labelsAt, true, false);
                text(words, labelsAt, false, false);
            }
        }
        missing.report(diagnostics);
    }

    private static boolean hasSceneBreak(Book book) {
        boolean[] found = {false};
        new org.colophon.book.Traversal() {
            @Override
            public void visit(Block.ThematicBreak thematicBreak) {
                found[0] = true;
            }
        }.book(book);
        return found[0];
    }

    private static SourcePosition headingPosition(Chapter c) {
        return c.headings().stream().findFirst().flatMap(h -> h.content().stream()
                .filter(i -> i instanceof Inline.Text).map(i -> ((Inline.Text) i).at()).findFirst())
                .orElse(SourcePosition.file(c.sourcePath()));
    }

    /** Checks each drawn run in the face {@link TextRuns} says it is set in. */
    private void run(TextRuns.Run run) {
        if (run.drawn()) {
            TextRuns.Face face = run.face();
            text(face.code() ? code : typeface, run.text(), run.at(), face.bold(), face.italic());
        }
    }

    /** The text of the SVG figures, which the drawings set themselves, in the book's regular face. */
    private void drawings(Book book) {
        for (Block.Figure figure : BookText.figures(book)) {
            if (figure.image().mediaType().equals("image/svg+xml")) {
                svgText(figure);
            }
        }
    }

    private void text(String text, SourcePosition at, boolean bold, boolean italic) {
        text(typeface, text, at, bold, italic);
    }

    private void text(Typeface typeface, String text, SourcePosition at, boolean bold, boolean italic) {
        FontFace face = typeface.face(bold, italic);
        int line = at.line();
        int column = at.column();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (cp == '\n') {
                line++;
                column = 1;
            } else {
                if (drawn(cp) && !covers(face, cp) && !inFallback(cp, bold, italic)) {
                    String message = String.format("'%s' (U+%04X) has no glyph in %s %s%s", new String(Character.toChars(cp)), cp,
                            typeface.family(), face.styleName(), fallbacks.isEmpty() ? "" : " nor in the fallback faces ("
                                    + String.join(", ", fallbacks.stream().map(Typeface::family).toList()) + ")");
                    SourcePosition where = at.line() > 0 ? new SourcePosition(at.path(), line, column) : at;
                    missing.add(where, cp, typeface.family() + " " + face.styleName(), message);
                }
                column++;
            }
            i += Character.charCount(cp);
        }
    }

    /** Whether a fallback face has the character, in the style it sets it in. */
    private boolean inFallback(int cp, boolean bold, boolean italic) {
        for (Typeface f : fallbacks) {
            if (f.covers(cp, bold, italic)) {
                return true;
            }
        }
        return false;
    }

    /** The text of an SVG figure, set in the regular face: a missing glyph is an error at the image, naming the drawing. */
    private void svgText(Block.Figure figure) {
        String text = org.colophon.manuscript.SvgFiles.text(figure.image().file());
        FontFace face = typeface.face(false, false);
        text.codePoints().filter(cp -> drawn(cp) && !covers(face, cp)).distinct().forEach(cp -> {
            String message = String.format("'%s' (U+%04X) in the text of the drawing '%s' has no glyph in %s %s, the face "
                    + "Colophon sets a drawing's text in", new String(Character.toChars(cp)), cp,
                    figure.image().file().getFileName(), typeface.family(), face.styleName());
            missing.addOnce(figure.at(), cp, typeface.family() + " " + face.styleName(), message);
        });
    }

    /** Spaces, controls and invisible format characters (warned about on loading) need no glyph. */
    private static boolean drawn(int cp) {
        int type = Character.getType(cp);
        return !Character.isWhitespace(cp) && !Character.isISOControl(cp) && type != Character.FORMAT
                && type != Character.LINE_SEPARATOR && type != Character.PARAGRAPH_SEPARATOR;
    }
}
