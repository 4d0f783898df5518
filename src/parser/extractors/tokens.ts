import { DATELINE } from './dateline.ts';

/** A word of the text with its offsets into the original. */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** Starts with a capital letter (or is an acronym like "U.S."). */
  cap: boolean;
  /** First word of its sentence, where capitals say nothing. */
  initial: boolean;
}

const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:['’\-‐][\p{L}\p{M}\p{N}]+)*/gu;
const POSSESSIVE = /['’]s$/;
/** Not "expected", "scheduled", "planned": -ed words that look ahead, as no past does. */
export const NOT_AHEAD = String.raw`(?!(?:expect|schedul|plann|slat|project|intend)ed\b)`;
/** "Indian-administered", "Russian-held": the suffixes by which a country holds a place. */
export const HOLDING_SUFFIX = 'administered|controlled|occupied|held|ruled|governed|annexed';
/** "Sydney-based", "Australia-wide", "US-led": the name is a word of its own. */
const NAME_COMPOUND = new RegExp(
  String.raw`^(\p{Lu}[\p{L}\p{M}'’.-]*?)[-‐](?:based|born|bound|area|wide|led|owned|made|registered|flagged|headquartered|bred|raised|backed|funded|run|centred|centered|linked|brokered|sponsored|allied|friendly|style|${HOLDING_SUFFIX})$`,
  'u',
);

/**
 * Words of a sentence; a possessive "'s" is left out of the word it follows, and so is the
 * suffix of a name compound ("Sydney-based" gives "Sydney").
 */
export function tokenize(sentence: string, offset: number): Token[] {
  const out: Token[] = [];
  let first = true;
  // The news after a dateline ("LIMA, Nov. 22 (Reuters) - Leftist ...") starts its sentence.
  const news = DATELINE.exec(sentence)?.[0].length ?? -1;
  for (const m of sentence.matchAll(WORD)) {
    if (m.index === news) first = true;
    let text = m[0];
    if (POSSESSIVE.test(text) && text.length > 2) text = text.slice(0, -2);
    text = NAME_COMPOUND.exec(text)?.[1] ?? text;
    const start = offset + m.index;
    out.push({ text, start, end: start + text.length, cap: /^\p{Lu}/u.test(text), initial: first });
    // A quotation or a colon starts a new sentence for capitalisation's sake.
    const after = sentence.slice(m.index + m[0].length, m.index + m[0].length + 3);
    first = /^\s*[:“"]/.test(after);
  }
  return out;
}

/** The words for what someone is or does: "minister", "spokesman", "coach" (people, clauses). */
export const ROLE_WORDS =
  'leader|president|minister|spokesman|spokeswoman|spokesperson|official|chief|director|secretary|chairman|chairwoman|chair|speaker|head|editor|correspondent|analyst|professor|researcher|scientist|doctor|governor|mayor|senator|ambassador|envoy|commander|premier|chancellor|dictator|king|queen|executive|manager|coach|player|captain|skipper|striker|midfielder|defender|goalkeeper|singer|actor|actress|novelist|poet|laureate|scholar|filmmaker|composer|painter|sculptor|dancer|rapper|comedian|chef|designer|lawyer|attorney|judge|justice|officer|expert|founder|owner|spokesmen|counterpart|successor|predecessor|rival|adviser|advisor|aide|diplomat|negotiator|general|prosecutor|candidate|nominee|delegate|representative|lawmaker|legislator|congressman|congresswoman|assemblyman|assemblywoman|councilman|councilwoman|councillor|councilor|MP|deputy|economist|strategist|activist|campaigner|organi[sz]er|mediator|commentator|columnist|historian|pilot|astronaut|colonel|lieutenant|sergeant|admiral|corporal|brigadier|specialist|commissioner|coordinator|administrator|superintendent|supervisor|inspector|chairperson|treasurer|ombudsman|[a-z]+ologist|astronomer|astrophysicist|physicist|chemist|biochemist|geneticist|mathematician|botanist|oceanographer|cosmonaut|investigator|veterinarian|vet|engineer|reporter|journalist|photographer|author|writer|artist|musician|architect|teacher|principal|headmaster|headteacher|challenger|opponent|contender|sheriff|coroner|detective|teammate|colleague|classmate|mentor|nurse|surgeon|physician|farmer|businessman|businesswoman|entrepreneur|billionaire|tycoon|investor|banker|explorer|soldier|veteran|athlete|swimmer|boxer|cyclist|golfer|skater|skier|gymnast|champion|sprinter|runner|marathoner|medall?ist|hurdler|wrestler|fencer|rower|jockey|star|lady|mountaineer|archer|shooter|diver|climber|weightlifter|snowboarder|judoka|member|incumbent|worker|volunteer|employee|shopkeeper|vendor|driver|fisherman|rescuer|firefighter|paramedic|medic|clerk|labou?rer|miner|accountant|dentist|pharmacist|mechanic|electrician|plumber|carpenter|waiter|waitress|cashier|baker|butcher|tailor|programmer|consultant|pastor|priest|imam|rabbi|bishop|Mr|CEO';
/** One role's word alone, "minister" or "Secretary", in any case. */
export const ROLE_NOUN = new RegExp(`^(?:${ROLE_WORDS})$`, 'i');

/**
 * Particles written in lower case inside people's names: "Lula da Silva", "van Gogh", "bin
 * Salman", "de la Cruz", "Randy delos Santos" (shared by people and places, for patterns).
 */
export const NAME_PARTICLES =
  'da|de|do|dos|das|del|della|delos|dela|di|du|des|la|las|le|los|van|von|der|den|ter|ten|bin|ibn|al|el';

/** "al", "el", "ash": the Arabic article in its romanised forms, as a word of its own. */
export const ARABIC_ARTICLE = '(?:al|el|ad|ar|as|ash|at|az|an|ud|ul)';
/** An Arabic article (or "bin", "abu") and the hyphen that joins it to a name, for patterns. */
export const ARTICLE_JOINING = `(?:${ARABIC_ARTICLE}|ed|es|bin|ibn|abu|abd)[-‐]`;
/** "al-Ansari", "el-Sisi", "bin-Zayed", "Sharm el-Sheikh": the article joined to a capitalised name. */
export const JOINED_ARTICLE = new RegExp(`^${ARTICLE_JOINING}\\p{Lu}`, 'u');

/**
 * Only spaces between two tokens (no punctuation), so they can belong to one name; an
 * abbreviating point counts as none ("N. Korea", "St. Louis").
 */
export function adjacent(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end, b.start);
  return (
    /^[ \t]+$|^[-‐][ \t]?$|^[ \t]?[-‐]$/.test(gap) ||
    (/^\.[ \t]+$/.test(gap) && /^(?:\p{Lu}|St|Mt|Ft)$/u.test(a.text))
  );
}

/**
 * Words that open places' names and never a person's, nor the place named after them: "Fort
 * Hood said", "Lake Ontario" (not Ontario), "Mount Lebanon".
 */
export const PLACE_HEAD = /^(?:Fort|Mount|Mt|Lake|Port|Camp|Cape)$/;

/** Nouns for a settlement: "city", "village", "port". */
export const TOWN_NOUN = 'city|town|village|commune|suburb|municipality|port|hamlet';
/** Nouns for a settlement or an area, which say the name beside them is a place's. */
export const PLACE_NOUN = `${TOWN_NOUN}|district|county|province|region|state|capital|island`;
/** The nouns for a part of a town: "the Yongsan district of", "a neighbourhood on the edge of". */
export const TOWN_PART = 'district|neighbou?rhood|suburb|area|quarter|ward|borough|township|slum';

/**
 * Words that open the names of things named like people or places: "Typhoon Gaemi",
 * "Operation Sindoor", "Operation Lone Star" (a place's, "Fort", "Lake", is `PLACE_HEAD`).
 */
export const NAMED_THING = /^(?:Hurricane|Typhoon|Cyclone|Storm|Tropical|Operation|Project)$/;

/**
 * A medium's noun right before its name ("the satirical weekly Charlie Hebdo", "the news agency
 * Xinhua", "the newspaper Hankyoreh"): the name is the outlet's, not a place's nor a person's.
 */
export const MEDIUM_BEFORE =
  /\b(?:news agency|agency|newspaper|daily|weekly|monthly|broadcaster|tabloid|magazine|network|channel|outlet|website)[ \t]+$/i;

/**
 * What a vessel's or craft's name follows ("the warship Cheonan", "the ferry Sewol", "the
 * Singapore-flagged Dali", "the 1,200-ton Cheonan", "the capsule, named Phoenix"): a name there
 * is the craft's, not a place's nor a person's.
 */
export const VESSEL_WORD = String.raw`\b(?:ship|vessel|warship|tanker|freighter|carrier|boat|yacht|ferry|liner|cruiser|destroyer|frigate|corvette|gunboat|submarine|trawler|barge|tugboat|icebreaker|spacecraft|capsule|shuttle|orbiter|rover|lander|\p{L}+-flagged|\d[\d,]*-ton(?:ne)?)`;
/** The vessel's word and what gives it its name, up to the name: "the capsule, named ". */
export const VESSEL_NAMING = String.raw`${VESSEL_WORD}(?:,?[ \t]+(?:named|called|dubbed|christened))?[ \t]+`;
export const VESSEL_BEFORE = new RegExp(`${VESSEL_NAMING}$`, 'iu');

/**
 * Kin and close ones, a role in lower case only: "his sister Kim Yo Jong", "Park's confidante"
 * (but "Son Heung-min" is a name).
 */
export const KIN_WORD =
  'sister|brother|wife|husband|son|daughter|mother|father|widow|widower|uncle|aunt|cousin|nephew|niece|grandson|granddaughter|grandfather|grandmother|friend|confidant|confidante|ally|partner|girlfriend|boyfriend|fianc[eé]e?';

/**
 * Irregular pasts of verbs of occurrence, unlike their present and rarely another word ("took
 * office", "fled", "sank"); the verbs of speech and thought are not among them.
 */
export const IRREGULAR_PASTS =
  'took|made|gave|went|came|became|began|brought|built|caught|chose|drew|drove|fled|flew|' +
  'fought|froze|grew|led|lost|met|paid|ran|rode|sank|sent|shook|sold|spent|spoke|stole|' +
  'stood|struck|swept|swore|threw|tore|withdrew|wrote|broke|held|kept|sought|overtook|' +
  'underwent|oversaw|won|upheld|withheld|overthrew|rebuilt|dealt|laid|lent|leapt|slid|swung|' +
  'sprang|wept|hid|bled|dug|blew|bore|wore|woke|put|shut|shrank|sped|spun|hung|bought|fed|saw|' +
  'lit|rang|sang|flung|knelt|slept';

/**
 * Past participles that are not the simple past's "-ed" ("were built in 2003", "was sworn in
 * on Monday"); "known" and "seen as" say what something is, and are left out.
 */
export const IRREGULAR_PARTICIPLES =
  'built|made|taken|given|sent|sold|shot|caught|brought|found|laid|led|kept|paid|spent|swept|' +
  'shut|fought|dug|lost|won|drawn|driven|sworn|thrown|torn|stolen|written|broken|chosen|' +
  'frozen|shaken|hidden|beaten|begun|sunk|struck|overthrown|withdrawn|rebuilt|upheld|' +
  'overturned|put|hit|held|met|sought|bought|told|freed|heard|born';

/** Words that start sentences or headlines in capitals without naming anything. */
export const FUNCTION_WORDS = new Set(
  (
    'a an the this that these those and but or nor so yet for of in on at by to from with without ' +
    'as if when while after before since until during about over under between among into onto ' +
    'against across through toward towards upon within beyond ' +
    'he she it they we i you his her its their our my your him them us me who whom whose which what ' +
    'where why how there here then now also just only even still both either neither each every all ' +
    'some any no not many much more most few several such other another one two three meanwhile ' +
    'however although though because despite instead thus hence yes mr mrs ms dr sir according ' +
    'is are was were be been has have had do does did will would can could may might must shall should ' +
    // sentence adverbs: "Later Steele said", "Separately, Kim ..."
    'later earlier yesterday today tomorrow separately finally previously recently initially ' +
    'afterwards elsewhere overall currently similarly likewise indeed again already moreover ' +
    'furthermore nonetheless nevertheless ultimately'
  ).split(' '),
);

/**
 * "talks|war" -> "[Tt]alks|[Ww]ar": words that may open a sentence, as a pattern for either case
 * of their first letter (with the flag "i", the capitals of the names after them would match any
 * letter).
 */
export function eitherCase(words: string[]): string {
  return words.map((w) => `[${w.charAt(0).toUpperCase()}${w.charAt(0)}]${w.slice(1)}`).join('|');
}

/** The words with their first letter capitalised ("he said" -> "He said"), the rest as written. */
export const upperFirst = (words: string) => words.charAt(0).toUpperCase() + words.slice(1);
/** The words with their first letter in small case, the rest as written. */
export const lowerFirst = (words: string) => words.charAt(0).toLowerCase() + words.slice(1);

/** "NEW YORK" -> "New York": a dateline's name, judged and shown like the name in running text. */
export function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s'’-])\p{Ll}/gu, (c) => c.toUpperCase());
}

/** "said", "told", "warned": a verb of speech that reports a source (quotes, events, verbs). */
export const SPEECH_VERB =
  'said|says|say|told|tells|added|adds|explained|wrote|writes|tweeted|argued|insisted|warned|stated|announced|noted|asked|replied|claimed|reported|shouted|shouts|yelled|vowed|admitted|recalled';

/** "decided", "vowed": a past verb whose infinitive after it tells a plan ("vowed to return"). */
export const PLEDGE_VERB = 'decided|promised|pledged|vowed|voted';

/** Verbs of putting off, any form: "delayed", "is postponing", "pushed back", "put off". */
export const PUT_OFF_VERB = String.raw`(?:delay|postpon|push(?:ed|es|ing)?\s+back|put(?:s|ting)?\s+off|reschedul|defer)\w*`;

/** Verbs of the harm a storm, a quake or a war does: "areas hit by", "towns devastated by". */
export const HARM_VERB =
  'hit|struck|shaken|swept|battered|ravaged|devastated|damaged|destroyed|flattened|flooded|affected';

/**
 * What comes right before a deadline an infinitive sets: "ordered residents to leave by ",
 * "agreed to share data by the end of ". The deadline lies ahead of the verb that sets it.
 */
export const INFINITIVE_DEADLINE =
  /\bto\s+(?!(?:the|a|an|his|her|its|their)\b)\p{Ll}+\b[^,;]{0,80}\b(?:by|until)\s+(?:the\s+(?:end|start|beginning|middle)\s+of\s+)?$/u;

/**
 * What comes right before a deadline a wish or a need sets for a thing: "wanted a government in
 * place by ", "needs the money by the end of ". The deadline lies ahead of the wanting.
 */
export const WISH_DEADLINE =
  /\b(?:wants?|wanted|wanting|needs?|needed)\s+(?!to\b)[^,;.!?]{0,80}\bby\s+(?:the\s+(?:end|start|beginning|middle)\s+of\s+)?$/u;

/**
 * "the export controls it announced": the head of a relative clause without "that", up to its
 * verb (a noun after an article or owner, then the pronoun that opens the clause; not "the war
 * when he", a subordinate clause's).
 */
export const CONTACT_RELATIVE_HEAD = String.raw`\b(?:the|its|their|his|her)\s+(?:(?!(?:when|as|while|before|after|because|since|until|unless|if|and|or|but|that|so|though|although|where|once|than|then)\s)\p{Ll}[\p{Ll}-]*\s+){1,3}(?:it|they|he|she|we)`;

/** A bullet opening a line of key points: "*", "•", "-" and the like. */
export const BULLET = '[*•·▪‣◦–—-]';

/**
 * A capitalised name of up to three words, that may own what follows: "South Korea", "Japan",
 * "U.S." (a word's full stop before another is an abbreviation's, not a sentence's end:
 * "from Lebanon. France's").
 */
export const OWNER_NAME = String.raw`(?:(?:\p{Lu}[\p{L}-]*|\p{Lu}[\p{L}.]{0,3}\.)[ \t]+){0,2}\p{Lu}[\p{L}.-]*`;
/** A capitalised name and its possessive, right before a word: "South Korea's ", "Japan's ". */
export const OWNER_BEFORE = new RegExp(String.raw`(${OWNER_NAME})['’]s[ \t]+$`, 'u');

/**
 * ", a town about 15 km north", ", a city on the west coast": an apposition that calls the name
 * before it one of `nouns` (its words before the noun describe it: ", a fisherman in the town
 * of" says no such thing).
 */
export function describedAs(nouns: string): RegExp {
  return new RegExp(
    String.raw`^,\s+(?:an?|the)\s+(?:(?!(?:${[...FUNCTION_WORDS].join('|')})\b)[\p{L}-]+\s+){0,3}?(?:${nouns})(?=\s+(?:of|in|on|near|about|some|north|south|east|west|\d)\b|[,.;])`,
    'u',
  );
}

/**
 * What may follow "by" and name no agent: an amount or a margin ("fell by 70%", "won by a
 * landslide") or a way of travel or of talking ("arrived by helicopter", "spoke by phone").
 */
export const NOT_AGENT = String.raw`(?:more|less|about|nearly|almost|around|some|roughly|over|up to|\d|an?\s+(?:\w+\s+)?(?:landslide|margin|majority|goal|point|length|stroke|vote)s?\b|(?:helicopter|car|bus|coach|taxi|boat|ship|ferry|plane|air|sea|land|road|rail|train|foot|bicycle|bike|phone|telephone|video\s+link|satellite\s+phone|letter|e-?mail)s?\b)`;

/** "125,000", "2 million", "thousands of": a count of people or things, without its noun. */
export const COUNT = String.raw`(?:\d{1,3}(?:,\d{3})*(?:\.\d+)?(?:\s+(?:million|billion|thousand|hundred))?|\b(?:hundreds|thousands|millions|dozens|tens)\s+of)`;
/** What one asks or invites another to do: "at Iran's request", "at the invitation of". */
export const ASKING = 'request|behest|invitation|urging|initiative|insistence';
