/**
 * Parts of an HTML text a browser never shows as text: scripts, styles, the head (title, meta), templates,
 * Word's <xml> data islands, comments (Word's conditional comments among them). Clipboard HTML from Word
 * and from web pages is full of them; none may become cell text or a roadmap's title.
 */
const INVISIBLE =
  /<(script|style|head|title|template|xml|noscript)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)|<!--[\s\S]*?(?:-->|$)|<!\[(?:if\b[^\]]*|endif)\]>/gi;
const MAYBE = /<(?:script|style|head|title|template|xml|noscript)\b|<!--|<!\[/i;

/** Only the line breaks of what is removed stay, so line numbers of the text after it do not move. */
export function stripInvisibleHtml(html: string): string {
  if (!MAYBE.test(html)) return html;
  return html.replace(INVISIBLE, (m) => m.replace(/[^\n]+/g, ""));
}

/**
 * A text that is an HTML document (or clipboard HTML) rather than tab-separated text with a «<» in it:
 * it has the document's structure. A cell that merely mentions «<script>» does not make a document HTML.
 */
export function looksLikeHtmlDocument(text: string): boolean {
  return /<(?:html|body|head)\b|<table\b[^>]*>[\s\S]*<\/table\s*>/i.test(text.slice(0, 1 << 16));
}
