import type { TextSpan } from '../../story/model.ts';
import { CALENDAR_NAMES, NUM, ORDINALS, WEEKDAYS } from './timex-lexicon.ts';
import {
  ARTICLE_JOINING,
  ASKING,
  BULLET,
  IRREGULAR_PARTICIPLES,
  IRREGULAR_PASTS,
  KIN_WORD,
  NAME_PARTICLES,
  NOT_AGENT,
  NOT_AHEAD,
  OWNER_NAME,
  PLACE_NOUN,
  ROLE_WORDS,
  titleCase,
  upperFirst,
} from './tokens.ts';

const BULLET_OPENING = new RegExp(String.raw`^${BULLET}\s+`);

/** "But ", "And ", "Yet ": a conjunction that opens a sentence, before the words that follow. */
const OPENING_CONJUNCTION = /^(?:But|And|Yet)\s+(?=\S)/;

/** A character inside a clause: no comma or semicolon, but that of "40,000" or "Aug. 8, 2023". */
export const CLAUSE_CHAR = String.raw`(?:[^,;]|(?<=\d),(?=\d{3})|(?<=\d),(?=\s\d{4}\b))`;

/*
 * Clauses and headlines: where a clause starts and ends in a sentence, which asides and
 * appositions stand outside it, and a short headline from its words. Plain text rules, shared
 * by the event extractor's readings of a sentence.
 */

/**
 * "three hours", "about a week": a measure of time, which after "after" or "before" opens no
 * clause ("regained control after three hours and arrested 400 people").
 */
const TIME_MEASURE = String.raw`(?:(?:about|some|nearly|almost|roughly|around|just|more than|less than)\s+)?(?:${NUM}|an?)\s+(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?)\b`;

/** "as planned", "as well", "as a result": "as" in a set phrase, opening no clause. */
const AS_FIXED = String.raw`(?:well|expected|planned|scheduled|usual|promised|agreed|part|much|many|long|soon|far|of|such|a\s+result)\b`;

/**
 * Words in -ing that stand before a noun and are no participle: "after outgoing President
 * Ma met Xi" opens a clause with a subject of its own, as "after colliding with" does not.
 */
const ING_ADJECTIVE = String.raw`(?:outgoing|incoming|ongoing|upcoming|forthcoming|reigning|neighbou?ring)`;

/**
 * Where a clause ends: punctuation (not the colon of "3:10 a.m."), a relative or contrasting
 * conjunction, "and" before a verb that looks ahead ("cut short a trip and will chair a
 * meeting on Wednesday") or a perfect of its own ("has vowed to expand its arsenal and has
 * called the United States its enemy") or a progressive ("had battered Okinawa and was moving
 * toward Hokkaido on Tuesday") or a part of those told before ("had voted and 90 percent of
 * them had backed independence"), "so" opening a purpose ("release her so she can attend
 * the ceremony on Dec. 10": the date is the ceremony's), "as" opening a clause ("as the result
 * was announced", "as soon as a copy reached her office", not "as soon as possible", not
 * "elected her as its leader on Saturday", nor "will open as planned on Monday"), or a time
 * conjunction that opens a clause or phrase of its own ("eight months after a cyclone killed
 * 50 people last September", "weeks before the president takes office on May
 * 10": the date is the other occurrence's), though not one that opens a time of day ("after
 * midnight on Sunday", not "after 500,000 people took to the streets") nor a year a preposition
 * follows, nor a noun a weekday follows after "since" ("the first cut since 2020 on Friday", "its biggest stimulus
 * since the pandemic on Tuesday", "since the start of the war for a fourth day on Friday": the
 * main clause's day), nor one just after the other
 * ("crashed moments after takeoff from Ahmedabad on Thursday": the crash's day), nor "after"
 * before a participle with no subject of its own ("burst into flames after colliding with a
 * plane on Tuesday": one occurrence, on one day; {@link ING_ADJECTIVE} is none).
 * A comma between a day and its year ("Oct. 7, 2023") or inside a number ends nothing, nor one
 * between a length and an amount ("a record 10-year, $700 million contract"), nor the one that
 * closes a date before its noun ("the Jan. 6, 2021, attack").
 */
const CLAUSE_END = new RegExp(
  `(?<!\\d)(?<!\\d-(?:year|month|week|day|hour)),|(?<=\\d-(?:year|month|week|day|hour)),(?!\\s+(?:US)?[$€£¥]\\d)|(?<=\\d)(?<!\\bthe\\s+[A-Z][a-z]*\\.?\\s+\\d{1,2},\\s+\\d{4}),(?!\\d{3}|\\s(?:1[5-9]|20)\\d\\d\\b)|[;–—(]|:(?!\\d)|\\s-\\s|\\s(?:which|who|while(?!\\s+[a-z]+ing\\b)|but|whereas|bringing)\\s|\\sand\\s(?=(?:has|have|had|will|would|shall|could|may|might|is to|are to|(?:was|were|is|are)\\s+[a-z]{2,}ing|plans? to|planned to|hopes? to|intends? to|intended to|aims? to|aimed to|expects? to|that|(?:the|his|her|its|their)\\s+(?:[a-z-]+\\s+){1,5}?(?:will|would)|(?:\\d[\\d.,]*|most|many|some|all|half|none)\\s+(?:(?:percent|per\\s+cent)\\s+)?of\\s+(?:them|those|these|us)\\s+(?:has|have|had|was|were|is|are|will|would))\\s)|\\sso\\s(?:that\\s)?(?=(?:\\S+\\s){1,3}?(?:can|could|may|might|will|would)\\s)|\\sas\\s+(?:soon|long)\\s+as\\s(?!possible\\b|practicable\\b|necessary\\b|needed\\b)|\\sas\\s(?!${AS_FIXED})(?=(?:(?!(?:and|or)\\s)\\S+\\s){0,6}?(?:is|are|was|were|has|have|had|will|would|can|could|did|does|left|[a-z]{3,}ed|${IRREGULAR_PASTS})\\b)|(?<!\\b(?:moments|seconds|minutes|shortly|soon|just|immediately|right))\\s(?:after|before|since(?!\\s(?:the|a|an)\\s+(?:(?![a-z]+ed\\s|(?:${IRREGULAR_PASTS}|is|are|was|were|has|have|had)\\s)[a-z-]+\\s+){0,9}?on\\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\b)|until|when|because(?:\\s+of)?|ahead of)\\s(?!(?:(?<=\\bafter\\s)(?!${ING_ADJECTIVE}\\s)[a-z]{3,}ing\\s|midnight|noon|midday|dawn|dusk|dark|sunrise|sunset|${TIME_MEASURE}|\\d(?![\\d,]*\\s+(?!(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|[ap]\\.?m\\b|on|in|at|and|or|for|to|with|as)\\b)[a-z])))`,
);

/**
 * ", a member of the war cabinet,", ", code-named Joint Sword,", ", the trade minister," or
 * ", head of the republican guard," (after a name), ", worth 11 million crowns,", an
 * age (", 61,", ", a 68-year-old man who had travelled to Bahrain,"), a participle phrase
 * (", packing winds of 126 km per hour,"; ", helped by helicopters and drones," before the
 * verb, when no name nor time says who or when, which an event of its own would tell) or a name (", the
 * Hwasong-18,") after a name, or one after another (", 64, a protege of Shinzo Abe,"), or
 * the state of a part of those just named ("the veterans, many in wheelchairs,", "475 people,
 * more than 300 of them foreign citizens,"): an
 * apposition, inside the clause (not ", an 18-year low,", which comments on the clause).
 */
/** "head", "chairman": a role that takes what it heads after "of" with no article before it. */
const HEAD_ROLE =
  'head|chief|leader|chairman|chairwoman|chair|director|president|commander|minister|secretary|governor|mayor|founder|member|editor|professor|spokesman|spokeswoman';
/** ", son and namesake of the dictator" after a name, up to its closing comma. */
const KIN_OF = String.raw`,(?<=[A-Za-z.],)\s+(?:${KIN_WORD})(?:\s+and\s+[a-z]+)?\s+of\s+[^,;:"“”]{1,80}(?=,)`;
/**
 * ", music and mobile phones": the rest of a list an apposition's words end in, up to the
 * comma that closes it ("the co-founder of Apple who transformed computing, music and mobile
 * phones,").
 */
const LIST_TAIL = String.raw`(?<=[a-z]),\s+[a-z][a-z'’-]*(?:\s+[a-z][a-z'’-]*){0,2}\s+(?:and|or)\s+[a-z][a-z'’-]*(?:\s+[a-z][a-z'’-]*){0,2}(?=,)`;
/** The same with its closing comma, whose verbs are none of the clause's ("ousted in 1986"). */
export const KIN_APPOSITION = new RegExp(`${KIN_OF},(?=\\s)`, 'g');
const APPOSITION_BODY = String.raw`(?:(?:(?<=[A-Za-z]),\s+\d{1,3}|,\s+an?\s+\d{1,3}-year-old\s[^,;:"“”]{0,40}\bwho\s[^,;:"“”]{1,80}(?=,)|(?<=[A-Za-z]),\s+(?!(?:including|according)\b)[a-z]{3,}ing\s${CLAUSE_CHAR}{1,60}(?=,)|(?<=[a-z]),\s+(?:[a-z]{3,}ed|led|backed)\s+by\s(?:(?!\s(?:in|on|at|last|this|since|during)\s)[a-z\s'’-]){1,60}(?=,\s+(?!(?:the|an?|his|her|its|their|and|or|but)\s)[a-z])|,\s+(?:(?:(?:also|now|once|still|himself|herself)\s+)?(?:an?|the)\s+[^,;:"“”]{0,40}\b(?:of|for|at)|code-?named|dubbed|known as|worth|valued at)\s[^,;:"“”]{1,60}|,\s+the\s+[A-Z][A-Za-z\d'’-]*(?:\s+[A-Z][A-Za-z\d'’-]*){0,3}(?=,)|(?<=[A-Z][A-Za-z'’-]*|[A-Za-z],\s+\d{1,3}),\s+(?:the|an?)\s+(?:[a-z-]+\s+){0,3}(?:${ROLE_WORDS})(?=,)|,(?<=[A-Z][A-Za-z'’-]*,)\s+(?:[a-z-]+\s+)?(?:${HEAD_ROLE})\s+(?:of|at|for)\s[^,;:"“”]{1,60}(?=,)|${KIN_OF}|(?<=[a-z]s),\s+(?:many|most|some|several|all|both|half)\s+(?:of\s+them\s+)?(?:in|with|on|from|aged|under|over)\s[^,;:"“”]{1,40}(?=,)|,(?<=[a-z],)\s+(?:(?:more|fewer|less)\s+than\s+|about\s+|nearly\s+|almost\s+|at\s+least\s+)?(?:\d[\d,]*|many|most|some|several|all|both|half|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)\s+of\s+them\s(?!(?:in|at|on|from|with|aged|under|over)\s)[^,;:"“”]{1,60}(?=,))(?:${LIST_TAIL})?)+,(?=\s)(?!\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3},?\s+(?:and|or)\s)`;
/**
 * ", the most powerful storm to hit Asia this year,", ", one of the strongest storms to hit it,",
 * ", Europe's busiest,": any noun phrase with an article or an owner that says what the name
 * before it is (not ", a day after the attack,", a time). Wider than {@link APPOSITION_BODY},
 * so only where the words around it say it is one: between a subject and its verb, or right
 * after a name.
 */
export const NOUN_APPOSITION = String.raw`,\s+(?:(?:also|now|once|still|himself|herself)\s+)?(?:the|an?|one\s+of\s+the|\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)?['’]s)\s+(?!(?:\S+\s+)?(?:days?|weeks?|months?|years?|decades?|hours?|minutes?|night|morning|evening|afternoon|time)\b)(?:[^,;:"“”()]|["“][^,;:"“”()]{1,40}["”]){3,160},`;

