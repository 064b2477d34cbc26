package org.colophon.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.colophon.testing.SmallBooks;
import org.junit.jupiter.api.Test;

/** Index marks, the index chapter they make, sorted by the book's language, in EPUB Indexes markup. */
class IndexTest {

    @Test
    void marksBecomeAnchorsAndTheIndexAChapterAtTheBack() {
        SmallBooks.Result r = SmallBooks.build("en", "", Map.of(
                "01.md", "# One\n\nThe [Treaty of Friendship]{.index} was signed. [The treaty]{.index entry=\"Treaty!of Friendship\"} "
                        + "held.[]{.index entry=\"Pact\" see=\"Treaty\"} Moscow[]{.index entry=\"Moscow\" see-also=\"Soviet Union\"}.\n",
                "02.md", "# Two\n\nIn [Moscow]{.index}, the [Soviet Union]{.index} and the [treaty]{.index entry=\"Treaty!of Friendship\"}.\n"));
        assertEquals("", r.messages());
        assertEquals("<h1 id=\"one\">One</h1>\n<p>The <span id=\"ix-1\" class=\"index-mark\">Treaty of Friendship</span> was signed. "
                + "<span id=\"ix-2\" class=\"index-mark\">The treaty</span> held.<span id=\"ix-3\" class=\"index-mark\"></span> "
                + "Moscow<span id=\"ix-4\" class=\"index-mark\"></span>.</p>", r.chapter(0));
        var index = r.book().chapters().get(2);
        assertEquals(org.colophon.book.Role.INDEX, index.role());
        assertEquals("Index", index.title());
        assertEquals("""
                <h1 id="index-title">Index</h1>
                <section class="index-group" epub:type="index-group">
                <h2 class="index-letter">M</h2>
                <ul class="index-entries" epub:type="index-entry-list">
                <li id="ix-entry-moscow" class="index-entry" epub:type="index-entry"><span class="index-term" epub:type="index-term">Moscow</span><span class="index-locators">, \
                <a href="ch-01.xhtml#ix-4" class="index-locator" epub:type="index-locator">One</a>, \
                <a href="ch-02.xhtml#ix-5" class="index-locator" epub:type="index-locator">Two</a></span>. \
                <span class="index-xref" epub:type="index-xref-related"><em>See also</em> <a href="#ix-entry-soviet-union">Soviet Union</a></span></li>
                </ul>
                </section>
                <section class="index-group" epub:type="index-group">
                <h2 class="index-letter">P</h2>
                <ul class="index-entries" epub:type="index-entry-list">
                <li id="ix-entry-pact" class="index-entry" epub:type="index-entry"><span class="index-term" epub:type="index-term">Pact</span><span class="index-locators">, \
                <a href="ch-01.xhtml#ix-3" class="index-locator" epub:type="index-locator">One</a></span>. \
                <span class="index-xref" epub:type="index-xref-preferred"><em>See</em> <a href="#ix-entry-treaty">Treaty</a></span></li>
                </ul>
                </section>
                <section class="index-group" epub:type="index-group">
                <h2 class="index-letter">S</h2>
                <ul class="index-entries" epub:type="index-entry-list">
                <li id="ix-entry-soviet-union" class="index-entry" epub:type="index-entry"><span class="index-term" epub:type="index-term">Soviet Union</span><span class="index-locators">, \
                <a href="ch-02.xhtml#ix-6" class="index-locator" epub:type="index-locator">Two</a></span></li>
                </ul>
                </section>
                <section class="index-group" epub:type="index-group">
                <h2 class="index-letter">T</h2>
                <ul class="index-entries" epub:type="index-entry-list">
                <li id="ix-entry-treaty" class="index-entry" epub:type="index-entry"><span class="index-term" epub:type="index-term">Treaty</span>
                <ul class="index-entries" epub:type="index-entry-list">
                <li id="ix-entry-of-friendship" class="index-entry" epub:type="index-entry"><span class="index-term" epub:type="index-term">of Friendship</span><span class="index-locators">, \
                <a href="ch-01.xhtml#ix-2" class="index-locator" epub:type="index-locator">One</a>, \
                <a href="ch-02.xhtml#ix-7" class="index-locator" epub:type="index-locator">Two</a></span></li>
                </ul>
                </li>
                <li id="ix-entry-treaty-of-friendship" class="index-entry" epub:type="index-entry"><span class="index-term" epub:type="index-term">Treaty of Friendship</span><span class="index-locators">, \
                <a href="ch-01.xhtml#ix-1" class="index-locator" epub:type="index-locator">One</a></span></li>
                </ul>
                </section>""", r.chapter(2));
    }

    @Test
    void aVietnameseIndexIsInVietnameseOrderAndItsLettersAreVietnameseLetters() {
        SmallBooks.Result r = SmallBooks.build("vi", "", Map.of("01.md", "# Một\n\n[Huế]{.index}, [Đà Nẵng]{.index}, [Dương Đông]{.index}, "
                + "[Hà Nội]{.index}, [Ấn Độ]{.index}, [An Giang]{.index}, [Ăn mày]{.index}, [Đông Hà]{.index}, [Áo dài]{.index}.\n"));
        assertEquals("", r.messages());
        String index = r.chapter(1);
        java.util.List<String> terms = new java.util.ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("epub:type=\"index-term\">([^<]+)<").matcher(index);
        while (m.find()) {
            terms.add(m.group(1));
        }
        assertEquals(java.util.List.of("An Giang", "Áo dài", "Ăn mày", "Ấn Độ", "Dương Đông", "Đà Nẵng", "Đông Hà", "Hà Nội", "Huế"), terms);
        java.util.List<String> letters = new java.util.ArrayList<>();
        m = java.util.regex.Pattern.compile("index-letter\">([^<]+)<").matcher(index);
        while (m.find()) {
            letters.add(m.group(1));
        }
        assertEquals(java.util.List.of("A", "Ă", "Â", "D", "Đ", "H"), letters);
        assertEquals("Chỉ mục", r.book().chapters().get(1).title());
    }

    @Test
    void aMarkWithNoTermIsAnErrorAndACrossReferenceToNoEntryAWarning() {
        SmallBooks.Result r = SmallBooks.build("en", "", Map.of("01.md", "# One\n\nText []{.index} and [pact]{.index see=\"Treatise\" colour=red}.\n"));
        assertEquals("""
                01.md:3:6: error: an index mark with no text needs its term: write [term]{.index}, or []{.index entry="Term"} for a mark that prints nothing
                01.md:3:21: warning: 'colour=' is dropped from an index mark, which takes entry=, see= and see-also=
                01.md:3:21: warning: the index has no entry 'Treatise' for this cross-reference to name; mark the term somewhere with [Treatise]{.index}, or name an entry it has""",
                r.messages());
    }
}
