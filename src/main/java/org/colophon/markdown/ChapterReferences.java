package org.colophon.markdown;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.colophon.book.Image;
import org.colophon.book.LinkTarget;
import org.colophon.diagnostic.SourcePosition;
import org.colophon.manuscript.SourceFile;
import org.colophon.text.AltText;
import org.colophon.text.Texts;
import org.commonmark.ext.image.attributes.ImageAttributes;
import org.commonmark.node.Node;

/**
 * Where a chapter's links, images and ids lead, each checked where it stands, whether written in Markdown or in
 * HTML: web addresses (a valid URL), other chapters and their headings (checked once every chapter is read), image
 * files inside the manuscript with alt text that describes them, and ids that are unique through the book.
 */
final class ChapterReferences implements RawHtml.Resolver {
    private static final Pattern WEB = Pattern.compile("(?i)(https?|mailto):.+");
    /** An address with a scheme of its own ({@code info:var}, {@code ftp://…}), not a Windows path ({@code C:\\…}). */
    private static final Pattern OTHER_SCHEME = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]+):.*");

    private final BookAssembler.BookState book;
    private final SourceFile source;
    private final String chapterId;
    /** The chapter's anchors: the id an author writes in a link, and the id it has in the book. */
    private final Map<String, String> anchors;

    ChapterReferences(BookAssembler.BookState book, SourceFile source, String chapterId, Map<String, String> anchors) {
        this.book = book;
        this.source = source;
        this.chapterId = chapterId;
        this.anchors = anchors;
    }

    /** Registers an id the author wrote in HTML as an anchor links can name; false (reported) when it cannot be one. */
    @Override
    public boolean anchor(String id, SourcePosition at) {
        if (!Texts.isNcName(id)) {
            book.diagnostics.error(at, "'" + id + "' cannot be an id: an id starts with a letter or '_' and holds no spaces "
                    + "or punctuation but '-', '_' and '.'");
            return false;
        }
        if (!book.claimId(id)) {
            book.diagnostics.error(at, "the id '" + id + "' is already used in this book; choose another");
            return false;
        }
        anchors.putIfAbsent(id, id);
        return true;
    }

    private static final Pattern PERCENT = Pattern.compile("(\\d{1,3})%");

    /** The width an author gave a figure ({@code {width=50%}}), in percent of the text block; 0 when none. */
    int figureWidth(org.commonmark.node.Image img, SourcePosition at) {
        int width = 0;
        for (Node c = img.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof ImageAttributes attributes) {
                for (Map.Entry<String, String> a : attributes.getAttributes().entrySet()) {
                    Matcher m = PERCENT.matcher(a.getValue().strip());
                    if (a.getKey().equals("width") && m.matches() && Integer.parseInt(m.group(1)) >= 1
                            && Integer.parseInt(m.group(1)) <= 100) {
                        width = Integer.parseInt(m.group(1));
                    } else if (a.getKey().equals("width")) {
                        book.diagnostics.warning(at, "width=" + a.getValue() + " is not a share of the text block from 1% to 100%;"
                                + " the figure spans the text block (write {width=50%})");
                    } else {
                        book.diagnostics.warning(at, a.getKey() + "=" + a.getValue() + " is not used: a figure's height follows"
                                + " from its width ({width=50%})");
                    }
                }
            }
        }
        return width;
    }

    /** Image attributes ({width=50%}) are for figures: elsewhere an image fits its box, and they are dropped. */
    void warnAttributes(org.commonmark.node.Image img, SourcePosition at) {
        for (Node c = img.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof ImageAttributes) {
                book.diagnostics.warning(at, "{…} after an image sets the width of a figure only (an image alone on"
                        + " its paragraph's first line); here it is dropped");
            }
        }
    }

    /** The image of {@code ![alt](file)}, checked: alt text that describes, a file inside the manuscript. */
    Optional<Image> image(org.commonmark.node.Image img, String alt, SourcePosition at) {
        if (alt.isEmpty()) {
            book.diagnostics.error(at, "image '" + img.getDestination() + "' has no alt text; describe it for readers "
                    + "who cannot see it: ![a photo of …](" + img.getDestination() + ")");
        } else if (AltText.describesNothing(alt, img.getDestination())) {
            book.diagnostics.warning(at, "the alt text '" + alt + "' of image '" + img.getDestination() + "' describes "
                    + "nothing to a reader who cannot see it; say what the image shows: ![a photo of …](" + img.getDestination() + ")");
        }
        return imageFile(img.getDestination(), at);
    }

    /** An image written in HTML, {@code <img src alt>}: the same checks as Markdown's. */
    @Override
    public Optional<Image> image(String dest, String alt, SourcePosition at) {
        if (alt == null || alt.isEmpty()) {
            book.diagnostics.error(at, "<img src=\"" + dest + "\"> has no alt text; describe it for readers who cannot "
                    + "see it: <img src=\"" + dest + "\" alt=\"a photo of …\">");
        }
        if (dest.isEmpty()) {
            book.diagnostics.error(at, "<img> has no src; give the image's file: <img src=\"images/file.jpg\" alt=\"…\">");
            return Optional.empty();
        }
        return imageFile(dest, at);
    }

    private Optional<Image> imageFile(String dest, SourcePosition at) {
        Path base = source.file().getParent();
        Optional<String> refused = book.manuscript.paths().refusal(base, dest);
        if (refused.isPresent()) {
            book.diagnostics.error(at, "image " + refused.get());
            return Optional.empty();
        }
        Path file = book.manuscript.paths().resolve(base, dest);
        if (!Files.isRegularFile(file)) {
            book.diagnostics.error(at, "image '" + dest + "' does not exist");
            return Optional.empty();
        }
        return book.image(file, "image", at);
    }

    /**
     * What an author most likely meant by a link to no chapter: a path from the manuscript folder (links start from
     * the chapter's own folder), or a file of the manuscript that book.yaml's {@code chapters} leaves out.
     */
    private String notAChapterHint(String file, Path target) {
        Path fromRoot = book.manuscript.paths().root().resolve(file).toAbsolutePath().normalize();
        if (!fromRoot.equals(target) && book.chapterIds.containsKey(fromRoot)) {
            String relative = source.file().getParent().toAbsolutePath().normalize().relativize(fromRoot).toString()
                    .replace('\\', '/');
            return "; a link starts from its chapter's folder: write '" + relative + "'";
        }
        if (Files.isRegularFile(target)) {
            return "; the file exists but is not a chapter of the book: list it under chapters: in book.yaml";
        }
        // site generators link to the page they make of a chapter (b.html, b/, b): name the chapter's Markdown instead
        for (String candidate : markdownNames(file)) {
            Path md = source.file().getParent().resolve(candidate).toAbsolutePath().normalize();
            if (book.chapterIds.containsKey(md)) {
                return "; a book links to its chapters' Markdown files: write '" + candidate + "'";
            }
        }
        // a path from another folder than the chapter's (Docusaurus's docs/): the one chapter whose path ends with it
        String tail = "/" + file.replaceFirst("^(\\./)+", "");
        List<Path> ending = book.chapterIds.keySet().stream()
                .filter(c -> c.toString().replace('\\', '/').endsWith(tail)).toList();
        if (ending.size() == 1) {
            String relative = source.file().getParent().toAbsolutePath().normalize().relativize(ending.get(0)).toString()
                    .replace('\\', '/');
            return "; a link starts from its chapter's folder: write '" + relative + "'";
        }
        return "";
    }

    /** The Markdown files a site generator's link to a chapter's page may stand for. */
    private static List<String> markdownNames(String file) {
        String lower = file.toLowerCase(Locale.ROOT);
        String stem = lower.endsWith(".html") || lower.endsWith(".htm") ? file.substring(0, file.lastIndexOf('.'))
                : file.endsWith("/") ? file + "index" : file;
        if (stem.equals(file) && file.contains(".") && !file.endsWith(".")) {
            String name = file.substring(file.lastIndexOf('/') + 1);
            if (name.contains(".")) {
                return List.of();   // a file with an extension of its own: not a page's address
            }
        }
        List<String> names = new ArrayList<>(List.of(stem + ".md"));
        if (stem.equals("index") || stem.endsWith("/index")) {
            names.add(stem.substring(0, stem.length() - "index".length()) + "README.md");
        } else {
            names.add(stem + "/README.md");
            names.add(stem + "/index.md");
        }
        return names;
    }

    /** Where a link goes (a Markdown link's destination, or an HTML {@code href}); empty, reported, when nowhere. */
    @Override
    public Optional<LinkTarget> link(String dest, SourcePosition at) {
        if (WEB.matcher(dest).matches()) {
            Optional<String> web = WebAddress.of(dest);
            if (web.isEmpty()) {
                book.diagnostics.error(at, "'" + dest + "' is not a web address a reader can open; write it whole, as"
                        + " https://example.org/page");
            }
            return web.map(LinkTarget.External::new);
        }
        if (dest.startsWith("#")) {
            book.linksToCheck.add(new BookAssembler.PendingLink(chapterId, dest.substring(1), dest, at));
            return Optional.of(new LinkTarget.Internal(chapterId, dest.substring(1)));
        }
        Matcher scheme = OTHER_SCHEME.matcher(dest);
        if (scheme.matches()) {
            book.diagnostics.error(at, "link '" + dest + "' is an address of the scheme '" + scheme.group(1) + ":', which a "
                    + "reader's device cannot open; link to a chapter (two.md), a heading (#a-heading) or a web address "
                    + "(https://…)");
            return Optional.empty();
        }
        int hash = dest.indexOf('#');
        String file = hash < 0 ? dest : dest.substring(0, hash);
        String fragment = hash < 0 ? "" : dest.substring(hash + 1);
        Optional<String> refused = book.manuscript.paths().refusal(source.file().getParent(), file);
        if (refused.isPresent()) {
            book.diagnostics.error(at, "link " + refused.get());
            return Optional.empty();
        }
        Path target = book.manuscript.paths().resolve(source.file().getParent(), file);
        String id = book.chapterIds.get(target);
        if (id == null) {
            book.diagnostics.error(at, "link to '" + dest + "' goes neither to a chapter of this book nor to a web address"
                    + notAChapterHint(file, target));
            return Optional.empty();
        }
        if (!fragment.isEmpty()) {
            book.linksToCheck.add(new BookAssembler.PendingLink(id, fragment, dest, at));
        }
        return Optional.of(new LinkTarget.Internal(id, fragment));
    }
}
