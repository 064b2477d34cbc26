/**
 * The book model: one immutable {@link org.colophon.book.Book} that every writer reads, content only. It knows
 * nothing of Markdown, EPUB or PDF ({@code ArchitectureTest} holds it to that).
 *
 * <h2>Adding a node type</h2>
 * A new kind of content (a formula, a citation, a definition list…) is a record of the sealed {@link
 * org.colophon.book.Block} or {@link org.colophon.book.Inline}; the compiler then names every place that must handle
 * it:
 * <ol>
 *   <li>{@link org.colophon.book.Visitor}: its {@code visit} method, and {@code accept} in the record.</li>
 *   <li>{@link org.colophon.book.TextRuns}: what text it sets, in which face (or that it sets none). The glyph gate,
 *       the word count, titles' plain text and the cover read text only from here.</li>
 *   <li>{@link org.colophon.book.Traversal}: descend into its children, if it has any (structural walks: figures,
 *       headings, images).</li>
 *   <li>{@code xhtml.NodeRenderer}: its XHTML, for both formats ({@code Profile} says where they differ); then its
 *       style in {@code epub/book.css} and {@code pdf/print.css}.</li>
 *   <li>{@code markdown}: the reader that makes it (a CommonMark-java block or inline parser, as {@code FencedDivs}),
 *       and the converter's case for it; its refusals as positioned diagnostics.</li>
 *   <li>Tests: a rendering test (Markdown → XHTML, in memory), a diagnostic test for what is refused, the node in
 *       the every-element fixture book ({@code VisitorTest} fails until it is there).</li>
 * </ol>
 * Words it adds go into every {@code l10n} catalogue.
 */
package org.colophon.book;
