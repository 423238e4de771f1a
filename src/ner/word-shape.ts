// Word shapes: the spelling pattern of a token with letters and digits abstracted
// ("Biden" -> "Xxxxx", short form "Xx"; "1996-08-22" -> "dddd-dd-dd", short "d-d-d").
// Shapes let the tagger generalise from seen names to unseen ones with the same look.

function charClass(code: number): string | undefined {
  if (code >= 65 && code <= 90) return 'X';
  if (code >= 97 && code <= 122) return 'x';
  if (code >= 48 && code <= 57) return 'd';
  return undefined;
}

/** Full shape, capped at 12 characters so very long tokens do not each make a new feature. */
export function wordShape(word: string): string {
  let out = '';
  const n = Math.min(word.length, 12);
  for (let i = 0; i < n; i++) {
    const code = word.charCodeAt(i);
    const cls = charClass(code);
    if (cls !== undefined) out += cls;
    else if (code > 127) out += /\p{Lu}/u.test(word[i]) ? 'X' : /\p{Ll}/u.test(word[i]) ? 'x' : word[i];
    else out += word[i];
  }
  return out;
}

const shortShapes = new Map<string, string>();

/** Short shape: the full shape with runs of the same class collapsed ("Xxxxx" -> "Xx"). Memoised (bounded). */
export function shortShape(word: string): string {
  let shape = shortShapes.get(word);
  if (shape === undefined) {
    if (shortShapes.size >= 100_000) shortShapes.clear();
    shortShapes.set(word, (shape = computeShortShape(word)));
  }
  return shape;
}

function computeShortShape(word: string): string {
  const full = wordShape(word.length > 12 ? word.slice(0, 12) : word);
  let out = '';
  for (let i = 0; i < full.length; i++) if (i === 0 || full[i] !== full[i - 1]) out += full[i];
  return out;
}

export function isTitleCase(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  return c > 127 && /^\p{Lu}/u.test(word);
}

/** All letters upper case, and at least one letter. */
export function isAllCaps(word: string): boolean {
  let letters = false;
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) letters = true;
    else if (c > 127) return word.toUpperCase() === word && word.toLowerCase() !== word; // rare: Unicode-aware path
  }
  return letters;
}
