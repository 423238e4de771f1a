// Gazetteer of places and well-known organisations, keyed by normalised surface form. Countries,
// capitals and demonyms come from the `world-countries` package; US states, major cities,
// continents and regions, international bodies, government metonyms, parties and news agencies
// are listed here. Lookups are exact on the normalised form of a whole span: "Jordan" is a
// country but "Michael Jordan" never matches it.
import worldCountries, { type Country } from 'world-countries';
import { norm as normalizeName } from './norm.ts';
import type { EntityType } from '../../model/types.ts';

export type PlaceKind = 'country' | 'capital' | 'city' | 'state' | 'region' | 'org';

export interface GazetteerEntry {
  /** Canonical name ("United States"). */
  name: string;
  type: EntityType;
  kind: PlaceKind;
  /** For a capital: the canonical name of its country (used for metonyms: "Washington said"). */
  country?: string;
}

// The JSON default export arrives as the array or wrapped in `default`, depending on the loader.
const countries: Country[] = Array.isArray(worldCountries)
  ? (worldCountries as Country[])
  : (worldCountries as unknown as { default: Country[] }).default;

const entries = new Map<string, GazetteerEntry>();
const demonyms = new Map<string, string>();

function add(surface: string, entry: GazetteerEntry, overwrite = false): void {
  const key = normalizeName(surface);
  if (!key) return;
  if (overwrite || !entries.has(key)) entries.set(key, entry);
}

/** Two-letter and three-letter codes that news writes as names. Others ("RU", "FRA") are too ambiguous. */
const CODE_ALIASES: Record<string, string> = { US: 'United States', USA: 'United States', UK: 'United Kingdom', GB: 'United Kingdom', UAE: 'United Arab Emirates', DRC: 'DR Congo', PRC: 'China' };
const EXTRA_COUNTRY_ALIASES: Record<string, string[]> = {
  'United States': ['U.S.', 'U.S.A.', 'America', 'United States of America', 'the States'],
  'United Kingdom': ['U.K.', 'Britain', 'Great Britain'],
  'Netherlands': ['Holland', 'The Netherlands'],
  'Russia': ['Russian Federation'],
  'China': ["People's Republic of China", 'mainland China'],
  'South Korea': ['Republic of Korea'],
  'North Korea': ['DPRK'],
  'Czechia': ['Czech Republic'],
  'Ivory Coast': ["Cote d'Ivoire"],
  'Myanmar': ['Burma'],
  'DR Congo': ['Democratic Republic of Congo', 'Democratic Republic of the Congo'],
  'Palestine': ['Palestinian territories'],
};
/** Demonyms world-countries lacks or spells otherwise, and plurals. */
const EXTRA_DEMONYMS: Record<string, string[]> = {
  'United Kingdom': ['Briton', 'Britons', 'Brits'],
  'United States': ['Americans', 'US-based'],
  'China': ['Chinese'],
  'Japan': ['Japanese'],
  'Israel': ['Israeli', 'Israelis'],
  'Palestine': ['Palestinian', 'Palestinians'],
  'Philippines': ['Filipino', 'Filipinos', 'Philippine'],
  'Switzerland': ['Swiss'],
  // Nouns for a country's people ("Swede Daniel Persson", "Spaniard Carlos Moya").
  'Sweden': ['Swede', 'Swedes'],
  'Spain': ['Spaniard', 'Spaniards'],
  'France': ['Frenchman', 'Frenchmen', 'Frenchwoman'],
  'Netherlands': ['Dutch', 'Dutchman', 'Dutchmen', 'Dutchwoman'],
  'Ireland': ['Irishman', 'Irishwoman'],
  // ("Pole", "Finn" and "Dane" are left out: "pole position", and given names.)
  'Denmark': ['Danes'],
  'Finland': ['Finns'],
  'Turkey': ['Turk', 'Turks'],
  'Ukraine': ['Ukrainian', 'Ukrainians'],
};
/** Countries whose common name in world-countries is not what news writes. */
const COMMON_NAME: Record<string, string> = { TR: 'Turkey', CZ: 'Czech Republic', CI: 'Ivory Coast', CD: 'DR Congo', CG: 'Republic of the Congo', PS: 'Palestine', MK: 'North Macedonia', VA: 'Vatican City' };

