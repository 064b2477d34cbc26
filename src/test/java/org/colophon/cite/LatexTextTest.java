package org.colophon.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** BibTeX's LaTeX as Unicode: every way to write an accent, stacked accents, letters, dashes; case braces kept. */
class LatexTextTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Phi-V{\\^a}n|Phi-Vân",
            "Phi-V\\^{a}n|Phi-Vân",
            "Phi-V\\^an|Phi-Vân",
            "Tr{\\`\\^e}n|Trền",
            "Nguy\\~{\\^e}n|Nguyễn",
            "V{\\u a}n|Văn",
            "\\d{a}|ạ",
            "H\\h{o}|Hỏ",
            "M{\\\"u}ller|Müller",
            "{\\'E}cole|École",
            "Ch{\\'\\i}|Chí",
            "\\v{S}koda|Škoda",
            "{\\l}\\'od\\'z|łódź",
            "Stra{\\ss}e|Straße",
            "{\\dj}|đ",
            "1954--1963|1954–1963",
            "yes---no|yes—no",
            "An Alliance Between {Vietnam} and the {Soviet Union}|An Alliance Between {Vietnam} and the {Soviet Union}",
            "Treaties \\& Trade|Treaties & Trade",
            "\\emph{Alliance}|\\emph{Alliance}"})
    void readsLatexAsUnicode(String latex, String unicode) {
        assertEquals(unicode, LatexText.unicode(latex));
    }
}
