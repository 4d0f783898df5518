import { CLOSING_RELATIVE } from './clauses.ts';
import { MONTHS, SCHEDULED_SINGULAR, SET_FOR_A_DAY, WEEKDAYS } from './timex-lexicon.ts';
import {
  FUNCTION_WORDS,
  IRREGULAR_PARTICIPLES,
  IRREGULAR_PASTS,
  NOT_AGENT,
  NOT_AHEAD,
  SPEECH_VERB,
} from './tokens.ts';

/*
 * Verbs: which words of a sentence are the verb that reports an occurrence (past, passive,
 * future), and which only look like one (a participle, a noun after an article, a currency).
 * Plain text rules, read by the event extractor.
 */

/** ("has never held elected office": "elected" before what voters fill is an adjective.) */
const ELECTED_ADJECTIVE = String.raw`(?!(?<=\belected)\s+(?:office|officials?|representatives?|lawmakers?|leaders?|members?|bod(?:y|ies)|assembl(?:y|ies)|councils?|governments?)\b)`;
/**
 * "government-held areas", "Russian-occupied", "state-run": a participle a hyphen makes an
 * adjective of (not "belly-landed", "test-fired").
 */
const HYPHENED_ADJECTIVE = String.raw`(?:held|occupied|controlled|owned|backed|led|run|based|funded|made|built|hit|struck|affected|ravaged|battered|linked|allied|aligned|sponsored|born)\b`;
/** "by phone", "on the telephone": how a call is made (a call is an occurrence: `ACTION`). */
export const BY_PHONE = String.raw`(?:by|on\s+the|over\s+the)\s+(?:tele)?phone\b`;
/**
 * "are battling more than 150 blazes", "were searching for survivors": a deed going on, told
 * in the progressive (its status ongoing: events.ts).
 */
export const PROGRESSIVE_DEED = 'battling|fighting|searching|hunting|evacuating|scouring';
/**
 * Main verbs that report an occurrence (not speech about one). A threat or a pledge is news
 * only in the perfect ("North Korea has threatened to ..."); "he warned" closes a quote. A word
 * a hyphen runs on from is a compound's ("Left-wing unions", "hit-and-run").
 */
