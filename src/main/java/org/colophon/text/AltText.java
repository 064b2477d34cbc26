package org.colophon.text;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Alt text that describes nothing: a file name ({@code IMG_2041.jpg}, {@code devatero_pohadek_001}), the image's own
 * name, or a word that only says it is an image ({@code photo}, {@code image 3}). Such text is read out to a reader
 * who cannot see the image, so the book must not claim that its images are described.
 */
public final class AltText {
    private static final Set<String> PLACEHOLDERS = Set.of("image", "img", "picture", "pic", "photo", "photograph",
            "figure", "fig", "graphic", "illustration", "drawing", "screenshot", "screen shot", "untitled", "alt",
            "alt text", "placeholder", "cover", "icon", "logo", "chart", "diagram", "map", "scan", "file");
    private static final Pattern EXTENSION = Pattern.compile("(?i).+\\.(jpe?g|png|gif|svg|webp|tiff?|bmp|heic)");
    /** One token of letters and digits joined by _ - or ., with an underscore or a run of digits: a file's name. */
    private static final Pattern FILE_NAME = Pattern.compile("[\\p{L}\\p{N}]+([_.-][\\p{L}\\p{N}]+)*");

    private AltText() {
    }

    /** True when {@code alt} describes nothing; {@code imageName} is the image's path as the author wrote it. */
    public static boolean describesNothing(String alt, String imageName) {
        String a = alt.strip().toLowerCase(Locale.ROOT);
        if (a.isEmpty() || EXTENSION.matcher(a).matches()) {
            return true;
        }
        String base = imageName.substring(imageName.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        if (a.equals(base) || base.contains(".") && a.equals(base.substring(0, base.lastIndexOf('.')))) {
            return true;
        }
        String words = a.replaceAll("[\\s\\p{P}]*\\d*[\\s\\p{P}]*$", "").strip();
        if (PLACEHOLDERS.contains(words) || words.isEmpty()) {
            return true;
        }
        return FILE_NAME.matcher(a).matches() && (a.contains("_") || a.matches(".*\\p{L}[_.-]?\\d{2,}.*"));
    }
}
