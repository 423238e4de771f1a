// Within-article entity resolution: the NER model's mentions, completed by capitalisation rules
// and gazetteers, become the article's entities (canonical name, type, aliases, mentions) and a
// per-token map to them that also covers demonyms, metonyms, title references and resolved
// pronouns, so relation extraction can read "he", "Russian" or "Washington" as the entity meant.
// Pure and deterministic.
import type { AnnotatedText, Article, ArticleEntity, Mention, ResolvedEntities } from '../model/types.ts';
import { norm as normalizeName } from './entities/norm.ts';
import { findCandidates, normText, type Candidate } from './entities/find-candidates.ts';
import { clusterCandidates, type Cluster } from './entities/cluster-candidates.ts';
import { lookupPlaceOrOrg } from './entities/gazetteer.ts';
import { annotate } from '../nlp/annotate.ts';
import { resolvePronouns, type EntityMentionRef, type ResolvedPronoun } from './entities/resolve-pronouns.ts';
import { leadDescription } from './entities/lead-description.ts';
import { linkTitleReferences } from './entities/link-title-references.ts';
import { genderOfName } from './entities/given-names.ts';

/** What other articles tell the resolver: who holds a title ("prime minister" -> Tony Blair; "striker" -> the strikers named). */
export interface EntityKnowledge {
  officeHolders?: ReadonlyMap<string, readonly string[]>;
}

/**
 * Resolve the entities of one annotated article. `ner` may be empty (rules and gazetteers still
 * work). `knowledge`, from other articles, resolves office titles the article leaves open.
 */
export function resolveEntities(doc: AnnotatedText, article: Article, ner: readonly Mention[], knowledge?: EntityKnowledge): ResolvedEntities {
  const cands = findCandidates(doc, ner);
  const clusters = clusterCandidates(doc, cands);
  const { refs: titleRefs, hints } = linkTitleReferences(cands, clusters, doc.tokens, knowledge?.officeHolders);

  const tokenEntity = new Int32Array(doc.tokens.length).fill(-1);
  const entities: ArticleEntity[] = [];
  const refs: EntityMentionRef[] = [];
  const seenKeys = new Map<string, number>();
  const genders: Array<'m' | 'f' | ''> = [];
  // Entities whose gender is only the public name lists' guess ("Valery" is on the female list).
  const guessedGender = new Set<number>();
  // Normalised name and aliases of each entity, so adding an alias is one set look-up.
  const known: Array<Set<string>> = [];

  clusters.forEach((cl) => {
    const type = cl.type!;
    const normalized = normalizeName(cl.name);
    const key = `${type.toLowerCase()}:${normalized}`; // entityKey(type, cl.name)
    // Two clusters may normalise to one key ("Hewlett-Packard", "Hewlett Packard"): keep one entity.
    let index = seenKeys.get(key);
    if (index === undefined) {
      index = entities.length;
      seenKeys.set(key, index);
      entities.push({ key, name: cl.name, type, aliases: [], mentions: [] });
      genders.push('');
      known.push(new Set([normalized]));
    }
    const entity = entities[index];
    const extra = titleRefs.get(cl);
    for (const c of extra ? cl.cands.concat(extra) : cl.cands) {
      const mention = toMention(doc, c, type, cl);
      entity.mentions.push(mention);
      for (let k = c.tokenStart; k < c.tokenEnd; k++) tokenEntity[k] = index;
      refs.push({ entity: index, tokenStart: c.tokenStart, tokenEnd: c.tokenEnd, sentence: c.sentence, kind: c.kind, phraseStart: c.phraseStart });
      if (!genders[index] && cl.gender) genders[index] = cl.gender;
      addKnownAlias(entity, known[index], c.text, c);
      if (c.phraseStart < c.tokenStart) addKnownAlias(entity, known[index], doc.text.slice(doc.tokens[c.phraseStart].start, doc.tokens[c.tokenEnd - 1].end));
    }
    // No surer sign of gender: the given name's, from the public name lists.
    if (!genders[index] && type === 'PERSON') {
      genders[index] = genderOfName(entity.name);
      if (genders[index]) guessedGender.add(index);
    }
  });

  // "A US television network will screen ... NBC will encourage": the lead's opening description is the
  // name the next sentence opens with; it joins the mentions before pronouns are resolved ("it will donate").
  const described = leadDescription(doc, entities, refs, tokenEntity);
  if (described.length) {
    const e = described[0].entity;
    for (const d of described) addReference(doc, entities, tokenEntity, d);
    const first = described[0].token;
    const last = described[described.length - 1].token + 1;
    refs.push({ entity: e, tokenStart: first, tokenEnd: last, sentence: doc.tokens[first].sentence, kind: 'title' });
  }
  const pronouns = resolvePronouns(doc, entities, refs, genders, headlinePersons(article.title, entities), guessedGender);
  for (const p of pronouns) addReference(doc, entities, tokenEntity, p);
  for (const e of entities) e.mentions.sort((a, b) => a.tokenStart - b.tokenStart);
  addTitleEntities(article, entities);
  addMetadataEntities(article, entities);
  return { entities, tokenEntity, offices: hints };
}

