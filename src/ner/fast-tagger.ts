// Tagging one document fast, with exactly the scores of the feature-string path
// (`sentenceFeatures` + `PredictionHistory` + `viterbi`, see tag-document-reference.ts). All
// that depends on one word string alone is worked out once per distinct word and cached per
// model (bounded): normalised form, lower case, shape, the summed weights of its own features and
// of what it gives tokens up to two away, the weight rows of its sentence-start and headline
// features, and the spelling flags the document context, gazetteer and history test. Constant
// features (document evidence, history, gazetteer) are weight-row ids found once per model.
// Per token, tagging is then additions of weight rows in the same order as the old path, so the
// floating-point sums (and hence the tags) are bit for bit those of `staticEmissions`.
// What the document says about a spelling (seen in lower case, title case mid-sentence, labels
// given so far) is stamped with the document's serial on cached objects, not kept in
// per-document sets and maps keyed by strings; word pairs are looked up only in the tables both
// words occur in. Callers that have winkNLP's lexeme ids (recognizeMentions) pass them, and
// cached words are then found by id in an array instead of by string in a map.
import { englishWords } from './english-words.ts';
import { NEIGHBOUR_OFFSETS, neighbourFeatures, normalizeWord } from './features.ts';
import { placeGazetteer, type Gazetteer } from './gazetteer.ts';
import { addFeatureRows, type NerModel } from './ner-model.ts';
import { TAGS, TAG_COUNT } from './tag-set.ts';
import { decodeInto, decodeTables, type DecodeTables } from './viterbi.ts';
import { buildPairIndexes, type PairIndex } from './pair-index.ts';
import { isAllCaps, isTitleCase, shortShape, wordShape } from './word-shape.ts';

const T = TAG_COUNT;
const TAG_NAMES: readonly string[] = [...TAGS];
const OFFSETS: readonly number[] = [...NEIGHBOUR_OFFSETS];
const N_OFFSETS = OFFSETS.length;
// The four neighbour offsets (-2, -1, +1, +2), as constants for the emission loop.
const [OFF0, OFF1, OFF2, OFF3] = NEIGHBOUR_OFFSETS;
/** Words cached per model before the cache is emptied (checked between documents); ~360 bytes each. Settable for tests. */
export const wordCacheLimit = { words: 150_000 };
const VEC = T * (1 + NEIGHBOUR_OFFSETS.length);
/** History label index of each tag: PER, ORG, LOC, MISC = 0..3, O = 4 (prediction-history.ts order). */
const LABEL_OF_TAG: Int32Array = Int32Array.from(TAG_NAMES, (t) => (t === 'O' ? 4 : ['PER', 'ORG', 'LOC', 'MISC'].indexOf(t.slice(2))));
const N_LABELS = 5;

/**
 * (first value's id, second value's id) -> offset into `pairSlab` of [T scores for the left
 * token, T for the right one]: an open-addressing hash table over typed arrays (most lookups
 * miss, and a miss costs one or two probes).
 */
class PairOffsets {
  private readonly keysA: Int32Array;
  private readonly keysB: Int32Array;
  private readonly offsets: Int32Array;
  private readonly mask: number;

  constructor(entries: ReadonlyArray<readonly [number, number, number]>) {
    let size = 16;
    while (size < 2 * entries.length) size *= 2;
    this.keysA = new Int32Array(size).fill(-1);
    this.keysB = new Int32Array(size);
    this.offsets = new Int32Array(size);
    this.mask = size - 1;
    for (const [a, b, offset] of entries) {
      let h = slotOf(a, b) & this.mask;
      while (this.keysA[h] !== -1) h = (h + 1) & this.mask;
      this.keysA[h] = a;
      this.keysB[h] = b;
      this.offsets[h] = offset;
    }
  }

  /** The offset of the pair's vector, or -1. */
  get(a: number, b: number): number {
    const keysA = this.keysA;
    let h = slotOf(a, b) & this.mask;
    for (;;) {
      const k = keysA[h];
      if (k === -1) return -1;
      if (k === a && this.keysB[h] === b) return this.offsets[h];
      h = (h + 1) & this.mask;
    }
  }
}

function slotOf(a: number, b: number): number {
  const h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca77);
  return (h ^ (h >>> 15)) >>> 0;
}

