// Word lists the relation rules lean on: titles that make a role, light verbs and the nouns
// they fold into a predicate, event nouns with the verb they stand for, verbs that take an
// infinitive, reporting verbs. Kept apart from the rules so that news vocabulary can grow
// without touching the logic. All entries are lower-case lemmas.
import { COMPANY_NOUNS } from '../entities/lexicon.ts';

/** Last word of a title that makes "X <title> Y" a role (president, chief executive, mp...). */
export const ROLE_HEADS: ReadonlySet<string> = new Set([
  'broadcaster', 'specialist', 'lobbyist', 'expert', 'banker', 'accountant', 'curator', 'programmer', 'fellow', 'auditor', 'employee',
  'president', 'president-elect', 'premier', 'minister', 'secretary', 'chancellor', 'spokesman', 'spokeswoman',
  'spokesperson', 'ambassador', 'envoy', 'official', 'commissioner', 'governor', 'mayor', 'senator', 'mp', 'mep', 'msp', 'mla', 'councillor',
  'lawmaker', 'diplomat', 'leader', 'head', 'chief', 'king', 'queen', 'monarch', 'ruler', 'emperor', 'general',
  'commander', 'executive', 'ceo', 'chairman', 'chairwoman', 'chair', 'director', 'director-general', 'boss',
  'founder', 'co-founder', 'owner', 'manager', 'coach', 'editor', 'analyst', 'economist', 'partner', 'member',
  'player', 'captain', 'striker', 'midfielder', 'defender', 'goalkeeper', 'prospect', 'signing', 'recruit', 'correspondent', 'reporter',
  'spokesman', 'prosecutor', 'judge', 'attorney', 'lawyer', 'adviser', 'advisor', 'aide', 'deputy', 'vice-president',
  'playwright', 'author', 'writer', 'blogger', 'singer', 'actor', 'actress', 'star', 'producer', 'presenter', 'dj', 'pundit', 'commentator', 'columnist', 'businessman',
  'businesswoman', 'industrialist', 'mogul', 'tycoon', 'investor', 'organiser', 'organizer', 'treasurer',
  'general-secretary', 'vice-chairman', 'officer', 'cfo', 'coo', 'cto', 'chief-executive', 'administrator',
  'inspector', 'superintendent', 'commissioner', 'representative', 'delegate', 'negotiator', 'regulator', 'liaison',
  'consultant', 'strategist', 'trader', 'researcher', 'scientist', 'engineer', 'designer', 'architect', 'professor', 'lecturer',
  'coordinator', 'co-ordinator', 'defector',
  // Occupations: "Sunday Telegraph journalist Robert Peston", "US sprinter Maurice Greene".
  'journalist', 'photographer', 'novelist', 'poet', 'filmmaker', 'film-maker', 'composer', 'rapper', 'musician', 'comedian',
  'artist', 'cartoonist', 'critic', 'historian', 'sprinter', 'runner', 'athlete', 'hurdler', 'swimmer', 'cyclist', 'golfer', 'boxer',
  'chef', 'surgeon', 'nurse', 'teacher', 'pilot', 'soldier',
  // Family firms: "Fiat patriarch Gianni Agnelli".
  'patriarch', 'matriarch', 'heir', 'heiress', 'scion',
  // Bands: "Oasis guitarist Noel Gallagher", "former Happy Mondays dancer Bez".
  'guitarist', 'drummer', 'bassist', 'vocalist', 'keyboardist', 'dancer', 'frontman', 'frontwoman', 'songwriter',
  // Sports positions: "Bath prop Duncan Bell", "Gloucester centre Henry Paul".
  'prop', 'centre', 'hooker', 'flanker', 'winger', 'fly-half', 'scrum-half', 'full-back', 'forward', 'keeper', 'wing', 'lock',
  'left-back', 'right-back', 'centre-back', 'centre-half', 'wing-back', 'left-winger', 'right-winger', 'centre-forward',
  'batsman', 'bowler', 'spinner', 'all-rounder', 'jockey', 'trainer', 'driver', 'rider', 'prospect', 'veteran',
  'international', 'skipper', 'boss', 'assistant', 'physio', 'scout', 'chairman', 'owner', 'lock',
  // Party and body members: "Tory backbencher Edward Leigh", "Labour councillor X".
  'backbencher', 'frontbencher', 'councillor', 'peer', 'activist', 'campaigner', 'donor', 'shareholder', 'whip',
  // Peers (PEER_TITLES): "his former co-star Lee Evans", "Aguilera's agent Meghan Prophet".
  'co-star', 'costar', 'colleague', 'teammate', 'team-mate', 'mate', 'rival', 'mentor', 'protege', 'friend', 'agent', 'publicist', 'doctor', 'biographer', 'spokesperson', 'solicitor',
  // Family: "Jackie Stallone, mother of Sylvester", "his wife Cherie".
  'mother', 'father', 'son', 'daughter', 'wife', 'husband', 'brother', 'sister', 'widow', 'widower', 'girlfriend',
  'boyfriend', 'fiancee', 'fiance', 'cousin', 'uncle', 'aunt', 'nephew', 'niece', 'grandson', 'granddaughter',
]);

