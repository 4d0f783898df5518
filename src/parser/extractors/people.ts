import type { Mention, TextSpan } from '../../story/model.ts';
import { firstStartingFrom } from '../../story/selectors.ts';
import { type Gazetteer, nameKey, namesArea, settlement } from '../gazetteer/gazetteer.ts';
import {
  ARABIC_ARTICLE,
  ARTICLE_JOINING,
  adjacent,
  COUNT,
  describedAs,
  FUNCTION_WORDS,
  IRREGULAR_PASTS,
  JOINED_ARTICLE,
  KIN_WORD,
  MEDIUM_BEFORE,
  NAME_PARTICLES,
  NAMED_THING,
  OWNER_BEFORE,
  OWNER_NAME,
  PLACE_HEAD,
  PLACE_NOUN,
  ROLE_NOUN,
  TOWN_PART,
  type Token,
  tokenize,
  upperFirst,
  VESSEL_BEFORE,
} from './tokens.ts';

/** A person found in the text, before ids are given. */
export interface PersonCandidate {
  name: string;
  role: string | null;
  aliases: Set<string>;
  mentions: Mention[];
}

const HONORIFICS = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Prof|Professor|Lord|Lady)\.?$/;
/** Titles of royalty: "Infanta Sofia", "Prince George" (royals are named after places). */
const ROYAL = 'King|Queen|Prince|Princess|Infanta|Infante|Duke|Duchess|Emperor|Empress';
const ROYAL_TITLE = new RegExp(`^(?:${ROYAL})$`);
const TITLES = new RegExp(
  String.raw`^(?:President|Vice-President|Premier|Chancellor|${ROYAL}|Pope|Senator|Sen|Governor|Gov|Rep|Representative|Secretary|Minister|General|Gen|Colonel|Col|Maj|Judge|Justice|Chairman|Chairwoman|Mayor|Ambassador|Bishop|Archbishop|Rabbi|Imam|Rev|Reverend|Father|Commissioner|Captain|Capt|Major|Lieutenant|Lt|Sergeant|Sgt|Corporal|Cpl|Admiral|Adm|Marshal|Sheikh|Ayatollah|Chief|Coach|Officer|Inspector|Detective|Agent|Sheriff|Coroner|Prosecutor|Attorney|Commander|Warden|Treasurer|Comptroller|Pastor|Cardinal|Superintendent|Supervisor|Constable|Councillor|Councilman|Councilwoman|Speaker|Leader|Whip|Director|Spokesman|Spokeswoman|Secretary-General|(?:Director|Attorney|Surgeon|Solicitor|Auditor|Governor|Inspector|Postmaster|Advocate|Comptroller)-General|Executive|Administrator|Coordinator|Envoy|Dean|Provost|Rector|Chair)(?:\.|-elect|-designate)?$`,
);
/** Titles of rank that go with a single name as part of it: "Sheikh Hasina". */
const STYLE_BEFORE_NAME = /^(?:Sheikh|Ayatollah)$/;
/** Civil offices, which no military rank follows. */
const CIVIL_OFFICE =
  /^(?:Minister|Secretary|President|Premier|Chancellor|Governor|Mayor|Ambassador|Spokesman|Spokeswoman)$/;
/** Military ranks written before a name. */
const RANK = /^(?:Gen|Col|Maj|Capt|Lt|Sgt|Adm)$/;
/** Titles written short with a full stop ("Gov. Jerry Brown", "Dr. Goodall"). */
const ABBREVIATED = /^(?:Mr|Mrs|Ms|Mx|Dr|Prof|Sen|Gov|Rep|Gen|Col|Maj|Capt|Lt|Sgt|Adm|Rev)$/;
/** Short forms of titles that are also names' words ("Hun Sen"): no honorific among them. */
const SHORT_RANK = /^(?:Sen|Gen|Rep|Gov|Col|Maj)$/;
/** A local body's word before a title: "Butte County Sheriff", "Seoul City Mayor". */
const LOCAL_BODY = /^(?:County|City|State|Provincial|District|Municipal|Regional|Parish|Borough)$/;
const TITLE_QUALIFIER =
  /^(?:Prime|Vice|Deputy|Foreign|Home|Defence|Defense|Finance|Interior|Health|Justice|Trade|Chief|Supreme|Grand|Crown|Attorney|Lieutenant|Major|Brigadier|Rear|Acting|First|United|Majority|Minority|Opposition|Senate|House|Democratic|Republican)$/;
/** "Rue", "Avenida": the words of a street's name that come before the name it bears. */
const STREET_FIRST = 'Avenue|Boulevard|Rue|Avenida|Calle|Rua|Piazza|Quai';
const ORG_WORD = new RegExp(
  String.raw`^(?:County|City|Township|Parish|Borough|Province|Prefecture|Shire|Oblast|Krai|Governorate|Municipality|Statistics|Customs|Command|Fire|Rescue|Patrol|Weather|Rights|Watch|Headquarters|Brigade|Division|Regiment|Battalion|Fleet|Corps|Bureau|Directorate|Secretariat|Cabinet|Ministry|Academy|Coalition|Front|Movement|Centers|Department|Council|Committee|Association|Organi[sz]ation|Union|Party|Company|Corporation|Corp|Co|Inc|Ltd|LLC|PLC|Plc|GmbH|Kaisha|Bank|University|Institute|Center|Centre|Observatory|Laboratory|Office|Services?|Commission|Group|Times|News|Sports?|Post|Network|Board|Court|Police|Army|Forces|Government|Administration|House|Senate|Congress|Parliament|Assembly|Foundation|Fund|Brothers|War|Lake|River|Hospital|School|College|Games|Olympics|Cup|Championships?|Tournament|Trophy|Marathon|League|Club|Air|Airlines?|Electronics|Electric|Music|Entertainment|Records|Studios|Pictures|Railways?|Utilities|Petroleum|Insurance|Shipping|Logistics|Aerospace|Motors?|Industries|Holdings|Energy|Securities|Capital|Partners|Systems|Technologies|Pharmaceuticals|Telecom|Steel|Chemicals?|Agency|Agencies|Program|Programme|Project|Authority|Embassy|Institution|Society|Federation|Alliance|Force|Navy|Guards?|Research|Analytics|Consulting|Laborator(?:y|ies)|Labs|Republic|Kingdom|State|States|Street|Road|Square|Shoals?|Reefs?|Atoll|Islands|Strait|Straits|Peninsula|Canyon|Craters?|Desert|Harbou?r|Port|Station|Terminal|Airbase|Base|Pier|Wharf|Prison|Jail|Zoo|Mall|Plaza|Highway|Expressway|${STREET_FIRST}|Platz|Strasse|Straße|Tunnel|Reservoir|Canal|Gulf|Glacier|Volcano|Mountains?|Island|Valley|Day|Year|Eve|Democrats?|Republicans?|Socialists?|Conservatives?|Liberals?|Greens|Church|Cathedral|Mosque|Temple|Palace|Castle|Abbey|Basilica|Chapel|Shrine|Monastery|Hall|Park|Place|Estates|Gardens|Heights|Terrace|Beach|Stadium|Arena|Coliseum|Colosseum|Dome|Speedway|Raceway|Velodrome|Racecourse|Airport|Hotel|Exchange|Museum|Gallery|Bridge|Tower|Award|Prize|Medal|Plan|Doctrine|Treaty|Accords?|Pact|Protocol|Convention|Herald|Press|Tribune|Television|Televisions|Broadcasting|Hebdo|Zeitung|Radio|Media|International|Airways|Gazette|Journal|Chronicle|Telegraph|Guardian|Observer|Mirror|Express|Courier|Inquirer|Examiner)$`,
);
/** ", Chile.", ", New Mexico,": a country or region named after a comma, then a stop or comma. */
const AREA_AFTER_NAME = /^,\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})(?=\s*[,.;]|\s*$)/u;
/** A firm's word joined to the end of another: "Shipmanagement", "Petroholdings". */
const ORG_TAIL = /\p{Ll}(?:management|shipping|logistics|holdings|industries|technologies)$/u;
/**
 * Lower-case words that narrow a role: "national security adviser", "former president", "legal
 * affairs head", "human rights chief".
 */
const ROLE_MODIFIER =
  /^(?:affairs|public|media|human|rights|consumer|interim|caretaker|transitional|founding|outgoing|incoming|exiled|ousted|deposed|jailed|supreme|spiritual|student|legal|national|security|presidential|presiding|congressional|parliamentary|legislative|conservative|liberal|progressive|ruling|centrist|populist|far-right|far-left|right-wing|left-wing|ministry|senior|top|former|military|economic|political|government|party|police|press|policy|intelligence|foreign|defen[cs]e|finance|trade|health|justice|interior|energy|environment|education|labou?r|agriculture|transport|culture|industry|economy|commerce|fisheries|unification|tourism|housing|welfare|veterans|immigration|communication|science|technology|deputy|vice|prime|chief|acting|first|assistant|associate|general|executive|managing|communications|campaign|opposition|state|regional|provincial|local|federal|central|bank|team|club|head|junta|army|rebel|gang|cartel|militia|union|board|coalition|navy|world|judo|tennis|football|soccer|boxing|swimming|chess|golf|cycling|skating|skiing|athletics|marathon|project|programme|program|mission|research|sales|marketing|operations|investment|fund|emergency|relief|flight|fire|rescue|election|disaster)$/;
/** A role's modifier, or one hyphened of modifiers ("ex-first lady", "far-right leader"). */
const roleModifier = (word: string) =>
  ROLE_MODIFIER.test(word) || word.split(/[-‐]/).every((w) => ROLE_MODIFIER.test(w) || w === 'ex');
/** A craft's or a planet's word, which opens a spacecraft's name (not "Moon" or "Sun", surnames too). */
const CRAFT_FIRST =
  /^(?:Shuttle|Spacecraft|Probe|Rover|Lander|Orbiter|Capsule|Satellite|Telescope|Mars|Venus|Jupiter|Saturn|Mercury|Neptune|Uranus|Pluto|Lunar|Solar)$/;
/** A medium's noun after its name: "France Info radio", "Kan public broadcaster". */
const MEDIUM_AFTER =
  /^[ \t]+(?:(?:public|state|state-run|private|commercial|national)[ \t]+)?(?:radio|television|TV|newspaper|daily|weekly|broadcaster|channel|magazine|website|news[ \t]+agency)\b/;
/**
 * "at Charles de Gaulle airport", "a Gallup Korea poll", "the Nobel literature prize": a place,
 * a poll or a prize named after someone.
 */
const NAMED_FOR_AFTER =
  /^[ \t]+(?:(?:international[ \t]+)?(?:airport|stadium|station|bridge|street|avenue|boulevard|tunnel|highway|expressway|poll|survey)|(?:\p{Ll}+[ \t]+)?(?:prizes?|awards?|laureates?|medals?|lectures?))\b/u;
const KIN = new RegExp(`^(?:${KIN_WORD})$`);
/** "son, ", "his wife, ": a kin word a name is set beside. */
const KIN_BESIDE = new RegExp(`\\b(?:${KIN_WORD}),[ \\t]+$`);
/**
 * "his young son ", "Trump's daughter ", a headline's "Kim Jong Il dies; son ": someone's kin,
 * named right after, whom a surname they share with that someone does not mean.
 */
const KIN_OF_BEFORE = new RegExp(
  `(?:(?:\\b(?:his|her|their)|\\p{Lu}[\\p{L}.-]*['’]s?)\\s+(?:[\\p{Ll}-]+\\s+){0,2}|[;:]\\s*)(?:${KIN_WORD}),?\\s+$`,
  'u',
);
/** "Presidents", "Senators": a title in the plural, before the names of two or more. */
const pluralTitle = (w: string) => /^\p{Lu}\p{Ll}+s$/u.test(w) && TITLES.test(w.slice(0, -1));
/** ("director-general", "co-chair", "ex-president": a role word joined to another.) */
const roleWord = (w: string) => w.split(/[-‐]/).some((p) => ROLE_NOUN.test(p)) || KIN.test(w);
/** A plural noun for a group of people, after a word that may describe them: "Indigenous people". */
const GROUP_NOUN_AFTER =
  /^[ \t]+(?:people|peoples|communities|community|groups|languages|culture|rights|lands|elders|women|men|children|youth|families|tribes|voters|residents|workers|students)\b/;
