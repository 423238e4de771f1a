// XML 1.0 text helpers for the exporters: drop characters XML 1.0 cannot carry at all (control
// characters, lone surrogates, U+FFFE/U+FFFF) and escape the five markup characters. Attribute
// values also escape tab, newline and carriage return, which XML parsers would otherwise fold
// into spaces; text content escapes carriage return, which parsers would turn into newline.

/** Everything outside XML 1.0's Char production: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]. */
const INVALID_XML_CHARS = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function stripInvalidXmlChars(text: string): string {
  return text.replace(INVALID_XML_CHARS, '');
}

// NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR are line ends in XML 1.1 and some parsers fold
// them; a character reference keeps them exact everywhere.
const TEXT_ESCAPES: Record<string, string> = {
  '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;', '\u0085': '&#133;', '\u2028': '&#8232;', '\u2029': '&#8233;',
};
const ATTR_ESCAPES: Record<string, string> = {
  ...TEXT_ESCAPES, '"': '&quot;', "'": '&apos;', '\t': '&#9;', '\n': '&#10;',
};

/** Escape for element content. */
export function escapeXmlText(text: string): string {
  return stripInvalidXmlChars(text).replace(/[&<>\r\u0085\u2028\u2029]/g, (c) => TEXT_ESCAPES[c]);
}

/** Escape for a double-quoted attribute value. */
export function escapeXmlAttribute(text: string): string {
  return stripInvalidXmlChars(text).replace(/[&<>"'\t\n\r\u0085\u2028\u2029]/g, (c) => ATTR_ESCAPES[c]);
}
