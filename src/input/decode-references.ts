// HTML character references in text that is not HTML: feeds and scraped text files often keep
// them ("Pel&#233;", "Jos&#233; Manuel Barroso", "AT&amp;T"), which splits a name in two. Only
// well-formed references (ending in ";") are decoded, so "AT&T" and "R&D" stay as written.
// The `entities` package is the decoder htmlparser2 itself uses (already installed with it).
import { decodeHTMLStrict } from 'entities';

/** `text` with its HTML character references decoded; the same string when it has none. */
export function decodeCharacterReferences(text: string): string {
  return text.includes('&') && text.includes(';') ? decodeHTMLStrict(text) : text;
}