export const ACTION = new RegExp(
  String.raw`(?!(?<=[-‐])${HYPHENED_ADJECTIVE})\b(?:(?:appears?|appeared|seems?|seemed)\s+to\s+have\s+\p{Ll}+ed\b|(?:has|have)\s+(?:threatened|warned|vowed|pledged|promised|demanded|condemned|denounced|accused)\b|(?:has|have|had)?\s*(?:agreed|held|met|signed|launched|announced|opened|closed|killed|executed|died|attacked|won|lost|elected${ELECTED_ADJECTIVE}|visited|arrived|left(?<!\bwith\s+(?:[\p{L}\d-]+\s+){1,4}left)|began|started|ended|invaded|fired|seized|arrested|released|approved|rejected|annulled|banned|imposed|lifted|confirmed|reported|discovered|found|spotted|sighted|recalled|culled|destroyed|collapsed|struck|hit|erupted|broke\s+out|spread|infected|raised|lowered|hiked|cut|sent|offered|proposed|suggested|agreed to|decided|resigned|stepped\s+down|sacked|dismissed|forecast(?=\s+(?:an?|its|their)\s)|conceded(?=\s+(?:defeat|the\s+(?:election|race|vote|contest|match|game|title))|\s*[,.;]|\s+(?:in|on|at|late|early|after|before|shortly|hours|minutes|within|during)\b)|appointed|sentenced|charged|convicted|sued|indicted|impeached|discussed|flew|flown|travell?ed|landed|(?:took|taken)\s+(?:over|office|power|(?:["“]?(?:full|effective|total|complete)\s+)?control|place|the\s+oath|up\s+positions|to\s+the\s+streets)|cast(?=\s+(?:his|her|their|its|an?|the)\s+(?:[\p{L}-]+\s+)?(?:ballots?|votes?)\b)|begun(?=\s+(?:an?|the|its|their|his|her|work|talks|voting|evacuating|removing)\b)|became(?=\s+(?:the\s+(?:new\s+)?)?(?:king|queen|emperor|pope|president|prime\s+minister|chancellor|premier|leader|mayor|governor|acting\s+president)\b)|(?<=\b(?:is|are|was|were)\s+(?:still\s+)?)(?:${PROGRESSIVE_DEED})|freed|froze|foiled|thwarted|joined|challenged(?=\s+(?:it|them|him|her|the|a|an|his|her|their|its)\s)|welcomed|greeted|shook\s+hands|congratulated|(?:spoke|spoken)(?=\s+(?:with\s+[^,;.]{1,60}?\s+)?${BY_PHONE})|called\s+off|set\s+aside|went\s+off|invited|apologi[sz]ed|exchanged|returned|crossed|fled|evacuated|forced|displaced|injured|wounded|reopened|marched|voted|toured|hosted|convened|staged|granted|pardoned|ratified|demolished|blew\s+(?:up|apart)|detonated|attended|celebrated|clashed|crashed|(?:slammed|smashed|rammed)(?=\s+(?:into|through|onto)\b)|broke\s+loose|exploded|imploded|claimed\s+responsibility|capsized|derailed|pounded|battered|lashed|ravaged|swept(?=\s+(?:through|across|into|over|away)\b)|inundated|flooded|engulfed|shattered|uprooted|(?:splashed|touched)\s+down|came\s+ashore|made\s+landfall|knocked\s+out|filed|drowned|suffered|(?<!\b(?:a|an|the)\s)burst(?=\s+(?:into|onto|through|open|(?:its|their)\s+banks|in|at|near)\b)|entered|escaped|sang(?![-‐])|lit(?=\s+(?:the|an?|his|her|their|its)\s)|performed|set\s+fires?\b|rescued|captured|detained|deported|expelled|withdrew|withdrawn|surrendered|declared|unveiled|tested|shot|bombed|dropped(?=\s+(?:[\p{L}\d,-]+\s+){0,6}?(?:bombs|munitions|payloads?|leaflets|aid|supplies)\b)|sank|defeated|passed|vetoed|issued|ordered|cancell?ed|postponed|suspended|resumed|completed|quit|fell|rose|(?:fallen|risen|grew|grown|climbed|jumped|surged|soared|plunged)(?=\s+(?:to|by|from|more than|nearly|about|almost|over|\d))|doubled|tripled|pressed(?=\s+(?:on|ahead|(?:an?|the|its|their|his|her)\s+(?:[\p{L}-]+\s+){0,2}?(?:offensive|incursion|attack|assault|advance|campaign)s?\b))|pushed(?=\s+(?:deeper|further|farther|into|through)\b)|carried\s+out|pulled\s+out|pulled(?=\s+(?:[\p{L}\d,-]+\s+){1,6}?from\s+(?:the\s+)?(?:water|rubble|debris|wreckage|sea|river|mud|floodwaters?|ruins)\b)|set\s+sail|set\s+off(?=\s+(?:from|for|toward|towards|on|at|in)\b)|poured(?=\s+(?:into|onto|out|through|across|over)\b)|surged(?=\s+(?:into|onto|through|across|over|inland|ashore)\b)|stormed|ransacked|looted|torched|toppled|ousted|overthrew|overthrown|deposed|overran|raided|occupied|protested|rallied|rioted|deployed|dispatched|intercepted|downed|lodged|allocated|donated|sworn in|swore\s+in|handed\s+(?:over|down)|handed(?=\s+(?:him|her|them|it|us|the|an?|his|its|their)\s|\s+[\p{L}-]+\s+(?:an?|the|his|her|its|their)\s)|pledged(?=\s+(?:US)?[$€£¥\d])|grounded(?=\s+(?:its|their|the|all)\s)|halted|endorsed|oversaw|supervised|inspected|gathered|beat|scored(?=\s+(?:the|an?|his|her|their|twice|both|two|three|four|five|\d+)\s)|burn(?:ed|t)(?=\s+(?:through|down|across|over)\s)|called(?=\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:election|vote|referendum|poll|strike|meeting|summit|ceasefire|truce)s?\b(?!\s+(?:an?|the)\s|\s*["“‘]))|reached(?=\s+(?:(?:an?|the|its|their)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:agreement|deal|settlement|accord|consensus|compromise|truce|ceasefire|verdict|decision)s?\b))\b(?![-‐]\p{L}))`,
  'iu',
);
/**
 * Any verb in the simple past ("Heavy rain pounded the state on Tuesday"): an occurrence when
 * the clause dates it. Not after an article or auxiliary, where it is an adjective or passive
 * ("the flooded areas"); "-eed" words are mostly present tense or nouns ("proceed", "speed").
 */
