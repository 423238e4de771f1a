// Who holds an office, by the articles of a run (office-holders.ts).
import { describe, expect, it } from 'vitest';
import { OfficeTally, holdersHelp } from '../../src/pipeline/office-holders.ts';
import type { ArticleEntity } from '../../src/model/types.ts';

const article = (...holders: Array<[string, string]>) => ({ holders, open: [] });
const person = (name: string): ArticleEntity => ({ key: `person:${name.toLowerCase()}`, name, type: 'PERSON', aliases: [], mentions: [] });

describe('OfficeTally', () => {
  it('takes the person most articles give an office, when at least two do and he dominates', () => {
    const t = new OfficeTally();
    t.add(article(['prime minister', 'Tony Blair'], ['chancellor', 'Gordon Brown']));
    t.add(article(['prime minister', 'Tony Blair']));
    t.add(article(['prime minister', 'Tony Blair'], ['chancellor', 'Gerhard Schroeder']));
    t.add(article(['prime minister', 'Junichiro Koizumi']));
    expect([...t.holders()]).toEqual([['prime minister', ['Tony Blair']]]); // 3 of 4; the chancellor is split 1-1
  });

  it('gives no holder to an office named once, or split between people', () => {
    const t = new OfficeTally();
    t.add(article(['president', 'George W Bush']));
    t.add(article(['chancellor', 'Gordon Brown']));
    t.add(article(['chancellor', 'Gordon Brown']));
    t.add(article(['chancellor', 'Gerhard Schroeder']));
    t.add(article(['chancellor', 'Gerhard Schroeder']));
    expect(t.holders().size).toBe(0);
  });

  it('gives an occupation to everyone named with it', () => {
    const t = new OfficeTally();
    t.add(article(['striker', 'Adrian Mutu']));
    t.add(article(['striker', 'Didier Drogba'], ['singer', 'Joss Stone']));
    expect(t.holders().get('striker')).toEqual(['Adrian Mutu', 'Didier Drogba']);
    expect(t.holders().get('singer')).toEqual(['Joss Stone']);
  });

  it('does not depend on the order of the articles', () => {
    const hints = [article(['chancellor', 'B']), article(['chancellor', 'A']), article(['chancellor', 'A']), article(['chancellor', 'B'])];
    const forward = new OfficeTally();
    const backward = new OfficeTally();
    hints.forEach((h) => forward.add(h));
    [...hints].reverse().forEach((h) => backward.add(h));
    expect([...forward.holders()]).toEqual([...backward.holders()]);
  });
});

describe('holdersHelp', () => {
  const holders = new Map([['prime minister', ['Tony Blair']], ['striker', ['Adrian Mutu', 'Didier Drogba']]]);
  it('is true when the article leaves the office open and names its holder, by full name or surname', () => {
    expect(holdersHelp({ holders: [], open: ['prime minister'] }, holders, [person('Blair')])).toBe(true);
    expect(holdersHelp({ holders: [], open: ['prime minister'] }, holders, [person('Tony Blair')])).toBe(true);
  });
  it('is false when the article does not name the holder, or leaves no office open', () => {
    expect(holdersHelp({ holders: [], open: ['prime minister'] }, holders, [person('Michael Howard')])).toBe(false);
    expect(holdersHelp({ holders: [], open: [] }, holders, [person('Blair')])).toBe(false);
    expect(holdersHelp({ holders: [], open: ['chancellor'] }, holders, [person('Blair')])).toBe(false);
  });
  it('is false when the article names two holders of the title', () => {
    expect(holdersHelp({ holders: [], open: ['striker'] }, holders, [person('Mutu')])).toBe(true);
    expect(holdersHelp({ holders: [], open: ['striker'] }, holders, [person('Mutu'), person('Didier Drogba')])).toBe(false);
  });
});
