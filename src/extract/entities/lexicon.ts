// Word lists the entity resolver reads: titles and honorifics (never part of a name), words that
// mark an organisation, capitalised words that are not names, role nouns, and a small list of
// common first names with their usual gender. Hand-written and small on purpose: they are cues
// for news English, not a knowledge base. All keys are lower case.

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s*\|\s*|\s*\n\s*/).filter(Boolean));

/** Honorifics before a name, with the gender they imply ('' when none). */
export const HONORIFICS: ReadonlyMap<string, 'm' | 'f' | ''> = new Map([
  ['mr', 'm'], ['mr.', 'm'], ['mrs', 'f'], ['mrs.', 'f'], ['ms', 'f'], ['ms.', 'f'], ['miss', 'f'],
  ['sir', 'm'], ['dame', 'f'], ['lord', 'm'], ['lady', 'f'], ['dr', ''], ['dr.', ''], ['prof', ''],
  ['prof.', ''], ['professor', ''], ['rev', ''], ['rev.', ''], ['reverend', ''], ['mx', ''],
  ['king', 'm'], ['queen', 'f'], ['prince', 'm'], ['princess', 'f'], ['pope', 'm'],
  ['sheikh', 'm'], ['emir', 'm'], ['father', 'm'], ['sister', 'f'], ['brother', 'm'],
  // Peers and clerics: "Baroness Morgan", "Ayatollah Ali Khamenei" ("Earl" and "Duke" are first names too).
  ['baroness', 'f'], ['baron', 'm'], ['viscount', 'm'], ['countess', 'f'], ['ayatollah', 'm'],
]);

/** Head words of a title ("President", "Secretary"): a title word before a name is not part of it. */
export const TITLE_HEADS = set(`
president | minister | chancellor | secretary | senator | sen | sen. | governor | gov | gov. | mayor
| judge | general | gen | gen. | colonel | col | col. | captain | capt | capt. | lieutenant | lt | sergeant
| admiral | commissioner | ambassador | chairman | chairwoman | chairperson | director | spokesman
| spokeswoman | spokesperson | leader | premier | mp | mep | msp | mla | rep | rep. | speaker | coach | manager
| boss | ceo | cfo | coo | founder | officer | inspector | detective | superintendent | constable
| bishop | archbishop | cardinal | rabbi | imam | envoy | chief | head | striker | midfielder
| defender | goalkeeper | skipper | captain | chair | treasurer | attorney | prosecutor | counsel
| congressman | congresswoman | councillor | councilor | president-elect | vice-president | deputy
| playwright | author | writer | actor | actress | singer | director-general | analyst | economist
| editor | correspondent | reporter | presenter | host | star | producer | comedian | rapper | model
| designer | architect | dj | chancellor | commander | marshal | shadow | lawmaker | legislator | diplomat
| official | spokesman | professor | scientist | researcher | physicist | lawyer | barrister | solicitor
| campaigner | activist | businessman | businesswoman | tycoon | mogul | billionaire | entrepreneur
| investor | banker | trader | player | champion | runner | sprinter | golfer | batsman | bowler
| jockey | trainer | driver | rider | boxer | fighter | wrestler | swimmer | cyclist | tennis
| king | queen | prince | princess | pope | dr | mr | mrs | ms | sir | dame | lord | lady
`);

/** Words that can sit inside a capitalised title phrase ("Foreign Minister", "Chief Executive"). */
export const TITLE_MODIFIERS = set(`
vice | prime | deputy | acting | interim | former | foreign | home | defence | defense | finance
| interior | health | education | justice | trade | industry | culture | transport | environment
| economy | energy | agriculture | senior | chief | executive | junior | state | shadow | first
| attorney | solicitor | press | cabinet | permanent | assistant | associate | managing
| general | supreme | grand | elect | opposition | majority | minority | party | national | communications
| security | intelligence | treasury | labour | work | pensions | employment | science | technology
`);

