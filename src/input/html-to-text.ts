// Visible article text from an HTML DOM: boilerplate elements dropped, block elements turned into
// paragraph breaks, inline whitespace collapsed (as a browser would), entities already decoded
// by htmlparser2. Pure: DOM in, string out.
import type { AnyNode, Element, Text } from 'domhandler';

/** Elements whose content is never article text. */
export const DROPPED_ELEMENTS = new Set([
  'script', 'style', 'nav', 'header', 'footer', 'aside', 'form', 'noscript', 'template',
  'iframe', 'svg', 'canvas', 'button', 'select', 'textarea', 'object', 'embed', 'head', 'title',
  'menu', 'dialog',
]);

/** Elements that start a new paragraph. */
const BLOCK_ELEMENTS = new Set([
  'p', 'div', 'section', 'article', 'main', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li',
  'blockquote', 'pre', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'dl', 'dt', 'dd', 'figure',
  'figcaption', 'address', 'hr', 'details', 'summary', 'caption', 'body', 'html', 'center',
]);

// Own type guards: htmlparser2 12 does not re-export domhandler's, and domhandler is only a
// transitive dependency (used here for types alone).
const isText = (node: AnyNode): node is Text => node.type === 'text';
export const isElement = (node: AnyNode): node is Element =>
  node.type === 'tag' || node.type === 'script' || node.type === 'style';

/** `hidden` and `aria-hidden` content is not shown to readers either. */
function isHidden(el: Element): boolean {
  return el.attribs.hidden !== undefined || el.attribs['aria-hidden'] === 'true';
}

/**
 * Text of `nodes`, paragraphs separated by a blank line. `skip` lets the caller leave out one
 * element (the `<h1>` already used as the title).
 */
export function htmlToText(nodes: AnyNode[], skip?: (el: Element) => boolean): string {
  const paragraphs: string[] = [];
  let current = '';
  const flush = (): void => {
    const p = current.replace(/[ \t\f\r\u00A0]*\n[ \t\f\r\u00A0]*/g, '\n').replace(/[ \t\f\r\u00A0]+/g, ' ').trim();
    if (p) paragraphs.push(p);
    current = '';
  };
  const walk = (node: AnyNode, pre: boolean): void => {
    if (isText(node)) {
      current += pre ? node.data : node.data.replace(/\s+/g, ' ');
      return;
    }
    if (!isElement(node)) {
      // CDATA sections and documents hold text; comments and directives do not count.
      if (node.type === 'cdata' || node.type === 'root') for (const c of node.children) walk(c, pre);
      return;
    }
    const name = node.name.toLowerCase();
    if (DROPPED_ELEMENTS.has(name) || isHidden(node) || skip?.(node)) return;
    if (name === 'br') {
      current += '\n';
      return;
    }
    const block = BLOCK_ELEMENTS.has(name);
    if (block) flush();
    for (const c of node.children) walk(c, pre || name === 'pre');
    if (block) flush();
    else if (name === 'td' || name === 'th') current += ' ';
  };
  for (const n of nodes) walk(n, false);
  flush();
  return paragraphs.join('\n\n');
}