/** ", of Bethel Park, Pennsylvania,": after a person's age, the town they are from. */
export const HOME_APPOSITION = String.raw`,\s+of\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}(?:,\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})?,`;

/** The verbs after which "before" puts someone in front of a body: "testify before". */
const BROUGHT_BEFORE_END =
  /\b(?:testif(?:y|ies|ied|ying)|appear(?:s|ed|ing)?|brought|stand|stood|come|came)$/;

/** Sticky, read in the whole text, so that its look-behind sees the name before the comma. */
const APPOSITION = new RegExp(APPOSITION_BODY, 'y');
const APPOSITION_INSIDE = new RegExp(APPOSITION_BODY, 'g');

/**
 * One name of a list ("the United States, South Korea and Japan"), not one after a preposition
 * nor a day or month ("On Monday, China said": no list).
 */
export const LIST_ITEM = String.raw`(?:the[ \t]+)?(?!(?:In|At|From|To|Of|Near|For|On|With|By|Across|${CALENDAR_NAMES})\b)\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*){0,3}`;
/**
 * ", Peoria and Tazewell counties", " and South Korea": the rest of a list of names after one
 * of them, inside the clause.
 */
export const LIST_REST = new RegExp(
  String.raw`^(?:,[ \t]+${LIST_ITEM})*,?[ \t]+(?:and|or)[ \t]+${LIST_ITEM}`,
  'u',
);

/**
 * ", Japan," after "Hiroshima", ", west London," after "Hayes": the area (or the part of it) that
 * places a name, inside the clause.
 */
const AREA_QUALIFIER =
  /^,\s+(?:(?:north|south|east|west|central|northern|southern|eastern|western)(?:-?(?:east|west)(?:ern)?)?\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2},(?=\s+\p{Ll})/u;

/** ", in the Algarve," after "Albufeira", ", in the Nineveh plains,": where the name lies. */
const AREA_AFTER =
  /^,\s+(?:in|near)\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}(?:\s+\p{Ll}+)?,(?=\s)/u;

/**
 * ", Riyadh," after "Saudi Arabia's capital": the name of the noun before it, inside the clause
 * (also before a second place: "in the capital, Maputo, and in the northern city of Nampula").
 */
const NAME_OF_NOUN =
  /^,\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2},(?=\s+(?!(?:or|but|who|which|where|while|whose|when)\b)(?!and\s+(?!(?:in|at|near|across)\s))\p{Ll})/u;