/**
 * world-countries' other spellings that news uses for something else: given names and surnames
 * ("Dominique" de Villepin is no Dominica, "Thomas Mann" no Isle of Man), English words ("Island"
 * is Icelandic for Iceland), the airline Emirates. (Found by checking every spelling
 * against the English word list and the given-name lists.)
 */
const NOT_COUNTRY_NAMES = new Set(['Dominique', 'Mann', 'Mannin', 'Island', 'Emirates']);

const demonymOwner = new Map<string, Country>();
for (const c of countries) {
  const name = COMMON_NAME[c.cca2] ?? c.name.common;
  const country: GazetteerEntry = { name, type: 'LOC', kind: 'country' };
  add(name, country, true);
  add(c.name.common, country, true);
  add(c.name.official, country);
  for (const alt of c.altSpellings) if (alt.length > 3 && !NOT_COUNTRY_NAMES.has(alt)) add(alt, country);
  const cap = c.capital[0];
  if (cap) {
    const capital: GazetteerEntry = { name: cap.replace(/\bD\.C\.$/, 'DC'), type: 'LOC', kind: 'capital', country: name };
    add(cap, capital);
    if (cap === 'Washington D.C.') add('Washington', { ...capital, name: 'Washington' });
  }
  const eng = c.demonyms?.eng;
  for (const d of [eng?.m, eng?.f]) {
    if (!d || d.length < 4) continue;
    // "Indian" is also the demonym of the British Indian Ocean Territory: a UN member keeps it over a dependency.
    const owner = demonymOwner.get(d.toLowerCase());
    if (owner && (owner.unMember || !c.unMember)) continue;
    demonymOwner.set(d.toLowerCase(), c);
    demonyms.set(d.toLowerCase(), name);
    if (!d.endsWith('s') && !d.endsWith('sh') && !d.endsWith('ese')) demonyms.set(`${d.toLowerCase()}s`, name);
  }
}
for (const [code, name] of Object.entries(CODE_ALIASES)) add(code, entries.get(normalizeName(name))!, true);
for (const [name, alts] of Object.entries(EXTRA_COUNTRY_ALIASES)) {
  const e = entries.get(normalizeName(name));
  if (e) for (const alt of alts) add(alt, e, true);
}
for (const [name, ds] of Object.entries(EXTRA_DEMONYMS)) for (const d of ds) demonyms.set(d.toLowerCase(), name);
// "British" is the UK's demonym; "English", "Scottish" and "Welsh" name the nations below.
// (Not "Scotsman": The Scotsman is a newspaper.)
for (const [name, ds] of Object.entries({ England: ['English', 'Englishman', 'Englishmen'], Scotland: ['Scottish', 'Scots', 'Scot'],
  Wales: ['Welsh', 'Welshman', 'Welshmen'], 'Northern Ireland': ['Northern Irish'] })) {
  add(name, { name, type: 'LOC', kind: 'country' }, true);
  for (const d of ds) demonyms.set(d.toLowerCase(), name);
}
// Countries of the 20th century that news still names.
for (const [name, alts] of Object.entries({ 'Soviet Union': ['USSR', 'U.S.S.R.'], Yugoslavia: [], Czechoslovakia: [], 'East Germany': [], 'West Germany': [] })) {
  const e: GazetteerEntry = { name, type: 'LOC', kind: 'country' };
  add(name, e, true);
  for (const a of alts) add(a, e, true);
}
demonyms.set('soviet', 'Soviet Union');
// Continents and regions have demonyms too ("North American box office", "European leaders").
for (const [name, ds] of Object.entries({ Europe: ['European', 'Europeans'], Africa: ['African'], Asia: ['Asian'], 'North America': ['North American'],
  'South America': ['South American'], 'Latin America': ['Latin American'], 'Middle East': ['Middle Eastern'], Scandinavia: ['Scandinavian'] })) {
  for (const d of ds) demonyms.set(d.toLowerCase(), name);
}
// Demonyms that are far more often something else in news text.
for (const d of ['american samoan', 'christmas islander', 'guinean', 'chadian', 'jersey', 'man']) demonyms.delete(d);

