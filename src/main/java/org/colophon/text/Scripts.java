package org.colophon.text;

import java.lang.Character.UnicodeScript;
import java.util.Locale;

/** The names of Unicode's scripts as an author reads them: "Arabic", "Old Italic", "Han". */
public final class Scripts {
    private Scripts() {
    }

    /** The name of the script of {@code codePoint}. */
    public static String name(int codePoint) {
        return name(UnicodeScript.of(codePoint));
    }

    public static String name(UnicodeScript script) {
        StringBuilder name = new StringBuilder();
        for (String word : script.name().split("_")) {
            name.append(name.isEmpty() ? "" : " ").append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
        }
        return name.toString();
    }
}
