package org.colophon.highlight;

import java.util.ArrayList;
import java.util.List;
import javax.swing.text.Segment;
import org.colophon.book.Code;
import org.fife.ui.rsyntaxtextarea.Token;
import org.fife.ui.rsyntaxtextarea.TokenMaker;
import org.fife.ui.rsyntaxtextarea.TokenMakerFactory;
import org.fife.ui.rsyntaxtextarea.TokenTypes;

/**
 * A language lexed by one of RSyntaxTextArea's token makers (JFlex lexers, written for its editor): line by line, the
 * state at a line's end (inside a comment, a string) carried to the next, as its editor does. They need no display:
 * a token maker reads a {@link Segment} and touches no window. A token maker is not thread-safe, so each lexer has
 * its own.
 */
final class FifeLexer implements Lexer {
    private final TokenMaker maker;
    /** Whether an upper-case identifier is a type (Java's {@code String}, Rust's {@code Vec}). */
    private final boolean capitalsAreTypes;
    /** Whether the lexer marks library classes as functions (Java's token maker does), which read better as types. */
    private final boolean functionsAreTypes;

    /** A line that is all one annotation the token maker does not see (Rust's {@code #[derive(Debug)]}), or null. */
    private final java.util.regex.Pattern metaLine;

    FifeLexer(String style, boolean capitalsAreTypes, boolean functionsAreTypes) {
        this(style, capitalsAreTypes, functionsAreTypes, null);
    }

    FifeLexer(String style, boolean capitalsAreTypes, boolean functionsAreTypes, String metaLine) {
        this.maker = TokenMakerFactory.getDefaultInstance().getTokenMaker(style);
        this.capitalsAreTypes = capitalsAreTypes;
        this.functionsAreTypes = functionsAreTypes;
        this.metaLine = metaLine == null ? null : java.util.regex.Pattern.compile(metaLine);
    }

    @Override
    public List<Code.Token> tokens(String code) {
        List<Code.Token> out = new ArrayList<>();
        int state = TokenTypes.NULL;
        int start = 0;
        while (start <= code.length()) {
            int end = code.indexOf('\n', start);
            if (end < 0) {
                end = code.length();
            }
            char[] chars = code.substring(start, end).toCharArray();
            List<Code.Token> line = new ArrayList<>();
            Token t = maker.getTokenList(new Segment(chars, 0, chars.length), state, 0);
            Token last = t;
            for (; t != null; t = t.getNextToken()) {
                last = t;
                if (t.isPaintable()) {
                    line.add(new Code.Token(kind(t.getType()), t.getLexeme()));
                }
            }
            state = last == null ? TokenTypes.NULL : last.getType();
            String text = new String(chars);
            if (metaLine != null && state == TokenTypes.NULL && metaLine.matcher(text).matches()) {
                int indent = text.length() - text.stripLeading().length();
                line = new ArrayList<>(List.of(new Code.Token(Code.Kind.PLAIN, text.substring(0, indent)),
                        new Code.Token(Code.Kind.META, text.substring(indent))));
            }
            Tokens.refine(line, capitalsAreTypes, true);
            out.addAll(line);
            if (end < code.length()) {
                out.add(new Code.Token(Code.Kind.PLAIN, "\n"));
            }
            start = end + 1;
        }
        return Tokens.merged(out);
    }

    private Code.Kind kind(int type) {
        return switch (type) {
            case TokenTypes.COMMENT_EOL, TokenTypes.COMMENT_MULTILINE, TokenTypes.COMMENT_DOCUMENTATION,
                    TokenTypes.COMMENT_KEYWORD, TokenTypes.COMMENT_MARKUP, TokenTypes.MARKUP_COMMENT -> Code.Kind.COMMENT;
            case TokenTypes.RESERVED_WORD, TokenTypes.RESERVED_WORD_2 -> Code.Kind.KEYWORD;
            case TokenTypes.FUNCTION -> functionsAreTypes ? Code.Kind.TYPE : Code.Kind.FUNCTION;
            case TokenTypes.LITERAL_BOOLEAN, TokenTypes.MARKUP_ENTITY_REFERENCE -> Code.Kind.CONSTANT;
            case TokenTypes.LITERAL_NUMBER_DECIMAL_INT, TokenTypes.LITERAL_NUMBER_FLOAT, TokenTypes.LITERAL_NUMBER_HEXADECIMAL,
                    TokenTypes.ERROR_NUMBER_FORMAT -> Code.Kind.NUMBER;
            case TokenTypes.LITERAL_STRING_DOUBLE_QUOTE, TokenTypes.LITERAL_CHAR, TokenTypes.LITERAL_BACKQUOTE, TokenTypes.REGEX,
                    TokenTypes.MARKUP_TAG_ATTRIBUTE_VALUE, TokenTypes.ERROR_STRING_DOUBLE, TokenTypes.ERROR_CHAR -> Code.Kind.STRING;
            case TokenTypes.DATA_TYPE -> Code.Kind.TYPE;
            case TokenTypes.VARIABLE -> Code.Kind.VARIABLE;
            case TokenTypes.ANNOTATION, TokenTypes.PREPROCESSOR, TokenTypes.MARKUP_DTD, TokenTypes.MARKUP_PROCESSING_INSTRUCTION,
                    TokenTypes.MARKUP_CDATA_DELIMITER -> Code.Kind.META;
            case TokenTypes.OPERATOR -> Code.Kind.OPERATOR;
            case TokenTypes.MARKUP_TAG_DELIMITER, TokenTypes.MARKUP_TAG_NAME -> Code.Kind.TAG;
            case TokenTypes.MARKUP_TAG_ATTRIBUTE -> Code.Kind.ATTRIBUTE;
            default -> Code.Kind.PLAIN;   // identifiers, white space, separators, CDATA's text
        };
    }
}