/** "Fred and " before "Cindy Warmbier": a given name whose surname is the next name's. */
const SHARED_SURNAME_BEFORE = /(?<![\p{L}'’-])(\p{Lu}\p{Ll}+)\s+and\s+$/u;
/** Nouns for a person that are no role: "a 41-year-old man, Tetsuya Yamagami,". */
const PERSON_NOUN =
  /^(?:man|woman|boy|girl|suspect|gunman|victim|survivor|resident|student|passenger|witness|tourist|pilgrim|villager|refugee|migrant|retiree|pensioner|protester|demonstrator|voter)$/;
/** A noun for a person: a role, kin, or "man", "victim" ("Kim's daughter", "Lee's aide"). */
export const personNoun = (w: string) => roleWord(w) || PERSON_NOUN.test(w);
/** The word for a saint that opens the names of churches and towns: "San", "Santa", "St". */
const SAINT_WORD = 'St|Ste|Saint|Sainte|San|Santa|Santo|São|Sao';
const SAINT = new RegExp(`^(?:${SAINT_WORD})$`);
/** ... and a saint's or a fort's word right before a name: "south of St. John's". */
const PLACE_OPENING_BEFORE = new RegExp(`\\b(?:${SAINT_WORD}|Fort|Port|Mount|Mt|Cape)\\.?\\s+$`);
/**
 * The last word of a thing named after someone: "Xi Jinping Thought", "Kim Il Sung Stadium",
 * "James Webb Space Telescope".
 */
const THING_NAMED_FOR =
  /^(?:Thought|Doctrine|Theory|Stadium|Airport|Square|Bridge|Prize|Trophy|Cup|Memorial|Telescope|Observatory|Library)$/;
/** "High School" after a name's run that stopped at its fourth word: a body's word within two. */
function orgWordAfter(text: string, tokens: Token[], at: number): boolean {
  for (let k = at; k < at + 2; k++) {
    const [before, x] = [tokens[k - 1], tokens[k]];
    if (!before || !x || !x.cap || !adjacent(text, before, x)) return false;
    if (ORG_WORD.test(x.text)) return true;
  }
  return false;
}
/** "125,000 ", "2 million ", "thousands of ": a count (not a year: "In 2018 Moon said"). */
const COUNTED_BEFORE = new RegExp(String.raw`(?<![\d,.])${COUNT}\s+$`);
/** "Christians", "Shiites": the people of a faith, which ends no one person's name. */
const ADHERENTS =
  /^(?:Christians|Muslims|Jews|Hindus|Buddhists|Sikhs|Catholics|Protestants|Copts|Shiites|Shias|Sunnis|Evangelicals|Mormons|Orthodox)$/;
/** Words of organisations' names that open people's names too ("Park Kyung-seo", "Hall"). */
const SURNAME_TOO = /^(?:Park|Hall|Church|House|Day|Temple|Street|Bridge|Tower)$/;
const SPEECH_AFTER =
  /^\s*,?\s*(?:who\s+)?(?:said|says|say|told|tells|added|adds|explained|wrote|writes|argued|argues|insisted|warned|stated|announced|noted|asked|replied|claimed|believes|thinks)\b/;
/**
 * ", an analyst at HMC Securities," or ", WHO regional director for Europe." after a name: the
 * role, up to the next punctuation, the "who" of a clause about it or a "since" that dates it
 * ("the first member of the family to visit the South since the war"; not a clause: ", who
 * served as prime minister,"), past an initial's full stop (", the head of the U.S. Agency for
 * International Development,"); an owner of up to three words may open it (", North Korea's
 * ceremonial head of state").
 */
const ROLE_AFTER = new RegExp(
  String.raw`^(?:,[ \t]+\d{1,3}(?=,))?,[ \t]+(?!(?:who|whom|whose|which|where|when|while|but|and|as)\b|(?:\p{Ll}+ly[ \t]+)?(?:${IRREGULAR_PASTS}|had|has|have|was|were|is|are|will|would|said|says)\b)(?:(?:an?|the)[ \t]+(?=[\p{L}\d])|(?=[\p{Ll}\d]|\p{Lu}{2,}[ \t]+\p{Ll}|(?:\p{Lu}[\p{L}.&-]*[ \t]+){0,2}\p{Lu}[\p{L}.&-]*[’']s[ \t]+\p{Ll}))((?:(?:\p{Lu}\.){2,}[ \t]+|[\p{L}\d’'-]+[ \t]+){0,4}?([\p{L}’'-]+)(?:[ \t]+(?:at|of|for|to|with|in|on|aboard|behind|based[ \t]+in)[ \t]+(?:the[ \t]+)?[\p{L}\d&.’' -]+?)?)(?=[,;:)]|\.(?<![^\p{L}]\p{Lu}\.)(?<!\b(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|St|Mt|Ft|No)\.)|[ \t]+(?:from|who|that|which|since)[ \t]|$)`,
  'u',
);
/**
 * "WestJet added flights", "Tesla announced job cuts": a verb of speech with a thing for its
 * object is a deed, which a firm does as well as a person (not "added that", "warned on").
 */
const THING_TAKEN =
  /^\s*(?:added|adds|announced|announces|warned|warns|asked|asks|claimed|claims|noted|notes)\s+(?!(?:that|on|in|at|late|earlier|later|also)\b)\p{Ll}/u;
/** The first role a pattern finds right after one of a person's mentions, or null. */
function roleAfterName(text: string, mentions: Mention[], after: RegExp): string | null {
  for (const m of mentions) {
    const window = text.slice(m.end, m.end + 90);
    const found = after.exec(window);
    // (A role the window cuts off mid-phrase is none: "... since the 1950-53 Kor".)
    if (found && found[0].length === window.length && m.end + 90 < text.length) continue;
    // ("the leader of the Los Choneros gang known as Fito": what the gang or its leader is
    // called is no part of the role.)
    // (", its leader,": the pronoun that says whose is no part of the role either.)
    if (found?.[1] && roleWord(found[2] ?? ''))
      return found[1].replace(CALLED_TAIL, '').replace(/^(?:its|his|her|their|our)\s+/i, '');
  }
  return null;
}

/** " known as Fito", " also known as ...": a name given after a role's words. */
const CALLED_TAIL = /\s+(?:(?:also|better|widely)\s+)?(?:known\s+as|nicknamed|dubbed)\s.*$/;

/**
 * " was sworn in as Taiwan's president on", " was sworn in as president of the Philippines on":
 * the office a name is put in, up to its role word (group 2) and the place it is of.
 */
const OFFICE_TAKEN =
  /^[ \t]+(?:was|has[ \t]+been)[ \t]+(?:\p{Ll}+ly[ \t]+)?(?:sworn[ \t]+in[ \t]+as|(?:elected|appointed|named)(?:[ \t]+as)?)[ \t]+(?!by[ \t])(?:(?:the|an?)[ \t]+)?((?:[\p{L}’'-]+[ \t]+){0,4}?([\p{L}’'-]+)(?:[ \t]+of[ \t]+(?:the[ \t]+)?\p{Lu}[\p{L}’'-]*(?:[ \t]+\p{Lu}[\p{L}’'-]*){0,2})?)(?=[,.;]|[ \t]+(?:on|in|by|after|at|for|with|and|last|this)\b)/u;
/**
 * After a sentence's first word: it is a person's name written alone ("Takaichi, 64,", "Rupani,
 * who", "Starmer will name his cabinet"; not "Microsoft said about 8.5 million devices").
 */
const OPENING_NAME_AFTER =
  /^(?:,[ \t]+(?:\d{1,3},|who[ \t]|(?:in|on|at|during|speaking|after)[ \t][^,;]{1,60},[ \t]+(?:[a-z]+ly[ \t]+)?[a-z]{3,}ed\b)|[ \t]+(?:said|says|told|will|has|had|was|is|would)[ \t]+(?:\S+[ \t]+){0,3}?(?:he|she|his|her|him)\b)/;
/** A given name before a nickname in quotation marks: 'Jorge "Tuto" Quiroga'. */
const GIVEN_BEFORE_QUOTE = /(?<![\p{L}'’.-])(\p{Lu}\p{Ll}+)[ \t]{1,3}$/u;
/** ... the nickname and the surname after it. */
const NICKNAME_AND_SURNAME =
  /^["“]\p{Lu}[\p{L}'’.-]*(?:[ \t]\p{Lu}[\p{L}'’.-]*)?["”][ \t]{1,3}(\p{Lu}[\p{Ll}'’-]+(?:[ \t]\p{Lu}[\p{Ll}'’-]+)?)(?![\p{L}'’-])/u;
/** An article that opens a place's name: "La Paz", "Los Angeles", "El Paso". */
const PLACE_ARTICLE = /^(?:La|Le|Las|Les|Los|El|Al)$/;
/** A service member's word, capitalised before a name: "US Marine Paul Whelan". */
const SERVICE_MEMBER = /^(?:Marine|Ranger|SEAL|Airman|Guardsman)$/;
const SPEECH_BEFORE = /\b(?:said|says|according to|told|added)\s*$/;
const MONTH_NAMES =
  'January|February|March|April|May|June|July|August|September|October|November|December';
const MONTH_OR_DAY = new RegExp(
  `^(?:${MONTH_NAMES}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$`,
);
const MONTH = new RegExp(`^(?:${MONTH_NAMES})$`);

/** A word that opens a role's phrase and is no part of it: "his sister", "whose sister". */
const DETERMINER = /^(?:the|a|an|its|his|her|their|whose|The|A|An|Its|His|Her|Their|Whose)$/;

/**
 * "Theresa May said", "Brian May, the guitarist": a month's name right after a name's word is
 * a surname where no day's number follows and no capitalised word runs on ("Talks May Resume"
 * is a headline's modal).
 */
function monthSurname(text: string, prev: Token | undefined, t: Token): boolean {
  return (
    !!prev &&
    nameToken(prev) &&
    adjacent(text, prev, t) &&
    MONTH.test(t.text) &&
    !/^[ \t]*(?:\d|\p{Lu})/u.test(text.slice(t.end, t.end + 3))
  );
}
/** "in May", "since June", "by early April": the words that make a month's name a time. */
const TIME_BEFORE_MONTH =
  /\b(?:in|on|of|since|until|till|by|before|from|through|during|last|next|this|early|late|mid|end)\s+$/i;

function nameToken(t: Token | undefined): boolean {
  return (
    !!t &&
    (t.cap || (JOINED_ARTICLE.test(t.text) && !t.initial)) &&
    !FUNCTION_WORDS.has(t.text.toLowerCase()) &&
    !HONORIFICS.test(t.text) &&
    !TITLES.test(t.text) &&
    !MONTH_OR_DAY.test(t.text) &&
    !/^\p{Lu}{2,}$/u.test(t.text) &&
    !/\d/.test(t.text) &&
    !NAME_AS_ADJECTIVE.test(t.text)
  );
}

/** "a Taylor Swift-themed class", "Kremlin-backed": a name made an adjective names no one. */
const NAME_AS_ADJECTIVE =
  /[-‐](?:themed|styled?|inspired|led|backed|based|owned|linked|allied|aligned|era|like|funded|controlled|run|affiliated|appointed|friendly|leaning|sponsored|brokered)$/;

/** A middle initial and its full stop inside a name ("George W. Bush"). */
function afterInitial(text: string, a: Token, b: Token): boolean {
  return /^\p{Lu}$/u.test(a.text) && /^\.[ \t]+$/.test(text.slice(a.end, b.start));
}

/** "US Secretary of ", "Minister of the ": a title and its qualifiers, before an office's name. */
const TITLE_OF =
  /(?<!\p{L})((?:\p{Lu}[\p{L}.’'-]*[ \t]+){0,2}?)(\p{Lu}[\p{L}-]+)[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?$/u;

/**
 * The office of a name that follows its title ("Secretary of State Mike Pompeo"): from the
 * title's qualifiers to the word before the name; null when no title precedes the run.
 * @param runStart where the capitalised run holding the office's name starts
 */
function officeBefore(text: string, runStart: number, nameStart: number): string | null {
  // Within the sentence: "... near Washington. Secretary of State" (but "U.S. Secretary").
  const before = text.slice(Math.max(0, runStart - 60), runStart).split(/(?<=\p{Ll}{2}[.!?])\s+/u);
  const m = TITLE_OF.exec(before.at(-1) ?? '');
  if (!m || !TITLES.test(m[2] ?? '')) return null;
  const words = text
    .slice(runStart - m[0].length, nameStart)
    .trim()
    .split(/\s+/);
  // "The Minister of ...", but "US Secretary of ..." ("us" is a function word)
  const article = (w = '') => FUNCTION_WORDS.has(w.toLowerCase()) && !/^\p{Lu}{2,}$/u.test(w);
  while (words.length > 1 && article(words[0])) words.shift();
  return words.join(' ');
}

/** ", who became president", " died in February": what only a person is said to do. */
const PERSON_AFTER =
  /^(?:,[ \t]*who[ \t]|[ \t]+(?:died|was[ \t]+(?:killed|assassinated|buried)|passed[ \t]+away)\b)/;
/**
 * ", born ", ", the leader of the rebels, known as ": what stands between a name and another
 * name of the same person (an apposition opened by an article may come first).
 */
const OTHER_NAME_BETWEEN =
  /^(?:,\s+(?:the|an?)\s+[^,;.:"“”()]{1,80})?,\s+(?:born|(?:also\s+|better\s+|widely\s+)?known\s+as|nicknamed)\s+$/;

/** Whether `short` is `full` without its middle names: "Jorge Bergoglio", "Jorge Mario Bergoglio". */
function withoutMiddle(short: string, full: string): boolean {
  const a = short.split(/\s+/);
  const b = full.split(/\s+/);
  return a.length === 2 && b.length >= 3 && a[0] === b[0] && a[1] === b.at(-1);
}

/**
 * "Pope Francis, born Jorge Mario Bergoglio,", "Ahmed al-Sharaa, ..., known as Abu Mohammed
 * al-Golani": the person an aside gives another name is one person, known by both.
 */
function mergeOtherNames(text: string, people: PersonCandidate[]): void {
  // (Every mention in text order, so each name looks back only over the 120 characters before
  // it, by binary search.)
  const all = people
    .flatMap((p) => p.mentions.map((m) => ({ start: m.start, end: m.end, p })))
    .sort((a, b) => a.start - b.start);
  const merged = new Set<PersonCandidate>();
  for (const other of [...people]) {
    const at = Math.min(...other.mentions.map((m) => m.start));
    let owner: PersonCandidate | undefined;
    for (let k = firstStartingFrom(all, at) - 1; k >= 0; k--) {
      const { end, p } = all[k] as { end: number; p: PersonCandidate };
      if (at - end >= 120) break;
      if (p !== other && !merged.has(p) && OTHER_NAME_BETWEEN.test(text.slice(end, at))) {
        owner = p;
        break;
      }
    }
    // ("Fidel Castro ... Fidel Castro Ruz": a name that runs one word past another's, as a
    // second surname does, is that person written in full; so is one a word before it, as a
    // first given name the news drops: "Hosni Mubarak ... Mohammed Hosni Mubarak".)
    owner ??= people.find(
      (p) =>
        p !== other &&
        !merged.has(p) &&
        p.name.includes(' ') &&
        ((other.name.startsWith(`${p.name} `) &&
          !other.name.slice(p.name.length + 1).includes(' ')) ||
          (other.name.endsWith(` ${p.name}`) &&
            !other.name.slice(0, -p.name.length - 1).includes(' '))),
    );
    // ("Ozzy Osbourne ... Born John Michael Osbourne in Birmingham in 1948, he formed": a birth
    // name that opens a sentence, with the surname of someone named before, is that person's.)
    if (!owner && /\bBorn\s+$/.test(text.slice(Math.max(0, at - 6), at))) {
      const surname = other.name.split(' ').at(-1);
      owner = people.find(
        (p) =>
          p !== other &&
          !merged.has(p) &&
          p.name.includes(' ') &&
          p.name.split(' ').at(-1) === surname &&
          p.mentions.some((m) => m.start < at),
      );
    }
    if (!owner) continue;
    merged.add(other);
    owner.aliases.add(other.name);
    for (const a of other.aliases) owner.aliases.add(a);
    owner.mentions.push(...other.mentions);
    owner.role ??= other.role;
    people.splice(people.indexOf(other), 1);
  }
}

/** ", who returns as foreign minister,": an aside that says something of a person. */
const WHO_ASIDE = /^\s*,\s*who\s+[^,;.:"“”()]{2,100}(?=,)/;
/** " was sworn in as India's prime minister", " was elected president": an office taken. */
const OFFICE_TAKEN_AFTER =
  /^\s+(?:was|has\s+been|had\s+been|is)\s+(?:sworn\s+in|elected|re-elected|appointed|named|inaugurated|installed)\s+(?:as\s+)?(?:(?!by\s)[\p{L}’'-]+\s+){0,4}?(?:president|prime\s+minister|chancellor|premier|pope|king|queen|emperor|mayor|governor|speaker|leader|chief|minister|secretary)\b/iu;

/**
 * Whether a speech verb follows, maybe past a person's role (", the minister for ..., told";
 * not ", the world's biggest chipmaker, said", which a company says).
 */
function speaksAfter(text: string, at: number): boolean {
  const rest = text.slice(at, at + 120);
  if (SPEECH_AFTER.test(rest) || OFFICE_TAKEN_AFTER.test(rest)) return true;
  // ("Radoslaw Sikorski, who returns as foreign minister, said": past an aside about who.)
  const aside = WHO_ASIDE.exec(rest);
  if (aside && SPEECH_AFTER.test(rest.slice(aside[0].length))) return true;
  const role = ROLE_AFTER.exec(rest);
  return !!role && personNoun(role[2] ?? '') && SPEECH_AFTER.test(rest.slice(role[0].length));
}

/** What a firm's name stands before: "Samsung shares", "Samsung's heir", "Samsung Electronics". */
const FIRM_NOUN =
  /^(?:shares?|stock|affiliates?|subsidiar(?:y|ies)|heir|executives?|employees|workers|products?|plants?|factor(?:y|ies)|brand|chairman|chief|CEO|spokes(?:man|woman|person)|Co|Corp|Inc|Ltd|Group|Electronics|Motors?|Holdings|computers|devices|software|outages?|customers|users|servers|artificial\s+intelligence|AI|programs?|apps?|platforms?|chatbots?|search\s+engine|unit|division|headquarters|shareholders|investors|earnings|revenue|profits?|smartphones?|chips?|News|Agency|news\s+agency|newspaper|Television|Broadcasting)\b/;

const escapeRegExp = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether a lone capitalised word that speaks is a firm's name rather than a person's:
 * elsewhere the text writes it before a firm's word ("Samsung shares rose", "Samsung
 * Electronics Co.").
 */
function namesFirm(text: string, word: string): boolean {
  // ("SpaceX said", "OpenAI said": a capital ending a word after small letters is a brand's
  // spelling; no one's name ends so, "DeSantis" and "McDonald" go on in small letters.)
  if (/\p{Ll}\p{Lu}+$/u.test(word)) return true;
  // ("U.N. says", "E.U. said": initials with full stops name a body, never a person alone.)
  if (/^(?:\p{Lu}\.){2,}$/u.test(word)) return true;
  for (const m of text.matchAll(new RegExp(`\\b${escapeRegExp(word)}(?:['’]s)?[ \\t]+`, 'g'))) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 24);
    // ("Apple unveiled its iPhone 16": a thing's own verb and pronoun.)
    if (FIRM_NOUN.test(after) || (!/['’]s\s*$/.test(m[0]) && /^\p{Ll}+\s+its\b/u.test(after)))
      return true;
  }
  // ("operated by Costa Crociere, a unit of U.S.-based Carnival Corp": or an apposition says
  // whose part it is.)
  return new RegExp(`\\b${escapeRegExp(word)},\\s+${FIRM_APPOSITION}`, 'u').test(text);
}

/** "a unit of ", "the Italian subsidiary of ": what an apposition calls a part of a firm. */
const FIRM_APPOSITION = String.raw`(?:an?|the)\s+(?:[\p{L}.-]+\s+){0,2}(?:unit|subsidiary|division|affiliate)\s+of\b`;

/**
 * "its operator ", "the South Korean carmaker ", "Russia's aviation watchdog ": a determiner or
 * an owner and the noun it opens, before a name; or a comma that opens the noun (", internet
 * monitor NetBlocks said").
 */
const DESCRIBED_BEFORE = new RegExp(
  String.raw`(?:\b(?:[Ii]ts|[Tt]heir|[Tt]he|${OWNER_NAME}['’]s)|,)\s+(?:[\p{L}-]+\s+){0,2}?(\p{Ll}[\p{Ll}-]+)\s+$`,
  'u',
);

/** A look-up of the whole text that each word needs only once. */
function oncePerWord(lookUp: (word: string) => boolean): (word: string) => boolean {
  const known = new Map<string, boolean>();
  return (word) => {
    let answer = known.get(word);
    if (answer === undefined) {
      answer = lookUp(word);
      known.set(word, answer);
    }
    return answer;
  };
}

/** A word written for a person where it stands: "Montenegro said he", "Mr Montenegro". */
function forPersonAt(text: string, start: number, end: number): boolean {
  return (
    /^\s+(?:said|says|told\s+\S+|added)\s+(?:that\s+)?(?:he|she)\b/.test(
      text.slice(end, end + 40),
    ) || /\b(?:Mr|Mrs|Ms)\.?\s+$/.test(text.slice(Math.max(0, start - 5), start))
  );
}

/** Whether the text writes a word for a person anywhere ("led by Luis Montenegro"). */
function writtenForPerson(text: string, word: string): boolean {
  for (const m of text.matchAll(new RegExp(`\\b${escapeRegExp(word)}\\b`, 'g')))
    if (forPersonAt(text, m.index, m.index + word.length)) return true;
  return false;
}

/** What a craft's or a mission's name stands before: "the Artemis II mission". */
const CRAFT_NOUN =
  /^(?:missions?|spacecraft|rockets?|capsules?|probes?|satellites?|telescopes?|rovers?|landers?|launch(?:es)?|flights?|vaccines?|variants?|missiles?|aircraft|jets?|drones?|hurricanes?|typhoons?|storms?|cyclones?)\b/;

/**
 * First words of the names the text writes before a craft's or a mission's word: "Artemis" of
 * "the Artemis II mission", so that neither "Artemis II" nor its series ("Artemis III") is a
 * person.
 */
function craftNames(text: string, sentences: TextSpan[]): Set<string> {
  const found = new Set<string>();
  // (Sentence by sentence: a run of capitalised words that no lower-case word ends is tried
  // again from each of its words, which costs the square of the run's length.)
  for (const s of sentences) {
    const sentence = text.slice(s.start, s.end);
    for (const m of sentence.matchAll(CRAFT_NAME_BEFORE)) {
      const after = m.index + m[0].length;
      if (CRAFT_NOUN.test(sentence.slice(after, after + 14))) found.add(m[1] as string);
    }
  }
  return found;
}

/** "the Artemis II ": a name, its first word apart, and the space before the next word. */
const CRAFT_NAME_BEFORE =
  /\b(?:(?:The|A|An|This|That|Its|Their|His|Her|Our)[ \t]+)?(\p{Lu}[\p{L}-]*)(?:[ \t]+(?:\p{Lu}[\p{L}-]*|\d+))*[ \t]+(?=\p{Ll})/gu;

const BYLINE =
  /^\s*By\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:(?:,|\s+and|\s+&)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})*\s*$/u;

/** Particles inside names: "Lula da Silva", "van Gogh", "bin Salman", "de la Cruz". */
const PARTICLE = new RegExp(`^(?:${NAME_PARTICLES})$`);
/** "bin", "ibn", "bint": the particle before a father's name inside a person's. */
const PATRONYMIC = /^(?:bin|ibn|bint)$/i;

/** A regnal number after a name, II to XXIII ("I" and "V" alone are words or letters). */
const REGNAL = /^(?:X{0,2}(?:I{2,3}|IV|VI{0,3}|IX)|X{1,2}I?|XV)$/;

/** The capitalised run of name-like words starting at token i (at most `max`). */
function nameRun(text: string, tokens: Token[], i: number, max = 4): number {
  let j = i;
  let particles = 0;
  while (j < tokens.length && j - i - particles < max) {
    const t = tokens[j] as Token;
    const prev = tokens[j - 1];
    const joined = j === i || (!!prev && (adjacent(text, prev, t) || afterInitial(text, prev, t)));
    if (!joined) break;
    // ("Vice President JD Vance": initials written together open a name after a title.)
    const initials =
      j === i &&
      /^\p{Lu}{2}$/u.test(t.text) &&
      TITLES.test(prev?.text ?? '') &&
      nameToken(tokens[j + 1]) &&
      adjacent(text, t, tokens[j + 1] as Token);
    if (nameToken(t) || initials || (j > i && monthSurname(text, prev, t))) {
      j++;
      continue;
    }
    // ("Hwang Pyong So,", "Park Ji In said": a short function word, capitalised inside a
    // sentence after two words of a name and before no other capitalised word, is the name's
    // last syllable.)
    if (
      j - i >= 2 &&
      t.cap &&
      !t.initial &&
      t.text.length <= 3 &&
      FUNCTION_WORDS.has(t.text.toLowerCase()) &&
      /^(?:[,.;:]|['’]s\b|\s+\p{Ll}|\s*$)/u.test(text.slice(t.end, t.end + 4))
    ) {
      j++;
      break;
    }
    // ("Hun Sen", "Amartya Sen": a rank's short form after a name's word and before none ends
    // that name.)
    if (j > i && SHORT_RANK.test(t.text) && !nameToken(tokens[j + 1])) {
      j++;
      break;
    }
    // Particles ("von der") count only between two capitalised words of the name.
    let k = j;
    while (
      k < tokens.length &&
      PARTICLE.test((tokens[k] as Token).text) &&
      (k === j || adjacent(text, tokens[k - 1] as Token, tokens[k] as Token))
    )
      k++;
    const next = tokens[k];
    if (j > i && k > j && next && nameToken(next) && adjacent(text, tokens[k - 1] as Token, next)) {
      particles += k - j;
      j = k;
      continue;
    }
    break;
  }
  // "King Felipe VI", "Elizabeth II": a regnal number ends the name, or all but the second
  // given name some kings bear after it ("King Carl XVI Gustaf"; not a headline's verb, "Leo
  // XIV Celebrates First Mass").
  const numeral = tokens[j];
  if (
    j > i &&
    numeral &&
    REGNAL.test(numeral.text) &&
    adjacent(text, tokens[j - 1] as Token, numeral)
  ) {
    j++;
    const more = tokens[j];
    if (more && nameToken(more) && !/(?:s|ed)$/.test(more.text) && adjacent(text, numeral, more))
      j++;
  }
  return j - i;
}

/** ("Pen" is no region: a region's three-letter code, "PEN", names it in capitals only.) */
function prominentPlace(gazetteer: Gazetteer, key: string, written = key.toUpperCase()): boolean {
  const code = key.length <= 3 && written !== written.toUpperCase();
  return gazetteer
    .lookup(key)
    .some(
      ({ entry: e, alternate }) =>
        !alternate &&
        (e.kind === 'country' ||
          (e.kind === 'region' && !(code && nameKey(e.name) !== key)) ||
          e.population > 100_000),
    );
}

/**
 * Whether a name is a country's or a first-level region's own name (not an alternate, nor a
 * region's code: "Abe" is Aberdeen's).
 */
function namesState(gazetteer: Gazetteer, name: string): boolean {
  const key = nameKey(name);
  return gazetteer
    .lookup(key)
    .some((m) => namesArea(m) && (m.entry.kind === 'country' || nameKey(m.entry.name) === key));
}

/** Whether a name is a city of a million people or more's own name. */
function greatCity(gazetteer: Gazetteer, name: string): boolean {
  return gazetteer
    .lookup(nameKey(name))
    .some((m) => !m.alternate && settlement(m.entry) && m.entry.population >= 1_000_000);
}

/** ", a town about 15 km north": an apposition that says it is a place. */
const DESCRIBED_AS_PLACE = describedAs(PLACE_NOUN);
/** ", the new party of", ", a company in": an apposition saying that a name is a body's. */
const DESCRIBED_AS_BODY = describedAs(
  'party|company|firm|group|movement|alliance|coalition|union|bank|agency|airline|broadcaster|newspaper|charity|foundation|militia',
);
/** "the town of ": a noun that says the name after it is a place. */
const PLACE_NOUN_OF = new RegExp(String.raw`\b(?:${PLACE_NOUN})\s+of\s+$`);
/** "al-Assad" as "Assad": a name's word without the article joined to it. */
const JOINED_AT_START = new RegExp(`^${ARTICLE_JOINING}(?=\\p{Lu})`, 'u');
const unjoined = (word: string) => word.replace(JOINED_AT_START, '');

/** "Dubai's Al Barsha district": a noun after the name that says it is a place's. */
const PLACE_NOUN_AFTER = new RegExp(String.raw`^[ \t]+(?:${PLACE_NOUN}|${TOWN_PART})\b`);

function isPlaceName(gazetteer: Gazetteer, name: string): boolean {
  const key = nameKey(name);
  return prominentPlace(gazetteer, key, name) || !!gazetteer.demonym(key);
}

function firstWord(name: string): string {
  return name.split(/\s+/, 1)[0] ?? '';
}

/** A demonym that names no prominent place itself: "Canadian", not "Georgia". */
function nationality(gazetteer: Gazetteer, word: string): boolean {
  const key = nameKey(word);
  return !!gazetteer.demonym(key) && !prominentPlace(gazetteer, key);
}

interface Hit extends TextSpan {
  name: string;
  role: string | null;
  full: boolean;
  /** Where the rest of a two-word name starts whose first word opens a sentence. */
  rest?: number;
}

/**
 * Whether a name at `at` completes a noun with "of", past the words of a role or an owner, but
 * no formal title: "the half-brother of North Korean leader", "the widow of the late" (not "the
 * daughter of President", whose office makes the name the one a surname alone is read as).
 */
function ofComplement(text: string, at: number): boolean {
  const words = /\p{Ll}\s+of\s+((?:[\p{L}’'.-]+\s+){0,4})$/u
    .exec(text.slice(Math.max(0, at - 60), at))?.[1]
    ?.split(/\s+/)
    .filter(Boolean);
  return (
    !!words &&
    !words.some((w) => TITLES.test(w)) &&
    words.every(
      (w) => /^\p{Lu}/u.test(w) || roleWord(w) || ROLE_MODIFIER.test(w) || /^(?:the|late)$/.test(w),
    )
  );
}

/**
 * Finds people: names after honorifics and titles ("Mr Smith", "President Ruiz"), after role
 * phrases ("Chilean leader Ana Ruiz"), in appositions ("France's President, Ana Ruiz,"),
 * before speech verbs ("Ana Ruiz said") and after a known given name ("Janet Evans"). Then
 * every bare surname or given name ("Ruiz") is linked to the most prominent person it can
 * name: one with a role, then the one mentioned most, then the latest.
 */
export function findPeople(
  text: string,
  sentences: TextSpan[],
  gazetteer: Gazetteer,
  givenNames: ReadonlySet<string> = new Set(),
): PersonCandidate[] {
  const hits: Hit[] = [];
  // A word that speaks again and again is looked up in the whole text once; so is a surname
  // that is a place's name too.
  const firm = oncePerWord((word) => namesFirm(text, word));
  const personWord = oncePerWord((word) => writtenForPerson(text, word));
  // "By Joyce Lee and Cynthia Kim": a byline names who wrote the story, not who is in it.
  const allTokens: Token[][] = sentences.map((s) =>
    BYLINE.test(text.slice(s.start, s.end)) ? [] : tokenize(text.slice(s.start, s.end), s.start),
  );
  // Capitalised words the text also writes alone, inside a sentence and apart from other
  // names ("lost the election to Yoon", "Doue said"): a name's short form.
  const alone = new Map<string, number[]>();
  for (const tokens of allTokens)
    for (const [k, t] of tokens.entries()) {
      const [prev, next] = [tokens[k - 1], tokens[k + 1]];
      // (A sentence's first word counts where an age follows it, "Takaichi, 64, won", an aside
      // and a past verb, "Putin, in a televised address, accused", or a
      // verb that a person's name opens a sentence with, "Starmer will name his cabinet"; a
      // word after "the" does not: "The Magic said", "the Trump administration".)
      if (
        nameToken(t) &&
        (!t.initial || OPENING_NAME_AFTER.test(text.slice(t.end, t.end + 90))) &&
        !/^the$/i.test(prev?.text ?? '') &&
        // ("Rio Grande do Sul": a word after a name's particle is that name's end.)
        !PARTICLE.test(prev?.text ?? '') &&
        // ("recognise Indigenous people": a word that says what people are is no short name.)
        !GROUP_NOUN_AFTER.test(text.slice(t.end, t.end + 14)) &&
        !(nameToken(prev) && adjacent(text, prev as Token, t)) &&
        !(nameToken(next) && adjacent(text, t, next as Token)) &&
        // ("Easter Sunday", "Black Friday": a word that names a day is a feast's, not a name.)
        !(next && MONTH_OR_DAY.test(next.text) && adjacent(text, t, next))
      ) {
        const at = alone.get(t.text);
        // (Pushed, not copied: a name written alone thousands of times stays linear.)
        if (at) at.push(t.start);
        else alone.set(t.text, [t.start]);
      }
    }
  const aloneElsewhere = (word: string, from: number, to: number) =>
    !!alone.get(word)?.some((at) => at < from || at >= to);
  for (const tokens of allTokens) {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      const next = tokens[i + 1];
      // "Mr Smith", "President Ana Ruiz"
      const abbreviated = ABBREVIATED.test(t.text) && text[t.end] === '.';
      // ("to Presidents Richard Nixon and Gerald Ford": a title for two, the first named after it.)
      const plural = pluralTitle(t.text);
      // ("First Lady Jill Biden": an honorific that "First" makes an office.)
      const firstLady =
        t.text === 'Lady' &&
        tokens[i - 1]?.text === 'First' &&
        adjacent(text, tokens[i - 1] as Token, t);
      // ("Hun Sen said": a rank's short form with no full stop that ends a name titles no one;
      // with one it may title the next, "Texas Sen. Ted Cruz".)
      const endsName =
        SHORT_RANK.test(t.text) &&
        text[t.end] !== '.' &&
        nameToken(tokens[i - 1]) &&
        adjacent(text, tokens[i - 1] as Token, t);
      if (
        (HONORIFICS.test(t.text) || TITLES.test(t.text) || plural) &&
        !endsName &&
        t.cap &&
        next &&
        (adjacent(text, t, next) ||
          (abbreviated && /^\.[ \t]+$/.test(text.slice(t.end, next.start))))
      ) {
        // "Defense Minister Gen Nakatani", "Minister Dean Smith": a title's word right after an
        // office and before a lone surname is a given name when it is one, or a military rank
        // after a civil office (not "Army chief Gen Mark Milley", "Gen. Milley" or "Chief
        // Executive Officer Smith").
        const after = tokens[i + 2];
        const givenTitle =
          TITLES.test(t.text) &&
          !!next &&
          TITLES.test(next.text) &&
          (givenNames.has(next.text) || (CIVIL_OFFICE.test(t.text) && RANK.test(next.text))) &&
          text[next.end] !== '.' &&
          nameRun(text, tokens, i + 2, 4) === 1 &&
          !!after &&
          adjacent(text, next, after) &&
          !nameToken(tokens[i + 3]);
        const n = givenTitle ? 2 : nameRun(text, tokens, i + 1, 4);
        const following = tokens[i + n + 1];
        // "Chief Financial Officer Kim": a title that another title ends is not before a name.
        const compoundTitle =
          n > 0 &&
          !!following &&
          TITLES.test(following.text) &&
          adjacent(text, tokens[i + n] as Token, following);
        // ("Gen Z protests", "Gen Z Madagascar": a lone letter after a title, alone or before a
        // place's name, is a generation's, not a name; "Lt Col H Jones" is one.)
        const letter =
          /^\p{Lu}$/u.test(next.text) &&
          text[next.end] !== '.' &&
          (n === 1 ||
            isPlaceName(
              gazetteer,
              text.slice((tokens[i + 2] as Token).start, (tokens[i + n] as Token).end),
            ));
        if (n > 0 && !compoundTitle && !letter) {
          const first = tokens[i + 1] as Token;
          const last = tokens[i + n] as Token;
          const name = text.slice(first.start, last.end);
          // "The General Security of Military Information Agreement": a title after "the" and
          // before "of Something" names a thing, not a person.
          const ofWords = /^\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})/u
            .exec(text.slice(last.end, last.end + 40))?.[1]
            ?.split(/\s+/);
          const ofPlace = !!ofWords?.some((_, k) =>
            isPlaceName(gazetteer, ofWords.slice(0, k + 1).join(' ')),
          );
          // ("from Imam Khomeini airport": a title and a name a place is named after.)
          const thing =
            /\bthe\s+$/i.test(text.slice(Math.max(0, t.start - 5), t.start)) ||
            NAMED_FOR_AFTER.test(text.slice(last.end, last.end + 30)) ||
            (n === 1 && !!ofWords && !ofPlace) ||
            tokens
              .slice(i + 1, i + 1 + n)
              .some((x) => ORG_WORD.test(x.text) && !(x === first && SURNAME_TOO.test(x.text)));
          // ("Infanta Sofia", "Queen Victoria", "Prince George": a royal is named after places.)
          const royal = ROYAL_TITLE.test(t.text);
          if (!thing && (royal || !isPlaceName(gazetteer, name))) {
            // "Prime Minister", "Unification Minister", "US Defense Secretary", "Japanese Prime
            // Minister": the title with the capitalised words that qualify it.
            let k = i;
            while (k > 0 && i - k < 5) {
              const p = tokens[k - 1] as Token;
              // "former President Joe Biden": a lower-case word that narrows the office.
              const modifier = !p.cap && ROLE_MODIFIER.test(p.text);
              // "Bank of Korea Governor": "of" inside the name of the body whose office it is
              // (not right before the title: "Supporters of President Donald Trump").
              const before = tokens[k - 2];
              const ofBody =
                p.text === 'of' &&
                k !== i &&
                !!before?.cap &&
                (tokens[k] as Token).cap &&
                adjacent(text, before, p);
              if ((!p.cap && !modifier && !ofBody) || !adjacent(text, p, tokens[k] as Token)) break;
              // ("lawmakers ousted Prime Minister Michel Barnier's government": a participle
              // after a word that neither determines nor owns it is the sentence's verb; not
              // "the ousted president".)
              if (
                modifier &&
                /ed$/.test(p.text) &&
                before &&
                (!before.cap || (before.initial && !isPlaceName(gazetteer, before.text))) &&
                adjacent(text, before, p) &&
                !/^(?:the|an?|his|her|its|their|our|this|that|recently|newly|now)$/i.test(
                  before.text,
                )
              )
                break;
              // ("sought to fire Governor Lisa Cook": a modifier that is also a verb is one after
              // "to"; not "linked to former President Park".)
              if (
                modifier &&
                /^(?:fire|rescue|head|fund|police|board|research|project|campaign)$/.test(p.text) &&
                before?.text === 'to' &&
                adjacent(text, before, p)
              )
                break;
              const acronym = /^\p{Lu}{2,}$/u.test(p.text); // "US", not "us"
              if (
                (FUNCTION_WORDS.has(p.text.toLowerCase()) && !acronym && !ofBody) ||
                HONORIFICS.test(p.text)
              )
                break;
              const localBody = LOCAL_BODY.test((tokens[k] as Token).text);
              // At a sentence's start, a noun may still head the office ("Environment
              // Secretary", "Fed Governor"), but not a verb or an adverb ("Asked", "Reportedly").
              if (
                p.initial &&
                !TITLE_QUALIFIER.test(p.text) &&
                !localBody &&
                !isPlaceName(gazetteer, p.text) &&
                (/^\p{L}{2,}(?:ed|ing|ly)$/u.test(p.text) || MONTH_OR_DAY.test(p.text))
              )
                break;
              k--;
            }
            // "South Korea's President": the country whose office it is.
            const from = (tokens[k] as Token).start;
            const owner = OWNER_BEFORE.exec(text.slice(Math.max(0, from - 40), from));
            const qualified = text.slice(
              owner?.[1] && isPlaceName(gazetteer, owner[1]) ? from - owner[0].length : from,
              t.end,
            );
            // ("Sheikh Hasina": an honorific before a single name is how that name is written,
            // and no office; "Sheikh Mohammed bin Rashid" is the name after the honorific.)
            // ("Qatari Prime Minister Sheikh Mohammed": the style is no part of the office; nor
            // is a royal's title after one, "Energy Minister Prince Abdulaziz bin Salman".)
            const style =
              STYLE_BEFORE_NAME.test(t.text) ||
              (ROYAL_TITLE.test(t.text) &&
                CIVIL_OFFICE.test(/(\S+)\s+\S+$/.exec(qualified)?.[1] ?? ''));
            const styled = style && n === 1;
            const before = style ? qualified.slice(0, -t.text.length).trim() : '';
            const office = styled || before ? before : qualified;
            // ("Leader Kim Jong Un" opening a sentence: its capital is the sentence's where the
            // article writes the word in lower case before a name elsewhere, "leader Kim";
            // "the pope" is no such evidence against "Pope Francis".)
            const sentenceCase =
              office === t.text &&
              (tokens[k] as Token).initial &&
              new RegExp(
                `(?<![\\p{L}-])${escapeRegExp(t.text.toLowerCase())}[ \\t]+\\p{Lu}`,
                'u',
              ).test(text);
            const single = plural ? office.slice(0, -1) : office;
            const role =
              (TITLES.test(t.text) || plural || firstLady) && office
                ? `${sentenceCase ? single.toLowerCase() : single}${abbreviated ? '.' : ''}`
                : null;
            hits.push({
              start: (HONORIFICS.test(t.text) && !firstLady) || styled ? t.start : first.start,
              end: last.end,
              name: styled ? text.slice(t.start, last.end) : name,
              role,
              full: n > 1,
            });
            i += n;
            continue;
          }
        }
      }
      // "Chilean leader Ana Ruiz"
      // ("Apple CEO Tim Cook": an executive's acronym is a role in capitals.)
      const acronymRole = /^(?:CEO|CFO|COO|CTO)$/.test(t.text);
      // ("former US Marine Paul Whelan": a service member's capitalised word before a given
      // name is a role; "Marine Le Pen" is a given name.)
      const serviceRole = SERVICE_MEMBER.test(t.text) && !!next && givenNames.has(next.text);
      if (
        // ("Archer Kim Woo-jin won": a role word may open a sentence.)
        ((roleWord(t.text) &&
          (!t.cap || acronymRole || (t.initial && roleWord(t.text.toLowerCase())))) ||
          serviceRole) &&
        next &&
        adjacent(text, t, next)
      ) {
        const n = nameRun(text, tokens, i + 1, 4);
        const name =
          n >= 2 ? text.slice((tokens[i + 1] as Token).start, (tokens[i + n] as Token).end) : '';
        if (
          n >= 2 &&
          !isPlaceName(gazetteer, name) &&
          // (A surname that is an organisation's word too may open it: "judge Park Jeong-je".)
          !tokens
            .slice(i + 1, i + 1 + n)
            .some((x, at) => ORG_WORD.test(x.text) && !(at === 0 && SURNAME_TOO.test(x.text)))
        ) {
          let k = i;
          // "North Korean leader", "prime minister" (the qualifier in lower case); a sentence's
          // first word only when it starts a place's name or a demonym ("North Korean").
          // ("South Korean opposition leader": the place's name may be the word and the next.)
          // ("Hamas leader Yahya Sinwar", "Tesla CEO Elon Musk", "White House spokesman Steven
          // Cheung" may open a sentence; not a
          // verb or an adverb, "Asked", "Reportedly", nor a word of the sentence before, "posted
          // on X. Opposition leader Lee".)
          const qualifier = (p: Token, after: Token) =>
            !after.initial &&
            ((p.cap &&
              (!p.initial ||
                (!FUNCTION_WORDS.has(p.text.toLowerCase()) &&
                  (isPlaceName(gazetteer, p.text) ||
                    (!/(?:ed|ing|ly)$/.test(p.text) && !MONTH_OR_DAY.test(p.text)))))) ||
              TITLE_QUALIFIER.test(upperFirst(p.text)) ||
              // ("Junta chief Min Aung Hlaing": a sentence may open with the modifier.)
              roleModifier(p.initial ? p.text.toLowerCase() : p.text));
          while (
            k > 0 &&
            qualifier(tokens[k - 1] as Token, tokens[k] as Token) &&
            adjacent(text, tokens[k - 1] as Token, tokens[k] as Token) &&
            i - k < 4
          )
            k--;
          // ("Bangladesh's interim leader Muhammad Yunus": the country whose leader, as above.)
          const from = (tokens[k] as Token).start;
          const owner = OWNER_BEFORE.exec(text.slice(Math.max(0, from - 40), from));
          const owned = !!owner?.[1] && isPlaceName(gazetteer, owner[1]);
          const written = text.slice(owned ? from - (owner?.[0].length ?? 0) : from, t.end);
          const role =
            k === i && t.initial && t.cap && !acronymRole ? written.toLowerCase() : written;
          hits.push({
            start: (tokens[i + 1] as Token).start,
            end: (tokens[i + n] as Token).end,
            name,
            role,
            full: true,
          });
          i += n;
          continue;
        }
      }
      // "Name said", "Name, who said", ", said Name" (two words at least, not a place or an organisation)
      // "Canadian Jeremy Hansen": a nationality before a name is not part of it.
      if (nationality(gazetteer, t.text)) continue;
      // ("Doctors Without Borders", "Physicians For Peace": a capitalised small word before
      // it puts the word in a longer name, an organisation's.)
      const prev = tokens[i - 1];
      const inTitle =
        !!prev &&
        prev.cap &&
        !prev.initial &&
        FUNCTION_WORDS.has(prev.text.toLowerCase()) &&
        !/^\p{Lu}{2,}$/u.test(prev.text) &&
        adjacent(text, prev, t);
      // ("Canadian Solar said": right after a people's word, which no run of names takes in.)
      const afterNationality =
        !!prev && adjacent(text, prev, t) && nationality(gazetteer, prev.text);
      if (
        nameToken(t) &&
        !inTitle &&
        !(!!prev && nameToken(prev) && adjacent(text, prev, t) && !afterNationality)
      ) {
        const n = nameRun(text, tokens, i, 4);
        // "Steele said", "said Thomas": a lone name that speaks is a person unless it is a place.
        if (n === 1 && !t.initial) {
          const speaks =
            (speaksAfter(text, t.end) && !THING_TAKEN.test(text.slice(t.end, t.end + 40))) ||
            // (", said Thomas." names who spoke; "said Google had paid" what was said.)
            (/\bsaid\s*$/.test(text.slice(Math.max(0, t.start - 8), t.start)) &&
              /^\s*(?:[,.;:)]|$)/.test(text.slice(t.end, t.end + 2)));
          // "Analysts at Commerzbank said": after a preposition, a firm or a place speaks.
          // ("the Fed said": after an article, an institution speaks.)
          // ("the Centers for Disease Control and Prevention said", "the Ministry of the Interior
          // and Safety said": the end of a body's name.)
          // ("Rio Grande do Sul said": the last word of a name a particle runs on.)
          const governed =
            /\b(?:at|of|from|for|with|by|in|on|near|[Tt]he)\s+$/.test(
              text.slice(Math.max(0, t.start - 6), t.start),
            ) ||
            PARTICLE.test(prev?.text ?? '') ||
            /\p{Lu}\p{L}+\s+(?:for|of|on)\s+(?:the\s+)?(?:\p{Lu}\p{L}+\s+)+and\s+$/u.test(
              text.slice(Math.max(0, t.start - 60), t.start),
            );
          // ("its operator Rosenergoatom said", "the carmaker Toyota said": a noun for a thing
          // right before the name says what the name is.)
          const described = DESCRIBED_BEFORE.exec(text.slice(Math.max(0, t.start - 40), t.start));
          const named =
            !!described &&
            !personNoun(described[1] ?? '') &&
            // (", and Steele said": after a comma, a function word opens no noun.)
            !FUNCTION_WORDS.has(described[1] ?? '');
          // "Volkswagen said it would cut jobs", "Apple, which said": a thing speaks.
          const thing =
            /^\s*,?\s*(?:which\b|(?:said|says|announced|added|told\s+\S+)\s+(?:that\s+)?(?:it|its)\b)/.test(
              text.slice(t.end, t.end + 40),
            );
          // ("Canadian Solar said": one word after a people's word is a firm's name; a person
          // is named in full after it, "Canadian Jeremy Hansen".)
          // ('"We lost everything," said Hassan, 50, who': an age or "who" after the name is a
          // person's, whatever town shares it.)
          const personal = /^,[ \t]+(?:\d{1,3},|who[ \t])/.test(text.slice(t.end, t.end + 8));
          // ("Her eldest son, Charles, 73, became king": so is one set beside kin, with an age
          // or "who" after it.)
          const besideKin =
            personal && KIN_BESIDE.test(text.slice(Math.max(0, t.start - 24), t.start));
          if (
            (speaks || besideKin) &&
            !thing &&
            !governed &&
            !named &&
            !afterNationality &&
            (personal ||
              gazetteer.lookup(nameKey(t.text)).every(
                // (Nor a landmark's name: "Kremlin said" is a place that speaks for a state.)
                ({ entry: e }) =>
                  e.kind !== 'country' &&
                  e.kind !== 'region' &&
                  e.kind !== 'landmark' &&
                  e.population < 100_000,
              )) &&
            !gazetteer.demonym(nameKey(t.text)) &&
            !ORG_WORD.test(t.text) &&
            !firm(t.text)
          ) {
            hits.push({ start: t.start, end: t.end, name: t.text, role: null, full: false });
            continue;
          }
        }
        if (n >= 2) {
          const last = tokens[i + n - 1] as Token;
          const name = text.slice(t.start, last.end);
          const runTokens = tokens.slice(i, i + n);
          // An organisation's word, or a title inside the run ("Hammond Health
          // Officer-Administrator Rodrigo"): not one person's name.
          // "the Red Cross": people's names take no article.
          // "the Ministry of Foreign Affairs", "the Commission on Human Rights": the rest of
          // an organisation's name after its head word (not a name after "and" and a body's:
          // "the League and Silvio Berlusconi's party").
          const orgHead = /(\p{Lu}\p{L}+)\s+(?:of|for|on)\s+(?:the\s+)?$/u.exec(
            text.slice(Math.max(0, t.start - 40), t.start),
          );
          const org =
            /\bthe\s+$/i.test(text.slice(Math.max(0, t.start - 4), t.start)) ||
            // ("Analysts at Morgan Stanley said": the analysts speak, for a firm.)
            /\b(?:analysts?|economists?|strategists?|researchers?|experts?|officials?|executives?|sources?|traders?)\s+(?:at|from|with)\s+$/i.test(
              text.slice(Math.max(0, t.start - 24), t.start),
            ) ||
            (!!orgHead && ORG_WORD.test(orgHead[1] ?? '')) ||
            // ("the Centre for Volcanology and Geological Hazard Mitigation said": past "and".)
            ORG_WORD.test(
              /(\p{Lu}\p{L}+)\s+(?:of|for|on)\s+(?:the\s+)?(?:\p{Lu}\p{L}+\s+){1,3}and\s+$/u.exec(
                text.slice(Math.max(0, t.start - 60), t.start),
              )?.[1] ?? '',
            ) ||
            // "the aircraft carrier USS Carl Vinson": a ship is named like a person.
            /\b(?:USS|HMS|HMAS|HMCS|INS|ROKS|USNS|MV|SS)\s+$/.test(
              text.slice(Math.max(0, t.start - 6), t.start),
            ) ||
            // ("the aircraft carrier Ronald Reagan": so is one a ship's noun names alone.)
            VESSEL_BEFORE.test(text.slice(Math.max(0, t.start - 24), t.start)) ||
            // ("Shuttle Discovery carries", "NASA's Mars Pathfinder": a craft's or a planet's
            // word that opens a run, no given name, opens a craft's name.)
            (!givenNames.has(t.text) && CRAFT_FIRST.test(t.text)) ||
            // ('"Winning Wimbledon, I still can't believe it"': a gerund opening a sentence or
            // a quotation is its verb, no given name.)
            (/\p{Ll}{2,}ing$/u.test(t.text) &&
              !givenNames.has(t.text) &&
              /(?:^|[.!?]["”’]?\s+|["“‘]\s*|\n\s*)$/u.test(
                text.slice(Math.max(0, t.start - 4), t.start),
              )) ||
            // ("told France Info radio", "on Kan public broadcaster": a medium's name.)
            MEDIUM_AFTER.test(text.slice(last.end, last.end + 40)) ||
            // ("the satirical weekly Charlie Hebdo": or names one after its noun.)
            MEDIUM_BEFORE.test(text.slice(Math.max(0, t.start - 20), t.start)) ||
            NAMED_FOR_AFTER.test(text.slice(last.end, last.end + 30)) ||
            // ("Jan Suraaj, the new party of election strategist Prashant Kishor,": an
            // apposition that says it is a body.)
            DESCRIBED_AS_BODY.test(text.slice(last.end, last.end + 60)) ||
            (!givenNames.has(t.text) && firm(name)) ||
            // ("Xi Jinping Thought", "Kim Il Sung Stadium": a doctrine or a place named after
            // someone; "Marjory Stoneman Douglas High School", whose body's word comes past the
            // four words a name may run to.)
            THING_NAMED_FOR.test(last.text) ||
            orgWordAfter(text, tokens, i + n) ||
            // ("Nearly 125,000 Rohingya Muslims have fled": a run after a count names a people.)
            COUNTED_BEFORE.test(text.slice(Math.max(0, t.start - 24), t.start)) ||
            // ("as Orthodox Christians celebrated": so does one that ends in a faith's people.)
            ADHERENTS.test(last.text) ||
            // ("U.N. Emergency Relief Coordinator Jan Egeland": the words before a title and a
            // name qualify the office.)
            (TITLES.test(tokens[i + n]?.text ?? '') &&
              adjacent(text, last, tokens[i + n] as Token) &&
              nameToken(tokens[i + n + 1])) ||
            PLACE_HEAD.test(t.text) ||
            // ("said First Vice President Mohammad Mokhber": the words that qualify a title.)
            (runTokens.every((x) => TITLE_QUALIFIER.test(x.text)) &&
              TITLES.test(tokens[i + n]?.text ?? '')) ||
            // ("Korean Air said": a nationality opens a firm's name, never a person's; the
            // gazetteer's word test, wider than `nationality` below, which skips the word, is
            // why "Korean" counts here, and not "Air" after it.)
            (!givenNames.has(t.text) && gazetteer.nationality(nameKey(t.text))) ||
            // ("Air New Zealand said": a country's or a region's name that ends a run opened by
            // no given name is a firm's or a body's, never a surname.)
            (!givenNames.has(t.text) &&
              runTokens.some(
                (x, k) => k > 0 && namesState(gazetteer, text.slice(x.start, last.end)),
              )) ||
            // ("the telescope in Rio Hurtado, Chile": a town the gazetteer lacks, placed in its
            // country or region by the text.)
            (/\b(?:in|near|outside)\s+$/.test(text.slice(Math.max(0, t.start - 8), t.start)) &&
              namesState(
                gazetteer,
                AREA_AFTER_NAME.exec(text.slice(last.end, last.end + 40))?.[1] ?? '',
              )) ||
            runTokens.some(
              (x) =>
                (ORG_WORD.test(x.text) && !(x === t && SURNAME_TOO.test(x.text))) ||
                ORG_TAIL.test(x.text) ||
                (x !== last &&
                  x.text.split(/[-‐]/).some((w) => TITLES.test(w) || ROLE_NOUN.test(w))),
            );
          const speaks =
            speaksAfter(text, last.end) ||
            SPEECH_BEFORE.test(text.slice(Math.max(0, t.start - 20), t.start));
          // Apposition: "France's President, Ana Ruiz," (an age may come between: "The captain,
          // 69-year-old Lee Joon-seok,").
          const before = text.slice(Math.max(0, t.start - 60), t.start);
          const appos =
            /(?:^|[\s(])((?:[\p{Lu}][\p{L}’'-]*\s)*[\p{Lu}][\p{L}]*['’]s\s+)?((?:\p{Lu}\p{Ll}+\s(?=\p{Lu})){0,3}[\p{Lu}]?[\p{Ll}]+(?:-\p{Ll}+)?(?:\s[\p{Ll}]+(?:-\p{Ll}+)?){0,2})(\s+(?:of|to|for)\s+(?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,3}(?:\s+\p{Ll}[\p{L}’'-]*){0,2})?,\s*(?:\d{1,3}-year-old\s+)?$/u.exec(
              before,
            );
          // ("Moon's chief of staff, Im Jong-seok,": the role word may open the phrase; "The mayor
          // of Derna, Abdulmenam al-Ghaithi,", "Russia's ambassador to Turkey, Andrei Karlov,": a
          // place's name may close it.)
          // "sent his sister, Kim Yo Jong,": the role starts after the last determiner.
          const phrase = appos?.[2]?.split(' ') ?? [];
          const cut = phrase.findLastIndex((w) => DETERMINER.test(w));
          // ("her only rival, Heather Humphreys,": how many there are is no part of the role.)
          const counted = phrase.slice(cut + 1);
          const apposWords =
            counted.length > 1 &&
            /^(?:only|sole|lone|nearest|closest|remaining)$/.test(counted[0] ?? '')
              ? counted.slice(1)
              : counted;
          // ("a 41-year-old man, Tetsuya Yamagami,": a person, though "man" is no role.)
          const apposPerson = PERSON_NOUN.test(apposWords.at(-1) ?? '');
          const apposRole =
            apposWords.length > 0 &&
            (roleWord(apposWords.at(-1) ?? '') ||
              (apposWords.length === 3 &&
                apposWords[1] === 'of' &&
                roleWord(apposWords[0] ?? '')) ||
              TITLES.test(apposWords.join(' ')))
              ? `${cut < 0 ? (appos?.[1] ?? '') : ''}${apposWords.join(' ')}${appos?.[3] ?? ''}`
                  .trim()
                  .replace(/^(?:The|A|An)\s+/, '')
              : null;
          // "Janet Evans of Marion": a common given name opening the run is evidence enough,
          // unless a place ends it ("Taco Bell Canada").
          // ("led by Luis Montenegro ... Montenegro said he": a surname that is a country's name
          // too, which the text writes for a man or a woman elsewhere.)
          // ("James Rodriguez": a surname that a mid-sized town bears too is still a surname;
          // a country's, a region's or a great city's name ends a body's name.)
          const endsInPlace =
            (namesState(gazetteer, last.text) || greatCity(gazetteer, last.text)) &&
            !(n === 2 && personWord(last.text));
          const given = givenNames.has(t.text) && !endsInPlace;
          // "Sydney Morning Herald" opens with a place; "said Nelson Mandela" and "Park Kyung-seo
          // said" with a name that happens to be a place's too (an organisation that speaks is
          // caught by its word: Herald, Press).
          // "Son Heung-min", "Hwang Hee-chan": a short family name and a hyphenated given name,
          // the way Korean names are romanised, is a person's name whatever the verb.
          const korean =
            n === 2 &&
            /^\p{Lu}\p{Ll}{1,4}$/u.test(t.text) &&
            /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(last.text);
          // "Astronauts Butch Wilmore and Suni Williams": a name paired with a person's.
          const pair = hits.at(-1);
          // ("Kim Jong Un and Vladimir Putin": a given name that is a town's too, before a
          // surname that is none.)
          // (Not an office's words before its title: "Shigeru Ishiba and Economic Security
          // Minister Sanae Takaichi".)
          const paired =
            n <= 3 &&
            !!pair?.full &&
            !TITLES.test(/^[ \t]+(\S+)/.exec(text.slice(last.end, last.end + 40))?.[1] ?? '') &&
            // ("Donald Trump and Ukraine's Volodymyr Zelenskiy": past whose the second is.)
            /^[ \t]+and[ \t]+(?:\p{Lu}[\p{L}.-]*(?:[ \t]+\p{Lu}[\p{L}.-]*)?['’]s[ \t]+)?$/u.test(
              text.slice(pair.end, t.start),
            ) &&
            (!runTokens.some((x) => isPlaceName(gazetteer, x.text)) ||
              (givenNames.has(t.text) &&
                !runTokens.slice(1).some((x) => isPlaceName(gazetteer, x.text))));
          // ("Nangolo Mbumba, who became president", "Hage Geingob died in February": who
          // does, or dies, is a person, where no word of the name is a place's, as a club's is:
          // "Real Madrid, who won".)
          const mortal =
            n >= 2 &&
            PERSON_AFTER.test(text.slice(last.end, last.end + 24)) &&
            !runTokens.some((x) => isPlaceName(gazetteer, x.text));
          // "Phoenix Ikner, 20,": an age after a name makes it a person's.
          const aged = /^,[ \t]+\d{1,3},/.test(text.slice(last.end, last.end + 7));
          // ("George W. Bush": a middle initial, though George is a town too.)
          // ("F.W. de Klerk", "J. K. Rowling": and initials that open it, no place's or body's.)
          const initialed =
            (n >= 3 && runTokens.slice(1, -1).some((x) => /^\p{Lu}$/u.test(x.text))) ||
            (n >= 2 &&
              (/^(?:\p{Lu}\.){2,3}$/u.test(t.text) ||
                (/^\p{Lu}$/u.test(t.text) && text[t.end] === '.')) &&
              !isPlaceName(gazetteer, t.text) &&
              !isPlaceName(gazetteer, last.text) &&
              !runTokens.some((x) => ORG_WORD.test(x.text)));
          // "Desire Doue scored ... Doue said", "removed Yoon Suk Yeol ... lost to Yoon": a
          // name the text shortens to its surname (first, as Korean names go, or last) is a
          // person's; not a storm's or an operation's ("Typhoon Gaemi ... Gaemi intensified").
          // (Nor a firm's, "Samsung C&T ... Samsung", nor a place's, "Inter Milan".)
          const shortForm = (word: string) =>
            aloneElsewhere(word, t.start, last.end) && !isPlaceName(gazetteer, word) && !firm(word);
          // (Nor a brand's thing: "SpaceX Starship ... test launch of Starship".)
          const shortened =
            n <= 3 &&
            !NAMED_THING.test(t.text) &&
            runTokens.every(
              (x) => x.text.length > 1 && !isPlaceName(gazetteer, x.text) && !firm(x.text),
            ) &&
            (shortForm(t.text) || shortForm(last.text));
          // "Choe Hwi, chairman of the committee,": a role in apposition after the name.
          const roleAfter = ROLE_AFTER.exec(text.slice(last.end, last.end + 90));
          const described = !!roleAfter && roleWord(roleAfter[2] ?? '');
          // ("Tetsuya Yamagami, a 41-year-old resident of Nara,": a person, with no role.)
          const describedPerson = !!roleAfter && PERSON_NOUN.test(roleAfter[2] ?? '');
          // ("Stockton Rush, chief executive of OceanGate,": a role after a name whose last word
          // names no place is the person's, though the first is a town's.)
          const place =
            isPlaceName(gazetteer, name) ||
            // ("the Basilica of Santa Maria Maggiore": a saint's name before a given name, or
            // run on, is a church's or a town's; "Santa Ono" is a person.)
            (SAINT.test(t.text) && (n >= 3 || givenNames.has((runTokens[1] as Token).text))) ||
            // ("in Les Pennes-Mirabeau, a town north of the city", "the town of Les Ulis": the
            // text says it is a place, though its first word is a given name.)
            DESCRIBED_AS_PLACE.test(text.slice(last.end, last.end + 60)) ||
            PLACE_NOUN_OF.test(text.slice(Math.max(0, t.start - 24), t.start)) ||
            PLACE_NOUN_AFTER.test(text.slice(last.end, last.end + 16)) ||
            (isPlaceName(gazetteer, t.text) &&
              !(
                speaks ||
                korean ||
                aged ||
                initialed ||
                (given && paired) ||
                (given && (apposRole || described || shortForm(last.text))) ||
                // ("OceanGate's chief executive, Stockton Rush,": a role before the name too;
                // "The gunman, Man Haron Monis,": or a person's noun, before it or after it.)
                ((described || describedPerson || !!apposRole || apposPerson) && !endsInPlace)
              ));
          // "Secretary of State Mike Pompeo": the name starts at the given name inside the run
          // (not "New York City", whose "York" is a given name too).
          const office = officeBefore(text, t.start, t.start) !== null;
          const givenAt = runTokens.findIndex(
            (x, at) => at > 0 && at < n - 1 && givenNames.has(x.text),
          );
          // ("Minister for Civil Protection Costas Katsafados": with no given name known, the
          // office's name runs to the last two words, as a name is most often written.)
          const k = givenAt < 0 && office && n >= 3 && !givenNames.has(t.text) ? n - 2 : givenAt;
          const inOffice = k > 0 && office;
          // "Ameren Illinois said", "Toyota Canada": a company's arm in a region or country,
          // unless a given name opens it ("Michael Jordan") or the text says who it is ("said
          // Tendai Moyo, a 29-year-old street vendor": Moyo is a Ugandan district too).
          const areaEnd =
            last.text.length >= 4 &&
            !givenNames.has(t.text) &&
            !described &&
            !describedPerson &&
            !aged &&
            gazetteer
              .lookup(nameKey(last.text))
              .some(
                (m) => !m.alternate && (m.entry.kind === 'country' || m.entry.kind === 'region'),
              );
          if (
            !org &&
            !place &&
            !inOffice &&
            !areaEnd &&
            (speaks ||
              apposRole ||
              apposPerson ||
              describedPerson ||
              given ||
              described ||
              korean ||
              aged ||
              initialed ||
              shortened ||
              paired ||
              mortal)
          ) {
            hits.push({
              start: t.start,
              end: last.end,
              name,
              // ("Lee's predecessor as party leader, Song Young-gil,": the phrase's tail that a
              // preposition opens is no role.)
              role: /^(?:as|at|for|in|on|to|with|from|by)\s/.test(apposRole || '')
                ? null
                : apposRole,
              full: true,
              // (Not where an apposition says who the two words are: "Ivanka Trump, the
              // daughter and adviser of ... Donald Trump,".)
              ...(n === 2 && t.initial && !givenNames.has(t.text) && !described
                ? { rest: last.start }
                : {}),
            });
            i += n - 1;
          } else if (!place && (!endsInPlace || (inOffice && k === givenAt))) {
            // ("Secretary of State John Kerry": past an office, a given name opens the name, whose
            // last word may be a region's too, County Kerry.)
            const from = runTokens[k];
            if (
              from &&
              !isPlaceName(gazetteer, from.text) &&
              !runTokens.slice(k).some((x) => ORG_WORD.test(x.text)) &&
              !orgWordAfter(text, tokens, i + n) &&
              !isPlaceName(gazetteer, text.slice(from.start, last.end))
            ) {
              hits.push({
                start: from.start,
                end: last.end,
                name: text.slice(from.start, last.end),
                role: officeBefore(text, t.start, from.start),
                full: true,
              });
              i += n - 1;
            }
          }
        }
      }
    }
  }

  // ("Leftist Dissanayake wins ... Anura Kumara Dissanayake": a sentence's first word, unless a
  // given name, before a surname the text gives someone in full only qualifies that person.)
  const fullNames = hits.filter((x) => x.full && x.rest === undefined).map((x) => ` ${x.name}`);
  for (const h of hits) {
    const surname = h.rest === undefined ? '' : text.slice(h.rest, h.end);
    if (surname && fullNames.some((name) => name.endsWith(` ${surname}`))) {
      // ("Bin Laden was buried": but a particle that opens it is the surname's own.)
      const whole = text.slice(h.start, h.end);
      const own =
        PARTICLE.test(firstWord(whole).toLowerCase()) &&
        fullNames.some((name) => name.toLowerCase().endsWith(` ${whole.toLowerCase()}`));
      Object.assign(
        h,
        own ? { name: whole, full: false } : { start: h.rest, name: surname, full: false },
      );
    }
  }
  // ("Fred and Cindy Warmbier": a given name joined to a full one shares its surname.)
  for (const h of [...hits]) {
    const words = h.full ? h.name.split(/\s+/) : [];
    if (words.length !== 2 || !givenNames.has(words[0] ?? '')) continue;
    const pair = SHARED_SURNAME_BEFORE.exec(text.slice(Math.max(0, h.start - 30), h.start));
    const given = pair?.[1] ?? '';
    const start = h.start - (pair?.[0].length ?? 0);
    if (!givenNames.has(given) || hits.some((x) => x.start <= start && start < x.end)) continue;
    hits.push({
      start,
      end: start + given.length,
      name: `${given} ${words[1]}`,
      role: null,
      full: true,
    });
  }
  // ('former President Jorge "Tuto" Quiroga', 'Earvin "Magic" Johnson': a nickname in quotation
  // marks inside a name, after a given name or a name the text reads, is none of the name.)
  // (Read from each opening quotation mark, in windows around it: a run of megabytes of spaces
  // must not overflow the regex engine's stack. The names found are in text order and apart, as
  // the sorted hits are, so one pointer walks both.)
  hits.sort((a, b) => a.start - b.start);
  const renamed = new Set<Hit>();
  const dropped = new Set<Hit>();
  let j = 0;
  for (const q of text.matchAll(/["“]/g)) {
    const before = GIVEN_BEFORE_QUOTE.exec(text.slice(Math.max(0, q.index - 30), q.index));
    const after = before && NICKNAME_AND_SURNAME.exec(text.slice(q.index, q.index + 80));
    if (!before || !after) continue;
    const [given, surname] = [before[1] ?? '', after[1] ?? ''];
    const start = q.index - before[0].length;
    const end = q.index + after[0].length;
    while (j < hits.length && (hits[j] as Hit).end <= start) j++;
    const inside: Hit[] = [];
    for (let k = j; k < hits.length && (hits[k] as Hit).start < end; k++)
      inside.push(hits[k] as Hit);
    const opening = inside.find((x) => x.start === start && x.end === start + given.length);
    if (!opening && !givenNames.has(given)) continue;
    if (inside.some((x) => x !== opening && x.full)) continue;
    for (const x of inside) dropped.add(x);
    const whole: Hit = {
      start,
      end,
      name: `${given} ${surname}`,
      role: opening?.role ?? null,
      full: true,
    };
    renamed.add(whole);
  }
  if (renamed.size > 0) {
    const kept = hits.filter((x) => !dropped.has(x));
    hits.length = 0;
    hits.push(...kept, ...renamed);
  }
  hits.sort((a, b) => a.start - b.start);
  // Full names first; a single word joins the person whose name contains it.
  const crafts = craftNames(text, sentences);
  const people: PersonCandidate[] = [];
  // ("Mohammed bin Salman ... King Salman": the word after "bin" names the father, not them.)
  const namesFather = (p: PersonCandidate, word: string) => {
    const words = p.name.split(/\s+/);
    return words.at(-1) === word && PATRONYMIC.test(words.at(-2) ?? '');
  };
  // ("Bashar al-Assad ... Assad and his family": a word of the name is written without its
  // joined article too.)
  const find = (word: string) =>
    people.filter(
      (p) =>
        p.name.split(/\s+/).some((part) => part === word || unjoined(part) === word) ||
        p.name === word ||
        p.name.toLowerCase().endsWith(` ${word.toLowerCase()}`),
    );
  for (const h of hits.filter(
    // (No run that holds a craft's name: "Boeing Starliner returns" where the text writes
    // "Boeing's Starliner capsule".)
    (x) => x.full && !(x.role === null && x.name.split(/\s+/).some((w) => crafts.has(w))),
  )) {
    // ("Marine Le Pen ... Le Pen said": a surname with its particle is the person's.)
    // ("Sayyed Hassan Nasrallah ... Hassan Nasrallah will no longer": two words or more that
    // end a name the text gave in full are that person.)
    // ("Jorge Bergoglio elected" in the headline, "Cardinal Jorge Mario Bergoglio" in the text:
    // a name without its middle names is the person the full one names.)
    let p =
      people.find((x) => x.name === h.name) ??
      (PARTICLE.test(firstWord(h.name).toLowerCase()) || /\s/.test(h.name)
        ? people.find((x) => x.name.toLowerCase().endsWith(` ${h.name.toLowerCase()}`))
        : undefined) ??
      people.find((x) => withoutMiddle(x.name, h.name) || withoutMiddle(h.name, x.name));
    if (p && withoutMiddle(p.name, h.name)) {
      p.aliases.add(p.name);
      p.name = h.name;
    } else if (p && p.name !== h.name) p.aliases.add(h.name);
    if (!p) {
      p = { name: h.name, role: h.role, aliases: new Set(), mentions: [] };
      people.push(p);
    }
    p.role ??= h.role;
    p.mentions.push({ start: h.start, end: h.end, text: text.slice(h.start, h.end) });
  }
  for (const h of hits.filter((x) => !x.full)) {
    const [match] = find(h.name).filter((p) => !namesFather(p, h.name));
    if (match) {
      match.aliases.add(text.slice(h.start, h.end));
      match.role ??= h.role;
      match.mentions.push({ start: h.start, end: h.end, text: text.slice(h.start, h.end) });
    } else {
      people.push({
        name: h.name,
        role: h.role,
        aliases: new Set([text.slice(h.start, h.end)]),
        mentions: [{ start: h.start, end: h.end, text: text.slice(h.start, h.end) }],
      });
    }
  }
  // "under Ana Ruiz": a run of capitals that ends in a known single-word name completes it; a
  // run that is a known full name ("help Nelson Mandela") is another mention of that person.
  const byFullName = new Map(people.filter((p) => p.name.includes(' ')).map((p) => [p.name, p]));
  const mentioned = new Set(people.flatMap((p) => p.mentions.map((m) => m.start)));
  const claimed: Mention[] = [];
  for (const tokens of allTokens) {
    for (let i = 0; i < tokens.length; i++) {
      const n = nameRun(text, tokens, i, 4);
      if (n < 2) continue;
      const first = tokens[i] as Token;
      const last = tokens[i + n - 1] as Token;
      // ("chanting 'Arrest Yoon Suk Yeol'", "Free Nelson Mandela": a capitalised word may stand
      // before the known name.)
      const second = n >= 3 ? (tokens[i + 1] as Token) : undefined;
      const [named, at] = byFullName.has(text.slice(first.start, last.end))
        ? [byFullName.get(text.slice(first.start, last.end)), first.start]
        : second
          ? [byFullName.get(text.slice(second.start, last.end)), second.start]
          : [undefined, first.start];
      // ("Andrés Manuel López Obrador ... López Obrador is barred": the words that end a known
      // name, a double surname, are that person, written so.)
      const words = text.slice(first.start, last.end);
      const surnames = named
        ? undefined
        : people.find((p) => p.name.split(/\s+/).length > n && p.name.endsWith(` ${words}`));
      const known = named ?? surnames;
      const start = surnames ? first.start : at;
      if (known && !mentioned.has(start)) {
        const mention = { start, end: last.end, text: surnames ? words : known.name };
        known.mentions.push(mention);
        if (surnames) surnames.aliases.add(words);
        claimed.push(mention);
        mentioned.add(start);
        i += n - 1;
        continue;
      }
      // ("Leftist Luiz Inacio Lula da Silva ... Lula said": a sentence's first word, unless a
      // given name, may only qualify the name after it, whose known short form may be any of
      // its words but the first.)
      const from = first.initial && !givenNames.has(first.text) ? i + 1 : i;
      const run = tokens.slice(from, from + (from === i ? n : nameRun(text, tokens, from, 4)));
      const [head, tail] = [run[0], run.at(-1)];
      const single =
        head &&
        tail &&
        run.length >= 2 &&
        people.find(
          (p) =>
            !p.name.includes(' ') &&
            run.slice(1).some((x, j) => x.text === p.name && !PATRONYMIC.test(run[j]?.text ?? '')),
        );
      if (single && head && tail && !isPlaceName(gazetteer, text.slice(head.start, tail.end))) {
        single.aliases.add(single.name);
        single.name = text.slice(head.start, tail.end);
        single.mentions.push({ start: head.start, end: tail.end, text: single.name });
      } else if (
        head &&
        tail &&
        !mentioned.has(head.start) &&
        officeBefore(text, head.start, head.start) === null
      ) {
        // ("Aung San Suu Kyi's government ... Suu Kyi, 80,": a run that a known name of two
        // words or more ends, after words that are names too, is that person in full; not
        // after a title's "of" or "for", where the words before are the office's.)
        const fuller = people.find((p) => {
          const size = p.name.split(/\s+/).length;
          const rest = run.slice(0, run.length - size);
          return (
            size >= 2 &&
            // (A role read before the name took the words before it: "former US Marine".)
            p.role === null &&
            rest.length > 0 &&
            text.slice((run[rest.length] as Token).start, tail.end) === p.name &&
            rest.every(
              (x) =>
                !TITLES.test(x.text) &&
                !pluralTitle(x.text) &&
                !ROLE_NOUN.test(x.text) &&
                !ORG_WORD.test(x.text) &&
                !FUNCTION_WORDS.has(x.text.toLowerCase()) &&
                !gazetteer.nationality(nameKey(x.text)) &&
                !isPlaceName(gazetteer, x.text),
            )
          );
        });
        if (fuller) {
          fuller.aliases.add(fuller.name);
          fuller.name = text.slice(head.start, tail.end);
          fuller.mentions.push({ start: head.start, end: tail.end, text: fuller.name });
          mentioned.add(head.start);
        }
      }
      i += n - 1;
    }
  }
  // (A run that is a known full name is the mention: a word of it read alone before,
  // "Ching-te" of "Lai Ching-te" after a dateline's dash, goes. Claimed runs are in text order
  // and apart, so one binary search finds the run a mention could fall in.)
  if (claimed.length > 0) {
    const own = new Set(claimed);
    const inClaimed = (m: Mention) => {
      const c = claimed[firstStartingFrom(claimed, m.end) - 1];
      return !!c && c.end > m.start;
    };
    for (const p of people) p.mentions = p.mentions.filter((m) => own.has(m) || !inClaimed(m));
  }
  // Bare names: "Ruiz", "Smith".
  // Binary search over the mentions so far (sorted, with the furthest end up to each): a pass
  // over every word must not scan every mention, or long articles take quadratic time.
  const spans = people.flatMap((p) => p.mentions).sort((a, b) => a.start - b.start);
  const reach: number[] = [];
  for (const [k, m] of spans.entries()) reach.push(Math.max(reach[k - 1] ?? 0, m.end));
  const taken = (s: number, e: number) => (reach[firstStartingFrom(spans, e) - 1] ?? 0) > s;
  // Where each person is first named other than after another's noun and "of" or as another's
  // kin, read from the mentions added since last asked: a name written thousands of times stays
  // linear.
  const plainFrom = new Map<PersonCandidate, { read: number; first: number }>();
  const firstPlain = (p: PersonCandidate) => {
    const known = plainFrom.get(p) ?? { read: 0, first: Number.POSITIVE_INFINITY };
    for (const m of p.mentions.slice(known.read))
      if (
        m.start < known.first &&
        !ofComplement(text, m.start) &&
        !KIN_OF_BEFORE.test(text.slice(Math.max(0, m.start - 60), m.start))
      )
        known.first = m.start;
    known.read = p.mentions.length;
    plainFrom.set(p, known);
    return known.first;
  };
  for (const tokens of allTokens) {
    for (const [k, t] of tokens.entries()) {
      // ("May said she had done her best", after Theresa May; not "resign in May".)
      const month =
        MONTH.test(t.text) &&
        !/^\s*\d/.test(text.slice(t.end, t.end + 3)) &&
        !TIME_BEFORE_MONTH.test(text.slice(Math.max(0, t.start - 8), t.start));
      if (!(nameToken(t) || month) || taken(t.start, t.end)) continue;
      // "Christian Democrats", "Paul Street": a word that opens a longer name is not a person.
      const next = tokens[k + 1];
      if (next?.cap && !MONTH_OR_DAY.test(next.text) && adjacent(text, t, next)) continue;
      // ("the Nobel literature prize" is named after Alfred Nobel, not a mention of him.)
      if (NAMED_FOR_AFTER.test(text.slice(t.end, t.end + 30))) continue;
      // "in Hammond, Indiana": after a preposition of place, a bare name is the place's (but
      // "in Ruiz's speech" is the person's).
      if (
        /\b(?:in|at|near|outside|inside|across|around|throughout)\s+$/.test(
          text.slice(Math.max(0, t.start - 12), t.start),
        ) &&
        !/^['’]s\b/.test(text.slice(t.end, t.end + 3))
      )
        continue;
      // ("in the town of Majiya", before "Sani Majiya" speaks: the text says it is a place.)
      if (PLACE_NOUN_OF.test(text.slice(Math.max(0, t.start - 24), t.start))) continue;
      // ("in La Paz", after Rodrigo Paz: a word that an article opens a place's name with.)
      const article = tokens[k - 1];
      if (
        article &&
        PLACE_ARTICLE.test(article.text) &&
        adjacent(text, article, t) &&
        isPlaceName(gazetteer, text.slice(article.start, t.end))
      )
        continue;
      // A country's or region's name alone is the place ("Canada"), whoever shares it; a short
      // code is one only in capitals ("ABE" is Aberdeen, "Abe" Shinzo Abe).
      // ("south of St. John's": a word of a saint's or a fort's name is a place's.)
      if (PLACE_OPENING_BEFORE.test(text.slice(Math.max(0, t.start - 7), t.start))) continue;
      const code = t.text.length <= 3 && !/^\p{Lu}+$/u.test(t.text);
      // ("Bin Salman": with "bin" before it, the word is the full name's.)
      const particle = PATRONYMIC.test(tokens[k - 1]?.text ?? '');
      const candidates = find(t.text).filter((p) => particle || !namesFather(p, t.text));
      if (candidates.length === 0) continue;
      // ... but a region's name that is the surname of someone named in full is theirs ("Rand
      // Paul ... Paul said", not Paul on Cape Verde).
      const areas = code ? [] : gazetteer.lookup(nameKey(t.text)).filter(namesArea);
      const named = candidates.some(
        (p) => p.name.includes(' ') && unjoined(p.name.split(/\s+/).at(-1) ?? '') === t.text,
      );
      // (Nor a country's name that is written for the person here: "Montenegro said he".)
      const country = areas.some((m) => m.entry.kind === 'country');
      if (
        (country && !(named && forPersonAt(text, t.start, t.end))) ||
        (!country && areas.length > 0 && !named)
      )
        continue;
      // A bare name points back to someone named before it ("Kim's sister, Kim Yo Jong" is
      // the sister of the Kim already named).
      const earlier = candidates.filter((p) => (p.mentions[0]?.start ?? t.start) < t.start);
      // ("Kim Jong Nam, the half-brother of leader Kim Jong Un, ... Kim, 45,": one named so far
      // only after another's noun and "of" is who the story's subject is kin to, not its subject.)
      const aside = (p: PersonCandidate) => firstPlain(p) >= t.start;
      // ("Fidel Castro has died, his brother Raul Castro announced ... Raul Castro said ...
      // Castro seized power": one the story first names as another's kin is not who a surname
      // they share means, however often named in full after.)
      const kin = (p: PersonCandidate) => {
        const first = p.mentions[0]?.start ?? 0;
        return KIN_OF_BEFORE.test(text.slice(Math.max(0, first - 60), first));
      };
      // Before anyone of the name is introduced (a headline), it is the one introduced first.
      const best = (
        earlier.length > 0
          ? [...earlier].sort(
              (a, b) =>
                Number(aside(a)) - Number(aside(b)) ||
                Number(kin(a)) - Number(kin(b)) ||
                Number(!!b.role) - Number(!!a.role) ||
                b.mentions.length - a.mentions.length ||
                (b.mentions.at(-1)?.start ?? 0) - (a.mentions.at(-1)?.start ?? 0),
            )
          : [...candidates].sort(
              (a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0),
            )
      )[0] as PersonCandidate;
      // ("bin Laden", "Bin Laden": with the particle the full name puts before the word.)
      const prev = tokens[k - 1];
      const from =
        prev &&
        PARTICLE.test(prev.text.toLowerCase()) &&
        adjacent(text, prev, t) &&
        best.name.toLowerCase().includes(` ${prev.text.toLowerCase()} ${t.text.toLowerCase()}`)
          ? prev.start
          : t.start;
      best.aliases.add(text.slice(from, t.end));
      best.mentions.push({ start: from, end: t.end, text: text.slice(from, t.end) });
    }
  }
  mergeOtherNames(text, people);
  for (const p of people) {
    p.mentions.sort((a, b) => a.start - b.start);
    p.aliases.delete(p.name);
    // (An alias is a way the text writes them: not a word whose mention a full name took back.)
    const written = new Set(p.mentions.map((m) => m.text));
    for (const a of p.aliases) if (!written.has(a)) p.aliases.delete(a);
    // "said Greg Roh, an analyst at HMC Securities": the role the apposition after a name gives
    // ("a 45-year-old farmer from Sarbuland": "farmer", not the age or home); else the office
    // the story puts them in ("Lai Ching-te was sworn in as Taiwan's president").
    p.role ??=
      roleAfterName(text, p.mentions, ROLE_AFTER)?.replace(/^\d+-year-old\s+/, '') ??
      roleAfterName(text, p.mentions, OFFICE_TAKEN);
  }
  // ("on Rue Nicolas-Appert": a street named after someone, whose word comes first; "the
  // militant group al Shabaab said": a group the text says it is, wherever else it speaks.)
  return people.filter(
    (p) =>
      !p.mentions.every((m) =>
        STREET_BEFORE.test(text.slice(Math.max(0, m.start - 10), m.start)),
      ) &&
      !(
        !p.role &&
        p.mentions.some((m) => GROUP_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start)))
      ) &&
      // ('series such as "K-On!" and "Violet Evergarden"': a name only ever written as the whole
      // of a quotation is a title's, a book's or a show's.)
      !(!p.role && p.mentions.every((m) => wholeQuotation(text, m))),
  );
}

function wholeQuotation(text: string, m: TextSpan): boolean {
  return (
    /["“]$/.test(text.slice(Math.max(0, m.start - 1), m.start)) &&
    /^[.,!?]?["”]/.test(text.slice(m.end, m.end + 2))
  );
}

const STREET_BEFORE = new RegExp(String.raw`\b(?:${STREET_FIRST})\s+$`);
/** "the militant group ", "the delivery firm ": a word for a group or a firm right before its name. */
const GROUP_BEFORE = new RegExp(
  String.raw`\b(?:group|organi[sz]ation|movement|militia|network|faction|outfit|firm|company)\s+(?:${ARABIC_ARTICLE}\s+)?$`,
);

const WOMAN_ROLE =
  /\b(?:mother|daughter|sister|wife|widow|aunt|niece|grandmother|granddaughter|queen|princess|empress|duchess|countess|Mrs|Ms|woman|girl|actress|spokeswoman|chairwoman|businesswoman|congresswoman|heiress|nun|lady|ladies)\b/i;
const MAN_ROLE =
  /\b(?:father|son|brother|husband|widower|uncle|nephew|grandfather|grandson|king|prince|emperor|duke|Mr|man|boy|spokesman|businessman|congressman|monk)\b/i;

/**
 * The sex a role's own noun says ("Her father", "the daughter of Korean Air's chairman": the
 * words before a preposition, not whose she is), for a "she" or "he" the given name leaves open.
 */
export function roleGender(role: string | null): 'female' | 'male' | undefined {
  const head = role?.split(/\s(?:of|to|at|for|in|from|with)\s/)[0] ?? '';
  const woman = WOMAN_ROLE.test(head);
  const man = MAN_ROLE.test(head);
  return woman === man ? undefined : woman ? 'female' : 'male';
}