/** Organisation cue words: a capitalised name ending in one is an ORG ("Seibu Railways"). */
export const ORG_SUFFIXES = set(`
inc | inc. | ltd | ltd. | plc | corp | corp. | co | co. | llc | llp | ag | sa | gmbh | nv | bv | group | holdings
| party | ministry | department | bank | council | commission | union | agency | university | office
| association | railways | railway | motors | airlines | airways | airline | fc | magazine | news | radio
| times | post | journal | institute | foundation | court | committee | police | army | navy | force
| forces | club | federation | society | league | service | services | authority | board | trust | fund
| organisation | organization | corporation | industries | industry | systems | technologies | technology
| communications | pharmaceuticals | electronics | entertainment | records | studios | pictures
| network | networks | channel | tv | television | chambers | chamber | brothers | bros | bros. | college | school | academy
| museum | bureau | parliament | assembly | congress | senate | cabinet | government | administration
| church | hospital | telegraph | herald | guardian | tribune | gazette | observer | express | mirror | fa | rfu
| press | broadcasting | media | capital | partners | associates | securities | insurance | energy | oil | petroleum
| gas | airport | exchange | stores | foods | brewery | motor | steel | mining | labs | software
| pharma | bancorp | financial | investments | ventures | alliance | coalition | movement | front
| brigade | brigades | regiment | command | commission | secretariat | tribunal | directorate
| centre | center | centres | institution | research | programme | executive | theatre | theater | cinema | cinemas | supplement | revenue | panel | customs | inspectorate | inc | united | city | rovers | wanderers | athletic | albion | county | hotspur | rangers | celtic
| forum | ballet | orchestra | philharmonic | consortium | opera
`);

/** Organisation heads that take "of"/"for" + name ("Bank of England", "Department for Education"). */
export const ORG_HEADS = set(`
department | ministry | office | bank | university | institute | chamber | chambers | council | commission
| board | court | house | church | federation | association | league | union | society | academy
| museum | bureau | agency | authority | organisation | organization | party | republic | kingdom
| states | college | school | centre | center | federation | confederation | committee | fund
| corporation | foundation | trust | coalition | alliance | league | secretariat | assembly | house
| houses | united | people | friends | order | band | army | congress | conference | campaign | forum | group
`);

/** Team-name suffixes ("Manchester United", "Leeds City" are ORG even though the first word is a city). */
export const TEAM_SUFFIXES = set(`united | city | rovers | wanderers | athletic | albion | county | hotspur | rangers | fc | town | villa | forest | palace`);

/** Nouns for a company by its trade: "Italian carmaker Fiat", "Swiss drugmaker Novartis" (a "film-maker" or "lawmaker" may be a person). */
export const COMPANY_NOUNS: readonly string[] = ['carmaker', 'automaker', 'car-maker', 'chipmaker', 'chip-maker', 'drugmaker', 'steelmaker',
  'toymaker', 'planemaker', 'beermaker', 'brewer', 'refiner', 'miner'];