/** Words that may stand inside a title before its head ("shadow", "foreign", "chief", "general"). */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set([
  'shadow', 'deputy', 'vice', 'acting', 'former', 'ex', 'interim', 'foreign', 'home', 'defence', 'defense',
  'trade', 'industry', 'health', 'education', 'culture', 'finance', 'justice', 'interior', 'energy', 'environment',
  'transport', 'chief', 'executive', 'general', 'managing', 'senior', 'junior', 'joint', 'co', 'prime', 'first',
  'state', 'assistant', 'associate', 'technical', 'financial', 'operating', 'commercial', 'sports', 'political',
  'economics', 'business', 'news', 'labour', 'party', 'union', 'non-executive', 'lead', 'head', 'principal',
  'top', 'new', 'outgoing', 'incoming', 'current', 'then', 'late',
]);

/** Titles of office in a country: "US President X" is "president of", not "president from". */
export const OFFICE_TITLES: ReadonlySet<string> = new Set([
  'president', 'president-elect', 'premier', 'minister', 'secretary', 'chancellor', 'spokesman', 'spokeswoman',
  'spokesperson', 'ambassador', 'envoy', 'official', 'commissioner', 'governor', 'mayor', 'senator', 'mp', 'mep', 'msp', 'mla', 'councillor',
  'lawmaker', 'diplomat', 'leader', 'head', 'chief', 'king', 'queen', 'monarch', 'ruler', 'emperor', 'general',
  'commander', 'prosecutor', 'judge', 'attorney', 'deputy', 'vice-president', 'negotiator', 'regulator',
]);

/** Honorifics that precede a name and are not titles of a role. */
export const HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'lord', 'lady', 'dame', 'mr.', 'mrs.', 'ms.', 'dr.', 'prof', 'professor']);

/**
 * Light verbs and the nouns they fold with: "impose sanctions on X" -> "sanction" X,
 * "hold talks with X" -> "talk with" X. Value: the predicate; whether the preposition stays
 * is decided by KEEP_PREPOSITION.
 */
export const LIGHT_VERBS: ReadonlySet<string> = new Set([
  'impose', 'make', 'take', 'give', 'hold', 'launch', 'express', 'voice', 'have', 'reach', 'strike', 'place', 'put',
  'pay', 'lodge', 'file', 'issue', 'level', 'mount', 'carry', 'conduct', 'raise', 'pledge', 'offer', 'extend', 'lend',
  'announce', 'open', 'begin', 'start', 'sign',
]);