export const PAST_VERB = new RegExp(
  String.raw`(?<!\b(?:the|a|an|its|their|his|her|been|being|be|is|are|was|were|more|most|very)\s)(?<!\b(?:been|being|be|is|are|was|were)\s+\p{Ll}+ly\s)(?:(?<![-‐])|(?<=\btest[-‐]))\b(?:${NOT_AHEAD}\p{Ll}{3,}(?<!e)ed|` +
    // ("the result expected on March 4" looks ahead; "Yoon took office in May 2022"; "used",
    // "sued": a stem too short for the rule; "agreed", "freed": one the rule's "need" leaves out.)
    `used|sued|owed|eyed|axed|tied|(?:dis)?agreed|freed|guaranteed|${IRREGULAR_PASTS})\\b${ELECTED_ADJECTIVE}`,
  'u',
);
/** "once", "later": an adverb that may stand inside a passive ("was once valued"). */
const PASSIVE_ADVERB = 'once|still|also|already|later|then|never|first';
/**
 * A passive in the past: "was impeached in March", "were evacuated on Sunday" (not "was
 * expected to cross on Monday", which looks ahead).
 */
export const PASSIVE_PAST = new RegExp(
  String.raw`(?<=\b(?:was|were)\s+(?:(?:\p{Ll}+ly|${PASSIVE_ADVERB})\s+)?)(?:${NOT_AHEAD}\p{Ll}{3,}(?<!e)ed|${IRREGULAR_PARTICIPLES})\b`,
  'u',
);
/** "was jailed", "were evacuated": the same passive, from its auxiliary. */
export const PASSIVE_VERB = new RegExp(
  String.raw`\b(?:was|were)\s+(?:(?:\p{Ll}+ly|${PASSIVE_ADVERB})\s+)?(?:${NOT_AHEAD}\p{Ll}{3,}ed|${IRREGULAR_PARTICIPLES})\b`,
  'u',
);
/**
 * A past verb right after a noun, maybe past an adverb: "a cyclone (later) killed" (not a
 * participle before its agent: "a wildfire fanned by winds").
 */
export const VERB_NEXT = new RegExp(
  String.raw`^\s+(?:\p{Ll}+ly\s+)?(?:${PAST_VERB.source})(?!\s+by\b)`,
  'u',
);
/** "is due to", "is expected to", "is forecast to": what a thing is said to be set to do. */
export const SET_TO = 'due|set|scheduled|expected|likely|forecast|predicted|projected';
/** "abandoned plans to land", "scrapped its plans to": a plan undone, which no longer looks ahead. */
const UNDONE_PLAN =
  'abandoned|abandon|abandons|scrapped|shelved|dropped|ditched|cancell?ed|rejected|blocked|axed|withdrew';
/**
 * The auxiliary of what a sentence says will happen: "will", "is due to", "plans to" (the verb,
 * not the noun after an article or a preposition: "tension over plans to merge the forces").
 */
export const FUTURE_AUXILIARY = String.raw`\b(?:will|shall|(?:is|are) (?:(?:${SET_TO}) )?to|(?<!\b(?:a|an|the|its|their|his|her|our|this|that|these|those|new|over|of|about|amid|against|with)\s)(?<!\b(?:${UNDONE_PLAN})\s+(?:\p{Ll}+\s+)?)plans? to|(?:is|are) planning to|intends? to|prepares? to|(?:is|are) preparing to)`;
/**
 * What a plan may say will be done to a thing or a person: "will be held", "would be freed" (a
 * future auxiliary's passive, and a report's: events.ts `REPORTED_PLAN`).
 */
export const PLANNED_PASSIVE =
  'held|closed|opened|reopened|released|launched|announced|signed|unveiled|introduced|presented|deployed|sentenced|tried|charged|extradited|deported|buried|published|sworn in|elected|appointed|named|chosen|confirmed|evacuated|suspended|cancell?ed|postponed|inaugurated|raised|lowered|hoisted|played|staged|completed|delivered|returned|sent|transferred|executed|decided|counted|debated|discussed|submitted|handed over|handed out|awarded|distributed|screened|broadcast|auctioned|tested|demolished|rebuilt|restored|repatriated|finali[sz]ed|lifted|imposed|scrapped|dissolved|freed|discharged|flown|taken|brought|moved|transported|laid to rest|cremated|installed|enthroned|crowned|proclaimed|ordained|consecrated|canoni[sz]ed';
