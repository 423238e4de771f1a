// Table-driven tests of the Open IE patterns on sentences written for these tests, plus the
// AnnotatedText entry point, confidence ordering and the CaRB output format.
import { describe, expect, it } from 'vitest';
import { annotate } from '../../src/nlp/annotate.ts';
import { extractTupleSpans, extractTuples, OpenIeInputError } from '../../src/openie/extract-tuples.ts';
import { extractFromPtbLine } from '../../src/openie/extract-ptb-line.ts';
import { formatCarbLines } from '../../src/openie/carb-format.ts';
import { wordsOfPtbLine } from '../../src/openie/carb-line.ts';
import type { OpenIeTuple } from '../../src/openie/types.ts';

const show = (t: OpenIeTuple): string => `(${t.args[0]}; ${t.relation}; ${t.args.slice(1).join('; ')})`;

describe.each([
  ['copula', 'Apple is a technology company .', '(Apple; is; a technology company)'],
  ['copula with of-PP', 'Malcolm Turnbull was the first Prime Minister of the republic .', '(Malcolm Turnbull; was; the first Prime Minister of the republic)'],
  ['copula, noun in relation', 'Malcolm Turnbull was the first Prime Minister of the republic .', '(Malcolm Turnbull; was the first Prime Minister of; the republic)'],
  ['apposition', 'Satya Nadella , the chief executive of Microsoft , visited Paris on Monday .', '(Satya Nadella; be; the chief executive of Microsoft)'],
  ['subject across an apposition', 'Satya Nadella , the chief executive of Microsoft , visited Paris on Monday .', '(Satya Nadella; visited; Paris; on Monday)'],
  ['relative clause', 'The bank hired Ana Lopez , who founded a small startup in Madrid .', '(Ana Lopez; founded; a small startup; in Madrid)'],
  ['main clause before a relative', 'The bank hired Ana Lopez , who founded a small startup in Madrid .', '(The bank; hired; Ana Lopez)'],
  ['verb coordination, first', 'Elon Musk founded SpaceX and sold PayPal .', '(Elon Musk; founded; SpaceX)'],
  ['verb coordination, second', 'Elon Musk founded SpaceX and sold PayPal .', '(Elon Musk; sold; PayPal)'],
  ['passive with agent', 'The factory was acquired by Siemens in 2019 .', '(The factory; was acquired by; Siemens; in 2019)'],
  ['negation kept in relation', 'The company did not sell its stake in the airline .', '(The company; did not sell; its stake; in the airline)'],
  ['attribution content', 'A spokesman said that the company would cut 300 jobs .', '(A spokesman; said; the company would cut 300 jobs)'],
  ['attributed clause', 'A spokesman said that the company would cut 300 jobs .', '(the company; would cut; 300 jobs)'],
  ['fronted adverbial as extra argument', 'In 2015 , the startup moved its headquarters to Berlin .', '(the startup; moved; its headquarters; to Berlin; In 2015)'],
  ['light verb construction', 'He made an offer on the house .', '(He; made an offer on; the house)'],
  ['participial modifier skipped', 'The plan , announced last week , angered farmers .', '(The plan; angered; farmers)'],
  ['possessive', 'Microsoft \'s chief executive praised the deal .', "(Microsoft; has; chief executive)"],
  ['infinitive chain', 'She wants to buy a house in London .', '(She; wants to buy; a house; in London)'],
  ['of-PP in the subject', 'The group of investors bought the club for 40 million pounds .', '(The group of investors; bought; the club; for 40 million pounds)'],
  ['verb + preposition', 'The film was shot in Morocco .', '(The film; was shot in; Morocco)'],
  ['pronoun subject kept', 'They opened a second store in Lyon .', '(They; opened; a second store; in Lyon)'],
  ['object relative clause', 'She designed a bridge which the city built in 1990 .', '(the city; built; a bridge; in 1990)'],
  ['such as examples', 'The firm sells fruits such as apples and pears .', '(fruits; be such as; apples)'],
  ['a title\'s participle after "be" is no verb', 'John Smith has been managing director of Acme since 2001 .', '(John Smith; has been; managing director of Acme)'],
  ['a title\'s participle opening an apposition is no verb', 'John Smith , managing director of Acme , said the plan was dead .', '(John Smith; be; managing director of Acme)'],
  ['title before a name', 'The report was written by economist Maria Gomez .', '(Maria Gomez; be; economist)'],
  ['coordinated subject', 'Google and Apple sued the agency .', '(Google and Apple; sued; the agency)'],
  ['one conjunct of a coordinated subject', 'Google and Apple sued the agency .', '(Apple; sued; the agency)'],
  ['participle after a comma keeps the subject', 'The album , released by Sony in 2000 , sold well in Japan .', '(The album; released by; Sony; in 2000)'],
  ['a date stays an argument', 'He was readmitted in 1841 .', '(He; was readmitted; in 1841)'],
  ['named place after a noun', 'A bomb exploded at a union hall in San Salvador .', '(a union hall; be in; San Salvador)'],
  ['coordinated verb shares the auxiliary', 'The troops were mobilized and sent back to the front .', '(The troops; were sent back to; the front)'],
  ['opening participle shares the subject', 'Leaving the port , the ship sailed to Lisbon .', '(the ship; Leaving; the port)'],
  ['particle then preposition', 'The bank switched over to a new system .', '(The bank; switched over to; a new system)'],
  ['an -ing form after "said" opens the reported clause', 'He said reaching a deal with the unions could be difficult .', '(He; said; reaching a deal with the unions could be difficult)'],
  ['a noun the tagger calls an adverb after a hyphened participle', 'The London - based firm has been shedding non-core businesses .', '(The London - based firm; has been shedding; non-core businesses)'],
])('%s', (_name, sentence, expected) => {
  it(`extracts ${expected}`, () => {
    const got = extractFromPtbLine(sentence).map(show);
    expect(got).toContain(expected);
  });
});

