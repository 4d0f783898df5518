import type { Mention, TextSpan } from '../../story/model.ts';
import { firstStartingFrom } from '../../story/selectors.ts';
import {
  type Gazetteer,
  type GazetteerEntry,
  type GazetteerMatch,
  kmBetween,
  nameKey,
  namesArea,
  settlement,
} from '../gazetteer/gazetteer.ts';
import { CLAUSE_CHAR, LIST_ITEM, LIST_REST } from './clauses.ts';
import { datelinePlacesLength } from './dateline.ts';
import { HOLIDAY_NAME, MONTHS, WEEKDAYS } from './timex-lexicon.ts';
import {
  adjacent,
  describedAs,
  FUNCTION_WORDS,
  HOLDING_SUFFIX,
  IRREGULAR_PASTS,
  JOINED_ARTICLE,
  MEDIUM_BEFORE,
  NAME_PARTICLES,
  NAMED_THING,
  OWNER_BEFORE,
  PLACE_HEAD,
  PLACE_NOUN,
  ROLE_NOUN,
  TOWN_NOUN,
  TOWN_PART,
  type Token,
  titleCase,
  tokenize,
  VESSEL_BEFORE,
  VESSEL_NAMING,
} from './tokens.ts';

/** A place found in the text with its mentions, before ids are given. */
export interface PlaceCandidate {
  entry: GazetteerEntry;
  aliases: Set<string>;
  mentions: Mention[];
  demonyms: Mention[];
  descriptions: Mention[];
}

interface Hit extends TextSpan {
  surface: string;
  matches: readonly GazetteerMatch[];
  demonym: boolean;
  initial: boolean;
  /** Opens its sentence, and the text writes the word in lower case too: "Van ..." and "a van". */
  initialWord?: boolean;
  /** A capitalised word touches the name: it is likely part of a longer name ("Grand Prairie"). */
  inLongerName: boolean;
  /** ... past a particle: "Pescara del Tronto", a hamlet, is not Pescara. */
  particleRunOn?: boolean;
  /** A capitalised word other than a compass point opens the name: "the Sierra Nevada". */
  afterName: boolean;
  /** ... in a sentence not written in title case, and not a word that places a town's part. */
  afterOtherName: boolean;
  /** ... whether or not that word names an area itself: "Seoul Central District Court". */
  nameBefore: boolean;
  /** A capitalised word follows, touching: "Pacific Economic" in "Asia-Pacific Economic Cooperation". */
  nameAfter: boolean;
  /** The capitalised word right before the name, if any: "Desire" of "Desire Doue". */
  wordBefore: string;
  /** Between an owner's word and a noun in lower case: "its Falcon sensor software". */
  ownedModifier: boolean;
  /** Before a noun in lower case it describes: "New York sky", "the Seoul office". */
  beforeNoun: boolean;
  /** A hyphened pair it opens runs on into a longer name: "Asia-Pacific Economic Cooperation". */
  pairRunsOn: boolean;
  /** A word that opens places' names precedes it: "Lake Ontario", "Mount Lebanon". */
  afterPlaceHead: boolean;
  /** A region's short form after a town and a comma: "Paradise, Calif.", "Buffalo, NY". */
  abbreviation: boolean;
  /** A compass word before it: "West Midlands" is not Midlands. */
  afterCompass: boolean;
  /** The compass word is an adjective for a part of it: "Southern California" is California's. */
  afterPartWord: boolean;
  /** It opens a company's name: "Metz Fresh LLC", "Korea Electric Power Corp". */
  inCompanyName: boolean;
  /**
   * It names an institution or a currency, not a place, whatever its kind: "University of
   * California", "China Daily", "the Times of India", "US$".
   */
  notPlace: boolean;
  /** A name given to something: "known as Rengo", "a group called Wagner". */
  givenName: boolean;
  /** The country whose possessive comes right before it: JP for "Japan's Noto peninsula". */
  owner: string | null;
  /** A dateline in capitals: "ROME —", "LIMA, Nov 22 (Reuters) -". */
  dateline: boolean;
  /** No name matches it, only a region's romanised another way: "Menoufia" for Monufia. */
  resembles: boolean;
  /** A preposition of place before it: "in the EU", "across Europe". */
  locative: boolean;
  /**
   * "to" or "at" before it, or what a journey is bound for: "fly to New York", "a jet bound for
   * New York", "a New York-bound jet" are the city, as "in New York" is; so is a city's own
   * body, "the New York Stock Exchange".
   */
  reached: boolean;
  /** A feature word follows in lower case: "the Guaiba river" is not the town of Guaíba. */
  beforeFeatureWord: boolean;
  /**
   * After "the" and before no noun of its own: "crossed the Rio Grande from El Paso" is a
   * river's name, no town's (but "the Seoul government" is Seoul's).
   */
  theFeature: boolean;
  /**
   * After "the" and before a verb, the subject of a clause: "The Costa Concordia hit a rock",
   * "The Concordia had left port" is a craft's or a thing's name, no small town's.
   */
  theSubject: boolean;
  /**
   * Right before a verb of telling, no preposition before it: "Meta said it had removed
   * accounts" (a company, where the name is a far region's or a small town's).
   */
  speaker: boolean;
  /** Before "island": a feature, but one its own province may be named after. */
  beforeIsland: boolean;
  /**
   * Before "desert", "mountains" or "hills": land a state or a country may hold ("the Texas
   * desert").
   */
  beforeLand: boolean;
  /** Before a building it may name: "Notre-Dame cathedral". */
  beforeBuilding: boolean;
  /** Before a square's or a street's word: "Sukhbaatar Square" is no province. */
  beforeStreet: boolean;
  /** Before a road's word: "Paulista Avenue", "Madison Avenue" are in no town of the name. */
  beforeRoad: boolean;
  /** A word for a region frames it: "the province of Corrientes", "Washington state". */
  regionCue: boolean;
  /** A word for a town frames it: "the city of Valencia" is not the region of Valencia. */
  cityCue: boolean;
  /** A word for a county or a district follows it: "Goseong county" is no town of the name. */
  adminCue: boolean;
  /** The text calls it a part of a town: "Villa Independencia, a neighbourhood on the edge of". */
  partCue: boolean;
  /** The country a people's word puts it in: "the Indonesian island of Flores" (ISO code). */
  countryCue: string | null;
  /** Paired with an adjective before a noun: "the Arab and Muslim world" (not Arab, Alabama). */
  adjectivePair: boolean;
  /**
   * It holds what follows: "Russian-held Donetsk", "Indian-administered Kashmir" lie outside
   * the holder's own land, so the holder says nothing of where the places near it are.
   */
  holder: boolean;
}

/** A hit with no flag raised: what the name itself says, and nothing around it. */
const PLAIN = {
  demonym: false,
  abbreviation: false,
  initial: false,
  dateline: false,
  inLongerName: false,
  nameAfter: false,
  wordBefore: '',
  ownedModifier: false,
  beforeNoun: false,
  pairRunsOn: false,
  afterName: false,
  afterOtherName: false,
  nameBefore: false,
  afterPlaceHead: false,
  afterCompass: false,
  afterPartWord: false,
  inCompanyName: false,
  notPlace: false,
  givenName: false,
  owner: null,
  resembles: false,
  locative: false,
  reached: false,
  beforeFeatureWord: false,
  theFeature: false,
  theSubject: false,
  speaker: false,
  beforeIsland: false,
  beforeLand: false,
  beforeBuilding: false,
  beforeStreet: false,
  beforeRoad: false,
  regionCue: false,
  cityCue: false,
  adminCue: false,
  partCue: false,
  countryCue: null,
  adjectivePair: false,
  holder: false,
} satisfies Omit<Hit, keyof TextSpan | 'surface' | 'matches'>;

/** Words for a first-level region, in either case ("Corrientes Province", "Toyama prefecture"). */
const REGION_WORDS =
  '[Pp]rovince|[Ss]tate|[Rr]egion|[Pp]refecture|[Gg]overnorate|[Oo]blast|[Tt]erritory';
/** "the state of", "upstate": what puts a region's name before the region. */
const REGION_BEFORE = new RegExp(
  `\\b(?:(?:${REGION_WORDS})[ \\t]+of|[Uu]pstate|[Dd]ownstate)[ \\t]+$`,
);

/** "Democratic Republic of (the) Congo": the short name a country's long name ends in. */
const LONG_NAME_TAIL = /\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)$/u;

/**
 * "the city of", "the port town of": what puts a town's name after the town (as "Kano city"
 * does); "the towns of Nacogdoches and ": and each name of a list the text calls towns.
 */
const CITY_BEFORE =
  /\b(?:(?:[Cc]ity|[Tt]own|[Vv]illage)[ \t]+of[ \t]+|(?:[Cc]ities|[Tt]owns|[Vv]illages)[ \t]+of[ \t]+(?:\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*)*(?:,[ \t]+|,?[ \t]+(?:and|or)[ \t]+))*)$/u;
/** "Seosan, a city on the west coast, recorded": the text calls the name a town after it. */
const TOWN_APPOSITION = describedAs(TOWN_NOUN);
/** "Villa Independencia, a neighbourhood on the eastern edge of": the text calls it a town's part. */
const PART_APPOSITION = describedAs(TOWN_PART);

/** "the Indonesian island of ", "the eastern Libyan city of ": a people's word and a feature. */
const PEOPLES_FEATURE_OF =
  /\b(\p{Lu}[\p{L}-]+(?:[ \t]+\p{Lu}[\p{L}-]+)?)[ \t]+(?:island|city|town|village|province|region|state|port|resort|district|county)[ \t]+of[ \t]+$/u;

