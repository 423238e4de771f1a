// Datelines, bylines and agency tags: the metadata news wires put in the text itself.
//   "date 2021-04-16 Washington DC [US], April 16 (ANI): US President ..."  (the seed's form)
//   "WASHINGTON (Reuters) - ...", "LONDON, March 3 (AFP) -- ...", "NEW DELHI: ..."
//   "By Jane Doe"  and a trailing "... said. (ANI)"
// Each function looks at one line and returns the metadata plus what is left of the line, so
// the body keeps the sentence that followed the dateline. Pure, bounded regexes (the head of the
// line only), so a multi-megabyte line costs nothing.
import { normaliseDate } from './parse-date.ts';

export interface Dateline {
  date?: string;
  /** As written, with its bracketed country when present: "Washington DC [US]". */
  place?: string;
  /** Agency in the parentheses: "ANI", "Reuters". */
  source?: string;
  /** The rest of the line after the dateline. */
  rest: string;
}

/** Agencies recognised by name; any other tag must look like an acronym ("PTI", "IANS"). */
const KNOWN_AGENCIES = new Map(
  [
    'Reuters', 'AFP', 'AP', 'ANI', 'PTI', 'IANS', 'UPI', 'Xinhua', 'dpa', 'EFE', 'ANSA', 'Kyodo',
    'Yonhap', 'TASS', 'Bloomberg', 'BBC', 'CNN', 'Associated Press', 'The Associated Press',
    'Agence France-Presse', 'Anadolu', 'Bernama', 'WAM', 'Sputnik', 'Interfax', 'RIA Novosti',
    'Press Association', 'PA', 'CP', 'AAP', 'NNA', 'SPA', 'KUNA', 'IRNA', 'APP', 'UNB', 'BSS',
  ].map((name) => [name.toLowerCase(), name] as const),
);

/** Words in capitals that start a line with a colon but are not places. */
const NOT_PLACES = new Set([
  'UPDATE', 'UPDATED', 'BREAKING', 'EXCLUSIVE', 'WATCH', 'VIDEO', 'LIVE', 'OPINION', 'ANALYSIS',
  'EDITORIAL', 'NOTE', 'EDITOR', 'CORRECTION', 'PHOTO', 'PHOTOS', 'READ', 'ALSO', 'FILE', 'NEWS',
  'BREAKING NEWS', 'READ MORE', 'ALSO READ', 'Q', 'A', 'FAQ', 'TL', 'TLDR', 'PS', 'PPS',
]);

const CONNECTORS = new Set(['of', 'de', 'del', 'la', 'le', 'al', 'el', 'upon', 'on', 'and', 'da', 'do', 'am', 'an', 'der', 'sur', 'en']);

const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const DAY_PART = `(?:${MONTH}\\s+\\d{1,2}(?:,?\\s+\\d{4})?|\\d{1,2}\\s+${MONTH}(?:,?\\s+\\d{4})?)`;
// A hyphen needs spaces around it ("UK-based" is not a dateline); a colon or dash does not.
const SEPARATOR = '(?:\\s*:\\s*|\\s+--?(?:\\s+|$)|\\s*(?:\\u2013|\\u2014)\\s*)';

const DATE_PREFIX = /^date:?\s+(\d{4}-\d{2}-\d{2}(?:T[\d:.+\-Z]+)?)\s+/i;
/** "Place[, Month D] (Agency) -|:" ; place is checked word by word afterwards. */
const WITH_AGENCY = new RegExp(
  `^([\\p{Lu}][\\p{L}\\p{M}.'\\u2019\\- ]{0,48}?(?:\\s*\\[[^\\]\\n]{1,30}\\])?),?(?:\\s*,?\\s*(${DAY_PART}))?\\s*\\(([^()\\n]{1,30})\\)${SEPARATOR}`,
  'u',
);
/** "NEW DELHI[ [India]][, April 16] -|:" in capitals, no agency. */
const CAPS_PLACE = new RegExp(
  `^(\\p{Lu}[\\p{Lu}.'\\u2019\\- ]{1,40}?(?:\\s*\\[[^\\]\\n]{1,30}\\])?)(?:,\\s*(${DAY_PART}))?${SEPARATOR}(?=\\S)`,
  'u',
);

/** "ANI" -> "ANI", "reuters" -> "Reuters"; undefined when the tag is not an agency. */
export function agencyName(tag: string): string | undefined {
  const t = tag.trim();
  const known = KNOWN_AGENCIES.get(t.toLowerCase());
  if (known) return known;
  return /^[A-Z][A-Z&]{1,6}$/.test(t) ? t : undefined;
}

