// Metadata at the top (and tail) of a plain-text body: a headline line, a byline, a dateline,
// a trailing agency tag. Shared by the text reader and, without headline detection, by the
// HTML and JSON readers, whose bodies often start with a wire dateline too.
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
 * more text after that. A dateline or byline is never a headline.
 */
export function looksLikeHeadline(line: string, next: string | undefined, hasMore: boolean): boolean {
  const t = line.trim();
  if (!t || t.length > MAX_TITLE_CHARS || next === undefined || next.trim() !== '' || !hasMore) return false;
  if (/[.,;:]$/.test(t) && !/\.\.\.$/.test(t)) return false;
  if (t.split(/\s+/).length > MAX_TITLE_WORDS) return false;
  return parseDateline(t) === undefined && parseByline(t) === undefined;
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

  if (i < lines.length) {
    const byline = parseByline(lines[i]);
    if (byline) {
      if (byline.author) meta.author = byline.author;
      if (byline.source) meta.source = byline.source;
      lines[i] = '';
      i = nextNonBlank(lines, i);
    }
  }

  if (i < lines.length) {
    const dateline = parseDateline(lines[i]);
    if (dateline) {
      if (dateline.date) meta.date = dateline.date;
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