function qualifierOf(before: string, after: string): RegExpExecArray | null {
  if (/(?<![\p{L}'’-])\p{Ll}[\p{L}'’-]*$/u.test(before)) return NAME_OF_NOUN.exec(after);
  return /\p{Lu}[\p{L}'’-]*$/u.test(before)
    ? (AREA_QUALIFIER.exec(after) ?? AREA_AFTER.exec(after))
    : null;
}

/** The rest of a list of names, if `after` goes on with one that `before` opened. */
export function listGoesOn(before: string, after: string): RegExpExecArray | null {
  return /\p{Lu}[\p{L}'’-]*$/u.test(before) ? LIST_REST.exec(after) : null;
}

/** A common noun's word in a list: not a past, nor a verb of speech or an auxiliary. */
const NOUN_WORD = String.raw`(?!(?:\p{Ll}+ed|${IRREGULAR_PASTS}|said|told|says?|left|got|is|are|was|were|has|have|had|will|would|could|can|may|might)\b)\p{Ll}[\p{L}-]*`;
/** The articles and owners that may open an item of a list ("a major stadium"). */
const ARTICLES = 'an?|the|its|his|her|their';
/** One of them as a word of its own, as a headline's words hold it. */
const ARTICLE_WORD = new RegExp(`^(?:${ARTICLES})$`, 'i');

/**
 * ", homes and subway stations" after "flooded streets": a list of common nouns, inside the
 * clause, up to a preposition or the clause's end (not predicates: ", injured five and left").
 */
const NOUN_ITEM = String.raw`${NOUN_WORD}(?:[ \t]+${NOUN_WORD})?`;
/** Where a list's last item ends: before a preposition or at the clause's end. */
const LIST_END = String.raw`(?=[ \t]+(?:in|at|on|of|near|outside|across|from|into)\b|[,.;])`;
const NOUN_LIST_REST = new RegExp(
  String.raw`^(?:,[ \t]+${NOUN_ITEM})*,?[ \t]+and[ \t]+${NOUN_ITEM}${LIST_END}`,
  'u',
);

/**
 * ", a major stadium and restaurants" after "attacked a concert hall", ", rubber bullets and
 * bean bag rounds" after "fired tear gas": items of up to three words with their article,
 * at least one between commas before "and" (so a clause after a noun, ", and the gunmen
 * remain at large", is not taken for the list's last item), and none a bare "-ing" (", honking
 * horns and waving flags" is what the subject did).
 */
const WIDE_NOUN_ITEM = String.raw`(?:(?:${ARTICLES})[ \t]+|(?!\p{Ll}+ing\b))${NOUN_WORD}(?:[ \t]+${NOUN_WORD}){0,2}`;
const WIDE_NOUN_LIST_REST = new RegExp(
  String.raw`^(?:,[ \t]+${WIDE_NOUN_ITEM})+,?[ \t]+and[ \t]+${WIDE_NOUN_ITEM}${LIST_END}`,
  'u',
);

/** "On Saturday ", "Later ": a time that opens a clause without a comma. */
const OPENING_TIME = String.raw`(?:(?:(?:Late|Early|Later|Earlier)\s+)?On\s+\p{Lu}\p{Ll}+(?:\s+(?:morning|afternoon|evening|night))?|Later|Earlier|Then)\s+`;

/**
 * "He ", "On Saturday he ": a subject that is a pronoun, after a time put first (group 1), or
 * after what it was ("A Democrat, he ", "As president he ").
 */
export const PRONOUN_SUBJECT = new RegExp(
  String.raw`^\s*(${OPENING_TIME}|An?\s+[\p{L}-]+(?:\s+[\p{L}-]+){0,2},\s+|As\s+(?:an?\s+|the\s+)?\p{Ll}+\s+)?(?:[Hh]e|[Ss]he)\b`,
  'u',
);

/**
 * ", the Supreme Court and the presidential palace" after "stormed Congress": a list of names
 * that ends on a common noun, inside the clause; without the comma that would open a clause
 * before "and", and only a noun or two before a preposition or the clause's end ("and the
 * police arrested" is a clause of its own).
 */
const LIST_TO_NOUN = new RegExp(
  String.raw`^(?:,[ \t]+${LIST_ITEM})+[ \t]+(?:and|or)[ \t]+the[ \t]+${NOUN_ITEM}${LIST_END}`,
  'u',
);

/**
 * "(25 miles)", "(about $5 million)", "(minus 19 Celsius)", "(0710 GMT)", "(WHO)": a conversion
 * or an acronym in brackets, inside the clause ("struck 40 km (25 miles) northwest of Herat on
 * Saturday" is dated Saturday).
 */
const PARENTHETICAL =
  /^\((?:(?:about|some|roughly|nearly|around|over|more than|minus)\s+)?(?:[$€£¥]?\d[\d.,]*(?:[^()\dA-Z]{0,24}|\s+(?:GMT|UTC|Celsius|Fahrenheit|C|F)\b[^()\d]{0,12})|[A-Z]{2,6})\)/;

/** "fell 504 points, or 4.4 percent, on Monday": a measure said again another way, inside the clause. */
const MEASURE_AGAIN =
  /^,\s+or\s+(?:(?:about|some|roughly|nearly|almost|around|more than|less than)\s+)?[$€£¥]?\d[\d.,]*\s*(?:%|percent|per\s+cent|[\p{Ll}]+)?,(?=\s)/u;

/** ", 3-6, 6-1, 6-4" or " (7-4), 6-3" after "6-2": the sets of one score, not the clause's end. */
const SET_SCORES = /^(?:\s*\(\d{1,2}(?:-\d{1,2})?\)|,\s+\d{1,2}-\d{1,2})+(?=\s)/;

/**
 * ", including a breakdown by division, on Oct. 30": what a thing includes, between it and the
 * rest of its clause (not ", including five children." at the end, after which a clause may start).
 */
const INCLUDING = String.raw`,\s+including\s[^,;:"“”]{1,60},(?=\s+(?:on|in|at|by|from|until|next|last|this|later|early|about|some|nearly|around)\s)`;
const INCLUDING_ASIDE = new RegExp(`^${INCLUDING}`);
const INCLUDING_INSIDE = new RegExp(INCLUDING);

/**
 * ", with a bigger booster, early next year": what a thing comes with, between it and the rest
 * of its clause.
 */
const WITH_ASIDE =
  /^,\s+with\s+(?:an?|the|its|his|her|their|more|fewer|new)\s[^,;:"“”]{1,40},(?=\s+(?:on|in|at|by|from|until|next|last|this|later|early|to|for)\b)/;

/**
 * ", at a summit in Vladivostok" after "met": the gathering a meeting was held at, set after a
 * comma, which goes on with the clause it sets.
 */
const AT_GATHERING =
  /^,\s+at\s+(?:an?|the|their|its)\s+(?:[\p{L}-]+\s+){0,2}?(?:summit|meeting|conference|ceremony|rally|gathering)\b/u;

/**
 * The apposition that starts at `at` and ends by `limit` ("Lee, 78, was"), if any; not a
 * participle phrase, which after a clause is the clause's consequence ("struck on Monday,
 * toppling houses, setting off a fire": the clause ends at its first comma).
 */
function appositionAt(text: string, at: number, limit: number): RegExpExecArray | null {
  APPOSITION.lastIndex = at;
  const m = APPOSITION.exec(text);
  return m &&
    at + m[0].length <= limit &&
    !/^,\s+[a-z]{3,}ing\s/.test(m[0]) &&
    // ("will be presented on Dec. 10, the anniversary of the death of Nobel, who founded the
    // awards": an apposition to a day the clause ends on, with a relative clause after it,
    // ends the clause.)
    !(
      DAY_END.test(text.slice(Math.max(0, at - 24), at)) &&
      /^\s*(?:who|which|whose)\s/.test(text.slice(at + m[0].length, at + m[0].length + 8))
    )
    ? m
    : null;
}

/** " on Dec. 10", " on Monday": a day named at the end of the words before a comma. */
const DAY_END = new RegExp(
  String.raw`\s(?:on|by|until)\s+(?:\p{Lu}\p{Ll}{2,}\.?\s+\d{1,2}|${Object.keys(WEEKDAYS).map(titleCase).join('|')})$`,
  'u',
);

/** "northeast of ", "west-southwest of the ": the way to a place from another. */
export const TOWARD_OF = String.raw`(?:north|south|east|west)(?:[- ]?(?:north|south|east|west))*\s+of\s+(?:the\s+)?`;
/** "close to ", "near ": a place a thing lies by, named after it. */
export const CLOSE_TO = String.raw`(?:close\s+to|next\s+to|near)\s`;

/** "about ", "nearly ": a word that makes a distance approximate. */
const ABOUT = String.raw`(?:(?:about|some|around|nearly|roughly|just)\s+)?`;
/** "60 km (37 miles) west of the ", "15 km from ": how far a place lies from another. */
export const DISTANCE_AWAY = String.raw`[\d,.]+\s+(?:km|kilometers|kilometres|miles)\s+(?:\([^()]*\)\s+)?(?:${TOWARD_OF}|from\s+(?:the\s+)?)`;
/** "west of the ", "60 km west of the ", "15 km from ": which way a place lies, maybe how far. */
const AWAY_FROM = String.raw`${TOWARD_OF}|${DISTANCE_AWAY}`;

/** "on the country's southern coast", "on the outskirts of the capital": a place's edge. */
const ON_THE_EDGE = String.raw`on\s+(?:the\s+)?(?:[A-Za-z'’-]+\s+){0,3}(?:coast|border|shore|edge|outskirts|banks?|frontier|tip)\b[^,;()]{0,40}`;

/**
 * ", northeast of Seoul,", ", about 60 km (37 miles) west of the capital,", ", close to the border
 * in the Yellow Sea,", ", on the country's southern coast,": where a place lies, before the day, month or clock time the clause goes on
 * to name (the aside's place is not where the clause happens).
 */
const WHERE_IT_LIES = String.raw`^,\s+${ABOUT}(?:(?:${AWAY_FROM})[^,;()]{1,40}|(?:${CLOSE_TO}|off\s)\s*[^,;()]{1,60}|${ON_THE_EDGE}),`;
/** " early on Thursday", " at 3 p.m.": a day or a clock time, next after a comma. */
const TIME_NEXT = String.raw`\s+(?:(?:early|late|on|in|at|last|about|around|shortly\s+(?:after|before))\s+){0,2}(?:${CALENDAR_NAMES}|yesterday|today|tonight|\d{1,2}(?::\d\d)?\s*[ap]\.?m\b)`;
/**
 * " for safety checks on Monday night", " a global emergency on Monday": the rest of a clause,
 * a few words at most before its day or clock time.
 */
const TIME_SOON = String.raw`(?:\s+(?!(?:and|or|but|who|which|where|when|said|says)\b)[^\s,;:"“”()]+){0,6}?${TIME_NEXT}`;
/**
 * "hand in hand with his wife Winnie", "along with two aides": who went along, before the day or
 * clock time the clause goes on to name.
 */
const COMPANY = String.raw`(?:(?:hand\s+in\s+hand|arm\s+in\s+arm|side\s+by\s+side|along|together)\s+with|with|flanked\s+by|escorted\s+by)\s+(?:his|her|their|its|the|an?|two|three|several)\s[^,;:"“”()]{1,60}?,?(?=${TIME_NEXT}(?!\p{L}))`;
/** The same set off by a comma: ", hand in hand with his wife Winnie, shortly after 4 p.m.". */
const COMPANY_BEFORE_TIME = new RegExp(String.raw`^,\s+${COMPANY}`, 'u');
/** (Where a place lies may come before it: "near Paarl, north-east of Cape Town, hand in hand".) */
const LIES_FROM = new RegExp(String.raw`${WHERE_IT_LIES}(?=${TIME_SOON}|\s+${COMPANY})`, 'u');
/**
 * ", Saad el-Katatni," after "the head of the party", ", linked to birth defects in Brazil," after
 * "the Zika virus": a name set beside the object, or what a participle says of it, before the
 * day the clause goes on to name.
 */
const OBJECT_PARTICIPLE = String.raw`,\s+(?:\p{Ll}+ed|known|born|held|led|run|made|seen|built|hidden|dug|set|kept)\s+(?:to|by|in|for|as|with|from|at|on|under|underneath|beneath|below|inside|near|behind)\s[^,;:"“”()]{1,60},(?=${TIME_SOON})`;
// (", in Balasore district," after "crashed into the parked train near the station": the area
// the site lies in, before the time; ", signal No. 10," after "raised its highest storm
// warning": the number the object goes by.)
const OBJECT_ASIDE_BEFORE_TIME = new RegExp(
  String.raw`^(?:,\s+(?:(?:in|near)\s+(?:the\s+)?)?\p{Lu}[\p{L}.'’-]*(?:\s+(?:${ARTICLE_JOINING})?\p{Lu}[\p{L}.'’-]*){0,3}(?:\s+(?:district|province|county|state|region|prefecture))?,(?=${TIME_SOON})|,\s+\p{L}+\s+(?:No\.\s*)?\d{1,3},(?=${TIME_SOON})|${OBJECT_PARTICIPLE})`,
  'u',
);
/** The same participle's aside anywhere, which a headline does without. */
const OBJECT_PARTICIPLE_INSIDE = new RegExp(OBJECT_PARTICIPLE, 'gu');

/**
 * The participles' asides inside a span ("declared the virus, linked to birth defects in
 * Brazil, an emergency on Monday"): what they say of the object is neither where nor when.
 */
export function objectParticipleAsides(text: string, span: TextSpan): TextSpan[] {
  return [...text.slice(span.start, span.end).matchAll(OBJECT_PARTICIPLE_INSIDE)].map((m) => ({
    start: span.start + m.index,
    end: span.start + m.index + m[0].length,
  }));
}
/**
 * ", the Maldivian capital," after "landed in Male", ", Greenland's capital," after "Nuuk": what
 * a name is, before the time the clause goes on to name ("at about 3 a.m.", "on Sunday", "three
 * days later").
 */
const NAMED_BEFORE_TIME = new RegExp(
  String.raw`^,\s+(?:the|an?|${OWNER_NAME}['’]s)\s+[^,;:"“”()]{3,60},(?=${TIME_NEXT}|\s+${TIME_MEASURE}\s+(?:later|earlier)\b)`,
  'u',
);
/** The same aside anywhere: "In Pyeongtaek, south of Seoul, a worker was killed". */
const LIES_AWAY = new RegExp(String.raw`${WHERE_IT_LIES}(?=\s)`);

/**
 * ", on Sept. 19," after "will take place in 10 days": the day a measure ahead comes to, said
 * again, inside the clause.
 */
const MEASURE_AHEAD_END = new RegExp(
  String.raw`\bin\s+(?:(?:about|some|around|nearly|just)\s+)?(?:${NUM}|an?)\s+(?:days|weeks|months)$`,
  'i',
);
const DAY_SAID_AGAIN = new RegExp(
  String.raw`^,\s+(?:on\s+|in\s+)?(?:${CALENDAR_NAMES})\.?(?:\s+\d{1,2})?(?:,\s+\d{4})?(?=[,.;]|\s*$)`,
);

/** "Wednesday, July 1": a weekday, before the date it falls on after a comma. */
const WEEKDAY_END = new RegExp(`\\b(?:${Object.keys(WEEKDAYS).join('|')})$`, 'i');

/** "his father", "her eldest son": someone's kin or aide, before a name set beside them. */
const OWNED_PERSON_END = /\b(?:his|her|their|its)\s+(?:[a-z-]+\s+)?[a-z]+$/;
/**
 * ", Samsung founder Lee Byung-chul," after "from his father": the name (and role) set beside
 * someone's kin, inside the clause that goes on after it.
 */
const NAME_BESIDE =
  /^,\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}(?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3},(?=\s+\p{Ll})(?!\s+(?:and|or|but|who|whom|which|where)\b)/u;
/**
 * ", in 1996 and 2008.", ", in 1996 and 2008, and pardoned": the time of the clause, set after a
 * comma at its end.
 */
const TIME_LAST = new RegExp(
  String.raw`^,\s+(?:in|on)\s+(?:\d{4}|(?:${CALENDAR_NAMES})\b)[^,;:"“”()]{0,30}(?:$|(?=,\s+and\s))`,
);

export function clauseFrom(text: string, start: number, limit: number): TextSpan {
  let from = start;
  let m = CLAUSE_END.exec(text.slice(from, limit));
  for (let k = 0; m && k < 3; k++) {
    const rest = text.slice(from + m.index, limit);
    // ("crashed in Atlanta, Janet Lee, a spokeswoman for the airline, said": the teller's name
    // and who she is are no apposition the clause goes on past.)
    if (NAMED_TELLER_AT.test(rest)) break;
    const skipped =
      COMPANY_BEFORE_TIME.exec(rest) ??
      appositionAt(text, from + m.index, limit) ??
      PARENTHETICAL.exec(rest) ??
      MEASURE_AGAIN.exec(rest) ??
      INCLUDING_ASIDE.exec(rest) ??
      WITH_ASIDE.exec(rest) ??
      // (After a meeting told as done: "agreed to meet again, at a summit" is a plan's own.)
      (/\bmet\b/.test(text.slice(Math.max(0, start - 4), from + m.index))
        ? AT_GATHERING.exec(rest)
        : null) ??
      (/\d-\d{1,2}\s*$/.test(text.slice(start, from + m.index)) ? SET_SCORES.exec(rest) : null) ??
      // (From the clause's start: after a skipped list, "and Mascoutah, Illinois, on Sunday"
      // has the name before its area's comma.)
      listGoesOn(text.slice(start, from + m.index), rest) ??
      (MEASURE_AHEAD_END.test(text.slice(start, from + m.index))
        ? DAY_SAID_AGAIN.exec(rest)
        : null) ??
      (WEEKDAY_END.test(text.slice(start, from + m.index)) ? DAY_SAID_AGAIN.exec(rest) : null) ??
      (/\p{Lu}[\p{L}'’-]*$/u.test(text.slice(start, from + m.index))
        ? LIST_TO_NOUN.exec(rest)
        : // ("by land, air and sea on Thursday": or a preposition's bare noun.)
          /\s\p{Ll}[\p{L}-]*s$|\s(?:by|of|with|for|from)\s+\p{Ll}[\p{L}-]*$/u.test(
              text.slice(start, from + m.index),
            )
          ? NOUN_LIST_REST.exec(rest)
          : null) ??
      (/\s(?!\p{Ll}+(?:ed|ing)$)\p{Ll}[\p{L}-]*$/u.test(text.slice(start, from + m.index))
        ? WIDE_NOUN_LIST_REST.exec(rest)
        : null) ??
      qualifierOf(text.slice(start, from + m.index), rest) ??
      // ("died in Gapyeong, northeast of Seoul, early Sunday", "landing on the island, close to
      // the border, at about 2:34 p.m.": where a place lies.)
      LIES_FROM.exec(rest) ??
      (/\s\p{Ll}[\p{L}'’-]*$/u.test(text.slice(start, from + m.index))
        ? OBJECT_ASIDE_BEFORE_TIME.exec(rest)
        : null) ??
      (OWNED_PERSON_END.test(text.slice(start, from + m.index)) ? NAME_BESIDE.exec(rest) : null) ??
      TIME_LAST.exec(rest) ??
      (/\p{Lu}[\p{L}'’-]*$/u.test(text.slice(start, from + m.index))
        ? NAMED_BEFORE_TIME.exec(rest)
        : null) ??
      // ("is due to testify before the Senate on Wednesday": a body, not a time.)
      (BROUGHT_BEFORE_END.test(text.slice(Math.max(0, from + m.index - 16), from + m.index))
        ? /^\s+before\s/.exec(rest)
        : null) ??
      null;
    if (!skipped) break;
    from += m.index + skipped[0].length;
    // (So is one right after an aside the clause went past: "in Sundance, near Provo, Cindi
    // Berger, the chief executive of the firm, said" ends at the aside's closing comma.)
    if (skipped[0].endsWith(',') && NAMED_TELLER_AT.test(text.slice(from - 1, limit))) {
      from -= 1;
      m = CLAUSE_END.exec(text.slice(from, limit));
      break;
    }
    m = CLAUSE_END.exec(text.slice(from, limit));
  }
  let end = m ? from + m.index : limit;
  // (Not the last point of "3:40 p.m.", which a time expression holds, nor of "D.C.".)
  while (
    end > start &&
    /[\s.,!?”"’]/.test(text[end - 1] ?? '') &&
    !/\b[ap]\.m\.$/i.test(text.slice(Math.max(start, end - 5), end)) &&
    !/(?<![\p{L}.])(?:\p{Lu}\.){2,}$/u.test(text.slice(Math.max(start, end - 8), end))
  )
    end--;
  return { start, end };
}

const RELATIVE_PREPOSITION = 'in|at|on|of|from|during|by|under|through|after|with|for|to';
const RELATIVE_PRONOUN = 'which|who|whom|whose|where';
/** What opens a relative clause: "which", "who", "where", or "in which", "during which". */
export const RELATIVE_OPENING = String.raw`(?:(?:${RELATIVE_PREPOSITION})\s+)?(?:${RELATIVE_PRONOUN})\b`;
/**
 * ", which reports results next week," between commas: an aside about its own time; its own
 * commas after a town ("which began in Glendale, Arizona, in March 2023,") are inside it, and
 * so are those of a list of names (", which sells to Microsoft, Amazon and Alphabet,") and of
 * where a place lies (", who began their mutiny at the Kati camp, about 15 km from Bamako, on
 * Tuesday morning,"), and of a name with its place and time (", carried out at the University of
 * California, Berkeley in the mid-1980s,").
 */
const ASIDE_GOES_ON = String.raw`,(?<!\b(?:his|her|their|its)\s+[a-z]+,)\s+(?:${ABOUT}(?:${AWAY_FROM})[^,;()"“”]{1,40}?|[A-Z][A-Za-z.'’-]*(?:\s+[A-Z][A-Za-z.'’-]*){0,2}(?:\s+(?:and|or)\s+[A-Z][A-Za-z.'’-]*(?:\s+[A-Z][A-Za-z.'’-]*){0,2})?|(?:in|on|at|during|since)\s+(?:the\s+)?[A-Z0-9][^,;"“”]{0,28}?|[A-Z][A-Za-z.'’-]*(?:\s+[A-Z][A-Za-z.'’-]*){0,2}\s+(?:in|on|during|since)\s+(?:the\s+)?[A-Za-z0-9][^,;"“”]{0,28}?)(?=,)`;
/**
 * ", Kim Jong Il, died" after "his father": a name set beside someone's kin or aide, whose verb
 * goes on with the clause the kin stands in.
 */
const KIN_NAMED_NEXT = String.raw`(?<=\b(?:his|her|their|its)\s+[a-z]+,)(?=\s+[A-Z][A-Za-z.'’-]*(?:\s+[A-Z][A-Za-z.'’-]*){0,3},\s+[a-z])`;
/**
 * ", most of them students," after "in which more than 300 people": a part of those just
 * counted, set aside inside the relative clause, whose verb comes after it.
 */
const PART_OF_THEM = String.raw`\s+(?:most|many|some|all|half|several|both|none|each)\s+of\s+(?:them|whom)\b`;
/**
 * " and troops from Senegal entered": after a relative clause's comma, "and" before a subject
 * and its past verb goes on with a clause of the sentence's own, which the relative clause
 * closes ("handed power to Barrow, who won the election, and troops entered Gambia").
 */
const CLAUSE_AND_NEXT = String.raw`\s+and\s+(?:[A-Za-z'’-]+\s+){0,8}?(?:[a-z]{3,}ed|${IRREGULAR_PASTS})\b`;
export const RELATIVE_ASIDE = new RegExp(
  String.raw`,\s*${RELATIVE_OPENING}${CLAUSE_CHAR}*(?:${ASIDE_GOES_ON})*,(?!${KIN_NAMED_NEXT})(?!${PART_OF_THEM})(?!${CLAUSE_AND_NEXT})(?:["”](?=\s))?`,
  'g',
);
/** " which was launched": a relative clause right after an aside's closing comma. */
const NEXT_RELATIVE = /^\s*(?:which|who|whom|whose)\s/;
/**
 * ", a former television pundit who entered Congress two years ago,", ", a cargo ship that was
 * hit by a missile last month,": an apposition whose own relative clause tells of the name
 * before it; `APPOSED_RELATIVE_OPENING` is what comes before the clause's verb.
 */
const APPOSED_RELATIVE_OPENING = String.raw`,\s*(?:an?|the)\s+(?:[\p{L}'’-]+\s+){1,5}?(?:who|which|that(?=\s+(?:was|were|had)\s))\s+`;
export const APPOSED_RELATIVE = new RegExp(
  `${APPOSED_RELATIVE_OPENING}${CLAUSE_CHAR}*(?:${ASIDE_GOES_ON})*,`,
  'gu',
);
export const APPOSED_RELATIVE_HEAD = new RegExp(`^${APPOSED_RELATIVE_OPENING}`, 'u');
/** One of the prepositions that open a relative clause, as a word of its own. */
const PREPOSITION_WORD = new RegExp(`^(?:${RELATIVE_PREPOSITION})$`, 'i');
/**
 * "an agreement under which Washington will impose tariffs": a relative clause a preposition
 * opens needs no comma, and runs to the next one.
 */
export const PREPOSITION_RELATIVE = new RegExp(
  String.raw`(?<=\s)(?:${RELATIVE_PREPOSITION})\s+(?:which|whom)\b[^,;:"“”]*(?:,${PART_OF_THEM}[^,;:"“”]*,[^,;:"“”]*)?`,
  'g',
);
/**
 * ", where authorities have raised the alert.": a relative clause that runs to the end of the
 * sentence, with its preposition (if any), its pronoun and the rest captured; and an
 * apposition that closes it (", who resigned on Feb. 28, the first pope to do so"), which
 * tells no one's words.
 */
export const CLOSING_RELATIVE = new RegExp(
  String.raw`,\s*(?:(${RELATIVE_PREPOSITION})\s+)?(${RELATIVE_PRONOUN})\b(${CLAUSE_CHAR}*(?:,${KIN_NAMED_NEXT}\s+[^,;]+,${CLAUSE_CHAR}*|,${PART_OF_THEM}[^,;]*,${CLAUSE_CHAR}*)?)(,\s+(?:the|an?)\s+(?![^,;]*\b(?:said|says|reported|told|added|according)\b)${CLAUSE_CHAR}*)?$`,
);

/** ", seen as a possible rival to Trump,": what others take the subject for, an aside. */
export const SEEN_AS_ASIDE =
  /,\s+(?:widely\s+)?(?:seen|regarded|viewed|considered|touted|tipped)\s+as\s[^,;:"“”()]{3,100},/g;
/**
 * ", approved by the Security Council in October 2023,": a passive aside and its agent (not a
 * means: in "South Koreans, many in wheelchairs, travelled by bus to the resort," the verb is
 * the subject's, after an aside of its own), or its time or place right after its noun
 * (", signed in 2019,", ", built in the 1970s,", ", released
 * in a statement,", not the verb after an apposition: "A second blaze, the Eaton Fire, erupted
 * on Tuesday"), or how often (", held each year on Patriots' Day,"); or a birth (", born Jorge
 * Mario Bergoglio in Buenos Aires in 1936,"); or an appointment after a name, before its verb
 * ("Nadhim Zahawi, appointed finance minister only on Tuesday, publicly told"); or a name it
 * goes by (", known locally as Article 23,"). A town's region
 * after it is inside (", based in Austin, Texas,"), and a phrasal verb's particle before its
 * time (", set up in 1993,").
 */
export const PARTICIPLE_ASIDE = new RegExp(
  String.raw`,(?<=\p{Lu}[\p{L}.'’-]{0,40},)\s*(?:appointed|named|elected|installed|promoted)\s+(?:as\s+)?(?:[\p{L}-]+\s+){0,3}?(?:${ROLE_WORDS})\b${CLAUSE_CHAR}*,(?=\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}{3,}ed|${IRREGULAR_PASTS}|told|said|says|has|had|was|is|will)\b)|,\s*(?:born|(?:${NOT_AHEAD}\p{Ll}{3,}ed|${IRREGULAR_PARTICIPLES})\s+(?:(?:\p{Ll}+ly\s+)?by(?!\s+${NOT_AGENT})|(?:(?:\d+|a\s+few|two|three|several)\s+)?(?:hours|days|weeks|months)\s+(?:before|after)))\s${CLAUSE_CHAR}*,|,\s*(?:known|referred\s+to)\s+(?:\p{Ll}+ly\s+)?as\s[^,;:"“”]{1,60},|(?<!,[^,;]{1,60}),\s*(?:${NOT_AHEAD}\p{Ll}{3,}ed|${IRREGULAR_PARTICIPLES}|set)(?:\s+(?:up|down|out|off))?\s+(?:(?:in|on|at|during|since|outside|inside|near|around|along|behind)(?=\s+(?:(?:the\s+)?[\p{Lu}\d]|(?:an?|the|its|his|her|their)\s))|(?:every|each)(?=\s+\p{Ll})|annually|yearly)\s${CLAUSE_CHAR}*(?:${ASIDE_GOES_ON})*,`,
  'gu',
);

/** Either kind of aside about a name: ", who met Moon on Monday," or ", the sister of Kim,". */
export const ASIDE = new RegExp(`${RELATIVE_ASIDE.source}|${APPOSITION_BODY}`, 'g');

/**
 * "already devastated by war, ", "Backed by Russia, ": what befell the subject, or who stands
 * behind it; "reached in Havana in August, ": where or when it came about.
 */
const BEFALLEN = String.raw`(?:(?:[a-z]+ly|already|long|once|still)\s+)?[a-z]+(?:ed|en)\s+(?:by|in|at|on|after|during)\s+[^,;:"“”]{1,100},\s+`;

/**
 * "Born in Newcastle in 1929, ", "Born Cassius Clay in Louisville, Kentucky, in 1942, ": a
 * birth put before the subject, with the region after its town and its year after a comma.
 */
export const BORN_FRONTED = String.raw`Born\s[^,;:"“]{1,80},\s+(?:(?:[A-Za-z.'’-]+|(?:in|on)\s+[^,;:"“]{1,30}),\s+)*`;

/**
 * "Daniel Andrews, ", "Sheikh Tamim bin Hamad Al Thani, ": a name (with its particles) in
 * apposition to the phrase before it, which is then a subject.
 */
const NAME_THEN_COMMA = new RegExp(
  String.raw`^\p{Lu}[\p{L}’'-]*(?:\s+(?:(?:${NAME_PARTICLES})\s+)?\p{Lu}[\p{L}’'-]*){0,5},`,
  'u',
);
/**
 * "In 2018, ", "On Tuesday, ", "In Hanoi, the capital, ", "In Asheville, a city of 95,000, ",
 * "In Aleppo, already devastated by war, ", "Backed by Russia, ", "Around 1,000 km away, ",
 * "In Miami, home to many exiles, ", "Under the deal, brokered by the envoy and signed on Sunday, ",
 * "Born Jorge Bergoglio in 1936, ", "Early on Friday, ", "Speaking in the garden on what he
 * called "Liberation Day", ", "On Jan. 5, 2024, " (the comma of a date's year is inside), "In
 * the federal case, in which prosecutors seek the death penalty, ": a phrase before the subject (and what it names or what befell it)
 * that a headline does without.
 */
export const FRONTED = new RegExp(
  String.raw`^(?:(?:In|On|At(?!\s+(?:least|most)\b)|By|Across|Near|Off(?=\s)|(?:Early|Late)(?=\s+(?:on\s+)?(?:${CALENDAR_NAMES})\b)|Outside|Elsewhere|During|After|Before|Since|(?:Last|This)(?!\s+\S+['’]s\s)|Earlier|Later|Meanwhile|Separately|Under|Amid|Despite|Following|According to|(?:(?:(?:About|Around|Nearly|Some|Roughly|Just|More\s+than|Less\s+than)\s+)?(?:[\w-]+\s+)?(?:Hours?|Days?|Weeks?|Months?|Years?|Minutes?|Moments)|Shortly)\s+(?:before|after|earlier|later))\b(?:[^,;:"“]|:(?=\d\d)|(?<=\d),(?=\s+(?:1[5-9]|20)\d\d\b)){0,40},\s+(?:(?<!(?:\d|${CALENDAR_NAMES}),\s+)(?:the|an?|home\s+to)\s+(?:[^,;:"“”]|(?<=\d),(?=\d)){1,60},\s+|(?:(?:in|during|under|at|on|of|from|for|by|with)\s+)?which\s[^,;:"“”]{1,80},\s+|${BEFALLEN})?|${BEFALLEN}|${BORN_FRONTED}|With(?:out)?\s[^,;:"“]{1,80},\s+|(?:Speaking|Writing|Addressing|Talking|Citing|Responding)\s(?:[^,;:"“”]|["“][^"“”]{1,40}["”]){1,100},\s+|In\s+\d{4}\s+(?=\S)|(?:(?:Some|About|Around|Nearly|Roughly|More than)\s+)?[\d,.]+\s+(?:km|kilometres|kilometers|miles)\b[^,;:"“]{0,40},\s+)`,
  'i',
);

/** ", less than two weeks", " for at least 24 hours": a measure of time that ends a headline. */
// ("began last week | after the bill", "in the week | before the vote": "week" there is a day's
// name, no measure.)
const MEASURE_END = new RegExp(
  String.raw`(?<!\b(?:the|last|next|this|that|every|each|same|previous|following|coming|past|final|first|closing|opening|remaining|dying))(?:,?\s+(?:for\s+|over\s+|within\s+)?(?:(?:less|more)\s+than\s+|at\s+(?:least|most)\s+|up\s+to\s+|about\s+|around\s+|nearly\s+|almost\s+|just\s+|some\s+|only\s+)?(?:(?:${NUM}|an?)\s+)?(?:moments?|seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)|\s+(?:shortly|soon|just|immediately|a\s+little))$`,
  'iu',
);

/**
 * Whether an aside at `at` stands inside an apposition the words before it opened, counted from
 * the last clause or item joined by ", and" ("named Lee, the governor, as his prime minister,
 * and appointed Suh, a former official, to head": Suh's apposition is closed whole).
 */
function insideApposition(words: string, at: number): boolean {
  const before = words.slice(0, at);
  const joined = [...before.matchAll(/,\s+(?:and|but|or)\s/g)].at(-1);
  return before.slice(joined ? joined.index + joined[0].length : 0).split(',').length % 2 === 0;
}

/**
 * ", about 15 km", " about 500 metres" at a headline's end: a distance set after the place it
 * places.
 */
// (Not a measure a word before it asks for: "sent ash as high as 11 km".)
const DISTANCE_CUT_END =
  /(?:,|(?<!\b(?:as|to|of|at|by|than|up|over|under|within|for|from|and|or|about|some|around|nearly|roughly|almost)))\s+(?:(?:about|some|around|nearly|roughly|almost|more\s+than|less\s+than)\s+)?[\d,.]+\s*(?:km|kilometres|kilometers|miles|metres|meters|m)$|,\s+(?:north|south|east|west)(?:[- ]?(?:north|south|east|west))*$/i;

/** What a figure needs after it: the rest of its range or its unit ("15 | to 20 days"). */
const CUT_FIGURE_NEXT =
  /^(?:to|and|or|percent|per|days?|weeks?|months?|years?|hours?|minutes?|km|miles|metres|meters|kilometres|kilometers)$/i;

/** Words a headline may be cut before: each opens a phrase. */
/** A month's or a weekday's name: "Sunday's referendum" is owned by no one. */
const CALENDAR_WORD = new RegExp(`^(?:${CALENDAR_NAMES})$`);
const PHRASE_OPENING =
  /^(?:to|for|of|in|at|on|near|into|off|with|from|by|after|before|until|since|over|under|within|without|against|during|through|between|among|amid|across|following|despite|and|that|as)$/i;

/** "morning", "during", "building": words in "-ing" that are no participle after a noun. */
const ING_NOT_PARTICIPLE =
  /^(?:during|including|according|regarding|concerning|following|involving|nothing|something|anything|everything|morning|evening|building|meeting|hearing|ceiling|spring|king|ring|thing|wing)$/;

/**
 * A word a headline cut may not end on: a conjunction, a noun that needs its "of", what answers
 * or asks without its object, a relative word, a time word, an article or preposition, a
 * pronoun subject, a number or an auxiliary (see `headlineOf`).
 */
const ORPHANED_LAST_WORD = new RegExp(
  String.raw`^(?:and|or|but|as|such|where|which|whom|whose|series|spate|string|wave|number|host|couple|response|retaliation|reply|${ASKING}|whether|if|that|how|shortly|soon|starting|beginning|effective|just|right|immediately|early|late|next|last|this|more|most|less|fewer|than|about|around|nearly|almost|roughly|some|the|a|an|its|his|her|their|our|of|in|on|at|to|for|from|with|by|into|onto|upon|amid|among|under|during|without|within|across|toward|towards|via|since|until|after|before|he|she|it|they|we|i|you|one|two|three|four|five|six|seven|eight|nine|ten|has|have|had|is|are|was|were|will|would|can|could|may|might|must|should)$`,
  'i',
);

/** "da", "van": a particle written in lower case inside a name. */
const NAME_PARTICLE_WORD = new RegExp(`^(?:${NAME_PARTICLES})$`);

/** "third", "final": an ordinal (the time words' list) that goes before its noun. */
const ORDINAL_BEFORE_NOUN = new RegExp(`^(?:${Object.keys(ORDINALS).join('|')}|penultimate)$`, 'i');

/**
 * How many words after an ordinal reach its noun ("hours"; "and final reading"), or 0 where
 * what follows is no noun of it ("won the final | and lifted the cup").
 */
function ordinalNounAt(words: string[], at: number): number {
  const noun = (w: string | undefined) =>
    !!w &&
    /^\p{Ll}+[,.;]?$/u.test(w) &&
    !/^(?:or|but)$/.test(w) &&
    !PHRASE_OPENING.test(w) &&
    !CLAUSE_OPENING_WORD.test(w);
  if (/^(?:and|or)$/i.test(words[at] ?? ''))
    return ORDINAL_BEFORE_NOUN.test(words[at + 1] ?? '') && noun(words[at + 2]) ? 3 : 0;
  return noun(words[at]) ? 1 : 0;
}

/** Words that open a clause of their own: "while", "because". */
const CLAUSE_OPENING_WORD = /^(?:while|when|because|although|though|whereas|if|unless)$/i;

/** "In Asheville, ", "In the district of Ahrweiler, ": a place's phrase put first. */
const FRONTED_PLACE = new RegExp(
  String.raw`^(?:In|At|Near)\s+(?:the\s+(?:${PLACE_NOUN})\s+of\s+)?\p{Lu}[^,]*,\s+$`,
  'u',
);

/** "city", "province": a noun whose "of" names the place ("the city of Liloan"). */
const PLACE_NOUN_WORD = new RegExp(`^(?:${PLACE_NOUN})$`, 'i');

/** "one of", "thousands of", "a quarter of": a part, which its "of" does not part from the whole. */
const PARTITIVE =
  /^(?:one|two|three|some|many|most|all|each|any|none|both|several|part|much|few|dozens|hundreds|thousands|millions|tens|half|third|quarter|rest|majority|bulk)$/i;

/** "said", "told reporters": the verb of a teller after what it tells. */
export const TELLER_VERB = String.raw`(?:said|reported|told\s+\S+|added)`;
/**
 * ", Janet Lee, a spokeswoman for the airline, ": a teller's name and the apposition that says
 * who she is, before the verb of telling.
 */
export const NAMED_TELLER = String.raw`,\s+\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3},\s+(?:the|an?|his|her|its|their)\s+[^,;:"“”]{1,80}?,\s+`;
/** The same and its verb, right at a clause's comma: the clause ends there. */
const NAMED_TELLER_AT = new RegExp(String.raw`^${NAMED_TELLER}${TELLER_VERB}\b`, 'u');
/**
 * ", officials said", ", the ministry told reporters", ", Janet Lee, a spokeswoman, said": a
 * teller of a few words and its verb.
 */
const TELLER_PHRASE = String.raw`(?:,\s+(?:[\p{L}’'.-]+\s+){1,6}|${NAMED_TELLER})${TELLER_VERB}`;
/** ", officials said, the most since 1969": a teller inside the sentence and all after it. */
const TELLER_INSIDE = new RegExp(String.raw`${TELLER_PHRASE},\s.*$`, 'u');

/** The day of a speaking, named without "on": "said Monday", "said yesterday". */
export const SPOKEN_DAY = [...Object.keys(WEEKDAYS).map(titleCase), 'today', 'yesterday'].join('|');

/**
 * ", according to ...", ", the news agency reported on Friday" (with what the news was to the
 * subject after it: ", his first trip abroad"): a teller ending a headline; the word after its
 * verb is a day's or a time's, not an object ("Airports in Paris, Berlin and Sydney reported
 * delays" is the subject's deed).
 */
export const TOLD_BY_END = new RegExp(
  String.raw`,?\s+according\s+to\s.*$|${TELLER_PHRASE}(?:\s+(?:on\s+)?(?:${SPOKEN_DAY}|tonight|earlier|later))?(?:,\s+(?:his|her|its|their)\s[^;"“”]*)?$`,
  'u',
);

/** "Saturday", "on Monday", "today" right after a verb. */
const BARE_DAY_AFTER = new RegExp(String.raw`^\s+(?:on\s+)?(?:${SPOKEN_DAY})\b`);

/**
 * " that struck the island" in "The toll from the quake that struck the island rose": a subject's
 * relative clause, up to its verb (not "Edison Research projected that Trump had won", where
 * "that" after a verb opens what it says).
 */
const SUBJECT_RELATIVE = new RegExp(
  String.raw`(?<!\s(?:\p{Ll}{2,}ed|said|says|told|${IRREGULAR_PASTS}))\s(?:that|which|who)\s[^,;]*?(?=\s(?:(?:was|were|is|are|has|have|had|will|would)\s+)?(?:(?:\p{Ll}+ly|also|then|later|still|again)\s+)?\S+(?:\s+(?:down|up|out|off|over|away|back|ashore|apart))?$)`,
  'u',
);
/** "arrested in ", "trapped for ": a participle after its noun, and the preposition of its phrase. */
export const PLACED_PARTICIPLE = String.raw`(?:${NOT_AHEAD}\p{Ll}{3,}ed|${IRREGULAR_PARTICIPLES})\s+(?:for|in|at|under|inside|near|on|aboard)\s`;
/** " trapped for 69 days deep underground in China": a participle's phrase after its noun. */
const PLACED_PARTICIPLE_BEFORE_PASSIVE = new RegExp(
  String.raw`(?<=\S\s+\S+)\s${PLACED_PARTICIPLE}[^,;]*?(?=\s(?:was|were)\s+(?:\p{Ll}+ly\s+)?\S+$)`,
  'u',
);
/** "Milei, 53, who has promised ...,": an age that the relative aside after it would orphan. */
const AGE_BEFORE_RELATIVE = new RegExp(
  String.raw`(?<=[A-Za-z]),\s+\d{1,3}(?=${RELATIVE_ASIDE.source})`,
  'g',
);

/**
 * A headline from the words of a span, at most `maxWords`.
 * @param keepUntil an offset the headline must reach (the main verb), whatever the cut
 */
export function headlineOf(
  text: string,
  span: TextSpan,
  maxWords = 12,
  keepUntil = span.start,
): string {
  // ("* Hyundai opened a plant": a bullet is no word of the headline; "But police arrested":
  // nor is the conjunction that ties the sentence to the one before.)
  const marked = BULLET_OPENING.exec(text.slice(span.start, span.end))?.[0].length ?? 0;
  const bullet =
    marked + (OPENING_CONJUNCTION.exec(text.slice(span.start + marked, span.end))?.[0].length ?? 0);
  // ("In Bangkok, around 1,000 km away, a tower fell": two such phrases may open it.)
  // ("In Marion, Illinois, a man died", "In the town of Paiporta, south of Valencia,": and the
  // area after a town's name, or where it lies.)
  const opening = FRONTED.exec(text.slice(span.start + bullet, span.end))?.[0] ?? '';
  // ("In Victoria, the state's premier, Daniel Andrews, declared": a phrase a name's apposition
  // follows is the subject, not a second fronted phrase.)
  const fronted =
    NAME_THEN_COMMA.test(text.slice(span.start + bullet + opening.length, span.end)) &&
    /,\s+(?:the|an?)\s/i.test(opening)
      ? (/^[^,]*,\s+/.exec(opening)?.[0] ?? '')
      : opening;
  // (The area's words, read from the fronted phrase's comma on, as inside a clause.)
  const comma = span.start + bullet + fronted.lastIndexOf(',');
  const area = FRONTED_PLACE.test(fronted)
    ? (AREA_QUALIFIER.exec(text.slice(comma, span.end)) ??
      LIES_AWAY.exec(text.slice(comma, span.end)))
    : null;
  const first = area
    ? comma -
      span.start -
      bullet +
      area[0].length +
      (/^\s*/.exec(text.slice(comma + area[0].length))?.[0].length ?? 0)
    : fronted.length;
  const lead =
    first &&
    first + (FRONTED.exec(text.slice(span.start + bullet + first, span.end))?.[0].length ?? 0);
  const from = span.start + bullet + (span.start + bullet + lead < keepUntil ? lead : 0);
  // "The toll from the quake that struck the island rose": the subject's relative clause goes
  // (up to a verb and its particle: "who had been stuck for months splashed down"),
  // and so does its participle by a thing ("A wildfire fanned by hurricane winds destroyed";
  // not "The party led by President Ana Ruiz won").
  const subject =
    keepUntil > from
      ? text
          .slice(from, keepUntil)
          .replace(SUBJECT_RELATIVE, '')
          .replace(
            /(?<=\S\s+\S+)\s\p{Ll}+(?:ed|en)\s+by\s(?!\p{Lu})[^,;]*?(?=\s(?:(?:has|have|had|was|were|is|are)\s+)?\S+$)/u,
            '',
          )
          // ("The last of 33 miners trapped for 69 days ... was hoisted": and one where it is
          // trapped or held, before the clause's own passive.)
          .replace(PLACED_PARTICIPLE_BEFORE_PASSIVE, '')
      : '';
  // ("agreed Saturday to strengthen ties": a bare day after the verb is no word of what it says.)
  const dayAfter =
    keepUntil > from
      ? (BARE_DAY_AFTER.exec(text.slice(keepUntil, span.end))?.[0].trim().split(/\s+/).length ?? 0)
      : 0;
  const minWords = subject.split(/\s+/).filter(Boolean).length + dayAfter;
  const words = `${subject}${text.slice(Math.max(from, keepUntil), span.end)}`
    // ("More than 2 million people voted, the city's Board of Elections said, the most in a
    // mayoral race since 1969": past the verb, a teller set inside the sentence ends the
    // headline; what follows comments on the clause.)
    .replace(TELLER_INSIDE, (teller: string, at: number) => (at >= subject.length ? '' : teller))
    .replace(AGE_BEFORE_RELATIVE, '')
    .replace(INCLUDING_INSIDE, '')
    // ("Gorbachev, the last Soviet leader, who ended the Cold War, died": an aside after an open
    // apposition leaves the apposition's closing comma.)
    .replace(RELATIVE_ASIDE, (aside: string, at: number, words: string) =>
      insideApposition(words, at) || NEXT_RELATIVE.test(words.slice(at + aside.length)) ? ',' : '',
    )
    // (", who leads the mission, which was launched in January,": an aside right after another
    // opens at the comma the first one leaves.)
    .replace(RELATIVE_ASIDE, (_: string, at: number, words: string) =>
      insideApposition(words, at) ? ',' : '',
    )
    .replace(PARTICIPLE_ASIDE, '')
    .replace(OBJECT_PARTICIPLE_INSIDE, '')
    .replace(SEEN_AS_ASIDE, '')
    // ("The boys, aged 11 to 16, and their coach": an age set aside.)
    .replace(/,\s+aged\s+\d[^,;]{0,20},/g, '')
    // ("In Romania, which declared an epidemic, 18 children died": the fronted place took
    // the aside's opening comma.)
    .replace(new RegExp(String.raw`^(?:which|who|whose|where)\b${CLAUSE_CHAR}*,\s*`), '')
    // ("Her eldest son, Charles, 73, became king": an aside inside an open apposition leaves
    // the apposition's closing comma.)
    // ("banned a march planned for Wednesday, the anniversary of the handover, citing": nor one
    // before a participle set off by its comma, which still ends the clause.)
    // (Nor one before a teller: "has confirmed 26 cases, six of them fatal, the minister said"
    // leaves the comma the teller's pattern ends the clause at.)
    .replace(APPOSITION_INSIDE, (aside: string, at: number, words: string) =>
      insideApposition(words, at) ||
      /^\s+\p{Ll}{3,}ing\s/u.test(words.slice(at + aside.length, at + aside.length + 24)) ||
      TOLD_BY_END.test(`,${words.slice(at + aside.length)}`)
        ? ','
        : '',
    )
    // ("struck 40 km (25 miles) northwest": what brackets add, a headline does without.)
    .replace(/\s*\([^()]*\)/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    // ("will resign on Wednesday, the speaker of parliament said": the teller goes before the
    // limit counts, or it cuts the teller instead, "..., the speaker".)
    .replace(TOLD_BY_END, (teller: string, at: number) => (at > 0 ? '' : teller))
    .split(' ');
  // ("reached an agreement under | which ...": a clause cut at its relative pronoun leaves the
  // preposition that opens the relative clause.)
  if (
    /^\s*(?:which|whom)\b/.test(text.slice(span.end, span.end + 8)) &&
    PREPOSITION_WORD.test(words.at(-1) ?? '')
  )
    words.pop();
  // A long subject still reaches its verb and a few words after it.
  const limit = Math.max(maxWords, minWords + 3);
  let kept = words.slice(0, limit);
  // "... to impeach President Yoon Suk Yeol": the limit does not break a name.
  const upper = (w: string | undefined) => !!w && /^\p{Lu}/u.test(w);
  let more = 0;
  // ("in the eastern city | of Wonsan", "the key province of | Buenos Aires": nor between a
  // place's noun and its name.)
  const placeOf = (at: number) =>
    PLACE_NOUN_WORD.test(words[at - 1] ?? '') && words[at] === 'of' && upper(words[at + 1]);
  const into = placeOf(kept.length) ? 2 : placeOf(kept.length - 1) ? 1 : 0;
  if (into > 0) {
    kept = words.slice(0, kept.length + into);
    more += into;
  }
  // (Nor at the "of" inside one: "U.S. Secretary of State Antony Blinken"; not "and the Bank |
  // of Japan", a limit that falls on a name's first word, which the cut takes back.)
  // ("to kill President Luiz Inacio Lula da | Silva": nor at a particle inside a name.)
  const particle = (w: string | undefined) => !!w && NAME_PARTICLE_WORD.test(w);
  if (particle(kept.at(-1)) && upper(kept.at(-2)) && upper(words[kept.length]) && more < 5) {
    kept = words.slice(0, kept.length + 1);
    more += 1;
  }
  // ("beat Geert Wilders's far-right | Freedom Party": nor between a named owner's words and
  // the name they qualify.)
  const owner = kept.findLastIndex(
    (w, i) =>
      i >= kept.length - 3 &&
      /^\p{Lu}[\p{L}.-]*['’]s$/u.test(w) &&
      !CALENDAR_WORD.test(w.replace(/['’]s$/, '')),
  );
  const owned = owner >= 0 ? kept.slice(owner + 1) : [];
  if (
    owned.length > 0 &&
    owned.every((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w) && !PHRASE_OPENING.test(w)) &&
    upper(words[kept.length])
  ) {
    kept = words.slice(0, kept.length + 1);
    more += 1;
  }
  while (more < 5 && upper(kept.at(-1))) {
    const step = upper(words[kept.length])
      ? 1
      : particle(words[kept.length]) && upper(words[kept.length + 1]) && more < 4
        ? 2
        : words[kept.length] === 'of' &&
            upper(kept.at(-2)) &&
            upper(words[kept.length + 1]) &&
            more < 4
          ? 2
          : 0;
    if (!step) break;
    kept = words.slice(0, kept.length + step);
    more += step;
  }
  // (A people's word that a lower-case noun follows describes it, "in the North Korean |
  // border town", and so does a country's name before a place's noun, "in the New | Zealand
  // city of": the cut falls before that phrase, as it would before any other.)
  const named = more - into;
  const nounAfter = words[kept.length] ?? '';
  const describing =
    named > 0 &&
    (/^\p{Lu}\p{Ll}+(?:an|ese|ish|i)$/u.test(kept.at(-1) ?? '') ||
      PLACE_NOUN_WORD.test(nounAfter)) &&
    /^\p{Ll}[\p{L}-]*$/u.test(nounAfter) &&
    !PHRASE_OPENING.test(nounAfter);
  const before = describing
    ? kept.findLastIndex(
        (w, i) => i >= maxWords / 2 && i < kept.length - named && PHRASE_OPENING.test(w),
      )
    : -1;
  if (before > 0) {
    kept = kept.slice(0, before);
    more = into;
  }
  // ("flooded streets, homes | and subway stations", "attacked a concert hall, a major
  // stadium | and restaurants": the words of a list's item after a comma, up to three.)
  const itemAfterComma = (w: string[]) =>
    /,$/.test(w.at(-2) ?? '')
      ? 1
      : /,$/.test(w.at(-3) ?? '') && ARTICLE_WORD.test(w.at(-2) ?? '')
        ? 2
        : /,$/.test(w.at(-4) ?? '') && ARTICLE_WORD.test(w.at(-3) ?? '')
          ? 3
          : 0;
  // ("by land, air and | sea on Thursday": nor a list before its last word, when a phrase or
  // the clause's end follows that word.)
  const lastItem = words[kept.length] ?? '';
  const listEnded =
    more === 0 &&
    /^(?:and|or)$/i.test(kept.at(-1) ?? '') &&
    itemAfterComma(kept.slice(0, -1)) > 0 &&
    /^\p{Ll}[\p{L}-]*$/u.test(lastItem) &&
    !PHRASE_OPENING.test(lastItem) &&
    (kept.length + 1 === words.length || PHRASE_OPENING.test(words[kept.length + 1] ?? ''));
  if (listEnded) {
    kept = words.slice(0, kept.length + 1);
    more = 1;
  }
  if (words.length > kept.length && more === 0) {
    // (A limit that falls before an adjunct's first word broke no phrase: "voted on Saturday to
    // impeach President Yoon Suk Yeol | over his attempt" keeps its last phrase. "to", "of",
    // "and", "that" and "as" go on with what came before: "forced thousands | to flee".)
    const next = words[kept.length] ?? '';
    // (Nor a pronoun that opens a clause about the last noun: "a barrier | it installed"; not
    // the object of a preposition, "set part of | it on fire".)
    const atBoundary =
      (PHRASE_OPENING.test(next) && !/^(?:to|of|and|that|as)$/i.test(next)) ||
      (/^(?:it|he|she|they|we)$/.test(next) && !PHRASE_OPENING.test(kept.at(-1) ?? ''));
    // ("killed 53,000 people in Turkey and about 6,000 | in Syria": nor half a list; not a
    // quoted pair of words, 'to an "immediate and unconditional" ceasefire | from midnight'.)
    const quoted = kept.slice(-4).some((w) => /^["“]/.test(w));
    const halfList = quoted ? -1 : kept.slice(-3, -1).findIndex((w) => /^(?:and|or)$/i.test(w));
    // Cut before the last phrase that the limit broke ("... flew to Lima last week to
    // secure" ends at "week"), keeping at least half of the words.
    const cut = kept.findLastIndex(
      (w, i) =>
        // (and at least a word past the verb: not "will take part" for "will take part in";
        // before a clause of "while", a day after the verb is one: "died on Friday | while
        // placing air tanks").
        i >=
          Math.max(
            maxWords / 2,
            minWords > 0 ? minWords + (dayAfter > 0 && /^(?:while|when)$/i.test(w) ? 0 : 1) : 0,
          ) &&
        // (a clause of "while" or "when" opens a phrase too: "on Saturday | while attending")
        (PHRASE_OPENING.test(w) || CLAUSE_OPENING_WORD.test(w)) &&
        // (not the "of" of a name: "the Group of 20 summit", "the Bank of Korea")
        !(/^of$/i.test(w) && upper(kept[i - 1]) && /^[\p{Lu}\d]/u.test(words[i + 1] ?? '')) &&
        // (nor the "of" of a part: "struck near one | of the country's biggest cities"; nor a
        // place's: "in the city | of Liloan")
        !(/^of$/i.test(w) && PARTITIVE.test(kept[i - 1] ?? '')) &&
        !(/^of$/i.test(w) && PLACE_NOUN_WORD.test(kept[i - 1] ?? '') && upper(words[i + 1])) &&
        // (nor the second of two prepositions that share their object: "flights to and | from
        // northern Europe")
        !(/^and$/i.test(kept[i - 1] ?? '') && PHRASE_OPENING.test(kept[i - 2] ?? '')) &&
        // (not the "and" of two names: "the Gyeongui and Donghae roads", nor of "between the
        // army and the RSF")
        !(
          /^and$/i.test(w) &&
          ((upper(kept[i - 1]) && upper(kept[i + 1])) ||
            kept.slice(Math.max(0, i - 4), i).some((x) => /^between$/i.test(x)))
        ),
    );
    // (A list the limit broke goes whole, back to its first item.)
    const toFirstItem = (words: string[]) => {
      let w = words;
      for (let n = itemAfterComma(w); w.length > n + 2 && n > 0; n = itemAfterComma(w))
        w = w.slice(0, -n);
      return w;
    };
    // ("in response, from land, sea | and air": a list whose last item ends the words goes
    // whole.)
    if (/^(?:and|or)$/i.test(next) && itemAfterComma(kept) > 0)
      kept = words.length - kept.length <= 2 ? words : toFirstItem(kept);
    else if (atBoundary) {
      if (halfList >= 0) kept = toFirstItem(kept.slice(0, kept.length - 3 + halfList));
      // ("left the airport at 8:38 a.m. bound | for Nairobi": a participle the limit parted
      // from its preposition goes too.)
      else if (/^(?:bound|headed|destined)$/i.test(kept.at(-1) ?? '')) kept = kept.slice(0, -1);
    } else if (cut > 0) {
      // ("over the weekend following weeks | of youth-led protests": an "of" after a count of
      // time that a phrase just opened leaves it reading as a time; the cut falls before the
      // phrase.)
      const opener =
        /^of$/i.test(kept[cut] ?? '') &&
        /^(?:days|weeks|months|years|decades)$/i.test(kept[cut - 1] ?? '')
          ? [cut - 2, cut - 3].find(
              (i) =>
                i >= maxWords / 2 &&
                i > minWords + 1 &&
                PHRASE_OPENING.test(kept[i] ?? '') &&
                !/^(?:of|and|that|as|to)$/i.test(kept[i] ?? ''),
            )
          : undefined;
      kept = kept.slice(0, opener ?? cut);
    }
    // (With no phrase to cut before, a word or two more beats a phrase cut short: "were
    // closed for a second day".)
    else if (words.length - kept.length <= 2) kept = words;
    // ("signed a mutual defence | pact at a summit": nor a noun phrase, if it ends soon.)
    else {
      // (A clause of "when" that follows ends it too: "would not seek a new | term when".)
      const end = words.findIndex(
        (w, i) => i > kept.length && (PHRASE_OPENING.test(w) || CLAUSE_OPENING_WORD.test(w)),
      );
      if (end > 0 && end - kept.length <= 2 && /^\p{Ll}/u.test(words[kept.length] ?? ''))
        kept = words.slice(0, end);
      else {
        // ("crashed into a medical | college hostel moments after": a noun phrase too long to
        // end goes whole, with its preposition, back to the verb.)
        const article = kept.findLastIndex((w) => ARTICLE_WORD.test(w));
        const back =
          article > 0 && PREPOSITION_WORD.test(kept[article - 1] ?? '') ? article - 1 : article;
        if (
          article >= kept.length - 2 &&
          /^\p{Ll}[\p{Ll}-]*$/u.test(next) &&
          !PHRASE_OPENING.test(next) &&
          !CLAUSE_OPENING_WORD.test(next) &&
          !/^(?:and|or|but|of|to|that|as|once)$/.test(next) &&
          minWords > 0 &&
          back >= minWords
        )
          kept = kept.slice(0, back);
      }
    }
  }
  // ("crashed into the moon on Saturday while trying | to reach": a clause of "while" that the
  // cut left a word of goes whole; and one with a subject of its own that the cut parted from
  // its verb, "offered to shut the complex if the United States | takes matching steps".)
  const opened = kept.findLastIndex((w) => CLAUSE_OPENING_WORD.test(w));
  const subjectCut = !/^\p{Ll}+ing$/u.test(kept[opened + 1] ?? '') && kept.length - opened <= 6;
  if (kept.length < words.length && opened > minWords && (kept.length - opened <= 2 || subjectCut))
    kept = kept.slice(0, opened);
  // ("will enter into force | once at least 55 countries accounting for ...": and a clause of
  // "once" with a subject after it that the limit breaks; not "once again", "once a year".)
  const once = kept.findIndex(
    (w, i) =>
      i >= Math.max(2, minWords) &&
      /^once$/i.test(w) &&
      /^(?:the|at|all|both|its|their|his|her|it|they|he|she|we|enough|\p{Lu}\p{Ll}+s?)$/u.test(
        kept[i + 1] ?? '',
      ),
  );
  if (kept.length < words.length && once > 0) kept = kept.slice(0, once);
  // ("tariffs on goods made | in China": nor a participle the cut parted from its phrase; the
  // verb and a word after it stay, and so does an adjective: "kept rates unchanged".)
  if (
    kept.length < words.length &&
    // (A noun's headline too, past its own verb: "opened on Friday with a ceremony held".)
    (minWords > 0 ? kept.length - 1 > minWords : kept.length > 5) &&
    /^(?!un|non)(?:\p{Ll}{3,}ed|made|built|held|known|based|born|taken|given|sold|grown|found|set|run|owned)$/u.test(
      kept.at(-1) ?? '',
    ) &&
    // (A verb of its own, past the words between: "had (more than) tripled", or after its
    // subject: "the martial law he declared".)
    !/^(?:he|she|it|they|we|i|you)$/i.test(kept.at(-2) ?? '') &&
    !kept
      .slice(-4, -1)
      .some((w) => /^(?:was|were|been|being|be|is|are|has|have|had|get|got)$/i.test(w))
  )
    kept = kept.slice(0, -1);
  // ("found them on July 2 sitting | on a muddy ledge": and a present participle after the day
  // the clause happened, which opens a phrase of how it was found.)
  else if (
    kept.length < words.length &&
    kept.length - 1 > Math.max(4, minWords) &&
    /^\p{Ll}{3,}ing$/u.test(kept.at(-1) ?? '') &&
    !ING_NOT_PARTICIPLE.test(kept.at(-1) ?? '') &&
    /^(?:\d{1,4}|[ap]\.m\.|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|morning|afternoon|evening|night)$/u.test(
      kept.at(-2) ?? '',
    )
  )
    kept = kept.slice(0, -1);
  // ("agreed to settle a lawsuit accusing | it of ...": so does a present participle after the
  // noun it describes; not a verb's own, "began fighting", "is holding", "to start voting".)
  else if (
    kept.length < words.length &&
    kept.length > Math.max(4, minWords + 1) &&
    /^\p{Ll}{3,}ing$/u.test(kept.at(-1) ?? '') &&
    !ING_NOT_PARTICIPLE.test(kept.at(-1) ?? '') &&
    /^\p{Ll}+s?$/u.test(kept.at(-2) ?? '') &&
    !/(?:ed|ing)$/.test(kept.at(-2) ?? '') &&
    // (with an object of its own after it: not "a bill banning the breeding | of dogs",
    // "a day of national mourning | for", "while landing | at")
    /^(?:it|them|him|her|us|the|a|an|its|their|his|our)$/i.test(words[kept.length] ?? '') &&
    !/^(?:and|or|but|of|in|on|at|for|from|with|by|into|while|when|after|before|the|a|an|its|his|her|their|our)$/i.test(
      kept.at(-2) ?? '',
    ) &&
    !new RegExp(
      `^(?:${IRREGULAR_PASTS}|to|was|were|been|being|be|is|are|am|has|have|had|get|got|keep|keeps|kept|start|starts|stop|stops|begin|begins|continue|continues|resume|resumes|go|goes|went|spent|spend|spends|like|likes|love|loves|avoid|avoids|consider|considers|risk|risks|mind|finish|finishes)$`,
    ).test(kept.at(-2) ?? '')
  )
    kept = kept.slice(0, -1);
  // "... on July 31 and plans": a conjunction the cut left with one word after it goes too,
  // and so does one it left last ("evacuated to shelters as").
  while (!listEnded && kept.length > 1 && kept.length < words.length) {
    if (/^(?:and|or|but)$/i.test(kept.at(-2) ?? '')) kept = kept.slice(0, -2);
    // (Or with a verb and one word of its phrase: "stormed parliament and set part | of it on
    // fire".)
    else if (
      /^(?:and|or|but)$/i.test(kept.at(-3) ?? '') &&
      /^(?!(?:the|an?|its|his|her|their|our)$)\p{Ll}+$/u.test(kept.at(-2) ?? '') &&
      /^\p{Ll}+$/u.test(kept.at(-1) ?? '')
    )
      kept = kept.slice(0, -3);
    // ("resigned in the space | of two days": a stretch of time cut from its "of" goes whole,
    // with its article and preposition, and what it measured stays.)
    else if (
      /^(?:space|course)$/i.test(kept.at(-1) ?? '') &&
      /^the$/i.test(kept.at(-2) ?? '') &&
      PREPOSITION_WORD.test(kept.at(-3) ?? '') &&
      /^of$/i.test(words[kept.length] ?? '')
    ) {
      kept = kept.slice(0, -3);
      break;
    }
    // ("will step down at the end | of the year": a part of a time cut from its "of" goes
    // with its article, and the preposition after them.)
    else if (
      /^(?:end|beginning|start|middle|rest)$/i.test(kept.at(-1) ?? '') &&
      /^the$/i.test(kept.at(-2) ?? '') &&
      /^of$/i.test(words[kept.length] ?? '')
    )
      kept = kept.slice(0, -2);
    else if (
      // (nor on a time word the cut orphaned: "to visit Seoul early next", "struck near
      // Sagaing shortly", nor on a noun that needs its "of": "after a series", nor on the words
      // before a number: "jumped more than", "gusts of up (to)", nor on the subject of a
      // clause cut off: "the martial law he", nor on its auxiliary: "revenue had", nor on a
      // preposition or a number whose phrase it cut: "balloons in eight | of the provinces",
      // nor on an article: "to boost the | country's arsenal"; nor on what answers a thing
      // without it: "in response | to", "at the request | of Japan"; nor on the word that
      // opens a relative clause: "left a crater where | the silos had stood".)
      ORPHANED_LAST_WORD.test(kept.at(-1) ?? '') ||
      (/^up$/i.test(kept.at(-1) ?? '') && /^to$/i.test(words[kept.length] ?? '')) ||
      // (nor on a figure cut from its range or its unit: "to begin in 15 | to 20 days".)
      // (Not a date's day or year: "on Nov. 15 | and", "in 1985 | and".)
      (/^[\d,.]+$/.test(kept.at(-1) ?? '') &&
        !/^(?:1\d|20)\d\d$/.test(kept.at(-1) ?? '') &&
        !/^\p{Lu}/u.test(kept.at(-2) ?? '') &&
        CUT_FIGURE_NEXT.test(words[kept.length] ?? ''))
    )
      kept = kept.slice(0, -1);
    // (nor on an owner cut from what it owns: "won a majority in Sri Lanka's | parliamentary
    // election", "in the women's | 10 meter air rifle".)
    else if (/['’]s?$/.test(kept.at(-1) ?? '') && /^[\p{L}\d]/u.test(words[kept.length] ?? '')) {
      // (with the rest of the owner's name: "in Sri | Lanka's".)
      let at = kept.length - 1;
      while (at > 1 && /^\p{Lu}/u.test(kept[at - 1] ?? '')) at--;
      kept = kept.slice(0, at);
    }
    // (nor on half of a hyphened pair: "captured Kandahar and Herat, the country's second- |
    // and third-largest cities": the phrase it opens goes back to its comma.)
    else if (/\p{L}-$/u.test(kept.at(-1) ?? '')) {
      const comma = kept.findLastIndex((w) => w.endsWith(','));
      kept = kept.slice(0, comma >= minWords ? comma + 1 : -1);
      if (comma >= minWords) break;
    }
    // (nor on an infinitive cut from its particle: "on Monday to push | through a budget".)
    else if (
      /^to$/i.test(kept.at(-2) ?? '') &&
      /^\p{Ll}+$/u.test(kept.at(-1) ?? '') &&
      /^(?:through|out|up|off|down|back|away|aside|over)$/i.test(words[kept.length] ?? '')
    )
      kept = kept.slice(0, -2);
    // (nor on an ordinal cut from its noun: "in the final | hours", "won the fifth | and final
    // game": the noun comes along, and a second ordinal joined to the first.)
    else if (
      ORDINAL_BEFORE_NOUN.test(kept.at(-1) ?? '') &&
      ARTICLE_WORD.test(kept.at(-2) ?? '') &&
      ordinalNounAt(words, kept.length) > 0
    ) {
      kept = words.slice(0, kept.length + ordinalNounAt(words, kept.length));
      break;
    } else break;
  }
  let h = kept.join(' ');
  // ('were killed in a "catastrophic implosion," the Coast Guard said': a quotation whose mark
  // closes just past the span, which ended at the comma inside it, is whole.)
  const closedAfter = /^[,.]?["”]/.exec(text.slice(span.end, span.end + 2));
  if (closedAfter && kept.length === words.length && (h.match(/["“”]/g) ?? []).length % 2)
    h += closedAfter[0].slice(-1);
  // ('announced that it would "permanently shut': a quotation the cut left open goes, and
  // the words that only led up to it.)
  if ((h.match(/["“”]/g) ?? []).length % 2) {
    const words = h
      .slice(0, Math.max(h.lastIndexOf('"'), h.lastIndexOf('“')))
      .trim()
      .split(' ');
    while (
      words.length > 1 &&
      // (and a preposition it leaves without its object: "were killed in | a "...".)
      /^(?:that|it|they|he|she|would|will|could|can|to|and|or|but|as|a|an|the|in|on|at|of|for|from|with|by|into)$/i.test(
        words.at(-1) ?? '',
      )
    )
      words.pop();
    // (Unless the quotation is all there is: then its words stand, without the marks.)
    h = words.join(' ') || h.replace(/["“”]/g, '');
  }
  // ("It flew for 86 minutes, according to Japan's defense minister", "..., the Korean
  // Central News Agency reported on Friday": who tells the news is no part of it.)
  h = h.replace(TOLD_BY_END, '') || h;
  // ("hit the city two weeks | after ...", "crashed into a residential area | moments after
  // takeoff": the measure of a time the cut parted from its "after" goes too, not the verb;
  // and one the cut broke, "lost contact about an hour | and 45 minutes into its dive".)
  const measured =
    kept.length < words.length
      ? /^(?:after|before|later|earlier)$/i.test(words[kept.length] ?? '') ||
        (/^and$/i.test(words[kept.length] ?? '') && /^\d/.test(words[kept.length + 1] ?? ''))
      : /^\s+(?:after|before)\b/i.test(text.slice(span.end, span.end + 8));
  const unmeasured = measured ? h.replace(MEASURE_END, '') : h;
  if (unmeasured && unmeasured.split(' ').length >= minWords) h = unmeasured;
  // ("began their mutiny at the Kati military camp, about 15 km | from Bamako", "a detention
  // centre in Uiwang, south | of Seoul": nor does a distance or a way the cut parted from the
  // place it is measured from.)
  const undistanced = kept.length < words.length ? h.replace(DISTANCE_CUT_END, '') : h;
  if (undistanced && undistanced.split(' ').length >= minWords) h = undistanced;
  // (The point of "U.S." and "a.m." stays, also before a comma: "to Washington, D.C.,".)
  h = h.replace(/(?<=(?:^|\s)(?:\p{L}\.){2,})[,;:]+$/u, '');
  h = /(?:^|\s)(?:\p{L}\.){2,}$/u.test(h) ? h : h.replace(/[.,;:]+$/, '');
  return upperFirst(h);
}

/** Whether a sentence offset lies in a relative clause (", which began on Oct. 7 ..."). */
export function inRelative(sentence: string, at: number): boolean {
  return /,\s*(?:which|who|whose|where)\b[^,;]*$/.test(sentence.slice(0, at));
}

/**
 * The conjunctions that open a subordinate clause with a subject of its own (and "because of",
 * whose phrase starts past its "of").
 */
export const SUBORDINATORS = String.raw`since|after|before|when|because(?:\s+of)?|until`;

// (", when 150 people died": after a comma, a count may open the clause of "when"; "since 1973"
// is a time, not a clause; ", in which more than 300 people died": a relative clause after a
// preposition has a subject of its own.)
const CONJUNCT = new RegExp(
  String.raw`(?:,\s+(?:and|but|while|whereas)|,\s+(?:${RELATIVE_PREPOSITION})\s+which|[;:]|\s(?:${SUBORDINATORS})|\sas(?=\s+(?:the|a|an|his|her|its|their)\s)|,\s+as(?!\s+${AS_FIXED}))\s+(?!\d|${TIME_MEASURE}|(?:${CALENDAR_NAMES})\b)|,\s+when\s+(?=\d[\d,]*\s+\p{Ll})`,
  'gu',
);

/**
 * Where the clause holding `index` starts: "Rain is expected today, and the agency warned",
 * "ceasefires have been violated since fighting erupted on April 15", "cheered as the result was
 * announced".
 */
export function conjunctStart(sentence: string, index: number): number {
  let start = 0;
  let before = 0;
  let subordinate = false;
  let conjunction = '';
  for (const m of sentence.slice(0, index).matchAll(CONJUNCT)) {
    // ("The boys, aged 11 to 16, and their coach went missing": a ", and" after no verb closes
    // an aside inside the subject and joins its nouns, no clauses.)
    if (/^,\s+and$/.test(m[0].trimEnd()) && asideInSubject(sentence.slice(start, m.index)))
      continue;
    before = start;
    start = m.index + m[0].length;
    subordinate = !/^[,;:]/.test(m[0]);
    conjunction = m[0].trim();
  }
  // "Hours before the ceremony, saboteurs attacked": a phrase the comma closes comes first.
  const comma = subordinate
    ? sentence.slice(start, index).search(/,\s+(?!\d|(?:where|which|who|whose|when)\b)[^,]*$/)
    : -1;
  if (comma < 0) return start;
  const after = start + comma + (/^,\s+/.exec(sentence.slice(start + comma))?.[0].length ?? 1);
  // ("Prevost, a Chicago native who served as a missionary in Peru, was elected": no subject
  // after the comma, so "as" was a preposition inside the subject, and no clause opened there.)
  // ("came hours after a bomb blast on the outskirts of the capital, Abuja, killed 75": but a
  // conjunction's clause whose subject has a name set beside it goes on past its closing comma.)
  if (!SUBJECTLESS.test(sentence.slice(after, index))) return after;
  return conjunction !== 'as' && sentence.slice(start, start + comma).includes(',')
    ? start
    : before;
}

/**
 * A subordinating conjunction right before where a clause was found to start (and "as", which
 * may be a preposition: "condemned the killing as an act of terrorism and declared").
 */
const SUBORDINATE_BEFORE = new RegExp(String.raw`\s(?:${SUBORDINATORS}|as)\s+$`);
/** " and " right before a verb (and its auxiliary or adverb: " and were", " and was later"). */
const AND_BEFORE_VERB =
  /\s+and(?:\s+(?:was|were|is|are|has|have|had|been|will|would|be))*(?:\s+\p{Ll}+ly)?\s*$/u;
/**
 * "The boys, aged 11 to 16", 'The "Wild Boars" team, aged 11 to 16': a noun (a quoted name in
 * it too) and an aside of age or participle, before any verb.
 */
const SUBJECT_ASIDE_END =
  /^\s*((?:[\p{L}'’"“”-]+\s+){0,3}[\p{L}'’"“”-]+),\s+(?:aged\s+\d|\p{Ll}{3,}(?:ed|en|ing)\s)[^,;]*$/u;
/** "Schools, offices": nouns of up to three words each, joined by commas. */
const NOUN_LIST =
  /^\s*[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,2}(?:,\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,2})+$/u;
/**
 * Whether words up to a ", and" are a subject's noun and its aside, or the first nouns of a
 * list ("Schools, offices, and banks were closed"), with no verb of a clause.
 */
export function asideInSubject(words: string): boolean {
  const m = SUBJECT_ASIDE_END.exec(words);
  return (
    (!!m && !CLAUSE_VERB.test(m[1] ?? '')) || (NOUN_LIST.test(words) && !CLAUSE_VERB.test(words))
  );
}

/** A verb a clause has (a past, or an auxiliary), or a pronoun that is its subject. */
export const CLAUSE_VERB = new RegExp(
  String.raw`\b(?:\p{Ll}{3,}ed|${IRREGULAR_PASTS}|was|were|is|are|has|have|had|will|would)\b|^\s*(?:he|she|it|they|we|I)\b`,
  'u',
);

/**
 * Where the clause of the verb at `index` starts: as `conjunctStart`, but a conjunction before
 * a noun and no verb of its own opened a phrase ("applied to join after Russia's invasion in
 * 2022 and opened talks in June"), so a verb after "and" is the clause's before it.
 */
export function verbClauseStart(sentence: string, index: number): number {
  const start = conjunctStart(sentence, index);
  const opened = SUBORDINATE_BEFORE.exec(sentence.slice(0, start));
  if (!opened) return start;
  const joined = AND_BEFORE_VERB.exec(sentence.slice(start, index));
  return joined && !CLAUSE_VERB.test(sentence.slice(start, start + joined.index))
    ? conjunctStart(sentence, opened.index)
    : start;
}

/** Nothing before a verb but its auxiliaries and adverbs ("also"): no subject of its own. */
const SUBJECTLESS =
  /^\s*(?:(?:was|were|is|are|has|have|had|been|will|would|be|also|still|then|later|\p{Ll}+ly)(?:\s+|$))*$/u;
