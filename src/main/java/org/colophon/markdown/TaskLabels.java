package org.colophon.markdown;

import org.colophon.l10n.Labels;

/**
 * What a screen reader says for the box of a task list item (the box itself, □ or ■, is a shape, not a word):
 * the {@code task-open} and {@code task-done} labels, in the book's words (its overrides included) or, in a chapter
 * in another language, in that language's catalogue.
 */
final class TaskLabels {
    private TaskLabels() {
    }

    static String label(Labels book, String bookLanguage, String language, boolean checked) {
        Labels labels = Labels.primary(language).equals(Labels.primary(bookLanguage)) ? book : Labels.of(language);
        return labels.get(checked ? "task-done" : "task-open");
    }
}
