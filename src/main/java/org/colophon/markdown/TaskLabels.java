package org.colophon.markdown;

import java.util.Locale;
import java.util.Map;

/**
 * What a screen reader says for the box of a task list item, in the book's language: the box itself (□ or ■) is a
 * shape, not a word. Languages not listed here get English.
 */
final class TaskLabels {
    /** Per primary language subtag: {not done, done}. */
    private static final Map<String, String[]> LABELS = Map.of(
            "en", new String[] {"not done", "done"},
            "vi", new String[] {"chưa xong", "đã xong"},
            "fr", new String[] {"à faire", "fait"},
            "de", new String[] {"offen", "erledigt"},
            "es", new String[] {"pendiente", "hecho"},
            "it", new String[] {"da fare", "fatto"},
            "pt", new String[] {"por fazer", "feito"},
            "cs", new String[] {"nesplněno", "splněno"});

    private TaskLabels() {
    }

    static String label(String languageTag, boolean checked) {
        String primary = languageTag.split("-")[0].toLowerCase(Locale.ROOT);
        String[] pair = LABELS.getOrDefault(primary, LABELS.get("en"));
        return pair[checked ? 1 : 0];
    }
}
