// Headlines state an article's key fact ("Uganda bans Vagina Monologues", "J&J agrees $25bn
// Guidant deal") but are kept apart from the body, so the resolver never sees them. This module
// annotates a headline as one sentence, maps its tokens to the article's entities by their
// surface forms, and undoes winkNLP's habit of tagging a headline's present-tense verb as a
// plural noun ("Labour plans/NOUN maternity pay rise").
import type { AnnotatedText, ArticleEntity, Token } from '../../model/types.ts';
import { annotate } from '../../nlp/annotate.ts';

export interface AnnotatedHeadline {
  doc: AnnotatedText;
  tokenEntity: Int32Array;
}

/** One surface form of an entity that may name it in a headline. */
export interface HeadlineForm {
  text: string;
  entity: number;
}

export function annotateHeadline(title: string, entities: ArticleEntity[], forms: readonly HeadlineForm[] = headlineForms(entities), body?: AnnotatedText): AnnotatedHeadline {
  const raw = annotate(title);
  const tokens: Token[] = raw.tokens.map((t) => ({ ...t, sentence: 0 }));
  const doc: AnnotatedText = {
    text: title,
    tokens,
    sentences: [{ index: 0, start: 0, end: title.length, text: title, tokenStart: 0, tokenEnd: tokens.length }],
  };
  const tokenEntity = mapEntities(title, tokens, forms);
  retagHeadlineVerb(tokens, tokenEntity, body);
  return { doc, tokenEntity };
}

/** True when some form occurs in the title: without one no headline token can name an entity (a cheap test before annotating). */
export function headlineMayNameEntity(title: string, forms: readonly HeadlineForm[]): boolean {
  return forms.some((f) => title.includes(f.text));
}

/** The capitalised surface forms and initials of every entity, longest first. */
export function headlineForms(entities: readonly ArticleEntity[]): HeadlineForm[] {
  const forms: HeadlineForm[] = [];
  // Plain loops, no per-entity closures or spread arrays: this runs for every article.
  const seen = new Set<string>();
  for (let idx = 0; idx < entities.length; idx++) {
    const e = entities[idx];
    seen.clear();
    pushForm(forms, seen, e.name, idx);
    for (const a of e.aliases) pushForm(forms, seen, a, idx);
    for (const m of e.mentions) if (m.source !== 'pronoun') pushForm(forms, seen, m.text, idx);
    // Headlines abbreviate: "J&J" for Johnson & Johnson, "HP" for Hewlett Packard.
    const words = e.name.split(/\s+/).filter(isInitialWord);
    if (words.length >= 2) {
      let initials = '';
      for (const w of words) initials += w[0];
      forms.push({ text: initials, entity: idx });
      if (initials.includes('&')) forms.push({ text: initials.replace(/&/g, ''), entity: idx });
    }
  }
  forms.sort((a, b) => b.text.length - a.text.length);
  return forms;
}

const UPPER_START = /^\p{Lu}/u;

/** A form of at least two characters that starts with a capital, once per entity. */
function pushForm(forms: HeadlineForm[], seen: Set<string>, text: string, entity: number): void {
  if (seen.has(text)) return;
  seen.add(text);
  if (text.length > 1 && UPPER_START.test(text)) forms.push({ text, entity });
}

/** A word of a name that gives an initial: capitalised, or "&". */
function isInitialWord(w: string): boolean {
  return UPPER_START.test(w) || w === '&';
}

/** Mark tokens covered by any surface form of an entity (longest forms first, whole tokens only). */
function mapEntities(title: string, tokens: Token[], forms: readonly HeadlineForm[]): Int32Array {
  const tokenEntity = new Int32Array(tokens.length).fill(-1);
  for (const { text, entity } of forms) {
    if (!title.includes(text)) continue;
    for (let i = 0; i < tokens.length; i++) {
      if (tokenEntity[i] >= 0) continue;
      const start = tokens[i].start;
      if (!title.startsWith(text, start)) continue;
      let j = i;
      while (j < tokens.length && tokens[j].end <= start + text.length) j++;
      if (j === i || tokens[j - 1].end !== start + text.length) continue;
      let free = true;
      for (let k = i; k < j; k++) if (tokenEntity[k] >= 0) free = false;
      if (!free) continue;
      for (let k = i; k < j; k++) tokenEntity[k] = entity;
    }
  }
  return tokenEntity;
}

/**
 * "Uganda bans/NOUN Vagina Monologues": an -s noun right after the leading entity is the verb.
 * "Egypt and Israel seal/NOUN trade deal": after two coordinated names, a plural subject, the
 * verb has no -s; a noun there is read as the verb when the article's body uses it as one (a
 * token the body tags as a verb with that lemma), so "Sony and BMG merger" stays a noun.
 */
/** Verbs followed by a bare infinitive ("helps build", "makes sense"), whose next verb stays one. */
const BARE_INFINITIVE_TAKERS = new Set(['help', 'let', 'make', 'see', 'hear', 'watch', 'dare']);

function retagHeadlineVerb(tokens: Token[], tokenEntity: Int32Array, body: AnnotatedText | undefined): void {
  let i = 0;
  while (i < tokens.length && tokenEntity[i] >= 0) i++;
  if (i === 0 || i >= tokens.length - 1) return;
  let plural = false;
  if (tokens[i].normal === 'and' && tokenEntity[i + 1] >= 0 && tokenEntity[i + 1] !== tokenEntity[i - 1]) {
    i++;
    while (i < tokens.length && tokenEntity[i] >= 0) i++;
    if (i >= tokens.length - 1) return;
    plural = true;
  }
  const t = tokens[i];
  // ("Pete Doherty misses bail/VERB deadline": a base form between a name's present-tense verb and a
  // noun is that noun's modifier; not after a verb that takes a bare infinitive, "helps build homes".)
  const second = tokens[i + 1];
  if (t.pos === 'VERB' && /[a-z]s$/.test(t.normal) && second.pos === 'VERB' && second.normal === (second.lemma ?? second.normal)
    && tokens[i + 2]?.pos === 'NOUN' && !BARE_INFINITIVE_TAKERS.has(t.lemma ?? t.normal)) {
    tokens[i + 1] = { ...second, pos: 'NOUN' };
    return;
  }
  if (tokens.some((x) => x.pos === 'VERB' && x.i < i + 2 && x.i > i)) return;
  if (t.pos !== 'NOUN') return;
  if (!plural && /[a-z]s$/.test(t.normal) && !t.normal.endsWith('ss')) {
    tokens[i] = { ...t, pos: 'VERB', lemma: t.normal.slice(0, -1) };
  } else if (plural && !/[a-z]s$/.test(t.normal) && !!body && body.tokens.some((b) => b.pos === 'VERB' && b.lemma === t.normal)) {
    tokens[i] = { ...t, pos: 'VERB', lemma: t.normal };
  }
}
