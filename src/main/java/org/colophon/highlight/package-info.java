/**
 * Syntax highlighting: cuts a code block's text into tokens of a kind (keyword, string, comment…), which the one
 * renderer writes as classes for every format. The lexers of RSyntaxTextArea (BSD) do the languages they know; small
 * rule lexers of our own ({@link org.colophon.highlight.Grammars}) do those it lacks. Knows the model's tokens and
 * nothing else of Colophon.
 */
package org.colophon.highlight;
