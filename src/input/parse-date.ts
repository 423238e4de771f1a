// Dates as found in articles ("2021-04-16", "April 16, 2021", "16 April 2021", RFC 2822 feed
// dates, ISO timestamps with zones, epoch numbers in JSON) normalised to ISO. A date that cannot
// be read is dropped (undefined), never an error: a missing date must not cost an article.

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5,
  jun: 6, june: 6, jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9,
  oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};

/** North American zone names RFC 2822 allows, as offsets. */
const ZONES: Record<string, string> = {
  GMT: 'Z', UT: 'Z', UTC: 'Z', Z: 'Z', EST: '-05:00', EDT: '-04:00', CST: '-06:00', CDT: '-05:00',
  MST: '-07:00', MDT: '-06:00', PST: '-08:00', PDT: '-07:00',
};

const MONTH_NAME = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?';

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
const SLASHED = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/;
const RFC2822 = new RegExp(
  `^${WEEKDAY}(\\d{1,2})\\s+${MONTH_NAME}\\s+(\\d{4})\\s+(\\d{2}):(\\d{2})(?::(\\d{2}))?\\s*([+-]\\d{4}|[a-z]{1,3})?$`,
  'i',
);
const MONTH_FIRST = new RegExp(`^${WEEKDAY}${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?:[\\s,].*)?$`, 'i');
const DAY_FIRST = new RegExp(`^${WEEKDAY}(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_NAME},?\\s+(\\d{4})(?:[\\s,].*)?$`, 'i');

const pad = (n: number): string => String(n).padStart(2, '0');

function validDate(y: number, m: number, d: number): boolean {
  if (y < 1000 || y > 2999 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function ymd(y: number, m: number, d: number): string | undefined {
  return validDate(y, m, d) ? `${y}-${pad(m)}-${pad(d)}` : undefined;
}

function monthNumber(name: string): number | undefined {
  return MONTHS[name.toLowerCase().replace(/\.$/, '')];
}

/** `+0530` / `+05` / `+05:30` -> `+05:30`; `Z` -> `Z`. */
function isoOffset(zone: string): string | undefined {
  if (/^z$/i.test(zone)) return 'Z';
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (!m) return ZONES[zone.toUpperCase()];
  if (Number(m[2]) > 14 || Number(m[3] ?? '0') > 59) return undefined;
  return `${m[1]}${m[2]}:${m[3] ?? '00'}`;
}

function withTime(date: string, h: string, min: string, s: string | undefined, zone: string | undefined): string | undefined {
  if (Number(h) > 23 || Number(min) > 59 || Number(s ?? '0') > 60) return undefined;
  const offset = zone === undefined ? '' : isoOffset(zone);
  if (offset === undefined) return undefined;
  return `${date}T${h}:${min}:${s ?? '00'}${offset}`;
}

/**
 * Normalise a date to `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM:SS[Z|±HH:MM]` when the source gives a
 * time (the source's own zone is kept, so the calendar date is the publisher's). Undefined when
 * the value is not a date we can read with certainty (no guessing between 04/05 orders).
 */
export function normaliseDate(value: unknown): string | undefined {
  if (typeof value === 'number') return fromEpoch(value);
  if (typeof value !== 'string') return undefined;
  const s = value.trim().replace(/\s+/g, ' ');
  if (s.length === 0 || s.length > 80) return undefined;
  if (/^\d{9,13}$/.test(s)) return fromEpoch(Number(s));
  // Compact YYYYMMDD, as in many <meta name="pubdate"> tags.
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (compact) return ymd(Number(compact[1]), Number(compact[2]), Number(compact[3]));

  let m = ISO.exec(s);
  if (m) {
    const date = ymd(Number(m[1]), Number(m[2]), Number(m[3]));
    if (!date || m[4] === undefined) return date;
    return withTime(date, m[4], m[5], m[6], m[7]);
  }
  m = SLASHED.exec(s);
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  m = RFC2822.exec(s);
  if (m) {
    const month = monthNumber(m[2]);
    const date = month ? ymd(Number(m[3]), month, Number(m[1])) : undefined;
    // An unknown zone name ("IST" is three zones) still leaves a certain calendar date.
    return date ? (withTime(date, m[4], m[5], m[6], m[7] ?? 'Z') ?? date) : undefined;
  }
  m = MONTH_FIRST.exec(s);
  if (m) {
    const month = monthNumber(m[1]);
    return month ? ymd(Number(m[3]), month, Number(m[2])) : undefined;
  }
  m = DAY_FIRST.exec(s);
  if (m) {
    const month = monthNumber(m[2]);
    return month ? ymd(Number(m[3]), month, Number(m[1])) : undefined;
  }
  return undefined;
}

/** Epoch seconds (10 digits) or milliseconds (13 digits) -> UTC timestamp. */
function fromEpoch(n: number): string | undefined {
  if (!Number.isFinite(n) || n <= 0) return undefined;
  const ms = n >= 1e11 ? n : n * 1000;
  const d = new Date(ms);
  if (Number.isNaN(d.getTime())) return undefined;
  const y = d.getUTCFullYear();
  if (y < 1000 || y > 2999) return undefined;
  return `${d.toISOString().slice(0, 19)}Z`;
}
