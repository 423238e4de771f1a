// The pair fallback (src/extract/relations/pair-relations.ts): entity pairs the clause rules
// leave unlinked, linked through the one verb group between them; and the shapes where two
// entities share a sentence but not a clause, which must stay unlinked.
import { describe, expect, it } from 'vitest';
import { extractTriples } from '../../src/extract/extract-triples.ts';
import type { Triple } from '../../src/model/types.ts';
import { handResolve, type HandEntity } from './hand-resolved.ts';

const E = {
  smith: { name: 'John Smith', type: 'PERSON', surfaces: ['Smith', 'he', 'He', 'his'] },
  jones: { name: 'Mary Jones', type: 'PERSON', surfaces: ['Jones'] },
  acme: { name: 'Acme', type: 'ORG' },
  globex: { name: 'Globex', type: 'ORG' },
  initech: { name: 'Initech', type: 'ORG' },
  london: { name: 'London', type: 'LOC' },
  us: { name: 'United States', type: 'LOC', surfaces: ['US'] },
  libya: { name: 'Libya', type: 'LOC', surfaces: ['Tripoli'] },
} satisfies Record<string, HandEntity>;

function run(text: string, entities: HandEntity[]): Triple[] {
  const { doc, resolved } = handResolve(text, entities);
  return extractTriples(doc, { id: 't', text, hash: 'h' }, resolved);
}

const pairs = (ts: Triple[]) => ts.filter((t) => t.object.kind === 'entity').map((t) => `${t.subject.name} -${t.predicate}${t.negated ? ' (not)' : ''}-> ${t.object.name}`);

describe('pair relations: linked through one clause', () => {
  it.each([
    ['purpose infinitive keeps the subject', 'Smith left Acme in 1997 to set up Globex.', [E.smith, E.acme, E.globex], 'John Smith -set up-> Globex'],
    ['participle adjunct after a comma', 'Smith joined Acme on loan last month, scoring twice on his debut against Globex.', [E.smith, E.acme, E.globex], 'John Smith -score against-> Globex'],
    ['object noun between verb and preposition', 'The US lifted a trade ban on Libya in April.', [E.us, E.libya], 'United States -lift ban on-> Libya'],
    ['reduced passive after an apposition', 'Nobody knows the future of Globex, the mineral water firm owned by Acme.', [E.acme, E.globex], 'Acme -own-> Globex'],
    ['subject of a clause after a verb of saying', 'Jones, who chairs Initech, said she had suspended Smith on Friday.', [{ ...E.jones, surfaces: ['Jones', 'she'] as string[] }, E.initech, E.smith], 'Mary Jones -suspend-> John Smith'],
    ['subject list', 'Smith and Jones then went on to skip tests in London.', [E.smith, E.jones, E.london], 'John Smith -skip test in-> London'],
    ['object list', 'Smith skipped tests in Acme and Globex.', [E.smith, E.acme, E.globex], 'John Smith -skip test in-> Globex'],
    ['a relative clause between subject and verb is skipped', 'Globex, which accepted the offer in May, owes Acme about $48bn.', [E.acme, E.globex], 'Globex -owe-> Acme'],
    ['a participle opening the sentence modifies the subject', 'Jailed tycoon John Smith has transferred his stake in Acme to a partner.', [E.smith, E.acme], 'John Smith -transfer stake in-> Acme'],
    ['a possessive before an honorific and a name is an affiliation', "Acme's Mr Smith said the plan would work.", [E.acme, E.smith], 'John Smith -member of-> Acme'],
    ['a name joined by "and" before a title\'s body holds the title too', 'Acme and London defender Smith reportedly met Jones.', [E.acme, E.london, E.smith, E.jones], 'John Smith -defender of-> Acme'],
    ['a company title without a body is held in the organisation in focus', 'Acme shares rose 5%. "It is a good result," said chief executive John Smith.', [E.acme, E.smith], 'John Smith -chief executive of-> Acme'],
    ['affiliation after a verb particle', 'Smith held off Mary Jones of London in the final.', [E.smith, E.jones, E.london], 'Mary Jones -from-> London'],
    ['an apposition noun with a preposition', 'Smith, a last-minute replacement for Mary Jones, won the prize.', [E.smith, E.jones], 'John Smith -replacement for-> Mary Jones'],
    ['"X-based" places a body', 'London-based Acme has 40 customers around the world.', [E.acme, E.london], 'Acme -be based in-> London'],
    ['family apposition', 'Mary Jones, mother of Smith, was evicted on Friday.', [E.jones, E.smith], 'Mary Jones -mother of-> John Smith'],
  ] as const)('%s', (_label, text, entities, expected) => {
    expect(pairs(run(text, [...entities]))).toContain(expected);
  });
});

describe('pair relations: no link across clauses', () => {
  it.each([
    ['a place in a fronted participle clause is no subject', 'Picked at an audition in London, Jones studied at Acme.', [E.jones, E.london, E.acme], ['London', 'Acme']],
    ['the object of a preposition is no subject', 'Smith, who played against Acme, limped out at Globex.', [E.smith, E.acme, E.globex], ['Acme', 'Globex']],
    ['object control hands the subject on', 'Acme expects the new phone to sell well in London.', [E.acme, E.london], ['Acme', 'London']],
    ['a name before a title and a person is the title\'s modifier, no subject', 'Acme and England defender Smith reportedly met Jones in London.', [E.acme, E.smith, E.jones, E.london], ['Acme', 'Mary Jones']],
    ['an infinitive after an intention noun completes the noun', 'Smith compared Acme\'s attempt to take over Globex to a bid.', [E.smith, E.acme, E.globex], ['John Smith', 'Globex']],
    ['a name after a preposition takes no apposition', 'The firm would be run out of London, the mayor of Acme said.', [E.london, E.acme], ['London', 'Acme']],
    ['"with" + name + -ing is an absolute clause, no party', 'Acme launched its platform, with leader Smith saying it was the real opposition.', [E.acme, E.smith], ['Acme', 'John Smith']],
    ['reported speech links no one to its content', 'Smith said Acme would buy Globex.', [E.smith, E.acme, E.globex], ['John Smith', 'Acme']],
  ] as const)('%s', (_label, text, entities, [x, y]) => {
    // (Facts only: a role is no party to the verb; "with leader Smith" makes Smith Acme's leader.)
    const linked = run(text, [...entities]).filter((t) => t.kind === 'fact' && [t.subject.name, t.object.name].sort().join('|') === [x, y].sort().join('|'));
    expect(linked.map((t) => t.predicate)).toEqual([]);
  });
});