interface WordInfo {
  /** Offset into `Compiled.slab` of [self, as neighbour at -2, -1, +1, +2], T summed weights each. */
  vec: number;
  lowerId: number;
  shapeId: number;
  /** Lower case of the normalised word (what features and gazetteer read). */
  lower: string;
  /** Normalised word starts with A-Z (a gazetteer match may start here). */
  gazStart: boolean;
  /** When gazStart: the place gazetteer's phrases starting with `lower` (undefined: none). */
  gazPhrases: GazetteerPhrase[] | undefined;
  /** Title case or all caps (document-evidence features apply). */
  cap: boolean;
  /** 1 when `lower` is an English word. */
  dict: number;
  /** Weight rows of `init|ss=<shape>` and `hdl|ss=<shape>` (-1: not in the model). */
  initShapeRow: number;
  hdlShapeRow: number;
  /** Headline test parts (normalised and raw spelling): has a lower-case / an upper-case letter. */
  hasLower: boolean;
  hasUpper: boolean;
  rawHasLower: boolean;
  rawHasUpper: boolean;
  /** Raw word starts with a-z (goes into `lowerSeen` as written). */
  rawLowerStart: boolean;
  /** The serial of the last document that has this (raw) word starting with a-z: `lowerSeen` without a set. */
  lowerSeenIn: number;
  /** Raw word is title case but not all caps (goes into `titleMidSeen` mid-sentence). */
  rawTitleMid: boolean;
  /** Lower case of the raw word (history and `titleMidSeen` key). */
  rawLower: string;
  /** The document state of `rawLower` and of `lower` (shared by every cached word spelled so). */
  rawSpelling: Spelling;
  lowerSpelling: Spelling;
  /** The history remembers this word (capitalised, two letters or more). */
  historyWord: boolean;
  /** PAIR_* bits: in which pair tables this word's ids occur on which side (a pair lookup needs both sides' bits). */
  pairBits: number;
}

/**
 * What the document being tagged says about one lower-case spelling, stamped with the document's
 * serial instead of kept in per-document sets and maps keyed by strings.
 */
interface Spelling {
  /**
   * The cached word written exactly so, when it starts with a-z (what `lowerSeen` can hold):
   * `lowerSeen.has(lower)` is then `lowerSpelling.exact?.lowerSeenIn === doc`.
   */
  exact: WordInfo | undefined;
  /** Serial of the last document that writes this spelling title case mid-sentence (`titleMidSeen`). */
  titleMidIn: number;
  /** Serial of the document whose labels `counts` holds (the prediction history), PER..MISC, O. */
  historyIn: number;
  counts: Int32Array | undefined;
}

// Pair-table sides: lowerLower left / right, shapeLower left / right, lowerShape left / right.
const LL_LEFT = 1;
const LL_RIGHT = 2;
const SL_LEFT = 4;
const SL_RIGHT = 8;
const LS_LEFT = 16;
const LS_RIGHT = 32;

interface Compiled {
  words: Map<string, WordInfo>;
  /** The same entries by lexeme id (see tagIndicesFast's `lexemes`), emptied with `words`. */
  byLexeme: Array<WordInfo | undefined>;
  /** Emptied with `words`. */
  spellings: Map<string, Spelling>;
  lowerIds: Map<string, number>;
  shapeIds: Map<string, number>;
  /** The word vectors of all cached words, one after the other (typed-array reads without an object per word). */
  slab: Float64Array;
  used: number;
  /** Float32 when every pair score is a float32 value (each side of a pair is one weight row): half the memory, same values. */
  pairSlab: Float32Array | Float64Array;
  lowerLower: PairOffsets;
  /** Dense: shapeShape[a * shapeCount + b] = offset into `pairSlab`, or -1. */
  shapeShape: Int32Array;
  shapeCount: number;
  shapeLower: PairOffsets;
  lowerShape: PairOffsets;
  /**
   * True when every shapeLower pair gives the right word nothing (+0: its only template scores the
   * left word), and every lowerShape pair the left word nothing: those halves are then skipped.
   * Exact: a score summed from +0 is never -0 (x + y is -0 only when both are), so adding +0 to it
   * changes nothing.
   */
  shapeLowerLeftOnly: boolean;
  lowerShapeRightOnly: boolean;
  /** PAIR_* bits of each lowercase id and each shape id (see WordInfo.pairBits). */
  lowerBits: Uint8Array;
  shapeBits: Uint8Array;
  /** The model's transitions, laid out for decoding. */
  decode: DecodeTables;
  start: WordInfo;
  end: WordInfo;
  /** Weight rows of the word-intrinsic templates, by the value they read (-1: not in the model). */
  tables: {
    /** w=<word> */
    word: Map<string, number>;
    /** <lower> -> rows of [l=, l-2=, l-1=, l+1=, l+2=] */
    lower: Map<string, Int32Array>;
    /** s=<full shape> */
    fullShape: Map<string, number>;
    /** <short shape> -> rows of [ss=, ss-2=, ss-1=, ss+1=, ss+2=, init|ss=, hdl|ss=] */
    shortShape: Map<string, Int32Array>;
    /** <affix> -> rows of [p<k>=, x<k>=], k = the affix's length */
    affix: Map<string, Int32Array>;
    /** b, title, caps, dict=N, dict=Y, digit, hyphen, dot */
    constant: Int32Array;
  };
  rows: {
    init: number;
    hdl: number;
    doc: Int32Array;
    docInit: Int32Array;
    dictInit: Int32Array;
    dictDocInit: Int32Array;
    seen: Int32Array;
    majority: Int32Array;
    /** category:B / category:I -> rows of g=, g-1=, g+1=. */
    gaz: Map<string, Int32Array>;
  };
}