/** Nouns that carry the meaning after a light verb (and event nouns in general) -> predicate. */
export const EVENT_NOUNS: ReadonlyMap<string, string> = new Map([
  ['sanction', 'sanction'], ['pressure', 'pressure'], ['sanctions', 'sanction'], ['offer', 'offer'], ['bid', 'bid'], ['control', 'control'],
  ['support', 'support'], ['talk', 'talk'], ['talks', 'talk'], ['concern', 'concern'], ['concerns', 'concern'],
  ['call', 'call'], ['phone call', 'call'], ['attack', 'attack'], ['attacks', 'attack'], ['decision', 'decide'],
  ['commitment', 'commit'], ['pledge', 'pledge'], ['threat', 'threaten'], ['investment', 'invest'],
  ['criticism', 'criticise'], ['complaint', 'complain'], ['visit', 'visit'], ['conversation', 'converse'],
  ['conversations', 'converse'], ['meeting', 'meet'], ['meetings', 'meet'], ['summit', 'summit'],
  ['buildup', 'build up'], ['build-up', 'build up'], ['relationship', 'relationship'], ['relations', 'relation'],
  ['ties', 'tie'], ['deal', 'deal'], ['agreement', 'agree'], ['invasion', 'invade'], ['interference', 'interfere'],
  ['engagement', 'engage'], ['acquisition', 'acquire'], ['takeover', 'take over'], ['merger', 'merge'],
  ['war', 'war'], ['conflict', 'conflict'], ['rift', 'rift'], ['row', 'row'], ['dispute', 'dispute'],
  ['negotiations', 'negotiate'], ['negotiation', 'negotiate'], ['cooperation', 'cooperate'],
  ['partnership', 'partner'], ['alliance', 'ally'], ['competition', 'compete'], ['battle', 'battle'],
  ['clash', 'clash'], ['agenda', 'agenda'], ['agendas', 'agenda'], ['feud', 'feud'], ['aid', 'aid'],
  ['help', 'help'], ['warning', 'warn'], ['accusation', 'accuse'], ['accusations', 'accuse'], ['ban', 'ban'],
  ['embargo', 'embargo'], ['lawsuit', 'sue'], ['suit', 'sue'], ['case', 'case'], ['charges', 'charge'],
  ['fine', 'fine'], ['loan', 'lend'], ['payment', 'pay'], ['contract', 'contract'], ['interview', 'interview'],
  ['appeal', 'appeal'], ['demand', 'demand'], ['request', 'request'], ['proposal', 'propose'], ['plan', 'plan'],
  ['plans', 'plan'], ['promise', 'promise'], ['statement', 'state'], ['announcement', 'announce'],
  ['deployment', 'deploy'], ['occupation', 'occupy'], ['presence', 'presence'], ['stake', 'stake'],
  ['sale', 'sell'], ['purchase', 'purchase'], ['probe', 'probe'], ['investigation', 'investigate'],
  ['inquiry', 'investigate'], ['friendship', 'friendship'], ['rivalry', 'rivalry'], ['links', 'link'],
  ['link', 'link'], ['arrest', 'arrest'], ['detention', 'detain'], ['release', 'release'], ['return', 'return'],
  ['trip', 'travel'], ['move', 'move'], ['transfer', 'transfer'], ['departure', 'leave'], ['arrival', 'arrive'],
  ['appearance', 'appear'], ['tribute', 'praise'], ['homage', 'praise'], ['win', 'beat'], ['victory', 'beat'], ['wins', 'beat'], ['victories', 'beat'], ['contact', 'contact'], ['contacts', 'contact'], ['dialogue', 'dialogue'], ['trade', 'trade'],
  ['debut', 'debut'], ['apology', 'apologise'], ['apologies', 'apologise'],
  // ("face a tough match against Scotland", "England's game against Wales": a match is played against a side.)
  ['match', 'play'], ['game', 'play'], ['fixture', 'play'], ['encounter', 'play'],
  ['deals', 'deal'], ['agreements', 'agree'], ['contracts', 'contract'], ['offers', 'offer'], ['bids', 'bid'],
  ['approach', 'approach'], ['approaches', 'approach'], ['protest', 'protest'], ['protests', 'protest'],
  ['donation', 'donate'], ['contribution', 'contribute'], ['recommendation', 'recommend'], ['challenge', 'challenge'],
]);

/** Event nouns whose possessor or demonym modifier is their agent ("Russia's build-up on X"). */
export const AGENT_EVENT_NOUNS: ReadonlySet<string> = new Set([
  'sanction', 'sanctions', 'offer', 'bid', 'support', 'talks', 'call', 'phone call', 'attack', 'attacks', 'commitment',
  'pledge', 'threat', 'investment', 'criticism', 'complaint', 'visit', 'conversation', 'conversations', 'meeting',
  'meetings', 'summit', 'buildup', 'build-up', 'relationship', 'relations', 'ties', 'deal', 'agreement', 'invasion',
  'interference', 'engagement', 'acquisition', 'takeover', 'merger', 'war', 'conflict', 'rift', 'row', 'dispute',
  'negotiations', 'cooperation', 'partnership', 'alliance', 'battle', 'clash', 'feud', 'aid', 'help', 'warning',
  'accusation', 'accusations', 'ban', 'embargo', 'lawsuit', 'loan', 'payment', 'contract', 'demand', 'request',
  'proposal', 'deployment', 'occupation', 'stake', 'sale', 'purchase', 'probe', 'investigation', 'inquiry',
  'friendship', 'rivalry', 'links', 'contact', 'contacts', 'dialogue', 'win', 'victory', 'wins', 'victories', 'deals', 'agreements', 'contracts',
  'offers', 'bids',
  'arrest', 'detention', 'release', 'return', 'trip', 'move', 'transfer', 'departure', 'arrival', 'appearance',
  'plan', 'plans', 'intervention',
]);

/** Relation nouns that hold between two parties ("relationship with X", "talks between X and Y"). */
export const RELATION_NOUNS: ReadonlySet<string> = new Set([
  'relationship', 'relations', 'ties', 'talks', 'conversation', 'call', 'meeting', 'meetings', 'summit', 'deal',
  'agreement', 'war', 'conflict', 'rift', 'row', 'dispute', 'negotiations', 'cooperation', 'partnership',
  'alliance', 'battle', 'clash', 'feud', 'agenda', 'agendas', 'friendship', 'rivalry', 'links', 'contact',
  'contacts', 'dialogue', 'merger', 'trade', 'competition', 'deals', 'agreements',
]);

