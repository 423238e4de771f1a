// Letter-case tests on token text that run per token or per mention: a char-code test instead
// of a regex. Shared by the entity and relation rules.

/** Does a string start with a lower-case ASCII letter (`/^[a-z]/`, without a regex)? */
export function isLowerStart(s: string): boolean {
  const c = s.charCodeAt(0);
  return c >= 97 && c <= 122;
}

/** Is a token's text the possessive "'s" (straight or curly apostrophe)? */
export function isPossessiveS(s: string): boolean {
  return s === "'s" || s === '\u2019s';
}
