package org.colophon.markdown;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.colophon.book.Block;
import org.colophon.book.Chapter;
import org.colophon.book.Inlines;
import org.colophon.book.Role;
import org.colophon.diagnostic.SourcePosition;
import org.colophon.l10n.Labels;
import org.colophon.manuscript.ChapterFrontMatter;
import org.colophon.manuscript.SourceFile;
import org.colophon.text.Typography;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;

/**
 * Converts one parsed chapter into model blocks: hands each CommonMark block to the class whose job it is (headings,
 * figures, tables, task lists, HTML containers, inline content) and puts their blocks together in order.
 */
final class ChapterConverter {
    /** The first line of an MDX file's import or export statement ({@code import Tabs from '@theme/Tabs';}). */
    private static final java.util.regex.Pattern MDX_STATEMENT = java.util.regex.Pattern.compile(
            "\\s*(import\\s+.+\\s+from\\s+['\"][^'\"]+['\"];?|import\\s+['\"][^'\"]+['\"];?|export\\s+(const|default|function|let)\\b.*)\\s*");
    private final BookAssembler.BookState book;
    private final SourceFile source;
    private final String chapterId;
    private final ChapterFrontMatter front;
    private final NodePositions positions;
    /** The chapter's anchors, its headings' and its HTML ids: the slug an author links to, and the id in the book. */
    private final Map<String, String> anchors = new LinkedHashMap<>();
    private final RawHtml rawHtml;
    private final ChapterNotes notes;
    private final ChapterHeadings headings;
    private final InlineConverter inlines;
    private final Figures figures;
    private final TaskListItems taskItems;
    private final HtmlContainers containers;
    /** The words Colophon adds in this chapter, in its language. */
    private final Labels labels;
    private final Typography typography;
    private final ChapterReferences references;
    private final MathBlocks math;

    ChapterConverter(BookAssembler.BookState book, SourceFile source, String chapterId, ChapterFrontMatter front) {
        this.book = book;
        this.source = source;
        this.chapterId = chapterId;
        this.front = front;
        this.positions = new NodePositions(source);
        String language = front.lang().orElse(book.manuscript.metadata().language());
        this.references = new ChapterReferences(book, source, chapterId, anchors);
        this.labels = ChapterLabels.of(book.manuscript.metadata().labels(), book.manuscript.metadata().language(), language);
        this.rawHtml = new RawHtml(book.diagnostics, references, labels.get("details"));
        this.notes = new ChapterNotes(book, chapterId, positions::at);
        this.headings = new ChapterHeadings(book, chapterId, positions, anchors);
        this.typography = Typography.forLanguage(language);
        this.inlines = new InlineConverter(book.diagnostics, positions, notes, references, rawHtml,
                typography, definition -> blocks(definition, 1), book.directives);
        this.figures = new Figures(book, positions, references, inlines, typography);
        this.taskItems = new TaskListItems(book.manuscript.metadata(), language);
        this.math = new MathBlocks(book, positions, inlines, references, anchors);
        this.containers = new HtmlContainers(book.diagnostics, positions, rawHtml, references, this::blocks);
    }

    Chapter convert(Node document) {
        notes.collect(document);
        List<Block> blocks = blocks(document, 0);
        notes.reportUnreferenced();
        // a dedication or an epigraph stands alone on its page, its title only in the contents
        boolean untitledPage = front.role().filter(Role::standsAlone).isPresent();
        if (front.title().isPresent() && !untitledPage && rawHtml.firstHeading().isEmpty() && !hasTitle(blocks)) {
            blocks = new ArrayList<>(blocks);
            blocks.add(0, headings.title(typography.apply(front.title().get(), 0), source.at(1, 1)));
        }
        return new Chapter(chapterId, title(blocks), source.displayPath(), List.copyOf(blocks),
                Collections.unmodifiableMap(new LinkedHashMap<>(anchors)), front.lang(), front.role().orElse(Role.CHAPTER));
    }

    /** Whether the chapter has a # heading of its own, at its top or in an HTML wrapper or a fenced div. */
    private static boolean hasTitle(List<Block> blocks) {
        return blocks.stream().anyMatch(b -> b instanceof Block.Heading h && h.level() == 1
                || b instanceof Block.Container c && hasTitle(c.children()));
    }

    /** The title in the table of contents: the front matter's, else the first heading's, else the file's name. */
    private String title(List<Block> blocks) {
        // a front matter's title is set as a heading's text is (Getting "Started" as Getting “Started”)
        String title = front.title().map(t -> typography.apply(t, 0)).orElseGet(() -> blocks.stream().filter(b -> b instanceof Block.Heading h
                        && !Inlines.plainText(h.content()).isBlank()).findFirst()
                .map(h -> Inlines.plainText(((Block.Heading) h).content())).or(rawHtml::firstHeading).orElse(null));
        if (title == null) {
            String name = source.file().getFileName().toString();
            title = name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
            book.diagnostics.warning(source.at(1, 1), "chapter has no heading; the table of contents calls it '" + title
                    + "' (give it a heading, or a title in front matter: '---', 'title: …', '---' on its first lines)");
        }
        return title;
    }