function looksLikePlace(place: string): boolean {
  const words = place.replace(/\s*\[[^\]]*\]$/, '').split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 6) return false;
  return words.every((w) => /^\p{Lu}/u.test(w) || CONNECTORS.has(w));
}

/** Year-less "April 16" plus a known year, or a full "April 16, 2021". */
function dayPartDate(dayPart: string | undefined): string | undefined {
  return dayPart ? normaliseDate(dayPart) : undefined;
}

/**
 * Recognise a dateline at the start of `line` (leading spaces allowed). Undefined when the line
 * does not start with one, so ordinary first sentences are never cut.
 */
export function parseDateline(line: string): Dateline | undefined {
  const trimmed = line.replace(/^\s+/, '');
  let head = trimmed;
  let date: string | undefined;
  const prefix = DATE_PREFIX.exec(head);
  if (prefix) {
    date = normaliseDate(prefix[1]);
    head = head.slice(prefix[0].length);
  }
  const withAgency = WITH_AGENCY.exec(head.slice(0, 200));
  if (withAgency) {
    const place = withAgency[1].trim();
    const source = agencyName(withAgency[3]);
    if (source && looksLikePlace(place)) {
      return compact({ date: date ?? dayPartDate(withAgency[2]), place, source, rest: head.slice(withAgency[0].length) });
    }
  }
  const caps = CAPS_PLACE.exec(head.slice(0, 120));
  if (caps) {
    const place = caps[1].trim();
    const bare = place.replace(/\s*\[[^\]]*\]$/, '');
    if (/\p{Lu}{2}/u.test(bare) && !NOT_PLACES.has(bare) && looksLikePlace(place)) {
      return compact({ date: date ?? dayPartDate(caps[2]), place, rest: head.slice(caps[0].length) });
    }
  }
  // Only the "date YYYY-MM-DD" prefix: still metadata, the rest of the line is body.
  if (prefix) return compact({ date, rest: head });
  return undefined;
}

function compact(d: Dateline): Dateline {
  const out: Dateline = { rest: d.rest };
  if (d.date) out.date = d.date;
  if (d.place) out.place = d.place;
  if (d.source) out.source = d.source;
  return out;
}

const NAME_WORD = "\\p{Lu}[\\p{L}\\p{M}'\\u2019.\\-]*";
const BYLINE = new RegExp(
  `^[Bb][Yy]:?\\s+(${NAME_WORD}(?:\\s+(?:${NAME_WORD}|and|de|van|von|der|da|la|le|bin|al|&))*)\\s*(?:[,|\\u2013\\u2014-]\\s*(.*))?$`,
  'u',
);

/**
 * A byline line: "By Jane Doe", "By Jane Doe and John Roe, Reuters", "By Reuters". The name
 * must be 2-6 capitalised words and any tail short and capitalised, so that a sentence such as
 * "By Monday, the talks had failed." is never taken for one.
 */
export function parseByline(line: string): { author?: string; source?: string } | undefined {
  const t = line.trim();
  if (t.length > 120) return undefined;
  const m = BYLINE.exec(t);
  if (!m) return undefined;
  const tail = m[2]?.trim() ?? '';
  const name = m[1].replace(/\s+(?:and|&)$/, '');
  if (!tail) {
    const agencyOnly = agencyName(name);
    if (agencyOnly) return { source: agencyOnly };
  }
  const words = name.split(/\s+/);
  if (words.length < 2 || words.length > 6) return undefined;
  if (tail && !/^\p{Lu}[\p{L}\p{M} .,&'\u2019-]{0,50}$/u.test(tail)) return undefined;
  const source = tail ? agencyName(tail.replace(/\.$/, '')) : undefined;
  return source ? { author: name, source } : { author: name };
}

const TRAILING_TAG = /(^|[.!?"'\u201D\u2019])\s*\(\s*([^()\n]{1,30}?)\s*\)\s*$/;

/**
 * "... said the statement. (ANI)" -> source ANI and the line without the tag. The tag must
 * follow the end of a sentence (or stand alone), so "the World Health Organization (WHO)" stays.
 */
export function parseTrailingAgency(line: string): { source: string; rest: string } | undefined {
  const tail = line.slice(-48);
  const m = TRAILING_TAG.exec(tail);
  if (!m) return undefined;
  // `^` inside the 48-char window is only the real line start when the line is that short.
  if (m[1] === '' && tail.length !== line.length) return undefined;
  const source = agencyName(m[2]);
  if (!source) return undefined;
  return { source, rest: line.slice(0, line.length - m[0].length + m[1].length) };
}