/** Prepositions kept in a predicate ("speak with", "call on"); others attach the object only. */
export const KEEP_PREPOSITION: ReadonlySet<string> = new Set(['with', 'to', 'against', 'from', 'on', 'for', 'into', 'in', 'at', 'as', 'about', 'over', 'of', 'by', 'off', 'up', 'out', 'alongside',
  // "rose above five million", "fell below 100p", "moved towards a deal".
  'above', 'below', 'beyond', 'towards', 'toward', 'past']);

/** Prepositions kept after an event noun's predicate ("talk with", "commit to"). */
export const NOUN_PREPOSITION: ReadonlySet<string> = new Set(['with', 'to', 'against', 'from']);

/** Event-noun predicates that keep "to" ("commit to"); others read as transitive ("support", "praise"). */
export const TO_PREDICATES: ReadonlySet<string> = new Set(['commit', 'appeal', 'pledge', 'travel', 'move', 'return', 'transfer', 'talk', 'converse', 'link', 'relationship', 'relation', 'tie', 'contact', 'sell', 'lend', 'agree']);

/** The predicate of an event noun followed by a preposition: "talk with", "commit to", "support". */
export function nounPredicate(noun: string, prep: string): string {
  if (prep === 'to') return TO_PREDICATES.has(noun) ? `${noun} to` : noun;
  return NOUN_PREPOSITION.has(prep) ? `${noun} ${prep}` : noun;
}

/** Verbs taking an infinitive whose meaning is the infinitive's ("continued to refute" -> refute). */
export const CATENATIVE_VERBS: ReadonlySet<string> = new Set([
  'continue', 'agree', 'try', 'seek', 'want', 'decide', 'begin', 'start', 'hope', 'aim', 'intend', 'attempt',
  'need', 'promise', 'vow', 'plan', 'prepare', 'move', 'pledge', 'go', 'have', 'be', 'get', 'manage', 'choose',
  'offer', 'opt', 'expect', 'use', 'threaten', 'set', 'look', 'wish', 'help', 'struggle', 'come', 'tend', 'appear',
  'seem', 'force', 'ask', 'urge', 'tell', 'order', 'allow', 'permit', 'invite', 'encourage', 'persuade', 'pressure',
  'oblige', 'require', 'call', 'expect', 'schedule', 'due', 'determine', 'able', 'likely', 'unlikely', 'ready', 'willing',
  'keen', 'eager', 'poise', 'bind', 'bound', 'sure', 'certain', 'about', 'prepared', 'determined',
]);

/** Infinitive verbs that negate or hedge what follows: kept in the predicate ("decline to comment"). */
export const NEGATIVE_CATENATIVES: ReadonlySet<string> = new Set(['refuse', 'decline', 'fail', 'reject', 'threaten', 'hesitate', 'neglect']);

/** Of those, the refusals and failures, which the nouns a verb's object yields keep ("refused to sign the deal with Yahoo"). */
export const REFUSAL_VERBS: ReadonlySet<string> = new Set(['refuse', 'decline', 'fail', 'hesitate', 'neglect']);

/** Verbs that deny the clause they take ("denied that it had bought Yahoo", "denied buying"). */
export const DENIAL_VERBS: ReadonlySet<string> = new Set(['deny', 'refute']);

/** Catenatives whose infinitive's meaning is uncertain: lower the confidence. */
export const HEDGED_CATENATIVES: ReadonlySet<string> = new Set(['want', 'hope', 'try', 'seek', 'aim', 'intend', 'attempt', 'wish', 'plan', 'expect', 'look', 'threaten', 'appear', 'seem', 'likely', 'unlikely']);

/** Verbs whose object is the subject of the following infinitive ("urged Putin to refrain"). */
export const OBJECT_CONTROL_VERBS: ReadonlySet<string> = new Set([
  'urge', 'ask', 'tell', 'order', 'allow', 'permit', 'invite', 'encourage', 'persuade', 'pressure', 'press', 'force',
  'call', 'advise', 'warn', 'require', 'expect', 'want', 'help', 'get', 'cause', 'enable', 'lead', 'instruct',
  'remind', 'challenge', 'beg', 'implore', 'appeal', 'oblige', 'need',
]);

/** Verbs of saying and thinking: their object is a clause, so "X said ..." gives no triple. */
export const REPORTING_VERBS: ReadonlySet<string> = new Set([
  'say', 'add', 'claim', 'insist', 'argue', 'believe', 'think', 'state', 'suggest', 'stress', 'note', 'explain',
  'reply', 'respond', 'feel', 'recall', 'admit', 'acknowledge', 'predict', 'estimate', 'conclude', 'indicate',
  'know', 'hope', 'fear', 'mean', 'point', 'expect', 'reckon', 'suspect', 'guess', 'assume', 'understand',
  'realise', 'realize', 'doubt', 'wonder', 'believe', 'contend', 'maintain', 'allege', 'hint', 'remark',
]);

