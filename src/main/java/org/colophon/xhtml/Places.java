package org.colophon.xhtml;

import java.util.Optional;

/**
 * What the renderer knows of where things are, for the index and page references: the printed page an anchor is
 * on, once a layout has said so (the PDF's own second layout; the ebook's page markers when the PDF is built in the
 * same run), and a chapter's title, which labels an ebook's index links when there are no printed pages.
 */
interface Places {
    /** The folio of the printed page {@code id} stands on, when known. */
    Optional<String> printPage(String id);

    /** The title of chapter {@code chapterId}. */
    String chapterTitle(String chapterId);

    /** Whether chapter {@code chapterId} is front matter, whose folios are roman. */
    boolean frontMatter(String chapterId);

    /** A numbered place a cross-reference names: its chapter, its number (a section's: none) and its title (a section's). */
    record Target(String chapterId, String number, String title) {
    }

    /** The numbered place whose id is {@code id}. */
    default Optional<Target> target(String id) {
        return Optional.empty();
    }

    /** A word Colophon adds, in the book's language ({@code figure-ref}: "Figure {0}"). */
    default String label(String key) {
        return key;
    }

    Places NONE = new Places() {
        @Override
        public Optional<String> printPage(String id) {
            return Optional.empty();
        }

        @Override
        public String chapterTitle(String chapterId) {
            return chapterId;
        }

        @Override
        public boolean frontMatter(String chapterId) {
            return false;
        }
    };
}
