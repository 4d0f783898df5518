/**
 * The story parser: article text and its publication date in, a typed {@link Story} out.
 * Pure and deterministic: no network, no clock, no DOM; the same code runs in the CLI, in the
 * build and in the browser. Place names are resolved through the gazetteer it is given.
 *
 * @example
 *   const story = parseArticle(text, { published: '2018-01-09', gazetteer: loadGazetteer() });
 *   story.timexes.find((t) => t.text === 'next month')?.value; // '2018-02'
 */
import type {
  Mention,
  Person,
  Place,
  Quote,
  Story,
  StoryEvent,
  TextSpan,
  Timex,
} from '../story/model.ts';
import { firstStartingFrom } from '../story/selectors.ts';
import {
  CLOSE_TO,
  DISTANCE_AWAY,
  NOUN_APPOSITION,
  PARTICIPLE_ASIDE,
  PRONOUN_SUBJECT,
  RELATIVE_ASIDE,
  SEEN_AS_ASIDE,
  SUBORDINATORS,
  TELLER_VERB,
  TOLD_BY_END,
  TOWARD_OF,
} from './extractors/clauses.ts';
import { findEvents, OCCURRENCE_NOUNS } from './extractors/events.ts';
import { findPeople, personNoun, roleGender } from './extractors/people.ts';
import { findPlaces, inCompanyName, listStartOf } from './extractors/places.ts';
import { findQuotes } from './extractors/quotes.ts';
import { findTimexes, REPORTING } from './extractors/timexes.ts';
import {
  ASKING,
  eitherCase,
  IRREGULAR_PASTS,
  KIN_WORD,
  PLACE_NOUN,
  SPEECH_VERB,
  titleCase,
  upperFirst,
} from './extractors/tokens.ts';
import { REPORTED_SPEECH } from './extractors/verbs.ts';
import {
  emptyGazetteer,
  type Gazetteer,
  type GazetteerEntry,
  nameKey,
} from './gazetteer/gazetteer.ts';
import { idMaker, slugify } from './ids.ts';
import { anchorToLastDay } from './refiners/anchor-to-last-day.ts';
import { parseIsoDay } from './refiners/calendar.ts';
import { resolveFocus } from './refiners/resolve-focus.ts';
import { resolveThatPeriod } from './refiners/that-period.ts';
import { segment } from './segment/segment.ts';

/** ", who took over from Han Duck-soo," or ", the sister of Kim Jong Un,": an aside. */
// (", born Robert Prevost in Chicago,": a birth told of the subject, like a "who" aside.)
const BORN_ASIDE = String.raw`,\s+born\s+[^,;:"“”()]{3,80},`;
// (", opened in 2018 after the first summit between Kim and Moon,": so is a participle's.)
const SUBJECT_ASIDE = new RegExp(
  `${RELATIVE_ASIDE.source}|${NOUN_APPOSITION}|${BORN_ASIDE}|${SEEN_AS_ASIDE.source}|${PARTICIPLE_ASIDE.source}`,
  'gu',
);

