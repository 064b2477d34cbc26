package org.colophon.pdf;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.colophon.text.TexRefused;
import org.colophon.text.TexText;
import org.colophon.typeface.FontFace;
import org.colophon.typeface.Typeface;
import org.colophon.xhtml.MathMarkup;
import org.scilab.forge.jlatexmath.Atom;
import org.scilab.forge.jlatexmath.Box;
import org.scilab.forge.jlatexmath.DefaultTeXFont;
import org.scilab.forge.jlatexmath.MacroInfo;
import org.scilab.forge.jlatexmath.ParseException;
import org.scilab.forge.jlatexmath.RowAtom;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXEnvironment;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;
import org.scilab.forge.jlatexmath.TeXParser;

/**
 * The book's formulas for print, set by jlatexmath in Computer Modern (its own TrueType fonts, embedded in the PDF as
 * the book's faces are), {@link #SCALE} times the size of the text around them, so that their letters stand as tall
 * as Literata's. The words of a formula ({@code \text{…}}, {@link TexText}) are set in the book's faces at the text's
 * own size, never in jlatexmath's fonts, which build a Vietnamese letter by stacking accents over it.
 * <p>
 * jlatexmath keeps its commands and fonts in static fields: every use goes through {@link #LOCK}, one formula at a
 * time in the process, and a command a formula defines ({@code \newcommand}) is forgotten after it, so that no
 * formula, and no other book, sees another's. A command that calls itself stops after {@link #MAX_EXPANSIONS}.
 */
final class TexFormulas {
    static final Object LOCK = new Object();
    /** Computer Modern's x-height is 0.431 em, Literata's 0.507 em: 1.1 sets them near (cap heights 0.75 and 0.70). */
    static final float SCALE = 1.1f;
    /** The most times one formula may call the commands it defines: enough for any honest formula. */
    static final int MAX_EXPANSIONS = 1000;

    /** jlatexmath's commands as Colophon sets them up, restored after every formula. */
    private static Map<String, MacroInfo> commands;
    /** The formulas being parsed: whose faces its words take; set under {@link #LOCK}. */
    private static TexFormulas current;
    private static int expansions;

    private final Typeface text;
    private final Typeface code;
    /** Each formula's TeX and style, by the number the print document gives it. */
    private final List<String> texts = new ArrayList<>();
    private final List<Boolean> displays = new ArrayList<>();
    private final Map<String, Integer> numbers = new HashMap<>();
    private final Map<String, TeXFormula> parsed = new HashMap<>();

    TexFormulas(Typeface text, Typeface code) {
        this.text = text;
        this.code = code;
    }

    /** How the print document writes a formula: an element the layout replaces with its drawing ({@link MathDrawing}). */
    MathMarkup markup() {
        return (w, tex, display) -> w.empty("span", "class", display ? "math display" : "math",
                "data-formula", Integer.toString(number(tex, display)));
    }

    private synchronized int number(String tex, boolean display) {
        return numbers.computeIfAbsent((display ? "D" : "I") + tex, k -> {
            texts.add(tex);
            displays.add(display);
            return texts.size() - 1;
        });
    }

    synchronized String tex(int number) {
        return texts.get(number);
    }

    synchronized boolean display(int number) {
        return displays.get(number);
    }

    /**
     * The formula parsed, or what jlatexmath refuses in it: a command it does not know, a letter of text written as
     * math ({@code $é$}, which it would build from an accent, and KaTeX refuses too), a command that calls itself.
     */
    TeXFormula parse(String tex) throws TexRefused {
        synchronized (LOCK) {
            TeXFormula known = parsed.get(tex);
            if (known != null) {
                return known;
            }
            setUp();
            String math = TexText.mathOnly(tex);
            for (int i = 0; i < math.length(); i += Character.charCount(math.codePointAt(i))) {
                int c = math.codePointAt(i);
                if (c > 0x7F && !Character.isWhitespace(c) && !symbol(c)) {
                    throw new TexRefused(String.format("'%s' (U+%04X) is not a symbol of math%s", Character.toString(c), c,
                            Character.isLetter(c) ? "; write a word in \\text{…}" : ""), i);
                }
            }
            current = this;
            expansions = 0;
            try {
                TeXFormula formula = new TeXFormula(tex);
                formula.createTeXIcon(TeXConstants.STYLE_DISPLAY, 10);   // some errors show only as it is set
                parsed.put(tex, formula);
                return formula;
            } catch (ParseException e) {
                throw new TexRefused(message(e), -1);
            } catch (StackOverflowError e) {
                throw new TexRefused("it is nested too deeply", -1);
            } catch (RuntimeException e) {
                throw new TexRefused("jlatexmath failed on it (" + e.getClass().getSimpleName() + (e.getMessage() == null ? ""
                        : ": " + e.getMessage()) + "); simplify it, or report it", -1);
            } finally {
                current = null;
                restore();
            }
        }
    }

