package org.colophon.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.colophon.testing.SmallBooks;
import org.junit.jupiter.api.Test;

/** pandoc's citations, rendered with citeproc-java: every syntax, both kinds of style, and the diagnostics. */
class CitationsTest {
    static final String BIB = """
            @book{nguyen2019,
              author = {Nguyen, Phi-V{\\^a}n},
              title = {An Alliance Between {Vietnam} and the {Soviet Union}},
              shorttitle = {Alliance},
              publisher = {Cornell University Press},
              address = {Ithaca},
              year = {2019}
            }
            @article{tran2020,
              author = {Tr{\\`\\^e}n, V{\\u a}n and M{\\"u}ller, Hans},
              title = {Treaties of Friendship},
              journal = {Journal of Cold War Studies},
              volume = {22},
              number = {3},
              pages = {33--45},
              year = {2020}
            }
            @book{unused1999,
              author = {Nobody, Ann},
              title = {Never Cited},
              publisher = {Nowhere},
              year = {1999}
            }
            """;

    private static SmallBooks.Result book(String style, String... chapters) {
        Map<String, String> files = new java.util.LinkedHashMap<>();
        files.put("refs.bib", BIB);
        for (int i = 0; i < chapters.length; i++) {
            files.put("0" + (i + 1) + ".md", chapters[i]);
        }
        return SmallBooks.build("en", "bibliography: refs.bib\ncsl: " + style + "\n", files);
    }

    @Test
    void explore() {
        SmallBooks.Result r = book("chicago-notes-bibliography", "# One\n\nText [@nguyen2019, p. 12]. Again [@nguyen2019, 12]. Other [see @tran2020, 34; @nguyen2019, chap. 3]. "
                + "And [@nguyen2019, 14]. @tran2020 says. [-@nguyen2019]\n\nLast [@nguyen2019].\n");
        System.out.println(r.messages());
        System.out.println(r.chapter(0));
        for (int i = 1; i <= r.book().notes().size(); i++) System.out.println(i + ": " + r.note(i));
        System.out.println(r.chapter(r.chapters().size() - 1));
        SmallBooks.Result a = book("chicago-author-date", "# One\n\nText [@nguyen2019, p. 12]. Other [see @tran2020, 34; @nguyen2019, chap. 3]. @tran2020 [p. 3] says. [-@nguyen2019]\n");
        System.out.println(a.messages());
        System.out.println(a.chapter(0));
        System.out.println(a.chapter(1));
    }
}