const US_STATES = `Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii
Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota
Mississippi Missouri Montana Nebraska Nevada New_Hampshire New_Jersey New_Mexico New_York_State North_Carolina
North_Dakota Ohio Oklahoma Oregon Pennsylvania Rhode_Island South_Carolina South_Dakota Tennessee Texas
Utah Vermont Virginia Washington_State West_Virginia Wisconsin Wyoming`;
for (const s of US_STATES.split(/\s+/)) add(s.replace(/_/g, ' '), { name: s.replace(/_/g, ' '), type: 'LOC', kind: 'state' });

const CITIES = `New_York New_York_City Los_Angeles Chicago Houston Phoenix Philadelphia San_Antonio San_Diego Dallas
San_Francisco Seattle Boston Detroit Miami Atlanta Denver Las_Vegas Baltimore Pittsburgh Cleveland
New_Orleans Minneapolis St_Louis Silicon_Valley Hollywood Manhattan Brooklyn Toronto Montreal Vancouver
Sydney Melbourne Brisbane Perth Auckland Mumbai Bombay Delhi New_Delhi Bangalore Kolkata Calcutta Chennai
Hyderabad Karachi Lahore Islamabad Shanghai Hong_Kong Shenzhen Guangzhou Osaka Kyoto Yokohama Nagano
Seoul Pyongyang Bangkok Jakarta Manila Singapore Kuala_Lumpur Hanoi Ho_Chi_Minh_City Dubai Abu_Dhabi
Doha Riyadh Jeddah Mecca Tehran Baghdad Basra Mosul Damascus Aleppo Beirut Jerusalem Tel_Aviv Gaza
Cairo Alexandria Istanbul Ankara Athens Rome Milan Naples Turin Venice Florence Madrid Barcelona
Valencia Seville Lisbon Porto Paris Marseille Lyon Nice Brussels Antwerp Amsterdam Rotterdam The_Hague
Geneva Zurich Bern Vienna Berlin Munich Frankfurt Hamburg Cologne Stuttgart Prague Warsaw Krakow
Budapest Bucharest Sofia Belgrade Zagreb Kiev Kyiv Kharkiv Odessa Minsk Moscow St_Petersburg Stockholm
Oslo Copenhagen Helsinki Dublin Belfast Edinburgh Glasgow Cardiff London Manchester Liverpool
Birmingham Leeds Sheffield Bristol Newcastle Nottingham Leicester Southampton Oxford Cambridge
Brighton Aberdeen Dundee Swansea Westminster Johannesburg Cape_Town Durban Pretoria Lagos Abuja Nairobi
Kampala Addis_Ababa Khartoum Kinshasa Harare Accra Dakar Algiers Tunis Tripoli Casablanca Rabat Mogadishu
Mexico_City Sao_Paulo Rio_de_Janeiro Buenos_Aires Santiago Lima Bogota Caracas Havana Kabul Kandahar
Dhaka Colombo Kathmandu Beijing Tokyo Taipei Canberra Ottawa Wellington Brasilia Davos Strasbourg
Luxembourg Monaco Kolkata Srinagar Lhasa Kobe Sapporo Hiroshima Nagasaki Fukushima Wuhan Macau`;
for (const s of CITIES.split(/\s+/)) add(s.replace(/_/g, ' '), { name: s.replace(/_/g, ' '), type: 'LOC', kind: 'city' });
add('LA', { name: 'Los Angeles', type: 'LOC', kind: 'city' }, true);
add('Washington DC', { name: 'Washington DC', type: 'LOC', kind: 'capital', country: 'United States' }, true);
add('Washington D.C.', { name: 'Washington DC', type: 'LOC', kind: 'capital', country: 'United States' }, true);
add('Washington', { name: 'Washington', type: 'LOC', kind: 'capital', country: 'United States' }, true);
add('Kiev', { name: 'Kyiv', type: 'LOC', kind: 'capital', country: 'Ukraine' }, true);
add('Kyiv', { name: 'Kyiv', type: 'LOC', kind: 'capital', country: 'Ukraine' }, true);

