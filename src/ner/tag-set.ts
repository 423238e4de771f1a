// The tag set of the recognizer and the conversions around it. Internally the model works in
// BIO (IOB2): B-X starts an entity of type X, I-X continues it. CoNLL-2003 files use IOB1 (I-X
// starts an entity unless it follows another X), so gold tags are converted on the way in.
export const ENTITY_LABELS = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type EntityLabel = (typeof ENTITY_LABELS)[number];

/** Index 0 is O; then B-X and I-X for each entity label, in `ENTITY_LABELS` order. */
export const TAGS: readonly string[] = ['O', ...ENTITY_LABELS.flatMap((l) => [`B-${l}`, `I-${l}`])];
export const TAG_COUNT = TAGS.length;
export const TAG_INDEX: ReadonlyMap<string, number> = new Map(TAGS.map((t, i) => [t, i]));

/** The entity label of a tag (`B-PER` -> `PER`), or undefined for O. */
export function tagLabel(tag: string): string | undefined {
  const dash = tag.indexOf('-');
  return dash < 0 ? undefined : tag.slice(dash + 1);
}

/** True when tag index `to` may follow tag index `from` (-1 = sentence start) under BIO. */
export function allowedTransition(from: number, to: number): boolean {
  const toTag = TAGS[to];
  if (!toTag.startsWith('I-')) return true;
  if (from < 0) return false;
  return tagLabel(TAGS[from]) === tagLabel(toTag);
}

/** Convert one sentence's IOB1 (or already-BIO) tags to BIO. */
export function toBio(tags: readonly string[]): string[] {
  const out: string[] = new Array(tags.length);
  let prevLabel: string | undefined;
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i];
    const label = tagLabel(tag);
    if (label === undefined) out[i] = 'O';
    else if (tag.startsWith('B-') || label !== prevLabel) out[i] = `B-${label}`;
    else out[i] = `I-${label}`;
    prevLabel = label;
  }
  return out;
}

export interface TagSpan {
  label: string;
  /** Token range [start, end). */
  start: number;
  end: number;
}

/** Entity spans of a BIO (or IOB1) tag sequence, with the conlleval reading of stray I- tags. */
export function tagSpans(tags: readonly string[]): TagSpan[] {
  const spans: TagSpan[] = [];
  let current: TagSpan | undefined;
  for (let i = 0; i < tags.length; i++) {
    const label = tagLabel(tags[i]);
    if (label === undefined) {
      current = undefined;
    } else if (tags[i].startsWith('B-') || !current || current.label !== label) {
      current = { label, start: i, end: i + 1 };
      spans.push(current);
    } else {
      current.end = i + 1;
    }
  }
  return spans;
}