/** Lower-case nouns that, right before a capitalised name, say what it is. */
export const CUE_BEFORE: ReadonlyMap<string, 'PERSON' | 'ORG' | 'LOC' | 'MISC'> = new Map([
  ...['firm', 'company', 'giant', 'group', 'maker', 'retailer', 'carrier', 'airline', 'bank', 'newspaper',
    'magazine', 'broadcaster', 'agency', 'party', 'union', 'team', 'club', 'rival', 'rivals', 'insurer',
    'manufacturer', 'publisher', 'label', 'network', 'channel', 'website', 'site', 'operator', 'lender',
    'chain', 'station', 'supermarket', 'conglomerate', 'watchdog', 'regulator', 'studio', 'brewer', 'producer', 'daily',
    'tabloid', 'paper', 'broadsheet', 'charity', 'band', 'side', 'outfit', 'subsidiary', 'unit', 'developer',
    'distributor', 'exporter', 'importer', 'investor', 'fund', 'provider', 'startup', 'service', 'tracker', 'journal',
    'consultancy', 'consultants', 'analysts', 'pollster', 'pollsters', 'researchers', 'think-tank', 'body', 'organisation',
    'organization', 'campaigners', 'airline', 'telecoms', 'operators', 'broadcasters', 'firms', 'companies', ...COMPANY_NOUNS].map((w) => [w, 'ORG'] as const),
  ...['play', 'film', 'movie', 'book', 'novel', 'album', 'single', 'song', 'show', 'programme', 'program', 'series',
    'opera', 'musical', 'documentary', 'sitcom', 'drama', 'game', 'hit', 'festival', 'awards', 'ceremony', 'tournament',
    'championship', 'operation', 'act', 'bill', 'law', 'treaty', 'title', 'track', 'version', 'edition', 'drug',
    'vaccine', 'treatment', 'product', 'device', 'phone', 'handset', 'console', 'software', 'browser', 'engine', 'model',
    'comedy', 'thriller', 'epic', 'blockbuster', 'sequel', 'prequel', 'remake', 'franchise', 'soap', 'cartoon', 'animation',
    'biopic', 'romance', 'horror', 'western', 'video', 'anthem', 'ballad', 'tune', 'hymn', 'poem', 'painting', 'exhibition',
    'car', 'aircraft', 'jet', 'plane', 'ship', 'satellite', 'virus', 'worm', 'character', 'role'].map((w) => [w, 'MISC'] as const),
  ...['city', 'town', 'country', 'state', 'region', 'province', 'capital', 'village', 'island', 'county',
    'district', 'port', 'suburb', 'nation', 'republic', 'territory', 'kingdom'].map((w) => [w, 'LOC'] as const),
]);

/** Lower-case nouns that, right after a capitalised name, say what it is ("New Vision newspaper"). */
export const CUE_AFTER: ReadonlyMap<string, 'PERSON' | 'ORG' | 'LOC'> = new Map([
  ...['newspaper', 'magazine', 'company', 'firm', 'group', 'bank', 'shares', 'executives', 'spokesman',
    'spokeswoman', 'spokesperson', 'chief', 'boss', 'officials', 'staff', 'employees', 'workers', 'shareholders',
    'customers', 'board', 'chairman', 'subsidiary', 'brand', 'stores', 'website', 'broadcaster', 'party',
    'members', 'supporters', 'manager', 'coach', 'squad', 'team', 'players', 'fans', 'agency'].map((w) => [w, 'ORG'] as const),
  ...['city', 'province', 'region', 'state', 'county', 'island', 'valley', 'river', 'mountains', 'border',
    'residents', 'coast', 'peninsula'].map((w) => [w, 'LOC'] as const),
]);

/** Prepositions of place: a name right after one leans LOC. */
export const PLACE_PREPOSITIONS = set('in | at | near | from | to | across | throughout | outside | inside | around | towards | into');

/** Group words that are capitalised but name no one entity when alone ("Muslims", "Europeans"). */
export const GROUP_WORDS = set(`
muslim | muslims | hindu | hindus | sikh | sikhs | jew | jews | jewish | catholic | catholics | protestant
| protestants | buddhist | buddhists | christians | europeans | asians | africans | arabs | westerners | latinos
| islamic | islamist | islamists | shia | shias | sunni | sunnis | evangelical | evangelicals | eurosceptic | eurosceptics
`);

/** Number words: "Six Nations", "Three Counties" keep them when a name follows. */
export const NUMBER_WORDS = set('one | two | three | four | five | six | seven | eight | nine | ten | eleven | twelve | twenty | hundred | first | second | third');

