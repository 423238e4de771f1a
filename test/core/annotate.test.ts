import { describe, expect, it } from 'vitest';
import { annotate, buildSentences, correctedTag, lexemeIds, nlp, retagInContext, splitWordAbbreviations } from '../../src/nlp/annotate.ts';
import type { AnnotatedText, Token, Upos } from '../../src/model/types.ts';

/**
 * The straightforward annotation through winkNLP's public API and default pipe (one `out()`
 * per attribute, offsets by `indexOf`): the one-pass lean path must give exactly this.
 */
function referenceAnnotate(text: string): AnnotatedText {
  const engine = nlp();
  const its = engine.its;
  const doc = engine.readDoc(splitWordAbbreviations(text));
  const values = doc.tokens().out(its.value) as string[];
  const normals = doc.tokens().out(its.normal) as string[];
  const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.value) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const spans = doc.sentences().out(its.span) as unknown as Array<[number, number]>;
  const tokens: Token[] = [];
  let cursor = 0;
  values.forEach((value, i) => {
    let start = text.indexOf(value, cursor);
    if (start < 0 || start - cursor > 64) {
      start = cursor;
      while (start < text.length && /\s/.test(text[start])) start++;
    }
    const end = Math.min(text.length, start + value.length);
    // The corrections annotate makes to winkNLP's tags (a past tense with no noun reading is a verb; "IT" is no pronoun).
    const [pos, lemma] = correctedTag(value, tags[i]) ?? [tags[i], lemmas[i]];
    tokens.push({ i, text: value, normal: normals[i], lemma, pos: pos as Upos, start, end, sentence: 0, spaceBefore: start > 0 && /\s/.test(text[start - 1]) });
    cursor = end;
  });
  retagInContext(tokens);
  const sentences = buildSentences(text, tokens, spans);
  return { text, tokens, sentences };
}

// Pieces with the spellings that stress tokenisation and offsets: contractions, typographic
// quotes and dashes, odd whitespace (tabs, newlines, non-breaking and wide spaces), emoji,
// URLs, e-mails, hashtags, numbers, abbreviations, accented and non-Latin letters.
const PIECES = [
  'US President Joe Biden said', "He didn't go", "they'll", "can't", 'won\u2019t', '\u201cQuoted\u201d', "'single'",
  'Mr. Smith', 'e.g.', 'U.S.', '3.5%', '$1,000', '\u00a3250m', '1996-08-22', '10:30', 'Jan. 5', 'No. 10',
  'https://example.com/a?b=c', 'name@example.org', '#hashtag', '@handle', ':)', '\u{1F600}', 'caf\u00e9', '\u00c9mile Zola',
  '\u041c\u043e\u0441\u043a\u0432\u0430', '\u6771\u4eac', '-', '\u2013', '\u2014', '...', '\u2026', '(', ')', '[x]', ',', ';', '!', '?', '.',
  'BBC NEWS', 'the police', 'Microsoft', 'running', 'better', 'children', 'was', 'mice', 'O\'Neill', 'rock-and-roll',
  'fell ill.', 'stepped in.', 'said no.', 'etc.', 'cost $5m.', 'at 50p.', 'the 1990s.', 'The 62-year-old sang', 'drove', 'hedge fund',
];
const GAPS = [' ', ' ', ' ', '', '  ', '\n', '\n\n', '\t', ' \u00a0', '\u00a0', '\u2003', '\r\n', '   \n  '];

function generatedTexts(count: number, seed: number): string[] {
  let state = seed;
  const next = (k: number): number => {
    // mulberry32: a small seeded generator with well-mixed low bits.
    state = (state + 0x6d2b79f5) | 0;
    let x = Math.imul(state ^ (state >>> 15), 1 | state);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) % k;
  };
  const out: string[] = [];
  for (let c = 0; c < count; c++) {
    let text = next(4) === 0 ? GAPS[next(GAPS.length)] : '';
    const len = 1 + next(40);
    for (let k = 0; k < len; k++) text += PIECES[next(PIECES.length)] + GAPS[next(GAPS.length)];
    out.push(text);
  }
  return out;
}

