// Extended prediction history (Ratinov & Roth 2009): within a document, remember which entity
// label the tagger gave each capitalised word so far, and offer that as a feature when the word
// comes back ("Vladimir Putin ... Putin said"). The history is filled with the tagger's own
// predictions, at training time too, so train and test see features of the same quality.
import { tagLabel } from './tag-set.ts';

const LABELS = ['PER', 'ORG', 'LOC', 'MISC', 'O'] as const;
// Built once: constant strings keep their hash, which makes the model lookups cheaper.
const SEEN = LABELS.map((l) => `h=${l}`);
const MAJORITY = LABELS.map((l) => `hm=${l}`);

const NONE: readonly string[] = Object.freeze([]);

export class PredictionHistory {
  private readonly counts = new Map<string, Int32Array>();

  /** History features for the token `word` (empty for lower-case words and unseen words). */
  features(word: string): readonly string[] {
    if (!isCapitalised(word)) return NONE;
    const c = this.counts.get(word.toLowerCase());
    if (!c) return NONE;
    const out: string[] = [];
    let best = 0;
    for (let k = 1; k < LABELS.length; k++) if (c[k] > c[best]) best = k;
    for (let k = 0; k < LABELS.length; k++) if (c[k] > 0) out.push(SEEN[k]);
    out.push(MAJORITY[best]);
    return out;
  }

  /** Record the labels predicted for one sentence. */
  record(words: readonly string[], tags: readonly string[]): void {
    for (let i = 0; i < words.length; i++) {
      if (!isCapitalised(words[i])) continue;
      const key = words[i].toLowerCase();
      let c = this.counts.get(key);
      if (!c) this.counts.set(key, (c = new Int32Array(LABELS.length)));
      const label = tagLabel(tags[i]) ?? 'O';
      c[LABELS.indexOf(label as (typeof LABELS)[number])]++;
    }
  }
}

function isCapitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  return word.length > 1 && ((c >= 65 && c <= 90) || (c > 127 && /^\p{Lu}/u.test(word)));
}
