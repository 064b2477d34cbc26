package org.colophon.pdf;

import java.util.List;
import org.w3c.dom.Element;
import org.xhtmlrenderer.css.parser.FSFunction;
import org.xhtmlrenderer.css.extend.ContentFunction;
import org.xhtmlrenderer.layout.FunctionData;
import org.xhtmlrenderer.layout.LayoutContext;
import org.xhtmlrenderer.render.Box;
import org.xhtmlrenderer.render.InlineLayoutBox;
import org.xhtmlrenderer.render.InlineText;
import org.xhtmlrenderer.render.RenderingContext;

/**
 * The printed contents' page numbers of the front matter in roman, as its folios are: Flying Saucer's
 * {@code target-counter()} gives every page number in arabic ("Preface ..... 7" for page vii). After the layout, the
 * number of each contents entry of class {@code front} is given by a counter of Colophon's that writes it in roman.
 */
final class RomanContents {
    private RomanContents() {
    }

    static void apply(Box root) {
        walk(root);
    }

    private static void walk(Box box) {
        if (box instanceof InlineLayoutBox inline) {
            for (Object child : inline.getInlineChildren()) {
                if (child instanceof InlineText t && t.isDynamicFunction() && isFrontEntry(inline.getElement())
                        && t.getFunctionData().getFunction().is("target-counter")) {
                    t.setFunctionData(new FunctionData(new Roman(t.getFunctionData().getContentFunction()),
                            t.getFunctionData().getFunction()));
                } else if (child instanceof Box b) {
                    walk(b);
                }
            }
        }
        for (int i = 0; i < box.getChildCount(); i++) {
            walk(box.getChild(i));
        }
    }

    private static boolean isFrontEntry(Element e) {
        return e != null && e.getTagName().equals("a") && List.of(e.getAttribute("class").split(" ")).contains("front");
    }

    /** Flying Saucer's page number of the target, in roman. */
    private record Roman(ContentFunction arabic) implements ContentFunction {
        @Override
        public boolean isStatic() {
            return false;
        }

        @Override
        public String calculate(RenderingContext c, FSFunction function, InlineText text) {
            String page = arabic.calculate(c, function, text);
            return page.matches("\\d+") ? PageStarts.roman(Integer.parseInt(page)) : page;
        }

        @Override
        public String calculate(LayoutContext c, FSFunction function) {
            return arabic.calculate(c, function);
        }

        @Override
        public String getLayoutReplacementText() {
            return arabic.getLayoutReplacementText();
        }

        @Override
        public boolean canHandle(LayoutContext c, FSFunction function) {
            return arabic.canHandle(c, function);
        }
    }
}