/** Capitalised words that are never names on their own (days, months, pronouns, time words). */
export const NOT_NAMES = set(`
monday | tuesday | wednesday | thursday | friday | saturday | sunday | january | february | march | april
| may | june | july | august | september | october | november | december | jan | feb | mar | apr | jun
| jul | aug | sep | sept | oct | nov | dec | jan. | feb. | mar. | apr. | jun. | jul. | aug. | sep. | sept. | oct. | nov. | dec. | i | i'm | i've | i'll | i'd | god | mon | tue | wed | thu | fri
| ceo | cfo | coo | tv | gdp | am | pm | ok | ngo | ngos | dna | hiv | aids | pc | pcs | dvd | dvds
| cd | cds | mp3 | uk-based | us-based | internet | web | net | christmas | easter | ramadan | new year
| bn | m | mr | mrs | ms | dr | sir | no | not | yes | oh | eu-wide | ipo | vat | ceos | it | we
| he | she | they | you | a | an | the | this | that | these | those | there | here | but | and | or | so
| if | when | while | as | in | on | at | of | for | by | with | from | after | before | under | over
| meanwhile | earlier | later | however | now | then | also | still | yet | although | though | because
| since | until | some | many | most | other | others | all | both | each | every | few | several | such
| what | which | who | whom | whose | where | why | how | his | her | its | their | our | my | your
| last | next | first | second | third | one | two | three | four | five | six | seven | eight | nine | ten
| mps | internet | email | e-mail | online | government | minister | ministers | president | chancellor
| prime | secretary | parliament | budget | state | states | to | into | about | against | during | without
| despite | among | between | following | including | within | through | amid | alongside | beyond | unlike
| election | elections | games | cup | war | report | act | bill | ngo | analysts | further | other
| r&b | obe | mbe | cbe | kbe | qc | kc | jr | jr. | sr | sr. | hk | id | lcd | adsl | dsl | sms | gps | usb | pdf | isp | isps | www | pda | pdas | wi-fi | 3g | dj | djs | well | yes | no | ok | okay | please | thanks | oscar | oscars | grammy | grammys | emmy | bafta
`);

/** Lower-case role nouns that name a person when right before a name ("playwright Eve Ensler"). */
export function isRoleNoun(lower: string): boolean {
  return TITLE_HEADS.has(lower) || OCCUPATIONS.has(lower) || KIN_NOUNS.has(lower) || lower.endsWith('man') || lower.endsWith('woman') || lower.endsWith('ist');
}

/** Family words: before a name they name a person ("with wife Ffion", "his son Brooklyn"). */
const KIN_NOUNS = new Set(['wife', 'husband', 'son', 'daughter', 'brother', 'sister', 'mother', 'father', 'girlfriend', 'boyfriend', 'fiancee', 'fiance',
  'widow', 'widower', 'cousin', 'uncle', 'aunt', 'nephew', 'niece', 'grandson', 'granddaughter', 'stepson', 'stepdaughter']);

/** Is a lower-case word a family word ("wife", "son")? */
export function isKinNoun(lower: string): boolean {
  return KIN_NOUNS.has(lower);
}

/** Occupations that no suffix tells ("former Happy Mondays dancer Bez", "rapper Eminem", "jockey Kieren Fallon"). */
const OCCUPATIONS = new Set(['dancer', 'singer', 'rapper', 'drummer', 'actor', 'actress', 'comedian', 'presenter', 'writer', 'author',
  'novelist', 'poet', 'playwright', 'producer', 'designer', 'photographer', 'painter', 'sculptor', 'composer', 'conductor', 'chef',
  'boxer', 'golfer', 'jockey', 'trainer', 'referee', 'umpire', 'sprinter', 'swimmer', 'skier', 'rider', 'runner', 'hurdler', 'dj',
  'broadcaster', 'commentator', 'lawyer', 'barrister', 'solicitor', 'surgeon', 'teacher', 'lecturer', 'researcher']);

/** Verbs of saying, for quote attribution and subject cues (lower-case forms as written). */
export const SPEECH_VERBS = set(`
said | says | say | told | tells | tell | added | adds | asked | asks | stated | states | warned | warns
| explained | explains | insisted | insists | noted | notes | wrote | writes | argued | argues | claimed
| claims | continued | continues | according | declared | declares | announced | announces | replied
| replies | stressed | stresses | commented | comments | admitted | admits | acknowledged | urged | urges
| remarked | recalled | reported | reports | believes | believed | thinks | thought | suggested
| revealed | reveals | confirmed | confirms | conceded | concedes | joked | jokes | predicted | predicts
`);

