package org.colophon.preflight;

import java.util.Locale;

/** The stores Colophon's preflight knows, by the name given to {@code --store}. */
public enum Store {
    KDP("KDP"), INGRAM("IngramSpark"), APPLE("Apple Books"), KOBO("Kobo"), GOOGLE("Google Play Books");

    final String title;

    Store(String title) {
        this.title = title;
    }

    /** The store's name as the table prints it. */
    public String title() {
        return title;
    }

    public static Store of(String name) {
        return valueOf(name.strip().toUpperCase(Locale.ROOT));
    }
}
