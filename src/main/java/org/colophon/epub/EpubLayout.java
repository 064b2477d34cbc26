package org.colophon.epub;

import org.colophon.book.Chapter;
import org.colophon.book.Image;
import org.colophon.text.Texts;
import org.colophon.typeface.FontFace;
import org.colophon.xhtml.Profile;

/** Where each part of the book lives inside the EPUB, and the manifest id it goes by. All names are ASCII. */
final class EpubLayout {
    static final String ROOT = "EPUB/";
    static final String PACKAGE = ROOT + "package.opf";
    static final String NAV = "nav.xhtml";
    static final String NCX = "toc.ncx";
    static final String COVER_PAGE = "cover.xhtml";
    static final String STYLESHEET = "css/book.css";

    private EpubLayout() {
    }

    /** How the shared renderer addresses the EPUB's documents. */
    static final Profile PROFILE = Profile.ebook(EpubLayout::documentName);

    /** The file of a document (a chapter, a part's page, a notes document, a page Colophon makes) from its id. */
    static String documentName(String documentId) {
        return documentId + ".xhtml";
    }

    static String chapterFile(Chapter c) {
        return documentName(c.id());
    }

    static String fontFile(FontFace f) {
        return "fonts/" + f.fileName();
    }

    static String imageId(Image i) {
        return "img-" + Texts.slug(i.name().substring("images/".length()));
    }

    /** EPUB's core media type of a face: OpenType with CFF outlines, or TrueType. */
    static String fontMediaType(FontFace f) {
        return f.fileName().endsWith(".otf") ? "font/otf" : "font/ttf";
    }

    static String fontId(FontFace f) {
        return "font-" + Texts.slug(f.fileName());
    }
}
