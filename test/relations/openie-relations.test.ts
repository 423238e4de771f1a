// The Open IE source of relations (src/extract/relations/openie-relations.ts), one mechanism per
// row, on sentences written for the test with entities resolved by hand. The rules' coverage is
// left empty (rulesFrom = end of the list) so each row checks the Open IE mapping alone.
import { describe, expect, it } from 'vitest';
import { openIeRelations, argumentHead, relationPredicate, isPassive } from '../../src/extract/relations/openie-relations.ts';
import { chunkSentence, type ChunkContext } from '../../src/extract/relations/sentence-chunks.ts';
import type { Candidate, End, SentenceScope } from '../../src/extract/relations/sentence-scope.ts';
import { extractTuples } from '../../src/openie/extract-tuples.ts';
import { extractTriples } from '../../src/extract/extract-triples.ts';
import { handResolve, type HandEntity } from './hand-resolved.ts';

const E = {
  libya: { name: 'Libya', type: 'LOC' },
  us: { name: 'United States', type: 'LOC', surfaces: ['US'] },
  france: { name: 'France', type: 'LOC', surfaces: ['French'] },
  acme: { name: 'Acme', type: 'ORG' },
  globex: { name: 'Globex', type: 'ORG' },
  smith: { name: 'John Smith', type: 'PERSON', surfaces: ['Smith', 'he'] },
  jones: { name: 'Mary Jones', type: 'PERSON', surfaces: ['Jones'] },
  tories: { name: 'Conservative Party', type: 'ORG', surfaces: ['Tories'] },
} satisfies Record<string, HandEntity>;

function candidates(text: string, entities: HandEntity[]): string[] {
  const { doc, resolved } = handResolve(text, entities);
  const ctx: ChunkContext = { tokens: doc.tokens, tokenEntity: resolved.tokenEntity, entities: resolved.entities };
  const out: Candidate[] = [];
  for (const sentence of doc.sentences) {
    const scope: SentenceScope = { doc, sentence, chunks: chunkSentence(ctx, sentence.tokenStart, sentence.tokenEnd), ctx, out };
    openIeRelations(scope, out.length);
  }
  const name = (e: End) => (e.kind === 'entity' ? resolved.entities[e.entity].name : `"${e.name}"`);
  return out.map((c) => `${name(c.subject)} -${c.predicate}${c.negated ? ' (not)' : ''}-> ${name(c.object)}`);
}