type GazetteerPhrase = Gazetteer['byFirst'] extends Map<string, Array<infer P>> ? P : never;

const compiledByModel = new WeakMap<NerModel, Compiled>();

function compile(model: NerModel): Compiled {
  const c = buildPairIndexes(model);
  const { lowerIds, shapeIds } = c;
  const row = (f: string): number => model.features.get(f) ?? -1;
  const rows = (fs: readonly string[]): Int32Array => Int32Array.from(fs, row);
  const docCodes = ['', 'L', 'T', 'LT'];
  const labels = ['PER', 'ORG', 'LOC', 'MISC', 'O'];
  const gaz = new Map<string, Int32Array>();
  for (const category of ['country', 'capital', 'demonym', 'region']) {
    for (const part of ['B', 'I']) {
      const g = `${category}:${part}`;
      gaz.set(g, rows([`g=${g}`, `g-1=${g}`, `g+1=${g}`]));
    }
  }
  const tables: Compiled['tables'] = { word: new Map(), lower: new Map(), fullShape: new Map(), shortShape: new Map(), affix: new Map(), constant: new Int32Array(0) };
  const slot = (map: Map<string, Int32Array>, value: string, size: number): Int32Array => {
    let r = map.get(value);
    if (!r) map.set(value, (r = new Int32Array(size).fill(-1)));
    return r;
  };
  const LOWER_SLOTS: Record<string, number> = { l: 0, 'l-2': 1, 'l-1': 2, 'l+1': 3, 'l+2': 4 };
  const SHAPE_SLOTS: Record<string, number> = { ss: 0, 'ss-2': 1, 'ss-1': 2, 'ss+1': 3, 'ss+2': 4, 'init|ss': 5, 'hdl|ss': 6 };
  for (const [feature, r] of model.features) {
    const eq = feature.indexOf('=');
    if (eq < 0) continue;
    const name = feature.slice(0, eq);
    const value = feature.slice(eq + 1);
    if (name === 'w') tables.word.set(value, r);
    else if (name === 's') tables.fullShape.set(value, r);
    else if (name in LOWER_SLOTS) slot(tables.lower, value, 5)[LOWER_SLOTS[name]] = r;
    else if (name in SHAPE_SLOTS) slot(tables.shortShape, value, 7)[SHAPE_SLOTS[name]] = r;
    else if (/^[px][1-4]$/.test(name) && value.length === Number(name[1])) slot(tables.affix, value, 2)[name[0] === 'p' ? 0 : 1] = r;
  }
  tables.constant = rows(['b', 'title', 'caps', 'dict=N', 'dict=Y', 'digit', 'hyphen', 'dot']);
  // Pack the pair vectors into one typed array.
  let pairCount = 0;
  for (const index of [c.lowerLower, c.shapeShape, c.shapeLower, c.lowerShape]) for (const inner of index) pairCount += inner?.size ?? 0;
  const pairSlab = new Float64Array(pairCount * 2 * T);
  let used = 0;
  const pack = (index: PairIndex): Array<[number, number, number]> => {
    const entries: Array<[number, number, number]> = [];
    index.forEach((inner, a) => {
      if (!inner) return;
      for (const [b, v] of inner) {
        pairSlab.set(v, used);
        entries.push([a, b, used]);
        used += 2 * T;
      }
    });
    return entries;
  };
  const shapeCount = shapeIds.size;
  const shapeShape = new Int32Array(shapeCount * shapeCount).fill(-1);
  for (const [a, b, offset] of pack(c.shapeShape)) shapeShape[a * shapeCount + b] = offset;
  const lowerLowerEntries = pack(c.lowerLower);
  const shapeLowerEntries = pack(c.shapeLower);
  const lowerShapeEntries = pack(c.lowerShape);
  const lowerBits = new Uint8Array(lowerIds.size);
  const shapeBits = new Uint8Array(shapeCount);
  const sides = (entries: Array<[number, number, number]>, left: Uint8Array, leftBit: number, right: Uint8Array, rightBit: number): Array<[number, number, number]> => {
    for (const [a, b] of entries) {
      left[a] |= leftBit;
      right[b] |= rightBit;
    }
    return entries;
  };
  const partial = {
    lowerIds,
    shapeIds,
    slab: new Float64Array(1024 * VEC),
    used: 0,
    pairSlab: pairSlab.every((x) => Math.fround(x) === x) ? Float32Array.from(pairSlab) : pairSlab,
    lowerLower: new PairOffsets(sides(lowerLowerEntries, lowerBits, LL_LEFT, lowerBits, LL_RIGHT)),
    shapeShape,
    shapeCount,
    shapeLower: new PairOffsets(sides(shapeLowerEntries, shapeBits, SL_LEFT, lowerBits, SL_RIGHT)),
    lowerShape: new PairOffsets(sides(lowerShapeEntries, lowerBits, LS_LEFT, shapeBits, LS_RIGHT)),
    shapeLowerLeftOnly: halfIsZero(pairSlab, shapeLowerEntries, 1),
    lowerShapeRightOnly: halfIsZero(pairSlab, lowerShapeEntries, 0),
    lowerBits,
    shapeBits,
    decode: decodeTables(model.transitions),
    tables,
    words: new Map<string, WordInfo>(),
    byLexeme: new Array<WordInfo | undefined>(1 << 16).fill(undefined),
    spellings: new Map<string, Spelling>(),
    rows: {
      init: row('init'),
      hdl: row('hdl'),
      doc: rows(docCodes.map((x) => `doc=${x}`)),
      docInit: rows(docCodes.map((x) => `doc|init=${x}`)),
      dictInit: rows(['dict|init=N', 'dict|init=Y']),
      dictDocInit: rows(['N', 'Y'].flatMap((d) => docCodes.map((x) => `dict|doc|init=${d}${x}`))),
      seen: rows(labels.map((l) => `h=${l}`)),
      majority: rows(labels.map((l) => `hm=${l}`)),
      gaz,
    },
  };
  const compiled = partial as Compiled;
  compiled.start = boundaryInfo(model, compiled, '<s>');
  compiled.end = boundaryInfo(model, compiled, '</s>');
  return compiled;
}