/** The verbs of an occurrence a future auxiliary governs: "meet", "visit", "take office". */
export const FUTURE_VERB = `(?:meet|have (?:lunch|dinner|breakfast|talks)|pass|set up|gather|beatify|canoni[sz]e|ordain|consecrate|hold|mark(?= (?:[^ .;,]+ ){1,3}(?:anniversary|birthday|centenary|centennial|jubilee))|sign|elect|re-elect|discuss|negotiate|ratify|commemorate|visit|host|attend|watch|travel|vote|launch|open|begin|start|resume|send|march|compete|perform|stage|return|release|free|withdraw|deploy|announce|convene|approve|decide|tour|face|fly|arrive|reconvene|go|head|leave|join|play|lead|unveil|close|reopen|raise|cut|testify|appear|appeal|oversee|choose|pick|select|address|preside|chair|celebrate|take part|take place|take office|take power|take over|take charge|take (?:a )?(?:break|hiatus)|take (?:an? )?(?:[^ .;,]+ ){0,2}stake|go on hiatus|disband|kick off|participate|conduct|carry out|name|appoint|nominate|confirm(?= (?:[^ .;,]+ ){1,4}as )|take effect|come into force|enter into force|donate|inaugurate|publish|review|examine|inspect|investigate|search|scour|salvage|rule|report|invade|attack|strike|retire|resign|succeed|replace|serve(?= as )|hand|submit|present|deliver|file|step down|table|call|phone|talk|seek|speak|issue|brief|hear|land|board|sail|dock|depart|splash down|lift off|try again|attempt|blast off|touch down|orbit|award|split|list|debut|roll out|shut(?: down)?|(?:remain|stay) (?:closed|shut)|halt|stop|suspend|pay|build|buy|acquire|sell|invest|hire|merge|protest|rally|campaign|recall|cull|quarantine|parade|debate|impose|lift|introduce|install|ban|hit|reach|approach|batter|lash|cross|make landfall|move|track|turn(?= (?:north|south|east|west)[a-z]* )|come to a vote|go to a vote|weaken|strengthen|intensify|expire|end|conclude|be put to (?:a vote|(?:the )?voters|(?:a )?referendums?|a ballot|the people)|be voted on|challenge|dissolve|postpone|cancel|boycott|stand trial|run for|receive|order|offer(?= (?:his|her|its|their|the) (?:[^ .;,]+ )?(?:resignation|apology))|make (?:his|her|its|their) (?:first |initial )?appearance(?: before)?|be (?:[a-z]+ly )?(?:${PLANNED_PASSIVE}))`;
/**
 * A present that news uses for what is set for a coming day: "The law takes effect on Monday",
 * "He takes office on May 10",
 * "Voters go to the polls on Sunday", "The court meets next week", "Campaigning begins on
 * Oct. 15", "The team plays its first game on Saturday" (a day must follow: "The
 * court meets monthly" is a habit).
 */
const SCHEDULED_PRESENT = String.raw`\b(?:takes\s+(?:effect|office|power)|comes\s+into\s+force|expires|goes\s+to\s+the\s+polls|go\s+to\s+the\s+polls|${SCHEDULED_SINGULAR}|(?=(?:${SET_FOR_A_DAY})\s+(?:their|its|talks|on|next|this)\b)(?<!\b(?:to|will|would|can|could|may|might|must|should|shall|did|do|does|not|never|n['’]t|I|we|you)\s+(?:\p{Ll}+ly\s+)?)(?<=\p{L}[\s,]+)(?:${SET_FOR_A_DAY})|kicks\s+off)\b(?=[^.;,]{0,50}?\b(?:(?:${Object.keys(WEEKDAYS).join('|')}|tomorrow)\b|next\s+(?:week|month|year)\b|later\s+this\b|(?:${Object.keys(MONTHS).join('|')})\.?\s+\d))`;

/**
 * What a sentence says will happen: a future auxiliary and the verb of an occurrence, or what
 * is set for a day ("The next rate review is scheduled for Nov. 28").
 */