    private List<Block> blocks(Node parent, int depth) {
        List<Block> out = new ArrayList<>();
        if (NestingLimit.BLOCKS.exceeded(depth, positions.at(parent), book.diagnostics)) {
            return out;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof HtmlBlock h && HtmlContainers.isBoundary(h)) {
                n = containers.convert(h, depth, out);
            } else if (n instanceof TexMath.DisplayBlock d) {
                out.addAll(math.block(d));
            } else if (n instanceof Paragraph p && !Figures.isFigure(p) && MathBlocks.holdsDisplay(p)) {
                out.addAll(math.split(p));
            } else if (n instanceof FencedCodeBlock f && MathBlocks.isMathFence(f)) {
                out.add(math.fence(f, positions.at(f)));
            } else if (n instanceof FencedCodeBlock || n instanceof IndentedCodeBlock) {
                // kramdown's attributes on the line after a block ({: .language-bash}) are the block's
                Optional<String> ial = Optional.ofNullable(n.getNext()).flatMap(CodeBlockSource::ial);
                code(n, ial).ifPresent(out::add);
                if (ial.isPresent()) {
                    n = n.getNext();
                }
            } else {
                block(n, depth).ifPresent(out::add);
            }
        }
        return out;
    }

    private Optional<Block> block(Node n, int depth) {
        SourcePosition at = positions.at(n);
        if (n instanceof Heading h) {
            return Optional.of(headings.heading(h, inlines::block));
        }
        if (n instanceof Paragraph p && p.getFirstChild() instanceof Text first && MDX_STATEMENT.matcher(first.getLiteral()).matches()) {
            book.diagnostics.warning(at, "'" + first.getLiteral().strip() + "' is printed as written: it is an MDX import or "
                    + "export, which Colophon does not run; remove it, and write what its component shows in Markdown");
        }
        if (n instanceof Paragraph p) {
            // a figure whose image cannot be used is reported once, and not read again as a paragraph
            return Figures.isFigure(p) ? figures.figure(p) : Optional.of(new Block.Paragraph(inlines.block(p)));
        }
        if (n instanceof BlockQuote q) {
            Optional<Block.Alert.Kind> alert = Alerts.take(q);
            return Optional.of(alert.isPresent() ? Alerts.block(alert.get(), Optional.empty(), Optional.empty(), blocks(q, depth + 1), labels, at)
                    : new Block.BlockQuote(blocks(q, depth + 1)));
        }
        if (n instanceof FencedDivs.Div d) {
            FencedDivs.Kind kind = FencedDivs.kind(d.info);
            if (!d.closed) {
                book.diagnostics.warning(at, "the div '" + d.info + "' opened here is never closed, so it holds the rest of "
                        + "the chapter; close it with a line of " + d.colons + " colons");
            }
            Optional<String> id = kind.id().filter(i -> references.anchor(i, at));
            return Optional.of(FencedDivs.block(kind, kind.title().map(t -> typography.apply(t, 0)), id, blocks(d, depth + 1),
                    labels, at));
        }
        if (n instanceof BulletList || n instanceof OrderedList) {
            return Optional.of(list(n, depth));
        }
        if (n instanceof FencedCodeBlock f && MathBlocks.isMathFence(f)) {
            return Optional.of(math.fence(f, at));
        }
        if (n instanceof FencedCodeBlock || n instanceof IndentedCodeBlock) {
            return code(n, Optional.empty());
        }
        if (n instanceof ThematicBreak) {
            return Optional.of(new Block.ThematicBreak());
        }
        if (n instanceof TableBlock t) {
            return Optional.of(TableConverter.table(t, inlines::block));
        }
        if (n instanceof HtmlBlock h) {
            return rawHtml.block(h.getLiteral(), at);
        }
        if (n instanceof FootnoteDefinition || n instanceof LinkReferenceDefinition) {
            return Optional.empty();
        }
        book.diagnostics.error(at, "Colophon does not know how to print a " + n.getClass().getSimpleName());
        return Optional.empty();
    }

    /** A code block; {@code ial} the attributes kramdown writes on the line after it. */
    private Optional<Block> code(Node n, Optional<String> ial) {
        CodeBlockSource block = new CodeBlockSource(n, source, positions.at(n));
        String info = ial.map(a -> "{" + a + "}").orElse(block.info());
        return book.code.block(info, block.literal(), block.place()).map(b -> b);
    }

    /** A list; a task list item's box goes before the item's first paragraph. */
    private Block list(Node list, int depth) {
        List<List<Block>> items = new ArrayList<>();
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (item instanceof ListItem) {
                Boolean checked = taskItems.takeBox(item);
                items.add(taskItems.withBox(checked, blocks(item, depth + 1)));
            }
        }
        int start = list instanceof OrderedList o && o.getMarkerStartNumber() != null ? o.getMarkerStartNumber() : 1;
        return new Block.ListBlock(list instanceof OrderedList, start, items);
    }
}