/** Nouns whose complement clause is a claim, not a fact ("allegations he pressured X", "rumours that"). */
export const CLAIM_NOUNS: ReadonlySet<string> = new Set([
  'allegation', 'allegations', 'claim', 'claims', 'accusation', 'accusations', 'rumour', 'rumours', 'rumor', 'rumors',
  'suggestion', 'suggestions', 'speculation', 'report', 'reports', 'suspicion', 'suspicions', 'fears', 'fear',
  'belief', 'assertion', 'assertions', 'charge', 'charges', 'theory', 'speculation', 'contention', 'insistence', 'view',
]);

/** Nouns besides the claim nouns whose content a clause right after gives ("the idea Mr X posed a threat"). */
export const CONTENT_NOUNS: ReadonlySet<string> = new Set(['idea', 'notion', 'fact', 'hope', 'news', 'impression', 'possibility']);

/** Reporting verbs with a person object that is a relation ("notified the Russian President"). */
export const COMMUNICATION_VERBS: ReadonlySet<string> = new Set([
  'tell', 'notify', 'inform', 'assure', 'brief', 'advise', 'remind', 'warn', 'ask', 'urge', 'call', 'phone',
  'thank', 'congratulate', 'reassure', 'promise', 'persuade', 'convince',
]);

/** Verbs that relate their coordinated subjects to each other ("X and Y met"). */
export const SYMMETRIC_VERBS: ReadonlySet<string> = new Set([
  'meet', 'talk', 'speak', 'negotiate', 'merge', 'clash', 'agree', 'disagree', 'differ', 'cooperate', 'collaborate',
  'compete', 'fight', 'argue', 'quarrel', 'marry', 'partner', 'ally', 'trade',
]);

/** What a player scores ("Stringer's try", "a second-half goal from Andy Scott", "a Ronan O'Gara penalty"). */
export const SCORE_NOUNS: ReadonlySet<string> = new Set(['try', 'tries', 'goal', 'goals', 'penalty', 'penalties', 'header', 'strike', 'winner', 'equaliser',
  'double', 'brace', 'hat-trick', 'drop-goal', 'conversion']);

/** Copular verbs: "X is/became Y". */
export const COPULAS: ReadonlySet<string> = new Set(['be', 'become', 'remain']);

/** Modal auxiliaries and the confidence factor each one brings. */
export const MODALS: ReadonlyMap<string, number> = new Map([
  ['could', 0.55], ['might', 0.5], ['may', 0.55], ['would', 0.8], ['should', 0.6], ['must', 0.8], ['can', 0.8],
  ['will', 0.9], ['shall', 0.9], ['ought', 0.6],
]);

/** Adverbs that negate the verb group they stand in. */
export const NEGATORS: ReadonlySet<string> = new Set(['not', "n't", 'never', 'no longer']);

/** Particles that belong to a phrasal verb when no noun phrase follows ("hit back", "step down"). */
export const PARTICLES: ReadonlySet<string> = new Set(['up', 'out', 'off', 'down', 'back', 'over', 'away', 'on', 'in', 'through', 'ahead', 'around', 'aside']);

/** Phrasal verbs whose particle stays even when a noun phrase follows ("take over X", "set up X"). */
export const PHRASAL_VERBS: ReadonlySet<string> = new Set([
  'take over', 'set up', 'build up', 'sell off', 'lay off', 'shut down', 'step down', 'hit back', 'buy up',
  'pull out', 'rule out', 'carry out', 'call off', 'turn down', 'cover up', 'sign up', 'back down', 'wipe out',
  'give up', 'break up', 'close down', 'cut off', 'hand over', 'point out', 'spin off', 'team up', 'take up',
  'go on', 'carry on', 'work out', 'play down', 'play up', 'talk up', 'talk down', 'water down', 'scale back', 'bring in', 'bring back', 'win back', 'pay back', 'write off', 'shake up', 'buy back', 'put together', 'bring together', 'pull together',
]);

/** Heads of collective nouns whose possessor acts ("Uganda's authorities have banned"). */
export const COLLECTIVE_HEADS: ReadonlySet<string> = new Set([
  'authorities', 'government', 'officials', 'administration', 'regime', 'military', 'army', 'forces', 'troops',
  'police', 'ministry', 'leaders', 'leadership', 'regulators', 'regulator', 'parliament', 'cabinet', 'board',
  'management', 'executives', 'lawyers', 'court', 'courts', 'prosecutors', 'navy', 'diplomats', 'spokesman',
  'spokeswoman', 'spokesperson', 'squad', 'team', 'side', 'line-up', 'lineup', 'camp', 'delegation', 'shareholders', 'directors',
]);