export const FUTURE_ACTION = new RegExp(
  String.raw`${FUTURE_AUXILIARY}\s+(?:(?:\p{Ll}+ly|next|also|then|again|soon)\s+)?${FUTURE_VERB}\b|\b(?:is|are)\s+(?:scheduled|slated|set|planned|due)\s+for\b|\b(?:is|are)\s+due\s+on\b|${SCHEDULED_PRESENT}`,
  'iu',
);

/**
 * "Kim was expected to visit Vladivostok later this week", "Xi was to attend a dinner", "Crews
 * planned to release the chemicals on Monday afternoon": a plan told in the past, which is news
 * only while its day is still ahead.
 */
export const PAST_PLAN = new RegExp(
  String.raw`\b(?:(?:was|were)\s+(?:(?:${SET_TO})\s+)?to|(?<!\b(?:a|an|the|its|their|his|her)\s)planned\s+to)\s+(?:(?:\p{Ll}+ly|also|then|again)\s+)?${FUTURE_VERB}\b`,
  'iu',
);

/** "must now be ", "will still be ": a modal that looks ahead, and the "be" of its passive. */
export const AHEAD_BE = String.raw`(?:must|will|shall|may|might)\s+(?:\p{Ll}+ly\s+|still\s+|now\s+)?be\s+`;
/** "must be held", "will still be staged": a passive that looks ahead. */
export const OWN_FUTURE = new RegExp(String.raw`\b${AHEAD_BE}\p{Ll}+`, 'u');

const ACTIONS = new RegExp(ACTION.source, 'giu');

/** "6.9 trillion won": the currency after an amount, not the verb ("Nearly 100 died" is one). */
export function currencyAfterAmount(before: string, verb: string): boolean {
  return /^won$/i.test(verb) && /(?:\d|illion)\s*$/.test(before);
}

/**
 * "have not won", "never attacked", "cannot attend": a negation before a verb, which then
 * reports nothing; also before the second of two verbs joined by "or" ("had not been warned or
 * evacuated").
 */
