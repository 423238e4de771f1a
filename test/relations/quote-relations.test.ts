// Quotations attributed after the quote (src/extract/relations/quote-relations.ts): the speaker
// says the quoted statement; opening phrases and dependent clauses are no statement.
import { describe, expect, it } from 'vitest';
import { extractTriples } from '../../src/extract/extract-triples.ts';
import type { Triple } from '../../src/model/types.ts';
import { handResolve, type HandEntity } from './hand-resolved.ts';

const E = {
  jasperneite: { name: 'Christian Jasperneite', type: 'PERSON', surfaces: ['Jasperneite'] },
  warburg: { name: 'MM Warburg', type: 'ORG' },
  smith: { name: 'John Smith', type: 'PERSON', surfaces: ['Smith', 'Mr Smith', 'he'] },
} satisfies Record<string, HandEntity>;

function says(text: string, entities: HandEntity[]): string[] {
  const { doc, resolved } = handResolve(text, entities);
  return extractTriples(doc, { id: 't', text, hash: 'h' }, resolved)
    .filter((t: Triple) => t.predicate === 'say' && t.object.kind === 'concept')
    .map((t) => `${t.subject.name} -say-> ${t.object.name}`);
}

describe('quotations attributed after the quote', () => {
  it.each([
    ['"said X" after the quote', '"These numbers are very charged politically," said Christian Jasperneite, an economist with MM Warburg.',
      [E.jasperneite, E.warburg], 'Christian Jasperneite -say-> These numbers are very charged politically'],
    ['"X said" after the quote', '"We will not need any more financial aid after this," Mr Smith said.',
      [E.smith], 'John Smith -say-> We will not need any more financial aid after this'],
    ['a mark that reopens a quotation still open goes on with it', 'Mr Smith said: "They always seem to have two days of rest. Perhaps it is the schedule. "All my players are tired, especially the captain."',
      [E.smith], 'John Smith -say-> All my players are tired, especially the captain'],
    ['a person\'s open title apposition before "said:" leaves the person the speaker', 'John Smith, the leader of MM Warburg said: "We will not need any more aid after this."',
      [E.smith, E.warburg], 'John Smith -say-> We will not need any more aid after this'],
    ['a participle of saying at the clause\'s end speaks for the clause\'s subject', 'Mr Smith branded the decision unacceptable, saying: "It is not householders who should be frightened."',
      [E.smith], 'John Smith -say-> It is not householders who should be frightened'],
    ['prepositional phrases between the verb and the colon', 'Mr Smith said in a statement: "We are pleased with the result of the vote."',
      [E.smith], 'John Smith -say-> We are pleased with the result of the vote'],
    ['a quotation open at a paragraph break goes on when the next paragraph opens with a quote mark', 'Mr Smith said: "We will win the market this year.\n\n"We are ready for the competition from all the others."',
      [E.smith], 'John Smith -say-> We are ready for the competition from all the others'],
    ['a sentence all in quotes is said by who spoke or took a stand in the sentence before', 'Mr Smith criticised the existing system. "There is just no logic to a system which values children differently."',
      [E.smith], 'John Smith -say-> There is just no logic to a system which values children differently'],
    ['a sentence that goes on a quotation may open with "and" or "but"', '"Winning the title meant so much to me," said Mr Smith. "And being picked means that I can focus on preparing well."',
      [E.smith], 'John Smith -say-> being picked means that I can focus on preparing well'],
    ['...and so may a colon quotation', 'Mr Smith added: "But there is enough time for crying after the season."',
      [E.smith], 'John Smith -say-> there is enough time for crying after the season'],
    ['an opening phrase before the statement is dropped', '"With the figures the worst we have seen in years, these numbers are very charged politically," said Jasperneite.',
      [E.jasperneite], 'Christian Jasperneite -say-> these numbers are very charged politically'],
  ] as const)('%s', (_label, text, entities, expected) => {
    expect(says(text, [...entities])).toContain(expected);
  });

  it('keeps no dependent clause as a statement', () => {
    const out = says('"The show will be a success, which is a pretty timely one for 2005," said Mr Smith.', [E.smith]);
    expect(out.some((t) => /-say-> which/.test(t))).toBe(false);
    expect(out).toContain('John Smith -say-> The show will be a success, which is a pretty timely one for 2005');
  });

  it('"told the hearer that ..." gives what was said', () => {
    const { doc, resolved } = handResolve('Mr Smith told MSPs on Wednesday that a comprehensive ban on smoking would be introduced.', [E.smith]);
    const out = extractTriples(doc, { id: 't', text: doc.text, hash: 'h' }, resolved).map((t) => `${t.subject.name} -${t.predicate}-> ${t.object.name}`);
    expect(out).toContain('John Smith -tell-> a comprehensive ban on smoking would be introduced');
  });

  it('needs a verb of saying and a named speaker', () => {
    expect(says('"We will win," the crowd shouted.', [E.smith])).toEqual([]);
  });

  it('gives a quoted sentence no speaker when the sentence before has none, or when words follow the quote', () => {
    expect(says('Mr Smith drove to the station. "There is just no logic to a system which values children differently."', [E.smith])).toEqual([]);
    expect(says('Mr Smith said the film was good. "Eternal Sunshine of the Spotless Mind" won three awards at the festival.', [E.smith]).filter((t) => t.includes('Sunshine'))).toEqual([]);
  });
});