const REGIONS = `Europe Asia Africa Americas Antarctica Oceania North_America South_America Latin_America Central_America
Middle_East Far_East Near_East East_Asia South_Asia Southeast_Asia South-East_Asia Central_Asia
Eastern_Europe Western_Europe Central_Europe Northern_Europe Southern_Europe Scandinavia Balkans
Caribbean Mediterranean Baltic Baltics Gulf Persian_Gulf Crimea Kashmir West_Bank Gaza_Strip Siberia
Tibet Donbas Donbass Kurdistan Sahara Sahel Pacific Atlantic Arctic Indian_Ocean Horn_of_Africa
Sub-Saharan_Africa Darfur Chechnya Kosovo Catalonia Basque_Country Bavaria Flanders Wallonia
Punjab Bengal Kerala Gujarat Xinjiang Tibet Hokkaido Okinawa Quebec Ontario Alberta British_Columbia
Queensland Tasmania Yorkshire Lancashire Kent Essex Surrey Sussex Cornwall Devon Merseyside
Midlands West_Midlands East_Anglia Highlands Ulster Home_Counties Balkan Alps Himalayas
Patagonia Anatolia Normandy Brittany Provence Tuscany Sicily Sardinia Corsica Crete Borneo Sumatra
Java Mindanao Bali Hawaii Silicon_Valley Wall_Street Latin_America`;
for (const s of REGIONS.split(/\s+/)) add(s.replace(/_/g, ' '), { name: s.replace(/_/g, ' '), type: 'LOC', kind: 'region' });

/**
 * Inhabitants of states and cities ("Texan Michael Chicoine", "a Californian court", "grieving
 * Liverpudlians"): like a country's demonym, the word stands for the place. Only words that name
 * nothing else in news: "Londoners" is often a London club, "Georgian" a country or an era.
 */
const PLACE_DEMONYMS: Record<string, string[]> = {
  Texas: ['Texan', 'Texans'], California: ['Californian', 'Californians'], Florida: ['Floridian', 'Floridians'],
  'New York': ['New Yorker', 'New Yorkers'], Alaska: ['Alaskan', 'Alaskans'], Hawaii: ['Hawaiian', 'Hawaiians'],
  Arizona: ['Arizonan', 'Arizonans'], Oklahoma: ['Oklahoman', 'Oklahomans'], Louisiana: ['Louisianan', 'Louisianans'],
  Ohio: ['Ohioan', 'Ohioans'], Oregon: ['Oregonian', 'Oregonians'], Minnesota: ['Minnesotan', 'Minnesotans'],
  Liverpool: ['Liverpudlian', 'Liverpudlians'], Glasgow: ['Glaswegian', 'Glaswegians'], Manchester: ['Mancunian', 'Mancunians'],
  Chicago: ['Chicagoan', 'Chicagoans'], Boston: ['Bostonian', 'Bostonians'], Quebec: ['Quebecer', 'Quebecers', 'Quebecois'],
  Bavaria: ['Bavarian', 'Bavarians'], Sicily: ['Sicilian', 'Sicilians'], Kashmir: ['Kashmiri', 'Kashmiris'],
};
for (const [place, ds] of Object.entries(PLACE_DEMONYMS)) {
  if (!entries.has(normalizeName(place))) throw new Error(`gazetteer: the place of the demonyms ${ds.join(', ')} (${place}) is no entry; add it first.`);
  for (const d of ds) demonyms.set(d.toLowerCase(), place);
}