/** Is half `half` (0 = the left word's, 1 = the right word's) of every entry's pair vector +0? */
function halfIsZero(slab: Float64Array, entries: ReadonlyArray<readonly [number, number, number]>, half: 0 | 1): boolean {
  for (const [, , offset] of entries) for (let t = 0; t < T; t++) if (!Object.is(slab[offset + half * T + t], 0)) return false;
  return true;
}

function neighbourVectors(model: NerModel, v: Float64Array, at: number, lower: string, shape: string): void {
  for (let k = 0; k < N_OFFSETS; k++) addFeatureRows(model, neighbourFeatures(lower, shape, OFFSETS[k]), v, at + (k + 1) * T);
}

/** Room for one more word vector in the slab; returns its offset. */
function reserve(c: Compiled): number {
  if (c.used + VEC > c.slab.length) {
    const bigger = new Float64Array(2 * c.slab.length);
    bigger.set(c.slab);
    c.slab = bigger;
  }
  const at = c.used;
  c.used += VEC;
  // Reused after the cache was emptied: sums start from zero.
  c.slab.fill(0, at, at + VEC);
  return at;
}

function boundaryInfo(model: NerModel, c: Compiled, word: string): WordInfo {
  const at = reserve(c);
  neighbourVectors(model, c.slab, at, word, word);
  const lowerId = c.lowerIds.get(word) ?? -1;
  const shapeId = c.shapeIds.get(word) ?? -1;
  return {
    vec: at, pairBits: pairBitsOf(c, lowerId, shapeId), lowerId, shapeId, cap: false, historyWord: false, hasLower: false, hasUpper: false,
    gazPhrases: undefined, rawHasLower: false, rawHasUpper: false, rawLowerStart: false, lowerSeenIn: -1, rawTitleMid: false,
    rawSpelling: spelling(c, word), lowerSpelling: spelling(c, word), dict: 0, initShapeRow: -1, hdlShapeRow: -1, gazStart: false, lower: word, rawLower: word,
  };
}

function spelling(c: Compiled, lower: string): Spelling {
  let s = c.spellings.get(lower);
  if (s === undefined) c.spellings.set(lower, (s = { exact: undefined, titleMidIn: -1, historyIn: -1, counts: undefined }));
  return s;
}

