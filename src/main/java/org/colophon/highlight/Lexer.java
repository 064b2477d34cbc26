package org.colophon.highlight;

import java.util.List;
import org.colophon.book.Code;

/** Cuts a code block's text into tokens whose texts, joined, are the code. */
interface Lexer {
    List<Code.Token> tokens(String code);
}