    /**
     * Whether jlatexmath sets the character as a symbol of its own (α, ≤, ∑, a no-break space), rather than as a letter
     * it would build from an accent (é is \\'e to it) or draw in a font of the machine's.
     */
    private static boolean symbol(int c) {
        if (c > 0xFFFF) {
            return false;
        }
        return TeXFormula.symbolMappings[c] != null
                || !Character.isLetter(c) && TeXFormula.symbolFormulaMappings != null && TeXFormula.symbolFormulaMappings[c] != null;
    }

    /** The formula drawn at {@code size} points (the text's), in display or text style. */
    TeXIcon icon(String tex, boolean display, float size) throws TexRefused {
        TeXFormula formula = parse(tex);
        synchronized (LOCK) {
            current = this;
            try {
                TeXIcon icon = formula.createTeXIcon(display ? TeXConstants.STYLE_DISPLAY : TeXConstants.STYLE_TEXT, size * SCALE);
                icon.setInsets(new java.awt.Insets(0, 0, 0, 0), true);   // true: no margin of its own around the ink
                return icon;
            } finally {
                current = null;
            }
        }
    }

    private static String message(ParseException e) {
        String m = e.getMessage() == null ? "it does not parse" : e.getMessage().strip();
        return m.lines().findFirst().orElse(m).replaceFirst("^Unknown symbol or command or predefined TeXFormula: '(.*)'$",
                "unknown command \\\\$1");
    }

    /** Colophon's commands for words, in place of jlatexmath's, once per process. */
    private static void setUp() {
        if (commands != null) {
            return;
        }
        // jlatexmath draws with its fonts as Java objects: putting them into the machine's fonts only prints warnings
        org.scilab.forge.jlatexmath.DefaultTeXFontParser.registerFonts(false);
        new TeXFormula();   // its commands are made as the class starts: before they are replaced
        for (String name : TexText.commands()) {
            Definitions.forget(name);   // jlatexmath's \textit is a macro of \text: ours sets the words itself
            MacroInfo.Commands.put(name, new WordsMacro(name));
        }
        for (String name : List.of("newcommand", "renewcommand")) {
            MacroInfo.Commands.put(name, new Defining(MacroInfo.Commands.get(name)));
        }
        commands = new HashMap<>(MacroInfo.Commands);
        Definitions.save();
    }

    /** Forgets the commands the last formula defined, and brings back those it defined again. */
    private static void restore() {
        if (!MacroInfo.Commands.equals(commands)) {
            MacroInfo.Commands.clear();
            MacroInfo.Commands.putAll(commands);
        }
        Definitions.restore();
    }

    /** jlatexmath's macros ({@code \newcommand}'s and its own, as {@code \textit}), whose maps only a subclass reaches. */
    private static final class Definitions extends org.scilab.forge.jlatexmath.NewCommandMacro {
        private static Map<String, String> code, replacement;

        static void forget(String name) {
            macrocode.remove(name);
            macroreplacement.remove(name);
        }

        static void save() {
            code = new HashMap<>(macrocode);
            replacement = new HashMap<>(macroreplacement);
        }

        static void restore() {
            if (!macrocode.equals(code) || !macroreplacement.equals(replacement)) {
                macrocode.clear();
                macrocode.putAll(code);
                macroreplacement.clear();
                macroreplacement.putAll(replacement);
            }
        }
    }

    /** {@code \newcommand}, whose command then counts its calls. */
    private static final class Defining extends MacroInfo {
        private final MacroInfo original;

        Defining(MacroInfo original) {
            super(original.nbArgs, original.posOpts);
            this.original = original;
            this.hasOptions = original.hasOptions;
        }

        @Override
        public Object invoke(TeXParser tp, String[] args) throws ParseException {
            Object result = original.invoke(tp, args);
            String name = args[1].startsWith("\\") ? args[1].substring(1) : args[1];
            MacroInfo defined = MacroInfo.Commands.get(name);
            if (defined != null && !(defined instanceof Counted)) {
                MacroInfo.Commands.put(name, new Counted(defined, name));
            }
            return result;
        }
    }

