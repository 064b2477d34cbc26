package org.colophon.pdf;

import org.colophon.print.PrintLayout;

/**
 * The colours of highlighted code in print, dark enough to read on white paper at 8 pt (each at least 5:1 against
 * white): in CMYK for a PDF/X colour interior (Flying Saucer draws {@code cmyk()} as DeviceCMYK, and they must beat
 * {@link PressColours}' black), as the same colours in RGB for PDF/A. A black-and-white interior has none: weight and
 * style (print.css) carry the highlighting, and the comments and line numbers are a dark grey.
 */
final class CodeColours {
    /** Each token class and its colour, as cyan, magenta, yellow and black from 0 to 1. */
    private static final String[][] PALETTE = {
            {"tok-kw, pre .tok-tag", "0.5 0.9 0 0.2"},
            {"tok-cm, pre .line-number, pre .wrap-mark", "0 0 0 0.6"},
            {"tok-str, pre .tok-ins", "0.85 0 0.9 0.5"},
            {"tok-num, pre .tok-lit", "0 0.6 1 0.3"},
            {"tok-type, pre .tok-attr, pre .tok-var", "0.9 0.2 0 0.45"},
            {"tok-fn", "0.9 0.5 0 0.2"},
            {"tok-meta", "0 0.25 1 0.5"},
            {"tok-del", "0 0.9 0.8 0.2"},
    };

    private CodeColours() {
    }

    static String css(PrintLayout layout) {
        StringBuilder css = new StringBuilder();
        if (layout.blackAndWhite()) {
            String grey = layout.pdfx() ? "cmyk(0, 0, 0, 0.65) !important" : "#595959";
            css.append("pre .tok-cm, pre .line-number, pre .wrap-mark { color: ").append(grey).append("; }\n");
            if (layout.pdfx()) {
                css.append("pre .marked { background-color: cmyk(0, 0, 0, 0.1); }\n");
            }
            return css.toString();
        }
        for (String[] entry : PALETTE) {
            String[] v = entry[1].split(" ");
            double c = Double.parseDouble(v[0]);
            double m = Double.parseDouble(v[1]);
            double y = Double.parseDouble(v[2]);
            double k = Double.parseDouble(v[3]);
            String colour = layout.pdfx()
                    ? "cmyk(" + v[0] + ", " + v[1] + ", " + v[2] + ", " + v[3] + ") !important"
                    : String.format("#%02x%02x%02x", rgb(c, k), rgb(m, k), rgb(y, k));
            css.append("pre .").append(entry[0]).append(" { color: ").append(colour).append("; }\n");
        }
        if (layout.pdfx()) {
            css.append("pre .marked { background-color: cmyk(0, 0, 0, 0.1); }\n");
        }
        return css.toString();
    }

    private static int rgb(double ink, double black) {
        return (int) Math.round(255 * (1 - ink) * (1 - black));
    }
}