/** Organisations news names without cue words, with their usual short forms. */
const ORGS: Record<string, string[]> = {
  'United Nations': ['UN', 'U.N.'],
  // Groups of countries that act as one: "G7 finance ministers agreed".
  'G7': ['G-7', 'Group of Seven'], 'G8': ['G-8', 'Group of Eight'], 'G20': ['G-20', 'Group of 20'],
  'European Union': ['EU', 'E.U.'],
  'NATO': ['Nato', 'North Atlantic Treaty Organization', 'North Atlantic Treaty Organisation'],
  'World Health Organization': ['WHO', 'World Health Organisation'],
  'International Monetary Fund': ['IMF'],
  'World Bank': [],
  'World Trade Organization': ['WTO', 'World Trade Organisation'],
  'OPEC': ['Opec'],
  'Red Cross': [],
  'FBI': [],
  'CIA': [],
  'NASA': ['Nasa'],
  'Pentagon': [],
  'Kremlin': [],
  'White House': [],
  'Congress': [],
  'Senate': [],
  'House of Commons': ['Commons'],
  'House of Lords': ['Lords'],
  // ("Number 10" is the prime minister's office in Downing Street: one body.)
  'Downing Street': ['Number 10', 'No 10', 'No. 10', 'Number Ten'],
  'Treasury': [],
  'Home Office': [],
  'Foreign Office': [],
  'European Commission': [],
  'European Parliament': [],
  'Federal Reserve': ['Fed'],
  'Bank of England': [],
  'BBC': ['British Broadcasting Corporation'],
  'Reuters': [],
  'AFP': ['Agence France-Presse', 'Agence France Presse'],
  'Associated Press': ['AP'],
  'ANI': ['Asian News International'],
  'PTI': ['Press Trust of India'],
  'IANS': [],
  'Xinhua': [],
  'Sputnik': [],
  'TASS': ['Tass'],
  'Interfax': [],
  'Bloomberg': [],
  'CNN': [],
  'Al Jazeera': [],
  'Kyodo': [],
  'Yonhap': [],
  'UPI': [],
  'ITV': ['ITV1'],
  'GMTV': [],
  'Sky': [], 'Sky One': [],
  // Papers named with "on Sunday", which read as a date otherwise.
  'Mail on Sunday': [], 'Independent on Sunday': [], 'Scotland on Sunday': [], 'News of the World': [],
  'Channel 4': [],
  'Sky News': [],
  'Labour Party': ['Labour'],
  'Conservative Party': ['Conservatives', 'Tories', 'Tory', 'Conservative'],
  'Liberal Democrats': ['Liberal Democrat', 'Lib Dems', 'Lib Dem'],
  'Scottish National Party': ['SNP'],
  'UK Independence Party': ['UKIP', 'Ukip'],
  'Plaid Cymru': [],
  'Green Party': ['Greens'],
  'Democratic Party': ['Democrats', 'Democrat'],
  'Republican Party': ['Republicans', 'GOP'],
  'Sinn Fein': [],
  'Democratic Unionist Party': ['DUP'],
  'Hamas': [],
  'Hezbollah': [],
  'Taliban': [],
  'al-Qaeda': ['al Qaeda', 'al-Qaida', 'Al-Qaeda'],
  'Google': [],
  'Microsoft': [],
  'Apple': [],
  'Amazon.com': ['Amazon'],
  'Sony': [],
  'Nintendo': [],
  'Yahoo': [],
  'eBay': [],
  // File-sharing networks that news of the music industry's lawsuits names without a cue.
  'Kazaa': [], 'Grokster': [], 'eDonkey': [], 'BitTorrent': [],
  'Vodafone': [], 'Orange': [], 'T-Mobile': [], 'O2': [],
  'IBM': [],
  'Intel': [],
  'Nokia': [],
  'Samsung': [],
  'Toyota': [],
  'Boeing': [],
  'Airbus': [],
  // Security services, broadcasters, sports bodies, regulators and charities that news names without a cue.
  'MI5': [], 'MI6': [], 'GCHQ': [], 'NSA': [], 'KGB': [], 'FSB': [], 'Mossad': [], 'Interpol': [], 'Europol': [],
  'Scotland Yard': [], 'Metropolitan Police': ['Met Police'],
  'CBS': [], 'NBC': [], 'HBO': [], 'MTV': [], 'Fox News': [], 'Channel 5': [], 'BBC One': ['BBC1'], 'BBC Two': ['BBC2'],
  'Radio 4': [], 'Radio 1': [], 'S4C': [], 'RTE': [], 'CNBC': [], 'BSkyB': [],
  'FIFA': ['Fifa'], 'UEFA': ['Uefa'], 'International Olympic Committee': ['IOC'], 'Football Association': ['FA'],
  'Rugby Football Union': ['RFU'], 'International Rugby Board': ['IRB'], 'ICC': [], 'IAAF': [], 'WADA': ['Wada'],
  'Ofcom': [], 'Ofsted': [], 'Ofgem': [], 'Ofwat': [], 'Financial Services Authority': ['FSA'], 'Office of Fair Trading': ['OFT'],
  'Securities and Exchange Commission': ['SEC'], 'European Central Bank': ['ECB'], 'NHS': ['National Health Service'],
  'Amnesty International': ['Amnesty'], 'Greenpeace': [], 'Oxfam': [], 'Human Rights Watch': [], 'Red Crescent': [],
  'BT': ['British Telecom'], 'Tesco': [], 'Sainsbury\'s': [], 'Marks & Spencer': ['M&S'], 'Royal Dutch Shell': [],
  'BP': [], 'General Motors': ['GM'], 'Volkswagen': ['VW'], 'Nissan': [], 'Honda': [], 'Siemens': [],
  'Hewlett-Packard': ['HP'], 'Dell': [], 'Oracle': [], 'Cisco': [], 'AOL': [], 'Time Warner': [], 'Disney': [], 'Warner Bros': [],
  'EMI': [], 'Vivendi': [], 'Napster': [], 'Sun Microsystems': [], 'Motorola': [], 'Ericsson': [],
  // Large companies news names bare. (Not those whose names are common words or surnames, such as
  // Next, Target, Total, Sharp, Boots or Ford: the gazetteer would type every use.)
  'Wal-Mart': ['Walmart', 'Wal-Mart Stores'], 'Asda': [], 'Morrisons': [], 'Woolworths': [], 'Kingfisher': [], 'Carrefour': [], 'Ahold': [],
  'Kmart': [], 'Costco': [], 'Home Depot': [],
  'DaimlerChrysler': [], 'Fiat': [], 'Renault': [], 'Peugeot': ['PSA Peugeot Citroen'], 'BMW': [], 'Hyundai': [], 'Mitsubishi': [], 'Volvo': [],
  'ExxonMobil': ['Exxon Mobil', 'Exxon'], 'Chevron': ['ChevronTexaco'], 'Gazprom': [], 'Yukos': [], 'Rosneft': [], 'Lukoil': [],
  'Citigroup': [], 'HSBC': [], 'Barclays': [], 'Lloyds TSB': [], 'Royal Bank of Scotland': ['RBS'], 'HBOS': [], 'Deutsche Bank': [], 'Deutsche Boerse': ['Deutsche Börse'], 'Deutsche Telekom': [], 'Deutsche Post': [], 'Euronext': [], 'UBS': [],
  'Credit Suisse': [], 'Goldman Sachs': [], 'Morgan Stanley': [], 'JP Morgan': ['JPMorgan', 'JP Morgan Chase'], 'Merrill Lynch': [], 'AIG': [],
  'Allianz': [], 'AXA': [], 'Aviva': [], 'Prudential': [], 'Swiss Re': [], 'Munich Re': [],
  'Nestle': ['Nestlé'], 'Unilever': [], 'Procter & Gamble': ['P&G'], 'Coca-Cola': ['Coke'], 'PepsiCo': ['Pepsi'], "McDonald's": [], 'Starbucks': [],
  'Nike': [], 'Adidas': [], 'Reebok': [], 'Kraft Foods': ['Kraft'], 'Cadbury Schweppes': [], 'Diageo': [],
  'Philips': [], 'Panasonic': [], 'Toshiba': [], 'Hitachi': [], 'Fujitsu': [], 'Canon': [], 'Nikon': [], 'LG': [], 'Lenovo': [], 'Alcatel': [],
  'Nortel': [], 'Qualcomm': [], 'AMD': [], 'Nvidia': [], 'Symantec': [], 'McAfee': [], 'RealNetworks': [], 'Lycos': [], 'Ask Jeeves': [],
  'British Airways': ['BA'], 'Ryanair': [], 'easyJet': ['Easyjet'], 'Lufthansa': [], 'Air France': [], 'KLM': [], 'Qantas': [],
  'Virgin Atlantic': [], 'United Airlines': [], 'American Airlines': [],
  // Bodies news names by one capitalised word or a phrase that starts with a function word.
  'Cabinet': [], 'All Blacks': [],
  'News Corporation': ['News Corp'], 'Viacom': [], 'Sony BMG': [], 'Warner Music': [], 'Pixar': [], 'DreamWorks': [], 'Paramount': [], 'Miramax': [],
  // Football clubs whose names are no place alone ("Sheffield Wednesday", not "Chelsea" or "Liverpool",
  // which the sports-report rules type by context).
  'West Ham United': ['West Ham'], 'Sheffield Wednesday': [], 'Sheffield United': [], 'Aston Villa': [], 'Crystal Palace': [],
  'West Bromwich Albion': ['West Brom'], 'Queens Park Rangers': ['QPR'], 'Tottenham Hotspur': [], 'Manchester United': ['Man Utd', 'Man United'],
  'Manchester City': ['Man City'], 'Newcastle United': [], 'Leeds United': [], 'Blackburn Rovers': [], 'Bolton Wanderers': [],
  'Wolverhampton Wanderers': [], 'Charlton Athletic': [], 'Arsenal': [], 'Real Madrid': [], 'Inter Milan': [], 'AC Milan': [], 'Bayern Munich': [], 'Juventus': [],
};
for (const [name, alts] of Object.entries(ORGS)) {
  const e: GazetteerEntry = { name, type: 'ORG', kind: 'org' };
  add(name, e, true);
  for (const alt of alts) add(alt, e, true);
}

