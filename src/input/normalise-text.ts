// Text normalisation applied to every article body and title, whatever the format, so that the
// same article read from .txt, .html or .jsonl gives the same text, offsets and hash.

/**
 * CRLF/CR -> LF, strip BOM, Unicode NFC, no trailing spaces on a line, no blank lines at the
 * ends, and at most two blank lines in a row (3+ blank lines collapse to 2).
 */
export function normaliseText(raw: string): string {
  return raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC')
    .replace(/[ \t\f\v\u00A0]+$/gm, '')
    .replace(/\n{4,}/g, '\n\n\n')
    .replace(/^\n+/, '')
    .replace(/\s+$/, '');
}

/** One-line form for metadata values (titles, places): whitespace runs become one space. */
export function normaliseInline(raw: string): string {
  return raw.replace(/^\uFEFF/, '').normalize('NFC').replace(/\s+/g, ' ').trim();
}