describe('negation flag', () => {
  it('marks negated relations and only those', () => {
    const tuples = extractFromPtbLine('The company did not sell its stake , but it bought a hotel .');
    const byRel = new Map(tuples.map((t) => [t.relation, t.negated]));
    expect(byRel.get('did not sell')).toBe(true);
    expect(byRel.get('bought')).toBe(false);
  });
});

describe('extractTuples over annotate()', () => {
  const doc = annotate('The museum hosts a large collection. Siemens, a German company, bought the factory in 2019.');
  it('returns token spans that spell the arguments', () => {
    const tuples = extractTuples(doc, 1);
    const bought = tuples.find((t) => t.relation === 'bought')!;
    expect(bought.args[0]).toBe('Siemens');
    for (const [k, [s, e]] of bought.argSpans.entries()) {
      expect(doc.tokens.slice(s, e).map((t) => t.text).join(' ')).toBe(bought.args[k]);
    }
    expect(bought.relationTokens.map((k) => doc.tokens[k].text)).toEqual(['bought']);
  });
  it('sorts by confidence, best first', () => {
    const tuples = extractTuples(doc, 1);
    const confidences = tuples.map((t) => t.confidence);
    expect(confidences).toEqual([...confidences].sort((a, b) => b - a));
  });
  it('throws a named error for a missing sentence', () => {
    expect(() => extractTuples(doc, 5)).toThrow(OpenIeInputError);
    expect(() => extractTupleSpans(doc, 5)).toThrow(OpenIeInputError);
  });
  it('extractTupleSpans gives the same tuples in the same order, without texts', () => {
    const text = 'Mr Smith, who founded Acme in 1990, said on Monday that the firm and its rival Globex would merge. "We are ready," said Jane Doe, the chief executive of Globex.';
    const many = annotate(text);
    const spans = ({ confidence, relationTokens, argSpans, negated, pattern }: OpenIeTuple) => ({ confidence, relationTokens, argSpans, negated, pattern });
    for (const s of many.sentences) {
      const full = extractTuples(many, s.index);
      expect(full.length).toBeGreaterThan(2);
      expect(extractTupleSpans(many, s.index)).toEqual(full.map(spans));
    }
  });
});

describe('confidence', () => {
  it('ranks a plain verb tuple above its light-verb variant and above a possessive "has"', () => {
    const tuples = extractFromPtbLine('Microsoft \'s chief executive made an offer on the house .');
    const conf = (rel: string): number => tuples.find((t) => t.relation === rel)!.confidence;
    expect(conf('made')).toBeGreaterThan(conf('made an offer on'));
    expect(conf('made')).toBeGreaterThan(conf('has'));
  });
  it('stays within (0, 1)', () => {
    for (const t of extractFromPtbLine('In 2015 , the startup , which was founded by two students , moved to Berlin .')) {
      expect(t.confidence).toBeGreaterThan(0);
      expect(t.confidence).toBeLessThan(1);
    }
  });
});

describe('CaRB input and output', () => {
  const line = "`` We are ready , '' said Maria Lopez -LRB- the mayor -RRB- , who visited Rome 's new port .";
  it('keeps the PTB tokens of the line', () => {
    expect(wordsOfPtbLine(line).map((w) => w.text)).toEqual(line.split(' '));
  });
  it('writes tab-separated lines starting with the original sentence', () => {
    const tuples = extractFromPtbLine(line);
    expect(tuples.length).toBeGreaterThan(0);
    for (const out of formatCarbLines(line, tuples)) {
      const fields = out.split('\t');
      expect(fields[0]).toBe(line);
      expect(Number.isFinite(Number(fields[1]))).toBe(true);
      expect(fields.length).toBeGreaterThanOrEqual(5);
      for (const arg of fields.slice(3)) for (const w of arg.split(' ')) expect(line.split(' ')).toContain(w);
    }
  });
  it('replaces tabs inside fields', () => {
    const [out] = formatCarbLines('a\tb', [{ relation: 'r', args: ['x\ty', 'z'], confidence: 0.5, relationTokens: [], argSpans: [], negated: false, pattern: 'verb', features: [] }]);
    expect(out.split('\t')).toEqual(['a b', '0.5000', 'r', 'x y', 'z']);
  });
});
