// pastToBase (src/extract/relations/sentence-chunks.ts): the base form of a regular past tense,
// used when the tagger reads a verb as an adjective ("who married/ADJ X").
import { describe, expect, it } from 'vitest';
import { pastToBase } from '../../src/extract/relations/sentence-chunks.ts';

describe('pastToBase', () => {
  it.each([
    ['married', 'marry'], ['planned', 'plan'], ['stopped', 'stop'], ['named', 'name'], ['used', 'use'], ['moved', 'move'],
    ['claimed', 'claim'], ['called', 'call'], ['opened', 'open'], ['visited', 'visit'], ['created', 'create'],
    ['organized', 'organize'], ['surprised', 'surprise'], ['charged', 'charge'], ['produced', 'produce'], ['signed', 'sign'],
    ['retired', 'retire'], ['declined', 'decline'], ['branded', 'brand'], ['praised', 'praise'],
  ])('%s -> %s', (past, base) => {
    expect(pastToBase(past)).toBe(base);
  });
});
