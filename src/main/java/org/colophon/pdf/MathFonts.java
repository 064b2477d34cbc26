package org.colophon.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;
import java.awt.Font;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fonts a formula is drawn in, as OpenPDF embeds them: jlatexmath's Computer Modern and AMS faces (TrueType files
 * in its jar; Knuth's licence, the SIL OFL, and public domain, whose texts Colophon's jar carries), each subset, and
 * the book's own faces for a formula's words (the very fonts the text is set in, so their glyphs join its subsets).
 */
final class MathFonts implements FontMapper {
    private static final String FONTS = "/org/scilab/forge/jlatexmath/fonts/";
    /** jlatexmath's faces, by the name Java reads in each file, and where each file is in its jar. */
    private static final Map<String, String> FILES = Map.ofEntries(
            entry("base/jlm_cmex10"), entry("base/jlm_cmmi10"), entry("base/jlm_cmmib10"),
            entry("maths/jlm_cmsy10"), entry("maths/jlm_cmbsy10"), entry("maths/jlm_msam10"), entry("maths/jlm_msbm10"),
            entry("maths/jlm_rsfs10"), entry("maths/jlm_stmary10"), entry("maths/jlm_special"),
            entry("maths/optional/jlm_dsrom10"), entry("euler/jlm_eufm10"), entry("euler/jlm_eufb10"),
            entry("latin/jlm_cmr10"), entry("latin/jlm_jlmr10"), entry("latin/jlm_jlmi10"),
            entry("latin/jlm_jlmbx10"), entry("latin/jlm_jlmbi10"), entry("latin/jlm_jlmss10"), entry("latin/jlm_jlmsi10"),
            entry("latin/jlm_jlmsb10"), entry("latin/jlm_jlmsbi10"), entry("latin/jlm_jlmtt10"),
            entry("latin/optional/jlm_cmbx10"), entry("latin/optional/jlm_cmbxti10"), entry("latin/optional/jlm_cmti10"),
            entry("latin/optional/jlm_cmss10"), entry("latin/optional/jlm_cmssbx10"), entry("latin/optional/jlm_cmssi10"),
            entry("latin/optional/jlm_cmtt10"));
    /** Parsed once per process, as the book's faces are ({@link PrintFonts}). */
    private static final Map<String, BaseFont> PARSED = new ConcurrentHashMap<>();

    private static Map.Entry<String, String> entry(String path) {
        return Map.entry(path.substring(path.lastIndexOf('/') + 1), FONTS + path + ".ttf");
    }

    /**
     * Gives each of jlatexmath's fonts parsed so far the same subset prefix as in every other build, as
     * {@link PrintFonts} does for the book's: called before each layout.
     */
    static void reseed() {
        PARSED.forEach((name, font) -> font.setSecureRandom(seeded(name)));
    }

    @Override
    public BaseFont awtToPdf(Font font) {
        String name = font.getFontName();
        org.colophon.typeface.FontFace face = TexFormulas.FACES.get(name);
        try {
            if (face != null) {
                return PrintFonts.font(face);
            }
            // what Java2D starts with (Dialog), never drawn in: any of ours stands for it
            String file = FILES.containsKey(name) ? name : "jlm_cmr10";
            return PARSED.computeIfAbsent(file, MathFonts::parse);
        } catch (IOException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static BaseFont parse(String name) {
        try (InputStream in = MathFonts.class.getResourceAsStream(FILES.get(name))) {
            if (in == null) {
                throw new IllegalStateException("jlatexmath's font " + FILES.get(name) + " is missing from the class path");
            }
            BaseFont font = BaseFont.createFont(name + ".ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(), null);
            font.setSecureRandom(seeded(name));
            return font;
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("cannot load jlatexmath's font " + name + ": " + e.getMessage(), e);
        }
    }

    private static java.security.SecureRandom seeded(String seed) {
        try {
            java.security.SecureRandom random = java.security.SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(seed.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return random;
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Font pdfToAwt(BaseFont font, int size) {
        return null;
    }
}