// A few hundred common first names with their usual gender: enough to say "Sarah Mukasa" is a
// woman and "Alan Milburn" a person. Names that are also common words ("May", "Will") are left out.
const MALE = `james john robert michael william david richard joseph thomas charles christopher daniel matthew matt
anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason
jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel
gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas
zachary peter kyle ethan walter noah jeremy christian keith roger terry gerald harold sean austin carl
arthur lawrence dylan jesse jordan bryan billy joe bruce gabriel logan albert willie alan juan wayne
elijah randy roy vincent ralph eugene russell bobby mason philip louis tony gordon nick neil ian
iain alistair alastair colin graham nigel trevor derek clive keith malcolm hugh rupert oliver
harry charlie alfie archie freddie theo tom jim bill bob mike dave steve ken ben sam dan rob geoff
geoffrey jeremy boris vladimir dmitry sergei sergey alexei mikhail ivan igor viktor yuri oleg xi
emmanuel francois jacques nicolas gerhard helmut angelo silvio romano giuseppe carlos luis miguel
pedro manuel jorge ahmed mohammed muhammad mohamed ali hassan hussein omar abdul yasser ariel benjamin
shimon ehud narendra rahul manmohan atal sonia kofi nelson thabo robert jacob barack joe hillary bernie
rishi keir ed dominic sajid yoshiaki shinzo junichiro kim jae moon recep tayyip volodymyr petro
alex alexandre andre andrei andrey arsene jose wayne rio frank steven jermain thierry didier jose
ronaldo lionel cristiano roman alan ashley gareth martin simon chris jamie lee luke tim andy
ryan craig stuart lewis ross scott euan callum kieran liam connor declan sean seamus patrick
claude sammy hank johnny`;
const FEMALE = `mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty
margaret sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie
rebecca sharon laura cynthia kathleen amy shirley angela helen anna brenda pamela nicole emma
samantha katherine christine debra rachel catherine carolyn janet ruth maria heather diane virginia
julie joyce victoria olivia kelly christina lauren joan evelyn judith megan cheryl andrea hannah
martha jacqueline frances gloria ann teresa kathryn sara janice jean alice madison doris abigail julia
judy grace denise amber marilyn beverly danielle theresa sophia marie diana brittany natalie isabella
charlotte rose alexis kayla eve tessa harriet hazel glenys clare claire jane jo kate ruth ann anne
hilary hillary condoleezza angela yulia benazir indira sonia aung suu golda theresa nicola ruth
priti liz penny yvette diane jacqui margaret estelle ruth tessa patsy clare caroline beverley
julia naomi kylie madonna britney beyonce oprah serena venus maria martina paula kelly jodie`;
const names = (s: string): string[] => s.split(/\s+/).filter(Boolean);
const FEMALE_SET = new Set(names(FEMALE));
/** Gender usually carried by a first name: 'm', 'f', or '' when unknown or ambiguous. */
export function firstNameGender(lower: string): 'm' | 'f' | '' {
  if (FEMALE_SET.has(lower)) return MALE_SET.has(lower) ? '' : 'f';
  return MALE_SET.has(lower) ? 'm' : '';
}
const MALE_SET = new Set(names(MALE));
export function isFirstName(lower: string): boolean {
  return MALE_SET.has(lower) || FEMALE_SET.has(lower);
}

/**
 * NOT_NAMES entries that are acronyms when written in capitals ("CEO", "TV", "ID"). Any other
 * NOT_NAMES word in capitals is an acronym that happens to spell a function word: "AS Roma",
 * "WE Group", so it may start a name.
 */
export const CAPITAL_NOT_NAMES = set(`
ceo | cfo | coo | tv | gdp | am | pm | ok | ngo | ngos | dna | hiv | aids | pc | dvd | dvds | cd | cds | mp3
| ipo | vat | ceos | it | obe | mbe | cbe | kbe | qc | kc | jr | sr | hk | bn | m | id | lcd | adsl | dsl | sms
| gps | usb | pdf | isp | isps | www | pda | pdas | 3g | dj | djs | mps | i | no | ok | us | uk | eu | r&b
`);

