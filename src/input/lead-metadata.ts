// Metadata at the top (and tail) of a plain-text body: a headline line, a byline, a dateline,
// a trailing agency tag. Shared by the text reader and, without headline detection, by the
// HTML and JSON readers, whose bodies often start with a wire dateline too.
import { normaliseDate } from './parse-date.ts';
import { parseByline, parseDateline, parseTrailingAgency } from './parse-dateline.ts';

export interface LeadMetadata {
  /** The body without the recognised metadata lines (the rest of a dateline line is kept). */
  text: string;
  title?: string;
  date?: string;
  place?: string;
  source?: string;
  author?: string;
}

export interface LeadOptions {
  /** Look for a headline: `# Title` (markdown) or a short line followed by a blank line. */
  detectTitle: boolean;
}

const MAX_TITLE_CHARS = 150;
const MAX_TITLE_WORDS = 25;

/**
 * BBC-style headline: short, no sentence-final period/colon/comma, a blank line after it and
 * more text after that. A dateline, byline or bare date is never a headline.
 */
export function looksLikeHeadline(line: string, next: string | undefined, hasMore: boolean): boolean {
  const t = line.trim();
  if (!t || t.length > MAX_TITLE_CHARS || next === undefined || next.trim() !== '' || !hasMore) return false;
  if (/[.,;:]$/.test(t) && !/\.\.\.$/.test(t)) return false;
  if (t.split(/\s+/).length > MAX_TITLE_WORDS) return false;
  return parseDateline(t) === undefined && parseByline(t) === undefined && bareDateLine(t) === undefined;
}

/** A line that is nothing but a date, optionally after "Published"/"Updated": its date. */
function bareDateLine(line: string): string | undefined {
  const t = line.trim();
  if (t.length > 60) return undefined;
  return normaliseDate(t.replace(/^(?:published|posted|updated|date)(?:\s+on)?\s*:?\s*/i, ''));
}

function nextNonBlank(lines: string[], from: number): number {
  let i = from;
  while (i < lines.length && lines[i].trim() === '') i++;
  return i;
}

/** Take the lead metadata off `text` (already LF-normalised). */
export function extractLeadMetadata(text: string, options: LeadOptions): LeadMetadata {
  const lines = text.split('\n');
  const meta: Omit<LeadMetadata, 'text'> = {};
  let i = nextNonBlank(lines, 0);

  if (options.detectTitle && i < lines.length) {
    const heading = /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(lines[i]);
    if (heading && lines[i].length <= MAX_TITLE_CHARS * 2) {
      meta.title = heading[1];
      lines[i] = '';
    } else {
      const after = nextNonBlank(lines, i + 1);
      if (looksLikeHeadline(lines[i], lines[i + 1], after < lines.length)) {
        meta.title = lines[i].trim();
        lines[i] = '';
      }
    }
    i = nextNonBlank(lines, i);
  }

  // Bylines and bare date lines ("12 March 2024", a page's <time>) may sit, in any order,
  // between the headline and the dateline; a few lines at most.
  for (let taken = 0; taken < 3 && i < lines.length; taken++) {
    const byline = parseByline(lines[i]);
    const bareDate = byline ? undefined : bareDateLine(lines[i]);
    if (byline) {
      if (byline.author) meta.author ??= byline.author;
      if (byline.source) meta.source ??= byline.source;
    } else if (bareDate) {
      meta.date ??= bareDate;
    } else break;
    lines[i] = '';
    i = nextNonBlank(lines, i);
  }

  if (i < lines.length) {
    const dateline = parseDateline(lines[i]);
    if (dateline) {
      // A date from the dateline's own "date YYYY-MM-DD" or "April 16, 2021" is more precise
      // than a bare date line only when no date was found yet.
      if (dateline.date) meta.date ??= dateline.date;
      if (dateline.place) meta.place = dateline.place;
      if (dateline.source) meta.source = dateline.source;
      lines[i] = dateline.rest;
    }
  }

  const last = lines.length - 1 - [...lines].reverse().findIndex((l) => l.trim() !== '');
  if (last >= 0 && last < lines.length) {
    const tag = parseTrailingAgency(lines[last]);
    if (tag) {
      meta.source ??= tag.source;
      lines[last] = tag.rest;
    }
  }
  return { text: lines.join('\n'), ...meta };
}