/** "The president arrived": an office that opens a sentence as its subject, the office's word. */
const OFFICE_SUBJECT =
  /^\s*The\s+(?:new\s+|former\s+)?(president|prime\s+minister|premier|chancellor|king|queen|pope|emperor|governor|mayor)\b(?!['’]s|\s+of\b)/;

/**
 * "'s predecessor, Hu Jintao,": an owner's kin or aide, named beside it; or not named at all,
 * "Marcos's father fled to Hawaii".
 */
const OWNS_NAMED_AFTER = new RegExp(
  String.raw`^['’]s\s+(?:(?:\p{Ll}[\p{L}-]*\s+){0,3}\p{Ll}[\p{L}-]*,\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3},|(?:(?:longtime|close|former|late|eldest|youngest|elder|younger)\s+)?(?:${KIN_WORD}|aide|adviser|advisor|lawyer|spokesman|spokeswoman|predecessor|successor)\b)`,
  'u',
);

/** The words for a border, whose neighbour "with" names is neither a site nor a counterpart. */
const BORDER = 'borders?|frontier|boundary';
/** "northeast of ": the way from a place to the one named after it. */
const TOWARD_OF_BEFORE = new RegExp(String.raw`\b${TOWARD_OF}$`, 'i');
/** "Two aid workers infected in ": a subject's participle and its preposition, before a place. */
const SUBJECT_PARTICIPLE_BEFORE =
  /^(?:[\p{L}\d'’-]+\s+){1,6}?\p{Ll}{3,}ed\s+(?:in|at|near|from)\s+(?:the\s+)?$/u;
/** ", about 200 km west of ": a place a distance is measured from, never where it happens. */
const MEASURED_AWAY_BEFORE = new RegExp(String.raw`\b${DISTANCE_AWAY}$`, 'i');
/**
 * ", northeast of ", ", about 60 km west of the ", ", close to the border in the ": an aside
 * saying where a place lies.
 */
const LIES_FROM_BEFORE = new RegExp(
  String.raw`,\s+(?:(?:[^,;]{0,30}\s)?${TOWARD_OF}|(?:just\s+)?${CLOSE_TO}[^,;()]{0,60})$`,
);
/**
 * "firefighters from Argentina", "crew members from Myanmar", "a student from Ohio": people, by
 * where they come from.
 */
const PEOPLE_FROM = eitherCase(
  'firefighters rescuers rescue\\s+teams? teams? crews? crew\\s+members members students? man men woman women boys? girls? teenagers? natives? residents? troops soldiers workers tourists visitors citizens nationals migrants refugees doctors experts investigators inspectors observers monitors envoys officials delegates delegations? volunteers pilgrims fans athletes players competitors'.split(
    ' ',
  ),
);
/**
 * "arriving from ", "flying in from the ", "travelled by bus from the border town of ", "bound
 * for ", "a jet carrying 239 people to ", "extraditions to ", "invited him to ", "an invitation
 * on Saturday for Moon to visit ", "Flight ET302 to ", "the flight to " (not "sent a plane
 * to ", where the sending is): where a traveller set out or was going, or where a guest is
 * asked to come, or where someone is from ("a 64-year-old retired accountant from ", "fire
 * engines ..., including from "), not where the occurrence is; nor the neighbour across a
 * border ("on its side of the border with South Korea", "the provinces bordering China"),
 * nor where a firm is based ("CrowdStrike, based in Austin, Texas, fell"), nor what a weapon
 * could reach ("tested a missile that could reach all of the U.S. mainland", "could reach the
 * whole of the United States"), nor the setting "amid" names ("lost the 1980 election to
 * Ronald Reagan amid high inflation and the Iran hostage crisis").
 */
const ELSEWHERE_BEFORE = new RegExp(
  String.raw`\b(?:(?:could|can|would|might|able\s+to|capable\s+of)\s+(?:\S+\s+)?(?:reach(?:ing)?|strik(?:e|ing)|hit(?:ting)?|target(?:ing)?)(?:\s+(?:the\s+)?(?:whole|all|most|much|parts?)\s+of)?|(?:${BORDER})\s+with|(?:arriving|coming|flying|travell?ing|returning|returned|departing|sailing|bound|(?:flew|came|sailed)\s+in)\s+(?:in\s+)?from|(?:travell?ed|drove|flew|flown|sailed)\s+(?:by\s+[a-z]+\s+)?from(?:\s+the\s+(?:[a-z][a-z-]*\s+){0,3}(?:town|city|village|port|province|county|island)\s+of)?|(?:flights?|plane|jet|train|ship|ferry|boat|bus|convoy)\s+from|[Ff]light\s+(?:[A-Z]{1,3}\s?)?\d{1,5}\s+to|(?<!\b(?:sen[dt]s?|sending|dispatch(?:ed|es)?|deploy(?:ed|s)?)\s+(?:\S+\s+){1,2})(?:flights?|plane|jet|train|ship|ferry|boat|bus)\s+to|(?:flying|travell?ing|sailing|flights?|plane|jet|train|ship|ferry|boat|bus|convoy)\s+from\s+[^,;.]{1,40}?\s+to|(?:flying|travell?ing|sailing|coming|arriving|returning|departing)\s+from\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+(?:near|outside)|(?:leaving|left|departing|departed|sailing|sailed|took\s+off)\s+(?:\S+\s+){0,3}?for|carrying\s+[^,;.]{1,40}?\s+(?:to|from)|(?:extradit|deport|repatriat)(?:ed|ions?|ing)\s+(?:\S+\s+){0,3}?to|(?:based|headquartered)\s+in|(?:${PEOPLE_FROM})\s+from|\d{1,3}-year-old\s+(?:[a-z-]+\s+){0,3}from|including\s+(?:those\s+)?from|(?:cancell?(?:ed|ing)|postpon(?:ed|ing)|called\s+off|scrapp(?:ed|ing))\s+(?:\S+\s+){0,3}?(?:trip|visit|tour|journey)\s+to|bordering|amid(?:\s+[^,;.]{1,60}?)?|(?:bound|headed|destined)\s+for|en\s+route\s+to|invit(?:ed|es|ing)\s+(?:\S+\s+){0,3}?to(?:\s+visit)?|invitation\s+(?:\S+\s+){0,8}?to\s+(?:visit|come\s+to))\s+(?:the\s+)?(?:mainland\s+)?$`,
);
/**
 * "succeeded his father, Kim Il Sung, after ": a succession, then the clause of when the one
 * succeeded left (the name or kin after the verb in group 1).
 */
const SUCCEEDED_THEN =
  /\b(?:succeeded|replaced|took\s+over\s+from)\s+((?:his|her|their)?\s*[^.;]{1,60}?),?\s+(?:after|when)\s+$/;

/** "asked ", "urged the ": before a government asked to act ("asked Moscow to admit it"). */
const ASKED_BEFORE = /\b(?:asked|asking|urged|urging|called\s+on|pressed|begged)\s+(?:the\s+)?$/;
/** Between a place and the area that holds it: " in ", ", ", "'s " ("Grozny in Russia's Chechnya"). */
const QUALIFIER_GAP = /^(?:\s+in\s+(?:the\s+)?|,\s*|['’]s?\s+)$/;
/**
 * " National Transportation Safety Board and ": the rest of a name a place opens, and the next
 * of a list ("investigators from the U.S. National Transportation Safety Board and Britain's").
 */
const NAME_THEN_AND = /^(?:\s+\p{Lu}[\p{L}.'’-]*){1,6}\s+and\s+(?:the\s+)?$/u;
/**
 * "to demand that the city's leader, ": the one a demand is made of, named after its "that"
 * or as its object, is what the demand is about, not who makes it.
 */
const DEMANDED_OF_BEFORE =
  /\bdemand(?:ed|ing|s)?\s+(?:that\s+)?(?:(?:the|an?|their|its|his|her)\s+)?(?:[\p{L}'’.-]+\s+){0,4}(?:[\p{L}'’.-]+,\s+)?$/u;
/** "in what President ", "what the ": before who names a deed in a free relative. */
const WHAT_BEFORE = /\bwhat\s+(?:[\p{L}'’.-]+\s+){0,4}$/u;
/** " called", " has described as": the naming verb after that person. */
const NAMING_AFTER = /^\s+(?:has\s+|had\s+)?(?:called|calls|described|describes|termed|dubbed)\b/;
/** "The two men ", "The two leaders ": a pair of people the text has just named. */
const PAIR_OPENING = /^The\s+two\s+(?:men|women|leaders|presidents|ministers|envoys)(?=\s)/;
/** ", said", ", told reporters": the verb of a teller whose name was set beside its noun. */
const TOLD_AFTER_NAME = new RegExp(String.raw`^,\s+${TELLER_VERB}\b`);
/**
 * ", the head of the electoral body, ": the teller's noun after the clause it tells, which its
 * name follows (not "Lee's lawyer, " opening the sentence, who tells of his own plan).
 */
const TELLER_NOUN_BEFORE = /,\s+(?:the|an?)\s+[^,;:"“”]{1,60},\s+$/;

/** ", a day after ", ", two weeks before ": a clause the news is measured from, up to a name. */
const MEASURED_CLAUSE_BEFORE =
  /,\s+(?:(?:a|an|one|two|three|four|five|six|seven|several|a\s+few|\d+)\s+)?(?:hours?|days?|weeks?|months?|years?)\s+(?:after|before)\s[^,;:]*$/;
/**
 * "'s ", "'s President ": a possessive and the titles before the name it owns; or a side's
 * player, named by the role after the side (" coach ", " captain ": "England coach Sarina
 * Wiegman").
 */
const OWNS_NAME =
  /^(?:['’]s\s+(?:\p{Lu}[\p{L}.-]*\s+){0,3}|\s+(?:head\s+|assistant\s+)?(?:coach|captain|goalkeeper|keeper|striker|forward|midfielder|defender|manager|skipper|winger|player)\s+)$/u;
const ASKED_BY_AFTER = new RegExp(String.raw`^['’]s\s+(?:own\s+)?(?:${ASKING})\b`);
const ASKED_BY_BEFORE = new RegExp(
  String.raw`\b(?:at|on)\s+the\s+(?:${ASKING})\s+of\s+(?:the\s+)?$`,
);
/** ", and said he would ": a plan the subject tells after another predicate of its own. */
const PLAN_TOLD_AFTER =
  /^[^;"“”]*?,?\s+and\s+(?:also\s+)?(?:said|says|announced|added)\s+(?:that\s+)?(?:he|she|it|they|we)\s+(?:would|will)\s/;
/** "detected by monitoring agencies in ": where what sensed an occurrence is. */
const SENSED_BY_BEFORE =
  /\b(?:detected|recorded|measured|registered|monitored|picked\s+up|felt|heard|seen)\s+by\s+[^,;.:"“”]{1,60}\s(?:in|at)\s+(?:the\s+)?$/;
/** " pop singer ", " retired accountant ": up to three words in lower case, a role's last. */
const ROLE_BEFORE_NAME = /^\s+(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+)\s+$/u;
/** "Thailand's acting Prime Minister": a word that narrows an office, between its owner and it. */
const OFFICE_MODIFIER = String.raw`(?:(?:acting|interim|former|caretaker|outgoing|incoming|new|then)\s+)?`;
/** A place name before a title or a body of people qualifies them: "U.S. President", "Seoul officials". */
const QUALIFIES = new RegExp(
  String.raw`^(?:['’]s)?\s+${OFFICE_MODIFIER}(?:President|Prime|Minister|Secretary|Foreign|Defen[cs]e|officials?|leaders?|government|forces|troops|embassy|envoys?|delegation|ambassador|military|army|navy|police|mainland|authorities|lawmakers|citizens|nationals|soldiers|markets?|economy|companies|firms)\b`,
  'i',
);

/** " Geological Survey", " Meteorological Agency": the rest of a public body's name. */
const AGENCY_AFTER =
  /^(?:\s+\p{Lu}[\p{L}'’-]*){0,3}\s+(?:Survey|Agency|Service|Guard|Administration|Institute|Cent(?:er|re)|Bureau|Commission|Authority|Office|Department|Ministry|Police)\b/u;
/**
 * "backed by ", "led by the ", "brokered by the United States, Egypt and ": who stands behind an
 * act, not where it happens (a host, "hosted by China", is where). (Each verb with either case
 * of its first letter: with the flag "i", the capitals of the names after it would match any
 * letter.)
 */
const AGENT_BEFORE = new RegExp(
  String.raw`\b(?:${eitherCase(['backed', 'led', 'supported', 'funded', 'financed', 'armed', 'sponsored', 'brokered', 'mediated', 'aided', 'condemned', 'criticised', 'criticized', 'blamed', 'accused'])})\s+by\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3},?\s+(?:and\s+)?(?:the\s+)?){0,5}$`,
  'u',
);

/**
 * A place's name as the text spells it ("Herat", not the gazetteer's "Herāt"), unless shouted
 * or only cased otherwise ("the Noto peninsula" is the Noto Peninsula).
 */
function asWritten(name: string, written = ''): string {
  return nameKey(written) === nameKey(name) &&
    written !== written.toUpperCase() &&
    written.toLowerCase() !== name.toLowerCase()
    ? written
    : name;
}

/**
 * "Monday's earthquake on the Noto" for a place written "Noto peninsula": a headline the cut
 * ended inside a place's name ends with the name whole.
 */
function completed(headline: string, place: string): string {
  const words = place.split(/\s+/);
  for (let k = words.length - 1; k > 0; k--)
    if (headline.endsWith(` ${words.slice(0, k).join(' ')}`))
      return `${headline} ${words.slice(k).join(' ')}`;
  return headline;
}

/** The word GeoNames adds for a kind of town: "Onagawa Chō", "Yeoju-si". */
const TOWN_WORD = /^(?:cho|machi|mura|shi|si|gun|eup|myeon)$/;

/**
 * A town the text only ever spells another way than the gazetteer ("Geneva", "Khan Younis",
 * "Rhodes" for GeoNames' Genève, Khān Yūnis and Ródos) goes by the text's spelling, as the
 * reader knows it; a dateline in capitals is title-cased. Another name altogether ("Canton"
 * for Guangzhou) and the names of countries and regions stay the gazetteer's, which say where
 * the pin is, but for the marks a text leaves off ("Quang Ninh" for Quảng Ninh).
 */
function displayName(entry: GazetteerEntry, mentions: Mention[]): string {
  if (entry.kind === 'country') return countryName(entry.name, mentions);
  if (entry.kind !== 'city' && entry.kind !== 'village') {
    // ("Quang Ninh" for GeoNames' Quảng Ninh: the same name without its marks.)
    return (
      mentions.map((m) => asWritten(entry.name, m.text)).find((n) => n !== entry.name) ?? entry.name
    );
  }
  const own = nameKey(entry.name);
  const exact = (m: Mention) => m.text.toLowerCase() === entry.name.toLowerCase();
  if (mentions.length === 0 || mentions.some(exact)) return entry.name;
  const first = mentions.find((m) => m.text !== m.text.toUpperCase()) ?? (mentions[0] as Mention);
  const written = first.text === first.text.toUpperCase() ? titleCase(first.text) : first.text;
  const key = nameKey(written);
  // ("Onagawa" for GeoNames' Onagawa Chō: the name without the word for its kind of town.)
  if (own.startsWith(`${key} `) && TOWN_WORD.test(own.slice(key.length + 1))) return written;
  // ("Rhodes", "Faizabad" for GeoNames' Ródos and Fyzābād: a spelling two letters apart.)
  return editDistance(key, own) <= Math.max(2, Math.floor(own.length / 4)) ? written : entry.name;
}

/**
 * A country whose gazetteer name the text never writes and writes with letters English does not
 * ("Türkiye") goes by the name the text gives it most ("Turkey"), unless that is initials.
 */
function countryName(name: string, mentions: Mention[]): string {
  if (/^[\p{ASCII}]*$/u.test(name) || mentions.some((m) => m.text === name)) return name;
  const counts = new Map<string, number>();
  for (const m of mentions)
    if (/^\p{Lu}\p{Ll}{3,}(?: \p{Lu}?\p{Ll}+)*$/u.test(m.text))
      counts.set(m.text, (counts.get(m.text) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? name;
}

/** Levenshtein distance, two rows at a time (names are short). */
function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next.push(
        Math.min(
          (row[j] as number) + 1,
          (next[j - 1] as number) + 1,
          (row[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
        ),
      );
    row = next;
  }
  return row[b.length] as number;
}

/** "north of the city of Herat": the kind of place before its name. */
const TOWN_OF = String.raw`(?:${PLACE_NOUN})\s+of\s+`;
/** "Prefecture", "Province": the word an area's gazetteer name ends with after its own name. */
const AREA_WORD = /^(?:Prefecture|Province|District|County|Region|Governorate|Oblast|State)$/;

/** The names of a list that come before one of them: "the United States, China and ". */
const NAMES_BEFORE = String.raw`(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*,\s+(?:the\s+)?)*(?:\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*,?\s+and\s+(?:the\s+)?)?$`;

/** "Prosecutors have seven days to appeal, and ": a plural noun opening a clause, before "and". */
const PLURAL_OPENING = new RegExp(
  String.raw`^(The\s+\p{L}\p{Ll}+s|\p{Lu}\p{Ll}+s|Police)\s+(?:\p{Ll}+ly\s+)?(?:have|had|are|were|will|would|said|say|\p{Ll}+ed|${IRREGULAR_PASTS})\b[^.;:"“”]*,\s+and\s+$`,
  'u',
);

/** A sentence that opens with an occurrence: "Sudan's war", "A cholera outbreak", "The storm". */
const OCCURRENCE_SUBJECT = new RegExp(
  String.raw`^(?:(?:\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?['’]s|The|A|An)\s+)(?:[\p{Ll}-]+\s+){0,2}?(?:${OCCURRENCE_NOUNS})(?=\s+(?:\p{Ll}+ly\s+)?(?:has|have|had|was|were|is|\p{Ll}+ed|hit|spread|${IRREGULAR_PASTS})\b)`,
  'u',
);

/**
 * "The capsule is", "The new rocket will", "The regional government said": a thing a sentence
 * opens with, and its auxiliary or its telling ("It said it would send the results").
 */
const THING_SUBJECT =
  /^The\s+(?:[\p{Ll}-]+\s+)?[\p{Ll}-]+(?=\s+(?:is|was|will|has|had|said|says)\b)/u;
/** "Flight AI171 was", "Chandrayaan-3 is": a name with a number in it, a craft's or a model's. */
const NUMBERED_SUBJECT =
  /^(?:The\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,2}[\p{Lu}\p{N}][\p{L}\p{N}-]*\d[\p{L}\p{N}-]*(?=\s+(?:is|was|will|has|had)\b)/u;

/** The word that opens a subordinate clause: "since", "after", "when", "which". */
const SUBORDINATE_BEFORE = new RegExp(
  String.raw`\b(?:${SUBORDINATORS}|while|as|which|who|that)\s+$`,
  'i',
);

/**
 * "talks between", "a war between": an occurrence that two sides have with each other (not "a
 * rail line between Madrid and Valencia", which runs through both).
 */
const BETWEEN_SIDES = eitherCase(
  'talks|meetings?|summit|negotiations|dialogue|war|fighting|clashes|conflict|hostilities|tensions|rivalry|dispute|match|game|final|deal|agreement|accord|ceasefire|truce|exchange|swap|trade'.split(
    '|',
  ),
);
/**
 * "talks with Washington", "a war against Russia", "diplomacy with the United States, China
 * and Japan", "talks between the United States and Iran", "beat defending champion France",
 * "will meet Germany in the semi-final", "called on China": the other side of an occurrence (or
 * each of a list of them), not its site.
 */
const COUNTERPART_BEFORE = new RegExp(
  String.raw`\b(?:(?<!\b(?:${BORDER})\s)[Ww]ith|[Aa]gainst|(?:${BETWEEN_SIDES})\s+between|beat|beats|defeat(?:s|ed)?|(?:will|to|would)\s+(?:play|meet|face)|edged|thrashed|routed|eliminated|knocked\s+out|called\s+on|urged|warned|accused|condemned|criticised|criticized|sanctioned)\s+(?:(?:defending|reigning|world|former|arch-?)?\s*(?:champions?|hosts?|rivals?)\s+)?${NAMES_BEFORE}`,
  'u',
);
/**
 * "U.S. President", "North Carolina Governor", "North Korea's leader Kim": an office the place
 * before it holds.
 */
const OFFICE_AFTER = new RegExp(
  String.raw`^(?:['’]s)?\s+${OFFICE_MODIFIER}(?:(?:leader|president|prime\s+minister)(?=\s+\p{Lu})|(?:Vice\s+)?President|Prime\s+Minister|(?:\p{Lu}\p{Ll}+\s+){1,2}(?:Minister|Secretary)|Governor|Mayor|Chancellor|Senator|Secretary\s+of\s+State|King|Queen|Supreme\s+Leader|Crown\s+Prince|Emir|[Aa]mbassador|[Ee]nvoy)\b`,
  'u',
);

/**
 * "he said", "she called": a pronoun and a verb of speech, or of calling something a name (or
 * such a verb after "and", sharing the pronoun: "She has ignored orders and called").
 */
const PRONOUN_SPEAKS = new RegExp(
  String.raw`\b(he|she)\s+(?:[^,;.!?"“”]{1,80}?\sand\s+)?(?:${SPEECH_VERB}|called|calls|described|describes|declared|vowed|urged)\b`,
  'i',
);

/** " and South Korean ": another people's word that shares the noun after both. */
const AND_OTHER_PEOPLE = String.raw`(?:and\s+\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)?\s+)?`;
/** One of `nouns` right after a place's name, past another people's word and a modifier. */
const belongingAfter = (nouns: string) =>
  new RegExp(String.raw`^\s+${AND_OTHER_PEOPLE}(?:[\p{Ll}-]+\s+)?(?:${nouns})\b`, 'u');
/**
 * "a sitting U.S. president", "U.S. first lady Jill Biden", "the Bangladesh cricket team", "U.S.
 * and South Korean troops": people who belong to the place before them, which is not where they
 * act.
 */
const MEMBERS_AFTER = belongingAfter(
  String.raw`president|leader|prime\s+minister|first\s+lady|team|squad|troops|soldiers|forces|officials|diplomats|delegation|envoys?|negotiators|players|athletes|coach|captain`,
);
/** "U.S. jets fired", "flown by U.S. military helicopter": whose craft, not where they were. */
const CRAFT_AFTER = belongingAfter(
  'jets?|planes?|aircraft|warplanes?|bombers?|fighters?|helicopters?|drones?|warships?|vessels?|submarines?|carriers?|destroyers?|frigates?|tanks?',
);

/** "tariffs on U.S. coal", "Chinese steel": goods a place makes, which are not where they go. */
const GOODS_AFTER =
  /^\s+(?:goods|products|exports|imports|coal|oil|gas|crude|steel|aluminium|aluminum|cars|vehicles|beef|pork|soybeans|chips|semiconductors|wine|whisky|grain|wheat|rice)\b/i;
/**
 * "over Tehran's nuclear program", "Russia's oil exports", "Russia's Luna-25 probe crashed into
 * the moon", "Russia's Luna-25 crashed", "India's team won in Barbados": a place that owns a
 * plan, a policy or a trade is what an occurrence is about, and one that sends a craft, a
 * mission or a side is whose they are: neither is where the occurrence is.
 */
const OWNS_AFTER =
  /^['’]s?\s+(?:\p{Lu}[\p{L}'’]*-\d{1,3}\b(?![-‐])|(?:[\p{L}\d-]+\s+){0,2}(?:program|programme|plans?|polic(?:y|ies)|ambitions|stance|position|demands|proposals?|claims?|exports|imports|debts?|economy|budget|future|sovereignty|spacecraft|probes?|landers?|rovers?|rockets?|satellites?|missions?|attempts?|astronauts?|teams?|squads?))\b/u;
/**
 * "alongside the presidents of Brazil, Argentina and Uruguay": a place (or a list of them)
 * that an office belongs to, not where the occurrence is.
 */
const OFFICE_OF = new RegExp(
  String.raw`\b(?:[Pp]residents?|[Ll]eaders?|[Mm]ayors?|[Gg]overnors?|(?:[Pp]rime\s+|[Ff]oreign\s+|[Dd]efen[cs]e\s+)?[Mm]inisters?|[Hh]eads?\s+of\s+state|[Kk]ings?|[Qq]ueens?|[Aa]mbassadors?|[Ee]nvoys?|[Gg]overnments?|citizens|nationals|representatives|delegations?)\s+of\s+${NAMES_BEFORE}`,
  'u',
);

export type { Gazetteer, GazetteerEntry } from './gazetteer/gazetteer.ts';
export { gazetteerFrom, nameKey } from './gazetteer/gazetteer.ts';

export interface ParseOptions {
  /** Publication date, YYYY-MM-DD: the reference for "next month" or "Monday". */
  published?: string | null;
  /** Names to places; without one, no place is resolved. */
  gazetteer?: Gazetteer;
  /**
   * Common given names ("Janet", "David"): a capitalised run that opens with one is a person.
   * Without them, people are found by titles, roles and speech verbs only.
   */
  givenNames?: ReadonlySet<string>;
  /**
   * Given names that are a woman's or a man's ("Claudia", "Andrés"): "She" is not a man named
   * before her. Without them, "He" and "She" are whoever the text names last.
   */
  givenNameGenders?: ReadonlyMap<string, 'female' | 'male'>;
  slug?: string;
  source?: string | null;
  language?: string;
}

const SPAN_ORDER = (a: TextSpan, b: TextSpan) => a.start - b.start || a.end - b.end;

/** Marks spans taken by one extractor so the next one does not claim them again. */
function spanMask(length: number) {
  const mask = new Uint8Array(length + 1);
  return {
    add(s: TextSpan) {
      mask.fill(1, s.start, s.end);
    },
    hits(start: number, end: number) {
      for (let i = start; i < end; i++) if (mask[i]) return true;
      return false;
    },
  };
}

/** "the president", "the 69-year-old pope": a source that is a role's noun after "the". */
const ROLE_SOURCE = /^the\s+(?:[\p{Ll}\d-]+\s+){0,2}(\p{Ll}+)$/u;

/** "A protege of ..., ", "Like ..., ": a phrase put before a sentence's subject. */
const FRONTED_PHRASE =
  /^(?:An?|The|Like|Unlike|As|After|Before|Since|While|Despite|Following|Under)\s[^,.;:!?"“”\n]{1,100},\s+/u;

/**
 * Parses an article into a story. Never throws on odd text: empty, binary or marked-up input
 * gives a valid, possibly empty story whose spans all lie inside the text.
 * @throws only when `published` is given and is not a real YYYY-MM-DD date.
 */
export function parseArticle(text: string, options: ParseOptions = {}): Story {
  const published = options.published ?? null;
  const ref = published ? parseIsoDay(published) : null;
  if (published && !ref)
    throw new Error(`published must be a real date as YYYY-MM-DD, got "${published}"`);
  const gazetteer = options.gazetteer ?? emptyGazetteer;
  const seg = segment(text);
  const sentences: TextSpan[] = [
    ...(seg.title ? [seg.title] : []),
    ...seg.paragraphs.flatMap((p) => p.sentences),
  ];

  const timexId = idMaker();
  const found: Timex[] = sentences.flatMap((s) =>
    findTimexes(text.slice(s.start, s.end), s.start, ref).map((t) => ({
      id: timexId(`t-${slugify(text.slice(t.start, t.end), 4)}`),
      start: t.start,
      end: t.end,
      text: text.slice(t.start, t.end),
      type: t.type,
      value: t.value,
      ...(t.mod ? { mod: t.mod } : {}),
    })),
  );

  // Where the text quotes someone, roughly (a mark and its partner within a paragraph).
  const quotedSpans = [...text.matchAll(/“[^”\n]*”|"[^"\n]*"/g)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
  // (The spans do not overlap and come in order: the last one opening before `at` decides.)
  const quoted = (at: number) => {
    const q = quotedSpans[firstStartingFrom(quotedSpans, at) - 1];
    return !!q && at < q.end;
  };

  const timexes = resolveThatPeriod(
    anchorToLastDay(resolveFocus(found, ref, text), ref, text, sentences, quoted),
  );

  const taken = spanMask(text.length);
  const personCandidates = findPeople(text, sentences, gazetteer, options.givenNames);
  for (const p of personCandidates) for (const m of p.mentions) taken.add(m);
  const placeCandidates = findPlaces(
    text,
    sentences,
    gazetteer,
    (s, e) => taken.hits(s, e),
    options.givenNames,
  );

  // One namespace: an event headed "North Korea" must not take the place's id.
  const entityId = idMaker();
  const people: Person[] = personCandidates.map((p) => ({
    id: entityId(`person-${slugify(p.name)}`),
    name: p.name,
    role: p.role,
    aliases: [...p.aliases],
    mentions: p.mentions.sort(SPAN_ORDER),
  }));
  const places: Place[] = placeCandidates
    .map((p) => ({
      id: entityId(slugify(p.entry.name)),
      name: displayName(p.entry, p.mentions),
      kind: p.entry.kind,
      lat: p.entry.lat,
      lon: p.entry.lon,
      country: p.entry.country,
      source: p.entry.source,
      aliases: [...p.aliases],
      mentions: p.mentions.sort(SPAN_ORDER),
      demonyms: p.demonyms.sort(SPAN_ORDER),
      descriptions: p.descriptions.sort(SPAN_ORDER),
    }))
    .sort(
      (a, b) =>
        (a.mentions[0]?.start ?? a.demonyms[0]?.start ?? a.descriptions[0]?.start ?? 0) -
        (b.mentions[0]?.start ?? b.demonyms[0]?.start ?? b.descriptions[0]?.start ?? 0),
    );

  // The people mentioned in a range, in text order; "Yoon's spokesperson" is not Yoon speaking.
  const personAtSpan = (start: number, end: number) =>
    people
      .flatMap((p, i) =>
        p.mentions
          .filter(
            (m) =>
              m.start >= start && m.end <= end && !/^['’]s\b/.test(text.slice(m.end, m.end + 3)),
          )
          .map((m) => ({ i, at: m.start })),
      )
      .sort((a, b) => a.at - b.at);
  const bodySentences = seg.paragraphs.flatMap((p) => p.sentences);
  const quoteCandidates = findQuotes(text, seg.paragraphs, (s, e) => {
    // The people mentioned in a range, latest last; a pronoun falls back to the latest person before.
    const found = personAtSpan(s, e);
    if (found.length) return found.map((x) => x.i);
    // ('On Saturday he called the attacks "an act of war"': or the words he calls something.)
    const pronoun = PRONOUN_SPEAKS.exec(text.slice(s, e));
    if (!pronoun) return [];
    // ('"Olaf Scholz has failed us," he said': not a name the quotation itself holds.)
    let before = personAtSpan(0, s).filter((x) => !quoted(x.at));
    const itself = new RegExp(`\\b${pronoun[1]}\\b`, 'i');
    for (let tries = 0; tries < 3; tries++) {
      const last = before.at(-1);
      if (!last) return [];
      // ("The army chief said he would meet President Shahabuddin. ... '...,' he said": the
      // subject of the sentence that names someone last, not the last name in it.)
      const sentence = bodySentences[firstStartingFrom(bodySentences, last.at + 1) - 1];
      const from = sentence?.start ?? 0;
      // ("Pompeo will meet them next week, Trump said. He added": the teller at its end, who
      // spoke last, goes on.)
      const tellerAt = sentence
        ? TOLD_BY_END.exec(text.slice(from, sentence.end).replace(/[\s.!?"”’]+$/, ''))?.index
        : undefined;
      const subject =
        (tellerAt === undefined ? undefined : before.findLast((x) => x.at >= from + tellerAt)) ??
        before.find((x) => x.at >= from) ??
        last;
      // ('he said he would step down. In a post, he gave his support to Harris. "…," he
      // wrote': a sentence the same pronoun is the subject of goes on with the one before.)
      if (!sentence || !itself.test(text.slice(from, subject.at))) return [subject.i];
      before = before.filter((x) => x.at < from);
    }
    return [];
  });
  // Mentions by start, so the ones inside a span are found by binary search: an event merged
  // from thousands of sentences must not scan every mention once per sentence.
  const byStart = (list: Array<{ id: string; m: Mention }>) =>
    list.map((x) => ({ ...x, start: x.m.start })).sort((a, b) => a.start - b.start);
  const personMentions = byStart(people.flatMap((p) => p.mentions.map((m) => ({ id: p.id, m }))));
  const holderOf = (source: string, before: number): string | null => {
    // ('"You have stolen my dreams," the 16-year-old told the summit': an age alone is the
    // person named last, a paragraph or so before.)
    // ('"Today I'm a legend," the Brazilian forward said': so is a people's word and a noun
    // that is no role or person's noun of its own, "the Russian president" being whoever holds
    // the office.)
    const folk = /^the\s+((?:\p{Lu}[\p{L}-]*\s+){1,2})(\p{Ll}+)$/u.exec(source);
    if (
      /^the\s+\d{1,3}-year-old$/.test(source) ||
      (!!folk &&
        !personNoun(folk[2] ?? '') &&
        gazetteer.nationality(nameKey((folk[1] ?? '').trim())))
    ) {
      const last = personMentions[firstStartingFrom(personMentions, before) - 1];
      return last && before - last.m.end < 600 ? last.id : null;
    }
    const noun = ROLE_SOURCE.exec(source)?.[1]?.toLowerCase();
    if (!noun) return null;
    const holders = people.filter(
      (p) =>
        p.role?.toLowerCase().split(/\s+/).at(-1) === noun &&
        p.mentions.some((m) => m.start < before),
    );
    return holders.length === 1 ? (holders[0]?.id ?? null) : null;
  };
  const quotes: Quote[] = [];
  for (const q of quoteCandidates) {
    const previous = quotes.at(-1);
    const speaker =
      q.speakerAt !== null
        ? (people[q.speakerAt]?.id ?? null)
        : q.continues && previous
          ? previous.speaker
          : null;
    const told =
      speaker === null ? (q.source ?? (q.continues ? previous?.source : null) ?? null) : null;
    // ('"The church must be a beacon," the 69-year-old pope said': the one person named before
    // whose role ends in that noun.)
    const byRole = told ? holderOf(told, q.start) : null;
    const source = byRole ? null : told;
    quotes.push({
      id: entityId(`quote-${slugify(q.text, 4)}`),
      speaker: speaker ?? byRole,
      source,
      text: q.text,
      start: q.start,
      end: q.end,
    });
  }

  // ("marched through the South Korean capital" is in Seoul.)
  const placeMentions = byStart(
    places.flatMap((p) => [...p.mentions, ...p.descriptions].map((m) => ({ id: p.id, m }))),
  );
  // ("Russian forces launched": a people's word that acts for its state, no site of what it does.)
  const actingDemonyms = byStart(
    places.flatMap((p) => p.demonyms.filter((m) => m.actor).map((m) => ({ id: p.id, m }))),
  );
  const within = <T extends { start: number; m: Mention }>(list: T[], s: TextSpan): T[] => {
    const out: T[] = [];
    for (let i = firstStartingFrom(list, s.start); i < list.length; i++) {
      const x = list[i] as T;
      if (x.start >= s.end) break;
      if (x.m.end <= s.end) out.push(x);
    }
    return out;
  };
  // "It" opening a headline that opens its sentence: the occurrence the sentence before opens
  // with ("Sudan's war broke out in April 2023. It has killed tens of thousands" is the war's).
  const occurrenceBefore = (headline: string, sentenceStart: number) => {
    if (!/^It\s/.test(headline) || !/^It\s/.test(text.slice(sentenceStart, sentenceStart + 3)))
      return null;
    const previous = bodySentences[firstStartingFrom(bodySentences, sentenceStart) - 1];
    if (!previous || previous.end > sentenceStart) return null;
    // ("The quake hit at 11:15 p.m., the agency said. It lifted the warnings": the teller.)
    const told = text.slice(previous.start, previous.end);
    if (REPORTING.test(told.slice(told.lastIndexOf(',') + 1).trim())) return null;
    // ("The capsule is due to reach the moon on Monday ... It is scheduled to splash down": a
    // thing the sentence before opens with, before its auxiliary.)
    const subject =
      OCCURRENCE_SUBJECT.exec(told) ?? THING_SUBJECT.exec(told) ?? NUMBERED_SUBJECT.exec(told);
    return subject?.[0].replace(/^(?:A|An)\s/, 'The ') ?? null;
  };
  // "They" opening a headline after ", and": the plural noun that opens the sentence and its
  // first clause ("Prosecutors have seven days to appeal, and they said they would review").
  const pluralBefore = (headline: string, clauseStart: number) => {
    if (!/^They\s/.test(headline)) return null;
    const sentence = bodySentences[firstStartingFrom(bodySentences, clauseStart + 1) - 1];
    if (!sentence || sentence.end <= clauseStart) return null;
    return PLURAL_OPENING.exec(text.slice(sentence.start, clauseStart))?.[1] ?? null;
  };
  // "He" or "She" opening a headline: the subject of the last sentence that names someone, its
  // first person ("Biden announced ... He said he would address the nation" is Biden's plan;
  // "Ishiba will replace Kishida, who ... He is expected to be elected" is Ishiba), unless the
  // given name says otherwise ("succeeding her mentor, President Andrés Manuel López Obrador.
  // She has promised" is the woman named before) or the name owns the subject ("Kim's
  // daughter").
  const genderOf = (id: string) => {
    const person = people.find((p) => p.id === id);
    return (
      options.givenNameGenders?.get(person?.name.split(' ')[0] ?? '') ??
      roleGender(person?.role ?? null)
    );
  };
  const pronounedPerson = (
    headline: string,
    clauseStart: number,
    depth = 0,
  ): (typeof personMentions)[number] | undefined => {
    // ("urged him to step aside": and the one others urge, "Him to step aside".)
    const pronoun = /^(He|She|Him|Her(?=\s+to\s))\s/.exec(headline)?.[1];
    if (!pronoun) return undefined;
    const unlike = pronoun === 'She' || pronoun === 'Her' ? 'male' : 'female';
    // ("He shared the prize with F.W. de Klerk in 1993 and was elected president": a later
    // predicate's pronoun stands where its subject does, before the names after it.)
    const ownAt = firstStartingFrom(bodySentences, clauseStart + 1) - 1;
    const own = bodySentences[ownAt];
    const written = new RegExp(`^\\s*${pronoun}\\b`, 'i').test(
      text.slice(clauseStart, clauseStart + 8),
    );
    const carried =
      !written && own
        ? [...text.slice(own.start, clauseStart).matchAll(new RegExp(`\\b${pronoun}\\b`, 'gi'))].at(
            -1,
          )
        : undefined;
    // ("He signed a treaty with Ronald Reagan in 1987. He received the Nobel Peace Prize": where
    // the sentence before opens with the same pronoun and none is named since, the pronoun goes
    // on with that one's subject, not with the names in its predicate; "As president he",
    // "After leaving office, he": a phrase put before the pronoun, if it names no one.)
    const before = bodySentences[ownAt - 1];
    const opensWith =
      own && before && depth < 3
        ? new RegExp(
            `^\\s*(?:[^,.;:!?"“”\\n]{1,60}?,\\s+|(?:As|In|At|By|After|Before|Since|During|While)\\s[^,.;:!?"“”\\n]{0,40}?)?[${pronoun[0]}${pronoun[0]?.toLowerCase()}]${pronoun.slice(1)}\\s`,
            'u',
          ).exec(text.slice(before.start, before.start + 80))
        : null;
    if (
      own &&
      before &&
      opensWith &&
      firstStartingFrom(personMentions, before.start) ===
        firstStartingFrom(personMentions, before.start + opensWith[0].length) &&
      firstStartingFrom(personMentions, own.start) ===
        firstStartingFrom(personMentions, clauseStart)
    )
      return pronounedPerson(headline, before.start, depth + 1);
    // ("Kim Jong Il succeeded his father, Kim Il Sung, after he died in 1994": who leaves or
    // dies after being succeeded is the one succeeded, not the successor.)
    const succeeded =
      own && written
        ? SUCCEEDED_THEN.exec(text.slice(Math.max(own.start, clauseStart - 200), clauseStart))
        : null;
    if (succeeded) {
      const from = clauseStart - succeeded[0].length + succeeded[0].indexOf(succeeded[1] ?? '');
      const x = personMentions[firstStartingFrom(personMentions, from)];
      if (x && x.m.start < clauseStart && genderOf(x.id) !== unlike) return x;
    }
    let last =
      firstStartingFrom(personMentions, carried && own ? own.start + carried.index : clauseStart) -
      1;
    for (let tries = 0; last >= 0 && tries < 3; tries++) {
      const at = personMentions[last] as (typeof personMentions)[number];
      // ("Abe said ... The president arrived from Ise-Shima, where he attended a summit. He flew
      // back to Washington": an office that opens a sentence since is who the pronoun is; the
      // one person the story gives that office, or no one.)
      const since = bodySentences.slice(
        firstStartingFrom(bodySentences, at.start + 1),
        firstStartingFrom(bodySentences, clauseStart + 1),
      );
      const office = since
        .map((b) => OFFICE_SUBJECT.exec(text.slice(b.start, Math.min(b.end, clauseStart)))?.[1])
        .findLast(Boolean);
      if (office) {
        const holders = people.filter((p) => new RegExp(`\\b${office}\\b`, 'i').test(p.role ?? ''));
        const holder = holders.length === 1 ? holders[0] : undefined;
        return holder
          ? personMentions.findLast((x) => x.id === holder.id && x.m.start < clauseStart)
          : undefined;
      }
      const sentence = bodySentences[firstStartingFrom(bodySentences, at.start + 1) - 1];
      const first = sentence ? firstStartingFrom(personMentions, sentence.start) : last;
      // ("A protege of the late President Ana Soto, Ruiz is a hard-liner. She was elected": a
      // person in a phrase put before the subject is not who the pronoun is, where the subject
      // after it is someone.)
      const fronted = sentence
        ? FRONTED_PHRASE.exec(text.slice(sentence.start, sentence.end))
        : null;
      const subjectAt =
        sentence && fronted
          ? firstStartingFrom(personMentions, sentence.start + fronted[0].length)
          : -1;
      const skip =
        fronted &&
        sentence &&
        subjectAt <= last &&
        personMentions[subjectAt]?.m.start === sentence.start + fronted[0].length
          ? subjectAt
          : first;
      const fits: Array<(typeof personMentions)[number]> = [];
      for (let i = skip; i <= last; i++) {
        const x = personMentions[i] as (typeof personMentions)[number];
        // ("Kim Jong Un's daughter ... when she accompanied him": an owner of a person is not
        // who "she" is; "Lee's second trip to Japan since he took office" is Lee's.)
        const owned = /^['’]s((?:\s+[\p{L}-]+){1,3})/u.exec(text.slice(x.m.end, x.m.end + 40));
        const owner = !!owned && (owned[1] ?? '').trim().split(/\s+/).some(personNoun);
        if (genderOf(x.id) !== unlike && !owner) fits.push(x);
      }
      // ("Prosecutor Min's team accuses Kim, the ex-first lady, of ... She is also accused": one
      // the given name or the role says is of the pronoun's sex goes before an owner of the
      // subject left open.)
      const head = fits[0];
      const ownsSubject =
        !!head &&
        genderOf(head.id) === undefined &&
        /^['’]s\s/.test(text.slice(head.m.end, head.m.end + 3));
      const found = ownsSubject ? (fits.find((x) => genderOf(x.id) !== undefined) ?? head) : head;
      if (found) return found;
      last = first - 1;
    }
    return undefined;
  };
  // 'Trump called the strikes "a shame" and said he hoped': a "he" that opens a headline and
  // what someone in its scope said is that speaker, the person named last before the saying
  // ("told Kim he would" is the teller's, not Kim's), if the given name allows.
  const reportedBy = (headline: string, scope: TextSpan) => {
    const [pronoun, next] = headline.split(' ');
    if (!pronoun || !next || !/^(?:He|She)$/.test(pronoun)) return undefined;
    const said = new RegExp(
      `${REPORTED_SPEECH.source}${pronoun}\\s+${next.replace(/[^\p{L}\p{N}]/gu, '')}\\b`,
      'iu',
    ).exec(text.slice(scope.start, scope.end));
    if (!said) return undefined;
    const verbAt = scope.start + said.index;
    const speaker = personMentions[firstStartingFrom(personMentions, verbAt) - 1];
    const unlike = pronoun === 'She' ? 'male' : 'female';
    return speaker && speaker.start >= scope.start && genderOf(speaker.id) !== unlike
      ? speaker
      : undefined;
  };
  // "Astronauts Butch Wilmore and Suni Williams will remain ..., when they are scheduled to
  // return": "They" opening a headline is the two people the sentence or the one before names
  // with "and", as written.
  // ("Trump and North Korean leader Kim Jong Un signed ... The two men shook hands", "Moon
  // spoke with Trump, and the two leaders agreed": "The two men" are the first two people
  // named there, whatever joins them.)
  const pairedPeople = (headline: string, clauseStart: number) => {
    const two = PAIR_OPENING.test(headline);
    if (!two && !/^They\s/.test(headline)) return undefined;
    const sentence = firstStartingFrom(bodySentences, clauseStart + 1) - 1;
    const from = bodySentences[Math.max(0, sentence - 1)]?.start ?? 0;
    const end = firstStartingFrom(personMentions, clauseStart);
    if (two) {
      // (The first two the sentence names, or else the sentence before: "Kim held his first
      // summit with Putin ... after his meeting with Trump ended. The two leaders met".)
      const own = bodySentences[sentence]?.start ?? from;
      for (const start of [own, from]) {
        const named = personMentions.slice(firstStartingFrom(personMentions, start), end);
        const b = named.find((x) => x.id !== named[0]?.id);
        if (named[0] && b) return [named[0], b] as const;
      }
      return undefined;
    }
    for (let i = end - 1; i > 0; i--) {
      const [a, b] = [personMentions[i - 1], personMentions[i]];
      if (!a || !b || a.m.start < from) break;
      if (a.id !== b.id && /^\s+and\s+$/.test(text.slice(a.m.end, b.m.start)))
        return [a, b] as const;
    }
    return undefined;
  };
  // ("... will be held in the United States": the article the text gives the name.)
  // (Not "the Pyongyang area", "the North's third".)
  const theBefore = (x?: { m: Mention }) =>
    x &&
    /\bthe\s+$/.test(text.slice(Math.max(0, x.m.start - 4), x.m.start)) &&
    !/^(?:['’]s|\s+(?!(?:in|on|at|to|and|or|for|from|by|with|of|as|since|until|before|after|during|later|earlier|next|last|this|over|amid|but|while|when|where|which|who)\b)\p{Ll})/u.test(
      text.slice(x.m.end, x.m.end + 8),
    )
      ? 'the '
      : '';
  // The words before the list a place mention ends, its article included ("aid flights from
  // | Turkey and the United Arab Emirates").
  const beforeList = (m: Mention, width: number) => {
    const the = /\bthe\s+$/i.exec(text.slice(Math.max(0, m.start - 4), m.start))?.[0].length ?? 0;
    const head = listStartOf(text, { start: m.start - the, end: m.end });
    return text.slice(Math.max(0, head - width), head);
  };
  // ("Italy's Jasmine Paolini", "Spain's Aitana Bonmati", "England coach Sarina Wiegman": a
  // place that owns a person named right after it; not "Thailand's parliament elected
  // Paetongtarn".)
  const ownsPerson = (m: Mention) => {
    const next = personMentions[firstStartingFrom(personMentions, m.end)];
    return !!next && next.m.start - m.end < 48 && OWNS_NAME.test(text.slice(m.end, next.m.start));
  };
  // ("Cardinal Jorge Mario Bergoglio of Argentina was elected pope": where a person named right
  // before it comes from, not where the occurrence is.)
  const describesPerson = (m: Mention) => {
    const next = personMentions[firstStartingFrom(personMentions, m.end)];
    // (Only a name close after it: no slice to a far name for every place.)
    const gap =
      next && next.m.start - m.end <= 60
        ? ROLE_BEFORE_NAME.exec(text.slice(m.end, next.m.start))
        : null;
    return !!gap && personNoun(gap[1] ?? '');
  };
  const personsOwn = (m: Mention) => {
    const prev = personMentions[firstStartingFrom(personMentions, m.start) - 1];
    return !!prev && /^\s+of\s+(?:the\s+)?$/.test(text.slice(prev.m.end, m.start));
  };
  // Where a flight comes from or goes, each of a list after it, and the areas that qualify it
  // ("flying from Baku to Grozny in Russia's Chechnya region": nor Russia nor Chechnya).
  // (Read once per mention, each event that holds it asking again; a reading cut short by the
  // depth is not kept.)
  const awayAt = new Map<Mention, boolean>();
  const away = (m: Mention, depth = 0): boolean => {
    const known = depth === 0 ? awayAt.get(m) : undefined;
    if (known !== undefined) return known;
    const prev = placeMentions[firstStartingFrom(placeMentions, m.start) - 1];
    const found =
      ELSEWHERE_BEFORE.test(beforeList(m, 90)) ||
      (ASKED_BEFORE.test(beforeList(m, 30)) && /^\s+to\s/.test(text.slice(m.end, m.end + 4))) ||
      (depth < 3 &&
        !!prev &&
        (QUALIFIER_GAP.test(text.slice(prev.m.end, m.start)) ||
          NAME_THEN_AND.test(text.slice(prev.m.end, m.start))) &&
        away(prev.m, depth + 1));
    if (depth === 0) awayAt.set(m, found);
    return found;
  };
  const events: StoryEvent[] = findEvents(
    text,
    bodySentences,
    timexes,
    published,
    quoteCandidates,
  ).flatMap((e) => {
    // ("signed an agreement with the Osaka-based Japan Innovation Party": where the other side
    // is based does not act with it.)
    const counterpart = (x: { m: Mention }) =>
      COUNTERPART_BEFORE.test(text.slice(Math.max(0, x.m.start - 120), x.m.start)) &&
      !/^[-‐](?:based|headquartered|registered|flagged)\b/.test(text.slice(x.m.end, x.m.end + 16));
    // ("North Carolina Governor Roy Cooper welcomed it": whose governor acts, not where.)
    const officeHolder = (x: { m: Mention }) =>
      OFFICE_AFTER.test(text.slice(x.m.end, x.m.end + 30));
    const ofOffice = (x: { m: Mention }) =>
      OFFICE_OF.test(text.slice(Math.max(0, x.m.start - 120), x.m.start));
    // ("Choi, who took over from Han two days earlier, declared ...", "Kim Yo Jong, the sister
    // of leader Kim Jong Un, warned": who an aside about the subject names does not act.)
    // (Not who leads the subject, ", led by Gen. Mohammed Hamdan Dagalo,": they act with it.)
    const asides = [...text.slice(e.evidence.start, e.evidence.end).matchAll(SUBJECT_ASIDE)]
      .filter((m) => !/^,\s*(?:\p{Ll}+ly\s+)?\p{Ll}+\s+by\s/u.test(m[0]))
      .map((m) => ({
        start: e.evidence.start + m.index,
        end: e.evidence.start + m.index + m[0].length,
        // (and one that says where the subject lies: "Indonesia, which lies on the Pacific's
        // Ring of Fire, was hit by a series of quakes on Lombok".)
        // (and a noun set beside the subject with its "who" or "whose": "Goodall, the
        // primatologist whose research in Tanzania changed science, has died", not in
        // Tanzania; "Lee, a liberal who had been critical of Japan, will fly to Washington".)
        who: /^,\s*(?:who|born\b|which\s+(?:lies|sits|borders|is\s+(?:located|situated))|(?:the|an?)\s[^,;]*\s(?:who|whose)\s)/.test(
          m[0],
        ),
        born: /^,\s*born\b/.test(m[0]),
        // ("Lula, who was visiting Araraquara, ordered": an aside that says where the subject
        // was, which alone places what it did; not "who was one of the architects of the
        // invasion of Iraq".)
        there:
          /^,\s*who\s+(?:(?:was|were|is|are|had\s+been|has\s+been)\s+(?:\p{Ll}+ing|in|at|on|staying|visiting)\b|\p{Ll}+ing\b)/u.test(
            m[0],
          ),
      }));
    const aside = (x: { m: Mention }, who = false) =>
      asides.some((a) => (a.who || !who) && a.start <= x.m.start && x.m.end <= a.end);
    const inScope = e.scopes.flatMap((s) => within(placeMentions, s));
    // ("Before reaching Vietnam, Yagi killed 21 people in the Philippines": not in Vietnam; "Biden,
    // who postponed a trip to Germany, will visit Florida": not in Germany.)
    // (Where the clause names no other place, a "who" aside's is where its subject was when it
    // acted, "Lula, who was visiting Araraquara, ordered"; not where a plan will be, "Biden,
    // who is recovering at his home in Rehoboth Beach, said he would address the nation".)
    const elsewhere = (x: { m: Mention }) =>
      (!!e.setting && e.setting.start <= x.m.start && x.m.end <= e.setting.end) || aside(x, true);
    const ahead = e.status === 'scheduled' || e.status === 'proposed';
    const measuredAway = (m: Mention) =>
      MEASURED_AWAY_BEFORE.test(text.slice(Math.max(0, m.start - 60), m.start));
    const located = (
      inScope.some((x) => !elsewhere(x))
        ? inScope.filter((x) => !elsewhere(x))
        : ahead
          ? inScope.filter((x) => !aside(x, true))
          : inScope.filter(
              (x) =>
                !asides.some(
                  (a) =>
                    a.who &&
                    !a.there &&
                    a.start <= x.m.start &&
                    x.m.end <= a.end &&
                    // (Unless the aside's is the occurrence: "Trump, who was nominated in
                    // Milwaukee on Thursday, said"; or the clause points to its place: "Amini,
                    // who came from the town of Saqez, was buried there".)
                    !e.fromAside &&
                    !e.scopes.some((sc) => a.start <= sc.start && sc.start < a.end) &&
                    !/\bthere\b/.test(text.slice(a.end, e.evidence.end)),
                ),
            )
    )
      // ("a U.S.-drafted resolution", "Saudi-led strikes": who made it, not where it is.)
      .filter(
        (x) =>
          !x.m.actor &&
          // ("the first case of the new variant outside Africa": beyond a country or a region,
          // not in it; "outside Kyiv", a town, is near it.)
          !(
            /\boutside\s+(?:of\s+)?(?:the\s+)?$/.test(
              text.slice(Math.max(0, x.m.start - 16), x.m.start),
            ) && places.some((p) => p.id === x.id && (p.kind === 'country' || p.kind === 'region'))
          ) &&
          // (Where the subject was born is never where it acts.)
          !asides.some((a) => a.born && a.start <= x.m.start && x.m.end <= a.end) &&
          !counterpart(x) &&
          !ofOffice(x) &&
          !officeHolder(x) &&
          !OWNS_AFTER.test(text.slice(x.m.end, x.m.end + 40)) &&
          !MEMBERS_AFTER.test(text.slice(x.m.end, x.m.end + 40)) &&
          !CRAFT_AFTER.test(text.slice(x.m.end, x.m.end + 40)) &&
          !GOODS_AFTER.test(text.slice(x.m.end, x.m.end + 24)) &&
          // ("arrived aboard an Air China jet": whose airline, not where.)
          !inCompanyName(text, x.m) &&
          // ("died in Gapyeong, northeast of Seoul,", "on the island, close to the border in the
          // Yellow Sea,": where the place named before lies.)
          !(
            LIES_FROM_BEFORE.test(text.slice(Math.max(0, x.m.start - 60), x.m.start)) &&
            inScope.some((o) => o.m.end < x.m.start && o.id !== x.id)
          ) &&
          // ("The jet, arriving from Bangkok, belly-landed": where it came from; "met Qin and
          // invited him to Washington": where a guest is asked; each of a list after it, "aid
          // flights from Turkey and the United Arab Emirates".)
          !away(x.m) &&
          // ("a deal brokered by the United States, Egypt and Qatar": who stands behind it.)
          !AGENT_BEFORE.test(text.slice(Math.max(0, x.m.start - 100), x.m.start)) &&
          // ("detected by the U.S. Geological Survey": a body the country names did it.)
          !(
            /\bby\s+(?:the\s+)?$/.test(text.slice(Math.max(0, x.m.start - 8), x.m.start)) &&
            AGENCY_AFTER.test(text.slice(x.m.end, x.m.end + 60))
          ) &&
          // ("will meet at Iran's request", "at the invitation of Seoul": who asked for it.)
          !ASKED_BY_AFTER.test(text.slice(x.m.end, x.m.end + 30)) &&
          // (each of a list after it: "at the request of the United States, Japan and South Korea")
          !ASKED_BY_BEFORE.test(beforeList(x.m, 40)) &&
          // ("a tremor that was detected by monitoring agencies in South Korea, Japan and the
          // United States": where those who sensed it are.)
          !SENSED_BY_BEFORE.test(beforeList(x.m, 80)) &&
          // ("will play Italy's Jasmine Paolini": whose player she is, not where they play.)
          !ownsPerson(x.m) &&
          // ("a concert by U.S. pop singer Ariana Grande": whose singer, not where.)
          !describesPerson(x.m) &&
          !personsOwn(x.m) &&
          // ("The mountain, about 200 km west of Tokyo on the border of Nagano and Gifu,
          // erupted": a point a distance is measured from, where the clause names a site too.)
          !(measuredAway(x.m) && inScope.some((o) => o.id !== x.id && !measuredAway(o.m))) &&
          // ("Two aid workers infected in Liberia have been flown to Atlanta": where the subject
          // was, in a participle on it before the clause's verb.)
          !(
            x.m.start - e.evidence.start < 120 &&
            SUBJECT_PARTICIPLE_BEFORE.test(text.slice(e.evidence.start, x.m.start)) &&
            /^\s+(?:have|has|had|were|was|are|is|will)\s/.test(text.slice(x.m.end, x.m.end + 8))
          ) &&
          // ("touched down at 12:20 a.m. Tokyo time": a clock's zone, not where it happened.)
          !/^\s+time\b/.test(text.slice(x.m.end, x.m.end + 6)) &&
          // ("the Arlington, Virginia-based company": where it is based, the town too.)
          !/^(?:,\s*\p{Lu}[\p{L}.'’]*(?:\s+\p{Lu}[\p{L}.'’]*)?)?[-‐]\p{Ll}/u.test(
            text.slice(x.m.end, x.m.end + 30),
          ),
      )
      .sort((a, b) => a.start - b.start);
    const where = located.map((x) => x.id);
    // ("..., since it was founded in 2013": a subordinate clause that names no one is no
    // deed of the people its sentence names elsewhere.)
    const first = e.scopes[0];
    const ownPeople = e.scopes.flatMap((sc) => within(personMentions, sc));
    // ("pledged to seek a formal end to the 1950-53 Korean War", "to formally end the 1950-53
    // Korean War": an occurrence long gone that a preposition or an ending names is no deed of
    // whoever the sentence says acts now; "lost the 2022 election" still tells who lost it.)
    const nounAt = first?.start ?? e.evidence.start;
    const longAgo =
      !e.kind.startsWith('action:') &&
      !!e.date &&
      !!published &&
      Number(e.date.end.slice(0, 4)) < Number(published.slice(0, 4)) - 1 &&
      /\b(?:to|of|since|after|before|during|in|into|from|for|until|than|end|ending)\s+(?:the\s+|an?\s+)?(?:[\d–-]+\s+)?$/i.test(
        text.slice(Math.max(0, nounAt - 24), nounAt),
      );
    const subordinate =
      longAgo ||
      !!e.ownClause ||
      (!!first &&
        first.start > e.evidence.start &&
        SUBORDINATE_BEFORE.test(
          text.slice(Math.max(e.evidence.start, first.start - 12), first.start),
        ));
    // ("Harris called Trump to concede and will speak ...": a later predicate's evidence is
    // its own words; its subject, in its scopes, still acts.)
    // ("A tornado touched down ..., Mayor Cara Spencer told reporters": who tells of it does
    // not act in it.)
    const tellerClause = TOLD_BY_END.exec(
      text.slice(e.evidence.start, e.evidence.end).replace(/[\s.!?"”’]+$/, ''),
    );
    // (Or a name set beside the teller, which the clause's evidence ends on: "..., the head of
    // the electoral body, Djenabou Toure, said on state television".)
    const teller = (x: { m: Mention }) =>
      (!!tellerClause && x.m.start >= e.evidence.start + tellerClause.index) ||
      (TELLER_NOUN_BEFORE.test(text.slice(Math.max(0, x.m.start - 80), x.m.start)) &&
        TOLD_AFTER_NAME.test(text.slice(x.m.end, x.m.end + 12)));
    // ("agreed on Wednesday to lay down their arms, a day after Azerbaijan launched an
    // offensive": who acted in what the news is measured from does not act in it.)
    const measured = (x: { m: Mention }) =>
      MEASURED_CLAUSE_BEFORE.test(text.slice(e.evidence.start, x.m.start));
    // ("Xi's predecessor, Hu Jintao, visited Pyongyang": whose predecessor the name is set
    // beside does not act.)
    const ownsNamed = (x: { m: Mention }) =>
      OWNS_NAMED_AFTER.test(text.slice(x.m.end, x.m.end + 80));
    // ("He named Lee Nak-yon, the governor ..., as his prime minister, and said he would move
    // the presidential office": who an earlier predicate's object names has no part in the
    // plan the subject went on to tell.)
    const earlierObject = (x: { m: Mention }) =>
      e.kind.startsWith('action:') &&
      // (A clause's length at most: a long evidence is not read again for every name in it.)
      PLAN_TOLD_AFTER.test(text.slice(x.m.end, Math.min(e.evidence.end, x.m.end + 300))) &&
      /\b(?:\p{Ll}{3,}ed|met|named|told|gave|saw|took|won|beat)\s/u.test(
        text.slice(e.evidence.start, x.m.start),
      );
    // ("marched ... to demand that the city's leader, Carrie Lam, resign": whom a demand is
    // of.)
    const demandedOf = (x: { m: Mention }) =>
      DEMANDED_OF_BEFORE.test(text.slice(Math.max(e.evidence.start, x.m.start - 80), x.m.start));
    // ("rammed a vehicle into the palace doors in what President Luis Arce called an attempted
    // coup": who names the deed does not do it.)
    const namesIt = (x: { m: Mention }) =>
      WHAT_BEFORE.test(text.slice(Math.max(e.evidence.start, x.m.start - 60), x.m.start)) &&
      NAMING_AFTER.test(text.slice(x.m.end, x.m.end + 20));

    const actors = [
      ...(subordinate
        ? ownPeople
        : [...within(personMentions, e.evidence), ...ownPeople].filter(
            (x) =>
              !aside(x) &&
              !teller(x) &&
              !measured(x) &&
              !ownsNamed(x) &&
              !demandedOf(x) &&
              !namesIt(x) &&
              !earlierObject(x),
          )
      ).map((x) => x.id),
      // ("since the Korean War ended in 1953", in a sentence North Korea acts in: a
      // subordinate clause's places act only in its own words.)
      ...(subordinate
        ? e.scopes.flatMap((sc) => within(placeMentions, sc))
        : within(placeMentions, e.evidence)
      )
        // (Nor a place that speaks as one: "..., the Kremlin said".)
        .filter(
          (x) =>
            // ("will play Italy's Jasmine Paolini": the person is the other side, not whose she is.)
            (x.m.actor || (counterpart(x) && !ownsPerson(x.m)) || officeHolder(x)) &&
            !aside(x) &&
            !teller(x) &&
            !measured(x),
        )
        .map((x) => x.id),
      ...within(actingDemonyms, e.evidence)
        .filter((x) => !aside(x) && !teller(x) && !measured(x))
        .map((x) => x.id),
    ];
    // "Rare talks" says more as "Rare talks in Geneva" when the text places them, but not by a
    // place that only qualifies someone ("with U.S. President Donald Trump in Singapore").
    // (Nor by who stands behind the doers: "Backed by Russia, the rebels seized".)
    const site = located.find((x) => !QUALIFIES.test(text.slice(x.m.end, x.m.end + 24)));
    const named = places.find((p) => p.id === site?.id);
    // "a wildfire in the hills north of Los Angeles", cut after "north": the place goes back
    // where the cut left it, with its own preposition.
    const lastWord = e.headline.split(' ').at(-1) ?? '';
    const cutBefore =
      !!site &&
      new RegExp(
        `\\b${lastWord.replace(/[^\p{L}\p{N}]/gu, '')}\\s+of\\s+(?:the\\s+)?(?:${TOWN_OF})?$`,
        'u',
      ).test(text.slice(Math.max(0, site.m.start - lastWord.length - 40), site.m.start));
    // ("struck 72 km southwest of Marrakech": near the place, not in it.)
    const offSite =
      !!site && TOWARD_OF_BEFORE.test(text.slice(Math.max(0, site.m.start - 30), site.m.start));
    // ("On Saturday he called the attacks an act of war": a time put first, before the pronoun.)
    const lead = PRONOUN_SUBJECT.exec(e.headline)?.[1] ?? '';
    const he =
      reportedBy(e.headline, e.scopes[0] ?? e.evidence) ??
      pronounedPerson(
        lead ? upperFirst(e.headline.slice(lead.length)) : e.headline,
        e.scopes[0]?.start ?? e.evidence.start,
      );
    const they = he ? undefined : pairedPeople(e.headline, e.scopes[0]?.start ?? e.evidence.start);
    const it =
      he || they
        ? null
        : (occurrenceBefore(e.headline, e.evidence.start) ??
          pluralBefore(e.headline, e.evidence.start));
    const told = he
      ? lead +
        e.headline
          .slice(lead.length)
          .replace(/^\S+/, people.find((p) => p.id === he.id)?.name ?? '$&')
      : they
        ? e.headline.replace(
            PAIR_OPENING.test(e.headline) ? PAIR_OPENING : /^\S+/,
            `${they[0].m.text} and ${they[1].m.text}`,
          )
        : it
          ? e.headline.replace(/^\S+/, it)
          : e.headline;
    if (he && !actors.includes(he.id)) actors.unshift(he.id);
    for (const x of they ?? []) if (!actors.includes(x.id)) actors.push(x.id);
    const whole = completed(told, site?.m.text ?? '');
    const headline =
      named &&
      !whole.includes(named.name) &&
      !named.aliases.some((a) => whole.includes(a)) &&
      // ("The North detonated the roads" already names North Korea.)
      !within(placeMentions, e.evidence).some(
        (x) => x.id === named.id && whole.includes(x.m.text),
      ) &&
      // ("Ceremony in Sharm el-Sheikh" is placed already, and needs no "in Egypt".)
      !located.some((x) => x.id !== named.id && whole.includes(` ${x.m.text}`)) &&
      // (A headline the cut left on "northwest" is unfinished without its place, however long.)
      (cutBefore || whole.split(' ').length <= 6)
        ? `${whole} ${cutBefore ? 'of' : offSite ? 'near' : 'in'} ${theBefore(site)}${
            // ("the northern prefecture of | Akita": after its noun, the name as the text
            // writes it, not "Akita Prefecture".)
            cutBefore &&
            site &&
            named.name.startsWith(`${site.m.text} `) &&
            AREA_WORD.test(named.name.slice(site.m.text.length + 1))
              ? site.m.text
              : asWritten(named.name, site?.m.text)
          }`
        : whole;
    // "Budapest can still block the talks", "open to talks": a bare noun a verb takes, that no
    // date or place tells more of, reports nothing a reader can place.
    if (e.mentionedOnly && !e.date && where.length === 0 && !/\s/.test(headline)) return [];
    // (Nor does a headline with no word in it, whatever the cut left.)
    if (!/\p{L}/u.test(headline)) return [];
    return {
      id: entityId(slugify(headline)),
      headline,
      date: e.date,
      status: e.status,
      places: [...new Set(where)],
      actors: [...new Set(actors)],
      evidence: {
        start: e.evidence.start,
        end: e.evidence.end,
        text: text.slice(e.evidence.start, e.evidence.end),
      },
    };
  });

  const title = seg.title ? text.slice(seg.title.start, seg.title.end) : '';
  return {
    slug: options.slug ?? slugify(title || 'story'),
    title,
    titleSpan: seg.title,
    published,
    source: options.source ?? null,
    language: options.language ?? 'en',
    text,
    paragraphs: seg.paragraphs,
    timexes,
    places,
    people,
    quotes,
    events: withoutRetold(withoutRenamed(events)),
  };
}

/**
 * "for the Republican National Convention, which begins on Monday", "Next year's summit will be
 * held in Baku": an occurrence's name, told again in the same words by the clause it opens, is
 * that clause's event (which takes its people and places), not one of its own.
 */
function withoutRenamed(events: StoryEvent[]): StoryEvent[] {
  const bare = (h: string) => h.toLowerCase().replace(/^the\s+/, '');
  const words = events.map((e) => bare(e.headline));
  // (A name without the place its headline adds: "Next year's summit in Baku".)
  const names = events.map((e) => bare(e.headline.replace(PLACE_ADDED, '')));
  const gone = new Set<StoryEvent>();
  for (const [i, a] of events.entries()) {
    // (Only among the events told near it, its own sentence's: a long story stays linear.)
    for (let k = Math.max(0, i - RENAMED_WITHIN); k <= i + RENAMED_WITHIN; k++) {
      const b = events[k];
      if (
        !b ||
        b === a ||
        gone.has(b) ||
        b.status !== a.status ||
        // ("Next year's summit, COP29, will be held": past an apposition too; "At least five
        // people were killed, police said on Sunday, and" twice, the same words: as they are.)
        !(
          (words[k] ?? '').startsWith(names[i] ?? '') &&
          /^(?:[ ,]|$)/.test((words[k] ?? '').slice((names[i] ?? '').length))
        ) ||
        a.evidence.start >= b.evidence.end ||
        b.evidence.start >= a.evidence.end ||
        (a.date && !(b.date && a.date.start <= b.date.start && b.date.end <= a.date.end))
      )
        continue;
      gone.add(a);
      b.date ??= a.date;
      for (const x of a.places) if (!b.places.includes(x)) b.places.push(x);
      for (const x of a.actors) if (!b.actors.includes(x)) b.actors.push(x);
      break;
    }
  }
  return events.filter((e) => !gone.has(e));
}

/** How many events before or after an occurrence's name the clause it opens may come. */
const RENAMED_WITHIN = 8;
/** " in Baku", " near Kharkiv": the place a headline adds after what it names. */
const PLACE_ADDED = /\s+(?:in|near)\s+\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|of|the))*$/u;

/** A deed that happens to someone once: "has died", "resigned", "was arrested". */
const ONCE =
  /\b(?:died|resigned|quit|retired|stepped down|was (?:arrested|killed|shot|elected|sworn in|freed|released|sentenced|convicted|acquitted|impeached|detained))\b/;

/** How many events later a deed told again with its date may come. */
const RETOLD_WITHIN = 4;

/**
 * "Peter Higgs has died, the university said on Tuesday. Higgs died at home on Monday": the
 * lead's deed, dated only by the day of publication, is the one told next with its own date,
 * and goes.
 */
function withoutRetold(events: StoryEvent[]): StoryEvent[] {
  return events.filter((a, i) => {
    const verb = ONCE.exec(a.headline)?.[0];
    const day = a.date?.text === '' ? a.date.start : null;
    if (!verb || !day || a.actors.length === 0) return true;
    return !events
      .slice(i + 1, i + 1 + RETOLD_WITHIN)
      .some(
        (b) =>
          !!b.date?.text &&
          b.date.start <= day &&
          b.status === a.status &&
          ONCE.exec(b.headline)?.[0] === verb &&
          b.actors.some((x) => a.actors.includes(x)),
      );
  });
}
