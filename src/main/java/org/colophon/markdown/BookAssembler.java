package org.colophon.markdown;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.colophon.book.Ids;
import org.colophon.book.Book;
import org.colophon.book.Chapter;
import org.colophon.book.Image;
import org.colophon.book.Note;
import org.colophon.book.Part;
import org.colophon.book.Role;
import org.colophon.diagnostic.Diagnostics;
import org.colophon.diagnostic.SourcePosition;
import org.colophon.manuscript.ChapterFrontMatter;
import org.colophon.manuscript.UnknownFrontMatterKeys;
import org.colophon.manuscript.ImageFiles;
import org.colophon.manuscript.Manuscript;
import org.colophon.manuscript.PartSource;
import org.colophon.manuscript.SourceFile;
import org.colophon.text.Texts;
import org.colophon.typeface.Typeface;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Turns a loaded manuscript into the one {@link Book} every writer reads: parses each chapter with
 * CommonMark-java, numbers the notes through the book, gives every heading a unique id and registers each image once.
 */
public final class BookAssembler {
    private final Diagnostics diagnostics;
    private final Parser parser = Parser.builder()
            .extensions(List.of(FootnotesExtension.builder().inlineFootnotes(true).build(), TablesExtension.create(),
                    StrikethroughExtension.create(), org.commonmark.ext.image.attributes.ImageAttributesExtension.create()))
            .customBlockParserFactory(new FencedDivs.Factory())
            .customBlockParserFactory(new TexMath.BlockFactory())
            .customInlineContentParserFactory(new TexMath.InlineFactory())
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    private long parseNanos;
    private long highlightMillis;

