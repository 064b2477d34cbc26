package org.colophon.markdown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.colophon.text.Texts;

/** The "did you mean" of a link to an anchor that does not exist: a few near names, in document order. */
final class AnchorHints {
    static final int MAX = 3;

    private AnchorHints() {
    }

    /**
     * {@code anchors} maps what an author may write to the id it names, in document order; several spellings of one
     * heading name the same id, and only the first (GitHub's) is offered.
     */
    static String hint(String fragment, Map<String, String> anchors) {
        Map<String, String> byId = new LinkedHashMap<>();
        anchors.forEach((written, id) -> byId.putIfAbsent(id, written));
        List<String> names = new ArrayList<>(byId.values());
        if (names.isEmpty()) {
            return "; it has no heading";
        }
        String key = Texts.foldKey(fragment);
        List<String> near = names.stream().filter(n -> isNear(key, Texts.foldKey(n))).limit(MAX).toList();
        if (!near.isEmpty()) {
            return " (did you mean #" + String.join(", #", near) + "?)";
        }
        String some = "#" + String.join(", #", names.subList(0, Math.min(MAX, names.size())));
        return names.size() <= MAX ? "; its headings are " + some : "; its " + names.size() + " headings include " + some;
    }

    /** Those of {@code names} near {@code wanted} (as {@link #isNear} says), at most a few, in their order. */
    static List<String> near(String wanted, java.util.Collection<String> names) {
        String key = Texts.foldKey(wanted);
        return names.stream().filter(n -> isNear(key, Texts.foldKey(n))).limit(MAX).toList();
    }

    /** Same letters but for case, accents and punctuation, or a few typing slips apart, or one holds the other. */
    private static boolean isNear(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        return a.equals(b) || Texts.editDistance(a, b) <= Math.max(1, Math.min(a.length(), b.length()) / 4)
                || (Math.min(a.length(), b.length()) >= 4 && (a.contains(b) || b.contains(a)));
    }
}