/** Definite descriptions that may stand for the last entity of a type ("the company" -> the last ORG). */
export const DESCRIPTOR_NOUNS: ReadonlyMap<string, 'ORG' | 'LOC'> = new Map([
  ['company', 'ORG'], ['firm', 'ORG'], ['group', 'ORG'], ['bank', 'ORG'], ['union', 'ORG'], ['party', 'ORG'],
  ['club', 'ORG'], ['team', 'ORG'], ['council', 'ORG'], ['agency', 'ORG'], ['regulator', 'ORG'], ['carrier', 'ORG'],
  ['airline', 'ORG'], ['retailer', 'ORG'], ['broadcaster', 'ORG'], ['network', 'ORG'], ['giant', 'ORG'],
  ['maker', 'ORG'], ['manufacturer', 'ORG'], ['supermarket', 'ORG'], ['watchdog', 'ORG'], ['organisation', 'ORG'],
  ['organization', 'ORG'], ['country', 'LOC'], ['nation', 'LOC'],
  ['band', 'ORG'], ['carmaker', 'ORG'], ['insurer', 'ORG'], ['brewer', 'ORG'], ['drugmaker', 'ORG'], ['publisher', 'ORG'],
  ['lender', 'ORG'], ['conglomerate', 'ORG'], ['operator', 'ORG'], ['charity', 'ORG'],
]);

/** Quote marks, double and single, straight and curly. */
export const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', "'", '\u201c', '\u201d', '\u2018', '\u2019']);
/** Double quote marks: what opens and closes quoted speech (single ones are also apostrophes). */
export const DOUBLE_QUOTE_MARKS: ReadonlySet<string> = new Set(['"', '\u201c', '\u201d']);
/** Quote marks that open a quotation, and those that close one (straight ones do both). */
export const OPENING_QUOTE_MARKS: ReadonlySet<string> = new Set(['"', '\u201c', "'", '\u2018']);
export const CLOSING_QUOTE_MARKS: ReadonlySet<string> = new Set(['"', '\u201d', "'", '\u2019']);

/** Possessive pronouns: "his conversation" carries its owner's entity. */
export const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);

/** Determiners and quantifiers dropped from the front of a concept's name. */
export const LEADING_DROP: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'any', 'all', 'this', 'that', 'these', 'those', 'some', 'his', 'her', 'its', 'their', 'our',
  'my', 'your', 'such', 'every', 'each', 'both',
]);

/** Relative pronouns opening a clause about the noun before them. */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'which', 'whom', 'that', 'whose']);

/** Heads too vague to make a useful concept object. */
export const VAGUE_HEADS: ReadonlySet<string> = new Set([
  'it', 'this', 'that', 'thing', 'things', 'one', 'way', 'time', 'lot', 'part', 'something', 'anything',
  'nothing', 'everything', 'them', 'him', 'her', 'me', 'us', 'you', 'what', 'which', 'who', 'there', 'here',
  'today', 'yesterday', 'tomorrow', 'year', 'week', 'month', 'day', 'monday', 'tuesday', 'wednesday', 'thursday',
  'friday', 'saturday', 'sunday', 'morning', 'evening', 'night', 'statement', 'interview', 'speech',
  'people', 'number', 'amount', 'kind', 'sort', 'type', 'idea', 'fact', 'matter', 'case', 'point', 'sense',
  'i', 'we', 'they', 'he', 'she', 'himself', 'herself', 'themselves', 'itself', 'myself', 'ourselves',
]);

/**
 * Object heads whose prepositional phrase is their own complement, not the verb's second object:
 * "faces pressure from Virgin", "shrugged off claims from Howard", "made his admiration for David
 * clear", "placed an order for 70 Boeing planes".
 */
export const NOUN_COMPLEMENT_HEADS: ReadonlySet<string> = new Set(['pressure', 'challenge', 'competition', 'charges', 'claims', 'claim', 'calls', 'opposition',
  'complaints', 'protests', 'admiration', 'respect', 'sympathy', 'praise', 'nomination', 'nominations', 'order', 'orders',
  'backing', 'approval', 'name', 'questions', 'questioning', 'interest', 'concern', 'concerns', 'fears', 'doubts']);

/**
 * winkNLP's normal forms and lemmas are American ("centre" -> "center", "organiser" ->
 * "organizer"): every list above also holds the American spelling of its British words.
 */
function americanise(w: string): string {
  return w
    .replace(/isation/g, 'ization').replace(/is(e|ed|es|ing)$/, 'iz$1').replace(/iser$/, 'izer').replace(/isers$/, 'izers')
    .replace(/tre$/, 'ter').replace(/tres$/, 'ters').replace(/our(s?)$/, 'or$1').replace(/ence$/, 'ense')
    .replace(/programme/, 'program').replace(/ogue$/, 'og').replace(/lled$/, 'led');
}

