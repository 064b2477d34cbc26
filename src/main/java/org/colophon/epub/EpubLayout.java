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

    static String chapterFile(Chapter c) {
        return Profile.documentName(c.id());
    }

    static String fontFile(FontFace f) {
        return "fonts/" + f.fileName();
    }

    static String imageId(Image i) {
        return "img-" + Texts.slug(i.name().substring("images/".length()));
    }

    static String fontId(FontFace f) {
        return "font-" + Texts.slug(f.fileName());
    }
}
