// What a whole document says about a word, beyond its own sentence. A capitalised word at the
// start of a sentence or in an ALL-CAPS headline is ambiguous; the same word written in lower
// case elsewhere ("Police said" / "the police") or in title case mid-sentence ("BRUSSELS" /
// "in Brussels") tells the tagger whether it is a name. Built once per document from its words.

export interface DocumentContext {
  /** Lower-cased forms of words written in lower case somewhere in the document. */
  lowerSeen: Set<string>;
  /** Lower-cased forms of words written in title case (not all caps) in the middle of a non-headline sentence. */
  titleMidSeen: Set<string>;
}

export function buildDocumentContext(sentences: readonly (readonly string[])[]): DocumentContext {
  const lowerSeen = new Set<string>();
  const titleMidSeen = new Set<string>();
  for (const words of sentences) {
    const headline = isHeadline(words);
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      const c = w.charCodeAt(0);
      if (c >= 97 && c <= 122) lowerSeen.add(w);
      else if (!headline && i > 0 && c >= 65 && c <= 90 && w.length > 1 && w.slice(1) !== w.slice(1).toUpperCase()) {
        titleMidSeen.add(w.toLowerCase());
      }
    }
  }
  return { lowerSeen, titleMidSeen };
}

/** A sentence whose letters are all upper case (headlines, datelines, sports tables). */
export function isHeadline(words: readonly string[]): boolean {
  let letters = 0;
  for (const w of words) {
    for (let k = 0; k < w.length; k++) {
      const c = w.charCodeAt(k);
      if (c >= 97 && c <= 122) return false;
      if (c >= 65 && c <= 90) letters++;
      else if (c > 127) {
        // Rare non-ASCII letters: fall back to the Unicode-aware test.
        const ch = w[k];
        if (ch.toUpperCase() !== ch) return false;
        if (ch.toLowerCase() !== ch) letters++;
      }
    }
  }
  return letters > 0;
}

export const EMPTY_CONTEXT: DocumentContext = { lowerSeen: new Set(), titleMidSeen: new Set() };