describe('openIeRelations: tuples mapped onto entities', () => {
  it.each([
    ['later argument naming a party', 'Libya has withdrawn $1bn in assets from the US.', [E.libya, E.us], 'Libya -withdraw from-> United States'],
    ['each name of a listed later party', 'Libya will spend $1bn on technology from Acme, Globex and the US.', [E.libya, E.acme, E.globex, E.us], 'Libya -spend from-> Globex'],
    ['...and the last', 'Libya will spend $1bn on technology from Acme, Globex and the US.', [E.libya, E.acme, E.globex, E.us], 'Libya -spend from-> United States'],
    ['amount object keeps what it counts', 'Libya has withdrawn $1bn in assets from the US.', [E.libya, E.us], 'Libya -withdraw-> "$1bn in assets"'],
    ['passive with by-agent turned active', 'Smith was interrogated by Acme in Cuba.', [E.smith, E.acme], 'Acme -interrogate-> John Smith'],
    ['commitment verb kept before its infinitive', 'Smith promised to end the long dispute.', [E.smith], 'John Smith -promise to end-> "long dispute"'],
    ['a work\'s title cut at its "of" is named whole', 'A Series of Unfortunate Events, starring Smith, took $30m in its first weekend.', [E.smith], 'John Smith -star in-> "Series of Unfortunate Events"'],
    ['"no" on the relation\'s noun denies the act', 'Acme made no offer to Globex.', [E.acme, E.globex], 'Acme -offer (not)-> Globex'],
    ['population head stands for its place', 'French consumers increased their spending in January.', [E.france], 'France -increase-> "spending"'],
    ['coordinated names: each one acts', 'Acme and Globex sued Jones in London.', [E.acme, E.globex, E.jones], 'Globex -sue-> Mary Jones'],
    ['a party after a hyphenated object', 'Smith started at fly-half against Acme.', [E.smith, E.acme], 'John Smith -start against-> Acme'],
    ['passive agent acts on a concept subject', 'A new song was composed in London by Smith.', [E.smith], 'John Smith -compose-> "new song"'],
    ['reduced relative with a by-agent', 'The film has a song composed in Paris by Smith.', [E.smith], 'John Smith -compose-> "song"'],
    ['a work stars its performer', 'The Acme sequel, starring John Smith, opened in May.', [E.smith, E.jones], 'John Smith -star in-> "Acme sequel"'],
    ['light verb with an event-noun object', 'Smith made his debut in the Acme Cup.', [E.smith, { name: 'Acme Cup', type: 'ORG' }], 'John Smith -debut-> Acme Cup'],
    ['a nation\'s people stand for the nation', 'Smith made an apology to the French people.', [E.smith, E.france], 'John Smith -apologise-> France'],
    ['a passive concept fact keeps its voice', 'Smith has been added to the national squad.', [E.smith], 'John Smith -be added to-> "national squad"'],
    ['alongside names a party', 'Smith played a spy alongside Jones.', [E.smith, E.jones], 'John Smith -play alongside-> Mary Jones'],
    ['inverted attribution: what a named speaker reported', 'Sales of the new phone could reach record levels this year, said John Smith, an analyst.', [E.smith], 'John Smith -say-> "Sales of the new phone could reach record levels this year"'],
    ['a quoted object cut before "of" keeps no open quote mark', 'Smith said that he was seeking "memorandums of understanding" with Acme.', [E.smith, E.acme], 'John Smith -seek-> "memorandums"'],
    ['negation carried', 'Smith did not meet Jones in London.', [E.smith, E.jones], 'John Smith -meet (not)-> Mary Jones'],
  ] as const)('%s', (_label, text, entities, expected) => {
    expect(candidates(text, [...entities])).toContain(expected);
  });

  it.each([
    ['reported speech relates no one', 'Smith said Acme was doing well.', [E.smith, E.acme], /John Smith -[a-z ]+-> Acme$/],
    ['a copula between names is no relation', 'Acme is the new Globex.', [E.acme, E.globex], /Acme .*Globex/],
    ['a name inside a compound modifier does not act', 'The Acme and Globex merger angered Jones.', [E.acme, E.globex, E.jones], /Jones/],
    ['a participle after a prepositional object modifies the next name', "Smith spoke about Acme's plans for London and occupied Globex.", [E.smith, E.acme, E.globex], /John Smith -occupy/],
    ['a court is not its city', 'A Paris appeals court ordered Acme to pay.', [{ name: 'Paris', type: 'LOC' }, E.acme], /^Paris/],
    ['a name coordinated after a non-name does not head it', 'Smith sidelined for six weeks with a broken arm and Jones out with an injury.', [E.smith, E.jones], /John Smith .*Mary Jones/],
    ['the object of a preposition is no subject', 'The outlook is weak, Mary Jones, from Acme told Globex.', [E.jones, E.acme, E.globex], /^Acme /],
    ['a name starting a reported clause is no object', 'Jones was reported to have suggested Smith was planning cuts.', [E.smith, E.jones], /Mary Jones .*John Smith/],
    ['a for-phrase after an event noun belongs to the noun', 'Acme has withdrawn its takeover offer for Globex.', [E.acme, E.globex], /Acme .*Globex/],
    ['a direct first-person quote is no reported fact', '"We will win the league this year," said Smith.', [E.smith], /John Smith -say/],
    ['the -ing form after "said" is not the speaker\'s act', 'Mary Jones said reaching an understanding with Acme could be difficult.', [E.jones, E.acme], /^Mary Jones -reach/],
    ['passive agent is never the subject', 'Smith was interrogated by Acme officers.', [E.smith, E.acme], /^John Smith .*Acme/],
    ['a name inside a gerund clause after the preposition is the gerund\'s', 'Smith, who won for playing screen legend Mary Jones in the film, said so.', [E.smith, E.jones], /^John Smith -win-> Mary Jones/],
  ] as const)('%s', (_label, text, entities, forbidden) => {
    expect(candidates(text, [...entities]).filter((c) => forbidden.test(c))).toEqual([]);
  });

  it('takes no name that modifies or owns the next word as a list member', () => {
    const parties = [E.libya, E.acme, E.globex, { name: 'Bob Brown', type: 'PERSON' } as HandEntity];
    for (const text of ["Libya will buy technology from Acme and Globex's Bob Brown.", 'Libya will buy technology from Acme and Globex director Bob Brown.']) {
      expect(candidates(text, parties)).toContain('Libya -buy from-> Acme');
      expect(candidates(text, parties)).not.toContain('Libya -buy from-> Globex');
    }
  });

  it('skips pairs the rules already related in the sentence', () => {
    const text = 'Acme sued Globex in London.';
    const { doc, resolved } = handResolve(text, [E.acme, E.globex]);
    const ctx: ChunkContext = { tokens: doc.tokens, tokenEntity: resolved.tokenEntity, entities: resolved.entities };
    const sentence = doc.sentences[0];
    const out: Candidate[] = [{ subject: { kind: 'entity', entity: 1 }, predicate: 'be sued by', object: { kind: 'entity', entity: 0 }, negated: false, kind: 'fact', confidence: 0.9, sentence: 0 }];
    openIeRelations({ doc, sentence, chunks: chunkSentence(ctx, sentence.tokenStart, sentence.tokenEnd), ctx, out }, 0);
    expect(out.filter((c) => c.object.kind === 'entity')).toHaveLength(1);
  });
});

