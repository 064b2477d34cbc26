package org.colophon.markdown;

import org.colophon.l10n.Labels;

/**
 * The words Colophon adds inside a chapter, in the chapter's language: the book's words (its overrides included)
 * or, in a chapter in another language, that language's catalogue.
 */
final class ChapterLabels {
    private ChapterLabels() {
    }

    static Labels of(Labels book, String bookLanguage, String language) {
        return Labels.primary(language).equals(Labels.primary(bookLanguage)) ? book : Labels.of(language);
    }

    /**
     * What a screen reader says for the box of a task list item (the box itself, □ or ■, is a shape, not a word):
     * the {@code task-open} and {@code task-done} labels.
     */
    static String task(Labels book, String bookLanguage, String language, boolean checked) {
        return of(book, bookLanguage, language).get(checked ? "task-done" : "task-open");
    }
}