for (const set of [ROLE_HEADS, TITLE_MODIFIERS, OFFICE_TITLES, AGENT_EVENT_NOUNS, RELATION_NOUNS, CATENATIVE_VERBS,
  NEGATIVE_CATENATIVES, REFUSAL_VERBS, HEDGED_CATENATIVES, OBJECT_CONTROL_VERBS, REPORTING_VERBS, COMMUNICATION_VERBS, SYMMETRIC_VERBS,
  COLLECTIVE_HEADS, VAGUE_HEADS, LIGHT_VERBS] as ReadonlySet<string>[]) {
  for (const w of [...set]) (set as Set<string>).add(americanise(w));
}
for (const map of [EVENT_NOUNS, DESCRIPTOR_NOUNS] as ReadonlyMap<string, unknown>[]) {
  for (const [k, v] of [...map]) if (!map.has(americanise(k))) (map as Map<string, unknown>).set(americanise(k), v);
}

/** Lemmas of -ing words that work as prepositions or attach to the noun before ("including X", "featuring Y"): no action of the clause's subject. */
export const PREPOSITIONAL_GERUNDS: ReadonlySet<string> = new Set([
  'include', 'accord', 'follow', 'exclude', 'regard', 'concern', 'consider', 'depend', 'feature', 'involve', 'surround', 'range',
  'start', 'begin', 'compare', 'count',
]);

/** Places in a team: held in a club or country, never in a person ("his captain Patrick Vieira" is Wenger's player, not his captain). */
export const TEAM_POSITIONS: ReadonlySet<string> = new Set(['player', 'captain', 'skipper', 'striker', 'midfielder', 'defender', 'goalkeeper',
  'keeper', 'winger', 'wing', 'prop', 'centre', 'hooker', 'flanker', 'fly-half', 'scrum-half', 'full-back', 'forward', 'lock', 'batsman', 'bowler',
  'left-back', 'right-back', 'centre-back', 'centre-half', 'wing-back', 'left-winger', 'right-winger', 'centre-forward',
  'spinner', 'all-rounder', 'international', 'prospect', 'veteran']);

/** Titles held towards another person, never towards a body or place ("British rival Greg Rusedski" is no role in the UK). */
export const PEER_TITLES: ReadonlySet<string> = new Set(['co-star', 'costar', 'colleague', 'teammate', 'team-mate', 'mate', 'rival', 'mentor', 'protege', 'friend']);

/** Nouns of an offer, whose maker a "from" names and a verb may answer ("rejected a takeover offer from X"). */
export const OFFER_NOUNS: ReadonlySet<string> = new Set(['offer', 'bid', 'approach', 'proposal', 'overture', 'overtures']);

/** Nouns of a contest's outcome: who won, and the prepositions that introduce the other side. */
export const OUTCOME_NOUNS: ReadonlyMap<string, { won: boolean; preps: readonly string[] }> = new Map([
  ['win', { won: true, preps: ['over', 'against'] }], ['victory', { won: true, preps: ['over', 'against'] }],
  ['wins', { won: true, preps: ['over', 'against'] }], ['victories', { won: true, preps: ['over', 'against'] }],
  ['defeats', { won: false, preps: ['to', 'against', 'by'] }], ['losses', { won: false, preps: ['to', 'against'] }],
  ['triumph', { won: true, preps: ['over', 'against'] }], ['defeat', { won: false, preps: ['to', 'against', 'by'] }],
  ['loss', { won: false, preps: ['to', 'against'] }], ['thrashing', { won: false, preps: ['by'] }],
]);

/** Prepositions after which a stretch of time says when, not what ("after 23 minutes", "within six minutes"). */
export const TIME_ADJUNCT_PREPS: ReadonlySet<string> = new Set(['after', 'before', 'within', 'during', 'for', 'in']);

/** Nouns of a journey ("a tour of Africa", "a visit to Sydney"): a "to" after one is the journey's. */
export const TRAVEL_NOUNS: ReadonlySet<string> = new Set(['visit', 'tour', 'trip', 'mission', 'journey', 'pilgrimage']);

/** Nouns of a player's taking part ("his third start", "a debut"): an appearance in a fixture is against its other side. */
export const APPEARANCE_NOUNS: ReadonlySet<string> = new Set(['start', 'debut', 'appearance', 'return', 'comeback', 'cap']);

/** Nouns of a fixture between two sides ("England's match against Scotland"). */
export const CONTEST_NOUNS: ReadonlySet<string> = new Set(['match', 'game', 'clash', 'tie', 'fixture', 'encounter', 'showdown', 'derby', 'final', 'semi-final',
  'quarter-final', 'rematch', 'friendly', 'qualifier', 'decider', 'play-off']);

