package org.colophon.markdown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.colophon.book.Block;
import org.colophon.book.Chapter;
import org.colophon.book.Image;
import org.colophon.book.Inline;
import org.colophon.book.Inlines;
import org.colophon.book.LinkTarget;
import org.colophon.diagnostic.SourcePosition;
import org.colophon.manuscript.ChapterFrontMatter;
import org.colophon.manuscript.SourceFile;
import org.colophon.text.Texts;
import org.colophon.text.Typography;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.ext.footnotes.InlineFootnote;
import org.commonmark.ext.gfm.strikethrough.Strikethrough;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;

/**
 * Converts one parsed chapter into model blocks. Rules an author relies on:
 * an image alone on the first line of a paragraph is a figure, the rest of the paragraph its caption and the
 * image's title its credit; {@code [^label]} references a note defined in the same file; links go to web addresses,
 * to other chapters ({@code other.md#id}) or within the chapter ({@code #id}).
 */
final class ChapterConverter {

    private final BookAssembler.BookState book;
    private final SourceFile source;
    private final String chapterId;
    private final ChapterNotes notes;
    private final ChapterFrontMatter front;
    private final String language;
    private final Typography typography;
    private final RawHtml rawHtml;
    /** Links, images and HTML ids: where they lead, checked. */
    private final ChapterReferences references;
    /** The chapter's anchors, its headings' and its HTML ids: the slug an author links to, and the id in the book. */
    private final Map<String, String> anchors = new LinkedHashMap<>();
    private final ChapterHeadings headings;
    private final TaskListItems taskItems;
    private final HtmlContainers containers;
    /** The last character set in the current block, for the typography of quotes that follow an inline. */
    private int lastChar;
    private final NodePositions positions;

    ChapterConverter(BookAssembler.BookState book, SourceFile source, String chapterId, ChapterFrontMatter front) {
        this.book = book;
        this.source = source;
        this.chapterId = chapterId;
        this.front = front;
        this.positions = new NodePositions(source);
        this.language = front.lang().orElse(book.manuscript.metadata().language());
        this.typography = Typography.forLanguage(language);
        this.references = new ChapterReferences(book, source, chapterId, anchors);
        this.rawHtml = new RawHtml(book.diagnostics, references);
        this.notes = new ChapterNotes(book, chapterId, this::at);
        this.headings = new ChapterHeadings(book, chapterId, positions, anchors);
        this.taskItems = new TaskListItems(book.manuscript.metadata(), language);
        this.containers = new HtmlContainers(book.diagnostics, positions, rawHtml, references, this::blocks);
    }

    Chapter convert(Node document) {
        notes.collect(document);
        List<Block> blocks = blocks(document, 0);
        notes.reportUnreferenced();
        String title = front.title().orElseGet(() -> blocks.stream().filter(b -> b instanceof Block.Heading h
                        && !Inlines.plainText(h.content()).isBlank()).findFirst()
                .map(h -> Inlines.plainText(((Block.Heading) h).content())).or(rawHtml::firstHeading).orElse(null));
        if (title == null) {
            String name = source.file().getFileName().toString();
            title = name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
            book.diagnostics.warning(source.at(1, 1), "chapter has no heading; the table of contents calls it '" + title
                    + "' (give it a heading, or a title in front matter: '---', 'title: …', '---' on its first lines)");
        }
        return new Chapter(chapterId, title, source.displayPath(), List.copyOf(blocks),
                java.util.Collections.unmodifiableMap(new LinkedHashMap<>(anchors)), front.lang(), front.role().orElse("chapter"));
    }