describe('annotate', () => {
  it.each([
    ['US President Joe Biden said hello.', ['US', 'President', 'Joe', 'Biden', 'said', 'hello', '.']],
    ["He didn't go.", ['He', 'did', "n't", 'go', '.']],
    ['  Leading spaces  and   gaps.', ['Leading', 'spaces', 'and', 'gaps', '.']],
    ['Émile Zola wrote “J’accuse”.', ['Émile', 'Zola', 'wrote', '“', 'J’accuse', '”', '.']],
  ])('offsets of %j point at the token text', (text, expected) => {
    const doc = annotate(text);
    expect(doc.tokens.map((t) => t.text)).toEqual(expected);
    for (const t of doc.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('splits sentences and keeps sentence offsets and token ranges consistent', () => {
    const text = 'Biden spoke with Putin. "It was candid," he said.  Then he left.';
    const doc = annotate(text);
    expect(doc.sentences.length).toBe(3);
    for (const s of doc.sentences) {
      expect(text.slice(s.start, s.end)).toBe(s.text);
      for (let i = s.tokenStart; i < s.tokenEnd; i++) expect(doc.tokens[i].sentence).toBe(s.index);
    }
    expect(doc.sentences[0].text).toBe('Biden spoke with Putin.');
  });

  it('ends a sentence at a word winkNLP would read as an abbreviation ("ill.", "in.")', () => {
    const text = 'Kennedy was ill. Microsoft grew. He stepped in. "It was hard," he said. Nobody could get in.';
    const doc = annotate(text);
    expect(doc.sentences.map((s) => s.text)).toEqual(['Kennedy was ill.', 'Microsoft grew.', 'He stepped in.', '"It was hard," he said.', 'Nobody could get in.']);
    for (const t of doc.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(annotate('Buy 5 No. 10 shares.').tokens.map((t) => t.text)).toContain('No.');
  });

  it('does not end a sentence inside a web address ("gamesindustry.biz", "dec.org.uk")', () => {
    for (const text of ['Rob Fahey, editor of news site gamesindustry.biz, said it.', 'Give via dec.org.uk or by phone.', 'Shoppers at Amazon.com bought more books.']) {
      const doc = annotate(text);
      expect(doc.sentences.map((s) => s.text)).toEqual([text]);
    }
    // ...while a full stop before a space still ends one, and an ellipsis keeps winkNLP's reading.
    expect(annotate('Acme fell. Globex rose.').sentences).toHaveLength(2);
  });

  it('ends a sentence at a unit right after a number ("$5m.", "50p.")', () => {
    const text = 'Profits were $5m. Sales rose to 50p. In the 1990s. It was 5 p.m. Then.';
    const doc = annotate(text);
    expect(doc.sentences.map((s) => s.text)).toEqual(['Profits were $5m.', 'Sales rose to 50p.', 'In the 1990s.', 'It was 5 p.m.', 'Then.']);
    for (const t of doc.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('gives UPOS tags and lemmas', () => {
    const doc = annotate('Washington imposed sanctions on 32 Russian entities.');
    const byText = Object.fromEntries(doc.tokens.map((t) => [t.text, t]));
    expect(byText.imposed.pos).toBe('VERB');
    expect(byText.imposed.lemma).toBe('impose');
    expect(byText.sanctions.lemma).toBe('sanction');
    expect(byText['32'].pos).toBe('NUM');
  });

  it('tags a past tense with no noun reading as a verb ("The 62-year-old sang Hey Jude")', () => {
    const doc = annotate('The 62-year-old sang Hey Jude at half-time.');
    const sang = doc.tokens.find((t) => t.text === 'sang')!;
    expect([sang.pos, sang.lemma]).toEqual(['VERB', 'sing']);
  });

  it('tags a prefixed base form after a modal or "to" as a verb ("will co-ordinate"), not "to re-election"', () => {
    const pos = (text: string, word: string) => annotate(text).tokens.find((t) => t.text === word)?.pos;
    expect(pos('The unions will co-ordinate any industrial action.', 'co-ordinate')).toBe('VERB');
    expect(pos('They want to re-open talks.', 're-open')).toBe('VERB');
    expect(pos('It came in the run-up to re-election.', 're-election')).toBe('NOUN');
  });

  it('tags a base form right after a passive participle as its object, a noun ("had been granted bail"), not after "let"', () => {
    const pos = (text: string, word: string) => annotate(text).tokens.find((t) => t.text === word)?.pos;
    expect(pos('He had been granted bail.', 'bail')).toBe('NOUN');
    expect(pos('He was offered help by the club.', 'help')).toBe('NOUN');
    expect(pos('He was told go away.', 'go')).toBe('VERB');
  });

  it('tags a side word or a participle after an article as an adjective and the base form after it as a noun ("an inside pass", "a converted try")', () => {
    const toks = annotate('He latched onto an inside pass and crossed for a converted try.').tokens;
    const pos = (word: string) => toks.find((t) => t.text === word)?.pos;
    expect([pos('inside'), pos('pass'), pos('converted'), pos('try')]).toEqual(['ADJ', 'NOUN', 'ADJ', 'NOUN']);
  });

  it('tags "recipient" a noun ("the surprise recipient of an award"; winkNLP reads an adjective)', () => {
    expect(annotate('He was the surprise recipient of an award.').tokens.find((t) => t.text === 'recipient')?.pos).toBe('NOUN');
  });

  it('tags "hit" after an article and a kind of hit as a noun ("the country hit Ring of Fire"), not after any other noun', () => {
    const pos = (text: string, word: string) => annotate(text).tokens.find((t) => t.text === word)?.pos;
    expect(pos('Kilgore, co-writer of the country hit Ring of Fire, has died.', 'hit')).toBe('NOUN');
    expect(pos('The storm hit Florida.', 'hit')).toBe('VERB');
  });

  it('tags a comparative and the participle after it before a noun as adjectives ("longer paid leave"), not after an auxiliary', () => {
    const pos = (text: string, word: string) => annotate(text).tokens.find((t) => t.text === word)?.pos;
    expect(pos('She would like to see longer paid maternity leave.', 'paid')).toBe('ADJ');
    expect(pos('He wants more paid holidays.', 'paid')).toBe('ADJ');
    expect(pos('The firm has long paid dividends.', 'paid')).toBe('VERB');
  });

  it('tags a base form right after a name\'s possessive as the noun it owns ("Steve Finnan\'s cross")', () => {
    const pos = (text: string, word: string) => annotate(text).tokens.find((t) => t.text === word)?.pos;
    expect(pos("Damien Duff brought Steve Finnan's cross down.", 'cross')).toBe('NOUN');
  });

  it('tags an -ing form between a number and a noun as an adjective ("273 phishing e-mails")', () => {
    const pos = (text: string, word: string) => annotate(text).tokens.find((t) => t.text === word)?.pos;
    expect(pos('The firm caught only 273 phishing e-mails that year.', 'phishing')).toBe('ADJ');
  });

  it('tags "To date" opening a sentence as an adverb, not an infinitive', () => {
    const toks = annotate('Sales rose. To date the company has caught 60 million copies.').tokens;
    expect([toks[3].pos, toks[4].pos]).toEqual(['ADV', 'ADV']);
  });

  it('tags a participle after a verb of seeming as an adjective ("looked assured in"), not one with an object or complement', () => {
    const pos = (text: string, word: string) => annotate(text).tokens.find((t) => t.text === word)?.pos;
    expect(pos('He looked assured in a more advanced position.', 'assured')).toBe('ADJ');
    expect(pos('He seems assured of a place in the team.', 'assured')).toBe('VERB');
  });

  it('tags a lower-case compass word before a name as its adjective ("in north London"), not "went north"', () => {
    const pos = (text: string, word: string) => annotate(text).tokens.find((t) => t.text === word)?.pos;
    expect(pos('The studio is in north London.', 'north')).toBe('ADJ');
    expect(pos('Homes in south Wales were hit.', 'south')).toBe('ADJ');
    expect(pos('The birds flew south for the winter.', 'south')).not.toBe('ADJ');
  });

  it('tags a position split at its hyphen as one noun compound ("left-back")', () => {
    const toks = annotate('Chelsea left-back Wayne Bridge is hurt.').tokens;
    expect(toks.find((t) => t.text === 'left')?.pos).toBe('NOUN');
    expect(toks.find((t) => t.text === 'back')?.pos).toBe('NOUN');
  });

  it('tags a capitalised "IT" as a name, not the pronoun', () => {
    expect(annotate('Mary Jones of IT firm Acme spoke.').tokens.find((t) => t.text === 'IT')?.pos).toBe('PROPN');
  });

  it('handles empty text', () => {
    expect(annotate('').tokens).toEqual([]);
  });

  it('gives exactly the reference annotation (public winkNLP API, default pipe) on 400 generated texts', () => {
    for (const text of generatedTexts(400, 7)) expect(annotate(text)).toEqual(referenceAnnotate(text));
  });
});

describe('annotate: paragraph breaks', () => {
  it('keeps paragraph-break tokens out of the sentence text and offsets', () => {
    const text = 'The firm grew.\n\nThe media giant was not fined.\n\n';
    const doc = annotate(text);
    expect(doc.sentences.map((s) => s.text)).toEqual(['The firm grew.', 'The media giant was not fined.']);
    for (const s of doc.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('gives each token a lexeme id that stands for its text, across documents', () => {
    const textOf = new Map<number, string>();
    for (const text of ["Mr Smith's firm can't grow.", 'The firm, Smith said, grew.  \n\nIt grew again.']) {
      const doc = annotate(text);
      const ids = lexemeIds(doc)!;
      expect(ids).toHaveLength(doc.tokens.length);
      doc.tokens.forEach((t, i) => {
        expect(textOf.get(ids[i]) ?? t.text).toBe(t.text);
        textOf.set(ids[i], t.text);
      });
    }
    expect(new Set(textOf.values()).size).toBe(textOf.size);
    expect(lexemeIds({ ...annotate('A copy.') })).toBeUndefined();
  });
});

describe('annotate: tokens do not depend on earlier documents', () => {
  it('an unknown word kept whole in one article is still split in the next', () => {
    // winkNLP keeps "Foster's," whole as an unknown word and adds it to its lexicon; without the
    // guard in annotate.ts the next article's "Foster's" stayed one token too.
    const first = annotate("Its top brands include Newcastle Brown Ale, Foster's, John Smith's and Strongbow.");
    expect(first.tokens.map((t) => t.text)).toContain("Foster's");
    const next = annotate("Southcorp has rejected a takeover offer from brewing giant Foster's Group.");
    const at = next.tokens.findIndex((t) => t.text === 'Foster');
    expect(at).toBeGreaterThan(0);
    expect(next.tokens[at + 1].text).toBe("'s");
  });
});

describe('splitWordAbbreviations', () => {
  // The regex alone is the definition; the pre-scan that skips it must never change the result.
  const definition = (text: string): string =>
    text.replace(/(\b(?:in|ill|ore|no|etc)|(?<=\d)(?:m|p|s))\.(?=["'\u2019\u201d]?(?:\s+["'\u2018\u201c]?[A-Z]|\s*$))/g, '$1 .');
  it.each([
    ['He fell ill. Doctors said', 'He fell ill . Doctors said'],
    ['It cost $5m. The firm', 'It cost $5m . The firm'],
    ['in the 1990s."', 'in the 1990s ."'],
    ['Britain. Then again.', 'Britain. Then again.'],
    ['no.', 'no .'],
    ['.in. In', '.in . In'],
  ])('%j', (text, expected) => {
    expect(splitWordAbbreviations(text)).toBe(expected);
    expect(definition(text)).toBe(expected);
  });
  it('agrees with the regex on generated texts', () => {
    for (const text of generatedTexts(3000, 7)) expect(splitWordAbbreviations(text)).toBe(definition(text));
  });
});