/** A token that refers to an entity without naming it (a pronoun, a lead's description): a mention, never an alias. */
function addReference(doc: AnnotatedText, entities: ArticleEntity[], tokenEntity: Int32Array, ref: ResolvedPronoun): void {
  const entity = entities[ref.entity];
  const t = doc.tokens[ref.token];
  entity.mentions.push({ type: entity.type, text: t.text, tokenStart: ref.token, tokenEnd: ref.token + 1, start: t.start, end: t.end, sentence: t.sentence, source: 'pronoun' });
  tokenEntity[ref.token] = ref.entity;
}

/** The persons a headline names by a word of their name ("Candela completes Bolton switch"); undefined without a headline. */
function headlinePersons(title: string | undefined, entities: readonly ArticleEntity[]): Set<number> | undefined {
  if (!title) return undefined;
  const words = new Set(title.split(/[^\p{L}'-]+/u).filter((w) => w.length > 2));
  const out = new Set<number>();
  entities.forEach((e, i) => {
    if (e.type === 'PERSON' && e.name.split(' ').some((w) => words.has(w))) out.add(i);
  });
  return out;
}

/**
 * The headline ("Labour plans maternity pay rise") may name an entity the body never names again.
 * Only sure names are taken from it (gazetteer entries, organisation suffixes, honorific + name),
 * and only when no entity of the body already covers them; they carry no mentions (no tokens).
 */
function addTitleEntities(article: Article, entities: ArticleEntity[]): void {
  if (!article.title) return;
  const doc = annotate(article.title);
  for (const c of findCandidates(doc, [])) {
    if (c.kind === 'title') continue;
    const n = normalizeName(c.text);
    const covered = entities.some((e) => normalizeName(e.name) === n || e.aliases.some((a) => normalizeName(a) === n)
      || (e.type === 'PERSON' && normalizeName(e.name).endsWith(` ${n}`)));
    if (covered) continue;
    // "J&J agrees deal" over an article about Johnson & Johnson: the headline's acronym is an alias.
    if (c.kind === 'name' && /^[A-Z][A-Z&.]{1,7}$/.test(c.text)) {
      const letters = c.text.replace(/[^A-Z]/g, '');
      const org = entities.find((e) => e.type === 'ORG' && initialsOf(e.name) === letters);
      if (org) { addAlias(org, c.text); continue; }
    }
    const gaz = c.kind === 'demonym' ? undefined : c.gaz;
    if (gaz) {
      const key = entityKey(gaz.type, gaz.name);
      const existing = entities.find((e) => e.key === key);
      if (existing) addAlias(existing, c.text);
      else entities.push({ key, name: gaz.name, type: gaz.type, aliases: gaz.name === c.text ? [] : [c.text], mentions: [] });
    } else if (c.kind === 'name' && (c.votes.ORG >= 5 || c.votes.PERSON >= 6)) {
      const type = c.votes.ORG >= 5 ? 'ORG' : 'PERSON';
      const key = entityKey(type, c.text);
      if (!entities.some((e) => e.key === key)) entities.push({ key, name: c.text, type, aliases: [], mentions: [] });
    }
  }
}

function toMention(doc: AnnotatedText, c: Candidate, type: ArticleEntity['type'], cl: Cluster): Mention {
  const first = doc.tokens[c.tokenStart];
  const last = doc.tokens[c.tokenEnd - 1];
  const source: Mention['source'] = c.kind === 'demonym' ? 'demonym' : c.kind === 'title' ? 'title' : cl.metonyms.has(c) ? 'alias' : c.gaz ? 'gazetteer' : 'ner';
  return { type, text: c.text, tokenStart: c.tokenStart, tokenEnd: c.tokenEnd, start: first.start, end: last.end, sentence: c.sentence, source };
}

function addAlias(entity: ArticleEntity, surface: string): void {
  const text = aliasText(surface);
  const n = normalizeName(text);
  if (!n || n === normalizeName(entity.name)) return;
  if (entity.aliases.some((a) => normalizeName(a) === n)) return;
  entity.aliases.push(text);
}

/**
 * `addAlias` for an entity whose normalised name and aliases are all in `known` (kept up to date
 * here). The surface may be a candidate's own text, whose normalisation the candidate memoises.
 */
function addKnownAlias(entity: ArticleEntity, known: Set<string>, surface: string, cand?: Candidate): void {
  const text = aliasText(surface);
  const n = cand && text === cand.text ? normText(cand) : normalizeName(text);
  if (!n || known.has(n)) return;
  known.add(n);
  entity.aliases.push(text);
}

/** The surface as an alias: no leading "the", no surrounding space. */
function aliasText(surface: string): string {
  const c = surface.charCodeAt(0);
  return (c === 116 || c === 84 ? surface.replace(/^the\s+/i, '') : surface).trim(); // 't', 'T'
}

/** The entity key of a type and name (`entityKey` of model/keys.ts, on the memoised normalisation). */
function entityKey(type: ArticleEntity['type'], name: string): string {
  return `${type.toLowerCase()}:${normalizeName(name)}`;
}

function initialsOf(name: string): string {
  return name.split(/[\s\-&]+/).filter((w) => /^[A-Z]/.test(w) && !/^(Of|And|The|For)$/.test(w)).map((w) => w[0]).join('');
}

/** The dateline's place ("Washington DC [US]") and the agency ("ANI") are entities of the article too. */
function addMetadataEntities(article: Article, entities: ArticleEntity[]): void {
  const add = (surface: string, fallbackType: ArticleEntity['type'] | undefined): void => {
    const gaz = lookupPlaceOrOrg(surface);
    const type = gaz?.type ?? fallbackType;
    if (!type) return;
    const name = gaz?.name ?? surface;
    const key = entityKey(type, name);
    if (entities.some((e) => e.key === key || normalizeName(e.name) === normalizeName(name) || e.aliases.some((a) => normalizeName(a) === normalizeName(surface)))) return;
    entities.push({ key, name, type, aliases: name === surface ? [] : [surface], mentions: [] });
  };
  if (article.place) {
    const m = /^(.*?)\s*\[(.*?)\]\s*$/.exec(article.place);
    add(titleCase(m ? m[1] : article.place), 'LOC');
    if (m?.[2]) add(m[2], undefined);
  }
  if (article.source) add(article.source, 'ORG');
}

/** "NEW DELHI" -> "New Delhi"; mixed-case text is kept as written. */
function titleCase(s: string): string {
  if (s !== s.toUpperCase() || s.length <= 3) return s;
  return s.toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase());
}
