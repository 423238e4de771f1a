// Reading CoNLL-2003 text: token lines ("word POS chunk TAG"), blank lines between sentences
// and -DOCSTART- lines between documents. The parse keeps every source line so that output
// can be the input with one more column, line for line, as the scorer expects.
import { ConllFormatError } from './errors.ts';
import { toBio } from './tag-set.ts';

export interface ConllSentence {
  /** Index into `ConllFile.lines` of each token line. */
  lines: number[];
  words: string[];
  /** Last column of each token line when it looks like a tag (gold, IOB1 as in the file), else undefined. */
  gold: Array<string | undefined>;
}

export interface ConllDocument {
  sentences: ConllSentence[];
}

export interface ConllFile {
  lines: string[];
  documents: ConllDocument[];
}

const TAG_RE = /^(O|[BIES]-[A-Z]+)$/;

export function parseConll(text: string): ConllFile {
  const lines = text.split(/\r?\n/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  const documents: ConllDocument[] = [];
  let doc: ConllDocument | undefined;
  let sentence: ConllSentence | undefined;
  lines.forEach((raw, n) => {
    const line = raw.trim();
    if (line.startsWith('-DOCSTART-')) {
      doc = undefined;
      sentence = undefined;
      return;
    }
    if (line === '') {
      sentence = undefined;
      return;
    }
    if (!doc) documents.push((doc = { sentences: [] }));
    if (!sentence) doc.sentences.push((sentence = { lines: [], words: [], gold: [] }));
    const cols = line.split(/\s+/);
    const last = cols[cols.length - 1];
    sentence.lines.push(n);
    sentence.words.push(cols[0]);
    sentence.gold.push(cols.length > 1 && TAG_RE.test(last) ? last : undefined);
  });
  return { lines, documents };
}

/** Documents with gold BIO tags, for training and evaluation; sentences without gold tags are an error. */
export function labeledDocuments(file: ConllFile): Array<{ sentences: Array<{ words: string[]; tags: string[] }> }> {
  return file.documents.map((doc) => ({
    sentences: doc.sentences.map((s) => {
      if (s.gold.some((g) => g === undefined)) {
        throw new ConllFormatError(`CoNLL line ${s.lines[0] + 1}: token lines need a gold tag (B-X, I-X or O) as the last column`);
      }
      return { words: s.words, tags: toBio(s.gold as string[]) };
    }),
  }));
}

/** The source lines with the predicted tag appended to every token line. */
export function formatWithPredictions(file: ConllFile, predicted: string[][][]): string {
  const out = file.lines.slice();
  file.documents.forEach((doc, d) =>
    doc.sentences.forEach((s, k) => s.lines.forEach((line, i) => { out[line] = `${file.lines[line]} ${predicted[d][k][i]}`; })),
  );
  return out.join('\n') + '\n';
}