/** Team positions that, between a team and a player ("Sale Sharks prop Andrew Sheridan"), show the team. */
export const SPORT_POSITIONS = set(`
prop | hooker | lock | flanker | centre | wing | winger | fly-half | scrum-half | full-back | number | forward
| back | striker | midfielder | defender | goalkeeper | keeper | captain | skipper | coach | manager | boss
| chairman | team-mate | teammate | signing | star | veteran | youngster | prospect
`);

/** Words that mark a sports report: four points make one (see SPORTS_ONLY_WORDS). */
export const SPORTS_WORDS = set(`
striker | strikers | midfielder | defender | goalkeeper | squad | fixture | fixtures | derby | premiership
| fly-half | scrum-half | prop | winger | uncapped | referee | penalty | goals | scored | tries | kick-off
| semi-final | quarter-final | stadium | relegation | wicket | innings | batsman | bowler | tie-break | half-time
| midfielders | defenders | goalkeepers | wingers | coach | match | matches | championship | tournament | knockout
| football | footballer | rugby | cricket | tennis | golf | athletics | athlete | sprinter | marathon | boxing | goal
| scorer | player | players | team | season | game | games | win | title | cup | league | club | manager | injury
`);
/** Sports words no other kind of report uses: each counts twice. */
export const SPORTS_ONLY_WORDS = set(`
striker | strikers | midfielder | midfielders | defender | defenders | goalkeeper | goalkeepers | fly-half | scrum-half
| winger | wingers | uncapped | referee | premiership | derby | batsman | bowler | wicket | tie-break | half-time | kick-off
| football | footballer | rugby | cricket | tennis | athletics | sprinter | scorer | relegation | fixture | fixtures
`);

/** Geographic words that start a place name joined by "of" ("Isle of Man", "Gulf of Mexico", "Strait of Hormuz"). */
export const GEO_OF_HEADS = set('isle | isles | gulf | bay | strait | straits | cape | sea | lake | mount | firth | vale');

/** Last words of geographic names whose first part alone names the same place ("Guantanamo Bay"). */
export const GEO_FEATURES = set(`
bay | island | islands | isles | river | valley | lake | lakes | mountains | mountain | mount | strait | straits | gulf
| sea | coast | peninsula | desert | canal | delta | forest | hills | heights | plain | plains | basin | reef | archipelago
`);

/** Languages that are no demonym of a country in the gazetteer ("shot in Hindi"): never entities. */
export const LANGUAGES = set(`
hindi | urdu | bengali | punjabi | gujarati | tamil | telugu | marathi | kannada | malayalam | sanskrit | mandarin
| cantonese | swahili | hebrew | arabic | farsi | persian | pashto | dari | kurdish | latin | esperanto | gaelic
| yiddish | catalan | basque | tagalog | zulu | xhosa | afrikaans | amharic | hausa | yoruba | igbo
`);
/** Words before a demonym that make it a language: "in English", "speaks French", "learning Hindi". */
export const LANGUAGE_CUES = set(`
in | into | speak | speaks | spoke | speaking | learn | learns | learned | learnt | learning | fluent | taught | teach
| teaches | teaching | translated | dubbed | subtitled | sung | written | study | studies | studied | studying | read | reads | reading | lecturer | teacher | graduate
`);

/** Last words of event names ("Super Bowl", "Six Nations", "Monaco Grand Prix"): events are not entities. */
export const EVENT_SUFFIXES = set(`
bowl | cup | open | championship | championships | games | olympics | festival | awards | prix | series | nations
| trophy | marathon | tour | expo | fair | week | classic | masters | derby | show | final | finals | grammys | oscars | globe | globes | award | prize | prizes | medal | medals | lecture | conference | summit | election
`);

/** Words of team sports: only there does a city named alone stand for its club. */
export const TEAM_SPORT_WORDS = set(`
striker | strikers | midfielder | midfielders | defender | defenders | goalkeeper | fly-half | scrum-half | winger
| wingers | prop | squad | derby | premiership | fixture | fixtures | relegation
`);