/** "Indonesia's ", "South Korea's ": a name that owns the one after it. */
const OWNER = /\b(\p{Lu}[\p{L}.-]+(?:[ \t]+\p{Lu}[\p{L}.-]+)?)['’]s[ \t]+$/u;

/**
 * The country a people's word before a feature names ("the Mexican resort of "), or a country
 * that owns the name ("Indonesia's Flores island"), or null.
 */
function countryCue(before: string, gazetteer: Gazetteer): string | null {
  const owner = OWNER.exec(before)?.[1];
  const owning = owner
    ? gazetteer.lookup(nameKey(owner)).find((m) => m.entry.kind === 'country' && !m.alternate)
    : undefined;
  if (owning) return owning.entry.country;
  const m = PEOPLES_FEATURE_OF.exec(before);
  if (!m?.[1]) return null;
  // ("the South Korean city of": the two words, else the last one.)
  const d =
    gazetteer.demonym(nameKey(m[1])) ??
    gazetteer.demonym(nameKey(m[1].split(/[ \t]+/).at(-1) ?? ''));
  return d?.kind === 'country' ? d.country : null;
}

/** The names before a word: "X", "X and Y", "X, Y and Z" (capitalised), then that word. */
const namesThen = (words: string) =>
  new RegExp(
    `^(?:(?:,|,?[ \\t]+(?:and|or))[ \\t]+\\p{Lu}[\\p{L}'’-]*(?:[ \\t]+\\p{Lu}[\\p{L}'’-]*)?){0,3}[ \\t]+(?:${words})\\b`,
    'u',
  );
/** ("Tehran and Iranian state media": a word a region's names end in, before what it runs, is none.) */
const STATE_AS_ADJECTIVE = String.raw`(?![-‐]|[ \t]+(?:media|television|TV|news|broadcaster|radio|newspaper|agency|run|owned|funeral|visit|banquet|dinner)\b)`;
/**
 * "Corrientes province", and each of "Niigata and Toyama prefectures" (names capitalised); not
 * "Seoul" in "Seoul and Gyeonggi Province", whose capitalised singular is the last name's own.
 * And "Cebu Governor Pamela Baricuatro": a governor's is a region.
 */
const REGION_AFTER = new RegExp(
  `^[ \\t]+(?:${REGION_WORDS})s?\\b|^[ \\t]+(?:Governor|Gov\\.)[ \\t]+\\p{Lu}|${namesThen(`(?:${REGION_WORDS})s|${REGION_WORDS.toLowerCase().replace(/\[(\w)\w\]/g, '$1')}`).source}${STATE_AS_ADJECTIVE}`,
  'u',
);
/** Each of "Fulton, Peoria and Tazewell counties": second-level areas. */
const COUNTY_AFTER = namesThen('[Cc]ounties|[Pp]arishes|[Bb]oroughs');
/** ... but "Canton, Fulton County" is a town and its county: the singular follows its name. */
const COUNTY_NEXT = /^[ \t]+(?:County|Parish|Borough)\b/;

/** What a place hosts, named after it: "Sochi Winter Olympics", "Boston Marathon". */
const HOSTED_AFTER =
  /^[ \t]+(?:(?:Winter|Summer|Youth|Special)[ \t]+)?(?:Olympics|Olympic Games|Paralympics|Paralympic Games|Games|Marathon|Film Festival|Grand Prix|Expo|World Cup|Summit|Conference)\b/;

/**
 * Words that are parts of names but never a place on their own ("the North", "Rift Valley"), and
 * the bodies that make laws ("both houses of Congress", not Congress, Arizona).
 */
const NEVER_ALONE = new Set(
  (
    'north south east west central upper lower new old great little saint st san santa mount lake ' +
    'port fort city island islands republic state states union kingdom northern southern eastern ' +
    'western valley bay river creek park beach hill hills harbour harbor airport county district ' +
    'province region town village street square bridge station centre center university college ' +
    'congress parliament senate assembly'
  ).split(' '),
);
const COMPASS =
  /^(?:North|South|East|West|Central|Upper|Lower|Northern|Southern|Eastern|Western|Greater|Inner|Outer)(?:-\p{L}+)?$/u;
const PART_WORD = /^(?:Northern|Southern|Eastern|Western|Central)$/;
/** The planets, whose names are towns' too (Jupiter, Florida; Mars, Pennsylvania). */
const PLANET = /^(?:Mercury|Venus|Mars|Jupiter|Saturn|Uranus|Neptune|Pluto)$/;
/** Words of a story about space, near a planet's name. */
const SPACE_NEAR =
  /\b(?:moons?|orbit(?:s|ing|ed)?|planets?|spacecraft|probe|rover|lander|astronauts?|NASA|ESA|flybys?|solar system|asteroids?|telescope|rocket|launch(?:ed|es)?)\b/i;
/** "Downtown Cleveland", "Old Delhi": a word that names a part or a state of a town before it. */
const TOWN_PART_BEFORE =
  /^(?:Downtown|Midtown|Uptown|Metro|Metropolitan|Old|New|Historic|Occupied|Rural|Suburban|Coastal|Mainland|Northeast|Northwest|Southeast|Southwest)$/;
const WIDER_PEOPLE = /^(?:North|South|East|West|Central|Northern|Southern|Eastern|Western|Latin)$/;
// ("the" inside a name: "St. Vincent and the Grenadines".)
const CONNECTORS = new Set(
  'of and the de del da do dos la le les el al upon on am im y sur en des di es'.split(' '),
);
/** "Rostov-on-Don", "Stratford-upon-Avon", "Frankfurt-am-Main": a name, then a joining word. */
const HYPHEN_JOINED = /^(\p{Lu}[\p{L}\p{M}]+)[-‐](?:on|upon|sur|am|an|en|le|la|de)[-‐]\p{L}/u;
const MAX_TOKENS = 6;
/**
 * A name followed by a feature word names the feature: "the Guaiba river", "the Uruguay River"
 * (and "the Santa Ana winds" the wind).
 * Capitalised, some of these words often end a town's own name or the island's main town
 * ("Jeju Island", "Napa Valley"), so only the unambiguous ones count.
 */
const FEATURE_AFTER =
  /^[ \t]+(?:(?:river|lake|mountains?|hills|sea|islands?|bay|valley|strait|canal|gulf|peninsula|desert|glacier|volcano|falls|creek|reservoir|dam|basin|delta|winds)|(?:River|Lake|Mountains|Strait|Canal|Gulf|Desert|Glacier|Volcano|Creek|Stream|Forest|Reservoir|Dam|Basin|Delta|Sea|Ocean))\b/;
/**
 * A feature or building word in lower case that a name in the gazetteer may end with: "Noto
 * peninsula", "Notre-Dame cathedral".
 */
const FEATURE_WORD_AFTER =
  /^[ \t]+(?:peninsula|island|islands|mountains|river|lake|valley|strait|gulf|bay|desert|glacier|volcano|cathedral|airport|stadium|palace|castle|cave|square|tower)\b/;
/** A river's word after its name: "the Guadalupe River", "Rice Creek". */
const RIVER_AFTER = /^[ \t]+(?:[Rr]iver|[Cc]reek)\b/;
/**
 * The words of a road: "Paulista Avenue", "Moscow Road"; and of a gate, named, as a road is,
 * after the town it leads to ("the Brandenburg Gate", "the Damascus Gate").
 */
const ROAD_WORD = 'Street|Avenue|Boulevard|Road|Gate';
/** A square, a street or a station a name may be the name of: "Sukhbaatar Square". */
const STREET_AFTER = new RegExp(`^[ \\t]+(?:${ROAD_WORD}|Square|Station|Airport|Stadium)\\b`);
const ROAD_AFTER = new RegExp(`^[ \\t]+(?:${ROAD_WORD})\\b`);
/** A building a name may be the name of: "Notre-Dame cathedral", "Yasukuni Shrine". */
const BUILDING_AFTER =
  /^[ \t]+(?:[Cc]athedral|[Bb]asilica|[Aa]bbey|[Cc]hurch|[Tt]emple|[Ss]hrine|[Mm]osque|[Mm]onastery|[Pp]alace|[Cc]astle|[Bb]ridge)\b/;
/** "St. Peter's Square", "St Mary's Hospital": a saint's or person's, named for no place. */
const OWNED_BUILDING_WORDS =
  'Square|Basilica|Cathedral|Church|Chapel|Abbey|Hospital|College|School|Palace|Park';
const OWNED_BUILDING = new RegExp(`^['’]s[ \\t]+(?:${OWNED_BUILDING_WORDS})\\b`);
/** The building's word itself after the owner ("Church" of "St. Luke's Church"). */
const OWNED_BUILDING_WORD = new RegExp(`^(?:${OWNED_BUILDING_WORDS})$`);
/** "St. Luke's ": a name's possessive right before. */
const OWNER_NAME_BEFORE = /\p{Lu}[\p{L}.'’-]*['’]s[ \t]+$/u;
/** "Windsor Castle", "Victoria Park": a name that ends in a building's word or a park's. */
const BUILDING_LAST =
  /[ \t](?:Castle|Palace|Cathedral|Basilica|Abbey|Church|Temple|Shrine|Mosque|Monastery|Bridge|Tower|Hall|House|Hotel|Stadium|Park|Square|Gardens?)$/;
/**
 * Each of "the Matsu and Kinmen islands", "the Han and Imjin rivers", "the Gyeongui and Donghae
 * roads": features, not towns.
 */
const FEATURES_AFTER = namesThen(
  'islands|rivers|lakes|mountains|valleys|roads|railways|lines|highways',
);
/** Capitalised words ending in a company's legal form or trade: the name is the company's. */
const COMPANY_WORD = String.raw`(?:LLC|L\.L\.C\.|Inc|Ltd|Corp|Co|PLC|Plc|GmbH|AG|SA|Company|Corporation|Holdings|Group|Foods?|Farms|Air(?![ \t]+(?:Force|Base|Station|Command|Defen[cs]e|Guard|Wing|Corps|Quality|Pollution|Strikes?|Raids?))|Airlines?|Airways|Motors?|Brewery|Brewing|Pharmaceuticals?|Bancorp|Research|Securities|Partners|Analytics|Consulting|Platforms|Technologies|Electronics|Semiconductors?|Therapeutics|News[ \t]+Agency)\b`;
const COMPANY_AFTER = new RegExp(
  String.raw`^(?:[ \t]+[\p{Lu}&][\p{L}&'’-]*){0,3},?[ \t]+${COMPANY_WORD}`,
  'u',
);

/** "Air China", "an Air Busan plane": an airline named for its home. */
const AIRLINE_BEFORE = /(?:^|[^\p{L}])Air[ \t]+$/u;

/**
 * "Toyota suspended production", "Hyundai cut output", "Toyota said it had halted production":
 * what a maker does, no town.
 */
const PRODUCTION_AFTER =
  /^(?:[ \t]+(?:said|says)(?:[ \t]+on[ \t]+\p{Lu}\p{Ll}+)?(?:[ \t]+that)?[ \t]+it(?:[ \t]+(?:had|has|would|will|was))?)?(?:[ \t]+\p{Ll}+ly)?[ \t]+(?:suspended|suspends|halted|halts|stopped|stops|resumed|resumes|paused|pauses|cut|cuts|boosted|boosts|increased|increases|ramped[ \t]+up|scaled[ \t]+back)[ \t]+(?:(?:its|all|vehicle|car|chip|plant|factory)[ \t]+)?(?:production|output|shipments|deliveries|assembly)\b/u;

/** Whether a name is a company's ("Metz Fresh LLC", "Japan Airlines", "Air China"), not a place's. */
export function inCompanyName(text: string, name: TextSpan): boolean {
  return (
    COMPANY_AFTER.test(text.slice(name.end, name.end + 80)) ||
    PRODUCTION_AFTER.test(text.slice(name.end, name.end + 60)) ||
    AIRLINE_BEFORE.test(text.slice(Math.max(0, name.start - 5), name.start))
  );
}

/** "Xinhua news agency": a news agency's name, the agency's wherever the text writes it. */
// (From a word's start and of a name's length: a long unbroken token is not read again from
// each of its capitals.)
const AGENCY_NAME = /(?<![\p{L}'’-])(\p{Lu}[\p{L}'’-]{0,40}) [Nn]ews [Aa]gency\b/gu;
/**
 * The name a vessel's noun goes before ("the warship Cheonan ... The Cheonan was on patrol"):
 * the craft's wherever the story writes it, except after a preposition of place.
 */
const VESSEL_NAME = new RegExp(
  String.raw`${VESSEL_NAMING}(\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,2})`,
  'gu',
);
/** "the organisation ", "the firm ": what the name after it is the name of. */
const BODY_WORDS =
  'organi[sz]ation|group|movement|charity|company|firm|startup|brand|label|band|party|coalition|alliance|association|foundation';
const BODY_BEFORE = new RegExp(String.raw`\b(?:${BODY_WORDS})[ \t]+$`, 'i');
/** The name after such a word, its first two words: "Nihon Hidankyo". */
const BODY_NAME = new RegExp(
  String.raw`\b(?:${BODY_WORDS})[ \t]+(\p{Lu}[\p{L}'’-]*[ \t]+\p{Lu}[\p{L}'’-]*)`,
  'gu',
);
/** "the Asahi newspaper", "the Yomiuri daily" (after "the"): an outlet named after its town. */
const MEDIA_AFTER = /^[ \t]+(?:newspaper|daily|broadcaster|tabloid|weekly|news agency)\b/;
/**
 * "Middle East Respiratory Syndrome", "Rift Valley fever": a disease named after a place (or
 * after a person whose name a town bears too: "Parkinson's disease").
 */
const DISEASE_AFTER =
  /^['’]s[ \t]+(?:[Dd]isease|[Ss]yndrome)\b|^[ \t]+(?:[Vv]irus|[Ff]ever|[Ff]lu|[Ii]nfluenza|[Dd]isease|[Ss]yndrome|[Ee]ncephalitis|[Rr]espiratory[ \t]+[Ss]yndrome)\b/;
/** "the Falcon 9 rocket", "an Apollo 11 capsule": a craft's or model's name and its number. */
const MODEL_AFTER =
  /^[ \t]+\d{1,3}(?![\d,.:])[ \t]+(?:rockets?|launchers?|jets?|aircraft|planes?|airliners?|spacecraft|capsules?|probes?|landers?|rovers?|missions?|satellites?|missiles?|helicopters?|drones?|submarines?|cars?|phones?|smartphones?|consoles?)\b/;
/**
 * Universities, newspapers, institutes and honours carry a place's name without being about the
 * place: "University of California", "the Times of India", "Peanut Corporation of America", "the
 * Presidential Medal of Freedom", "the Basilica of Santa Maria Maggiore"...
 */
const INSTITUTION_OF_BEFORE =
  /\b(?:University|College|Institute|Academy|Museum|Times|Corporation|Bank|Medal|Order|Prize|Award|Basilica|Cathedral|Church|Chapel|Abbey|Shrine|Sanctuary|Monastery)[ \t]+of[ \t]+(?:the[ \t]+)?$/;
/**
 * ... and "China Daily", "the Los Angeles Times", "Bucharest Daily News", "Korea University",
 * "the Saudi Maternity Hospital", "the Mandalay Bay hotel" (not "a Seoul hotel").
 */
const INSTITUTION_AFTER =
  /^(?:(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,2}?[ \t]+(?:University|College|School|Institute|Academy|Hospital|Clinic|Times|Daily|Post|Herald|Tribune|Gazette|Journal|Chronicle|Telegraph|Observer|Courier|Inquirer|Examiner|Star|News|Hotel|Resort|Casino)|(?:[ \t]+\p{Lu}[\p{L}'’-]*){1,2}[ \t]+(?:hotel|casino|resort)s?)\b/u;
/**
 * "Manchester United", "Blackburn Rovers", "Tottenham Hotspur", "Paris St Germain": a football
 * club, not its town.
 */
const CLUB_AFTER =
  /^[ \t]+(?:United|FC|F\.C\.|Rovers|Athletic|Wanderers|Albion|Hotspur|Rangers|Dynamo|Argyle|Alexandra|Orient|Stanley|Saints|Thistle|Hibernian|Olympique|SC|CF|(?:St\.?|Saint)[ \t-]Germain)\b/u;
/** "a Utah Jazz player", "a New York Yankees pitcher": a team's nickname and its member. */
const TEAM_MEMBER_AFTER =
  /^[ \t]+\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*)?[ \t]+(?:players?|coach|fans|pitcher|quarterback|forward|guard|striker|midfielder|goalkeeper|defender)\b/u;
/** Whether the words from `at` make the name before them a club's ("... Saint-Germain"). */
const clubAfter = (text: string, at: number) => CLUB_AFTER.test(text.slice(at, at + 16));
/** A capitalised word that may name a club's town ("Tottenham" of "Tottenham Hotspur"). */
const CLUB_NAME = /(?<![\p{L}'’-])\p{Lu}[\p{L}'’-]+/gu;
/** "Real Madrid", "Borussia Dortmund", "Inter Milan", "Bayern Munich": a club's word before its town. */
const CLUB_BEFORE =
  /\b(?:Real|Borussia|Inter|AC|Atletico|Atlético|Bayern|Sporting|Olympique|Dynamo|Dinamo|Lokomotiv|Spartak|Deportivo|Hertha|Eintracht|Werder|Hapoel|Maccabi|Galatasaray)[ \t]+$/;
/**
 * Verbs that make a place an actor ("Lima went on to suggest", "Beijing on Thursday called
 * for"): a government speaking, a national side playing ("Spain beat England"), a state at
 * war ("Israel killed", "Russia struck", "Japan surrendered") or with a craft ("India landed a
 * spacecraft").
 */
const ACTOR_VERB =
  /^[\s,]*(?:(?:on|last|this|late|early)\s+[A-Za-z]+\s+)?(?:(?:has|have|had|will|would|could|also|then|later|again|now|went on to|is|was|are|were|has also|had also|is also|due to|set to|expected to|going to|ready to|trying to|did not|does not|have not|had not|never|didn['’]t|doesn['’]t|has not|hasn['’]t|refused to|wants to|plans to|continues to)\s+)*(?:say|said|says|suggest(?:s|ed)?|propos(?:e|es|ed)|agree(?:s|d)?|announc(?:e|es|ed)|warn(?:s|ed)?|urg(?:e|es|ed)|demand(?:s|ed)?|reject(?:s|ed)?|veto(?:es|ed)?|den(?:y|ies|ied)|accus(?:e|es|ed)|offer(?:s|ed)?|insist(?:s|ed)?|claim(?:s|ed)?|threaten(?:s|ed)?|want(?:s|ed)?|hope(?:s|d)?|sign(?:s|ed)?|impos(?:e|es|ed)|declar(?:e|es|ed)|appeal(?:s|ed)?\s+(?:for|to)|condemn(?:s|ed)?|respond(?:s|ed)?|refus(?:e|es|ed)|call(?:s|ed)? (?:for|on)|vow(?:s|ed)?|pledg(?:e|es|ed)|decid(?:e|es|ed)|ask(?:s|ed)?|told|tell(?:s)?|express(?:es|ed)?|welcom(?:e|es|ed)|criticis(?:e|es|ed)|criticiz(?:e|es|ed)|protest(?:s|ed)?|lodg(?:e|es|ed)|dispatch(?:es|ed)?|deploy(?:s|ed)?|allocat(?:e|es|ed)|donat(?:e|es|ed)|sen[dt]s?|seek(?:s)?|sought|argu(?:e|es|ed)|blam(?:e|es|ed)|confirm(?:s|ed)?|report(?:s|ed)?|invit(?:e|es|ed)|approv(?:e|es|ed)|ban(?:s|ned)?|order(?:s|ed)?|retaliat(?:e|es|ed)|negotiat(?:e|es|ed)|hold|holds|held|meet|meets|met|fired|launch(?:es|ed)?|land(?:s|ed)?\s+(?:an?|the|its|their|two|\d+)\s|win|wins|won|beat|beats|defeat(?:s|ed)?|los(?:e|es|t)|dr[ae]w|draws|qualif(?:y|ies|ied)|eliminat(?:e|es|ed)|kill(?:s|ed)?|strik(?:e|es)|struck|attack(?:s|ed)?|bomb(?:s|ed)?|shell(?:s|ed)?|invad(?:e|es|ed)|seiz(?:e|es|ed)|captur(?:e|es|ed)|bl(?:ow|ows|ew)\s+up|detonat(?:e|es|ed)|destroy(?:s|ed)?|test-fir(?:e|es|ed)|shot\s+down|dropp(?:ed|ing)\s+(?:an?|the|its|two|\d+)\s+(?:[\w-]+\s+)?(?:bombs?|missiles?)|surrender(?:s|ed)?|withdr(?:aw|aws|ew)|annex(?:es|ed)?|st(?:and|ands|ood)\s+ready)\b/i;
/** " forces", " troops", " military": a state's armed forces after a word of its people. */
const ARMED_FORCES_AFTER =
  /^\s+(?:(?:armed|special|ground|air|naval|border|government|army)\s+)?(?:forces|troops|soldiers|army|navy|military|warplanes|warships|fighter\s+jets|jets|artillery|gunboats|tanks|marines|paratroopers)\b/;
/** " crossed", " advanced": how armed forces move against a place. */
const MOVED_IN_FORCE =
  /^\s+(?:(?:have|had|also|then|later)\s+)*(?:crossed|advanced|entered|pushed|moved\s+into|stormed|shelled|opened\s+fire|overran|encircled|surrounded|took\s+control)\b/;
/**
 * ... and verbs of a government's control ("Peru closed dozens of ports", "Seoul suspended the
 * pact", "the United States would stop joint exercises"), right after the name: after a comma, they are a participle ("the capital Dodoma,
 * closed to the public").
 */
const CONTROL_VERB =
  /^[ \t]+(?:(?:has|have|had|will|would|also|then|later|again|temporarily)[ \t]+)*(?:clos(?:e|es|ed)|suspend(?:s|ed)?|stop(?:s|ped)?|halt(?:s|ed)?|evacuat(?:e|es|ed)|expel(?:s|led)?|recall(?:s|ed)?|summon(?:s|ed)?|sanction(?:s|ed)?)\b/i;
/** "capital" as a city after a demonym, not money ("the Chinese capital markets"). */
const CAPITAL_AFTER =
  /^\s+capital(?:\s+city)?\b(?!\s+(?:markets?|punishment|gains?|flows?|flight|controls?|expenditures?|spending|investments?|requirements?|ratios?|buffers?|goods|stocks?|accounts?|injections?|base|increases?|raising|outflows?|inflows?|projects?)\b)(?![-‐])/;

/**
 * A country's capital where the text names it by the country: all of "the South Korean
 * capital" after a demonym, or the word "capital" after a country's possessive ("Thailand's
 * capital", where "Thailand" stays the country's mention).
 */
function capitalPhrase(text: string, h: Hit): Mention | null {
  const possessive = !h.demonym && /^['’]s(?=\s)/.test(text.slice(h.end, h.end + 3));
  const the = /\bthe\s+$/i.exec(text.slice(Math.max(0, h.start - 8), h.start));
  const from = possessive ? h.end + 2 : h.end;
  const rest = CAPITAL_AFTER.exec(text.slice(from, from + 60));
  if (!rest || !(possessive || (h.demonym && the))) return null;
  const start = possessive ? from + rest[0].search(/\S/) : h.start - (the?.[0].length ?? 0);
  const end = from + rest[0].length;
  return { start, end, text: text.slice(start, end) };
}

/**
 * The names of a list before one of them. (A comma before "and" follows two names or more: in
 * "a rescue team to Yangon, and India dispatched", "and" joins two clauses.)
 */
const LIST_BEFORE = new RegExp(
  String.raw`(?:(?:${LIST_ITEM},[ \t]+)+${LIST_ITEM},?[ \t]+(?:and|or)[ \t]+|${LIST_ITEM}[ \t]+(?:and|or)[ \t]+|(?:${LIST_ITEM},[ \t]+)+)$`,
  'u',
);
/** ", which boycotted the last Games," right after a name. */
const RELATIVE_ASIDE_OPENING = new RegExp(String.raw`^,\s*(?:which|who)\s${CLAUSE_CHAR}{0,80},`);
/** Prepositions that put something inside what follows: "in the EU", "across Europe". */
const INSIDE = 'in|across|throughout|within|outside|inside|into|around';
const LOCATIVE_BEFORE = new RegExp(`\\b(?:${INSIDE})[ \\t]+(?:the[ \\t]+)?$`, 'i');
/** ... and those that site it, for a name that only sounds known ("from Menoufia"). */
const SITING = `from|near|${INSIDE}`;
const SITED_BEFORE = new RegExp(`\\b(?:${SITING})[ \\t]+(?:the[ \\t]+)?$`, 'i');
/** ... without an article, as a town's name takes them ("in Cheonan", not "in the Cheonan"). */
const TOWN_SITED_BEFORE = new RegExp(`\\b(?:${SITING}|to|at)[ \\t]+$`, 'i');
/** "that hit ", "which struck the ": a relative clause's verb, before its object. */
const RELATIVE_OBJECT_BEFORE = new RegExp(
  String.raw`\b(?:that|which|who)\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}{2,}ed|${IRREGULAR_PASTS}|hit|hits)\s+(?:the\s+)?$`,
  'u',
);
/**
 * A preposition before a name, past "the", a word of where it lies ("across northern China",
 * "in neighbouring Macau") or the place noun the name is set beside ("on the outskirts of the
 * capital, Abuja,"): the name is no subject.
 */
const GOVERNED = new RegExp(
  String.raw`\b(?:in|at|from|to|into|of|near|across|around|throughout|within|outside|inside|towards?|between|for|on|with|by|via)\s+(?:(?:the\s+)?(?:(?:\p{Ll}*(?:ern|central)|neighbou?ring|nearby)\s+)?|(?:the|its|their)\s+(?:[\p{Ll}-]+\s+)?(?:${PLACE_NOUN}),\s+)$`,
  'iu',
);

/** "Central African", "West African": a people's word for a part of a continent. */
const REGIONAL_PEOPLE =
  /^(?:Central|West|East|Western|Eastern|Northern|Southern)[ \t]+(?:African|Asian|American|European)$/;
/** "said Randy delos Santos", "Jose Eduardo dos Santos": a surname's particle after a name. */
const SURNAME_PARTICLE_BEFORE = new RegExp(
  String.raw`\p{Lu}[\p{L}'’-]*[ \t]+(?:(?:${NAME_PARTICLES})[ \t]+){1,2}$`,
  'u',
);
const GIVEN_NAME_BEFORE =
  /\b(?:known|referred to)[ \t]+as[ \t]+$|\b(?:called|dubbed|nicknamed|code-?named|named|christened)[ \t]+$/i;
const CAMEL_CASE = /\p{Ll}\p{Lu}/u;
const ACRONYM = /^(?:\p{Lu}\.){2,}$|^\p{Lu}{2,}$/u;
const HELD_BY = new RegExp(String.raw`^[-‐](?:${HOLDING_SUFFIX})\b`);

/** "US" in capitals is a name, "Us" opening a sentence a pronoun; months and weekdays are dates. */
function nameWord(t: Token): boolean {
  if (!t.cap) return false;
  if (ACRONYM.test(t.text)) return true;
  const lower = t.text.toLowerCase();
  return !FUNCTION_WORDS.has(lower) && !(lower in MONTHS) && !(lower in WEEKDAYS);
}

const PAIR = /^(\p{Lu}[\p{L}\p{M}]+)[-‐](\p{Lu}[\p{L}\p{M}]+)$/u;

/**
 * "Asia-Pacific nations", "the Israel-Gaza border": two countries or regions joined by a hyphen
 * name both, so the word is read as two (unless the whole is a name: "Guinea-Bissau").
 */
function splitAreaPairs(tokens: Token[], gazetteer: Gazetteer): Token[] {
  const area = (name: string) => gazetteer.lookup(nameKey(name)).some(namesArea);
  return tokens.flatMap((t) => {
    const [, a = '', b = ''] = PAIR.exec(t.text) ?? [];
    if (!a || gazetteer.lookup(nameKey(t.text)).length || !area(a) || !area(b)) return [t];
    return [
      { ...t, text: a, end: t.start + a.length },
      { ...t, text: b, start: t.end - b.length, initial: false },
    ];
  });
}

/**
 * "Paradise, Calif.", "Buffalo, NY", "Kelowna, B.C.", "St. John's, Newfoundland": a region's
 * style-guide short form, read only after a capitalised word and a comma ("Miss." and "OR"
 * elsewhere are other words).
 */
function shortFormAfterTown(
  text: string,
  tokens: Token[],
  i: number,
  gazetteer: Gazetteer,
): Hit | null {
  const t = tokens[i] as Token;
  const prev = tokens[i - 1];
  if (!prev?.cap || !/^(?:['’]s)?,[ \t]*$/.test(text.slice(prev.end, t.start))) return null;
  // (Or a province's short name spelled out, whose stop ends the sentence: "St. John's,
  // Newfoundland.")
  const spelled = t.text.length >= 6;
  const stop = text[t.end] === '.' && !t.text.endsWith('.') && !spelled;
  if (!stop && !ACRONYM.test(t.text) && !spelled) return null;
  // ("Samsung, SK and Hyundai": a list of names, not a town and its province.)
  if (/^[ \t]+(?:and|or)[ \t]/.test(text.slice(t.end, t.end + 5))) return null;
  const matches = gazetteer.abbreviated(nameKey(t.text));
  if (!matches.length) return null;
  const end = t.end + (stop ? 1 : 0);
  return {
    ...PLAIN,
    start: t.start,
    end,
    surface: text.slice(t.start, end),
    matches,
    abbreviation: true,
  };
}

/**
 * " and Muslim world", " and Jewish communities": the name is paired with a capitalised word
 * that names no place, before a noun, so both are adjectives.
 */
function adjectivePair(after: string, gazetteer: Gazetteer): boolean {
  // ("Khan Younis and Deir al-Balah": a particle joined to a name is no noun.)
  const m = /^[ \t]+(?:and|or)[ \t]+(\p{Lu}[\p{L}'’-]+)[ \t]+(\p{Ll}+)(?![-‐'’\p{L}])/u.exec(after);
  // ("Idukki and Wayanad districts": two areas, one the gazetteer lacks.)
  const areas =
    /^(?:district|count|province|state|region|prefecture|municipalit|town|cit|village|island|river)/;
  // ("from Hamhung and Musudan to Vladivostok": a word like "to" after the pair is no noun.)
  return (
    !!m?.[1] &&
    !areas.test(m[2] ?? '') &&
    !FUNCTION_WORDS.has(m[2] ?? '') &&
    !gazetteer.lookup(nameKey(m[1])).length
  );
}

/** Longest gazetteer names (or demonyms) starting at each capitalised word of a sentence. */
function scan(
  text: string,
  tokens: Token[],
  gazetteer: Gazetteer,
  blocked: (s: number, e: number) => boolean,
  bodies: ReadonlySet<string>,
  clubs: ReadonlySet<string> = new Set(),
  things: ReadonlySet<string> = new Set(),
  lowerWords: ReadonlySet<string> = new Set(),
  namePairs: ReadonlySet<string> = new Set(),
): Hit[] {
  const hits: Hit[] = [];
  let datelineEnd = 0;
  // ("Floods Hit Cleveland": a headline in title case capitalises every word.)
  const words = tokens.filter((t) => /^\p{L}/u.test(t.text));
  const titleCased = words.filter((t) => t.cap).length >= 0.6 * words.length;
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i] as Token;
    if (first.initial && first.start >= datelineEnd)
      datelineEnd = first.start + datelinePlacesLength(text.slice(first.start, first.start + 100));
    if (!nameWord(first)) continue;
    const short = shortFormAfterTown(text, tokens, i, gazetteer);
    if (short) {
      hits.push(short);
      continue;
    }
    const before = () => text.slice(Math.max(0, first.start - 24), first.start);
    const prev = tokens[i - 1];
    // (A sentence's first word is a word of a longer name where the text writes the pair inside
    // a sentence too.)
    const opensName = !!prev && (!prev.initial || namePairs.has(`${prev.text} ${first.text}`));
    // "South American", "Latin American", "Northern Irish": a compass word before a
    // country's people names a wider (or another) people, not that country's.
    const countryPeople = (e: GazetteerEntry | undefined) =>
      e?.kind === 'country' && prev && WIDER_PEOPLE.test(prev.text) && adjacent(text, prev, first)
        ? undefined
        : e;
    let best: Hit | null = null;
    for (let j = i; j < tokens.length && j - i < MAX_TOKENS; j++) {
      const t = tokens[j] as Token;
      if (j > i && !adjacent(text, tokens[j - 1] as Token, t)) break;
      // ("Sharm el-Sheikh", "Deir al-Balah": an article joined to the word it names is part of it.)
      const cap = t.cap || (j > i && JOINED_ARTICLE.test(t.text));
      if (j > i && !cap && !CONNECTORS.has(t.text.toLowerCase())) break;
      if (!cap) continue;
      // (Nor is a feast news dates by: "Christmas holidays" is no town in Florida; "Christmas
      // Island" is a place.)
      if (j === i && (NEVER_ALONE.has(first.text.toLowerCase()) || HOLIDAY_NAME.test(first.text)))
        continue;
      if (blocked(first.start, t.end)) continue;
      // ("south of St. John's": a name of several words may end in a possessive of its own.)
      const owned =
        j > i && /^['’]s\b/.test(text.slice(t.end, t.end + 3))
          ? gazetteer.lookup(nameKey(text.slice(first.start, t.end + 2)))
          : [];
      // ("the Noto peninsula": a feature word in lower case is the name's own where the
      // gazetteer holds the name with it.)
      const feature = owned.length ? null : FEATURE_WORD_AFTER.exec(text.slice(t.end, t.end + 12));
      const featured = feature
        ? gazetteer.lookup(nameKey(text.slice(first.start, t.end + feature[0].length)))
        : [];
      const end = owned.length
        ? t.end + 2
        : featured.length
          ? t.end + (feature?.[0].length ?? 0)
          : t.end;
      const surface = text.slice(first.start, end);
      const key = nameKey(surface);
      const matches = owned.length ? owned : featured.length ? featured : gazetteer.lookup(key);
      const demonym = countryPeople(gazetteer.demonym(key));
      // A word no name matches may still be a region romanised another way ("from Menoufia").
      const sound =
        !matches.length && !demonym && j === i && SITED_BEFORE.test(before())
          ? gazetteer.resembling(key)
          : [];
      if (!matches.length && !demonym && !sound.length) continue;
      const hasArea = matches.some(namesArea);
      const next = tokens[j + 1];
      const touching = (o: Token | undefined, a: Token, b: Token) =>
        !!o && o.cap && nameWord(o) && adjacent(text, a, b);
      // ("the Sochi Winter Olympics", "the Boston Marathon": a host city before the name of
      // what it hosts is that city.)
      const hosts = HOSTED_AFTER.test(text.slice(t.end, t.end + 32));
      // ("the Jardin des Plantes": a name the gazetteer lacks runs on past a particle.)
      const particleRunOn =
        /^[ \t]+(?:de|des|du|del|della|di|da|dos|das|la|le|les)[ \t]+\p{Lu}/u.test(
          text.slice(t.end, t.end + 12),
        );
      // ("the Springfield City Council": a town's name and "City", which the gazetteer holds
      // as another name of one town of the name, opens a body's name; the town is read by its
      // own name, as any other of the name could be.)
      if (
        j > i &&
        / City$/.test(surface) &&
        touching(next, t, next as Token) &&
        matches.every(
          (m) =>
            m.alternate && nameKey(m.entry.name) === nameKey(surface.slice(0, -' City'.length)),
        )
      )
        continue;
      const inLongerName =
        (opensName && touching(prev, prev, first)) ||
        (!!next && !hosts && touching(next, t, next)) ||
        particleRunOn;
      const afterCompass = !!prev && COMPASS.test(prev.text) && adjacent(text, prev, first);
      // ("Asia-Pacific" names two areas: the word before is one of them.)
      const nameBefore = opensName && !afterCompass && touching(prev, prev, first);
      const afterName = nameBefore && !gazetteer.lookup(nameKey(prev.text)).some(namesArea);
      const dateline =
        first.start < datelineEnd &&
        t.end <= datelineEnd &&
        /^\p{Lu}[\p{Lu} .'’-]*$/u.test(surface);
      const hit = {
        start: first.start,
        end,
        surface,
        dateline,
        initial: first.initial && !dateline,
        initialWord:
          first.initial && !dateline && j === i && lowerWords.has(first.text.toLowerCase()),
        inLongerName,
        particleRunOn,
        nameAfter: !!next && !hosts && touching(next, t, next),
        wordBefore: prev?.cap && adjacent(text, prev, first) ? prev.text : '',
        pairRunsOn: /^[-‐]\p{Lu}[\p{L}'’]*[ \t]+\p{Lu}/u.test(text.slice(t.end, t.end + 40)),
        afterName,
        afterOtherName: afterName && !titleCased && !TOWN_PART_BEFORE.test(prev?.text ?? ''),
        nameBefore,
        afterPlaceHead: !!prev && PLACE_HEAD.test(prev.text) && adjacent(text, prev, first),
        afterCompass,
        afterPartWord: afterCompass && PART_WORD.test(prev?.text ?? ''),
        abbreviation: false,
        inCompanyName:
          inCompanyName(text, { start: first.start, end: t.end }) ||
          MEDIUM_BEFORE.test(before()) ||
          // "NHS West Midlands", "BBC Scotland": an agency's initials before a name make the
          // agency's branch there (not "US Virgin Islands", whose initials are a place).
          (!!prev &&
            ACRONYM.test(prev.text) &&
            adjacent(text, prev, first) &&
            !gazetteer.lookup(nameKey(prev.text)).some(namesArea)),
        notPlace:
          text[t.end] === '$' ||
          INSTITUTION_AFTER.test(text.slice(t.end, t.end + 60)) ||
          clubAfter(text, t.end) ||
          // (A town's only: "Texas Rangers" leaves Texas the state.)
          (j === i &&
            clubs.has(surface) &&
            matches.every((m) => settlement(m.entry)) &&
            !SITED_BEFORE.test(before()) &&
            !/\bto[ \t]+$/.test(before())) ||
          CLUB_BEFORE.test(before()) ||
          OWNED_BUILDING.test(text.slice(t.end, t.end + 14)) ||
          // ("a vigil at St. Luke's Church": the building's word, not a village called Church.)
          (j === i && OWNED_BUILDING_WORD.test(surface) && OWNER_NAME_BEFORE.test(before())) ||
          // ("led Secretary of State Antony Blinken to": an office's title, though a village's name.)
          (j === i &&
            ROLE_NOUN.test(surface) &&
            /^[ \t]+of[ \t]+(?:the[ \t]+)?\p{Lu}/u.test(text.slice(t.end, t.end + 12))) ||
          // ("St Edward's Crown", "St Thomas' Hospital": a saint's, whatever the name goes on to.)
          (/^(?:St|Saint)\b/.test(surface) &&
            /^(?:['’]s|['’])[ \t]+\p{Lu}/u.test(text.slice(t.end, t.end + 5))) ||
          VESSEL_BEFORE.test(before()) ||
          // ("according to Xinhua": a source, where "to" would site a town.)
          (things.has(surface) &&
            (!TOWN_SITED_BEFORE.test(before()) || /\baccording[ \t]+to[ \t]+$/.test(before()))) ||
          // ("the organisation Nihon Hidankyo", "the firm China Evergrande": a body's name that
          // opens with a place's, and goes on.)
          (BODY_BEFORE.test(before()) && /^[ \t]+\p{Lu}/u.test(text.slice(t.end, t.end + 3))) ||
          bodies.has(
            `${text.slice(first.start, t.end)} ${/^[ \t]+(\p{Lu}[\p{L}'’-]*)/u.exec(text.slice(t.end, t.end + 40))?.[1] ?? ''}`,
          ) ||
          // ("Roe v. Wade": a party to a court case, where a town shares its name; a country
          // keeps its own, "England v. Scotland".)
          ((/(?:^|[ \t])v\.[ \t]+$/.test(before()) ||
            /^[ \t]+v\.[ \t]+\p{Lu}/u.test(text.slice(t.end, t.end + 6))) &&
            matches.every((m) => settlement(m.entry))) ||
          // ("the river Biala burst its banks": a river's name, though a town's too.)
          /\b[Rr]iver[ \t]+$/.test(before()) ||
          DISEASE_AFTER.test(text.slice(t.end, t.end + 24)) ||
          // ("arrested at a McDonald's restaurant": a brand; a place's possessive takes no "a".)
          (/\b[Aa]n?[ \t]+$/.test(before()) && /^['’]s\b/.test(text.slice(t.end, t.end + 3))) ||
          MODEL_AFTER.test(text.slice(t.end, t.end + 30)) ||
          TEAM_MEMBER_AFTER.test(text.slice(t.end, t.end + 40)) ||
          // ("Xinhua news agency reported": and one news agency's name with no article, where "a
          // Seoul newspaper" is still the city's.)
          ((/\bthe[ \t]+$/i.test(before()) ||
            /^[ \t]+news[ \t]+agency\b/i.test(text.slice(t.end, t.end + 14))) &&
            MEDIA_AFTER.test(text.slice(t.end, t.end + 14))) ||
          // ("from the Casa Santa Marta": a small town's name after "the" that a capitalised word
          // runs on is a building's.)
          (/\bthe[ \t]+$/.test(before()) &&
            !hosts &&
            touching(next, t, next as Token) &&
            matches.length > 0 &&
            matches.every((m) => settlement(m.entry) && m.entry.population < 100_000)) ||
          // ("Operation Lone Star", "Project Kuiper": a name given to a thing.)
          (!!prev && NAMED_THING.test(prev.text) && adjacent(text, prev, first)) ||
          INSTITUTION_OF_BEFORE.test(text.slice(Math.max(0, first.start - 30), first.start)) ||
          // ("the oil-producing Central African nation" is Gabon: a part of a continent's people's
          // word before "nation" tells where a country lies, not the Central African Republic.)
          (!!demonym &&
            REGIONAL_PEOPLE.test(surface) &&
            /^[ \t]+(?:nations?|country|countries|states?)\b/.test(
              text.slice(t.end, t.end + 12),
            )) ||
          // ("the French Quarter", "Jerusalem's Armenian Quarter": a district's name, not the
          // country's people.)
          (!!demonym && /^[ \t]+Quarter\b/.test(text.slice(t.end, t.end + 10))) ||
          // (A country keeps its name in a body's: "the Universidad de Chile".)
          (SURNAME_PARTICLE_BEFORE.test(before()) &&
            !matches.some((m) => m.entry.kind === 'country')) ||
          // ("a journey to Jupiter", "Jupiter's moon Europa": a planet, where space is told of,
          // is no town of its name.)
          (PLANET.test(surface) &&
            SPACE_NEAR.test(text.slice(Math.max(0, first.start - 150), t.end + 150))) ||
          // ("Petite Martinique", "Little Havana": a place's name made small names another.)
          /\b(?:Little|Petite|Petit)[ \t]+$/.test(before()) ||
          // ("the Gulf of America": a sea's or a region's short name before "of" and a name is
          // the head of a longer one, not the Gulf.)
          (j === i &&
            matches.length > 0 &&
            matches.every(
              (m) =>
                m.entry.kind !== 'country' && !settlement(m.entry) && nameKey(m.entry.name) !== key,
            ) &&
            /^[ \t]+of[ \t]+\p{Lu}/u.test(text.slice(t.end, t.end + 8))),
        ownedModifier:
          /\b(?:its|their|his|her|our)[ \t]+$/i.test(before()) &&
          /^[ \t]+\p{Ll}{3,}/u.test(text.slice(t.end, t.end + 5)),
        beforeNoun: nounNext(text.slice(t.end, t.end + 24)),
        givenName: GIVEN_NAME_BEFORE.test(before()),
        owner: ownerCountry(gazetteer, before()),
        beforeBuilding: BUILDING_AFTER.test(text.slice(t.end, t.end + 14)),
        beforeStreet: STREET_AFTER.test(text.slice(t.end, t.end + 12)),
        beforeRoad: ROAD_AFTER.test(text.slice(t.end, t.end + 12)),
        beforeIsland: /^[ \t]+[Ii]sland\b/.test(text.slice(t.end, t.end + 8)),
        beforeLand: /^[ \t]+(?:desert|mountains|hills)\b/.test(text.slice(t.end, t.end + 11)),
        beforeFeatureWord:
          !featured.length &&
          (FEATURE_AFTER.test(text.slice(t.end, t.end + 14)) ||
            FEATURES_AFTER.test(text.slice(t.end, t.end + 60))),
        theFeature:
          /\bthe[ \t]+$/i.test(before()) &&
          /^(?:[ \t]*[,.;:!?)]|[ \t]+(?:from|to|into|in|at|on|near|and|or|with|between|across|along|toward|towards|upstream|downstream)\b)/.test(
            text.slice(t.end, t.end + 14),
          ),
        theSubject:
          /\bthe[ \t]+(?:\p{Lu}[\p{L}'’-]*[ \t]+)?$/iu.test(before()) &&
          /^[ \t]+(?:had|has|was|were|is|will|would|\p{Ll}{2,}ed)\b/u.test(
            text.slice(t.end, t.end + 20),
          ),
        locative: LOCATIVE_BEFORE.test(before()),
        speaker:
          !SITED_BEFORE.test(before()) &&
          /^[ \t]+(?:said|says|announced|reported|told|added)\b/.test(
            text.slice(t.end, t.end + 14),
          ),
        reached:
          /\b(?:to|at|(?:bound|headed|heading|left|leaving|departed|departing|sailed|sailing)[ \t]+for)[ \t]+$/i.test(
            before(),
          ) ||
          /^[-‐]bound\b/.test(text.slice(t.end, t.end + 7)) ||
          CITY_BODY_AFTER.test(text.slice(t.end, t.end + 24)),
        resembles: false,
        regionCue: REGION_BEFORE.test(before()) || REGION_AFTER.test(text.slice(t.end, t.end + 80)),
        cityCue:
          CITY_BEFORE.test(text.slice(Math.max(0, first.start - 60), first.start)) ||
          /^[ \t]+city\b/.test(text.slice(t.end, t.end + 6)) ||
          TOWN_APPOSITION.test(text.slice(t.end, t.end + 60)),
        adminCue: /^[ \t]+(?:[Cc]ounty|[Dd]istrict|[Mm]unicipality)\b/.test(
          text.slice(t.end, t.end + 14),
        ),
        partCue: PART_APPOSITION.test(text.slice(t.end, t.end + 60)),
        countryCue: countryCue(before(), gazetteer),
        adjectivePair:
          adjectivePair(text.slice(t.end, t.end + 40), gazetteer) ||
          // ("the Arab world's most populous country": alone before "world", a people's word.)
          (/\bthe[ \t]+$/i.test(before()) && /^[ \t]+world\b/.test(text.slice(t.end, t.end + 7))),
        holder: HELD_BY.test(text.slice(t.end, t.end + 14)),
      };
      // "Saudi hospitals": a country's short name that is also its people's adjective, before
      // a noun, is the adjective ("U.S. troops" is an abbreviation, and names the country).
      const adjective =
        !!demonym &&
        !ACRONYM.test(surface) &&
        !surface.includes('.') &&
        !!next &&
        !next.cap &&
        !FUNCTION_WORDS.has(next.text.toLowerCase()) &&
        adjacent(text, t, next);
      // ("in U.S. English", "Korean-language media": a people's word that names its language.)
      const language =
        !!demonym &&
        (/^[ \t]*[-‐]?[ \t]*(?:language|speakers?|speaking|translations?|subtitles)\b/.test(
          text.slice(t.end, t.end + 16),
        ) ||
          // ("Speaking in English and Italian in the Sistine Chapel": a second language too.)
          (/\b(?:in|into|speaks?|spoke|speaking)[ \t]+(?:[A-Z.]{2,}[ \t]+|\p{Lu}\p{Ll}+[ \t]+(?:and|or)[ \t]+)?$/u.test(
            before(),
          ) &&
            /^(?:[ \t]*[,.;:)]|[ \t]+(?:and|or|in|at|on|to|from|during)\b|[ \t]*$)/.test(
              text.slice(t.end, t.end + 8),
            )) ||
          // ("switching to Spanish to greet", "from English into French".)
          (/\b(?:switch(?:ed|es|ing)?|translated|from)[ \t]+(?:in)?to[ \t]+$|\bfrom[ \t]+$/.test(
            before(),
          ) &&
            /^(?:[ \t]*[,.;:)]|[ \t]+(?:to|into)\b)/.test(text.slice(t.end, t.end + 6))));
      if (language && !hasArea) continue;
      if (demonym && (!hasArea || adjective))
        // ("the Indonesian island of Sulawesi": an adjective before a feature word still names
        // its country.)
        // ("Congolese": every country that shares the word, for the story to decide.)
        best = {
          ...hit,
          matches: gazetteer
            .demonymCountries(key)
            .filter((e) => countryPeople(e))
            .map((entry) => ({ entry, alternate: false })),
          demonym: true,
          beforeFeatureWord: false,
        };
      else if (matches.length) best = { ...hit, matches, demonym: false };
      else if (!hit.initial && !inLongerName)
        best = { ...hit, matches: sound, demonym: false, resembles: true };
    }
    if (best) {
      hits.push(best);
      while (i + 1 < tokens.length && (tokens[i + 1] as Token).start < best.end) i++;
    }
  }
  return hits;
}

function prior(e: GazetteerEntry): number {
  switch (e.kind) {
    case 'country':
      return 9;
    case 'region':
      return e.country ? 6.6 : 8;
    case 'landmark':
      return 7.5;
    default:
      // A seat counts as a town three times its size: "Goz Beida" is the seat, not the village;
      // a capital of millions is known the world over ("Damascus" in a story that names the
      // United States is still Syria's).
      return (
        Math.log10(e.population + 1) +
        (e.capital ? (e.population >= MILLION ? 2 : 1) : e.seat ? 0.5 : 0)
      );
  }
}

/** The country the story names most, if any: what it is mostly about. */
function mainCountryOf(ctx: Context): string {
  return [...ctx.countries].reduce((a, b) => (b[1] > a[1] ? b : a), ['', 0])[0];
}

interface Context {
  countries: Map<string, number>;
  /** What its people's words ("Georgian", "Chinese") gave each country of `countries`. */
  peoples: Map<string, number>;
  /** "country-admin1" of the regions named and of the places resolved. */
  admins: Set<string>;
  /**
   * "country-admin1" of the regions named (a story set in New South Wales names it), each with
   * where the text names it, in text order.
   */
  regions: ReadonlyMap<string, ReadonlyArray<{ start: number }>>;
  /** What each name gave `countries`, by its name key: a name never vouches for itself. */
  byName: Map<string, Map<string, number>>;
  givenNames: ReadonlySet<string>;
  /** The names the text puts somewhere ("in X", "near X", "the town of X"), by name key. */
  sited?: ReadonlySet<string>;
}

/** The country a possessive right before a name belongs to: "Japan's ", "South Korea's ". */
function ownerCountry(gazetteer: Gazetteer, before: string): string | null {
  const owner = OWNER_BEFORE.exec(before)?.[1];
  if (!owner) return null;
  const country = gazetteer
    .lookup(nameKey(owner))
    .find((m) => m.entry.kind === 'country' && !m.alternate);
  return country?.entry.country ?? null;
}

/**
 * How often names other than `key` point to the entry's country: "flooding Long Island" in a
 * story about the Bahamas, the Bahamas vouch for their island, but New York's Long Island,
 * read first, must not vouch for itself.
 */
function namedByOthers(e: GazetteerEntry, key: string, ctx: Context): number {
  if (!e.country) return 0;
  return (ctx.countries.get(e.country) ?? 0) - (ctx.byName.get(key)?.get(e.country) ?? 0);
}

/** How well an entry fits the article: its prominence and the countries named around it. */
function score(m: GazetteerMatch, ctx: Context, key: string, ownTown = false): number {
  const e = m.entry;
  let s = prior(e);
  // (A country's own towns vouch for it too: beside Tbilisi, "Georgia" is the country, though
  // the story names the United States; not its people's word, "Georgian voters" in Atlanta
  // being the state's.)
  const named =
    namedByOthers(e, key, ctx) -
    (e.kind === 'country' && e.country ? (ctx.peoples.get(e.country) ?? 0) : 0);
  if (e.country && named > 0) s += 3 + Math.min(1, named / 5);
  if (e.country && e.admin1 && e.kind !== 'region' && ctx.admins.has(`${e.country}-${e.admin1}`))
    s += 1.5;
  // The place's own name beats one of its alternate names ("Mexico" is the country, not its
  // capital), unless a city of millions is known by it: "in New York" is the city, not the state
  // (but "New Delhi" is the capital that bears the name, not Delhi, which also goes by it).
  if (!m.alternate || (settlement(e) && e.population >= MILLION && !ownTown)) s += 2;
  // A city of millions, called by its own name, is known the world over: "Hamburg" in a story
  // that names the United States is still Germany's, not the town in New York state (capitals
  // have their own share in `prior`).
  if (!m.alternate && !e.capital && settlement(e) && e.population >= MILLION) s += 2;
  // Curated entries exist because news means them ("Gaza" the strip, not the Mozambican province).
  if (e.source.startsWith('curated')) s += 1;
  return s;
}

const MILLION = 1_000_000;

/** Whether `name` is `words` and then "of" something: "Notre-Dame-de-Bondeville" of "Notre Dame". */
function opensNameOf(name: string, words: string): boolean {
  const [key, opening] = [nameKey(name), nameKey(words)];
  return (
    key.startsWith(`${opening} `) &&
    CONNECTORS.has(key.slice(opening.length + 1).split(' ')[0] ?? '')
  );
}

/** Whether a resolved name can stand: a lone common word or a small place needs support. */
function plausible(hit: Hit, m: GazetteerMatch, ctx: Context): boolean {
  const e = m.entry;
  if (hit.notPlace || hit.afterPlaceHead || (e.institution && !hit.locative)) return false;
  // ("Van ploughs into crowds ..." over "A van ploughed ...": a common word that opens its
  // sentence, and that the text writes in lower case elsewhere, is that word.)
  if (hit.initialWord && e.commonWord && !hit.cityCue) return false;
  // ("Amatrice, Accumoli and Pescara del Tronto": a town's name that runs on past a particle to
  // a name the gazetteer lacks is another town's, however big the first.)
  if (hit.particleRunOn && settlement(e)) return false;
  // ("the Indonesian island of Flores" is in Indonesia, not Uruguay's Flores.)
  if (hit.countryCue && e.kind !== 'country' && e.country !== hit.countryCue) return false;
  // "Metz Fresh LLC" is a company, but "U.S. Food and Drug Administration" names its country.
  if (hit.inCompanyName && e.kind !== 'country') return false;
  // (An island that is also its province names the province: "Hainan island", "Jeju island".)
  // ("the New Mexico desert" is desert in the state: a country or a region still names it.)
  const held =
    (hit.beforeIsland && e.kind === 'region') ||
    (hit.beforeLand && (e.kind === 'region' || e.kind === 'country'));
  if (hit.beforeFeatureWord && e.kind !== 'landmark' && !held) return false;
  if (hit.theFeature && settlement(e) && !/^the\s/i.test(e.name)) return false;
  if (hit.theSubject && settlement(e) && e.population < 100_000 && !/^the\s/i.test(e.name))
    return false;
  // "Notre-Dame cathedral", "Yasukuni shrine", "the Austerlitz bridge": the building's name,
  // not a small namesake town (a big city still names its cathedral: "Cologne Cathedral").
  if (hit.beforeBuilding && settlement(e) && e.population < 100_000) return false;
  // ("the Government Palace in Sukhbaatar Square": the square is named after a man, as the
  // province is; a region lends no square its name, though a city lends its station one.)
  // (A road is named after towns far away as often as after its own: "Paulista Avenue" is in
  // Sao Paulo, not in Paulista.)
  if ((hit.beforeStreet && e.kind === 'region') || (hit.beforeRoad && e.kind !== 'country'))
    return false;
  if (hit.abbreviation) return true;
  if (hit.dateline)
    return plausible({ ...hit, surface: titleCase(hit.surface), dateline: false }, m, ctx);
  // "North-Western Sydney": a compass word before a name is a part of that place, not a region.
  if (hit.inLongerName && COMPASS.test(hit.surface)) return false;
  if (
    ACRONYM.test(hit.surface) &&
    e.kind !== 'country' &&
    e.kind !== 'region' &&
    e.kind !== 'landmark' &&
    nameKey(e.name) !== nameKey(hit.surface)
  )
    return false;
  if (
    ACRONYM.test(hit.surface) &&
    e.name.toUpperCase() !== e.name &&
    nameKey(e.name) === nameKey(hit.surface) &&
    e.kind !== 'country'
  )
    return false;
  // "SoFi Stadium" is no Sofia: a capital inside a word is a brand's spelling unless the
  // place's own name is written so ("McAllen", "DeKalb").
  if (CAMEL_CASE.test(hit.surface) && m.alternate && nameKey(e.name) !== nameKey(hit.surface))
    return false;
  // ("the Copa America", "Captain America": a country's short or other name after a
  // capitalised word that names no place is a word of a longer name; its own name is still
  // the country's, "Air India".)
  if (
    e.kind === 'country' &&
    hit.afterName &&
    !ACRONYM.test(hit.surface) &&
    nameKey(e.name) !== nameKey(hit.surface)
  )
    return false;
  if (e.kind === 'country' || e.kind === 'landmark') return true;
  const single = !/\s/.test(hit.surface);
  // A person's name, unless the town is a great one: a town's name after a given name is a
  // surname ("Desire Doue scored"), and a given name run on by another capitalised word is a
  // person's ("hosted Vladimir Putin"; not a continent's, "Asia-Pacific nations").
  const personal =
    (ctx.givenNames.has(hit.wordBefore) && settlement(e)) ||
    (ctx.givenNames.has(hit.surface) &&
      hit.inLongerName &&
      !hit.afterName &&
      !hit.nameBefore &&
      (settlement(e) || !!e.country));
  if (single && personal && e.population < 1_000_000 && !e.capital) return false;
  // ("Grover Cleveland", "Jack London": a town's name after a capitalised word that names no
  // place and opens no sentence is a surname or a word of a longer name, however great the town.)
  if (single && hit.afterOtherName && settlement(e)) return false;
  const inContext = !!e.country && ctx.countries.has(e.country);
  // A name that only sounds like a region's is that region only in its country's story, and
  // never when it is a given name.
  if (hit.resembles && (!inContext || ctx.givenNames.has(hit.surface))) return false;
  // ("Meta said it had removed accounts", opening a sentence of a story about Australia: a far
  // country's region or small town, told as a speaker, is a company or a body of the name;
  // "Beijing said" is the capital's government, and "..., Maryland said" a teller's name.)
  if (
    hit.speaker &&
    hit.initial &&
    !inContext &&
    (e.kind === 'region' || (settlement(e) && !e.capital && e.population < 100_000))
  )
    return false;
  if (e.kind === 'region') {
    // ("pushed an update to its Falcon sensor software": a far country's region between an
    // owner's word and a noun names the owner's thing.)
    if (hit.ownedModifier && !inContext) return false;
    // A code ("NSW") or a short name ("Lin") names a region only inside its own country's story;
    // one across borders ("EU", not "Eu") is known everywhere.
    const short = ACRONYM.test(hit.surface) || nameKey(hit.surface).length <= 3;
    if (short && (!ACRONYM.test(hit.surface) || (e.country && !inContext))) return false;
    // "the Sierra Nevada", "Lake Ontario": a word before a region's name makes another place;
    // and after a name, a far country's region is a coincidence ("Seoul Central District
    // Court" is not Botswana's Central District).
    if (hit.nameBefore && e.country && !inContext) return false;
    // ("La Libertad Avanza won", in a story about Argentina: so does one opening a longer name,
    // where the story is mostly about another country.)
    // (The first reading's country counts for no one but itself.)
    const main = mainCountryOf(ctx);
    if (
      hit.nameAfter &&
      e.country &&
      namedByOthers(e, nameKey(hit.surface), ctx) <= 0 &&
      main &&
      main !== e.country
    )
      return false;
    // ("the Pacific Palisades neighborhood", "Atlantic City": an ocean's short name opening a
    // longer name is not the ocean; "Asia-Pacific" still names it, though not inside a name
    // that runs on, "Asia-Pacific Economic Cooperation".)
    if (single && !e.country && hit.pairRunsOn) return false;
    if (
      single &&
      hit.inLongerName &&
      (!hit.nameBefore || hit.nameAfter) &&
      !e.country &&
      nameKey(e.name) !== nameKey(hit.surface)
    )
      return false;
    const compass = hit.afterCompass && !hit.afterPartWord;
    return !(single && (compass || hit.afterName)) && (!e.commonWord || inContext);
  }
  if (single && (hit.afterCompass || (hit.inLongerName && e.population < 100_000))) return false;
  // ("the Casa Santa Marta hotel": a small town of a country the story never names, whose
  // name opens a longer one, lends it only its words.)
  if (hit.inLongerName && e.population < 100_000 && !inContext) return false;
  if (hit.adjectivePair) return false;
  if (m.alternate && !inContext && e.population < 100_000) return false;
  // ("Crowds gathered outside Buckingham Palace and Windsor Castle", "from Victoria Park to the
  // government headquarters": a village of a country the story never names, called like a
  // building or a park, is not the building or the park the story means.)
  if (!inContext && settlement(e) && e.population < 100_000 && BUILDING_LAST.test(hit.surface))
    return false;
  // ("the cumbia band Agua Marina": after another capitalised word, a foreign town's other
  // name is a word of that longer name, not Moscow's Mar'ino.)
  if (m.alternate && !inContext && hit.nameBefore && !e.capital) return false;
  // Ordinary words ("Mobile", "Red Cross") name a place only when big, or, for a name of
  // several words ("Eastern Creek"), when the story is in that place's region, or in a story
  // that names the region itself ("Canton" in a story about Illinois). The word is the name's
  // own: "Poonch" is no word, though the town's own name, Punch, is.
  const region = `${e.country}-${e.admin1}`;
  const inRegion = !!e.admin1 && ctx.admins.has(region);
  const regionNamed = !!e.admin1 && ctx.regions.has(region);
  // "Notre Dame" for Notre-Dame-de-Bondeville: what a small town's name says before "of" is
  // its neighbours' short form, and elsewhere names something else (a cathedral, a university).
  // (Not "Onagawa" for Onagawa Chō, the town's name without its unit.)
  if (m.alternate && e.population < 100_000 && !inRegion && opensNameOf(e.name, hit.surface))
    return false;
  // ("the southern Plains": "The Plains", a village, is written without its article too.)
  if (
    e.commonWord &&
    nameKey(e.name.replace(/^The\s+/, '')) === nameKey(hit.surface.replace(/^The\s+/, '')) &&
    e.population < 250_000 &&
    !e.capital &&
    !(inRegion && !single) &&
    !regionNamed
  )
    return false;
  // "Wagner mercenary chief", "a founder of Wagner": a village's name that the text never puts
  // anywhere, in a country it is not mostly about, names something else (a group, a firm).
  // (Not one a people's word puts in its country: "off the Italian island of Lampedusa".)
  const mainCountry = mainCountryOf(ctx);
  const unsited = !!ctx.sited && !ctx.sited.has(nameKey(hit.surface));
  if (
    single &&
    unsited &&
    settlement(e) &&
    e.population < 5_000 &&
    !e.capital &&
    e.country !== mainCountry &&
    hit.countryCue !== e.country &&
    !regionNamed
  )
    return false;
  // ("made landfall in Aurora province", of the Philippines: a province the gazetteer lacks is
  // no town of a country nothing else in the story points to, however big.)
  if (
    hit.regionCue &&
    settlement(e) &&
    !e.capital &&
    namedByOthers(e, nameKey(hit.surface), ctx) <= 0 &&
    !hit.matches.some((o) => o.entry.kind === 'region')
  )
    return false;
  // ("Japan's Noto peninsula" is no Noto of Italy.)
  if (hit.owner && e.country && e.country !== hit.owner) return false;
  // ("Villa Independencia, a neighbourhood of Vina del Mar": a part of a town, which no town of
  // a country nothing else in the story points to is.)
  if (hit.partCue && settlement(e) && namedByOthers(e, nameKey(hit.surface), ctx) <= 0)
    return false;
  // A town of a country no other name in the text points to is something else where the text
  // gives the name to a thing ("Japan's trade union confederation, known as Rengo"), and, when
  // small, where it puts the name nowhere, alone or not ("the El Nino weather pattern").
  if (
    (hit.givenName || (unsited && e.population < 10_000)) &&
    settlement(e) &&
    !e.capital &&
    !regionNamed &&
    namedByOthers(e, nameKey(hit.surface), ctx) === 0
  )
    return false;
  // ("the Eaton fire" in a story of Pasadena and Malibu: a small town the text puts nowhere, in
  // another region of the country whose towns the story names, is a name the place lends.)
  if (
    single &&
    unsited &&
    !hit.cityCue &&
    settlement(e) &&
    e.population < 10_000 &&
    !e.capital &&
    !inRegion &&
    !regionNamed &&
    [...ctx.admins].some((a) => a.startsWith(`${e.country}-`))
  )
    return false;
  // "Thomas", "Alfred": a lone given name is a person far more often than a small town, unless
  // the text calls it one in a country or region it names ("the Canadian town of Jasper").
  if (
    single &&
    ctx.givenNames.has(hit.surface) &&
    e.population < 50_000 &&
    !e.capital &&
    !(hit.cityCue && (inContext || regionNamed))
  )
    return false;
  // A name only one place in the world bears is good evidence on its own.
  const unique = hit.matches.length === 1 && !m.alternate;
  // Unique but small and in a country the article never names: more likely a street or a
  // building of a place it does name ("a sushi bar in Piccadilly") than a far-off village.
  const remote = !inContext && ctx.countries.size > 0;
  const needed =
    hit.initial && !hit.cityCue
      ? 200_000
      : single
        ? e.admin1 && ctx.regions.has(region) // any village the gazetteer holds, in a region named
          ? 0
          : inContext || (unique && !remote)
            ? 1_000
            : unique
              ? 5_000
              : remote
                ? 200_000 // one of several namesakes, none where the story is ("Mati" in Greece)
                : 15_000
        : // (Several small namesakes, none where the story is: "landmarks including Notre Dame"
          // in a story from Paris is none of them.)
          remote && !unique
          ? 15_000
          : 0;
  // GeoNames lists some towns without a count (population 0 means unknown, not empty): a name
  // only that town bears, in the story's country, is that town; so is one in the region where
  // the story is ("Yongsan" in a story from Seoul, not the village of the name elsewhere).
  const uncounted =
    single && !hit.initial && inContext && (unique || inRegion) && e.population === 0;
  return e.population >= needed || uncounted || (e.capital ?? false);
}

/** The population of the largest of a name's readings that `keep` keeps, or 0. */
function largest(hit: Hit, keep: (m: GazetteerMatch) => boolean): number {
  return Math.max(0, ...hit.matches.filter(keep).map((m) => m.entry.population));
}

function rank(hit: Hit, ctx: Context): GazetteerMatch | null {
  let best: GazetteerMatch | null = null;
  let bestScore = Number.NEGATIVE_INFINITY;
  // A country's or region's own name names it ("Mexico" is not Mexico City), but a region's
  // name that a city of millions also goes by is the city's after "in" ("trading in New
  // York", "fly to New York"; not "Buffalo, New York", "New York Governor", "the senator from
  // New York" or "New York has confirmed cases").
  const area = hit.matches.some(namesArea);
  const country =
    !(hit.locative || hit.reached) ||
    hit.matches.some((m) => m.entry.kind === 'country' && !m.alternate);
  const region = hit.regionCue && hit.matches.some((m) => m.entry.kind === 'region');
  const town = hit.cityCue && hit.matches.some((m) => settlement(m.entry));
  const county = hit.adminCue && hit.matches.some((m) => m.entry.kind === 'admin');
  // (The cities a region of the name is named after: theirs is the name, alternate or not.)
  const namesakeCities = new Map<GazetteerMatch, GazetteerMatch>();
  for (const r of hit.matches) {
    const city = r.entry.kind === 'region' ? cityOfRegion(hit, r) : undefined;
    if (city) namesakeCities.set(city, r);
  }
  // (A town of its own name, big or a capital: "New Delhi".)
  const ownTown = hit.matches.some(
    (o) =>
      !o.alternate && settlement(o.entry) && (o.entry.population >= 100_000 || !!o.entry.capital),
  );
  // A national capital is known the world over: a namesake a tenth its size in the story's
  // country is that town only where the story names its region near it ("travel to
  // Washington" in a story about Britain, even one that said "northern England" paragraphs
  // before; "airports in Amsterdam" beside "the United States").
  const capitalSize = largest(
    hit,
    (m) => !!m.entry.capital && settlement(m.entry) && plausible(hit, m, ctx),
  );
  // ("Peru was overjoyed" in a story that names Chicago: a country's own name is the country,
  // not a town it lends its name to in the story's state, which the text would qualify, as
  // "the towns of Nacogdoches and Palestine" does.)
  const countryOwn =
    !town &&
    hit.matches.some(
      (m) =>
        m.entry.kind === 'country' &&
        !m.alternate &&
        nameKey(m.entry.name) === nameKey(hit.surface),
    );
  // News writes a town of the United States with its state unless it is a big city (the AP's
  // style: "Mesquite, Nevada"), so one whose state the story never names is no match for a city
  // of 100,000 abroad: "told a news briefing in Geneva" in a story that names the United States.
  const cityAbroad = largest(hit, (m) => {
    const region = namesakeCities.get(m);
    return (
      settlement(m.entry) &&
      m.entry.country !== 'US' &&
      (plausible(hit, m, ctx) || (!!region && plausible(hit, region, ctx)))
    );
  });
  for (const m of hit.matches) {
    if (countryOwn && settlement(m.entry) && m.entry.population < 100_000) continue;
    if (
      cityAbroad >= 100_000 &&
      settlement(m.entry) &&
      m.entry.country === 'US' &&
      m.entry.population < 100_000 &&
      !ctx.regions.has(`US-${m.entry.admin1}`)
    )
      continue;
    if (
      settlement(m.entry) &&
      !m.entry.capital &&
      capitalSize > 0 &&
      m.entry.population * 10 <= capitalSize &&
      !regionNear(ctx, `${m.entry.country}-${m.entry.admin1}`, hit.start)
    )
      continue;
    const metropolis = settlement(m.entry) && m.entry.population >= MILLION && !country;
    if (area && m.alternate && !metropolis && !namesakeCities.has(m)) continue;
    if (cityRather(hit, m) || cityState(hit, m)) continue;
    if (region && m.entry.kind !== 'region') continue;
    if (town && !settlement(m.entry)) continue;
    if (county && m.entry.kind !== 'admin') continue;
    // (Where the region would stand, so does the city it is named after, which names it.)
    const named = namesakeCities.get(m);
    if (!plausible(hit, m, ctx) && !(named && plausible(hit, named, ctx))) continue;
    // "the city of Salto" in a story that names Uruguay: the seat of a region of its name
    // stands as high as that region would.
    // (And a city a region is named after, which the region gave way to, stands as high as
    // the region: "a ceasefire in Gaza" is the city the Gaza Strip is named for, not
    // Mozambique's Gaza Province; "near Geneva" is Genève, not Geneva, Illinois.)
    const namesake =
      (town && m.entry.seat ? namesakeRegion(hit, m.entry) : undefined) ?? namesakeCities.get(m);
    // ("Congolese soldiers" in a story about the Democratic Republic of Congo: of the
    // countries a people's word may name, the one the story names most.)
    const namedPeople = hit.demonym
      ? Math.min(1, Math.max(0, namedByOthers(m.entry, nameKey(hit.surface), ctx)) / 10)
      : 0;
    const s = Math.max(
      score(m, ctx, nameKey(hit.surface), ownTown) + namedPeople,
      namesake ? score(namesake, ctx, nameKey(hit.surface)) : Number.NEGATIVE_INFINITY,
    );
    if (s > bestScore) {
      best = m;
      bestScore = s;
    }
  }
  return best;
}

/**
 * The countries and regions an article is about, as far as a reading resolves them. With
 * `areasOnly`, only the countries and regions it names count: a first reading must not let a
 * far-off town vouch for its own country.
 */
function contextOf(
  hits: Hit[],
  ctx: Context,
  areasOnly = false,
  rollCalls: ReadonlySet<Hit> = new Set(),
): Context {
  const countries = new Map<string, number>();
  const peoples = new Map<string, number>();
  const admins = new Set<string>();
  const regions = new Map<string, Array<{ start: number }>>();
  const byName = new Map<string, Map<string, number>>();
  for (const h of hits) {
    if (h.holder) continue;
    const m = rank(h, ctx);
    const code = m?.entry.country;
    if (!m || !code) continue;
    if (areasOnly && m.entry.kind !== 'country' && m.entry.kind !== 'region') continue;
    if (rollCalls.has(h) && m.entry.kind === 'country') continue;
    countries.set(code, (countries.get(code) ?? 0) + 1);
    if (h.demonym) peoples.set(code, (peoples.get(code) ?? 0) + 1);
    const key = nameKey(h.surface);
    const own = byName.get(key) ?? new Map<string, number>();
    own.set(code, (own.get(code) ?? 0) + 1);
    byName.set(key, own);
    if (m.entry.admin1) admins.add(`${code}-${m.entry.admin1}`);
    if (m.entry.admin1 && m.entry.kind === 'region') {
      const region = `${code}-${m.entry.admin1}`;
      // (Pushed, not copied: a region named thousands of times stays linear.)
      const at = regions.get(region);
      if (at) at.push({ start: h.start });
      else regions.set(region, [{ start: h.start }]);
    }
  }
  for (const at of regions.values()) at.sort((a, b) => a.start - b.start);
  return {
    countries,
    peoples,
    admins,
    regions,
    byName,
    givenNames: ctx.givenNames,
    sited: ctx.sited,
  };
}

/** How near its region's name (in characters, two sentences or so) a town's name is qualified. */
const REGION_NEAR = 300;

/** Whether the text names a region within REGION_NEAR of a place (a binary search). */
function regionNear(ctx: Context, region: string, at: number): boolean {
  const named = ctx.regions.get(region) ?? [];
  return (named[firstStartingFrom(named, at - REGION_NEAR)]?.start ?? Infinity) <= at + REGION_NEAR;
}

/** " suburb": a word for a part of a town, after the part's name ("the Houghton suburb"). */
const SUBURB_AFTER = /^[ \t]+(?:suburbs?|neighbou?rhoods?|quarter|slum)\b/;

/** " MINE, ": capital words of a dateline's site after a name, up to the comma before its area. */
const DATELINE_QUALIFIER_GAP = /^(?:[ \t]+\p{Lu}[\p{Lu}'’.-]*)*,[ \t]*$/u;

/** How near a region's point a city must be for the region to be named after it. */
const REGION_OF_CITY_KM = 30;

/**
 * The city that a region reading of a hit is named after, if any: one of 100,000 or more, or
 * the region's own seat ("Derna", the district's seat of 80,000).
 */
function cityOfRegion(hit: Hit, r: GazetteerMatch): GazetteerMatch | undefined {
  return hit.matches.find(
    (m) =>
      settlement(m.entry) &&
      (m.entry.population >= 100_000 || (!!m.entry.seat && m.entry.admin1 === r.entry.admin1)) &&
      m.entry.country === r.entry.country &&
      kmBetween(r.entry, m.entry) <= REGION_OF_CITY_KM,
  );
}
/**
 * "SINGAPORE (Reuters) -", "VATICAN CITY": a city that a country of its name all but covers is
 * that country, one place on the map.
 */
function cityState(hit: Hit, m: GazetteerMatch): GazetteerMatch | undefined {
  if (!settlement(m.entry)) return undefined;
  return hit.matches.find(
    (c) =>
      c.entry.kind === 'country' &&
      !c.alternate &&
      c.entry.country === m.entry.country &&
      kmBetween(c.entry, m.entry) <= REGION_OF_CITY_KM,
  );
}

/**
 * "Marrakech": a prefecture around a city of 840,000 is named after it, and the city is what a
 * story means, short of "Marrakech province" (or "Jeju island", which the province is).
 */
function cityRather(hit: Hit, m: GazetteerMatch): boolean {
  return (
    m.entry.kind === 'region' &&
    !hit.regionCue &&
    !hit.beforeIsland &&
    !hit.beforeFeatureWord &&
    !!cityOfRegion(hit, m)
  );
}

/** "the provincial capital, ": a capital set before its name, a city whatever the province. */
const CAPITAL_SET_BEFORE = /\bcapital,\s+$/;

/** " province", "the province of ": the word of a province, after or before its name. */
const PROVINCE_AFTER = /^\s+(?:province|prefecture)\b/i;
const PROVINCE_BEFORE = /\b(?:province|prefecture)\s+of\s+$/i;

/** "Washington state", "Sichuan province": the name is the region's, not its namesake town's. */
const AREA_WORD_AFTER = /^\s+(?:state|province)\b/;

/**
 * " sky orange", " police": a noun in lower case right after a name, which the name describes
 * (not a function word, " and", " was", nor a verb, " reached", " said").
 */
function nounNext(after: string): boolean {
  const word = /^[ \t]+(\p{Ll}{3,})\b/u.exec(after)?.[1];
  return (
    !!word &&
    !FUNCTION_WORDS.has(word) &&
    !/(?:ed|ing|ly)$/.test(word) &&
    !/^sa(?:id|ys)$/.test(word)
  );
}

/** "the Yongsan district of", "the Sunan area of": a part of the town named next. */
const PART_OF = new RegExp(`^[ \\t]+(?:${TOWN_PART})[ \\t]+of[ \\t]+$`);
/** How far a part of a town may lie from the town's own point. */
const PART_KM = 40;
/** How far a town said to lie "near" another may lie from it. */
const NEAR_KM = 100;

/**
 * " Stock Exchange", " Police Department", " Mayor": a city's own body or officer after its
 * name, which is the city's as a place one goes to is ("the New York Stock Exchange").
 */
const CITY_BODY_AFTER =
  /^[ \t]+(?:Stock[ \t]+Exchange|Mercantile[ \t]+Exchange|Police[ \t]+(?:Department|Commissioner)|Fire[ \t]+Department|Marathon|Philharmonic|[Mm]ayor)\b/;

/** " in ", " in southern ": what follows holds the place before. */
const IN_AREA =
  /^[ \t]+in[ \t]+(?:the[ \t]+)?(?:(?:north|south|east|west|central)(?:ern)?[ \t]+)?$/i;
/**
 * ", in southern ", " mine in the ": the same past a comma, or past what a site named after
 * the place is, which the area holds as well ("the San Jose mine in the Atacama desert").
 */
const SITE_IN_AREA =
  /^(?:[ \t]+(?:mine|camp|base|prison|jail|refinery|plant|factory|dam|oilfield|field|crossing|checkpoint)s?)?,?[ \t]+in[ \t]+(?:the[ \t]+)?(?:(?:north|south|east|west|central)(?:ern)?[ \t]+)?$/i;

/** A facility named after a place: "Heathrow Airport", "Lusail Stadium". */
const FACILITY_AFTER =
  /^[ \t]+(?:Airport|Stadium|Arena|Station|Port|Harbou?r|Airbase|Air Base|Base|Prison|Hospital|Palace|Dam|Plant|Mine|Racecourse)\b/;

/** The region among a hit's readings whose seat is the town `e`. */
function namesakeRegion(hit: Hit, e: GazetteerEntry): GazetteerMatch | undefined {
  return hit.matches.find(
    (r) =>
      r.entry.kind === 'region' && r.entry.country === e.country && r.entry.admin1 === e.admin1,
  );
}

/** An area that can hold the place `m`: its country, or its first-level region. */
function holds(area: GazetteerEntry, m: GazetteerMatch): boolean {
  const e = m.entry;
  if (e.kind === 'country' || !e.country || e.country !== area.country) return false;
  if (area.kind === 'country') return true;
  if (area.kind !== 'region' || e.kind === 'region') return false;
  // "Preston, Lancashire": GeoNames files English towns under England, the county's point is
  // its county town; a town that close is in it whatever its code.
  return (!!e.admin1 && e.admin1 === area.admin1) || kmBetween(e, area) <= COUNTY_TOWN_KM;
}

/** " of ", " of the ": between a name and the area it is part of. */
const OF_AREA = /^[ \t]+of[ \t]+(?:the[ \t]+)?$/;

/** "the island of ", "the village of ": words that say a name is one small place. */
const SMALL_PLACE_BEFORE = /\b(?:island|islet|town|village|port|city)\s+of\s+$/i;

/** How near a region's point a town of another first-level code may be and still lie in it. */
const COUNTY_TOWN_KM = 40;

/**
 * Readings the text itself settles, whatever the context says: a name qualified by the area
 * that holds it ("Birmingham, Alabama", "Marion, Ohio", "Victoria, Canada") and a name followed
 * by "state" or "province" ("Washington state"). A qualifier that holds none of the name's
 * places is a list ("Ohio, Texas"), not a qualifier, and settles nothing, unless the name can
 * only be a town or a region elsewhere and no list goes on: then it is a town the gazetteer
 * lacks, read as null.
 */
function qualifiedReadings(
  text: string,
  hits: Hit[],
  ctx: Context,
): Map<Hit, GazetteerEntry | null> {
  const out = new Map<Hit, GazetteerEntry | null>();
  const best = (h: Hit, keep: (m: GazetteerMatch) => boolean) => {
    let top: GazetteerMatch | null = null;
    const key = nameKey(h.surface);
    for (const m of h.matches)
      if (
        !h.demonym &&
        keep(m) &&
        !cityRather(h, m) &&
        (!top || score(m, ctx, key) > score(top, ctx, key))
      )
        top = m;
    if (top) out.set(h, top.entry);
  };
  // The towns the story names apart from its parts of towns, read once when first asked for.
  let towns: GazetteerEntry[] | null = null;
  const storyTowns = () => {
    towns ??= hits.flatMap((o) => {
      const e = SUBURB_AFTER.test(text.slice(o.end, o.end + 16)) ? null : rank(o, ctx)?.entry;
      return e && settlement(e) ? [e] : [];
    });
    return towns;
  };
  // ("Bahawalpur in Punjab province": the area after "in" is the one of its name that holds the
  // town, though another, the story's country's, would stand alone.)
  const holder = new Map<Hit, GazetteerEntry>();
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i] as Hit;
    const next = hits[i + 1];
    if (!next || h.demonym || !IN_AREA.test(text.slice(h.end, next.start))) continue;
    const town = rank(h, ctx);
    const alone = rank(next, ctx)?.entry;
    if (!town || !settlement(town.entry) || !alone || holds(alone, town)) continue;
    const area = next.matches.find((r) => !r.alternate && holds(r.entry, town));
    if (area) holder.set(next, area.entry);
  }
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i] as Hit;
    const held = holder.get(h);
    if (held) {
      out.set(h, held);
      continue;
    }
    // ("the Southern District of New York": a name "of" a country or a region that holds none
    // of its namesakes is a part of that one the gazetteer lacks, not Botswana's district.)
    const whole = hits[i + 1];
    if (!h.demonym && whole && !whole.demonym && OF_AREA.test(text.slice(h.end, whole.start))) {
      const area = rank(whole, ctx)?.entry;
      if (
        area?.country &&
        (area.kind === 'country' || area.kind === 'region') &&
        !h.matches.some((m) => holds(area, m))
      ) {
        out.set(h, null);
        continue;
      }
    }
    // "Fulton County": the gazetteer holds no counties; one is read as the big town it is
    // named for, in the story's country ("Peoria County" holds Peoria), or as the island or
    // area it is ("Maui County", no state's first-level division like Washington), or left
    // unplaced (not Fulton, Missouri).
    const rest = text.slice(h.end, h.end + 80);
    if (!h.demonym && (COUNTY_NEXT.test(rest) || COUNTY_AFTER.test(rest))) {
      // ("Washington County, Oregon": the state after it holds what it is named for, which
      // Washington, D.C., is not.)
      const after = hits[i + 1];
      const state =
        after && /^[ \t]+County,[ \t]+$/.test(text.slice(h.end, after.start))
          ? rank(after, ctx)?.entry
          : undefined;
      const within = state?.kind === 'region' && state.admin1 ? state : undefined;
      best(
        h,
        (m) =>
          (settlement(m.entry) || (m.entry.kind === 'region' && !m.entry.admin1 && !m.alternate)) &&
          (m.entry.population >= 100_000 || m.entry.kind === 'region') &&
          !!m.entry.country &&
          ctx.countries.has(m.entry.country) &&
          (!within || (m.entry.country === within.country && m.entry.admin1 === within.admin1)),
      );
      if (!out.has(h)) out.set(h, null);
      continue;
    }
    if (AREA_WORD_AFTER.test(text.slice(h.end, h.end + 12))) {
      best(h, (m) => m.entry.kind === 'region' && !m.alternate);
      continue;
    }
    const next = hits[i + 1];
    // "the Yongsan district of Seoul": a namesake far from that town is not this part of it;
    // the gazetteer lacks the part, which stays unplaced.
    const town = next && PART_OF.test(text.slice(h.end, next.start)) && rank(next, ctx)?.entry;
    // ("a teacher in the Khartoum district of Riyadh", in a story of Sudan: the town of the
    // story's country first, and its district named after, whose namesake abroad is not it.)
    const own = town && !h.demonym ? rank(h, ctx)?.entry : undefined;
    if (
      next &&
      town &&
      own &&
      settlement(own) &&
      own.country &&
      (ctx.countries.get(own.country) ?? 0) > (ctx.countries.get(town.country ?? '') ?? 0)
    ) {
      out.set(next, null);
      i++;
      continue;
    }
    if (town && settlement(town) && !h.demonym) {
      best(h, (m) => kmBetween(m.entry, town) <= PART_KM);
      if (!out.has(h)) out.set(h, null);
      continue;
    }
    // "the Houghton suburb": a part of a town the story names, not a namesake far from all of
    // them (Houghton, Michigan, in a story from Johannesburg); a part the gazetteer lacks.
    if (!h.demonym && SUBURB_AFTER.test(text.slice(h.end, h.end + 16))) {
      const near = storyTowns();
      if (near.length) {
        best(h, (m) => near.some((t) => kmBetween(m.entry, t) <= PART_KM));
        if (!out.has(h)) out.set(h, null);
        continue;
      }
    }
    // ("at his home in Sundance, near Provo": a town said to lie near another lies within a
    // drive of it, not at a namesake states away; one the gazetteer lacks stays unplaced.)
    const nearby = hits[i + 1];
    if (!h.demonym && nearby && /^,[ \t]+near[ \t]+$/.test(text.slice(h.end, nearby.start))) {
      const by = rank(nearby, ctx)?.entry;
      if (by && settlement(by)) {
        best(h, (m) => kmBetween(m.entry, by) <= NEAR_KM);
        if (!out.has(h)) out.set(h, null);
        continue;
      }
    }
    // ("Chicago's Grant Park": what a town owns lies in it, not at a namesake far off, here a
    // village 70 km away; a park the gazetteer lacks stays unplaced.)
    const prev = hits[i - 1];
    const ownerTown =
      prev && !h.demonym && /^['’]s[ \t]+$/.test(text.slice(prev.end, h.start))
        ? rank(prev, ctx)?.entry
        : undefined;
    // (Only a town's namesake: "Beijing's Hong Kong affairs office" names the territory.)
    const owned = ownerTown && settlement(ownerTown) ? rank(h, ctx)?.entry : undefined;
    if (ownerTown && owned && settlement(owned)) {
      best(h, (m) => kmBetween(m.entry, ownerTown) <= PART_KM);
      if (!out.has(h)) out.set(h, null);
      continue;
    }
    // ("In Khan Younis, Israeli tanks": a demonym after the comma qualifies no town.)
    // ("the war in Gaza, U.S. President Donald Trump said": a name that opens a longer one
    // after the comma qualifies nothing, nor does an owner: "in Kaesong, South Korea's
    // ministry said".)
    // ("SAN JOSE MINE, Chile": a dateline's site may go on past the name, with words the
    // gazetteer may hold too, before its country.)
    // ("Washington, New York and Philadelphia": a name after the comma that "and" joins to a
    // third, itself with no area after it, is the second of a list; "Albany, New York and
    // Macon, Georgia" pairs each town with its area.)
    const third = hits[i + 2];
    const inList =
      !!next &&
      !!third &&
      /^[ \t]+(?:and|or)[ \t]+$/.test(text.slice(next.end, third.start)) &&
      !/^,[ \t]*\p{Lu}/u.test(text.slice(third.end, third.end + 3));
    const qualifyingAt = h.dateline
      ? i +
        1 +
        hits
          .slice(i + 1, i + 4)
          .findIndex((q) => DATELINE_QUALIFIER_GAP.test(text.slice(h.end, q.start)))
      : next && !inList && /^,[ \t]*$/.test(text.slice(h.end, next.start))
        ? i + 1
        : -1;
    // (None found leaves the index at the name itself, `i`: no qualifier.)
    const qualifying = qualifyingAt > i ? hits[qualifyingAt] : undefined;
    const opensName =
      !!qualifying &&
      !qualifying.abbreviation &&
      /^(?:[ \t]+\p{Lu}|['’]s\b)/u.test(text.slice(qualifying.end, qualifying.end + 3));
    const ranked =
      qualifying && !qualifying.demonym && !opensName ? rank(qualifying, ctx)?.entry : undefined;
    // ("Gatineau, Quebec": after a town, the province that holds it, not the city of its name.)
    const holding =
      ranked && qualifying && settlement(ranked)
        ? qualifying.matches.find(
            (a) =>
              !a.alternate &&
              (a.entry.kind === 'region' || a.entry.kind === 'country') &&
              h.matches.some((t) => settlement(t.entry) && holds(a.entry, t)),
          )?.entry
        : undefined;
    if (qualifying && holding) out.set(qualifying, holding);
    const qualifier = holding ?? ranked;
    const area =
      qualifier && (qualifier.kind === 'country' || qualifier.kind === 'region')
        ? qualifier
        : undefined;
    // A dateline names the city the story was filed from ("NEW YORK (AP) —"), and a bare one
    // the best-known city of that name, whatever else the story names ("PARADISE, Calif." is
    // qualified like a town in the text). A desk files under a city's name of today: its own
    // name counts for more than a former one ("ISLAMABAD" is Pakistan's capital, not Chattogram,
    // once known by it), though "NEW YORK", an alternate of New York City, still finds it.
    // (The city a region of its name is named after bears that name as its own: "GENEVA" is
    // Genève, not Geneva, Illinois.)
    if (h.dateline && !area) {
      const namesakes = new Set(
        h.matches.flatMap((r) => {
          const city = !r.alternate && r.entry.kind === 'region' ? cityOfRegion(h, r) : undefined;
          return city ? [city] : [];
        }),
      );
      const known = (m: GazetteerMatch) =>
        prior(m.entry) + (m.alternate && !namesakes.has(m) ? 0 : 2);
      const cities = h.matches.filter((m) => m.entry.kind === 'city');
      const top = cities.sort((a, b) => known(b) - known(a))[0];
      if (top) out.set(h, (cityState(h, top) ?? top).entry);
      continue;
    }
    // "China, Japan agree": two countries are a list, not a town of the second named like the
    // first ("Lebanon, Pa." is a town: the area there is a state).
    const countryListed =
      area?.kind === 'country' && h.matches.some((m) => namesArea(m) && m.entry.kind === 'country');
    // "Shannon in Ireland", "Khan Younis in southern Gaza": a place inside the area named after
    // "in" is that area's, though alone the name is a given name or a common word.
    const between = next ? text.slice(h.end, next.start) : '';
    const plainIn = IN_AREA.test(between);
    const inArea =
      next && !h.demonym && (plainIn || SITE_IN_AREA.test(between))
        ? rank(next, ctx)?.entry
        : undefined;
    // ("the region of Valencia in Spain" is the region, as its own words say.)
    if (
      inArea &&
      (inArea.kind === 'country' || inArea.kind === 'region') &&
      !area &&
      !h.regionCue
    ) {
      best(h, (m) => settlement(m.entry) && holds(inArea, m));
      // ("the island of La Palma in the Canary Islands": an island or a town of an area that
      // holds none of its namesakes is one the gazetteer lacks, not La Palma del Condado in
      // Andalusia nor La Palma in California; so is a town or a site whose every namesake is
      // a town or a region abroad: "the San Jose mine in the Atacama desert" of Chile.)
      const abroad = (e: GazetteerEntry) =>
        settlement(e) || (e.kind === 'region' && e.country !== inArea.country);
      if (
        !out.has(h) &&
        (SMALL_PLACE_BEFORE.test(text.slice(Math.max(0, h.start - 16), h.start)) ||
          h.matches.every((m) => abroad(m.entry)))
      )
        out.set(h, null);
      continue;
    }
    // "near Attleborough in Norfolk": a town "in" a namesake town of another country is in a
    // county the gazetteer lacks, not in Norfolk, Virginia.
    const here = plainIn && inArea && settlement(inArea) ? rank(h, ctx)?.entry : undefined;
    if (next && inArea && here && settlement(here) && here.country !== inArea.country)
      out.set(next, null);
    if (!qualifying || !area || countryListed) continue;
    best(h, (m) => holds(area, m));
    // "Stroud, Ontario, Canada", "a Bradford, Ontario court": a town the gazetteer lacks, in an
    // area the text names; its English namesakes are not it, so it stays unplaced. ("Ohio,
    // Texas" is a list: Ohio can be a region of Texas's country.)
    // ("Europe, Israel and the United States": a continent is in no country.)
    const elsewhere = (e: GazetteerEntry) =>
      settlement(e) || (e.kind === 'region' && !!e.country && e.country !== area.country);
    if (!out.has(h) && !h.demonym && h.matches.every((m) => elsewhere(m.entry))) {
      const after = hits[qualifyingAt + 1];
      const listed =
        !!after &&
        /^(?:,[ \t]*|,?[ \t]+(?:and|or)[ \t]+)(?:the[ \t]+)?$/.test(
          text.slice(qualifying.end, after.start),
        ) &&
        rank(after, ctx)?.entry.id !== `country:${area.country}`;
      if (!listed) out.set(h, null);
    }
  }
  // "Arizona, Georgia, Illinois and Washington": the items of a list are of one kind, so a name
  // in a list of states is the state, in a list of countries the country.
  const lists = listsOf(text, hits);
  // The countries the text names, by name or demonym.
  const named = new Set(
    lists.length
      ? hits
          .map((h) => rank(h, ctx)?.entry)
          .flatMap((e) => (e?.kind === 'country' ? [e.country] : []))
      : [],
  );
  for (const list of lists) {
    const reading = (h: Hit) => (out.has(h) ? out.get(h) : rank(h, ctx)?.entry);
    const readings = list.map(reading);
    // "in Moonbi, Parkes, Berry and Wyong": a name listed with two towns of one region is a
    // town of that region if it can be, though alone it would be a word ("Berry") or a person.
    const home = mostCommon(
      readings.map((e) => (e && settlement(e) && e.admin1 ? `${e.country}-${e.admin1}` : null)),
    );
    if (home && home[1] >= 2)
      for (const h of list)
        if (!out.has(h) && !reading(h))
          best(
            h,
            (m) =>
              settlement(m.entry) &&
              !m.alternate &&
              `${m.entry.country}-${m.entry.admin1}` === home[0],
          );
    const top = mostCommon(readings.map((e) => e?.kind));
    const peers = new Set(readings.map((e) => e?.country));
    // ("police in Boston, New York and Washington": among cities, a state's name that a city
    // of millions goes by is that city.)
    if (top && top[1] * 2 > list.length && top[0] === 'city')
      for (const h of list)
        if (!out.has(h) && reading(h)?.kind === 'region')
          best(
            h,
            (m) =>
              settlement(m.entry) && m.entry.population >= MILLION && peers.has(m.entry.country),
          );
    if (!top || top[1] * 2 <= list.length || (top[0] !== 'region' && top[0] !== 'country'))
      continue;
    const settled = new Set(list.filter((h) => out.has(h)));
    for (const h of list) {
      if (settled.has(h)) continue;
      best(
        h,
        (m) =>
          m.entry.kind === top[0] &&
          !m.alternate &&
          (top[0] === 'country' || peers.has(m.entry.country)),
      );
    }
    // The country most of the regions listed are in: "Yorkshire, Lincolnshire and Cornwall".
    const homeCountry = mostCommon(
      list.map(reading).map((e) => (e?.kind === 'region' ? e.country : null)),
    );
    for (const h of list) {
      if (settled.has(h)) continue;
      // A town of another country among those regions is a region the gazetteer lacks, and so
      // is a region of a country the text never names ("New York City, Long Island, New York,
      // Pennsylvania and New Jersey": not Long Island in the Bahamas).
      const e = out.get(h) ?? reading(h);
      if (top[0] === 'region' && homeCountry && homeCountry[1] * 2 > list.length && e)
        if (
          e.country !== homeCountry[0] &&
          (settlement(e) || (e.kind === 'region' && !named.has(e.country ?? '')))
        )
          out.set(h, null);
    }
  }
  // "Neighbouring Niger and Cameroon", "the states of Jigawa and Katsina": two names joined by
  // "and" are of one kind too, the kind of the one that can only be that (Cameroon, a country;
  // Jigawa, a state), in its country.
  for (const pair of pairsOf(text, hits)) {
    const certain = pair.map((h) => {
      const kinds = new Set(h.matches.filter((m) => !m.alternate).map((m) => m.entry.kind));
      const only = h.matches.find((m) => !m.alternate)?.entry;
      // (Not one read as a great city that goes by the name: "police in New York and
      // Washington" are cities.)
      return !h.demonym &&
        kinds.size === 1 &&
        only &&
        (only.kind === 'country' || only.kind === 'region') &&
        rank(h, ctx)?.entry.id === only.id
        ? only
        : null;
    });
    pair.forEach((h, i) => {
      const sure = certain[1 - i];
      if (!sure || certain[i] || out.has(h)) return;
      best(
        h,
        (m) =>
          m.entry.kind === sure.kind &&
          !m.alternate &&
          (sure.kind === 'country' || m.entry.country === sure.country),
      );
    });
  }
  return out;
}

/** Two names joined by "and" or "or" and in no longer list: "Niger and Cameroon". */
function pairsOf(text: string, hits: Hit[]): Hit[][] {
  const joined = (a: Hit | undefined, b: Hit | undefined) =>
    !!a && !!b && LIST_JOIN.test(text.slice(a.end, b.start));
  const pairs: Hit[][] = [];
  for (let i = 0; i + 1 < hits.length; i++) {
    const [a, b] = [hits[i] as Hit, hits[i + 1] as Hit];
    if (
      /^[ \t]+(?:and|or)[ \t]+$/.test(text.slice(a.end, b.start)) &&
      !joined(hits[i - 1], a) &&
      !joined(b, hits[i + 2])
    )
      pairs.push([a, b]);
  }
  return pairs;
}

/** The value met most often among the items, with its count (none for none). */
function mostCommon(
  values: ReadonlyArray<string | null | undefined>,
): [string, number] | undefined {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0];
}

/** What joins the names of a list: a comma, or "and" or "or". */
const LIST_JOIN = /^(?:,[ \t]*|,?[ \t]+(?:and|or)[ \t]+)(?:the[ \t]+)?$/;

/** Runs of three or more names joined by commas and a final "and" or "or". */
function listsOf(text: string, hits: Hit[]): Hit[][] {
  const lists: Hit[][] = [];
  let run: Hit[] = [];
  for (const h of hits) {
    const prev = run.at(-1);
    if (prev && LIST_JOIN.test(text.slice(prev.end, h.start))) run.push(h);
    else {
      if (run.length >= 3) lists.push(run);
      run = [h];
    }
  }
  if (run.length >= 3) lists.push(run);
  return lists;
}

const COMPASS_SHORT = /\b[Tt]he (North|South|East|West)\b(?![ \t]+(?:of\b|\p{Lu}))/gu;
const COMPASS_PAIR =
  /\b(North|South|East|West|Central) and (North|South|East|West|Central) (\p{Lu}[\p{L}'’-]+)/gu;

/**
 * Names the text shortens: "North and South X" names both countries or regions so called
 * ("North and South Korea", "Central and South America"), and "the North"
 * or "the South" in a story that names a country "North X" is that country, the way news
 * writes about divided countries. Only a country the story names in full (or by its people:
 * "North Korean"), and only one per compass word, is read so.
 */
function addCompassMentions(
  text: string,
  gazetteer: Gazetteer,
  blocked: (start: number, end: number) => boolean,
  byEntry: Map<string, PlaceCandidate>,
): void {
  // Mentions sorted by start, so a new one's overlap is one binary search away (long texts);
  // the compass words added here never overlap one another, only the same word twice.
  const mentions = [...byEntry.values()]
    .flatMap((p) => p.mentions)
    .sort((x, y) => x.start - y.start);
  const added = new Set<number>();
  const overlaps = (start: number, end: number) =>
    added.has(start) || (mentions[firstStartingFrom(mentions, end) - 1]?.end ?? 0) > start;
  const add = (entry: GazetteerEntry, start: number, end: number) => {
    if (blocked(start, end) || overlaps(start, end)) return;
    added.add(start);
    candidateIn(byEntry, entry).mentions.push({ start, end, text: text.slice(start, end) });
  };
  for (const m of text.matchAll(COMPASS_PAIR)) {
    const second = m[2] ?? '';
    const rest = m[3] ?? '';
    const full = gazetteer.lookup(nameKey(`${m[1]} ${rest}`)).find(namesArea)?.entry;
    const other = gazetteer.lookup(nameKey(`${second} ${rest}`)).some(namesArea);
    if (full && other) add(full, m.index, m.index + (m[1] ?? '').length);
  }
  const named = new Map<string, GazetteerEntry[]>();
  for (const p of byEntry.values()) {
    const word = /^(North|South|East|West) /.exec(p.entry.name)?.[1];
    // ("North Korean soldiers" names it in full too.)
    const called = p.mentions.length || p.demonyms.some((d) => d.text.startsWith(`${word} `));
    if (word && p.entry.kind === 'country' && called)
      named.set(word, [...(named.get(word) ?? []), p.entry]);
  }
  for (const m of text.matchAll(COMPASS_SHORT)) {
    const [entry, ...more] = named.get(m[1] ?? '') ?? [];
    const start = m.index + m[0].length - (m[1] ?? '').length;
    if (entry && !more.length) add(entry, start, start + (m[1] ?? '').length);
  }
  for (const p of byEntry.values()) p.mentions.sort((a, b) => a.start - b.start);
}

/** "East Berlin": a compass word and the name it opens. */
const COMPASS_OPENING = /^(?:East|West|North|South)[ \t]+(\p{Lu}.*)$/u;

/** The candidate an entry has in `byEntry`, made empty there if it has none yet. */
function candidateIn(byEntry: Map<string, PlaceCandidate>, entry: GazetteerEntry): PlaceCandidate {
  const found = byEntry.get(entry.id);
  if (found) return found;
  const made = { entry, aliases: new Set<string>(), mentions: [], demonyms: [], descriptions: [] };
  byEntry.set(entry.id, made);
  return made;
}

/** Where the list a name ends starts ("Mali" of "in Chad, Niger and Mali"), or the name's start. */
export function listStartOf(text: string, h: TextSpan): number {
  return (
    h.start - (LIST_BEFORE.exec(text.slice(Math.max(0, h.start - 120), h.start))?.[0].length ?? 0)
  );
}

/**
 * Finds every toponym and demonym and resolves each name to one gazetteer entry, the way
 * geoparsers do: candidates by name, then a score from prominence (kind, population, capital,
 * own name over alternate name) and context (the countries and regions the article names, read
 * in a first pass). One name keeps one place across the article.
 */
export function findPlaces(
  text: string,
  sentences: TextSpan[],
  gazetteer: Gazetteer,
  blocked: (start: number, end: number) => boolean,
  givenNames: ReadonlySet<string> = new Set(),
): PlaceCandidate[] {
  // ("the organisation Nihon Hidankyo ... Nihon Hidankyo said": a body's name stays its name.)
  const bodies = new Set(
    [...text.matchAll(BODY_NAME)].map((m) => m[1]?.replace(/\s+/g, ' ') ?? ''),
  );
  // ("Tottenham Hotspur beat ... Tottenham will parade the trophy": a town a club is named for
  // is the club where the text writes it alone, though not after a preposition of place.)
  const clubs = new Set(
    [...text.matchAll(CLUB_NAME)]
      .filter((m) => clubAfter(text, m.index + m[0].length))
      .map((m) => m[0]),
  );
  // (The names the text gives a vessel or a news agency: "the warship Cheonan", "Xinhua news
  // agency".)
  const things = new Set(
    [...text.matchAll(VESSEL_NAME), ...text.matchAll(AGENCY_NAME)].map((m) => m[1] ?? ''),
  );
  const tokensOf = sentences.map((s) =>
    splitAreaPairs(tokenize(text.slice(s.start, s.end), s.start), gazetteer),
  );
  // (The words the text writes in lower case anywhere: "a van" tells what "Van ..." opening a
  // sentence is.)
  const lowerWords = new Set<string>();
  for (const tokens of tokensOf) for (const t of tokens) if (!t.cap) lowerWords.add(t.text);
  // (And the pairs of capitalised words it writes inside a sentence: "to buy Credit Suisse"
  // tells that "Credit Suisse shares fell" opens with a longer name, not with a word and a place.)
  const namePairs = new Set<string>();
  for (const tokens of tokensOf)
    for (const [k, t] of tokens.entries()) {
      const prev = tokens[k - 1];
      if (prev?.cap && t.cap && !prev.initial && adjacent(text, prev, t))
        namePairs.add(`${prev.text} ${t.text}`);
    }
  const hits = tokensOf.flatMap((tokens) =>
    scan(text, tokens, gazetteer, blocked, bodies, clubs, things, lowerWords, namePairs),
  );
  // (A list's first name is governed by the word before the list: "in Mali, Chad and Niger".)
  const sited = new Set(
    hits
      .filter((h) => {
        const listStart = listStartOf(text, h);
        return (
          h.cityCue ||
          h.regionCue ||
          h.dateline ||
          SITED_BEFORE.test(text.slice(Math.max(0, listStart - 20), listStart))
        );
      })
      .map((h) => nameKey(h.surface)),
  );
  // ("Cases have been reported in Thailand, Japan, South Korea, the United States and
  // Singapore": a roll call of four or more countries sets the story in none of them, and one
  // named only there must not make "in Geneva" Geneva, Illinois; "across Mexico, the United
  // States and Canada" is where it happens.)
  const rollCalls = new Set(
    listsOf(text, hits)
      .filter((list) => list.length >= 4)
      .flat(),
  );
  const first = contextOf(
    hits,
    {
      countries: new Map(),
      peoples: new Map(),
      admins: new Set(),
      regions: new Map(),
      byName: new Map(),
      givenNames,
      sited,
    },
    true,
    rollCalls,
  );
  const ctx = contextOf(hits, first, false, rollCalls);

  const chosen = new Map<string, GazetteerEntry | null>();
  const own = qualifiedReadings(text, hits, ctx);
  // (A dateline's city is the one the desk files from, not always the one the text names ("NEW
  // YORK" files on the state too); but one the dateline qualifies by its area, "VANCOUVER,
  // Wash.", is the town the text names again, and a dateline whose country holds no town of
  // the name says the text's is none the gazetteer has.)
  // (Nor does a town's name after "the", some other thing's: "the Montreal, Maine and Atlantic
  // Railway".)
  for (const [h, entry] of own)
    if (
      (!h.dateline || entry === null || /^,[ \t]+\p{Lu}/u.test(text.slice(h.end, h.end + 3))) &&
      !h.theFeature &&
      !AREA_WORD_AFTER.test(text.slice(h.end, h.end + 12))
    )
      chosen.set(nameKey(h.surface), entry);
  // "the Canadian town of Jasper ... Jasper is one of the jewels": a name the text calls a town
  // is that town where it comes back alone, though alone (a given name, a common word) it would
  // not be; unless the text calls two towns by it. (So is one a people's word puts in its
  // country: "boat sinks off Lampedusa" over "off the Italian island of Lampedusa".)
  const called = new Map<string, GazetteerEntry | null>();
  for (const h of hits) {
    if (!(h.cityCue || h.countryCue) || h.notPlace || h.beforeFeatureWord || own.has(h)) continue;
    const key = nameKey(h.surface);
    const e = rank(h, ctx)?.entry ?? null;
    called.set(key, called.has(key) && called.get(key)?.id !== e?.id ? null : e);
  }
  for (const [key, e] of called) if (e && !chosen.has(key)) chosen.set(key, e);
  // ("the central province of Cebu ... Power was cut in northern Cebu": a name the text calls a
  // region is that region where it comes back alone, not the city it is named after; unless
  // the text also calls it a town, and not in a dateline, which names the city filed from.)
  const regionCalled = new Map<string, GazetteerEntry | null>();
  for (const h of hits) {
    if (!h.regionCue || h.notPlace || h.beforeFeatureWord) continue;
    // (Called so by a province's word: "the Paris region" or "Bangkok Governor" cue a region
    // that is the city's own, which the city stands for where it comes back.)
    if (
      !PROVINCE_AFTER.test(text.slice(h.end, h.end + 16)) &&
      !PROVINCE_BEFORE.test(text.slice(Math.max(0, h.start - 24), h.start))
    )
      continue;
    const key = nameKey(h.surface);
    const e = own.has(h) ? own.get(h) : rank(h, ctx)?.entry;
    const region = e?.kind === 'region' && !called.has(key) ? e : null;
    regionCalled.set(
      key,
      regionCalled.has(key) && regionCalled.get(key)?.id !== region?.id ? null : region,
    );
  }
  // "the Noto Peninsula ... flights to Noto airport": a name that opens a longer place name the
  // story holds is that place where the name's own readings lie in countries nothing else in the
  // story points to (not Noto of Sicily); not an article that opens it ("Al Ain ... Dubai's Al
  // Barsha district").
  const longer = new Map<string, GazetteerEntry>();
  for (const h of hits) {
    const e = /\s/.test(h.surface) && !h.notPlace ? rank(h, ctx)?.entry : undefined;
    const opening = nameKey(h.surface).split(' ')[0] ?? '';
    if (
      e?.country &&
      !CONNECTORS.has(opening) &&
      namedByOthers(e, nameKey(h.surface), ctx) > 0 &&
      !longer.has(opening)
    )
      longer.set(opening, e);
  }
  for (const h of hits) {
    const key = nameKey(h.surface);
    const e = longer.get(key);
    if (!e || chosen.has(key) || h.demonym || h.cityCue || h.regionCue) continue;
    const own = rank(h, ctx)?.entry;
    if (!own || (own.country && namedByOthers(own, key, ctx) <= 0)) chosen.set(key, e);
  }
  // ("Rostov-on-Don ... Residents of Rostov", "Stratford-upon-Avon ... Stratford": a name that
  // opens a town's name, joined to the rest by hyphens and a joining word, is that town where it
  // comes back alone, unless it is a country's own name.)
  const joined = new Map<string, GazetteerEntry>();
  for (const h of hits) {
    const opening = HYPHEN_JOINED.exec(h.surface)?.[1];
    const e = opening && !h.notPlace ? rank(h, ctx)?.entry : undefined;
    if (opening && e && settlement(e)) joined.set(nameKey(opening), e);
  }
  for (const h of hits) {
    const key = nameKey(h.surface);
    const e = joined.get(key);
    if (!e || chosen.has(key) || h.demonym || h.cityCue || h.regionCue) continue;
    if (rank(h, ctx)?.entry.kind !== 'country') chosen.set(key, e);
  }
  // "the Democratic Republic of Congo ... cases in Congo": the name after "of" in a country's
  // long name is that country in the same story, not another that bears it.
  for (const h of hits) {
    const tail = LONG_NAME_TAIL.exec(h.surface)?.[1];
    const e = tail && !h.demonym ? rank(h, ctx)?.entry : undefined;
    if (!tail || e?.kind !== 'country') continue;
    const key = nameKey(tail);
    // (Not "China" after "the Republic of China": a name another country bears as its own.)
    const another = gazetteer
      .lookup(key)
      .some(
        (m) => m.entry.kind === 'country' && nameKey(m.entry.name) === key && m.entry.id !== e.id,
      );
    if (!chosen.has(key) && !another) chosen.set(key, e);
  }
  // A name the story gives a facility ("Heathrow Airport ... flights from Heathrow") or a
  // company ("Toyota Motor Corp ... Toyota shares rose") is theirs when it comes back alone, not
  // a town that bears it: a small town for a facility (Heathrow, Florida); for a company, any
  // short of a big city, unless the text puts something in it ("Tokyo Electric Power Co ... in
  // Tokyo" is the city).
  // (For a company, a region short of a country too: "Meta Platforms ... Meta, which has sold
  // its headsets" is no department of Colombia.)
  const shortNameOf = (
    named: (h: Hit) => boolean,
    under: number,
    unlessIn: boolean,
    kinds: (e: GazetteerEntry) => boolean = settlement,
  ) => {
    const names = new Set(hits.filter(named).map((h) => nameKey(h.surface)));
    return (h: Hit, e: GazetteerEntry) =>
      names.has(nameKey(h.surface)) &&
      kinds(e) &&
      e.population < under &&
      !(unlessIn && h.locative);
  };
  // (So is a building's: "Notre-Dame cathedral ... the bells of Notre-Dame".)
  const facilityName = shortNameOf(
    (h) => h.beforeBuilding || FACILITY_AFTER.test(text.slice(h.end, h.end + 16)),
    100_000,
    false,
  );
  const companyName = shortNameOf(
    (h) => h.inCompanyName,
    1_000_000,
    true,
    (e) => e.kind !== 'country',
  );
  // ("East Berlin" in a story of Berlin, Germany: a compass word before a town the story names
  // alone is a part of that town, not a namesake in another country; "North Kensington" in a
  // story of London, which never names the United States, is the Kensington of the story's
  // country, not a town in Maryland.)
  const bare = new Map<string, Hit>();
  for (const h of hits) {
    const key = nameKey(h.surface);
    if (!h.notPlace && !h.demonym && !bare.has(key)) bare.set(key, h);
  }
  const wholeTown = (h: Hit, entry: GazetteerEntry): GazetteerEntry | undefined => {
    const rest = COMPASS_OPENING.exec(h.surface)?.[1];
    const whole = rest === undefined ? undefined : bare.get(nameKey(rest));
    const town = whole && (chosen.get(nameKey(whole.surface)) ?? rank(whole, ctx)?.entry);
    if (town) return settlement(town) && town.country !== entry.country ? town : undefined;
    const main = mainCountryOf(ctx);
    if (rest === undefined || !main || main === entry.country) return undefined;
    if (namedByOthers(entry, nameKey(h.surface), ctx) > 0) return undefined;
    return gazetteer
      .lookup(nameKey(rest))
      .find((m) => !m.alternate && settlement(m.entry) && m.entry.country === main)?.entry;
  };
  // ("camps on the Guadalupe River ... The Guadalupe rose 26 feet": a river the text names is
  // what "the" and its name alone say, not a far town of the name.)
  const rivers = new Set(
    hits
      .filter((h) => RIVER_AFTER.test(text.slice(h.end, h.end + 8)))
      .map((h) => nameKey(h.surface)),
  );
  const byEntry = new Map<string, PlaceCandidate>();
  for (const h of hits) {
    // "The All India Institute" names no place, even in a story about India.
    if (h.notPlace) continue;
    const key = nameKey(h.surface);
    // "the Uruguay River" is judged on its own, whatever the name meant elsewhere in the article,
    // and so are "the city of Valencia" and "the region of Valencia" in one story.
    const cued = h.cityCue || h.regionCue || !!h.countryCue;
    let entry = h.beforeFeatureWord
      ? undefined
      : own.has(h)
        ? own.get(h)
        : cued
          ? undefined
          : (!h.dateline &&
              !CAPITAL_SET_BEFORE.test(text.slice(Math.max(0, h.start - 24), h.start)) &&
              regionCalled.get(key)) ||
            chosen.get(key);
    if (entry === undefined) {
      entry = rank(h, ctx)?.entry ?? null;
      // A name read in a special position does not decide the name for the whole article.
      // ("Metz Fresh LLC" does not stop Metz being Metz.)
      // ("smoke turns New York sky orange ... the air quality index in New York": nor a name of
      // a region and a town that describes the noun after it.)
      const special =
        h.initial ||
        (h.beforeNoun &&
          h.matches.some((m) => m.entry.kind === 'region') &&
          h.matches.some((m) => settlement(m.entry))) ||
        h.inLongerName ||
        h.afterCompass ||
        h.beforeFeatureWord ||
        h.inCompanyName ||
        h.givenName ||
        // ("the Montreal, Maine and Atlantic Railway ... east of Montreal": nor a town's name
        // after "the", read as some other thing's.)
        h.theFeature ||
        !!h.wordBefore;
      if (!special && !chosen.has(key)) chosen.set(key, entry);
    }
    if (
      entry &&
      settlement(entry) &&
      rivers.has(key) &&
      /\bthe[ \t]+$/i.test(text.slice(Math.max(0, h.start - 4), h.start))
    )
      continue;
    if (entry && settlement(entry)) entry = wholeTown(h, entry) ?? entry;
    // ("the Uruguayan capital" is Montevideo, not Uruguay; in "Thailand's capital" the
    // country is named, and "capital" is Bangkok.)
    const described = entry?.kind === 'country' ? capitalPhrase(text, h) : null;
    const capital = described && gazetteer.capitalOf(entry?.country ?? '');
    if (described && capital) {
      candidateIn(byEntry, capital).descriptions.push(described);
      if (h.demonym) continue;
    }
    // Each mention of an institution is judged on its own: "in the EU", but not "the EU said".
    if (
      !entry ||
      (entry.institution && !h.locative) ||
      // ("the port city of Wajima ... Wajima Port": not where the text calls it a town.)
      (facilityName(h, entry) && called.get(key)?.id !== entry.id) ||
      companyName(h, entry)
    )
      continue;
    const place = candidateIn(byEntry, entry);
    const mention: Mention = { start: h.start, end: h.end, text: h.surface };
    if (h.demonym) {
      // ("Russian forces launched an attack", "North Korean troops fired": a state's armed
      // forces act for it, which a word of its people before them says.)
      const forces = ARMED_FORCES_AFTER.exec(text.slice(h.end, h.end + 40));
      if (
        forces &&
        !GOVERNED.test(text.slice(Math.max(0, h.start - 20), h.start)) &&
        (ACTOR_VERB.test(text.slice(h.end + forces[0].length, h.end + forces[0].length + 60)) ||
          MOVED_IN_FORCE.test(text.slice(h.end + forces[0].length, h.end + forces[0].length + 40)))
      )
        mention.actor = true;
      place.demonyms.push(mention);
      continue;
    }
    // "The United States, South Korea and Japan are due to hold talks": a list speaks or acts
    // as one, and a preposition before its first name governs them all.
    const listStart = listStartOf(text, h);
    const listEnd = h.end + (LIST_REST.exec(text.slice(h.end, h.end + 120))?.[0].length ?? 0);
    // ("A storm that hit Seoul on Monday killed": or the object of a relative clause's verb.)
    const governed =
      GOVERNED.test(text.slice(Math.max(0, listStart - 20), listStart)) ||
      RELATIVE_OBJECT_BEFORE.test(text.slice(Math.max(0, listStart - 40), listStart));
    // ("North Korea, which boycotted the last Games, offered to send": past a relative aside.)
    const aside = RELATIVE_ASIDE_OPENING.exec(text.slice(listEnd, listEnd + 90));
    const verbAt = listEnd + (aside?.[0].length ?? 0);
    if (
      !governed &&
      (ACTOR_VERB.test(text.slice(verbAt, verbAt + 60)) ||
        CONTROL_VERB.test(text.slice(verbAt, verbAt + 40)))
    )
      mention.actor = true;
    place.mentions.push(mention);
    if (h.surface !== entry.name) place.aliases.add(h.surface);
  }
  addCompassMentions(text, gazetteer, blocked, byEntry);
  return withStatedDistances(text, [...byEntry.values()]);
}

/**
 * ", about 120 km south of ", " nuclear plant, some 60 miles north of the ": a distance the text
 * states from a place named next, after a town and a few words of what is there.
 */
const STATED_DISTANCE =
  /^(?:[ \t]+\p{Ll}[\p{Ll}-]*){0,3},[ \t]+(?:(?:about|some|around|nearly|roughly|just)[ \t]+)?(\d[\d,.]*)[ \t]*(km|kilometres|kilometers|miles)[ \t]+(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?[ \t]+of[ \t]+(?:the[ \t]+)?/u;

/**
 * ("its Sendai nuclear plant, about 120 km south of Kumamoto": a town put a stated distance from
 * another town, but resolved to a namesake far past it, is the wrong namesake; the mention stays
 * unplaced rather than misplaced.)
 */
function withStatedDistances(text: string, found: PlaceCandidate[]): PlaceCandidate[] {
  const byStart = new Map<number, PlaceCandidate>();
  for (const p of found) for (const m of p.mentions) byStart.set(m.start, p);
  for (const p of found) {
    if (!settlement(p.entry) && p.entry.kind !== 'landmark') continue;
    p.mentions = p.mentions.filter((m) => {
      const d = STATED_DISTANCE.exec(text.slice(m.end, m.end + 90));
      const from = d ? byStart.get(m.end + d[0].length) : undefined;
      if (!d || !from || !settlement(from.entry)) return true;
      const stated = Number((d[1] ?? '').replace(/,/g, '')) * (d[2] === 'miles' ? 1.609 : 1);
      return kmBetween(p.entry, from.entry) <= stated * 3 + 100;
    });
  }
  return found.filter((p) => p.mentions.length + p.demonyms.length + p.descriptions.length > 0);
}