export const NEGATED_BEFORE =
  /\b(?:not|never|cannot|n['’]t)(?:\s+(?:\p{Ll}+ly|yet|been)){0,2}(?:\s+\p{Ll}{3,}\s+or)?\s*$/u;

/**
 * "that struck", "that burst two dams and swept", "must be held", "an agreed line", "have not
 * won": a relative clause's verb (its first or one after its "and"), a participle after "be"
 * (what is to happen, not what did), after an article, an owner's name or an owner's adverb (an
 * adjective: "the country's ousted president", "the country's first democratically elected
 * president"; not "he's" nor "it's"), an infinitive ("the strongest storm to hit"), a perfect participle's ("having already won
 * Pennsylvania", whose subject is the sentence's), a condition's ("serving if elected") or after a
 * negation or a subject that denies it ("No one was killed": nothing happened); nor after a
 * verb of state, where it says how a thing is ("villages remained cut off"). In their own case:
 * "The WHO has sent" is an agency's news. (A currency after an amount is
 * {@link currencyAfterAmount}'s.)
 */
const NOT_MAIN_BEFORE = new RegExp(
  String.raw`(?:\b(?:[Tt]hat|[Ww]hich|[Ww]ho)\s*(?:\p{Ll}+ly\s+)?|\b[Hh]aving(?:\s+(?:\p{Ll}+ly|already|just|also))?\s*|\b(?:[Bb]e|[Bb]eing|[Aa]n?|[Tt]he|[Tt]o|[Ii]f|[Uu]nless|[Oo]nce|[Mm]ost|[Ll]east|[Bb]est|[Ww]orst|[Vv]ery)\s*|\b(?:[Aa]n?|[Tt]he)\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|latest|next|\d+(?:st|nd|rd|th)|biggest|largest|highest|lowest|deepest|sharpest|steepest|strongest|greatest|longest|deadliest|heaviest|smallest)\s*|\b(?:[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Ww]hose)(?:\s+\p{Ll}+(?:id|ous|ive|ful|al|ic|ant|ent|ary|ible|able|est|less|ern|ish))?\s*|\p{L}['’]s\s+(?:(?:first|second|third|last|only)\s+)?\p{Ll}+ly\s*|\b(?!(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hat|[Tt]here|[Hh]ere|[Ww]hat|[Ww]ho|[Ll]et)['’]s)\p{L}{2,}['’]s\s*|\b(?:remain(?:s|ed)?|stay(?:s|ed)?|seem(?:s|ed)?|looked|became|become)(?:\s+\p{Ll}+ly)?\s*|\b(?:[Tt]hat|[Ww]hich|[Ww]ho)\s[^,;:"“”]*\sand(?:\s+\p{Ll}+ly)?\s*)$|^\s*(?:No\s+one|Nobody|Nothing|None)(?:\s+(?:was|were|has|have|had)(?:\s+been)?)?\s*$|${NEGATED_BEFORE.source}`,
  'u',
);

/** "was (later) ", "have been ": what makes the participle after it a passive verb. */
export const PASSIVE_BEFORE = /\b(?:was|were|been|is|are)(?:\s+\p{Ll}+ly)?\s*$/u;
/**
 * What follows a participle before its agent: "hit| by hurricanes" (not "fell| by 70%", "won|
 * by a landslide", nor a way of travel or of talking, "arrived| by helicopter").
 */
export const PARTICIPLE_BY = new RegExp(String.raw`^\s+by\s+(?!${NOT_AGENT})`);

/** "In a statement ", "After the meeting ": a phrase a clause opens with, up to its noun. */
const FRONTED_NOUN =
  /(?:^|[,;]\s*)(?:In|At|On|After|Before|During|Following|From|Under|With|Through)\s+(?:an?|the|its|his|her|their)\s+(?:\p{Ll}+\s+){0,2}\p{Ll}+\s*$/u;

/**
 * "had been withdrawing troops under a deal ": a clause whose verb came already, then the noun
 * a preposition takes, which a participle right after it describes ("a deal struck in Doha";
 * not "Fighting in the city killed five", whose verb it is, nor "lawmakers who had made it
 * into the chamber passed", whose first verb is a relative clause's).
 */
export const NOUN_OF_PREPOSITION_AFTER_VERB =
  /(?<!\b(?:who|which|that)\s+)\b(?:is|are|was|were|has|have|had|been|will|would)\s[^,;:"“”]*\s(?:under|in|of|at|from|for|with|on|over|by|against|into|to)\s+(?:the|an?|its|their|his|her)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Ll}[\p{L}-]*\s*$/u;

/** After a verb: its time, then, with no break nor clause between, a passive of its own. */
const PASSIVE_AFTER_TIME =
  /^\s+(?:on|in|at|during|since|early|late|last)\s(?:(?!\b(?:who|which|that|and|or|but|when|after|before|because|while|as|where)\b)[^,;:"“”])*?\s(?:was|were)\s+(?:\p{Ll}+ly\s+)?\p{Ll}{3,}(?:ed|en)\b/u;

/** After a verb: a place it happened in, then, with no break between, another verb. */
function reducedRelative(after: string): boolean {
  // ("A man arrested on Monday was charged on Tuesday": a participle and its time before the
  // clause's own passive; read over the 120 characters after it.)
  if (PASSIVE_AFTER_TIME.test(after.slice(0, 120))) return true;
  if (!/^\s+(?:outside|near|in|at|around|inside|across|along)\s/.test(after)) return false;
  const clause = after.split(
    /[,;:"“”]|\s(?:and|or|but|while|when|after|before|as|because|who|which|that|until|where)\s/,
    1,
  )[0];
  // ("Families of hostages still held in Gaza urged the government": or one that reports or
  // proposes.)
  return ACTION.test(clause ?? '') || REPORTING_OR_URGING.test(clause ?? '');
}
/** "said", "urged", "called on": the verb of a clause that reports or proposes. */
const REPORTING_OR_URGING = new RegExp(
  String.raw`\s(?:${SPEECH_VERB}|urged|demanded|appealed|called\s+(?:on|for))\b`,
);

/**
 * Whether a noun comes next: a lower-case word that is no function word (tokens.ts
 * `FUNCTION_WORDS`) nor an adverb of place or degree ("crash-landed near", "hit hard").
 */
function nounNext(after: string): boolean {
  const word = /^\s+(\p{Ll}+)\b/u.exec(after)?.[1];
  return !!word && !FUNCTION_WORDS.has(word) && !ADVERB_NEXT.has(word);
}
const ADVERB_NEXT = new Set(
  'off near around nearly almost up down out back early late twice once last next hard'.split(' '),
);

/**
 * Whether a participle stands between a preposition's count and its noun, as an adjective
 * ("from five derailed tanker cars"; "50 drowned in the river" is the count's verb).
 */
export function countedAdjective(before: string, after: string): boolean {
  return COUNT_END.test(before) && nounNext(after);
}
/** "from five ", "of the 12 ": a count a preposition takes, right before a word. */
const COUNT_END =
  /\b(?:from|of|with|in|on|at|by|for|into|to)\s+(?:the\s+)?(?!(?:1[5-9]|20)\d\d\b)(?:\d{1,3}(?:,\d{3})*|two|three|four|five|six|seven|eight|nine|ten|several)\s*$/i;

/** " fears", " new concerns": what is raised as a feeling or a doubt, not a thing lifted. */
const FEELING_NEXT =
  /^\s+(?:(?:new|fresh|further|serious|grave)\s+)?(?:fears?|concerns?|hopes?|questions?|doubts?|alarm|worries|eyebrows|suspicions?)\b/;

/** "No group ", "Nobody ": a subject that says no one did the deed after it. */
export const NO_ONE_BEFORE = /(?:^|[\s,;:])(?:[Nn]o|[Nn]obody|[Nn]one)(?:\s+[\p{L}-]+){0,2}\s*$/u;

/** The first action verb that is not the verb of a relative clause nor a word after a number. */
export function mainAction(sentence: string): RegExpExecArray | null {
  for (const m of sentence.matchAll(ACTIONS))
    if (
      !NOT_MAIN_BEFORE.test(sentence.slice(0, m.index)) &&
      !currencyAfterAmount(sentence.slice(0, m.index), m[0].trim()) &&
      // ("His agency, Big Hit Music, had asked": a capitalised word inside a sentence is a name.)
      !(/^\s*\p{Lu}/u.test(m[0]) && /\S/.test(sentence.slice(0, m.index))) &&
      // "Kim Dong-won": no verb inside a hyphenated name (but "test-fired" is one); nor an
      // adjective made of a participle, before its noun ("the worst-hit district"; not
      // "crash-landed in Seoul").
      !/\p{Lu}\p{L}*[-‐]$/u.test(sentence.slice(0, m.index)) &&
      !(
        /\p{L}[-‐]$/u.test(sentence.slice(0, m.index)) &&
        nounNext(sentence.slice(m.index + m[0].length))
      ) &&
      !countedAdjective(sentence.slice(0, m.index), sentence.slice(m.index + m[0].length)) &&
      // ("It raised fears that the war could spread": a feeling stirred, not a deed.)
      !(
        /\brais(?:ed|es|ing)$/.test(m[0]) &&
        FEELING_NEXT.test(sentence.slice(m.index + m[0].length))
      ) &&
      // ", where authorities have raised the alert.": the verb of a closing relative clause;
      // "in Faizabad, the district where Modi opened a temple": of one after its noun.
      !CLOSING_RELATIVE.test(sentence.slice(0, m.index)) &&
      !/\b(?:the|a|an)\s+\p{Ll}+\s+where\s[^,;:]*$/u.test(sentence.slice(0, m.index)) &&
      // "In a statement issued through his lawyers, Yoon said": a participle inside the
      // phrase a clause opens with, which has no subject for a verb.
      !(
        FRONTED_NOUN.test(sentence.slice(0, m.index)) &&
        /^\s+(?:through|by|in|at|on|from|to|for|with|after|over|via)\s/.test(
          sentence.slice(m.index + m[0].length),
        )
      ) &&
      // "Thousands of protesters gathered outside the assembly erupted in cheers": a participle
      // and its place before the clause's own verb.
      !reducedRelative(sentence.slice(m.index + m[0].length)) &&
      !NOUN_OF_PREPOSITION_AFTER_VERB.test(sentence.slice(0, m.index)) &&
      // ("will enter into force once 55 countries have ratified it": what a plan waits on.)
      !/\b(?:will|would|shall)\s[^,;]*\b(?:once|if|unless|until|when)\s[^,;]*$/.test(
        sentence.slice(0, m.index),
      ) &&
      // "before confirming whether the probe landed": a question, not an occurrence.
      !/\b(?:[Ww]hether|[Ii]f)\s+(?:[\p{L}\d'’-]+\s+){0,5}[\p{L}\d'’-]+\s*$/u.test(
        sentence.slice(0, m.index),
      ) &&
      // "states hit by hurricanes": a participle before its agent (not "fell by 70%"; "was
      // shot by a guard" is a passive, and the news).
      !(
        PARTICIPLE_BY.test(sentence.slice(m.index + m[0].length)) &&
        !PASSIVE_BEFORE.test(sentence.slice(0, m.index))
      ) &&
      !tellerVerb(sentence, m) &&
      !confirmedThat(sentence, m) &&
      // ("No group claimed responsibility": a deed no one did.)
      !NO_ONE_BEFORE.test(sentence.slice(Math.max(0, m.index - 30), m.index))
    )
      return m as RegExpExecArray;
  return null;
}

/**
 * "Kim oversaw the launch, state media KCNA reported on Friday": the verb of who told the news,
 * and when, after the news itself (not the news: "The ministry reported on Friday that").
 */
export function tellerVerb(sentence: string, m: RegExpExecArray): boolean {
  return (
    /^\s*(?:reported|confirmed|announced)$/.test(m[0]) &&
    TELLER_BEFORE.test(sentence.slice(0, m.index)) &&
    TOLD_END.test(sentence.slice(m.index + m[0].length))
  );
}

/** " on Saturday that ", " that ": after "confirmed", what follows is a report's content. */
const CONFIRMED_THAT = /^\s+(?:(?:on|late|early|earlier)\s+(?:on\s+)?\p{L}+\s+)?that\s/u;

/**
 * "Hezbollah confirmed on Saturday that its leader had been killed": the verb of a report,
 * whose content tells the news, as after "said" (no deed, nor the verb a date belongs to).
 */
export function confirmedThat(sentence: string, m: RegExpExecArray): boolean {
  return /confirmed$/.test(m[0]) && CONFIRMED_THAT.test(sentence.slice(m.index + m[0].length));
}

/** ", state media KCNA ": a teller named after a comma, up to six words. */
const TELLER_BEFORE = /,\s+(?:[\p{L}’'.-]+\s+){0,5}[\p{L}’'.-]+\s*$/u;
/** " on Friday.", "." : what may end a sentence after its teller's verb. */
const TOLD_END = /^\s*(?:(?:on|late|early|earlier)\s+\p{L}+\s*)?(?:[.;]|$)/u;

/**
 * "had expected", "must still be approved", "will remain closed": an auxiliary that puts the
 * verb before the story's time or outside the facts. Undated, such a verb reports nothing.
 */
export const NOT_REPORTED_BEFORE =
  /\b(?:had|will|would|must|could|may|might|should|can|cannot)(?:\s+\p{Ll}+){0,2}\s*$/u;

/**
 * "said (that)", "told reporters (that)", "told a news conference later that", "confirmed on
 * Saturday that" (read with `CONFIRMED_THAT`): what follows is the report's content.
 */
export const REPORTED_SPEECH = new RegExp(
  String.raw`\b(?:said|says|confirmed(?=${CONFIRMED_THAT.source.slice(1)})|told\s+(?:reporters|journalists|lawmakers|parliament|(?:an?|the)\s+(?:[\p{Ll}-]+\s+){0,3}?[\p{Ll}-]+(?:\s+(?:later|earlier))?\s+that|the\s+\p{Ll}+|\p{Lu}\p{L}+(?:\s+(?:\p{Lu}[\p{L}.]*|\d{1,3}))*(?:\s+${BY_PHONE})?))(?:\s+that)?\s+`,
  'gu',
);
/**
 * The report's content opens with its subject ("the missile", "Israeli strikes", "troops",
 * "nearly two million people"), not with a phrase about the speaking ("in a statement", "last
 * week").
 */
export const REPORTED_SUBJECT =
  /^(?!(?:In|On|At|As|Last|Earlier|Later|During|After|Before|Since|It|This|That)\b)(?:the|a|an|his|her|its|their|at least|more than|about|nearly|almost|around|roughly|up to|some|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|several|\p{Lu}\p{L}+|\d[\d,.]*|(?!(?:was|has|is|this|thus|us|as)\s)\p{Ll}{2,}s)\s/u;