describe('openie-relations helpers', () => {
  it.each([
    ['leading preposition moved out; a collective object is not its name', 'He spoke with the Acme board.', 2, { prep: 'with', entityName: undefined }],
    ['head entity after a title', 'He met former chief executive John Smith.', 2, { prep: '', entityName: 'John Smith' }],
    ['possessor is not the head', "He sold Acme's shares.", 2, { prep: '', entityName: undefined }],
    ['plural possessor is not the head', "He praised the Tories' campaign.", 2, { prep: '', entityName: undefined }],
  ] as const)('argumentHead: %s', (_label, text, argStartWord, expected) => {
    const { doc, resolved } = handResolve(text, [E.acme, E.smith, E.tories]);
    const words = doc.tokens.filter((t) => t.pos !== 'SPACE');
    const span: [number, number] = [words[argStartWord].i, words[words.length - 1].i];
    const head = argumentHead(doc.tokens, resolved.tokenEntity, span);
    expect(head.prep).toBe(expected.prep);
    expect(head.entity >= 0 ? resolved.entities[head.entity].name : undefined).toBe(expected.entityName);
  });

  it.each([
    ['auxiliaries and adverbs dropped', 'Acme has quietly acquired Globex.', 'acquire'],
    ['light verb folded into its event noun', 'Acme held talks with Globex.', 'talk with'],
    ['trailing preposition kept', 'Acme pulled out of Globex.', 'pull out of'],
    ['adverb particle kept before a preposition', 'Smith limped out at Acme Park.', 'limp out at'],
  ] as const)('relationPredicate: %s', (_label, text, expected) => {
    const { doc, resolved } = handResolve(text, [E.acme, E.globex]);
    const tuples = extractTuples(doc, 0).filter((t) => t.pattern === 'verb');
    const preds = tuples.map((t) => {
      const obj = argumentHead(doc.tokens, resolved.tokenEntity, t.argSpans[1] ?? [0, 0]);
      return relationPredicate(doc.tokens, t.relationTokens, obj.prep)?.predicate;
    });
    expect(preds).toContain(expected);
  });

  it.each([
    ['be + participle + by', 'Globex was bought by Acme.', true],
    ['the auxiliary nearest the verb decides', 'Acme was reported to have bought Globex.', false],
    ['active with by-phrase', 'Acme grew by ten percent.', false],
  ] as const)('isPassive: %s', (_label, text, expected) => {
    const { doc } = handResolve(text, [E.acme, E.globex]);
    const tuples = extractTuples(doc, 0).filter((t) => t.argSpans.length >= 2);
    const flags = tuples.map((t) => isPassive(doc.tokens, t.relationTokens));
    expect(flags.some((f) => f === expected)).toBe(true);
    if (expected === false) expect(flags).not.toContain(true);
  });
});

describe('extractTriples openIe option', () => {
  it('adds Open IE candidates only when enabled', () => {
    const text = 'Libya quietly sent back a number of documents to the US.';
    const { doc, resolved } = handResolve(text, [E.libya, E.us]);
    const article = { id: 't', text, hash: 'h' };
    const show = (on: boolean) => extractTriples(doc, article, resolved, { openIe: on }).map((t) => `${t.subject.name} -${t.predicate}-> ${t.object.name}`);
    expect(show(true)).toContain('Libya -send to-> United States');
    expect(show(false)).not.toContain('Libya -send to-> United States');
  });
});