    public BookAssembler(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** Time spent in CommonMark's parser itself during {@link #assemble}, the rest being our model. */
    public long parseMillis() {
        return parseNanos / 1_000_000;
    }

    /** Time spent highlighting code during {@link #assemble}. */
    public long highlightMillis() {
        return highlightMillis;
    }

    /** The book of {@code manuscript}, set in the typefaces its book.yaml names (else Colophon's own). */
    public Book assemble(Manuscript manuscript, java.time.Instant modified) {
        return assemble(manuscript, manuscript.typefaces().text(), modified);
    }

    /** The book of {@code manuscript} with its text set in {@code typeface}; code and fallbacks as book.yaml says. */
    public Book assemble(Manuscript manuscript, Typeface typeface, java.time.Instant modified) {
        BookState state = new BookState(manuscript, diagnostics);
        Map<Path, String> chapterIds = new LinkedHashMap<>();
        for (SourceFile source : manuscript.chapters()) {
            chapterIds.put(source.file(), state.uniqueId(chapterId(source.file())));
        }
        state.chapterIds.putAll(chapterIds);
        chapterIds.values().forEach(id -> state.claimId(Ids.notesSubhead(id)));   // the subhead of its notes (EndNotes)
        List<Part> parts = parts(manuscript, state, chapterIds);
        List<Chapter> chapters = new ArrayList<>();
        UnknownFrontMatterKeys unknownKeys = new UnknownFrontMatterKeys();
        // every chapter is parsed before any is converted: the citations are known before the first is rendered
        List<ChapterFrontMatter> fronts = new ArrayList<>();
        List<Node> documents = new ArrayList<>();
        Map<Node, String> documentIds = new java.util.IdentityHashMap<>();
        for (SourceFile source : manuscript.chapters()) {
            long start = System.nanoTime();
            ChapterFrontMatter front = withRole(ChapterFrontMatter.read(source, diagnostics, unknownKeys), source, manuscript);
            Node document = parser.parse(front.body());
            parseNanos += System.nanoTime() - start;
            fronts.add(front);
            documents.add(document);
            documentIds.put(document, chapterIds.get(source.file()));
        }
        state.citations = BookCitations.of(manuscript, documents, documentIds, state).orElse(null);
        for (int i = 0; i < documents.size(); i++) {
            SourceFile source = manuscript.chapters().get(i);
            state.crossRefs.startChapter(fronts.get(i).role().orElse(org.colophon.book.Role.CHAPTER) == org.colophon.book.Role.CHAPTER);
            chapters.add(new ChapterConverter(state, source, chapterIds.get(source.file()), fronts.get(i)).convert(documents.get(i)));
        }
        if (state.citations != null && state.citations.citesAnything() && !state.citations.placedByAuthor) {
            chapters.add(state.citations.chapter(state, manuscript.metadata().labels(), manuscript.paths().display("book.yaml")));
        }
        state.crossRefs.check(chapters, diagnostics);
        if (!state.index.isEmpty()) {
            chapters.add(state.index.chapter(manuscript.metadata().language(), manuscript.metadata().labels(),
                    manuscript.paths().display("book.yaml")));
        }
        unknownKeys.report(diagnostics);
        state.unbound.report(diagnostics);
        state.directives.report(diagnostics);
        state.code.report();
        highlightMillis += state.code.millis();
        checkLinks(state, chapters);
        Optional<Image> cover = manuscript.cover().flatMap(file -> state.image(file, "cover", manuscript.coverPosition()));
        // the photo is the cover's alone, unless an "about the author" chapter shows it too (in both books)
        boolean aboutTheAuthor = chapters.stream().anyMatch(c -> c.role() == Role.ABOUT_THE_AUTHOR);
        Optional<Image> authorPhoto = manuscript.authorPhoto().flatMap(file -> aboutTheAuthor
                ? state.image(file, "author photo", manuscript.metadataPositions().getOrDefault("author-photo", SourcePosition.NONE))
                : state.printOnly(file, "author photo",
                manuscript.metadataPositions().getOrDefault("author-photo", SourcePosition.NONE)));
        return new Book(manuscript.metadata(), List.copyOf(chapters), state.notes(), List.copyOf(state.images.values()),
                cover, typeface, manuscript.typefaces().code(),
                manuscript.backCover().map(new BlurbConverter(manuscript.metadata().language())::convert).orElse(List.of()),
                authorPhoto, modified,
                new Book.Outline(parts, manuscript.tocDepth(), manuscript.noteNumbering()), manuscript.typefaces().fallbacks());
    }

    /** The parts, numbered from 1, each with an id no chapter or heading takes ({@code part-1}…). */
    private static List<Part> parts(Manuscript manuscript, BookState state, Map<Path, String> chapterIds) {
        List<Part> parts = new ArrayList<>();
        for (PartSource p : manuscript.parts()) {
            List<String> ids = p.files().stream().map(chapterIds::get).filter(java.util.Objects::nonNull).toList();
            if (!ids.isEmpty()) {
                String id = state.uniqueId(Ids.part(parts.size() + 1));
                state.claimId(Ids.partHeading(id));
                parts.add(new Part(id, p.title(), parts.size() + 1, ids));
            }
        }
        return List.copyOf(parts);
    }

    /**
     * The chapter's front matter with the role book.yaml gives it, which wins; when the two disagree, the author
     * hears of it at the front matter's role.
     */
    private ChapterFrontMatter withRole(ChapterFrontMatter front, SourceFile source, Manuscript manuscript) {
        Role role = manuscript.roles().get(source.file());
        if (role == null) {
            return front;
        }
        if (front.role().isPresent() && front.role().get() != role) {
            diagnostics.warning(source.at(1, 1), "the front matter's role '" + front.role().get().written() + "' gives way to book.yaml's '"
                    + role.written() + "' for this chapter; keep one of them");
        }
        return new ChapterFrontMatter(front.title(), front.lang(), Optional.of(role), front.body());
    }

    /** A link to a heading, checked once every chapter's headings are known. */
    record PendingLink(String chapterId, String fragment, String written, SourcePosition at) {
    }

    /** A heading text used twice in a chapter: where the first and the second stand, and the id the second got. */
    record SharedAnchor(SourcePosition first, SourcePosition second, String secondId) {
    }

    private void checkLinks(BookState state, List<Chapter> chapters) {
        Map<String, Chapter> byId = new HashMap<>();
        chapters.forEach(c -> byId.put(c.id(), c));
        for (PendingLink link : state.linksToCheck) {
            SharedAnchor shared = state.sharedAnchors.get(link.chapterId() + "#" + link.fragment());
            if (shared != null) {
                diagnostics.warning(link.at(), "link to '" + link.written() + "' is ambiguous: two headings of "
                        + shared.first().path() + " have that id, at lines " + shared.first().line() + " and "
                        + shared.second().line() + "; it goes to the first (link to #" + shared.secondId()
                        + " for the second, or give one heading an id of its own: {#an-id})");
            }
            Chapter target = byId.get(link.chapterId());
            if (target != null && !target.hasAnchor(link.fragment())) {
                diagnostics.error(link.at(), "link to '" + link.written() + "' names no heading or anchor of "
                        + target.sourcePath() + AnchorHints.hint(link.fragment(), target.anchors()));
            }
        }
    }

    private static String chapterId(Path file) {
        String name = file.getFileName().toString();
        String stem = name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
        return Texts.idSlug(stem, "ch");
    }

    /** pandoc citations in a book whose book.yaml gives no bibliography: one warning, at the first. */
    static final class Unbound {
        private String first;
        private SourcePosition at;
        private int count;
        private final Set<String> files = new java.util.LinkedHashSet<>();

        void add(String citation, SourcePosition where) {
            if (first == null) {
                first = citation;
                at = where;
            }
            count++;
            files.add(where.path());
        }

        void report(Diagnostics diagnostics) {
            if (first != null) {
                String more = count == 1 ? "" : ", as are " + (count - 1) + " more citations (in " + files.size()
                        + (files.size() == 1 ? " chapter)" : " chapters)");
                diagnostics.warning(at, "'" + first + "' is printed as written" + more + ": it is a pandoc citation, and "
                        + "book.yaml gives no bibliography to cite from; add 'bibliography: references.bib' (BibTeX, "
                        + "BibLaTeX or CSL-JSON), or write \\[ to print the brackets on purpose");
            }
        }
    }

    /** What the chapters share while they are converted: note numbers, ids in use, images. */
    static final class BookState {
        final Manuscript manuscript;
        final Diagnostics diagnostics;
        final Map<Path, String> chapterIds = new HashMap<>();
        final Map<Path, Image> images = new LinkedHashMap<>();
        final List<PendingLink> linksToCheck = new ArrayList<>();
        /** The book's citations, when book.yaml gives a bibliography; else null. */
        BookCitations citations;
        /** The labels of figures and sections, their numbers, and the references to them. */
        CrossRefs crossRefs;
        /** The index marks of every chapter. */
        final IndexMarks index = new IndexMarks(this);
        /** Citations written in a book with no bibliography: printed as written, reported once. */
        final Unbound unbound = new Unbound();
        /** Other tools' directives in the text, reported once per kind when every chapter is read. */
        final OtherToolsDirectives directives = new OtherToolsDirectives();
        /** The book's code blocks: one highlighter, the files they include read once, unknown languages told once. */
        final CodeBlocks code;
        /** Heading ids a chapter uses twice, by "chapter#id": a link to one is ambiguous. */
        final Map<String, SharedAnchor> sharedAnchors = new HashMap<>();
        private final Set<String> ids = new HashSet<>(Ids.reserved());
        private final Set<String> imageNames = new HashSet<>();
        private final List<Note> notes = new ArrayList<>();
        private int figures;
        private int equations;

        BookState(Manuscript manuscript, Diagnostics diagnostics) {
            this.manuscript = manuscript;
            this.diagnostics = diagnostics;
            this.crossRefs = new CrossRefs(manuscript.apparatus().byChapter());
            this.code = new CodeBlocks(manuscript.paths(), diagnostics, manuscript.code());
        }

        /** Takes {@code id} as it is, for an id the author chose; false when the book already uses it. */
        boolean claimId(String id) {
            return !Ids.isMadeAsItGoes(id) && ids.add(id);
        }

        /** {@code base}, or {@code base-2}, {@code base-3}…: ids are unique through the whole book. */
        String uniqueId(String base) {
            String id = base;
            for (int n = 2; Ids.isMadeAsItGoes(id) || !ids.add(id); n++) {
                id = base + "-" + n;
            }
            return id;
        }

        int nextNoteNumber() {
            return notes.size() + 1;
        }

        void addNote(Note note) {
            notes.add(note);
        }

        void replaceNote(Note note) {
            notes.set(note.number() - 1, note);
        }

        Note note(int number) {
            return notes.get(number - 1);
        }

        List<Note> notes() {
            return List.copyOf(notes);
        }

        /** The number of the next labelled display formula, through the book. */
        int nextEquationNumber() {
            return ++equations;
        }

        String nextFigureId() {
            return uniqueId(Ids.figure(++figures));
        }

        /** Registers an image file once, under a name safe in URLs; reports it when it cannot be used. */
        Optional<Image> image(Path file, String what, SourcePosition at) {
            Image known = images.get(file);
            if (known != null) {
                return Optional.of(known);
            }
            ImageFiles.Result result = ImageFiles.inspect(file);
            if (result.info().isEmpty()) {
                diagnostics.error(at, what + " '" + manuscript.paths().display(file) + "' " + result.refusal());
                return Optional.empty();
            }
            ImageFiles.Info info = result.info().get();
            if ((what.equals("cover") || what.equals("author photo")) && info.mediaType().equals("image/svg+xml")) {
                diagnostics.error(at, what + " '" + manuscript.paths().display(file) + "' is an SVG drawing; a " + what
                        + " is a JPEG or PNG image (export the drawing as one)");
                return Optional.empty();
            }
            String name = file.getFileName().toString();
            int dot = name.lastIndexOf('.');
            String stem = Texts.slug(dot > 0 ? name.substring(0, dot) : name);
            String ext = switch (info.mediaType()) {
                case "image/png" -> "png";
                case "image/gif" -> "gif";
                case "image/svg+xml" -> "svg";
                default -> "jpg";
            };
            String base = "images/" + (stem.isEmpty() ? "image" : stem);
            String unique = base + "." + ext;
            for (int n = 2; !imageNames.add(unique); n++) {
                unique = base + "-" + n + "." + ext;
            }
            Image image = new Image(file, unique, info.mediaType(), info.width(), info.height());
            images.put(file, image);
            return Optional.of(image);
        }

        /** An image only the print cover shows (the author's photo): checked as any image, and not in the ebook. */
        Optional<Image> printOnly(Path file, String what, SourcePosition at) {
            boolean known = images.containsKey(file);
            Optional<Image> image = image(file, what, at);
            if (!known) {
                images.remove(file);
            }
            return image;
        }
    }
}