    private List<Block> blocks(Node parent, int depth) {
        List<Block> out = new ArrayList<>();
        if (NestingLimit.BLOCKS.exceeded(depth, at(parent), book.diagnostics)) {
            return out;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof HtmlBlock h && HtmlContainers.isBoundary(h)) {
                n = containers.convert(h, depth, out);
            } else {
                block(n, depth).ifPresent(out::add);
            }
        }
        return out;
    }

    private Optional<Block> block(Node n, int depth) {
        if (n instanceof Heading h) {
            return Optional.of(headings.heading(h, heading -> inlines(heading, 0)));
        }
        if (n instanceof Paragraph p) {
            // a figure whose image cannot be used is reported once, and not read again as a paragraph
            return isFigure(p) ? figure(p) : Optional.of(new Block.Paragraph(inlines(p, 0)));
        }
        if (n instanceof BlockQuote q) {
            return Optional.of(new Block.BlockQuote(blocks(q, depth + 1)));
        }
        if (n instanceof BulletList || n instanceof OrderedList) {
            List<List<Block>> items = new ArrayList<>();
            for (Node item = n.getFirstChild(); item != null; item = item.getNext()) {
                if (item instanceof ListItem) {
                    items.add(listItem(item, depth + 1));
                }
            }
            int start = n instanceof OrderedList o && o.getMarkerStartNumber() != null ? o.getMarkerStartNumber() : 1;
            return Optional.of(new Block.ListBlock(n instanceof OrderedList, start, items));
        }
        if (n instanceof FencedCodeBlock f) {
            return Optional.of(new Block.CodeBlock(f.getInfo(), f.getLiteral(), at(f).at(at(f).line() + 1, 1)));
        }
        if (n instanceof IndentedCodeBlock c) {
            return Optional.of(new Block.CodeBlock("", c.getLiteral(), at(c)));
        }
        if (n instanceof ThematicBreak) {
            return Optional.of(new Block.ThematicBreak());
        }
        if (n instanceof TableBlock t) {
            return Optional.of(TableConverter.table(t, cell -> inlines(cell, 0)));
        }
        if (n instanceof HtmlBlock h) {
            return rawHtml.block(h.getLiteral(), at(h));
        }
        if (n instanceof FootnoteDefinition || n instanceof LinkReferenceDefinition) {
            return Optional.empty();
        }
        book.diagnostics.error(at(n), "Colophon does not know how to print a " + n.getClass().getSimpleName());
        return Optional.empty();
    }

    /** A list item; a task list item's box goes before its first paragraph. */
    private List<Block> listItem(Node item, int depth) {
        Boolean checked = taskItems.takeBox(item);
        return taskItems.withBox(checked, blocks(item, depth));
    }

    /** An image alone on the paragraph's first line makes a figure, captioned by the lines after it. */
    private static boolean isFigure(Paragraph p) {
        Node after = p.getFirstChild() instanceof org.commonmark.node.Image img ? img.getNext() : null;
        return p.getFirstChild() instanceof org.commonmark.node.Image
                && (after == null || after instanceof SoftLineBreak || after instanceof HardLineBreak);
    }

    /** The figure of a paragraph for which {@link #isFigure} holds; empty when its image cannot be used. */
    private Optional<Block> figure(Paragraph p) {
        org.commonmark.node.Image img = (org.commonmark.node.Image) p.getFirstChild();
        Node after = img.getNext();
        String alt = Texts.nfc(NodeText.plain(img)).strip();
        Optional<Image> image = references.image(img, alt, at(img));
        List<Inline> caption = new ArrayList<>();
        lastChar = 0;
        if (after != null) {
            sequence(after.getNext(), null, caption, 0);
        }
        String credit = img.getTitle() == null ? "" : Texts.nfc(img.getTitle()).strip();
        SourcePosition at = at(img);
        int width = references.figureWidth(img, at);
        return image.map(i -> new Block.Figure(book.nextFigureId(), i, alt, List.copyOf(caption), credit, at, width));
    }

    private List<Inline> inlines(Node parent, int depth) {
        List<Inline> out = new ArrayList<>();
        if (NestingLimit.INLINES.exceeded(depth, at(parent), book.diagnostics)) {
            return out;
        }
        if (depth == 0) {
            lastChar = 0;   // a new block: a quote at its start opens
        }
        sequence(parent.getFirstChild(), null, out, depth);
        return List.copyOf(out);
    }

    /**
     * Converts the siblings from {@code first} up to {@code end} (exclusive). An inline HTML tag opens a
     * {@link Inline.Span} that holds the siblings up to its closing tag.
     */
    private void sequence(Node first, Node end, List<Inline> out, int depth) {
        for (Node n = first; n != end && n != null; n = n.getNext()) {
            if (!(n instanceof HtmlInline html)) {
                inline(n, out, depth);
                continue;
            }
            Optional<RawHtml.Tag> tag = rawHtml.inlineTag(html.getLiteral(), at(html));
            if (tag.isEmpty()) {
                continue;
            }
            RawHtml.Tag t = tag.get();
            if (t.closing()) {
                book.diagnostics.error(at(html), "</" + t.name() + "> closes no <" + t.name() + "> opened before it in this paragraph");
                continue;
            }
            if (t.name().equals("img")) {
                String alt = t.get("alt").map(String::strip).orElse("");
                references.image(t.get("src").map(String::strip).orElse(""), alt, at(html))
                        .ifPresent(i -> out.add(new Inline.InlineImage(i, alt)));
                continue;
            }
            if (t.name().equals("br") || t.name().equals("wbr")) {
                out.add(new Inline.Span(t.name(), t.attributes(), List.of()));
                continue;
            }
            Node close = closing(n.getNext(), end, t.name());
            if (close == null) {
                book.diagnostics.error(at(html), "<" + t.name() + "> is never closed in this paragraph; add </" + t.name() + ">");
                continue;
            }
            List<Inline> children = new ArrayList<>();
            if (NestingLimit.HTML.exceeded(depth, at(html), book.diagnostics)) {
                return;
            }
            sequence(n.getNext(), close, children, depth + 1);
            out.addAll(htmlInline(t, at(html), List.copyOf(children)));
            n = close;
        }
    }

    /**
     * An inline element written as HTML, with its content: a {@code <span>} or the like keeps its checked attributes
     * and its id (an anchor of the chapter); {@code <a href>} is a link checked as a Markdown link is.
     */
    private List<Inline> htmlInline(RawHtml.Tag t, SourcePosition at, List<Inline> children) {
        Map<String, String> attributes = new LinkedHashMap<>();
        t.get("id").map(String::strip).filter(id -> references.anchor(id, at)).ifPresent(id -> attributes.put("id", id));
        Optional<String> href = t.name().equals("a") ? t.get("href").map(String::strip) : Optional.empty();
        if (href.isEmpty()) {
            attributes.putAll(t.attributes());
            return List.of(new Inline.Span(t.name(), attributes, children));
        }
        List<Inline> out = new ArrayList<>();
        if (!attributes.isEmpty()) {
            out.add(new Inline.Span("a", attributes, List.of()));   // the anchor, where the link stands
        }
        Optional<LinkTarget> target = references.link(href.get(), at);
        if (target.isPresent()) {
            out.add(new Inline.Link(target.get(), t.attributes().getOrDefault("title", ""), children));
        } else {
            out.addAll(children);
        }
        return out;
    }

    /** The tag that closes {@code name} among the siblings from {@code from}, counting nested ones; null if none. */
    private static Node closing(Node from, Node end, String name) {
        int open = 0;
        for (Node n = from; n != end && n != null; n = n.getNext()) {
            if (n instanceof HtmlInline h) {
                String lit = h.getLiteral().toLowerCase(java.util.Locale.ROOT);
                if (lit.matches("<\\s*" + name + "(\\s[^>]*)?>")) {
                    open++;
                } else if (lit.matches("</\\s*" + name + "\\s*>")) {
                    if (open == 0) {
                        return n;
                    }
                    open--;
                }
            }
        }
        return null;
    }

    private void inline(Node n, List<Inline> out, int depth) {
        if (n instanceof Text t) {
            notes.checkText(t.getLiteral(), at(t));
            LiteralSyntax.check(positions.writtenAs(t).orElse(t.getLiteral()), at(t), book.diagnostics);
            String text = typography.apply(t.getLiteral(), lastChar);
            if (!text.isEmpty()) {
                lastChar = text.codePointBefore(text.length());
            }
            out.add(new Inline.Text(text, at(t)));
        } else if (n instanceof Emphasis) {
            out.add(new Inline.Emphasis(inlines(n, depth + 1)));
        } else if (n instanceof StrongEmphasis) {
            out.add(new Inline.Strong(inlines(n, depth + 1)));
        } else if (n instanceof Strikethrough) {
            out.add(new Inline.Strikethrough(inlines(n, depth + 1)));
        } else if (n instanceof Code c) {
            out.add(new Inline.Code(c.getLiteral(), at(c)));
            lastChar = c.getLiteral().isEmpty() ? lastChar : c.getLiteral().codePointBefore(c.getLiteral().length());
        } else if (n instanceof SoftLineBreak) {
            out.add(new Inline.LineBreak(false));
            lastChar = ' ';
        } else if (n instanceof HardLineBreak) {
            out.add(new Inline.LineBreak(true));
            lastChar = ' ';
        } else if (n instanceof Link l) {
            Optional<LinkTarget> target = references.link(l.getDestination(), at(l));
            List<Inline> children = inlines(l, depth + 1);
            if (target.isPresent()) {
                out.add(new Inline.Link(target.get(), l.getTitle() == null ? "" : l.getTitle(), children));
            } else {
                out.addAll(children);
            }
        } else if (n instanceof org.commonmark.node.Image img) {
            String alt = Texts.nfc(NodeText.plain(img)).strip();
            references.warnAttributes(img, at(img));
            references.image(img, alt, at(img)).ifPresent(i -> out.add(new Inline.InlineImage(i, alt)));
        } else if (n instanceof FootnoteReference ref) {
            int saved = lastChar;   // the note's text is converted here; the sentence around it goes on after
            notes.reference(ref, def -> blocks(def, 1)).ifPresent(out::add);
            lastChar = saved;
        } else if (n instanceof InlineFootnote note) {
            int saved = lastChar;
            notes.inline(note, at(note), () -> List.of(new Block.Paragraph(inlines(note, 0)))).ifPresent(out::add);
            lastChar = saved;
        } else {
            book.diagnostics.error(at(n), "Colophon does not know how to print a " + n.getClass().getSimpleName());
        }
    }

    private SourcePosition at(Node n) {
        return positions.at(n);
    }
}
