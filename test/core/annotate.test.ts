import { describe, expect, it } from 'vitest';
import { annotate } from '../../src/nlp/annotate.ts';

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

  it('gives UPOS tags and lemmas', () => {
    const doc = annotate('Washington imposed sanctions on 32 Russian entities.');
    const byText = Object.fromEntries(doc.tokens.map((t) => [t.text, t]));
    expect(byText.imposed.pos).toBe('VERB');
    expect(byText.imposed.lemma).toBe('impose');
    expect(byText.sanctions.lemma).toBe('sanction');
    expect(byText['32'].pos).toBe('NUM');
  });

  it('handles empty text', () => {
    expect(annotate('').tokens).toEqual([]);
  });
});