function pairBitsOf(c: Compiled, lowerId: number, shapeId: number): number {
  return (lowerId >= 0 ? c.lowerBits[lowerId] : 0) | (shapeId >= 0 ? c.shapeBits[shapeId] : 0);
}

/** [has a lower-case letter, has an upper-case letter], as `isHeadline` reads letters. */
function letterCases(w: string): [boolean, boolean] {
  let lower = false;
  let upper = false;
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (c >= 97 && c <= 122) lower = true;
    else if (c >= 65 && c <= 90) upper = true;
    else if (c > 127) {
      const ch = w[k];
      if (ch.toUpperCase() !== ch) lower = true;
      else if (ch.toLowerCase() !== ch) upper = true;
    }
  }
  return [lower, upper];
}

function wordInfo(model: NerModel, c: Compiled, raw: string): WordInfo {
  let e = c.words.get(raw);
  if (e !== undefined) return e;
  const w = normalizeWord(raw);
  const lower = w.toLowerCase();
  const shape = shortShape(w);
  const at = reserve(c);
  const v = c.slab;
  const { weights } = model;
  const tb = c.tables;
  const k0 = tb.constant;
  const lowerRows = tb.lower.get(lower) ?? NO_ROWS;
  const shapeRows = tb.shortShape.get(shape) ?? NO_ROWS;
  const cap = isTitleCase(w) || isAllCaps(w);
  const dict = cap && englishWords().has(lower) ? 1 : 0;
  // The rows of wordFeatures(w), in its order (sums must match bit for bit).
  addRow(weights, k0[0], v, at);
  addRow(weights, tb.word.get(w) ?? -1, v, at);
  addRow(weights, lowerRows[0], v, at);
  addRow(weights, tb.fullShape.get(wordShape(w)) ?? -1, v, at);
  addRow(weights, shapeRows[0], v, at);
  const len = lower.length;
  for (let k = 1; k <= 4 && k <= len; k++) {
    addRow(weights, (tb.affix.get(lower.slice(0, k)) ?? NO_ROWS)[0], v, at);
    addRow(weights, (tb.affix.get(lower.slice(len - k)) ?? NO_ROWS)[1], v, at);
  }
  if (isTitleCase(w)) addRow(weights, k0[1], v, at);
  if (isAllCaps(w)) addRow(weights, k0[2], v, at);
  if (cap) addRow(weights, k0[3 + dict], v, at);
  if (hasDigit(w)) addRow(weights, k0[5], v, at);
  if (w.includes('-')) addRow(weights, k0[6], v, at);
  if (w.includes('.')) addRow(weights, k0[7], v, at);
  // neighbourFeatures(lower, shape, offset) for offsets -2, -1, +1, +2.
  for (let k = 0; k < N_OFFSETS; k++) {
    addRow(weights, lowerRows[1 + k], v, at + (k + 1) * T);
    addRow(weights, shapeRows[1 + k], v, at + (k + 1) * T);
  }
  const [hasLower, hasUpper] = letterCases(w);
  const [rawHasLower, rawHasUpper] = w === raw ? [hasLower, hasUpper] : letterCases(raw);
  const c0 = raw.charCodeAt(0);
  const first = w.charCodeAt(0);
  const lowerId = c.lowerIds.get(lower) ?? -1;
  const shapeId = c.shapeIds.get(shape) ?? -1;
  const gazStart = first >= 65 && first <= 90;
  const rawLower = raw.toLowerCase();
  const rawSpelling = spelling(c, rawLower);
  const rawLowerStart = c0 >= 97 && c0 <= 122;
  // Fields read for every token first, so they share the object's first cache lines (the
  // boundary words' literal above has the same order: one shape).
  e = {
    vec: at,
    pairBits: pairBitsOf(c, lowerId, shapeId),
    lowerId,
    shapeId,
    cap,
    historyWord: raw.length > 1 && ((c0 >= 65 && c0 <= 90) || (c0 > 127 && /^\p{Lu}/u.test(raw))),
    hasLower,
    hasUpper,
    gazPhrases: gazStart ? placeGazetteer().byFirst.get(lower) : undefined,
    rawHasLower,
    rawHasUpper,
    rawLowerStart,
    lowerSeenIn: -1,
    rawTitleMid: c0 >= 65 && c0 <= 90 && raw.length > 1 && raw.slice(1) !== raw.slice(1).toUpperCase(),
    rawSpelling,
    lowerSpelling: spelling(c, lower),
    dict,
    initShapeRow: shapeRows[5],
    hdlShapeRow: shapeRows[6],
    gazStart,
    lower,
    rawLower,
  };
  c.words.set(raw, e);
  if (rawLowerStart) (raw === rawLower ? rawSpelling : spelling(c, raw)).exact = e;
  return e;
}