/**
 * Most spans looked up are no entry; these tables tell many of them without normalising. A
 * surface of at most three ASCII letters and digits normalises to itself in lower case, so it is
 * an entry only if that is a key (`shortKeys`, by length). A longer one whose first three are
 * such characters keeps them in front (lower-cased) unless it starts with "the" and a separator,
 * which normalising drops; so when they start no key (`keyPrefixes`) it is no entry either.
 * Likewise its last three, when they are such characters, end its key (normalising changes only
 * other characters: no "'s" or separator is among them), so when they end no key (`keySuffixes`)
 * it is no entry: this tells most personal names ("Tony Blair"), whose first letters often start a key.
 * Bit sets over codes of one to three characters (see `code`).
 */
const keyPrefixes = new Uint32Array(Math.ceil(36 ** 3 / 32));
const keySuffixes = new Uint32Array(Math.ceil(36 ** 3 / 32));
const shortKeys = [new Uint32Array(2), new Uint32Array(Math.ceil(36 ** 2 / 32)), new Uint32Array(Math.ceil(36 ** 3 / 32))];
/** 0-35 for an ASCII digit or letter (either case), else -1. */
function alnumIndex(c: number): number {
  if (c >= 97 && c <= 122) return c - 87;
  if (c >= 65 && c <= 90) return c - 55;
  return c >= 48 && c <= 57 ? c - 48 : -1;
}
/** The code of a string's first `n` characters (from `from`) when they are ASCII letters or digits, else -1. */
function code(s: string, n: number, from = 0): number {
  let v = 0;
  for (let i = from; i < from + n; i++) {
    const a = alnumIndex(s.charCodeAt(i));
    if (a < 0) return -1;
    v = v * 36 + a;
  }
  return v;
}
const hasBit = (bits: Uint32Array, v: number): boolean => (bits[v >>> 5] & (1 << (v & 31))) !== 0;
const setBit = (bits: Uint32Array, v: number): void => { bits[v >>> 5] |= 1 << (v & 31); };
for (const key of entries.keys()) {
  if (key.length <= 3) {
    const v = code(key, key.length);
    if (v >= 0) setBit(shortKeys[key.length - 1], v);
  }
  // A longer surface may still normalise to a three-letter key ("USA's").
  const v = key.length >= 3 ? code(key, 3) : -1;
  if (v >= 0) setBit(keyPrefixes, v);
  const w = key.length >= 3 ? code(key, 3, key.length - 3) : -1;
  if (w >= 0) setBit(keySuffixes, w);
}
/** Surely no entry, told from the first characters alone (see keyPrefixes). */
function surelyAbsent(surface: string): boolean {
  const n = surface.length;
  if (n === 0) return false;
  if (n <= 3) {
    const v = code(surface, n);
    return v >= 0 && !hasBit(shortKeys[n - 1], v);
  }
  const w = code(surface, 3, n - 3);
  if (w >= 0 && !hasBit(keySuffixes, w)) return true;
  const v = code(surface, 3);
  if (v < 0 || hasBit(keyPrefixes, v)) return false;
  // "The Hague" normalises to "hague"; "Thessaloniki" keeps its "the".
  const startsThe = (surface.charCodeAt(0) | 32) === 116 && (surface.charCodeAt(1) | 32) === 104 && (surface.charCodeAt(2) | 32) === 101;
  return !startsThe || alnumIndex(surface.charCodeAt(3)) >= 0;
}