    private static final class Counted extends MacroInfo {
        private final MacroInfo defined;
        private final String name;

        Counted(MacroInfo defined, String name) {
            super(defined.nbArgs, defined.posOpts);
            this.defined = defined;
            this.name = name;
            this.hasOptions = defined.hasOptions;
        }

        @Override
        public Object invoke(TeXParser tp, String[] args) throws ParseException {
            if (++expansions > MAX_EXPANSIONS) {
                throw new ParseException("\\" + name + " is expanded more than " + MAX_EXPANSIONS + " times: it calls itself");
            }
            return defined.invoke(tp, args);
        }
    }

    /** {@code \text{…}} and its kind: the words in the book's faces, a formula inside them set again. */
    private static final class WordsMacro extends MacroInfo {
        private final String name;

        WordsMacro(String name) {
            super(1);
            this.name = name;
        }

        @Override
        public Object invoke(TeXParser tp, String[] args) throws ParseException {
            List<TexText.Segment> segments;
            try {
                segments = TexText.content(args[1], TexText.style(name, TexText.Style.REGULAR));
            } catch (TexRefused e) {
                throw new ParseException(e.getMessage());
            }
            RowAtom row = null;
            for (TexText.Segment s : segments) {
                Atom atom = s instanceof TexText.Words w ? current.words(w) : new TeXFormula(((TexText.Formula) s).tex()).root;
                if (atom == null) {
                    continue;
                }
                if (row == null) {
                    row = new RowAtom(atom);
                } else {
                    row.add(atom);
                }
            }
            return row == null ? new RowAtom(null) : row;
        }
    }

    private Atom words(TexText.Words w) {
        FontFace face = (w.style().code() ? code : text).face(w.style().bold(), w.style().italic());
        return new WordsAtom(w.text(), face);
    }

    /** Java's font of each of the book's faces, at {@link #FONT_SIZE}, for measuring and drawing a formula's words. */
    private static final Map<FontFace, Font> AWT = new ConcurrentHashMap<>();
    /** The face of each of those fonts, by the name Java gives it: OpenPDF's font for it is the book's own. */
    static final Map<String, FontFace> FACES = new ConcurrentHashMap<>();
    private static final float FONT_SIZE = 100;
    private static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);

    static Font awt(FontFace face) {
        return AWT.computeIfAbsent(face, f -> {
            try {
                Font font = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(f.data())).deriveFont(FONT_SIZE);
                FACES.put(font.getFontName(), f);
                return font;
            } catch (FontFormatException | IOException e) {
                throw new IllegalStateException("Java cannot read " + f.fileName() + ": " + e.getMessage(), e);
            }
        });
    }

    /** Words of a formula in one of the book's faces. */
    private static final class WordsAtom extends Atom {
        private final String text;
        private final FontFace face;

        WordsAtom(String text, FontFace face) {
            this.text = text;
            this.face = face;
        }

        @Override
        public Box createBox(TeXEnvironment env) {
            return new WordsBox(text, face, DefaultTeXFont.getSizeFactor(env.getStyle()) / SCALE);
        }
    }

    /**
     * Words drawn as text in the book's face (OpenPDF embeds its glyphs with the book's), their width the face's own
     * advances, as the PDF sets them; a box's units are the formula's em, so the face is drawn at {@code size} em.
     */
    private static final class WordsBox extends Box {
        private final String text;
        private final Font font;
        private final float size;

        WordsBox(String text, FontFace face, float size) {
            this.text = text;
            this.font = awt(face);
            this.size = size;
            try {
                this.width = PrintFonts.font(face).getWidthPoint(text, size);
            } catch (IOException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
            Rectangle2D ink = new TextLayout(text.isBlank() ? "x" : text, font, MEASURE).getBounds();
            float k = size / FONT_SIZE;
            this.height = text.isBlank() ? 0 : (float) (-ink.getY() * k);
            this.depth = text.isBlank() ? 0 : (float) ((ink.getHeight() + ink.getY()) * k);
        }

        @Override
        public void draw(java.awt.Graphics2D g2, float x, float y) {
            java.awt.geom.AffineTransform at = g2.getTransform();
            g2.translate(x, y);
            g2.scale(size / FONT_SIZE, size / FONT_SIZE);
            g2.setFont(font);
            g2.drawString(text, 0f, 0f);
            g2.setTransform(at);
        }

        @Override
        public int getLastFontId() {
            return 0;
        }
    }
}