/** `wordInfo` through the lexeme-id index (the string-keyed cache stays the one owner of each word's entry). */
function wordInfoById(model: NerModel, c: Compiled, raw: string, id: number): WordInfo {
  const byLexeme = c.byLexeme;
  if (id < byLexeme.length) {
    const e = byLexeme[id];
    if (e !== undefined) return e;
  }
  const e = wordInfo(model, c, raw);
  if (id >= 0 && id < LEXEME_LIMIT) {
    if (id >= byLexeme.length) {
      let size = byLexeme.length;
      while (id >= size) size *= 2;
      const bigger = new Array<WordInfo | undefined>(size).fill(undefined);
      for (let k = 0; k < byLexeme.length; k++) bigger[k] = byLexeme[k];
      c.byLexeme = bigger;
    }
    c.byLexeme[id] = e;
  }
  return e;
}

/** Lexeme ids past this are looked up by string only (bounds the id index's memory). */
const LEXEME_LIMIT = 4_000_000;

const NO_ROWS: Int32Array = new Int32Array(8).fill(-1);

function hasDigit(w: string): boolean {
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

function addRow(weights: Float32Array, row: number, out: Float64Array, at: number): void {
  if (row < 0) return;
  const w = row * T;
  for (let t = 0; t < T; t++) out[at + t] += weights[w + t];
}

/** Adds the pair (a, b)'s vector when the table has it (callers first check both words' pairBits). */
function addPair(slab: Float32Array | Float64Array, index: PairOffsets, a: number, b: number, out: Float64Array, left: number, right: number, n: number): void {
  const v = index.get(a, b);
  if (v >= 0) addPairAt(slab, v, out, left, right, n);
}

/** Adds half `half` of the pair vector at `v` to token `at`'s scores (nothing when `at` is a boundary position). */
function addHalfAt(slab: Float32Array | Float64Array, v: number, half: 0 | 1, out: Float64Array, at: number, n: number): void {
  if (at < 0 || at >= n) return;
  const from = v + half * T;
  for (let t = 0; t < T; t++) out[at * T + t] += slab[from + t];
}

function addPairAt(slab: Float32Array | Float64Array, v: number, out: Float64Array, left: number, right: number, n: number): void {
  if (left >= 0) for (let t = 0; t < T; t++) out[left * T + t] += slab[v + t];
  if (right < n) for (let t = 0; t < T; t++) out[right * T + t] += slab[v + T + t];
}

/**
 * Gazetteer matches of one sentence as `gazetteerMatches` gives them (same entries, same order),
 * but sparse: undefined for the (many) tokens without any.
 */
function sentenceGazetteer(infos: readonly WordInfo[], from: number, n: number): Array<string[] | undefined> | undefined {
  let out: Array<string[] | undefined> | undefined;
  for (let i = 0; i < n; i++) {
    // The place gazetteer's phrases starting here, looked up once per word (wordInfo).
    const candidates = infos[from + i].gazPhrases;
    if (!candidates) continue;
    const matched = new Set<string>();
    for (const { tokens, category } of candidates) {
      if (matched.has(category) || i + tokens.length > n) continue;
      let ok = true;
      for (let k = 1; k < tokens.length && ok; k++) ok = infos[from + i + k].lower === tokens[k];
      if (!ok) continue;
      matched.add(category);
      out ??= new Array(n);
      (out[i] ??= []).push(`${category}:B`);
      for (let k = 1; k < tokens.length; k++) (out[i + k] ??= []).push(`${category}:I`);
    }
  }
  return out;
}

/** Is the sentence infos[from .. from + n) a headline (no lower-case letter, some upper-case one)? */
function isHeadlineOf(infos: readonly WordInfo[], from: number, n: number, raw: boolean): boolean {
  let upper = false;
  for (let i = 0; i < n; i++) {
    const e = infos[from + i];
    if (raw ? e.rawHasLower : e.hasLower) return false;
    if (raw ? e.rawHasUpper : e.hasUpper) upper = true;
  }
  return upper;
}

let documentSerial = 0;
/** The document's words, sentence after sentence (grow-only, reused from document to document). */
let docInfos: WordInfo[] = [];
let padded: WordInfo[] = [];

/** Grow-only scratch buffers, reused from sentence to sentence. */
let emissionBuffer = new Float64Array(64 * T);

/**
 * BIO tags for every token of every sentence of one document, in reading order (each sentence's
 * tags feed the prediction history later sentences see). Same tags as `tagDocumentReference`.
 */
export function tagDocumentFast(
  model: NerModel,
  sentences: readonly (readonly string[])[],
  /** Test hook: sees each sentence's emission scores (n*T, history included) before decoding. */
  onEmissions?: (sentence: number, emissions: Float64Array) => void,
): string[][] {
  const tags = tagIndicesFast(model, sentences, onEmissions);
  let at = 0;
  return sentences.map((words) => Array.from(tags.subarray(at, (at += words.length)), (t) => TAG_NAMES[t]));
}

/**
 * As `tagDocumentFast`, with each tag as its index in TAGS (no strings built), and the tags of
 * all sentences in one array, one after the other (one allocation per document, not per sentence).
 */
export function tagIndicesFast(
  model: NerModel,
  sentences: readonly (readonly string[])[],
  onEmissions?: (sentence: number, emissions: Float64Array) => void,
  /**
   * Optional: an id per word of the document (sentence after sentence, as one array) such that
   * equal ids always mean equal words, process-wide (winkNLP's lexeme ids, see annotate's
   * `lexemeIds`). Cached words are then found by id, an array read, instead of by string.
   */
  lexemes?: ArrayLike<number>,
): Int32Array {
  let c = compiledByModel.get(model);
  if (!c) compiledByModel.set(model, (c = compile(model)));
  // Bound memory between documents (never during one: this document's words point into the slab).
  if (c.words.size >= wordCacheLimit.words) {
    c.words.clear();
    c.byLexeme.fill(undefined);
    c.spellings.clear();
    c.used = 2 * VEC; // the two boundary words stay (their spellings are never read)
  }
  const { weights } = model;
  const rows = c.rows;

  let total = 0;
  for (let s = 0; s < sentences.length; s++) total += sentences[s].length;
  // Word infos of the whole document, and the document context (document-context.ts).
  if (docInfos.length < total) docInfos = new Array<WordInfo>(2 * total);
  const infos = docInfos;
  const doc = ++documentSerial;
  for (let s = 0, from = 0; s < sentences.length; s++) {
    const words = sentences[s];
    const n = words.length;
    if (lexemes === undefined) for (let i = 0; i < n; i++) infos[from + i] = wordInfo(model, c, words[i]);
    else for (let i = 0; i < n; i++) infos[from + i] = wordInfoById(model, c, words[i], lexemes[from + i]);
    const headline = isHeadlineOf(infos, from, n, true);
    for (let i = 0; i < n; i++) {
      const e = infos[from + i];
      if (e.rawLowerStart) e.lowerSeenIn = doc;
      else if (!headline && i > 0 && e.rawTitleMid) e.rawSpelling.titleMidIn = doc; // titleMidSeen.add(rawLower)
    }
    from += n;
  }

  const tags = new Int32Array(total);
  /** Where sentence s's words start in `infos` and its tags in `tags`. */
  let first = 0;
  const start = c.start;
  const end = c.end;
  for (let s = 0; s < sentences.length; s++) {
    const n = sentences[s].length;
    if (n === 0) continue;
    const slab = c.slab;
    const pairSlab = c.pairSlab;
    const S = c.shapeCount;
    if (emissionBuffer.length < n * T) emissionBuffer = new Float64Array(2 * n * T);
    const em = emissionBuffer;
    // Positions -2..n+1: the sentence's words with two boundary words on each side (the
    // sentence's word i is padded[i + 2]).
    if (padded.length < n + 4) padded = new Array<WordInfo>(2 * n + 4);
    padded[0] = start;
    padded[1] = start;
    for (let i = 0; i < n; i++) padded[i + 2] = infos[first + i];
    padded[n + 2] = end;
    padded[n + 3] = end;
    const headline = isHeadlineOf(padded, 2, n, false);
    const g = sentenceGazetteer(padded, 2, n);

    for (let i = 0; i < n; i++) {
      const base = i * T;
      const e = padded[i + 2];
      const self = e.vec;
      // The word's own vector, then what its neighbours give it, summed from zero in that order
      // (every token's scores are written here first: no need to clear the buffer).
      const o0 = padded[i + 2 + OFF0].vec + T;
      const o1 = padded[i + 2 + OFF1].vec + 2 * T;
      const o2 = padded[i + 2 + OFF2].vec + 3 * T;
      const o3 = padded[i + 2 + OFF3].vec + 4 * T;
      for (let t = 0; t < T; t++) {
        let x = 0;
        x += slab[self + t];
        x += slab[o0 + t];
        x += slab[o1 + t];
        x += slab[o2 + t];
        x += slab[o3 + t];
        em[base + t] = x;
      }
      // Position features, in positionFeatures() order.
      if (i === 0) {
        addRow(weights, rows.init, em, base);
        addRow(weights, e.initShapeRow, em, base);
      }
      if (headline) {
        addRow(weights, rows.hdl, em, base);
        addRow(weights, e.hdlShapeRow, em, base);
      }
      if (g !== undefined) {
        const here = g[i];
        if (here) for (const x of here) addRow(weights, rows.gaz.get(x)![0], em, base);
        const before = i > 0 ? g[i - 1] : undefined;
        if (before) for (const x of before) addRow(weights, rows.gaz.get(x)![1], em, base);
        const after = i + 1 < n ? g[i + 1] : undefined;
        if (after) for (const x of after) addRow(weights, rows.gaz.get(x)![2], em, base);
      }
      if (e.cap) {
        // lowerSeen.has(lower): the word written exactly `lower` was seen in this document (so it
        // is cached, the cache being emptied only between documents) starting with a-z.
        const ls = e.lowerSpelling;
        const exact = ls.exact;
        const code = (exact !== undefined && exact.lowerSeenIn === doc ? 1 : 0) + (ls.titleMidIn === doc ? 2 : 0);
        addRow(weights, rows.doc[code], em, base);
        if (i === 0 || headline) {
          addRow(weights, rows.docInit[code], em, base);
          addRow(weights, rows.dictInit[e.dict], em, base);
          addRow(weights, rows.dictDocInit[e.dict * 4 + code], em, base);
        }
      }
    }
    // Word-pair features: each gap between positions p and p+1 (boundaries included).
    for (let p = -1; p < n; p++) {
      const a = padded[p + 2];
      const b = padded[p + 3];
      // A table is read only when both words occur in it on their side (most pairs are in none).
      const ab = a.pairBits;
      const bb = b.pairBits;
      if (ab & LL_LEFT && bb & LL_RIGHT) addPair(pairSlab, c.lowerLower, a.lowerId, b.lowerId, em, p, p + 1, n);
      if (a.shapeId >= 0 && b.shapeId >= 0) {
        const ss = c.shapeShape[a.shapeId * S + b.shapeId];
        if (ss >= 0) addPairAt(pairSlab, ss, em, p, p + 1, n);
      }
      if (ab & SL_LEFT && bb & SL_RIGHT) {
        if (!c.shapeLowerLeftOnly) addPair(pairSlab, c.shapeLower, a.shapeId, b.lowerId, em, p, p + 1, n);
        else {
          const v = c.shapeLower.get(a.shapeId, b.lowerId);
          if (v >= 0) addHalfAt(pairSlab, v, 0, em, p, n);
        }
      }
      if (ab & LS_LEFT && bb & LS_RIGHT) {
        if (!c.lowerShapeRightOnly) addPair(pairSlab, c.lowerShape, a.lowerId, b.shapeId, em, p, p + 1, n);
        else {
          const v = c.lowerShape.get(a.lowerId, b.shapeId);
          if (v >= 0) addHalfAt(pairSlab, v, 1, em, p + 1, n);
        }
      }
    }
    // Prediction history (prediction-history.ts): labels given to this word earlier in the document.
    for (let i = 0; i < n; i++) {
      const e = padded[i + 2];
      if (!e.historyWord) continue;
      const h = e.rawSpelling;
      if (h.historyIn !== doc) continue;
      const counts = h.counts!;
      const base = i * T;
      let best = 0;
      for (let k = 1; k < N_LABELS; k++) if (counts[k] > counts[best]) best = k;
      for (let k = 0; k < N_LABELS; k++) if (counts[k] > 0) addRow(weights, rows.seen[k], em, base);
      addRow(weights, rows.majority[best], em, base);
    }
    if (onEmissions) onEmissions(s, em.slice(0, n * T));
    decodeInto(n, em, c.decode, tags, first);
    for (let i = 0; i < n; i++) {
      const e = padded[i + 2];
      if (!e.historyWord) continue;
      const h = e.rawSpelling;
      if (h.historyIn !== doc) {
        h.historyIn = doc;
        if (h.counts === undefined) h.counts = new Int32Array(N_LABELS);
        else for (let k = 0; k < N_LABELS; k++) h.counts[k] = 0; // (a loop: fill() is a slow call for five numbers)
      }
      h.counts![LABEL_OF_TAG[tags[first + i]]]++;
    }
    first += n;
  }
  return tags;
}