/** Short forms that are ordinary words in lower case ("who", "us", "ap"): they match only in capitals. */
const UPPER_ONLY = new Set(['who', 'ap', 'us', 'un', 'eu', 'gop', 'fed', 'la']);

/** The gazetteer entry for a span's surface form, or undefined. */
export function lookupPlaceOrOrg(surface: string): GazetteerEntry | undefined {
  if (surelyAbsent(surface)) return undefined;
  const key = normalizeName(surface);
  const e = entries.get(key);
  if (!e) return undefined;
  if (UPPER_ONLY.has(key) && key !== 'fed' && surface !== surface.toUpperCase()) return undefined;
  if (key === 'fed' && surface !== 'Fed') return undefined;
  return e;
}

/**
 * "the Irish", "the Italians", "the Chinese": a plural or collective demonym (lower case),
 * which stands for a nation or its team; "the American", "the Briton" is one person.
 */
export function isCollectiveDemonym(lower: string): boolean {
  return /(s|sh|ch|ese)$/.test(lower);
}

/** The country a demonym names ("Russian" -> "Russia"), or undefined. */
export function countryOfDemonym(word: string): string | undefined {
  return demonyms.get(word.toLowerCase());
}

/** `countryOfDemonym` of a word already in lower case. */
export function countryOfLowerDemonym(lower: string): string | undefined {
  return demonyms.get(lower);
}

/**
 * The gazetteer entry of the place a demonym names, by canonical name: a country, or a region, state
 * or city for regional and local demonyms ("European", "Texan", "New Yorker").
 */
export function countryEntry(name: string): GazetteerEntry | undefined {
  const e = entries.get(normalizeName(name));
  return e && e.type === 'LOC' ? e : undefined;
}