/** Heads of office that "the <title>" can refer back to ("the prime minister", "the chancellor"). */
export const OFFICE_HEADS: ReadonlySet<string> = new Set(['president', 'minister', 'chancellor', 'secretary', 'premier', 'governor', 'mayor', 'chairman',
  'chairwoman', 'senator', 'ambassador', 'commissioner', 'pope', 'king', 'queen', 'prince', 'princess', 'envoy', 'coach', 'manager',
  'captain', 'skipper', 'boss', 'leader', 'editor', 'founder', 'striker', 'midfielder', 'defender', 'goalkeeper', 'winger', 'singer',
  'actor', 'actress', 'rapper', 'frontman', 'comedian', 'presenter', 'spokesman', 'spokeswoman', 'director',
  'archbishop', 'bishop', 'cardinal', 'rabbi', 'imam', 'judge']);

/**
 * Nicknames of British and European clubs as the BBC writes them, each with the names the clubs
 * go by; a nickname is linked only to a club the same article names (see clusterCandidates).
 */
export const CLUB_NICKNAMES: ReadonlyMap<string, readonly string[]> = new Map(Object.entries({
  gunners: ['arsenal'], blues: ['chelsea', 'birmingham', 'birmingham city', 'everton', 'cardiff', 'cardiff blues', 'leicester'],
  reds: ['liverpool', 'manchester united', 'man utd', 'nottingham forest', 'bristol city', 'munster'],
  'red devils': ['manchester united', 'man utd'], spurs: ['tottenham', 'tottenham hotspur'], hammers: ['west ham', 'west ham united'],
  toffees: ['everton'], magpies: ['newcastle', 'newcastle united', 'notts county'], saints: ['southampton', 'northampton', 'st johnstone', 'st mirren'],
  villans: ['aston villa'], foxes: ['leicester', 'leicester city'], gers: ['rangers', 'glasgow rangers'], hoops: ['celtic', 'qpr', 'queens park rangers'],
  bhoys: ['celtic'], citizens: ['manchester city', 'man city'], canaries: ['norwich', 'norwich city'], baggies: ['west brom', 'west bromwich albion'],
  'black cats': ['sunderland'], rovers: ['blackburn', 'blackburn rovers', 'doncaster rovers', 'bristol rovers'], owls: ['sheffield wednesday'],
  blades: ['sheffield united'], potters: ['stoke', 'stoke city'], addicks: ['charlton', 'charlton athletic'], eagles: ['crystal palace'],
  cottagers: ['fulham'], trotters: ['bolton', 'bolton wanderers'], boro: ['middlesbrough'], 'wolves': ['wolverhampton', 'wolverhampton wanderers'],
  pompey: ['portsmouth'], 'rossoneri': ['ac milan', 'milan'], nerazzurri: ['inter milan', 'inter'], 'bianconeri': ['juventus'],
  'galacticos': ['real madrid'], 'tigers': ['leicester', 'leicester tigers', 'hull', 'hull city'], 'sharks': ['sale', 'sale sharks'],
  'quins': ['harlequins'], 'wasps': ['london wasps'], barca: ['barcelona'], juve: ['juventus'], 'man utd': ['manchester united'], 'man united': ['manchester united'],
  'man city': ['manchester city'], depor: ['deportivo', 'deportivo la coruna'],
}));

/** Suffixes that tell a son from his father, lower case ("Hank Williams Jr", "Sammy Davis Jr."). */
export const GENERATION_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'jr.', 'sr', 'sr.', 'snr', 'snr.', 'jnr', 'jnr.']);

/** Verb forms that agree with a plural subject only ("Italy have", "France are"): a side, not a country. */
export const PLURAL_VERBS: ReadonlySet<string> = new Set(['have', 'are', 'were', "'ve", "'re", '\u2019ve', '\u2019re']);

/** A band member's role: the name before it is a band ("Oasis guitarist Noel Gallagher", "Happy Mondays dancer Bez", "the Black Sabbath singer"). */
export const BAND_ROLES: ReadonlySet<string> = new Set(['guitarist', 'drummer', 'bassist', 'dancer', 'frontman', 'frontwoman', 'vocalist', 'keyboardist', 'singer']);