/** Kinds of place named with "of": "the Indian state of Kerala", "the Russian city of Samara", "the Labour stronghold of Normanton". */
export const PLACE_KINDS: ReadonlySet<string> = new Set(['state', 'city', 'province', 'region', 'town', 'island', 'county', 'district', 'port', 'village', 'republic', 'territory',
  'resort', 'suburb', 'borough', 'constituency', 'stronghold', 'heartland']);

/** Nouns of gatherings: a named place after one places the act ("at Labour's conference in Gateshead"). */
export const GATHERING_HEADS: ReadonlySet<string> = new Set(['conference', 'convention', 'congress', 'rally', 'meeting', 'summit', 'assembly', 'agm', 'launch', 'gala', 'ceremony']);

/** A body's seat: where it is based. */
export const SEAT_HEADS: ReadonlySet<string> = new Set(['headquarters', 'hq', 'base', 'home']);
/** A body's other premises: where it has them ("its offices in Kentish Town", "studios in Cambridge"). */
export const PREMISES_HEADS: ReadonlySet<string> = new Set(['office', 'offices', 'studio', 'studios', 'factory', 'factories', 'plant', 'plants', 'branch', 'branches', 'store', 'stores']);

/** Work nouns and the predicate for their maker; a title set off by a comma may follow one ("the drama, Cherished"). */
export const WORK_NOUNS: ReadonlyMap<string, string> = new Map([
  ...['film', 'movie', 'drama', 'documentary', 'biopic', 'thriller', 'comedy', 'epic', 'blockbuster', 'feature', 'debut', 'adaptation'].map((w) => [w, 'make'] as const),
  ...['book', 'novel', 'memoir', 'memoirs', 'autobiography', 'biography', 'play', 'musical', 'opera', 'poem', 'script', 'screenplay', 'song', 'ballad', 'anthem'].map((w) => [w, 'write'] as const),
  ...['album', 'single', 'record', 'ep', 'hit'].map((w) => [w, 'record'] as const),
  ...['show', 'series', 'sitcom', 'programme', 'program', 'game', 'production', 'work', 'masterpiece', 'soap', 'serial', 'ballet'].map((w) => [w, 'create'] as const),
]);

/** Lower-case words a title may hold between its capitalised words ("The Woman in White"). */
export const TITLE_JOINERS: ReadonlySet<string> = new Set(['of', 'the', 'in', 'and', 'a', 'an', 'on', 'to', 'for', 'with', 'at', 'from', 'by', '&', 'de', 'la']);

/** Nouns that say what kind of body a name is ("Dutch retailer Ahold", "German carmaker BMW"). */
export const BODY_NOUNS: ReadonlySet<string> = new Set(['firm', 'company', 'group', 'retailer', 'maker', 'giant', 'bank', 'airline', 'carrier', 'operator', 'network', 'brewer',
  'carmaker', 'insurer', 'broadcaster', 'publisher', 'manufacturer', 'producer', 'chain', 'supermarket', 'conglomerate', 'lender', 'exchange',
  'agency', 'studio', 'label', 'developer', 'distributor', 'supplier', 'partner', 'rival', 'subsidiary', 'unit', 'newspaper', 'paper', 'channel',
  'club', 'side', 'team', 'outfit', 'charity', 'party', 'union', 'provider', 'specialist', 'house', 'business', 'band', ...COMPANY_NOUNS]);

/** A noun (its lemma) that says what kind of body a name is ("bank", "newspaper", "carmaker", "game makers"). */
export function isBodyKind(lemma: string): boolean {
  return DESCRIPTOR_NOUNS.get(lemma) === 'ORG' || BODY_NOUNS.has(lemma) || lemma.endsWith('maker');
}

/**
 * Catenatives of intention, agreement and attempt kept in a predicate before their infinitive
 * ("agreed to buy", "plans to sell", "pledged to cut"): what was agreed, planned or tried has not
 * happened, so the predicate says so (the graph's relation types read them: "plan to cut" ->
 * PROPOSED, "want to" -> the fallback). The hand rules and the Open IE mapping both read this list.
 * "expect" is kept by both only in the present ("Boeing expects to sell"): "Mr Blair is expected to
 * announce", "the election, expected to be held" are others' expectations.
 */
export const INTENTION_CATENATIVES: ReadonlySet<string> = new Set(['agree', 'try', 'attempt', 'promise', 'pledge', 'vow', 'plan', 'intend', 'seek', 'aim', 'hope',
  'want', 'offer', 'decide', 'wish', 'prepare', 'propose']);

/** Whether a catenative with this lemma and surface form stays in the predicate (see INTENTION_CATENATIVES; "expected" is others'). */
export function keepsIntention(lemma: string, surface: string): boolean {
  return INTENTION_CATENATIVES.has(lemma) || (lemma === 'expect' && surface !== 'expected');
}
