// Plural references to a group of persons or organisations (src/extract/relations/group-references.ts): "the
// pair", "the two men", "both men", an open "they" read as each member of the latest
// coordination of persons; and the shapes where the reference must stay unread.
import { describe, expect, it } from 'vitest';
import { extractTriples } from '../../src/extract/extract-triples.ts';
import type { Triple } from '../../src/model/types.ts';
import { handResolve, type HandEntity } from './hand-resolved.ts';

const E = {
  smith: { name: 'John Smith', type: 'PERSON', surfaces: ['Smith'] },
  jones: { name: 'Mary Jones', type: 'PERSON', surfaces: ['Jones'] },
  brown: { name: 'Tom Brown', type: 'PERSON', surfaces: ['Brown'] },
  acme: { name: 'Acme', type: 'ORG' },
  chelsea: { name: 'Chelsea', type: 'ORG' },
  globex: { name: 'Globex', type: 'ORG' },
  initech: { name: 'Initech', type: 'ORG' },
} satisfies Record<string, HandEntity>;

function run(text: string, entities: HandEntity[]): string[] {
  const { doc, resolved } = handResolve(text, entities);
  return extractTriples(doc, { id: 't', text, hash: 'h' }, resolved).map((t: Triple) => `${t.subject.name} -${t.predicate}-> ${t.object.name}`);
}

describe('group references: each member of the group named before', () => {
  it.each([
    ['a description between "and" and a member keeps the group', 'Singer John Smith and fellow singer Mary Jones were elected in 2004. The pair later quit Acme.', [E.smith, E.jones, E.acme], ['John Smith -quit-> Acme', 'Mary Jones -quit-> Acme']],
    ['"the pair" as subject', 'John Smith and Mary Jones were elected in 2004. The pair later quit Acme.', [E.smith, E.jones, E.acme], ['John Smith -quit-> Acme', 'Mary Jones -quit-> Acme']],
    ['"the men" as object, after one member named alone', 'John Smith, now deputy leader, and Mary Jones were elected. Smith said the law was clear. Tom Brown urged the men to step down.', [E.smith, E.jones, E.brown], ['Tom Brown -urge-> John Smith', 'Tom Brown -urge-> Mary Jones']],
    ['"the three men" matches a group of three', 'John Smith, Mary Jones and Tom Brown were arrested. Acme accused the three men of fraud.', [E.smith, E.jones, E.brown, E.acme], ['Acme -accuse-> John Smith', 'Acme -accuse-> Mary Jones', 'Acme -accuse-> Tom Brown']],
    ['an open "they" right after the group', 'John Smith and Mary Jones bought the club last year. They own 29% of Acme.', [E.smith, E.jones, E.acme], ['John Smith -own-> Acme', 'Mary Jones -own-> Acme']],
    ['"the firms" for organisations named together, some sentences before', 'Technology firms Acme, Globex and Initech are developing a way to stop piracy. The move could confuse users. Experts say so. The firms said they hope to end the fragmentation of formats.', [E.acme, E.globex, E.initech], ['Acme -hope to end-> fragmentation of formats', 'Globex -hope to end-> fragmentation of formats', 'Initech -hope to end-> fragmentation of formats']],
  ] as const)('%s', (_label, text, entities, expected) => {
    const got = run(text, [...entities]);
    for (const e of expected) expect(got).toContain(e);
  });
});

describe('group references: left unread', () => {
  it.each([
    ['a size that does not match the group', 'John Smith and Mary Jones were elected. Acme accused the three men of fraud.', [E.smith, E.jones, E.acme]],
    ['a person named alone after the group, not one of them', 'John Smith and Mary Jones were elected. Tom Brown spoke first. Acme urged the men to step down.', [E.smith, E.jones, E.brown, E.acme]],
    ['"they" after a team named since', 'John Smith and Mary Jones signed in May. Chelsea, as they push for the title, face Acme.', [E.smith, E.jones, E.chelsea, E.acme]],
    ['"they" after a team named in the sentence between', 'John Smith and Mary Jones signed in May. Chelsea won again. They face Acme on Sunday.', [E.smith, E.jones, E.chelsea, E.acme]],
    ['a group in the same clause is no antecedent', 'John Smith and Mary Jones accused the pair of fraud.', [E.smith, E.jones]],
    ['organisations listed as examples are no group', 'Chelsea rejected the bid. Its brands include Acme, Globex and Initech. The companies held talks on Monday.', [E.chelsea, E.acme, E.globex, E.initech]],
    ['"both" before coordinated nouns', 'John Smith and Mary Jones were elected. Both backbenchers and peers criticised Acme.', [E.smith, E.jones, E.acme]],
  ] as const)('%s', (_label, text, entities) => {
    const got = run(text, [...entities]);
    const lastSentence = text.slice(text.lastIndexOf('.', text.length - 2) + 1);
    const members = entities.filter((e) => e.name !== 'Chelsea' && !lastSentence.includes(e.name) && !(('surfaces' in e ? e.surfaces : []) as readonly string[]).some((s) => lastSentence.includes(s)));
    const read = got.filter((t) => members.some((m) => t.includes(m.name)) && !t.includes(' -be elected') && !t.includes('-sign'));
    expect(read).toEqual([]);
  });
});
