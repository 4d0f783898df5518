import type { DateSpan, EventStatus, Mention, TextSpan, Timex } from '../../story/model.ts';
import { firstStartingFrom } from '../../story/selectors.ts';
import { addDays, type Day, fmtDay, parseIsoDay } from '../refiners/calendar.ts';
import { measuredFrom } from '../refiners/measured-date.ts';
import { timexToDate } from '../refiners/timex-to-date.ts';
import {
  APPOSED_RELATIVE,
  APPOSED_RELATIVE_HEAD,
  asideInSubject,
  BORN_FRONTED,
  CLOSING_RELATIVE,
  clauseFrom,
  conjunctStart,
  FRONTED,
  HOME_APPOSITION,
  headlineOf,
  inRelative,
  KIN_APPOSITION,
  LIST_ITEM,
  LIST_REST,
  NAMED_TELLER,
  NOUN_APPOSITION,
  objectParticipleAsides,
  PARTICIPLE_ASIDE,
  PLACED_PARTICIPLE,
  PREPOSITION_RELATIVE,
  RELATIVE_ASIDE,
  RELATIVE_OPENING,
  SPOKEN_DAY,
  SUBORDINATORS,
  TOLD_BY_END,
  verbClauseStart,
} from './clauses.ts';
import { DATELINE } from './dateline.ts';
import { SPEECH } from './quotes.ts';
import {
  CALENDAR_NAMES,
  DAY_MADE_AFTER,
  DAY_MADE_BEFORE,
  MONTHS,
  ORDINALS,
  WEEKDAYS,
} from './timex-lexicon.ts';
import {
  ARTICLE_JOINING,
  CONTACT_RELATIVE_HEAD,
  COUNT,
  HARM_VERB,
  INFINITIVE_DEADLINE,
  IRREGULAR_PARTICIPLES,
  IRREGULAR_PASTS,
  lowerFirst,
  NOT_AHEAD,
  PLACE_NOUN,
  PLEDGE_VERB,
  PUT_OFF_VERB,
  SPEECH_VERB,
  TOWN_PART,
  titleCase,
  upperFirst,
} from './tokens.ts';
import {
  ACTION,
  AHEAD_BE,
  BY_PHONE,
  confirmedThat,
  countedAdjective,
  currencyAfterAmount,
  FUTURE_ACTION,
  FUTURE_AUXILIARY,
  FUTURE_VERB,
  mainAction,
  NEGATED_BEFORE,
  NO_ONE_BEFORE,
  NOT_REPORTED_BEFORE,
  NOUN_OF_PREPOSITION_AFTER_VERB,
  OWN_FUTURE,
  PARTICIPLE_BY,
  PASSIVE_BEFORE,
  PASSIVE_PAST,
  PASSIVE_VERB,
  PAST_PLAN,
  PAST_VERB,
  PLANNED_PASSIVE,
  PROGRESSIVE_DEED,
  REPORTED_SPEECH,
  REPORTED_SUBJECT,
  SET_TO,
  tellerVerb,
  VERB_NEXT,
} from './verbs.ts';

/** An event before ids, places and actors are given. */
export interface EventCandidate {
  headline: string;
  date: DateSpan | null;
  status: EventStatus;
  evidence: TextSpan;
  /** Where the event's places are looked for: its phrase in each sentence that mentions it. */
  scopes: TextSpan[];
  /** Groups mentions of one occurrence ("the talks", "the meeting"). */
  kind: string;
  /** Where a reported verb ends: a named occurrence close after it is what it reports. */
  verbEnd?: number;
  /**
   * A phrase before the clause that sets it in time ("Before reaching Vietnam,"): its places
   * are the event's only if the clause names none.
   */
  setting?: TextSpan;
  /**
   * A bare noun that a verb or a preposition takes ("can still block the talks", "open to
   * talks"), not the subject of its clause ("The war is still raging"): news only if dated or
   * placed.
   */
  mentionedOnly?: boolean;
  /**
   * Told by a subordinate clause of its own ("since the war ended in 1953"): its actors are
   * only the people that clause names, not the main clause's.
   */
  ownClause?: boolean;
  /**
   * A dated bare noun told with the words its article opens ("after an unexplained explosion
   * late on Friday": "Unexplained explosion"), its headline if no verb tells it better.
   */
  described?: string;
  /**
   * Told by an aside on the subject ("Trump, who was nominated in Milwaukee on Thursday,
   * said"): the aside's places are its own, not only where its subject was.
   */
  fromAside?: boolean;
}

/** "Before reaching Vietnam, ", "Hours after the vote, ": a phrase that sets a clause in time. */
const TIME_SETTING =
  /^(?:Before|After|Since|Until|Following|Ahead of|(?:Hours|Days|Weeks|Months|Minutes|Moments|Shortly)\s+(?:before|after))\s[^,;:"“”]{1,60},\s+/;

/** Nouns that name occurrences; synonyms share a class so that mentions merge. */
const EVENT_NOUNS: Record<string, string> = {
  talks: 'talks',
  meeting: 'talks',
  meetings: 'talks',
  negotiations: 'talks',
  summit: 'talks',
  discussions: 'talks',
  dialogue: 'talks',
  olympics: 'olympics',
  // ("the Games" of a story that named the Olympics are those Olympics.)
  games: 'olympics',
  'world cup': 'world cup',
  championship: 'championship',
  tournament: 'tournament',
  match: 'match',
  election: 'election',
  elections: 'election',
  vote: 'vote',
  referendum: 'referendum',
  // (A second round, told apart from the first: "two days before a runoff".)
  runoff: 'runoff',
  'run-off': 'runoff',
  poll: 'vote',
  war: 'war',
  attack: 'attack',
  attacks: 'attack',
  invasion: 'invasion',
  incursion: 'invasion',
  raid: 'raid',
  raids: 'raid',
  bombing: 'bombing',
  shooting: 'shooting',
  strike: 'strike',
  strikes: 'strike',
  address: 'speech',
  speech: 'speech',
  visit: 'visit',
  trip: 'visit',
  ceremony: 'ceremony',
  conference: 'conference',
  congress: 'conference',
  protest: 'protest',
  protests: 'protest',
  rally: 'protest',
  demonstration: 'protest',
  riots: 'riot',
  coup: 'coup',
  outbreak: 'outbreak',
  epidemic: 'outbreak',
  pandemic: 'outbreak',
  earthquake: 'earthquake',
  quake: 'earthquake',
  flood: 'flood',
  floods: 'flood',
  storm: 'storm',
  hurricane: 'storm',
  typhoon: 'storm',
  cyclone: 'storm',
  tornado: 'storm',
  wildfire: 'fire',
  wildfires: 'fire',
  landslide: 'landslide',
  landslides: 'landslide',
  tsunami: 'tsunami',
  eruption: 'eruption',
  massacre: 'massacre',
  assassination: 'assassination',
  fire: 'fire',
  explosion: 'explosion',
  crash: 'crash',
  collapse: 'collapse',
  reunions: 'reunion',
  reunion: 'reunion',
  tests: 'test',
  test: 'test',
  launch: 'launch',
  trial: 'trial',
  hearing: 'hearing',
  verdict: 'verdict',
  impeachment: 'impeachment',
  festival: 'festival',
  parade: 'parade',
  inauguration: 'inauguration',
  funeral: 'funeral',
  wedding: 'wedding',
  ceasefire: 'ceasefire',
  deal: 'agreement',
  agreement: 'agreement',
  treaty: 'agreement',
  accord: 'agreement',
  exercises: 'exercise',
  drills: 'exercise',
  announcement: 'announcement',
  interview: 'interview',
  session: 'session',
  recall: 'recall',
  cull: 'cull',
  quarantine: 'quarantine',
};
const FUTURE =
  /\b(?:will|shall|(?:is|are) (?:also |still |now |already |both )?(?:to|set to|(?:due|scheduled|expected)(?: to)?))\b/i;
/**
 * The sentence tells news in the perfect, of the day of publication (not "has not commented on
 * the impeachment": what did not happen dates nothing).
 */
// (Not a modal's perfect: "one tornado may have stayed on the ground" is a guess.)
const PERFECT_NEWS =
  /\b(?<!\b(?:may|might|could|would|should|must|will)\s+)(?:has|have)\s+(?!(?:not|never|long)\b)(?:\w+\s+)?\w+ed\b/i;
/**
 * The sentence reports the story's news in the perfect or the past ("held talks"): its undated
 * occurrences are of the day of publication, or of the day the lead tells (`newsDayOf`).
 */
const NEWS_OF_TODAY = new RegExp(
  `${PERFECT_NEWS.source}|\\b(?:held|met|agreed|discussed|signed|announced)\\b`,
  'i',
);
/**
 * " that swept through the region": a relative clause right after the noun that tells it done
 * in the past ("still recovering from a typhoon that swept ..." is no typhoon going on; "the
 * war that began in 2022 is still raging" may be: a start is no end).
 */
const DONE_RELATIVE = new RegExp(
  String.raw`^\s+(?:that|which)\s+(?:\p{Ll}+ly\s+)?(?!(?:began|started|erupted|opened|broke)\b)(?:\p{Ll}{3,}ed|${IRREGULAR_PASTS})\b`,
  'u',
);
const ONGOING = /\b(?:continuing|ongoing|under way|underway|is being|are being|continues|still)\b/i;
/**
 * Whether the words around a noun tell it as going on: its own clause and the few words before
 * it ("is continuing its war", "the war is still raging"; not "people still missing after
 * floods tore through towns"), outside quotations.
 */
const ongoingIn = (around: string) => ONGOING.test(around.replace(/[“"][^”"]*[”"]/g, ' '));

/** "the highest level since 1941": a bound of a period, not the date of what happened. */
const BOUND_BEFORE = /\b(?:since|until|till|through)\s+$/i;

/** "a loss for ", "record profits for ": a figure, before the period it covers. */
const FIGURE_FOR_BEFORE =
  /\b(?:loss(?:es)?|profits?|results|earnings|revenues?|sales|income|deficit|surplus)\s+for\s+$/;

/** "profit for the April-June period": the period a figure covers, not when it was told. */
const FIGURE_PERIOD = /^(?:[-–]\p{L}+)?\s+(?:period|quarter|half)\b/u;

/** "the first ", "a ": what opens a noun a date expression after it describes. */
const ATTRIBUTE_BEFORE = /\b(?:the|an?|its|their|his|her|this)\s+(?:[\p{Ll}-]+\s+){0,2}$/u;

/** "won", "has lost": a verb whose object's day, a contest's, is the verb's own. */
const CONTEST_WON = /\b(?:won|lost|wins|loses|took|secured|garnered)$/i;
/** "will host", "attended": a verb done at the occurrence it takes ("next year's contest"). */
const TAKEN_PART_IN =
  /\b(?:host(?:s|ed|ing)?|stag(?:e|es|ed|ing)|attend(?:s|ed|ing)?|boycott(?:s|ed|ing)?|skip(?:s|ped|ping)?|chair(?:s|ed|ing)?)$/i;
/** "'s vote", "'s presidential election": a contest a possessive day names. */
const CONTEST_AFTER_POSSESSIVE =
  /^['’]s\s+(?:[\p{Ll}-]+\s+){0,2}(?:vote|election|elections|poll|polls|ballot|runoff|run-off|race|referendum|primary|primaries|final|match|game|contest)\b/u;

/** "next month's summit": the date belongs to the noun it is the possessive of. */
const possessive = (text: string, t: Timex) => /^[’']s\b/.test(text.slice(t.end, t.end + 2));

/** A feast's name, written with capitals and no number, not a month's or a day's. */
const FEAST = new RegExp(String.raw`^(?!(?:${CALENDAR_NAMES})\b)\p{Lu}[^\d]*$`, 'u');

/** A word after a feast's name that is no preposition, conjunction or verb: a noun it names. */
const FEAST_NOUN_AFTER =
  /^\s+(?!(?:in|on|at|and|or|but|with|to|for|as|by|from|of|when|while|that|which|is|was|will)\b)\p{Ll}/u;

/** "Halloween festivities", "Christmas shopping": a feast's name before a noun it names. */
function feastNamesNoun(text: string, t: Timex): boolean {
  return FEAST.test(t.text) && FEAST_NOUN_AFTER.test(text.slice(t.end, t.end + 12));
}

/** "Lunar New Year gatherings", "Christmas shopping": a feast naming the noun after it. */
function feastBeforeNoun(text: string, t: Timex): boolean {
  return (
    feastNamesNoun(text, t) &&
    !/\b(?:on|at|in|by|since|until|till|before|after|over|during|for|from|through|of)\s+(?:the\s+)?$/i.test(
      text.slice(Math.max(0, t.start - 16), t.start),
    )
  );
}

/**
 * "Halloween festivities" told on Oct. 30: a feast ahead of the news that names the noun after
 * it, which no past verb happened on.
 */
function feastAhead(text: string, t: Timex, published: string | null): boolean {
  return !!published && feastNamesNoun(text, t) && (timexToDate(t)?.start ?? '') > published;
}

/** Whether a span holds a time besides `t` that is no feast naming a noun (by binary search). */
function otherTimeIn(text: string, timexes: Timex[], span: TextSpan, t: Timex): boolean {
  for (let k = firstStartingFrom(timexes, span.start); k < timexes.length; k++) {
    const u = timexes[k] as Timex;
    if (u.start >= span.end) break;
    if (u !== t && u.end <= span.end && !feastNamesNoun(text, u)) return true;
  }
  return false;
}

/** "this year", "that month": the period an ordinal before it counts in. */
const COUNTED_IN = /^(?:this|that)\s+(?:year|month|week|season)$/i;
/** "their third summit ", "the first time ": an ordinal and the noun it counts. */
const ORDINAL_BEFORE = new RegExp(
  String.raw`\b(?:${Object.keys(ORDINALS).join('|')}|\d+(?:st|nd|rd|th))\s+(?:[\p{L}-]+\s+){1,2}$`,
  'u',
);

/**
 * The first date expression inside the span that dates something, looked up by binary search
 * (timexes sorted by start) so that a long article's sentences do not each scan all of them.
 * @param skip expressions that belong to something else
 */
function datedBy(
  text: string,
  timexes: Timex[],
  span: TextSpan,
  skip: (t: Timex) => boolean = () => false,
): DateSpan | null {
  // ("will report second-quarter results on Nov. 1": a quarter that names which results dates
  // the clause only if nothing else does: "third-quarter profit rose 277%" is the quarter's.)
  let qualifier: DateSpan | null = null;
  for (let i = firstStartingFrom(timexes, span.start); i < timexes.length; i++) {
    const t = timexes[i] as Timex;
    if (t.start >= span.end) break;
    if (t.end > span.end || skip(t)) continue;
    if (BOUND_BEFORE.test(text.slice(Math.max(0, t.start - 8), t.start))) continue;
    if (FIGURE_PERIOD.test(text.slice(t.end, t.end + 24))) continue;
    // ("signed the agreement on the second day of their third summit this year": the period
    // an ordinal counts in is the counted noun's, no date of a clause around it.)
    const counted = COUNTED_IN.test(t.text)
      ? ORDINAL_BEFORE.exec(text.slice(Math.max(span.start, t.start - 40), t.start))
      : null;
    if (counted && t.start - counted[0].length > span.start) continue;
    // ("is expected to report a loss for the quarter next week": the period of a figure too.)
    if (
      (/^\S+-(?:quarter|half|year)$/i.test(t.text) &&
        /^\s+\p{Ll}/u.test(text.slice(t.end, t.end + 2))) ||
      (/\b(?:quarter|half|year|period)$/i.test(t.text) &&
        FIGURE_FOR_BEFORE.test(text.slice(Math.max(0, t.start - 40), t.start)))
    ) {
      qualifier ??= timexToDate(t);
      continue;
    }
    // "to fund the 2025 budget": a year that qualifies a noun dates the noun, not the clause;
    // "the heaviest November snowfall ... on Wednesday": a month, only if nothing else does
    // ("won a fourth term in a January election").
    const qualifies =
      /^\s+\p{Ll}/u.test(text.slice(t.end, t.end + 2)) &&
      /\b(?:the|a|an|its|their|his|her|this|\p{Ll}{2,}est)\s+$/iu.test(
        text.slice(Math.max(0, t.start - 16), t.start),
      );
    if (qualifies && /^\d{4}$/.test(t.text)) continue;
    // ("declared Biya the winner of the Oct. 12 election on Monday": so does a day; and a
    // feast's name before a noun, with no preposition of time before it: "cancelled large
    // Lunar New Year gatherings on Thursday".)
    if (qualifies || feastBeforeNoun(text, t)) {
      qualifier ??= timexToDate(t);
      continue;
    }
    // ("The blaze broke out at about 6:50 p.m. The spire collapsed about an hour later": a
    // count of hours or minutes later stays, about, in the day told last.)
    const later =
      t.type === 'DURATION' &&
      /^PT/.test(t.value) &&
      /^\s+later\b/.exec(text.slice(t.end, t.end + 12));
    if (later)
      return dayBefore(timexes, i, text.slice(t.start, t.end + later[0].length)) ?? qualifier;
    const date = timexToDate(t);
    if (date) return rangeFrom(text, timexes, i, date) ?? date;
  }
  return qualifier;
}

/**
 * The day of the last time before the i-th that names one, a few sentences back at most, as
 * `words` tell it ("about an hour later").
 */
function dayBefore(timexes: Timex[], i: number, words: string): DateSpan | null {
  const t = timexes[i] as Timex;
  for (let k = i - 1; k >= 0; k--) {
    const prev = timexes[k] as Timex;
    if (t.start - prev.end > 600) break;
    if (prev.type !== 'DATE' && prev.type !== 'TIME') continue;
    const date = timexToDate(prev);
    if (date?.precision !== 'day') continue;
    return { ...date, approximate: true, text: words };
  }
  return null;
}

/**
 * "between Oct. 8 and Oct. 13", "from March 3 to March 9", "Nov. 6-7": two dates that bound one
 * span, read as that span (with the first's precision when they share it); "in May or June" as both;
 * "on Wednesday and Thursday", two days running, as both.
 */
function rangeFrom(text: string, timexes: Timex[], i: number, first: DateSpan): DateSpan | null {
  const t = timexes[i] as Timex;
  const u = timexes[i + 1];
  if (!u) return null;
  // ("in May or June": either, so the span of both, approximately.)
  const either = /^\s+or\s+$/.test(text.slice(t.end, u.start));
  // ("on Nov. 6-7": a dash between them, unspaced, bounds the span on its own.)
  const tight = /^[-–]$/.test(text.slice(t.end, u.start));
  // ("tore through Los Angeles on Wednesday and Thursday": two days running are one span.)
  const next = timexToDate(u);
  const running =
    /^\s+and\s+$/.test(text.slice(t.end, u.start)) &&
    first.precision === 'day' &&
    next?.precision === 'day' &&
    first.start === first.end &&
    next.start === fmtDay(addDays(parseIsoDay(first.end) as Day, 1));
  if (!either && !tight && !running) {
    if (!/\b(?:between|from)\s+$/i.test(text.slice(Math.max(0, t.start - 8), t.start))) return null;
    if (!/^\s*(?:and|to|until|through|[-–])\s*$/.test(text.slice(t.end, u.start))) return null;
  }
  const last = next;
  if (!last || last.end < first.start || (either && last.precision !== first.precision))
    return null;
  return {
    start: first.start,
    end: last.end,
    precision: first.precision === last.precision ? first.precision : 'day',
    approximate: either || first.approximate || last.approximate,
    text: text.slice(t.start, u.end),
  };
}

/**
 * "Rebels said on Monday they had taken Goma": what a report dated by its telling says has
 * happened happened by then, so it takes that day, approximately.
 */
function spokenDate(timexes: Timex[], from: number, to: number): DateSpan | null {
  for (let k = firstStartingFrom(timexes, from); k < timexes.length; k++) {
    const t = timexes[k] as Timex;
    if (t.end > to) break;
    const date = timexToDate(t);
    if (date) return { ...date, approximate: true };
  }
  return null;
}

/**
 * ", the election commission said": a teller after a comma and its verb of telling; or ",
 * according to an unofficial count".
 */
const TELLER = String.raw`(?:(?:,\s*(?:the\s+|an?\s+)?[^,;:"“”]{1,60}?\s|${NAMED_TELLER})(?:said|says|told\s+(?:\S+\s+){1,2}?|announced|confirmed|showed)|,\s*according\s+to\s+[^,;:"“”]{1,60}?)`;

/**
 * ", the election commission said on ", ", final results showed on ": a teller and a verb of
 * speech after the clause it tells (not "state media KCNA reported on Friday", which tells a
 * day or more after), past a clause of when the clause's news came ("were killed when the
 * plane crashed in a forest,") or a participle's ("won the runoff, defeating the president,").
 */
const TELLER_AFTER = new RegExp(
  String.raw`^(?:\s+(?:when|as|after)\s[^,;:"“”]{1,160}?|,\s+\p{Ll}{3,}ing\s[^,;:"“”]{1,80}?)?\s*${TELLER}\s+(?:(?:late|early)\s+)?(?:on\s+)?$`,
  'u',
);

/**
 * ", officials said": a teller after the clause it tells, whose words after it (", police said
 * on Monday, in the worst violence since the war ended a decade ago") date the telling or
 * their own clauses, not the clause before.
 */
const TELLER_AT = new RegExp(String.raw`${TELLER}\b`);

/** A clause up to its teller, if one follows it. */
function beforeTeller(text: string, span: TextSpan): TextSpan {
  const teller = TELLER_AT.exec(text.slice(span.start, span.end));
  return teller ? { start: span.start, end: span.start + teller.index } : span;
}

/** The day a report after a clause was told on, approximately the clause's: see `spokenDate`. */
function toldAfter(text: string, timexes: Timex[], from: number, to: number): DateSpan | null {
  const t = timexes[firstStartingFrom(timexes, from)];
  if (!t || t.end > to || !TELLER_AFTER.test(text.slice(from, t.start))) return null;
  const date = timexToDate(t);
  return date && { ...date, approximate: true };
}

/** Today's news: no phrase dates it, the publication date does (so `text` stays empty). */
function publicationDate(published: string | null): DateSpan | null {
  return published
    ? { start: published, end: published, precision: 'day', approximate: false, text: '' }
    : null;
}

/**
 * "will take place in 10 days", "is due to return in about two weeks": a measure ahead of the
 * news dates a plan, as exactly as its unit, approximately (not "in the next 10 days", a span,
 * nor "in 10 days of talks").
 */
function aheadOfNews(
  text: string,
  timexes: Timex[],
  scope: TextSpan,
  published: string | null,
): DateSpan | null {
  const anchor = publicationDate(published);
  if (!anchor) return null;
  for (let i = firstStartingFrom(timexes, scope.start); i < timexes.length; i++) {
    const t = timexes[i] as Timex;
    if (t.end > scope.end) break;
    if (
      t.type === 'DURATION' &&
      !/^the\s/i.test(t.text) &&
      /\bin\s+$/.test(text.slice(Math.max(0, t.start - 4), t.start)) &&
      !/^\s*(?:of|ago|later|earlier|before|after)\b/.test(text.slice(t.end, t.end + 8))
    )
      return measuredFrom(anchor, t.value, 'before', `in ${t.text}`);
  }
  return null;
}

const PROPOSING = new RegExp(
  String.raw`\b(?:propos(?:ed|es)(?<!\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Tt]his|[Tt]hat|\d[\d,]*|[Ss]everal|[Mm]any|[Oo]ther|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive)\s+propos(?:ed|es))|suggest(?:ed|s)?|call(?:ed|s)? for|call(?:ed|s)? on(?=\s+(?!(?:${Object.keys(WEEKDAYS).join('|')})\b)[^.;,]{1,60}?\bto\s+[a-z])|urg(?:ed|es)|rais(?:ed|es) the prospect of|offer(?:ed|s)? to|hopes? to|aims? to)\s+(?:that\s+|to\s+)?`,
  'gi',
);
/** The same, for the first one only (no `g` state between calls). */
const PROPOSING_ONCE = new RegExp(PROPOSING.source, 'i');
/** A proposing verb that opens the words. */
const PROPOSING_AT = new RegExp(`^${PROPOSING.source}`, 'i');
/** " and urged", " and called on": a second predicate that proposes. */
const AND_PROPOSING = new RegExp(String.raw`,?\s+and\s+(?=${PROPOSING.source})`, 'gi');
/** The nouns that name an occurrence. */
export const OCCURRENCE_NOUNS =
  'talks|meetings?|negotiations|summit|discussions|dialogue|Olympics|Paralympics|Games|World Cup|championship|tournament|election|elections|referendum|runoff|run-off|war|attacks?|invasion|incursion|raids?|bombing|shooting|address|speech|visit|ceremony|conference|protests?|rally|demonstration|coup|uprising|revolt|outbreak|epidemic|pandemic|earthquake|quake|floods?|hurricane|typhoon|cyclone|tornado|wildfires?|landslides?|tsunami|eruption|massacre|assassination|explosion|crash|reunions?|tests|launch|trial|hearing|sentencing|verdict|impeachment|festival|parade|convention|debate|inauguration|funeral|ceasefire|agreement|treaty|exercises|drills|recall|cull|quarantine';
/** "the Commission on ", "Committee for Free ": a body's word and the words that name its field. */
const BODY_OF_BEFORE =
  /\b(?:Commission|Committee|Council|Ministry|Department|Office|Bureau|Board|Agency|Institute|Cent(?:er|re)|Secretariat|Court|Tribunal)\s+(?:on|of|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+(?:and\s+)?){0,3}$/u;
/** "women's ", "skeet ", "air rifle ": what makes "shooting" after it a sport. */
const SHOOTING_SPORT_BEFORE =
  /\b(?:(?:men|women|boys|girls)['’]s|mixed|skeet|trap|rifle|pistol|clay)\s+$/i;
/** Any noun of an occurrence, as a word. */
const OCCURRENCE_WORDS = new RegExp(String.raw`\b(?:${OCCURRENCE_NOUNS})\b`, 'giu');
/**
 * " in the offensive that ended his rule on ", " over the attack that killed 12 people on ": a
 * restrictive relative clause on a preposition's noun, before the time it gives; the time is
 * that noun's, not the verb's before it ("launched an attack that killed" keeps it: the object
 * is what the verb did; and "died in a fire that", "were buried in a landslide that" were harmed
 * at its time).
 */
const RELATIVE_ON_OBJECT_BEFORE = new RegExp(
  String.raw`\b(?!(?:in|by|during)\s+(?:the|an?|its|his|her|their|this)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:${OCCURRENCE_NOUNS}|fires?|blazes?|storms?|blasts?|accidents?|collisions?|avalanches?|mudslides?|stampede)\s+(?:that|which)\s)(?:in|of|on|at|for|from|with|by|over|into|about|against|after|during)\s+(?:the|an?|its|his|her|their|this)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:that|which)\s+(?:had\s+|was\s+|were\s+)?(?:\p{Ll}+ly\s+)?(?:\p{Ll}{3,}ed|${IRREGULAR_PASTS})\b[^,;:"“”()]*$`,
  'u',
);
/** ", the first ", ", its deadliest ": an aside after a clause that ranks what it tells. */
const RANKING_ASIDE_BEFORE =
  /(?<=[\p{Ll}\d])\s*,\s+(?:the|its|their)\s+(?:first|second|third|last|latest|biggest|largest|deadliest|worst|strongest|heaviest|longest|highest|lowest|most\s+\p{Ll}+)\s+(?:[\p{Ll}-]+\s+){0,2}$/u;
/** "separated by the ": a participle's agent phrase, up to its noun. */
const AGENT_BEFORE = /\b\p{Ll}{3,}(?:ed|en)\s+by\s+(?:the|an?|its|their)\s+(?:[\p{L}-]+\s+){0,2}$/u;
/** "devastated by the ": the agent of a harm. */
const HARMED_BEFORE = new RegExp(
  String.raw`\b(?:${HARM_VERB})\s+by\s+(?:the|an?|its|their)\s+(?:[\p{L}-]+\s+){0,2}$`,
  'u',
);
const EVENT_NOUN = new RegExp(String.raw`\b([\p{L}’'-]+\s+){0,3}?(${OCCURRENCE_NOUNS})\b`, 'giu');
/** "the Games opening ceremony", "summit talks": an occurrence's noun that qualifies another's. */
const OCCURRENCE_AFTER = new RegExp(
  String.raw`^\s+(?:(?:opening|closing)\s+)?(?:${OCCURRENCE_NOUNS})\b`,
  'iu',
);
/** Occurrence nouns that are verbs as they stand: "would address the nation". */
const VERB_TOO =
  /^(?:address|visit|launch|attack|protest|rally|recall|cull|quarantine|crash|parade|debate)$/i;
const MODIFIERS =
  /((?:(?:(?:(?:central|federal|national|ruling|opposition|main)\s+)?(?<![\p{L}’'-])(?!(?:day|week|weekend|month|year|night|morning|afternoon|evening)[’']s)[\p{L}’'-]+[’']s|(?:\p{Ll}+-)?[\p{Lu}][\p{L}.’'-]*(?:(?<=\p{Lu})\d{1,2})?(?:\s+of(?:\s+the)?(?=\s+\p{Lu}))?|\p{Ll}{2,}-\p{Ll}{3,}|(?<=\p{Lu}[\p{L}.]*\s)\d{1,2}(?:[-–]\d{1,2})?|(?:presidential|parliamentary|legislative|general|local|regional|municipal|provincial)\s+and\s+(?:presidential|parliamentary|legislative|general|local|regional|municipal|provincial)|first|second|last|next|formal|rare|military|unusual|joint|annual|general|presidential|winter|summer|nuclear|missile|opening|closing|peace|high-level|fresh|new|temporary|family|national|local|snap|early|parliamentary|legislative|midterm|runoff|municipal|regional|federal|emergency|special|policy|trade|budget|bilateral|trilateral|ministerial|diplomatic|state|separate|criminal|civil|corruption|fraud|murder|landmark|historic|major|[\p{L}\d]+-(?:day|week|month|year|hour|nation|party|way)|(?<![\d–-])(?:1[5-9]|20)\d\d)\s+){1,4})$/u;
/** "Seoul", "U.S.": a word of a name that talks are held between. */
const BETWEEN_NAME = String.raw`(?:(?:\p{Lu}\.){2,}|\p{Lu}[\p{L}’'-]*(?![\p{L}’'-]))`;
/**
 * "talks in Geneva", "talks in the Saudi city of Jeddah", "talks between Washington and Seoul":
 * the noun and where it is (not "at a North Korean resort", whose capitalised words are an
 * adjective).
 */
const PLACE_TAIL = new RegExp(
  String.raw`^(?:\s+between\s+${BETWEEN_NAME}(?:\s+${BETWEEN_NAME}){0,3}\s+and\s+${BETWEEN_NAME}(?:\s+${BETWEEN_NAME}){0,3}|\s+(?:in|at|on|of)\s+(?:the\s+)?(?:(?!(?:a|an)\s)[\p{L}’'-]+\s+){0,3}?(?:(?:(?:\p{Lu}\.){2,}|[\p{Lu}][\p{L}\p{N}’'-]*)(?:\s+(?:(?:de|da|do|dos|del|es)\s+|${ARTICLE_JOINING})?[\p{Lu}][\p{L}\p{N}’'-]*)*)(?![\p{L}\p{N}’'-])(?<![’']s|[’'])(?:\s+(?:city|town|village|port|capital|province|state|region|island)\s+of\s+\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*)?)?`,
  'u',
);
/** "with U.S. President Donald Trump", "with Japan": the name an occurrence is held with. */
const PARTNER_TAIL =
  /^\s+with\s+(?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){0,4}\p{Lu}[\p{L}’'-]*(?![\p{L}’'-])(?:\s+(?:leaders|officials|counterparts|ministers|negotiators|envoys|diplomats|delegates|authorities|lawmakers|executives)\b)?/u;

/**
 * The noun a capitalised adjective qualifies: "(European) leaders", "(Korean) troops", "(the
 * Uruguayan) capital".
 */
const ADJECTIVE_OF =
  /^\s+(?:(?!(?:was|has|is|does|as|its|his|this|thus|plus|unless|across|always|perhaps)\b)\p{Ll}+s|capital|city|town|village|resort|border|coast|port|island|province|region|state|government|embassy|parliament|army|military|navy|side|leader|president)\b/u;

/**
 * "would" is a proposal, except reported speech of a plan or a threat: "said he would visit on
 * Thursday", "warned it would retaliate against the drills".
 */
const PROPOSED_BEFORE =
  /\b(?:propos|suggest|call(?:ed|s)? for|prospect of|(?<!\b(?:agreed?|agrees|decided|will|shall)\s+(?:to\s+)?)resum|should|could|(?<!\b(?:said|says|saying|announced|added|adding|confirmed|warned|threatened|vowed|pledged|promised|told (?:(?:an?|the) (?:\p{L}+ ){0,2})?\p{L}+(?: later| earlier)?)(?: on \p{Lu}\p{Ll}+day)?(?: that)?(?: [\p{L}’'-]+){1,3} )would)/giu;

/** "talks should take place", "elections would be held": a modal of the noun's occurring. */
const OCCURS_MODAL =
  /^\S+\s+(should|could|would|might)\s+(?:\p{Ll}+ly\s+|also\s+|still\s+|soon\s+)?(?:be|take|go|begin|start|resume|happen|continue|proceed)\b/u;

/** "could trigger (flash)", "may cause": what a hazard might bring about. */
const MAY_CAUSE =
  /\b(?:could|may|might|would|can|to)\s+(?:\p{Ll}+ly\s+)?(?:also\s+)?(?:trigger|cause|spark|unleash|fuel|worsen)\s+(?:[\p{L}-]+\s+){0,3}$/u;

/** "briefed on the", "familiar with the": what a source is said to know of. */
const SOURCE_OF =
  /\b(?:briefed on|involved in|familiar with|close to|with knowledge of|privy to|knowledgeable about|informed of)\s+(?:the|these|those)\s+$/i;

/**
 * "the brink of", "the risk of a", "warned of flash floods and", "one step away from a": what is
 * feared, not what happens or is put forward.
 */
const DANGER_OF =
  /\b(?:brink|verge|threat|threats|risk|risks|danger|fear|fears|spectre|specter|warn|warns|warned|warning|warnings)\s+of\s+(?:an?\s+|possible\s+|more\s+)?(?:(?:\p{Ll}+\s+){1,3}(?:and|or)\s+)?$|\bsteps?\s+away\s+from\s+(?:an?\s+|the\s+)?(?:[\p{Ll}-]+\s+){0,2}$/iu;

/** ", due later this year", " scheduled for March", " set to open": a noun's own timetable. */
const DUE_AFTER = /^\s*,?\s+(?:(?:due|scheduled|slated)\b|set\s+(?:for|to)\b)/;

/** "offered talks with", "an offer of a ceasefire": what is offered right before its noun. */
const OFFERED_BEFORE =
  /\boffer(?:ed|s|ing)?\s+(?:of\s+)?(?:(?:an?|the|new|fresh|direct|formal|peace|more)\s+){0,2}$/i;

/**
 * A proposing word within the 60 characters before a noun; its reporting verb may stand
 * further back ("He added that the Fed would hold a press conference after every meeting").
 */
function proposedBefore(text: string, sentenceStart: number, nounStart: number): boolean {
  const prefix = text.slice(sentenceStart, nounStart);
  // ("said Ian could be the deadliest hurricane in Florida's history": what a thing could be
  // is no occurrence put forward; "there should be a referendum" is one.)
  if (
    BE_PREDICATE_BEFORE.test(prefix) &&
    !/\bthere\s+\S+\s+be\s+\S+\s+(?:\S+\s+){0,2}$/i.test(prefix)
  )
    return false;
  if (OFFERED_BEFORE.test(prefix)) return true;
  for (const m of prefix.matchAll(PROPOSED_BEFORE))
    if (m.index >= prefix.length - 60 && !SUBORDINATE_BETWEEN.test(prefix.slice(m.index)))
      return true;
  return false;
}

/** "could be the deadliest ", "might be a ": a noun that says what something could be. */
const BE_PREDICATE_BEFORE = /\bbe\s+(?:the|an?)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

/**
 * ("elections would be held on March 5, days after protests toppled the government": past a
 * comma and a subordinator, the noun is in a clause of its own, which the modal does not reach.)
 */
const SUBORDINATE_BETWEEN = new RegExp(
  String.raw`,\s+(?:[\p{L}\d]+\s+){0,2}(?:${SUBORDINATORS}|while|as)\s`,
  'u',
);

interface SentenceContext {
  text: string;
  s: TextSpan;
  sentence: string;
  timexes: Timex[];
  published: string | null;
  /** The quotations of the story: what someone says, not what the story reports. */
  quoted: TextSpan[];
  /** The day of the story's first dated occurrence, where it is in the week before publication. */
  newsDay?: DateSpan | null;
}

/**
 * The subject before a proposing verb, if a short one: "North Korea", "The U.N. chief" (past an
 * opening phrase, a relative aside and an auxiliary; not a clause or a quotation).
 */
function proposerOf(before: string): { index: number } | null {
  const lead = FRONTED.exec(before)?.[0].length ?? 0;
  const subject = before
    .slice(lead)
    .replace(RELATIVE_ASIDE, '')
    // ("Biden, 77, called for unity": an age after the name, or before an apposition.)
    .replace(/(?<=\p{L}),\s*\d{1,3}(?:,(?=\s)|$)/gu, '')
    // ("dozens of countries, including the United States and Greece, offered": the examples.)
    .replace(/,\s+including\s[^,;:"“”]{1,80},(?=\s)/gu, '')
    .replace(/\s+(?:has|have|had|also|then|later|went on to|on \p{Lu}\p{Ll}+day)(?=\s|$)/gu, '')
    .trim();
  const words = subject.split(/\s+/);
  // ("Ruiz condemned the ruling and urged": a predicate joined before the verb is no subject.)
  const plain = !/[,;:"“”]/.test(subject) && !/\s(?:and|but)$/.test(subject);
  // ("Spain, France and Israel offered": or a list of names; "In Seoul, police offered": a
  // subject after an opening phrase may be a common noun; "Members of the South Korean boy
  // band BTS urged": a longer one that ends in a name.)
  // (A count of a plural opens one in lower case after "and": "and dozens of countries".)
  return subject &&
    (lead > 0 ||
      /^\p{Lu}/u.test(subject) ||
      /^(?:dozens|scores|hundreds|thousands|several|many)\s+of\s/.test(subject)) &&
    ((words.length <= 6 && plain) ||
      (words.length <= 10 && plain && /\s\p{Lu}[\p{L}'’.-]*$/u.test(subject)) ||
      (words.length <= 10 && NAME_LIST.test(subject)))
    ? { index: lead }
    : null;
}

/** "Spain, France and Israel": a list of names, the whole of a subject. */
const NAME_LIST = new RegExp(`^${LIST_ITEM}${LIST_REST.source.slice(1)}$`, 'u');

/** "from 14.1 trillion won ", "than ", "from the same period ": before the base of a comparison. */
const COMPARED_WITH =
  /\b(?:from|than|with|over|versus)\s+(?:\S*\d\S*\s+(?:\p{L}+\s+){0,2}|the\s+same\s+(?:period|quarter|month|time)\s+)?$/u;

/** "was", "will": a verb that may open a clause after its subject. */
const AUXILIARY_WORDS = 'is|are|was|were|has|have|had|will|would|can|could';
const AUXILIARY = new RegExp(String.raw`(?<=\s)(?:${AUXILIARY_WORDS})\b`);
/** A word of a verb's group before the verb itself: "had", "been", "not", "since". */
const BEFORE_VERB_WORD = new RegExp(
  `^(?:${AUXILIARY_WORDS}|been|not|never|since|just|also|later)$`,
  'i',
);
/** "... when it tried": a subordinate clause whose subject may be the sentence's. */
const SUBORDINATE_JOINER = /\b(?:when|as|after|before|until)\s+$/;

/**
 * " last", " also", " quickly": an adverb that ends a subject, before its verb (not a noun in
 * -ly: "The royal family declared").
 */
const ADVERB_END =
  /\s+(?:last|first|also|then|again|(?!(?:family|ally|rally|supply|assembly|monopoly|anomaly)$)\p{Ll}+ly)$/u;

/**
 * The subject of a sentence's first verb, when a proposing verb after "and" shares it: "U.S.
 * Secretary of State Marco Rubio" of "... Marco Rubio spoke to officials and urged".
 */
function subjectOfFirstVerb(
  before: string,
  joiner = /\b(?:and|but)\s+(?:also\s+)?$/,
): TextSpan | null {
  if (!joiner.test(before)) return null;
  const lead = FRONTED.exec(before)?.[0].length ?? 0;
  // ("The deal, brokered by Russia and Turkey, was announced": not the verb of an aside.)
  // (A subject is short: its first 300 letters are read, not a whole long sentence per verb.)
  const rest = before
    .slice(lead, lead + 300)
    .replace(PARTICIPLE_ASIDE, (a) => ' '.repeat(a.length));
  const at = Math.min(
    ...[PAST_VERB.exec(rest), /\b(?:said|told)\b/.exec(rest), AUXILIARY.exec(rest)].map(
      (v) => v?.index ?? rest.length,
    ),
  );
  if (at >= rest.length) return null;
  // (Not an adverb before the verb: "Pyongyang last fired".)
  // ("Musk, the head of Tesla, agreed ... but tried": the name before its apposition.)
  const whole = before
    .slice(lead, lead + at)
    .trimEnd()
    .replace(ADVERB_END, '');
  const subject = whole.replace(APPOSITION_AFTER_NAME_END, '').replace(AGE_AFTER_NAME, '');
  return proposerOf(rest.slice(0, subject.length))
    ? { start: lead, end: lead + subject.length }
    : null;
}

/** "it to do so", "to do the same": a proposal's words that only point back. */
const DONE_SO = /^(?:(?:it|them|him|her|us)\s+)?(?:to\s+)?do\s+(?:so|it|that|the\s+same)\b/i;

/** What a proposing verb puts forward: proposed, dated only if the text dates it. */
function proposals({ text, s, sentence, timexes }: SentenceContext): EventCandidate[] {
  const out: EventCandidate[] = [];
  const found = [...sentence.matchAll(PROPOSING)];
  for (const [k, m] of found.entries()) {
    // "called for a ceasefire and proposed that talks resume": each proposal ends where the
    // next one's verb begins.
    const next = found[k + 1];
    const limit = next
      ? s.start + next.index - (/\s+and\s+$/.exec(sentence.slice(0, next.index))?.[0].length ?? 0)
      : s.end;
    const scope = clauseFrom(text, s.start + m.index + m[0].length, limit);
    if (scope.end - scope.start < 8) continue;
    // ("passed the bill after Lee urged it to do so": what is urged is told before, no plan.)
    if (DONE_SO.test(text.slice(scope.start, scope.end))) continue;
    // "crowds that had called for his removal cheered": a restrictive relative says which
    // crowds, it puts nothing forward in the story.
    if (
      /[^,\s]\s+(?:that|who)\s+(?:(?:had|have|has)\s+)?(?:\p{Ll}+ly\s+)?$/u.test(
        sentence.slice(0, m.index),
      )
    )
      continue;
    // ("The bill, which aims to raise $2.7 billion, now goes to Ruto": what a thing is meant to
    // do says what it is; nobody puts it forward here; nor "Laschet, who hopes to succeed Merkel
    // in September's election, visited Hagen", what a person hopes for.)
    if (
      /^(?:aims?|hopes?|seeks?)\b/i.test(m[0]) &&
      /,\s*(?:which|who)\s+(?:\p{Ll}+ly\s+)?$/u.test(sentence.slice(0, m.index))
    )
      continue;
    // "polls suggest his party will lose": what evidence suggests is a forecast or a finding,
    // told in the indicative; a proposal is not ("suggested that the two sides hold talks").
    // ("suggested without evidence that groups could be setting the fires": nor what someone
    // claims without evidence.)
    if (
      /^suggest/i.test(m[0]) &&
      /^(?:(?:\S+\s+){0,5}?(?:will|is|are|was|were|has|have|had)\b|,?\s*without\s+(?:any\s+|providing\s+)?evidence\b)/.test(
        text.slice(scope.start, scope.end),
      )
    )
      continue;
    // "North Korea offered to send a delegation": what is put forward without a subject of its
    // own is headed by who puts it forward (not "proposed that athletes march", which has one).
    const ownSubject = /that\s+$/.test(m[0]);
    // ("astronauts will fly around the moon in 2024, and NASA hopes to land": the subject of
    // the last clause joined before it.)
    const joined = [...sentence.slice(0, m.index).matchAll(/(?:,\s+(?:and|but)|;)\s+/g)].at(-1);
    const joinedAt = joined ? joined.index + joined[0].length : 0;
    const proposerIn = (at: number) => {
      const found = proposerOf(sentence.slice(at, m.index));
      return found && { index: at + found.index };
    };
    const proposer = ownSubject
      ? null
      : (proposerIn(0) ?? (joinedAt ? proposerIn(joinedAt) : null));
    // ("Rubio spoke to officials on Tuesday and urged them to avoid escalation": the subject of
    // the first verb urges too.)
    // ("The launch came a day after the chiefs met and urged the North to ...": the subject
    // of the first verb of the proposal's own clause.)
    const subordinator = [...sentence.slice(0, m.index).matchAll(SUBORDINATOR)].at(-1);
    const clauseAt = subordinator ? subordinator.index + subordinator[0].length : 0;
    const shared =
      proposer || ownSubject ? null : subjectOfFirstVerb(sentence.slice(clauseAt, m.index));
    const sharedSubject = shared && { start: clauseAt + shared.start, end: clauseAt + shared.end };
    const from = proposer
      ? s.start + proposer.index
      : sharedSubject
        ? s.start + sharedSubject.start
        : scope.start;
    const verbAt = s.start + m.index;
    const verbEnd = verbAt + m[0].length;
    const headline = proposer
      ? headlineOf(text, { start: from, end: scope.end }, 12, verbEnd)
      : sharedSubject
        ? `${headlineOf(text, { start: from, end: s.start + sharedSubject.end }, 8)} ${lowerFirst(headlineOf(text, { start: verbAt, end: scope.end }, 10, verbEnd))}`
        : headlineOf(text, scope, 10);
    const evidence = { start: from, end: scope.end };
    // ("proposed on Monday that the two sides hold talks": the day of the proposing, not of
    // what it puts forward.)
    const ofProposing = (t: Timex) =>
      /^\s*(?:on|last|this|late|early|in)?\s*$/i.test(text.slice(verbEnd, t.start)) &&
      /^,?\s+that\b/.test(text.slice(t.end, t.end + 7));
    out.push({
      headline,
      date: datedBy(text, timexes, scope, ofProposing),
      status: 'proposed',
      evidence,
      scopes: [scope],
      kind: `proposal:${headline.toLowerCase()}`,
    });
  }
  return out;
}

/**
 * " attempt" after "assassination", " final" after "World Cup", " wave" after "flood": a part
 * or a kind of the occurrence, which the noun's headline keeps.
 */
const PART_AFTER =
  /^\s+(?:attempts?|waves?|performance|plot|final|finals|semifinals?|semi-finals?|quarterfinals?|quarter-finals?|qualifiers?|opener)\b/;
/** " Helene" after "Hurricane", " Yagi" after "Typhoon": the name a storm is given. */
const STORM_NAME = /^[ \t]+\p{Lu}\p{Ll}+(?![\p{L}’'-])/u;
/** The storms that are given names. */
const NAMED_STORM = /^(?:Hurricane|Typhoon|Cyclone)$/;
/**
 * "to a major ", "into a ", "as a Category 5 ", "reach the coast as a ": what a storm grows
 * into, is ranked as or strikes as.
 */
const STORM_CLASS_BEFORE =
  /(?:\b(?:gr[eo]wn?|strengthen(?:ed|s)?|intensif(?:ied|ies)|upgraded|downgraded|weaken(?:ed|s)?|develop(?:ed|s)?|turn(?:ed|s)?)\b[^.;,]{0,40}?\b(?:to|into)|\b(?:landfall|ashore|classified|ranked|rated|reach(?:ed|es)?|hit|hits|str(?:ike|ikes|uck)|threaten(?:ed|s)?|cross(?:ed|es)?|remain(?:ed|s)?|stay(?:ed|s)?)\b[^.;]{0,60}?\sas|\bbec(?:a|o)mes?)\s+(?:an?\s+|the\s+)?(?:[\p{L}\d-]+\s+){0,3}$/iu;
const COMPOUND_HEAD =
  /^\s+(?:cabinet|crimes?|criminals?|zone|room|chest|footing|veterans?|memorial|museum|campaign|commission|committee|council|monitors?|observers?|officials?|team|delegates?|delegation|venue|organi[sz]ers|workers|victims|survivors|site|anniversary|dead|defeats|losses|results?|rules|laws?|fraud|pledges|promises|winds|season|warnings?|watch|shelters?|cent(?:er|re)s?|pads?|systems?|programs?|programmes?|agency|authority|stadium|arena|hall|hotel|station|airport|facilit(?:y|ies)|vehicles?|window|motions?|bills?|petitions?|drills?|simulations?)\b/i;

/**
 * "is due to", "hopes to": the noun after is the verb of a plan ("hopes to visit China"), or
 * what the plan holds ("was expected to hold an emergency meeting").
 */
const AIMED_AT =
  /\b(?:due|expected|set|scheduled|slated|plans?|planned|hopes?|hoped|intends?|wants?|going|aims?|seeks?)\s+to\s+(?:(?:hold|host|convene|stage|attend|call)\s+(?:an?|the|its|their)\s+(?:[\p{L}-]+\s+)?)?$/iu;

/** "the damage from (this month's) ": what an occurrence left, which it did before. */
const AFTERMATH_OF =
  /\b(?:damage|aftermath|destruction|devastation|victims|survivors|toll|wreckage|debris|rubble|losses|recovery)\s+(?:from|of|after|caused\s+by)\s+(?:the\s+)?(?:[\p{L}\s]+['’]s\s+|(?:[\p{L}.-]+\s+){1,3})?$/iu;

/** "prepare for", "are gearing up for": the occurrence after it is readied, still to come. */
const PREPARED_FOR =
  /\b(?:(?:prepar(?:e|es|ing)|gear(?:s|ing)?\s+up|(?:is|are)\s+bracing)\s+for|ahead\s+of|in\s+the\s+(?:run|lead)[-\s]up\s+to)\s+(?:[\p{L}’'-]+\s+){0,3}$/iu;

/** " that the truce would": a clause of what was said, not a relative one ("that began"). */
const REPORTED_AFTER =
  /\sthat\s+(?:the|a|an|it|he|she|they|we|this|these|those|its|their|his|her|\p{Lu})/u;

/** "expected the", "want a": a verb whose object is asked or expected to do something. */
const EXPECTED_OF =
  /\b(?:expects?|expected|wants?|wanted|urged|urges|asked|asks|forecasts?|predicted|predicts)\s+(?:(?:the|a|an|its|their|his|her)\s+)?$/i;

/** "the earthquake that struck Sulawesi": a relative clause right after a noun. */
const RELATIVE_AFTER_NOUN =
  /^[\p{L}’'-]+(?:\s+(?:and|or)\s+[\p{L}’'-]+)?\s+(?:that|which)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+/u;

/** "The launch came days after": a verb that tells nothing of its own. */
const LIGHT_VERB_NEXT =
  /^\s+(?:\p{Ll}+ly\s+)?(?:came|went|was|were|had|did|got|seemed|looked|said|aimed)\b/u;

/** "Next month's ", "Last Sunday's ": a time that owns the name after it. */
const TIME_OWNER_OPENING =
  /^(?:Next|Last|This)\s+(?:week|month|year|weekend|season|\p{Lu}\p{Ll}+day)[’']s\s+/u;

/**
 * " must be held", " will be staged" (group 1), or " was held": a noun's own passive right after
 * it, looking ahead or told in the past (one pattern: a second built on the list of planned
 * passives had made the seed slower).
 */
const OWN_PASSIVE_NEXT = new RegExp(
  String.raw`^\s+(?:(${AHEAD_BE})|(?:was|were)\s+)(?:${PLANNED_PASSIVE})\b`,
  'u',
);

/**
 * "since 2016", "since a 2019 summit", "since the end of the 1950-53 Korean War": the start of a
 * period a perfect runs over (so the perfect is no news of today).
 */
const SINCE_PERIOD =
  /\bsince\s+(?:the\s+|an?\s+(?=\d))?(?:(?:late|early|mid)[\s-]+)?(?:(?:end|start|beginning|middle|outbreak|onset|launch|fall|collapse|height|peak)\s+of\s+(?:the\s+)?)?(?:\d|\p{Lu})/u;

/**
 * "have landed there before", "has ever won", "had previously met": what happened some time;
 * "has long called": what has been so for long.
 */
const EXPERIENCE =
  /\b(?:ever|previously|(?<=\b(?:has|have|had)\s+)long|before(?=\s*(?:[.;]|$))|in\s+the\s+past(?=\s*(?:[.;]|$)))\b/;

/** "if its demands are not met": a condition, whose times are its own. */
const CONDITION = /,?\s(?:if|unless)\s/;

/** "after the court removed him": a clause of its own, measured from. */
const SUBORDINATE = /\s(?:after|before|because|until|while)\s+(.*)$/su;

/** Whether words hold a verb that tells something done: "removed", "was recorded". */
const tellsDeed = (words: string) =>
  ACTION.test(words) || PAST_VERB.test(words) || PASSIVE_VERB.test(words);

/**
 * Where a clause with a verb of its own starts after `from`, or `end` ("The election was held
 * after the court removed Yoon in April": April dates the removal, not the election).
 */
function subordinateAt(text: string, from: number, end: number): number {
  const m = SUBORDINATE.exec(text.slice(from, end));
  // (A passive's too: "after Berlusconi was recorded last week".)
  return m && tellsDeed(m[1] ?? '') ? from + m.index : end;
}

/** " and said", ", and told": the subject's second predicate, a verb of speech. */
const AND_SPOKE =
  /,?\s+and\s+(?:\p{Ll}+ly\s+)?(?:said|told|added|warned|announced|stated|insisted|noted)\b/u;

/**
 * The clause that tells of a noun, up to the main verb when the noun carries a relative clause
 * ("the quake that struck the island rose to 1,234 on Tuesday": Tuesday is the toll's date).
 */
function ownClause(text: string, nounStart: number, whole: TextSpan): TextSpan {
  const until = subordinateAt(text, nounStart, whole.end);
  // ("called a cabinet meeting and declared a day of mourning for Monday": a second predicate
  // of the subject is none of the noun's.)
  // (Nor a plan joined after it: "after launch and is expected to start service in 2025".)
  // (Nor what the subject said after it: "met Moon before the closing ceremony and said
  // Pyongyang was ready to talk".)
  const and = [
    AND_PREDICATE_ONCE.exec(text.slice(nounStart, until)),
    AND_AUXILIARY_ONCE.exec(text.slice(nounStart, until)),
    AND_SPOKE.exec(text.slice(nounStart, until)),
  ]
    .filter((m) => !!m)
    .sort((a, b) => a.index - b.index)[0];
  // ("open to talks if Washington dropped its demand": a condition's words are not the noun's.)
  const condition = CONDITION.exec(text.slice(nounStart, and ? nounStart + and.index : until));
  const clause = {
    start: whole.start,
    end: condition ? nounStart + condition.index : and ? nounStart + and.index : until,
  };
  const relative = RELATIVE_AFTER_NOUN.exec(text.slice(nounStart, clause.end));
  if (!relative) return clause;
  const from = nounStart + relative[0].length;
  const rest = text.slice(from, clause.end);
  const main = ACTION.exec(rest) ?? PAST_VERB.exec(rest);
  return main ? { start: clause.start, end: from + main.index } : clause;
}

/**
 * "the 1950-53 Korean War", "the 2014–2016 epidemic": the years a noun is qualified by, which
 * no single TIMEX3 value writes, date the occurrence from the first to the last; "a 2019
 * summit": the year that names which one.
 */
function yearsBefore(before: string): DateSpan | null {
  const m =
    /\b(1[5-9]\d\d|20\d\d)[-–](\d\d|1[5-9]\d\d|20\d\d)\s+$/.exec(before) ??
    /\b(?:the|an?|its|their|his|her)\s+(1[5-9]\d\d|20\d\d)()\s+$/i.exec(before);
  if (!m?.[1] || m[2] === undefined) return null;
  const first = Number(m[1]);
  const last =
    m[2] === ''
      ? first
      : m[2].length === 2
        ? Math.floor(first / 100) * 100 + Number(m[2])
        : Number(m[2]);
  if (last < first || last - first > 99) return null;
  return {
    start: `${first}-01-01`,
    end: `${last}-12-31`,
    precision: 'year',
    approximate: false,
    text: m[0].trim().replace(/^\p{L}+\s+/u, ''),
  };
}

/** "to end the", "halting its": a verb that puts an end to an occurrence already under way. */
const ENDED_BEFORE =
  /\b(?:(?:end|ends|ending|ended|stop|stops|stopping|stopped|halt|halts|halting|halted)|the\s+end\s+of)\s+(?:the|its|their|this|a)\s+$/i;

/** "aimed at", "designed to", "known as": a participle after a noun that describes it. */
const DESCRIBING_PARTICIPLE =
  /^\s+(?:aimed|designed|intended|meant|dubbed|nicknamed|titled|entitled|known|based|modell?ed|named|called)\b/;

/** "astronomers ", "officials ": a plural with no article or owner before it, then a space. */
const PLURAL_SUBJECT_BEFORE =
  /(?:^|[,;]\s+|\b(?:when|as|while|after|before|because|and|but|that|where)\s+)(?:\p{L}+\s+)?(?!(?:its|his|hers|ours|theirs|this|was|has|is|as|us|yes|plus|thus|less|news|series|species)\s)\p{Ll}{3,}s\s+$/u;
/** A contest: the Games, a cup, a championship. */
const CONTEST = /^(?:Olympics|Paralympics|Games|World Cup|championships?|tournament)$/i;
/** "gold medal of the ", "semi-finals of the 2002 ", "co-hosts of the ": a contest's part or prize. */
const PART_OF_CONTEST_BEFORE =
  /\b(?:medals?|golds?|silvers?|bronzes?|titles?|crowns?|(?:semi|quarter)[-‐]?finals?|finals?|rounds?|stages?|legs?|editions?|(?:co[-‐])?hosts?|records?|opening|closing)\s+of\s+(?:the|this|next|last|its|their)\s+(?:[\p{L}\d'’.-]+\s+){0,3}$/iu;

/** Occurrences whose noun is capitalised wherever it stands. */
const NAME_LIKE_OCCURRENCE = /^(?:Olympics|Paralympics|Games|World Cup)$/;
/** " Canada": a name right after a noun, with no preposition; not a day or a month. */
const BODY_NAME_AFTER = new RegExp(String.raw`^\s(?!(?:${CALENDAR_NAMES})\b)\p{Lu}\p{L}`, 'u');

/**
 * "have never been held", "did not take place", "cannot be held until July", "has yet to be
 * held": an occurrence denied.
 */
const DENIED_AFTER =
  /^[^,;:.!?"“”]{0,60}?\b(?:(?:has|have|had|was|were|is|are|did|does|do|will|would|could|can)(?:\s+(?:not|never)|n['’]t)|cannot)\s+(?:yet\s+)?(?:been\s+|be\s+)?(?:held|take|taken|took|happen(?:ed)?|occur(?:red)?|go\s+ahead|gone\s+ahead|start(?:ed)?|beg(?:in|un))\b|^[^,;:.!?"“”]{0,60}?\b(?:has|have|had|is|are|was|were)\s+yet\s+to\s+(?:be\s+held|take\s+place|happen|start|begin)\b/;

/** "had been scheduled to begin", "had been due on": a plan told from after it was overtaken. */
const OVERTAKEN_AFTER =
  /^[^,;:.!?"“”]{0,40}?\bhad\s+been\s+(?:scheduled|planned|set|due|expected|slated)\s+(?:to|for|on)\b/;

/** "a meeting on the ", "talks about the ": a gathering's noun and the topic it takes up. */
const TOPIC_OF_BEFORE =
  /\b(?:meeting|talks|session|debate|discussions?|consultations?|briefing|hearing)\s+(?:on|about|over)\s+(?:the|this|that|its|their)\s+(?:[\p{L}-]+\s+)?$/iu;

/** Occurrences named by a noun ("next month's World Cup", "rare talks"). */
function namedOccurrences(
  ctx: SentenceContext,
  proposed: EventCandidate[],
): Array<EventCandidate & { anaphoric: boolean }> {
  const { text, s, sentence, timexes, published } = ctx;
  // The tense of the report, not of a quotation in it or of a relative clause ("Kono, who
  // will visit in May, said ..."; "the meeting, which began at 2 p.m.").
  const narration = (words: string) =>
    words
      .replace(/[“"][^”"]*[”"]/g, ' ')
      .replace(RELATIVE_ASIDE, ',')
      .replace(CLOSING_RELATIVE, '')
      .replace(PREPOSITION_RELATIVE, ' ');
  const future = FUTURE.test(narration(sentence));
  const withoutAsides = withoutRelativeAsides(sentence);
  // ("Typhoon Yagi, the strongest storm to hit Asia this year, has killed": what a name's
  // apposition says of it does not date the sentence's news.)
  // (Not a report between commas: ", the Qatari foreign ministry said on Sunday,".)
  const nameAsides = [...sentence.matchAll(AFTER_NAME_APPOSITION)]
    .filter((m) => !SPEECH.test(m[0]))
    .map((m) => ({
      start: s.start + m.index,
      end: s.start + m.index + m[0].length,
    }));
  const relativeAsides = [...sentence.matchAll(RELATIVE_ASIDE)];
  // (The sentence's clauses, read once for all its nouns.)
  let sides: TextSpan[] | undefined;
  const out: Array<EventCandidate & { anaphoric: boolean }> = [];
  for (const m of sentence.matchAll(EVENT_NOUN)) {
    const nounText = m[2] ?? '';
    const sort = EVENT_NOUNS[nounText.toLowerCase()] ?? nounText.toLowerCase();
    const nounStart = s.start + m.index + m[0].length - nounText.length;
    // ("would study the games": a name's noun in small letters is a common noun, not the Games.)
    if (NAME_LIKE_OCCURRENCE.test(titleCase(nounText)) && /^\p{Ll}/u.test(nounText)) continue;
    // ("If it upholds the impeachment, an election must be held": what a condition names is
    // not told as an occurrence.)
    if (/^(?:If|Unless)\s[^,;:"“”]*$/.test(text.slice(s.start, nounStart))) continue;
    // ("two days after Trump called off a planned summit with Kim": what a verb undoes or puts
    // off does not happen when the sentence's day says; the undoing is the occurrence.)
    if (UNDONE_BEFORE.test(text.slice(Math.max(s.start, nounStart - 60), nounStart))) continue;
    // ("12 American prisoners of war killed in the blast": who a war took, not a war told; "the
    // "semi-state of war" it declared": a footing, not a war.)
    if (
      /\b(?:prisoners?|act|acts|spoils|theatre|theater|state)\s+of\s+$/i.test(
        text.slice(Math.max(s.start, nounStart - 16), nounStart),
      )
    )
      continue;
    // ("will hold an emergency meeting on the launch": what a meeting is about, told already.)
    if (TOPIC_OF_BEFORE.test(text.slice(Math.max(s.start, nounStart - 40), nounStart))) continue;
    // ("astronomers meeting in Prague adopted", "officials meeting in Geneva": an "-ing" word
    // right after a bare plural is its participle, no occurrence.)
    if (
      /ing$/i.test(nounText) &&
      PLURAL_SUBJECT_BEFORE.test(text.slice(Math.max(s.start, nounStart - 30), nounStart))
    )
      continue;
    // ("won his eighth gold medal of the Beijing Olympics on Sunday", "reach the semi-finals of
    // the World Cup on Saturday", "co-hosts of the tournament": a contest a part or a prize of
    // it names is the frame of what the clause tells, not an occurrence its day dates.)
    if (
      CONTEST.test(nounText) &&
      PART_OF_CONTEST_BEFORE.test(text.slice(Math.max(s.start, nounStart - 80), nounStart))
    )
      continue;
    // ("in women's shooting and archery": a sport's discipline, not a shooting told.)
    if (
      sort === 'shooting' &&
      SHOOTING_SPORT_BEFORE.test(text.slice(Math.max(s.start, nounStart - 16), nounStart))
    )
      continue;
    // ('"We will challenge the verdict on Monday"': what a quotation names is someone's words.)
    if (inQuote(ctx.quoted, { start: nounStart, end: nounStart + 1 })) continue;
    // ("an assassination attempt", "a debate performance": the noun after is part of it.)
    const next = text.slice(nounStart + nounText.length, nounStart + nounText.length + 24);
    // ("Hurricane Helene": a storm's name is part of it, and says which storm it is.)
    const storm = NAMED_STORM.test(nounText) ? STORM_NAME.exec(next)?.[0] : undefined;
    const nounEnd =
      nounStart + nounText.length + (storm ?? PART_AFTER.exec(next)?.[0] ?? '').length;
    // ("the attack was revenge for Kenya's deployment of troops to Somalia in October 2011": a
    // noun said to answer another names none of that one's times.)
    if (ANSWER_AFTER.test(text.slice(nounEnd, Math.min(s.end, nounEnd + 60)))) continue;
    const kind = storm ? `${sort} ${storm.trim().toLowerCase()}` : sort;
    // "the war cabinet", "election monitors": the noun qualifies another; "any agreement" is
    // none yet, and "held without trial" none at all.
    // ("hurricane-force winds", "post-war Germany": a noun joined by a hyphen is a modifier.)
    if (
      COMPOUND_HEAD.test(text.slice(nounEnd, nounEnd + 16)) ||
      OCCURRENCE_AFTER.test(text.slice(nounEnd, nounEnd + 32)) ||
      // (Not "by-elections", "re-election": a prefix, which makes it no modifier.)
      (/[-‐]$/.test(text.slice(nounStart - 1, nounStart)) &&
        !/\b(?:by|re)[-‐]$/i.test(text.slice(Math.max(0, nounStart - 4), nounStart))) ||
      /^[-‐]\p{L}/u.test(text.slice(nounEnd, nounEnd + 2))
    )
      continue;
    // ("results showed, Elections Canada said": a capitalised noun inside a sentence that a name
    // follows opens a body's name; not a storm's class before its name, nor the Games.)
    if (
      !storm &&
      /^\p{Lu}/u.test(nounText) &&
      !NAME_LIKE_OCCURRENCE.test(nounText) &&
      nounStart > s.start &&
      BODY_NAME_AFTER.test(text.slice(nounEnd, nounEnd + 24))
    )
      continue;
    // ("gathered outside the Commission on Elections in Manila": so does one after a body's
    // word and its preposition end that body's name.)
    if (
      /^\p{Lu}/u.test(nounText) &&
      !NAME_LIKE_OCCURRENCE.test(nounText) &&
      BODY_OF_BEFORE.test(text.slice(Math.max(s.start, nounStart - 60), nounStart))
    )
      continue;
    // ("grew from a tropical storm to a major hurricane", "made landfall in Florida as a Category
    // 5 hurricane": the class a storm reached is no storm of its own.)
    if (
      /^(?:hurricane|typhoon|cyclone)$/i.test(nounText) &&
      STORM_CLASS_BEFORE.test(text.slice(Math.max(s.start, nounStart - 48), nounStart))
    )
      continue;
    // ("After meeting Xi on Monday, Biden said", "since bombing the bridge": a noun in -ing
    // right after a conjunction and before its object is a verb.)
    if (
      /ing$/i.test(nounText) &&
      /\b(?:after|before|since|while|when|upon|without)\s+$/i.test(
        text.slice(Math.max(s.start, nounStart - 8), nounStart),
      ) &&
      /^\s+(?:with\s+)?(?:the|an?|his|her|its|their|him|them|it|\p{Lu})/u.test(
        text.slice(nounEnd, nounEnd + 12),
      )
    )
      continue;
    // ("a price war led by BYD", "a bidding war": a contest of a market, no armed conflict.)
    if (
      /^wars?$/i.test(nounText) &&
      /\b(?:price|bidding|fare|rate|subsidy|talent|streaming|console|format|turf)\s+$/i.test(
        text.slice(Math.max(s.start, nounStart - 12), nounStart),
      )
    )
      continue;
    // ("won by a landslide", "a landslide victory": a margin, no disaster.)
    if (
      /^landslides?$/i.test(nounText) &&
      (/\b(?:by|in)\s+an?\s+$/i.test(text.slice(Math.max(s.start, nounStart - 8), nounStart)) ||
        /^\s+(?:victory|victories|win|wins|defeat|majority|mandate)\b/i.test(
          text.slice(nounEnd, nounEnd + 12),
        ))
    )
      continue;
    // ("No new legislative elections can be held": past its adjectives too.)
    if (
      /\b(?:any|no|without)\s+(?:\p{Ll}+\s+){0,2}$/iu.test(
        text.slice(Math.max(s.start, nounStart - 40), nounStart),
      )
    )
      continue;
    // ("Elections promised since then have never been held", "The summit did not take place":
    // so is one whose own verb, before any comma, is denied; or whose plan is told as
    // overtaken: "The trial had been scheduled to begin on March 4 before the court agreed".)
    if (
      DENIED_AFTER.test(text.slice(nounEnd, s.end)) ||
      OVERTAKEN_AFTER.test(text.slice(nounEnd, s.end))
    )
      continue;
    // "told a news conference", "said at a press briefing", "said in a televised address", "said
    // at a government meeting": how the news was given, not news (what was said is the quote).
    if (
      (/^(?:conference|briefing)$/i.test(nounText) &&
        /\b(?:news|press)\s+$/i.test(text.slice(Math.max(s.start, nounStart - 6), nounStart))) ||
      (/^(?:address|speech|meeting)$/i.test(nounText) &&
        /\b(?:said|says|told\s+\S+|added|wrote)\s+(?:in|during|at)\s+(?:an?|his|her|their|its)\s+(?:\p{Ll}+\s+){0,2}$/u.test(
          text.slice(Math.max(s.start, nounStart - 60), nounStart),
        ))
    )
      continue;
    // "he would address the nation", "plans to visit": a noun that is a verb too, after a
    // modal or "to", is that verb (its clause is told as a plan).
    if (
      VERB_TOO.test(nounText) &&
      /\b(?:will|would|shall|can|could|must|should|may|might|to|not)\s+(?:\p{Ll}+ly\s+)?$/u.test(
        text.slice(Math.max(s.start, nounStart - 24), nounStart),
      )
    )
      continue;
    // (", meeting French President Emmanuel Macron": a noun in -ing there is a participle, the
    // verb of its clause, as any is: "shooting", "bombing", "hearing".)
    if (
      /ing$/i.test(nounText) &&
      /(?:,|\b(?:and|while|after|before|when))\s*$/.test(
        text.slice(Math.max(s.start, nounStart - 8), nounStart),
      ) &&
      /^\s+(?:\p{Lu}|(?:with|his|her|their|its)\b)/u.test(text.slice(nounEnd, nounEnd + 8))
    )
      continue;
    // ("The launch came a day after ...": the subject of a frame of time is told already.)
    const came = /^\s+(?:came|comes)\b/.exec(text.slice(nounEnd, nounEnd + 8));
    if (came && CAME_WHEN.test(text.slice(nounEnd + came[0].length, nounEnd + came[0].length + 40)))
      continue;
    // "will pause 15 months of war": a measure of the occurrence, not a mention of it.
    // ("after four days of missile and drone attacks": past the words that qualify it.)
    // ("more than a decade of civil war": one unit counted too; not "the first day of talks".)
    if (
      /\b(?:(?:a|an|one|another)\s+(?:day|week|month|year|decade|century)|days|weeks|months|years|decades|centuries)\s+of\s+(?:[\p{Ll}-]+\s+){0,3}$/iu.test(
        text.slice(s.start, nounStart),
      )
    )
      continue;
    const found = MODIFIERS.exec(text.slice(s.start, nounStart));
    // "The drills" at a sentence's start: its article is no modifier ("The Fed's next policy
    // meeting" keeps the words after it).
    const mods = found?.[1]?.replace(/^(?:The|A|An|These|This|Those|That)\s+/, '') || null;
    const start = mods ? nounStart - mods.length : nounStart;
    // "to the brink of nuclear war", "fears of a wider war": a danger, neither news nor a plan.
    if (DANGER_OF.test(text.slice(Math.max(s.start, start - 48), start))) continue;
    // ("is due to visit Damascus on Thursday, the first visit by a head of state since": an
    // aside that ranks the clause's own occurrence is no other.)
    if (RANKING_ASIDE_BEFORE.test(text.slice(Math.max(s.start, nounStart - 60), nounStart)))
      continue;
    // ("will mark the 25th anniversary of their first summit on June 15": the day is the
    // anniversary's, and the summit long past.)
    if (
      /\banniversary\s+of\s+(?:the\s+|their\s+|its\s+|his\s+|her\s+)?$/i.test(
        text.slice(Math.max(s.start, start - 40), start),
      )
    )
      continue;
    // ("heavy rain could trigger flash floods": a hazard, which nobody puts forward.)
    if (MAY_CAUSE.test(text.slice(Math.max(s.start, start - 40), start))) continue;
    // ("an official briefed on the talks said": what names a source is no news of its own.)
    if (SOURCE_OF.test(text.slice(Math.max(s.start, start - 40), start))) continue;
    const anaphoric =
      !mods &&
      /\b(?:the|these|this|those|that|such|its|their)\s+$/i.test(
        text.slice(Math.max(s.start, start - 8), start),
      );
    const own = ownClause(text, nounStart, clauseFrom(text, nounStart, s.end));
    // "told a news conference in Doha that the truce would take effect on Sunday": what was
    // said there is another occurrence, with its own date.
    const said = REPORTED_AFTER.exec(text.slice(nounEnd, own.end));
    const after = said ? { start: own.start, end: nounEnd + said.index } : own;
    // (After the whole noun: "World Cup qualifiers" is not cut to "World".)
    const placed = PLACE_TAIL.exec(text.slice(nounEnd, after.end));
    // "a summit of European leaders": a capitalised adjective before its noun is no place.
    const tail =
      placed && !ADJECTIVE_OF.test(text.slice(nounEnd + placed[0].length)) ? placed : null;
    const tailEnd = nounEnd + (tail?.[0].length ?? 0);
    // "exercises in five years from March": a tail that runs into a time is no place's.
    const timed = timexes.some((t) => t.start > nounStart && t.start < tailEnd);
    const np: TextSpan = { start, end: timed ? nounEnd : tailEnd };
    // ("his first summit with U.S. President Donald Trump": who it is with says which one.)
    const partner = tail?.[0] ? null : PARTNER_TAIL.exec(text.slice(nounEnd, after.end));
    const partnerEnd = nounEnd + (partner?.[0].length ?? 0);
    // "the war, which began on Oct. 7", "the reunions, scheduled for Aug. 20-26": the noun's
    // own relative or participle clause dates it.
    // ("his first summit with Trump, scheduled for Monday": past the noun's partner too, or its
    // matter: "a criminal trial on insurrection charges, which resumes on April 14".)
    const described =
      /^(?:\s+(?:with|between|among|against|on|over|into)\s[^,;]{1,60})?,\s*(?:which|that|scheduled|planned|set|slated|due)\s[^,;]*/.exec(
        text.slice(np.end, s.end),
      );
    // ("Typhoon Yagi, the most powerful storm to hit Asia this year,": what it is, not when.)
    const apposed = NAME_APPOSITION.exec(text.slice(nounEnd, s.end));
    const inApposition = (t: Timex) =>
      !!apposed && t.start >= nounEnd && t.end <= nounEnd + apposed[0].length;
    // ("to formally end the Korean War this year": the time is the ending's, not the war's.)
    const ended = ENDED_BEFORE.test(text.slice(Math.max(s.start, start - 40), start));
    // ("The verdict bars Khan from contesting a national election due by November": a time
    // right after another occurrence's noun is that one's; not after the agent of a
    // participle, "resume reunions of families separated by the war on Aug. 15".)
    const othersTime = (t: Timex) => {
      const between = text.slice(nounEnd, t.start);
      const other = [...between.matchAll(OCCURRENCE_WORDS)].at(-1);
      return (
        !!other &&
        between.length - other.index - other[0].length <= 20 &&
        !AGENT_BEFORE.test(between.slice(0, other.index))
      );
    };
    // ("families separated by the Korean War in September": a time after a participle's agent
    // is the clause's; the harm a thing did keeps its day, "towns devastated by the quake on
    // Monday".)
    const leadIn = text.slice(Math.max(s.start, start - 40), start);
    const agentOnly = AGENT_BEFORE.test(leadIn) && !HARMED_BEFORE.test(leadIn);
    // "the first since the Korean War": the bound of a period, not something that happened today;
    // so is its start ("its biggest incursion since the start of the war").
    const bound =
      /\bsince\s+(?:the\s+(?:start|beginning|outbreak|onset)\s+of\s+)?(?:the\s+)?(?:[\d–-]+\s+)?$/i.test(
        text.slice(Math.max(s.start, start - 24), start),
      );
    // ("its biggest stimulus since the pandemic on Tuesday": the weekday after a period's bound
    // is the clause's, not the bound's.)
    const clauseDay = (t: Timex) =>
      bound &&
      Object.keys(WEEKDAYS).some((d) => text.slice(t.start, t.end).toLowerCase().includes(d));
    const ownTime = ended
      ? null
      : (datedBy(text, timexes, np, clauseDay) ??
        datedBy(
          text,
          timexes,
          { start: nounStart, end: after.end },
          // ("a meeting to resolve the issue of citizens abducted by North Korea in the 1970s":
          // the time of a participle after its noun is that noun's.)
          (t) =>
            agentOnly ||
            inApposition(t) ||
            othersTime(t) ||
            clauseDay(t) ||
            rememberedDay(text, t, published) ||
            participleTime(text, timexes, nounEnd, t, published) ||
            // ("a meeting of the factions that took part in the offensive on Dec. 8": nor of a
            // relative clause on a noun after it.)
            RELATIVE_ON_OBJECT_BEFORE.test(text.slice(nounEnd, t.start)) ||
            // ("tariff talks ... that face an Aug. 1 deadline": nor the day a deadline falls on.)
            /^\s+deadlines?\b/.test(text.slice(t.end, t.end + 12)),
        ));
    // ("last week's powerful earthquake": a time whose possessive opens the phrase dates it.)
    const owner = timexes[firstStartingFrom(timexes, start) - 1];
    const ownerTime =
      owner &&
      owner.start >= s.start &&
      /^['’]s\s+(?:[\p{Ll}\d.-]+\s+){0,3}$/u.test(text.slice(owner.end, start))
        ? timexToDate(owner)
        : null;
    // ("the 2020 election": a year that opens the modifiers names which one.)
    const yearLead = /^(?:1[5-9]|20)\d\d\s+/.exec(mods ?? '')?.[0].length ?? 0;
    // ("came four days after Lai's speech on Oct. 10": a date written out beats one measured.)
    const writtenOut = ownTime && /\d/.test(ownTime.text) ? ownTime : null;
    let date =
      yearsBefore(text.slice(Math.max(s.start, start - 16), start + yearLead)) ??
      writtenOut ??
      measuredNoun(ctx, start) ??
      ownerTime ??
      ownTime ??
      (described
        ? datedBy(text, timexes, { start: np.end, end: np.end + described[0].length })
        : null);
    // ("withdrawing the United States from the Paris climate agreement": a pact the story
    // names, undated, is a document in force, no news of today; "signed the Paris agreement"
    // is told by its verb.)
    if (
      !date &&
      /^(?:agreement|treaty|accord)$/i.test(nounText) &&
      /\bthe\s+\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*(?:\s+\p{Ll}+){0,2}\s+$/u.test(
        text.slice(Math.max(s.start, nounStart - 60), nounStart),
      )
    )
      continue;
    // ("could supply shells to Moscow for its war in Ukraine": a thing someone already has is
    // no proposal, nor news of today; nor "a truce in their trade war", "support Ukraine
    // against Russia's invasion".)
    // (Not the object of the verb, "held their first formal talks", nor what it was during:
    // "in Lee's first visit to Japan".)
    const owned =
      /\b(?:(?:[Ff]or|[Oo]f|[Ff]rom|[Aa]gainst)\s+(?:its|their|his|her|our|\p{Lu}[\p{L}.-]*['’]s)|[Ii]n\s+(?:its|their|his|her|our))\s+(?:[\p{L}-]+\s+){0,2}$/u.test(
        text.slice(Math.max(s.start, nounStart - 30), nounStart),
      );
    // (Not one whose date is past: "could reach its highest level since a historic flood in
    // 1941" puts forward no flood.)
    // "talks should take place", not "her election would delay a rate hike"; nor what
    // someone said would be ("said on Sunday that elections would be held on March 5").
    const modal = OCCURS_MODAL.exec(text.slice(nounStart, s.end));
    const saidWould =
      modal?.[1] === 'would' &&
      /\b(?:said|says|announced|confirmed|told\s+\S+)\s/.test(text.slice(s.start, nounStart));
    // ("hopes of contesting a national election due later this year": a noun set for a time is
    // on the calendar, whatever the sentence's modal.)
    const due =
      DUE_AFTER.test(text.slice(nounEnd, nounEnd + 24)) &&
      !(date && published && date.end < published);
    const isProposed =
      !due &&
      !(date && published && date.end < published) &&
      ((proposedBefore(text, s.start, nounStart) && !owned) || (!!modal && !saidWould));
    // "would not seek re-election": a plan denied is none.
    if (
      isProposed &&
      /\b(?:not|never|n['’]t)\s+(?:\p{Ll}+\s+){0,2}(?:\p{Ll}+-)?$/u.test(
        text.slice(Math.max(s.start, start - 40), start),
      )
    )
      continue;
    // ("asked if the talks will resume on Friday": what a question asks of is no occurrence.)
    if (ASKED_OF.test(text.slice(s.start, nounStart))) continue;
    // A proposal already covers this noun ("proposed that military talks should take place").
    if (
      isProposed &&
      proposed.some((p) => p.evidence.start <= nounStart && nounStart < p.evidence.end)
    )
      continue;
    // "an election must be held within 60 days": the noun's own passive looks ahead.
    // ... and so does the verb of an aim ("Trump, who is due to visit Japan later this month").
    // ("Seoul will invest $350 billion, Trump wrote after meeting Yeo": a clause of its own after
    // a comma, told in the past, has the noun.)
    // (Within the 120 characters before the noun: a long sentence must not be read back whole.)
    // (Past a relative aside: "The envoy, who met Kim in 2019, said talks would resume".)
    const near = withoutAsides.slice(Math.max(0, nounStart - s.start - 120), nounStart - s.start);
    const comma = near.lastIndexOf(',');
    const toldBefore = near.slice(comma + 1);
    const pastClause = comma >= 0 && !FUTURE.test(toldBefore) && PAST_VERB.test(toldBefore);
    // ("The agreement avoids closures, but production will end": not another clause's tense;
    // "will meet next week, before travelling to the summit" is one sentence's.)
    sides ??= coordinated(sentence, s.start);
    const side = sides.find((c) => nounStart < c.end);
    // ("Macron, who returned from a state visit to Saudi Arabia, will address the nation": a
    // noun inside a relative aside has the aside's tense.)
    const aside = relativeAsides.find(
      (a) => s.start + a.index < nounStart && nounStart < s.start + a.index + a[0].length,
    );
    const ownFuture =
      future &&
      (!side || FUTURE.test(narration(text.slice(side.start, side.end)))) &&
      (!aside || FUTURE.test(aside[0]));
    const ahead =
      (ownFuture && !pastClause) ||
      OWN_FUTURE.test(text.slice(nounEnd, after.end)) ||
      // ("said that an early election would be held": what a report says would be is ahead.)
      saidWould ||
      // ("a snap election, which must be held within 60 days": so does its relative clause.)
      (!!described && OWN_FUTURE.test(described[0])) ||
      AIMED_AT.test(text.slice(Math.max(s.start, nounStart - 48), nounStart)) ||
      // ("as the allies prepare for joint drills later this month", "ahead of this week's
      // summit": what is readied or awaited is to come.)
      PREPARED_FOR.test(text.slice(Math.max(s.start, start - 40), start)) ||
      /\blater\s+this\s+(?:week|month|year)\b/i.test(text.slice(nounEnd, own.end)) ||
      // "expected the rally to continue": what someone expects of it is still to come.
      (EXPECTED_OF.test(text.slice(Math.max(s.start, start - 30), start)) &&
        /^\s+to\s/.test(text.slice(nounEnd, nounEnd + 4)));
    // "will discuss further meetings later this year": a period that holds today is still ahead
    // when the verb looks forward.
    // ("will view the damage from this month's wildfires": what did damage is past.)
    // ("to see the damage from the Los Angeles wildfires" on a trip set for Friday: nor is it
    // dated by the trip's day.)
    const aftermath = AFTERMATH_OF.test(text.slice(Math.max(s.start, start - 60), start));
    if (aftermath && date && published && date.start > published) date = null;
    const upcoming =
      !!date &&
      (date.start > (published ?? '9999') ||
        (ahead && !aftermath && !!published && date.end >= published));
    // ("is due to meet Trump in Osaka amid a trade war": what a plan is made amid, undated,
    // goes on now.)
    const amid = /\bamid\s+(?:an?\s+|the\s+|its\s+|their\s+)?$/i.test(
      text.slice(Math.max(s.start, start - 16), start),
    );
    let status: EventStatus = isProposed
      ? 'proposed'
      : upcoming || (ahead && !date && !aftermath) || due
        ? amid && !upcoming
          ? 'ongoing'
          : 'scheduled'
        : !DONE_RELATIVE.test(text.slice(nounEnd, nounEnd + 60)) &&
            ongoingIn(
              text.slice(
                Math.max(s.start + conjunctStart(sentence, start - s.start), start - 30),
                own.end,
              ),
            )
          ? 'ongoing'
          : 'happened';
    // The object of an aim ("met to plan flood defences") is not a thing that happened today.
    // ("to replace the armistice with a peace treaty": the aim's clause may run on.)
    const aimed =
      /\bto\s+(?:\p{Ll}+\s+){1,3}$/u.test(text.slice(s.start, start)) ||
      /\bto\s+(?!(?:the|a|an|his|her|its|their|this|that)\s)\p{Ll}+\s+(?:the|a|an)\s[^,;:"“”]*$/u.test(
        text.slice(s.start, start),
      );
    // Reported with a verb of today's news: the date the sentence gives ("was signed in
    // November 2016"), else the day of publication.
    // "has conducted two tests since January 2016": a perfect over a period is no news of today.
    const overPeriod = SINCE_PERIOD.test(sentence);
    // "over 21 at the time of the attack", "after the war": an occurrence the story already
    // knows, named to place another in time, is not today's news; nor is "Under the
    // agreement, 50 hostages are to be freed", named for the terms.
    const backdrop =
      anaphoric &&
      /\b(?:at the time of|after|before|during|following|in the wake of|ahead of|since|under)\s+the\s+$/i.test(
        text.slice(Math.max(s.start, start - 28), start),
      );
    // ("claimed responsibility for the attacks", "a rehearsal for invasion": what something is
    // for is named, not told as news of today.)
    const purpose = /\bfor\s+(?:the\s+|an?\s+)?$/i.test(
      text.slice(Math.max(s.start, start - 12), start),
    );
    // (Where a clause with its own verb starts: its times are its own.)
    const later = subordinateAt(text, nounStart, s.end);
    // ("said on Sunday ..., days after protests toppled the government": some time before
    // the main clause's day, which is not the noun's, nor is today.)
    const someTimeAfter = /\b(?:hours|days|weeks|months|years)\s+(?:after|since)\s+$/i.test(
      text.slice(Math.max(s.start, start - 16), start),
    );
    if (
      !date &&
      status === 'happened' &&
      !someTimeAfter &&
      !aimed &&
      !bound &&
      // ("talks on ending the war": what someone would end is going on, not news of today.)
      !ended &&
      !overPeriod &&
      !backdrop &&
      !purpose &&
      !owned &&
      // ("Earlier talks were held in Geneva": not today's.)
      !PRIOR_SUBJECT.test(text.slice(np.start, np.end)) &&
      // ("held a single campaign rally before the vote": nor one held before the vote.)
      !BEFORE_OCCURRENCE.test(withoutAsides) &&
      // (Not by an aside's verb: "The envoy, who met Kim in 2019, said talks would resume".)
      NEWS_OF_TODAY.test(withoutAsides)
    )
      date =
        datedBy(
          text,
          timexes,
          s,
          (t) =>
            possessive(text, t) ||
            inRelative(sentence, t.start - s.start) ||
            inApposition(t) ||
            nameAsides.some((a) => a.start <= t.start && t.end <= a.end) ||
            t.start >= later ||
            // (The speaker's time, not the event's: '"Since ascending the throne 30 years
            // ago, I have ...," he said at a ceremony'.)
            inQuote(ctx.quoted, t),
        ) ??
        // (What the perfect tells is today's; "held talks", the news day's. Not what a later
        // clause tells: "were killed in protests after the result was announced".)
        (NEWS_OF_TODAY.test(withoutAsides.slice(0, later - s.start))
          ? ((PERFECT_NEWS.test(withoutAsides) ? null : ctx.newsDay) ?? publicationDate(published))
          : null);
    if (date && published && status === 'happened' && date.start > published)
      date = publicationDate(published);
    // The subject of its own verb ("a cyclone killed 50 people") is told by its clause; one
    // that opens a clause of the sentence is an occurrence even undated ("people still missing
    // after flash floods tore through towns"). Else a bare mention with nothing to place it in
    // time is none (and the main clause's subject is the main verb's to report).
    // ("a 2018 military agreement aimed at reducing tension": a participle that describes.)
    // ("Most voters in Sunday's referendum backed the plan": nor is a noun a preposition takes
    // the subject of the verb after it.)
    const ownPassive = OWN_PASSIVE_NEXT.exec(text.slice(np.end, after.end));
    const told =
      (VERB_NEXT.test(text.slice(np.end, after.end)) ||
        // ("where the Grammy Awards ceremony was held hours after the crash": and a passive
        // of its own in the past.)
        (!!ownPassive && !ownPassive[1])) &&
      !DESCRIBING_PARTICIPLE.test(text.slice(np.end, after.end)) &&
      !PREPOSITION_OBJECT_BEFORE.test(text.slice(Math.max(s.start, start - 60), start));
    const subordinate =
      told &&
      conjunctStart(sentence, start - s.start) > 0 &&
      !LIGHT_VERB_NEXT.test(text.slice(np.end, after.end));
    if (status === 'happened' && !date && !subordinate) continue;
    // ("are expected to sign an agreement during the visit": nor is it news still to come.)
    if (backdrop && !date) continue;
    if (date && status === 'happened' && upcoming) status = 'scheduled';
    // ("The magnitude 6.3 quake struck": a short subject's words before the noun go with it;
    // not a relative's antecedent, "the capital, Kathmandu, where landslides buried".)
    const short = np.end - start < 24;
    const article = (
      short
        ? /\b(?:an?|the)\s+(?:(?!(?:the|an?|since|after|before|when|while|as|in|on|at|of|to|and|or|but|that|which|who|where|whose)\s)[\p{L}\p{N}][\p{L}\p{N}.,-]*\s+){0,3}$/iu
        : /\b(?:an?|the)\s+$/i
    ).exec(text.slice(Math.max(s.start, start - 40), start));
    // ("An election must be held within 50 days": so does a passive of its own that looks ahead.)
    const toldAhead = !!ownPassive?.[1];
    const whole =
      told || toldAhead
        ? headlineOf(
            text,
            {
              start:
                toldAhead && owner && ownerTime ? owner.start : start - (article?.[0].length ?? 0),
              end: after.end,
            },
            10,
          )
        : headlineOf(text, { start: np.start, end: Math.max(np.end, partnerEnd) }, 8);
    // ("Next month's World Cup" is the World Cup; "the next Women's World Cup" keeps its words,
    // and so does a clause that looks ahead: "Next year's summit will be held in Baku".)
    const namedWhole = (toldAhead ? whole : whole.replace(TIME_OWNER_OPENING, '')).replace(
      /^\p{L}/u,
      (c) => c.toUpperCase(),
    );
    // (But "next year's election" is more than "Election".)
    const named =
      !/\s/.test(namedWhole) && ownerTime && owner && !told && !toldAhead
        ? headlineOf(text, { start: owner.start, end: np.end }, 8)
        : namedWhole;
    // ("until the election, which is expected on June 3": a bare noun, or a storm's bare name,
    // takes what its relative clause says of it, "Election expected on June 3", "Hurricane Beryl
    // approaching Barbados on Sunday".)
    const relative = described?.[0] ?? '';
    const copula = /^,\s*(?:which|that)\s+(?:is|are|was|were)\s+(?=\S)/.exec(relative);
    const saysOf = copula && { start: np.end + copula[0].length, end: np.end + relative.length };
    // (One word in small letters after "a" or "the" and before the noun: "suffering a heart
    // attack in May 2014"; not "The judge set sentencing".)
    const describing =
      !mods && date && article ? (/^\S+\s+(\p{Ll}+\s+)$/u.exec(article[0])?.[1] ?? '') : '';
    // ("after an attack that killed at least 68 people": or what its restrictive clause's verb
    // says it did, "Attack that killed at least 68 people".)
    const bare = named.toLowerCase() === text.slice(nounStart, nounEnd).toLowerCase();
    // (Only where the clause closes there: in "the earthquake that struck on Friday rose to
    // 1,234", its words run on into the sentence's own verb.)
    const relativeDid = bare && !saysOf ? DID_RELATIVE.exec(text.slice(nounEnd, s.end)) : null;
    const did =
      relativeDid &&
      /^\s*(?:[,;.!?]|$)/.test(text.slice(nounEnd + relativeDid.index + relativeDid[0].length)) &&
      !/\s(?:has|have|had|was|were|is|are|will|would)\s/.test(relativeDid[0]) &&
      ![PAST_VERB, ACTION].some((v) => v.test(relativeDid[0].replace(/^\s*that\s+\S+/, '')))
        ? relativeDid
        : null;
    const headline =
      bare && saysOf
        ? `${named} ${lowerFirst(headlineOf(text, saysOf, 8))}`
        : did
          ? headlineOf(
              text,
              { start: np.start - describing.length, end: nounEnd + did.index + did[0].length },
              10,
            )
          : named;
    // ("in an address to the nation on Saturday evening", "worse than in the floods of 2010",
    // "discussions between Khashoggi and the people who met him": a bare noun is told with the
    // phrase after it that says what it was of, to or between, up to a time of its own, unless
    // that time is all the phrase holds, "of 2010".)
    const complement =
      !saysOf && !did && !told && !toldAhead
        ? NOUN_COMPLEMENT.exec(text.slice(np.end, after.end))
        : null;
    let complementEnd = complement ? np.end + complement[0].length : np.end;
    const ownTimeAfter = complement ? timexes[firstStartingFrom(timexes, np.end)] : undefined;
    if (ownTimeAfter && ownTimeAfter.start < complementEnd)
      complementEnd = /^\s+of\s+$/.test(text.slice(np.end, ownTimeAfter.start))
        ? ownTimeAfter.end
        : ownTimeAfter.start;
    const complemented = text
      .slice(np.end, complementEnd)
      .replace(/(?:\s+(?:on|in|at|from|during|by|until|since|for|before|after))*\s*$/, '');
    out.push({
      headline,
      ...((describing || complemented) && !/\s/.test(headline)
        ? {
            described: headlineOf(
              text,
              { start: np.start - describing.length, end: np.end + complemented.length },
              8,
            ),
          }
        : {}),
      date,
      status,
      evidence: s,
      scopes: [{ start: np.start, end: Math.max(np.end, after.end) }],
      kind,
      anaphoric,
      ownClause: subordinate,
      mentionedOnly:
        !mods &&
        /\b\p{Ll}+\s+$/u.test(
          text
            .slice(Math.max(s.start, start - 40), start)
            .replace(/\b(?:an?|the|these|those|its|their)\s+$/i, ''),
        ),
    });
  }
  // ("as floods and landslides swept away homes": a bare noun joined by "and" to one its verb
  // tells is the same news, told once with both.)
  for (let k = out.length - 1; k > 0; k--) {
    const [a, b] = [out[k - 1], out[k]];
    const [sa, sb] = [a?.scopes[0], b?.scopes[0]];
    const joined = sa && sb ? JOINED_NOUN.exec(text.slice(sa.start, sb.start)) : null;
    if (
      a &&
      b &&
      sa &&
      joined &&
      !/\s/.test(a.headline) &&
      /\s/.test(b.headline) &&
      a.status === b.status &&
      sameDate(a, b)
    ) {
      b.headline = `${a.headline} ${joined[1]} ${lowerFirst(b.headline)}`;
      b.scopes.unshift(sa);
      out.splice(k - 1, 1);
    }
  }
  return out;
}

/** "floods and ": a noun and the word that joins the next one to it. */
const JOINED_NOUN = /^[\p{L}-]+\s+(and|or)\s+$/u;

/** "had given", "had already taken": a pluperfect of an irregular verb. */
const PLUPERFECT_IRREGULAR = new RegExp(
  String.raw`\bhad\s+(?:\p{Ll}+ly\s+|already\s+|just\s+)?(?:${IRREGULAR_PARTICIPLES})\b`,
  'gu',
);

/** A past verb whose clause a date expression dates, or null. */
function datedPastVerb(
  sentence: string,
  at: number,
  text: string,
  timexes: Timex[],
): RegExpExecArray | null {
  // "Hwang scored in stoppage time as South Korea beat Portugal on Friday": the first of the
  // first few past verbs whose own clause has a date.
  const verbs = [
    ...sentence.matchAll(new RegExp(PAST_VERB, 'gu')),
    ...sentence.matchAll(new RegExp(PASSIVE_PAST, 'gu')),
    // ("The army had given Mursi 48 hours on Monday": a pluperfect of an irregular verb.)
    ...sentence.matchAll(PLUPERFECT_IRREGULAR),
  ]
    .sort((a, b) => a.index - b.index)
    .slice(0, 3);
  for (const m of verbs) {
    // ("A fire that devastated the cathedral was extinguished on Tuesday": nor is that of the
    // subject's relative clause where a passive or a verb of action of the clause's own
    // follows; "A gunman who killed 15 people on Sunday acted alone" has none.)
    // ("The last of 33 miners trapped for 69 days ... was hoisted to freedom on Wednesday":
    // nor a participle after its noun, before the clause's passive.)
    const rest = sentence.slice(m.index + m[0].length).split(/[,;]/)[0] ?? '';
    if (
      (/\b(?:that|who)\s+(?:\p{Ll}+ly\s+)?$/u.test(sentence.slice(0, m.index)) &&
        (PASSIVE_VERB.test(rest) || !!mainAction(rest))) ||
      PASSIVE_VERB.test(
        rest.split(/\s(?:and|or|but|who|which|that|when|while|as|after|before)\s/)[0] ?? '',
      )
    )
      continue;
    // ", who has threatened ...": the verb of a relative clause is not the sentence's news
    // (one that says which person the subject is may be: "A gunman who killed 15 people on
    // Sunday acted alone", with no verb of its own to tell).
    // ("670 billion won": a currency after an amount.)
    const before = sentence.slice(0, m.index);
    if (
      /(?:,\s*who|\b(?:which|whose|where))\b[^,;]*$/.test(before) ||
      NOUN_OF_PREPOSITION_AFTER_VERB.test(before) ||
      currencyAfterAmount(before, m[0]) ||
      NEGATED_BEFORE.test(before) ||
      NO_ONE_BEFORE.test(before.slice(-30)) ||
      // ("stepped down as chairman of Livestrong, the charity he founded in 1997": nor the verb
      // of a relative clause without "that" on a noun.)
      CONTACT_RELATIVE_VERB_BEFORE.test(before.slice(-60)) ||
      // ("economists polled by Reuters": a participle before its agent; "was impeached by
      // parliament" is a passive, and the news.)
      ((PARTICIPLE_BY.test(sentence.slice(m.index + m[0].length)) ||
        // ("a lake formed by a landslide in July": a landslide is a margin only of a win.)
        (LANDSLIDE_BY.test(sentence.slice(m.index + m[0].length)) && !WON_BY.test(m[0]))) &&
        !PASSIVE_BEFORE.test(before)) ||
      // ("an official involved in the negotiations said": what names a source.)
      (/^(?:briefed|involved|informed)$/.test(m[0]) &&
        /^\s+(?:in|on|of|about)\b/.test(sentence.slice(m.index + m[0].length))) ||
      tellerVerb(sentence, m) ||
      confirmedThat(sentence, m) ||
      countedAdjective(before, sentence.slice(m.index + m[0].length))
    )
      continue;
    const clause = {
      start: at + conjunctStart(sentence, m.index),
      end: clauseFrom(text, at + m.index + m[0].length, at + sentence.length).end,
    };
    // (Not by a time inside a blanked aside: "Stern, who leads the mission, which was launched
    // in January, called the decision embarrassing" dates no calling.)
    const blanked = (t: Timex) =>
      t.start >= at &&
      t.end <= at + sentence.length &&
      !sentence.slice(t.start - at, t.end - at).trim();
    if (datedBy(text, timexes, clause, blanked)) return m;
  }
  return null;
}

/** " by a landslide", " by massive landslides": what may be a win's margin or an agent. */
const LANDSLIDE_BY = /^\s+by\s+(?:an?\s+)?(?:\p{Ll}+\s+)?landslides?\b/u;
/** "won", "was elected": a verb whose "by a landslide" is its margin. */
const WON_BY =
  /\b(?:won|lost|wins|elected|re-?elected|voted|passed|approved|rejected|defeated|carried|backed|beat|returned)$/i;

/** " and announced", " and later urged": a past verb after "and", the next deed of whoever spoke. */
const SPEAKER_AGAIN = /\s+and\s+(?:also\s+|later\s+)?\p{Ll}{3,}ed\b/u;

/** A body that speaks, not a person: "The ICC", "the health ministry", "The company". */
const BODY =
  /^(?:[Tt]he\s+)?(?:\p{Lu}{2,}|(?:[\p{L}'’-]+\s+){0,3}(?:[Cc]ourt|[Mm]inistry|[Cc]ommittee|[Dd]epartment|[Cc]ompany|[Aa]gency|[Gg]overnment|[Oo]ffice|[Cc]ouncil|[Cc]ommission|[Pp]olice|[Pp]arty|[Gg]roup|[Ff]irm|[Bb]ank|[Uu]nion|[Aa]ssociation|[Oo]rgani[sz]ation)s?)$/u;

/** "said in April": the month of a speaking. */
const MONTH_NAMES = Object.keys(MONTHS).map(titleCase).join('|');

/**
 * "question", "summon", "indict": what a report says the law will do to someone ("Prosecutors
 * said they would question him on Friday"), read in a report's plan only: each verb added to
 * `FUTURE_VERB` grows the many patterns built on it, and 12 of these had made a seed's parse
 * about 4 ms slower (the verb list's pattern, recompiled as the heap was collected).
 */
const LAW_VERB = 'question|interrogate|summon|indict|charge|prosecute|sentence|extradite|sue';

/**
 * "Apple said on Thursday it would build a campus", "his lawyer told reporters that his client
 * would be freed on Friday", "notified Japan that it would launch a satellite": a plan the
 * sentence reports.
 */
const REPORTED_PLAN = new RegExp(
  String.raw`^(.{2,60}?)\s+(?:said|says|announced|told|notified|informed)\s+((?<!(?:told|notified|informed)\s)(?:(?:on|last|this|late|early)\s+\S+\s+|(?:${SPOKEN_DAY})\s+|in\s+(?:${MONTH_NAMES})(?:\s+\d{4})?\s+)*(?:that\s+)?|(?<=(?:told|notified|informed)\s)(?:the\s+|a\s+)?\S+\s+(?:that\s+)?|[^"“”,]{1,60}?\sthat\s+)((?:(?!that\b)[\p{L}’'. -]){1,100}?)\s((?:would|will|(?:is|are|was|were)\s+(?:${SET_TO})\s+to)\s+(?:\p{Ll}+ly\s+)?(?:${FUTURE_VERB}|peak|spend|expand|extend|declare|move\s+to|propose|pull\s+out|${LAW_VERB})\b)`,
  'u',
);

/**
 * "he hopes ", "she believes that ", "he was confident ": who hopes or believes what a plan after
 * it says.
 */
const HOPED_BY =
  /^(?:he|she|it|they|we|I)\s+(?:hopes?|hoped|expects?|expected|believes?|believed|thinks?|thought|fears?|feared|(?:is|was|are|were)\s+(?:confident|sure|certain|hopeful|optimistic))\s+(?:that\s+)?(?=\S)/i;

/**
 * "announced on Friday that he would ", "announced outside Downing Street on Friday morning that
 * he would ": an announcement of what will be.
 */
const ANNOUNCED_PLAN =
  /^\s*(?:(?:has|had)\s+)?announced\s+(?:(?:outside|at|in|from|during|after)\s+[^,;.“”"]{1,50}?\s+)?(?:(?:on|last|this|late|early)\s+\S+\s+(?:morning\s+|afternoon\s+|evening\s+|night\s+)?)?that\s+[^,;.]{1,100}?\s(?:would|will)\s/;

/** ", the Kremlin said, " inside a sentence: who told it, set off by commas. */
const TOLD_BETWEEN =
  /(?<=\S),\s+(?:the\s+)?(?:[\p{L}.'’-]+\s+){1,4}?(?:said|says|added|told\s+reporters),(?=\s)/gu;

/**
 * An opening quotation, then who told it and the verb of telling, in one sentence: only a
 * capitalised word ends in a period ("Gen.", "U.S."), so '"…," she said. Judges said' is two.
 */
const QUOTE_THEN_TELLER =
  /["”],?[^\S\n]+(?:(?:\p{Lu}[\p{L}.'’-]*|[\p{L}'’-]+)[^\S\n]+){1,4}(?:said|says|asked|asks|wrote|writes|told|tells|added|adds|posted)\b[^.!?"“”\n]*$/u;

/** "the fires were "the worst ever" and ": what a thing is, then "and" before a verb. */
const SAID_WHAT_IT_IS_AND =
  /^[^;]*?\b(?:is|are|was|were)\s+(?:["“]|(?:the|a|an|not|very|too|so|more|less|still)\s)[^;]*\sand\s*$/;

/** A plural noun ends the phrase, not a name that ends in "s" ("Officials", not "Yunus"). */
function pluralNoun(phrase: string): boolean {
  return (
    /(?:^|\s)\p{Ll}[\p{L}-]*s$/u.test(phrase) ||
    (/^\p{Lu}\p{Ll}+s$/u.test(phrase) && !/(?:us|is|as|os|ss)$/.test(phrase))
  );
}

/**
 * What a company or government says it would do, headed by who will do it ("Apple Inc would
 * build a $1 billion campus in Austin"); dated only by the text, never by the announcement.
 */
function reportedPlan(
  text: string,
  s: TextSpan,
  main: string,
  timexes: Timex[],
  published: string | null,
): EventCandidate | null {
  const m = REPORTED_PLAN.exec(main);
  if (!m?.[1] || !m[3] || !m[4]) return null;
  // ("said it could not say when power would be restored": what nobody knows is no plan.)
  if (ASKED_OF.test(m[3])) return null;
  const planStart = s.start + m.index + m[0].length - m[4].length;
  const clause = clauseFrom(text, planStart, s.end);
  // ("would move to impeach Yoon if he did not resign": the condition is not the plan.)
  const condition = CONDITION.exec(text.slice(planStart + m[4].length, clause.end));
  // ("said the world would hold Russia accountable and announced new sanctions": a past verb
  // after "and" is the speaker's next deed, which "would" does not govern; not a passive's
  // second participle, "would be arrested and charged".)
  const again = SPEAKER_AGAIN.exec(text.slice(planStart, clause.end));
  const end = condition
    ? planStart + m[4].length + condition.index
    : again &&
        !/\b(?:be|been|being|have|has|get)\b/.test(text.slice(planStart, planStart + again.index))
      ? planStart + again.index
      : clause.end;
  const plan = { ...clause, end };
  // ("In a joint declaration, they said they would hold the next summit in Japan": a phrase
  // before the subject is no part of who plans; "Pyongyang had said": nor is the auxiliary of
  // the saying.)
  // ("Zuma said Mandela would receive a state funeral, and Obama said he would attend": the
  // second clause's own teller, past the first's, is who "he" stands for.)
  const inner = /^(.+?)\s+(?:said|says|announced)\s+(?:that\s+)?(\S.*)$/.exec(m[3]);
  // ("British Airways said it hoped ..., and Heathrow said later that it would resume": or in
  // the words before "that", past the first teller's blanked clause.)
  const innerBeforeThat = /^\s*(\S.*?)\s+(?:said|says|announced)\b[^"“”,]*\sthat\s+$/.exec(
    m[2] ?? '',
  );
  const teller = inner?.[1] ?? innerBeforeThat?.[1] ?? m[1];
  const subject = teller
    .slice(FRONTED.exec(teller)?.[0].length ?? 0)
    .replace(PERFECT_AUXILIARY_END, '')
    // ("Jetten, 38, said he would": an age is no word of who plans, nor "Rutte, the country's
    // longest-serving leader, has said he will" what an apposition says of him.)
    .replace(APPOSITION_AFTER_NAME_END, '')
    .replace(AGE_AFTER_NAME, '')
    .trim();
  // ("Doctors said he would spend two days": "he" is not the doctors; the story names him;
  // nor, in "The ICC said he would appear", a body's.)
  // ("Moon has said he hopes the talks will lead to dialogue": the plan's subject is what is
  // hoped of, after who hopes it.)
  const reportedSubject = (inner?.[2] ?? m[3]).trim();
  const pronoun = reportedSubject.replace(HOPED_BY, '');
  // ('Trump called the fighting "a shame" and said he hoped it would end': what a person hopes
  // "it" does is no deed of theirs, and the text does not say here what "it" is.)
  if (/^it$/i.test(pronoun) && /^(?:he|she|I|we)\s/i.test(reportedSubject)) return null;
  const plural = pluralNoun(subject);
  // ("Officials said it would take weeks": "it" is no plural's.)
  if (/^it$/i.test(pronoun) && plural) return null;
  const someoneElse = /^(?:he|she)$/i.test(pronoun) && (plural || BODY.test(subject));
  const own = someoneElse
    ? upperFirst(pronoun)
    : /^(?:it|they|he|she|we)$/i.test(pronoun)
      ? subject
      : pronoun;
  // (A teller's title and country may take a few more words: "Papua New Guinea's Prime
  // Minister James Marape said he would visit".)
  if (/["“”]/.test(own) || own.split(/\s+/).length > (own === subject ? 8 : 6)) return null;
  // ("The OAS said its permanent council would hold an emergency meeting": the teller's own;
  // "Albanese said his government would send": a person's, not a body's nor a plural's.)
  const possessed =
    /^(?:its|their)\s+(?=\S)/i.exec(own) ??
    (plural || BODY.test(subject) ? null : /^(?:his|her)\s+(?=\S)/i.exec(own));
  const doer =
    possessed &&
    /^(?:the\s+)?\p{Lu}/u.test(subject) &&
    !/^(?:his|her|its|their|he|she|it|they|we|I)\b/i.test(subject) &&
    !/[,;:]/.test(subject)
      ? `${subject}${apostropheOf(text)}${/s$/.test(subject) ? '' : 's'} ${own.slice(possessed[0].length)}`
      : own;
  const rest = headlineOf(text, plan, Math.max(4, 12 - doer.split(/\s+/).length));
  // Headline style: "Apple Inc to build ..." (the plan, not the conditional).
  const headline = `${doer} ${rest.replace(/^(?:would|will|(?:is|are|was|were)\s+\p{Ll}+\s+to)\s+/iu, 'to ')}`;
  const evidence = { start: s.start, end: plan.end };
  // ("would suspend all imports, starting on Thursday, to protect": the aside after the plan's
  // clause dates it.)
  const starting = /^,\s*(?:starting|beginning|effective|from)\s+(?:on\s+|from\s+)?/.exec(
    text.slice(plan.end, plan.end + 24),
  );
  const from = starting ? plan.end + starting[0].length : -1;
  const next = timexes[firstStartingFrom(timexes, from)];
  const opening = next?.start === from ? next : undefined;
  return {
    headline: upperFirst(headline),
    date:
      datedBy(
        text,
        timexes,
        plan,
        (t) =>
          participleTime(text, timexes, planStart, t, published) ||
          answeredTime(text, planStart, t, published),
      ) ?? (opening ? timexToDate(opening) : null),
    status: 'scheduled',
    evidence,
    // ("The party, which did well in KwaZulu-Natal, said it would challenge the results": what
    // an aside says of the subject is not where the plan is; "Forecasters at the U.S. National
    // Hurricane Center said Beryl would weaken": nor, where the plan has a subject of its own,
    // is where its teller is.)
    scopes:
      doer === pronoun
        ? [{ start: text.lastIndexOf(pronoun, planStart), end: plan.end }]
        : outside(
            evidence,
            [...text.slice(s.start, planStart).matchAll(RELATIVE_ASIDE)].map((a) => ({
              start: s.start + a.index,
              end: s.start + a.index + a[0].length,
            })),
          ),
    kind: `action:${headline.toLowerCase()}`,
    verbEnd: planStart + m[4].length,
  };
}

/**
 * ", who returned from Riyadh", ", which became a hurricane": a dated aside that tells another
 * occurrence of the subject's (not ", which began in Geneva on Monday,", the course of its own).
 */
const DATED_ASIDE_OWN =
  /^,\s*(?:who|born|which\s+(?!(?:\p{Ll}+ly\s+)?(?:began|begun|started|opened|continued|resumed|(?:was|were|is|are)\s+(?:being\s+)?held|took\s+place|ran|runs?)\b))\b/u;

/** ", on his last foreign trip before leaving office in January,": the subject's circumstance. */
// (Not where or when a thing happened: "The city's deadliest fire, at the Garley Building in
// November 1996, killed 41 people" is dated by it.)
const CIRCUMSTANCE_ASIDE = String.raw`,\s+(?:(?:on|during|amid|despite)\s+(?:his|her|their|its|the|a|an)|in\s+(?:his|her|their|its))\s[^,;:"“”()]{3,100},`;
/** How far back past the blanks of a participle aside an apposition's name may stand. */
const BLANKED_ASIDE = 240;
/** ", the Shangri-La", ", Busan, Daegu": the names of a list before its last item. */
const LIST_HEAD_END = new RegExp(String.raw`(?:,\s+${LIST_ITEM})+$`, 'u');
/**
 * An apposition right before the verb (or a passive's auxiliary), after its subject, with the
 * subject's age before it ("Sheinbaum, 61, the ruling party's candidate, won"; or
 * its circumstance: "Biden, on his last foreign trip ..., met Xi").
 */
const SUBJECT_APPOSITION = new RegExp(
  String.raw`(?<=[\p{L}\d]\s{0,${BLANKED_ASIDE}})(?:,?\s+\d{1,3}(?=,))?(?:${NOUN_APPOSITION}|(?<=\d)${HOME_APPOSITION}|${CIRCUMSTANCE_ASIDE})(?=\s*(?:(?:was|were|is|are|had been|has been|have been)(?:\s+\p{Ll}+ly)?\s*)?$)`,
  'u',
);
/**
 * What says an apposition tells of a person ("a Chicago native", "a lawyer who"), where a
 * country lies ("a former Soviet republic wedged between Romania and Ukraine"), whose flag
 * a craft flies and where it was going ("a Singapore-flagged vessel heading to Sri Lanka", "a
 * vessel carrying goods from China to Rotterdam"), where a person is from after their age
 * (", 20, of Bethel Park, Pennsylvania,"), or where a thing ranks ("Europe's busiest").
 */
const BACKGROUND_APPOSITION =
  /\b(?:who|native|resident|citizen|born|between|bordering|borders|wedged|landlocked|located|situated|flagged|registered|bound|heading|headed|destined|carrying|sailing|travell?ing|en route)\b|(?<![\d,])\d{1,3},\s+of\s+\p{Lu}|['’]s\s+(?:(?:most|least)\s+\p{Ll}+|\p{Ll}{2,}est)\b/u;
/** " arrested in " after a noun: where the subject's participle phrase starts. */
const PLACED_PARTICIPLE_AFTER_NOUN = new RegExp(String.raw`(?<=\p{L}\s+)${PLACED_PARTICIPLE}`, 'u');
/** ", owned by ", ", operated by ": an aside that names who owns, runs or made a thing. */
const OWNER_ASIDE =
  /^,\s*(?:(?:wholly|partly|jointly)\s+)?(?:owned|operated|run|managed|chartered|leased|built|made|manufactured|designed)\s+by\b/;
/** An apposition right after a noun's name ("Typhoon Yagi, the most powerful storm ..."). */
const NAME_APPOSITION = new RegExp(
  String.raw`^(?:\s+\p{Lu}[\p{L}'’-]*){0,3}${NOUN_APPOSITION}`,
  'u',
);
/** The same, anywhere in a sentence. */
// (The comma is looked for first: a look back from every position of the text is costly.)
const AFTER_NAME_APPOSITION = new RegExp(
  String.raw`(?=,)(?<=\p{Lu}[\p{L}'’-]*)${NOUN_APPOSITION}`,
  'gu',
);

/** ", meanwhile,": an adverb set off by commas, which ends no clause. */
const ADVERB_ASIDE =
  /,\s+(?:meanwhile|however|though|too|also|moreover|meantime|separately|in\s+turn|(?:by|in)\s+contrast|for\s+(?:its|their|his|her)\s+part),/gi;

/** "said Tuesday (that) it had": the day of the speaking before the report's content. */
const SPOKEN_WHEN = new RegExp(
  String.raw`^(?:(?:late|early)\s+)?(?:on\s+)?(?:${SPOKEN_DAY})\s+(?:that\s+)?`,
);

/**
 * "nationals detained last week": an -ed word not followed by the noun it qualifies (not "as
 * planned", which qualifies the verb).
 */
const PARTICIPLE_AFTER_NOUN =
  /(?<!\bas\s+)\b\p{Ll}{3,}ed\b(?!\s+(?!(?:in|on|at|since|during|from|over|by|for|after|before|last|this|next|early|late|earlier)\b)\p{Ll})/u;

/** "by landslides in ", "by Pierre Poilievre's Conservatives at ": an agent of no verb, then a time. */
const AGENT_THEN_TIME = String.raw`by\s+(?:(?!(?:\p{Ll}+ed|${IRREGULAR_PASTS})\s)[\p{L}'’-]+\s+){1,6}?(?:in|on|at|during)\s+`;

/**
 * "struck down a law passed in 2015", "arrested a man born in 1990": a participle right after
 * its noun, and the start of its time (past its agent: "a lake formed by landslides in July");
 * the time is the noun's, not the verb's (but "appeared in a video released on Monday"
 * appeared then; and an adverb is no noun: "was shot and seriously wounded on Wednesday", nor
 * an article: "began evacuating the injured on Sunday").
 */
const REDUCED_RELATIVE = new RegExp(
  String.raw`(?<![-‐])\b(?!(?:and|or|but|then|also|not|never|was|were|is|are|be|been|being|has|have|had|who|which|that|it|they|he|she|the|a|an|its|their|his|her)\b)(?!(?!(?:family|ally|rally|supply|assembly)\s)\p{Ll}+ly\s)\p{L}{2,}\s+(?:(?!un|released|published|posted|aired|broadcast|issued|shared|uploaded)\p{Ll}{3,}ed|born|built|made|held|written|taken|given|sold|shot|seen|begun|drawn|stolen|brought|caught|found|known)\s+(?:(?:in|on|at|during|since)\s+|${AGENT_THEN_TIME})?$`,
  'u',
);

/**
 * Whether a time before the news is a participle's after a noun (`REDUCED_RELATIVE`) or a
 * relative clause's without "that" (`CONTACT_RELATIVE`), read from `from`: with the times it
 * is listed with ("a meeting over citizens abducted by rebels in the 1970s and 1980s"; but
 * "will reopen schools in towns cut off by the floods on Aug. 15" reopens them then).
 */
function participleTime(
  text: string,
  timexes: Timex[],
  from: number,
  t: Timex,
  published: string | null,
): boolean {
  if (!published || (timexToDate(t)?.end ?? published) >= published) return false;
  let first = t;
  // (By binary search: a long story has many times.)
  for (let i = firstStartingFrom(timexes, t.start) - 1; i >= 0; i--) {
    const before = timexes[i] as Timex;
    if (!/^\s*(?:,|and|or|to|through|[-–])\s*$/.test(text.slice(before.end, first.start))) break;
    first = before;
  }
  const before = text.slice(from, first.start);
  return first.start > from && (REDUCED_RELATIVE.test(before) || CONTACT_RELATIVE.test(before));
}

/**
 * "would suspend the export controls it announced on ": a relative clause without "that", its
 * verb in the past; the time is the noun's, not the plan's.
 */
const CONTACT_RELATIVE_TO_VERB = String.raw`${CONTACT_RELATIVE_HEAD}\s+(?:had\s+)?(?:\p{Ll}+ly\s+)?`;
const CONTACT_RELATIVE = new RegExp(
  String.raw`${CONTACT_RELATIVE_TO_VERB}(?:\p{Ll}{3,}ed|${IRREGULAR_PASTS})\s+(?:(?:in|on|at|during|since)\s+)?$`,
  'u',
);

/** "the cancer charity he ": a relative clause without "that", up to its verb. */
const CONTACT_RELATIVE_VERB_BEFORE = new RegExp(`${CONTACT_RELATIVE_TO_VERB}$`, 'u');

/** " as it", " when the storm": a subordinator and the subject of its clause, at the end. */
const SUBORDINATE_SUBJECT_END =
  /\s(?:as|when|while|after|before|because|since|until|once)\s+((?:it|they|he|she|we)|(?:the|its|their)\s+\p{Ll}[\p{L}-]*)\s*$/u;

/** " after ", " while ": what opens a clause of its own, with its own subject. */
const SUBORDINATOR = new RegExp(String.raw`\s(?:${SUBORDINATORS}|while)\s+`, 'g');

/** " a day after", " as", " weeks before": what follows "came" in a frame of time. */
const CAME_WHEN =
  /^\s+(?:(?:just|only|shortly|barely)\s+)?(?:(?:\S+\s+){0,3}(?:after|before)|as|amid|while)\s/;

/**
 * '"a new page', 'a "dangerous signal', 'the merger was "a legitimate': a quotation right after
 * a verb, as its object, or after the copula of the clause it takes.
 */
const QUOTED_OBJECT =
  /^\s+(?:(?:up|in|out|an?|the|its|his|her|their)\s+|(?:\S+\s+){1,3}(?:was|were|is|are)\s+)?["“]/;

/**
 * "they had seized": the pronoun a speaker stands for, and "had" where the participle is the
 * past too ("The rebels seized"; "had taken", "had been", "had not" keep it).
 */
const HAD_BEFORE_PAST =
  /^(?:it|they)\s+(?:had\s+(?!(?:not|never)\b|(?:\p{Ll}+ly\s+)?(?:\p{Ll}+(?:en|wn|ne)|begun|sunk|sung|swum)\b))?/iu;

/**
 * Where a relative clause ends: before the time that dates it (and its preposition), if a verb
 * of the sentence follows.
 */
function relativeEnd(text: string, timexes: Timex[], from: number, end: number): number {
  for (let k = firstStartingFrom(timexes, from); k < timexes.length; k++) {
    const t = timexes[k] as Timex;
    if (t.end > end) break;
    if (
      /^\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}+ed|was|were|is|are|has|have|had)\b/u.test(
        text.slice(t.end, end),
      )
    )
      return (
        t.start -
        (/\s(?:on|in|at|last|early|late)\s+$/.exec(text.slice(from, t.start))?.[0].length ?? 0)
      );
  }
  return end;
}

/** "the highest since records began in 1907": the start of a record, no occurrence. */
const RECORDS_BEGAN = /^records\s+(?:began|started|were\s+first\s+kept)\b/i;

/**
 * "a speech marking the first anniversary of Hasina's ouster on Aug. 5 last year": the day of
 * what is remembered, a year or more back, not of the remembering ("to mark the anniversary of
 * their summit on June 15", a day to come, is the marking's).
 */
function rememberedDay(text: string, t: Timex, published: string | null): boolean {
  if (
    !published ||
    !/\banniversar(?:y|ies)\s+of\b[^,;.]{0,60}$/.test(
      text.slice(Math.max(0, t.start - 80), t.start),
    )
  )
    return false;
  const day = parseIsoDay(published);
  const date = timexToDate(t);
  return !!day && !!date && date.end < fmtDay(addDays(day, -300));
}

/** "a day after", "two weeks before": the words of a date measured from another's. */
const MEASURED_WORDS = /\s(?:after|before)$/;

/**
 * The day of the story's first dated occurrence, where it is a day in the week before
 * publication: a story told the day after ("pledged on Tuesday", published on Wednesday) goes on
 * in that day.
 */
function newsDayOf(found: EventCandidate[], published: string | null): DateSpan | null {
  const day = published ? parseIsoDay(published) : null;
  if (!day || !published) return null;
  const weekBefore = fmtDay(addDays(day, -6));
  // (Not where the story's first dated occurrence is today's: "has killed at least 37 people".)
  // (Nor the background a lead is measured from: "sworn in on Wednesday, a day after winning
  // a snap election".)
  // ("grounded the jets on Wednesday after a crash ... on Sunday": the occurrence whose own
  // words come first, not the first a subordinate clause gave the list.)
  const told = (e: EventCandidate) => Math.min(...e.scopes.map((x) => x.start), e.evidence.end);
  const date = found
    .filter((e) => e.status === 'happened' && e.date && !MEASURED_WORDS.test(e.date.text))
    .reduce<EventCandidate | undefined>(
      (first, e) => (!first || told(e) < told(first) ? e : first),
      undefined,
    )?.date;
  return date?.precision === 'day' &&
    date.text !== '' &&
    date.start === date.end &&
    date.start < published &&
    date.start >= weekBefore
    ? date
    : null;
}

/** "agreed to hold", "decided on Monday to send": a deed whose infinitive is a plan. */
const PLAN_AFTER_DEED = new RegExp(
  String.raw`^\s*(?:agreed|planned|arranged|${PLEDGE_VERB})(?:\s+\w+){0,2}\s+to\s+(?!have\b)\p{Ll}`,
  'u',
);

/** The main verb of a sentence that reports news ("Chile has agreed to send a delegation"). */
function reportedAction({
  text,
  s,
  sentence,
  timexes,
  published,
  quoted,
  newsDay,
}: SentenceContext): EventCandidate | null {
  // The verb of a relative aside ("Widodo, who visited Palu on Sunday, ordered ...") is not
  // the sentence's: it is blanked, keeping the offsets.
  // (Nor is one of a relative clause that closes it: "for a conclave, which is expected to
  // begin in early May", which `closingRelatives` tells.)
  const main = withoutRelativeAsides(sentence)
    // (an apposition's own relative clause too, though the apposition stays one:
    // "Milei, a former pundit who entered Congress in 2021, finished second")
    .replace(APPOSED_RELATIVE, (a) => {
      const head = APPOSED_RELATIVE_HEAD.exec(a)?.[0].length ?? 0;
      return a.slice(0, head) + ' '.repeat(a.length - head - 1) + a.slice(-1);
    })
    .replace(PARTICIPLE_ASIDE, (a) => ' '.repeat(a.length))
    // ("Marcos Jr., son and namesake of the dictator ousted in a 1986 uprising, won": nor one of
    // a kin word's apposition.)
    .replace(KIN_APPOSITION, (a) => ' '.repeat(a.length))
    .replace(PREPOSITION_RELATIVE, (a) => ' '.repeat(a.length))
    .replace(CLOSING_RELATIVE, (a) => ' '.repeat(a.length))
    // ("Under the deal, the Kremlin said, Prigozhin will move to Belarus": nor is a teller
    // set between commas, whose clause is the rest.)
    .replace(TOLD_BETWEEN, (a) => ' '.repeat(a.length));
  // ("The cabinet would vote on Thursday, the office said": a plan in the past of the telling
  // that comes after it is a plan as "will" tells one; the words stay the text's.)
  const teller = TOLD_BY_END.exec(main.replace(/[\s.!?"”’]+$/, ''));
  const planned = FUTURE_ACTION.exec(
    teller
      ? main.slice(0, teller.index).replace(/\bwould(?=\s)/g, 'will ') + main.slice(teller.index)
      : main,
  );
  const pastPlan = planned ? null : PAST_PLAN.exec(main);
  const ahead = planned ?? pastPlan;
  // "Yoon stunned the country on Dec. 3 when he declared martial law": a dated past verb
  // before the first verb of action is the sentence's own; the later one is subordinate.
  const action0 = mainAction(main);
  const dated = datedPastVerb(main, s.start, text, timexes);
  // (Not the verb of a relative clause: "the quake that struck on Friday rose", "lawmakers who
  // had made it into the chamber passed".)
  const own =
    !!dated &&
    dated.index < (action0?.index ?? 0) &&
    !RELATIVE_OPEN_END.test(main.slice(0, dated.index));
  const chosen = action0 && !own ? action0 : dated;
  // ("He was murdered by agents who flew in on Tuesday": the verb of a relative clause on what
  // a passive before it names is that noun's, and the passive is the sentence's.)
  const agentPassive =
    chosen && RELATIVE_OPEN_END.test(main.slice(0, chosen.index))
      ? PASSIVE_VERB.exec(main.slice(0, chosen.index))
      : null;
  const found =
    agentPassive && !RELATIVE_OPEN_END.test(main.slice(0, agentPassive.index))
      ? agentPassive
      : chosen;
  // "Seoul will send a plane to bring home its nationals detained last week": the future verb
  // before a participle is the sentence's.
  const past = found && !(ahead && ahead.index < found.index) ? found : null;
  const action = past ?? ahead;
  if (!action) return reportedPlan(text, s, main, timexes, published);
  // ('said Mike Brown, an astronomer whose discovery of an object in 2005 forced the debate':
  // the verb of a relative clause on an apposition is none of the sentence's.)
  if (/,[^,;]*\bwhose\s[^,;]*$/.test(main.slice(0, action.index))) return null;
  // ("announced on Friday that he would resign in October": what an announcement says will be
  // is a plan told, as one said is; "announced that it had signed" is the deed.)
  // ("had told Japan's coast guard that it would launch a satellite between Nov. 22 and Dec.
  // 1": and what a telling in the pluperfect says will be.)
  if (
    ANNOUNCED_PLAN.test(main.slice(action.index, action.index + 160)) ||
    /^\s*had\s+(?:told|notified|informed)\s+[^,;.]{1,40}?\sthat\s/.test(
      main.slice(action.index, action.index + 80),
    )
  ) {
    const plan = reportedPlan(text, s, main, timexes, published);
    if (plan) return plan;
  }
  // What a quotation says has happened or will happen is someone's words, not the story's;
  // the verb right after one tells who said it ('"...," Sarkozy wrote on social media').
  const verbStart = s.start + action.index;
  if (inQuote(quoted, { start: verbStart, end: verbStart + 1 })) return null;
  if (/["”],?\s+(?:[\p{L}.'’-]+\s+){1,4}$/u.test(main.slice(0, action.index))) return null;
  // ('"What crime have I committed?" Duterte asked in a video his daughter posted as he was
  // held': what follows the teller of an opening quotation tells how and where it was said.)
  if (QUOTE_THEN_TELLER.test(text.slice(Math.max(0, verbStart - 200), verbStart))) return null;
  // "Police said a gunman killed five people on Monday": what a report says happened is the
  // occurrence, told from the clause after the speech verb; what it says will happen is not.
  const reported = [...main.slice(0, action.index).matchAll(REPORTED_SPEECH)].at(-1);
  const speech = /\b(?:said|says|told|added|noted|explained|stressed|insisted|argued|wrote)\b/.test(
    sentence.slice(0, action.index).replace(TOLD_BETWEEN, ''),
  );
  if (speech && !reported) return null;
  // "North Korea said Tuesday it had test-fired a missile the previous day": past the day of
  // the speaking, a pronoun stands for the speaker, and a pluperfect that its own clause dates
  // is the occurrence reported.
  // ("said it was sending teams and that aid cuts had left the country poorly prepared": a
  // second report joined by "and that" has a subject of its own, which the verb after it is.)
  const toldFirst = reported ? reported.index + reported[0].length : 0;
  const toldAgain = reported
    ? [...main.slice(toldFirst, action.index).matchAll(/\s(?:and|but)\s+that\s+/g)].at(-1)
    : undefined;
  const told = toldAgain ? toldFirst + toldAgain.index + toldAgain[0].length : toldFirst;
  const content = main.slice(told).replace(SPOKEN_WHEN, '');
  const contentAt = main.length - content.length;
  const spoken = reported ? main.slice(0, reported.index).trimEnd() : '';
  // ("The army, led by Gen. Tom Smith, denied it and said its jets had struck": a teller joined
  // to an earlier verb by "and" is that verb's subject, not the words before "said".)
  const joined = /\s(?:and|but)$/.test(spoken) ? subjectOfFirstVerb(`${spoken} `) : null;
  const speakerAt = joined?.start ?? spoken.length - spoken.trimStart().length;
  const speaker = joined
    ? spoken.slice(joined.start, joined.end)
    : /\s(?:and|but)$/.test(spoken)
      ? ''
      : spoken.trim();
  const speakerName = speaker.replace(/\s+/g, ' ');
  // ("Han said the fires were the worst ever and ordered resources mobilised": after a report
  // that says what something is, "and" and a verb go on with the speaker, whom the reported
  // subject is not; no occurrence is told rather than one of the wrong doer.)
  if (reported && SAID_WHAT_IT_IS_AND.test(main.slice(contentAt, action.index))) return null;
  const namedSpeaker =
    /^\p{Lu}/u.test(speaker) && speaker.split(/\s+/).length <= 6 && !/[,;:"“”]/.test(speaker);
  // ("Officials said it was contained": "it" is not the officials.)
  const pronoun =
    (/^they\s/.test(content) || (/^(?:it|he|she)\s/.test(content) && !pluralNoun(speaker))) &&
    namedSpeaker;
  // ("Samsung said on Tuesday its profit rose": the profit is Samsung's.)
  const possessor = /^(?:its|his|her)\s/.test(content) && !pluralNoun(speaker) && namedSpeaker;
  // ("said he would lift the martial law he declared hours earlier": the verb after "would"
  // is the plan; the past one comes later, in a clause about its object.)
  // ("said it will launch the next satellite in December": a plan as well.)
  if (reported && (!past || /\b(?:would|will)\b/.test(main.slice(told, action.index))))
    return reportedPlan(text, s, main, timexes, published);
  if (
    reported &&
    (!past ||
      !(REPORTED_SUBJECT.test(content) || pronoun) ||
      /\b(?:could|might|may|should|must|ought)\b/.test(main.slice(told, action.index)) ||
      // ("said prosecutors had failed to prove that Lee had ordered": a claim in the report.)
      CLAIM_THAT.test(main.slice(told, action.index)))
  )
    return null;
  const verb = action[0].trim().toLowerCase();
  // ("and raised the prospect of resuming": nor is any verb that proposes.)
  if (
    /^(?:has |have |had )?(?:proposed|suggested|offered|urged)$/.test(verb) ||
    PROPOSING_AT.test(main.slice(action.index + action[0].length - verb.length))
  )
    return null;
  // ("The launch came a day after ...": a frame that places the news in time is none itself.)
  if (/^(?:came|comes)$/.test(verb) && CAME_WHEN.test(main.slice(action.index + action[0].length)))
    return null;
  const verbEnd = s.start + action.index + action[0].length;
  // ('Macron said the result opened "a new page in Brazil's history"': a verb whose object a
  // speaker's own words make is how the speaker sees it, not an occurrence.)
  if (reported && QUOTED_OBJECT.test(text.slice(verbEnd, verbEnd + 40))) return null;
  // (Past an aside the clause opens with: "In Romania, which declared an epidemic, 18
  // children have died" starts at "18".)
  let from = Math.max(verbClauseStart(main, action.index), reported ? contentAt : 0);
  while (from < action.index && /\s/.test(main[from] ?? '')) from++;
  // ("A protege of former Prime Minister Shinzo Abe, who was assassinated in 2022, Takaichi has
  // pledged": what the subject is, put before it, is no part of the headline.)
  // (Not a time put first: "A year ago, Lee won".)
  const fronted = FRONTED_APPOSITION.exec(sentence.slice(from, action.index));
  const frontedTime =
    !!fronted &&
    (timexes[firstStartingFrom(timexes, s.start + from)]?.start ?? Infinity) <
      s.start + from + fronted[0].indexOf(',');
  if (fronted && !frontedTime) from += fronted[0].length;
  // ("It is the first time in South Korea that a former president and his wife have been
  // detained": what a cleft puts first frames the clause after its "that".)
  const cleft = CLEFT.exec(main.slice(from, action.index));
  if (cleft) from += cleft[0].length;
  // ("The death toll from a powerful earthquake that struck central Myanmar on Friday has
  // risen": with no verb of its own to report, the sentence tells what its relative clause
  // says of its noun, "a powerful earthquake struck".)
  // (Only inside the subject: "Prigozhin was on the passenger list of a jet that crashed" is
  // told whole.)
  const relativeMatch =
    action === dated && !action0 ? RELATIVE_NOUN_BEFORE.exec(main.slice(from, action.index)) : null;
  const relativeNoun =
    relativeMatch && !AUXILIARY.test(main.slice(from, from + relativeMatch.index))
      ? relativeMatch
      : null;
  if (relativeNoun)
    from += relativeNoun.index + (relativeNoun[0].length - relativeNoun[0].trimStart().length);
  // ("has threatened to strike if its demands are not met by the end of the month": a
  // condition neither dates the verb nor belongs in its headline.)
  const condition = CONDITION.exec(text.slice(verbEnd, s.end));
  const scope: TextSpan = {
    start: s.start + from,
    end: Math.min(
      clauseFrom(text, verbEnd, s.end).end,
      condition ? verbEnd + condition.index : s.end,
    ),
  };
  // "Typhoon Yagi, the most powerful storm to hit Asia this year, has killed": what the
  // subject is neither dates the verb nor belongs in the headline (its places stay: "the
  // strongest storm to hit Vietnam" says where it struck).
  const apposition = SUBJECT_APPOSITION.exec(main.slice(from, action.index));
  // ("Three hotels, the Shangri-La, the Kingsbury and the Cinnamon Grand, were bombed": an
  // apposition that ends a list of names takes the list's first items too.)
  const listed =
    apposition && /\s(?:and|or)\s+(?:the\s+)?\p{Lu}/u.test(apposition[0])
      ? (LIST_HEAD_END.exec(main.slice(from, from + apposition.index))?.[0].length ?? 0)
      : 0;
  const appositionSpan = apposition
    ? {
        start: s.start + from + apposition.index - listed,
        end: s.start + from + apposition.index + apposition[0].length,
      }
    : null;
  // ("One spectator, Corey Comperatore, a former fire chief, was killed": an apposition left
  // open before the one dropped keeps its closing comma.)
  const closed = (words: string) => (words.split(',').length % 2 === 0 ? `${words},` : words);
  const clauseHeadlineOf = (span: TextSpan) =>
    appositionSpan && span.start < appositionSpan.start
      ? `${closed(headlineOf(text, { ...span, end: appositionSpan.start }, 12, appositionSpan.start))} ${lowerFirst(headlineOf(text, { ...span, start: appositionSpan.end }, 12, verbEnd))}`
      : headlineOf(text, span, 12, verbEnd);
  // A date that belongs to a noun ("next month's summit") or to a relative clause ("SK Hynix,
  // which reports results next week, has cut production") does not date the verb.
  // ("by naming Pichit, a lawyer who was jailed in 2008, to his cabinet in April": or to an
  // apposition's own relative clause.)
  const asides = [
    ...[
      ...sentence.matchAll(RELATIVE_ASIDE),
      ...sentence.matchAll(PARTICIPLE_ASIDE),
      ...sentence.matchAll(APPOSED_RELATIVE),
    ].map((m) => ({
      start: s.start + m.index,
      end: s.start + m.index + m[0].length,
    })),
    ...(appositionSpan ? [appositionSpan] : []),
  ];
  const objectAsides = objectParticipleAsides(text, { start: verbEnd, end: scope.end });
  // ("Macron, who returned from Riyadh on Wednesday, will speak": what a person did on a day
  // of its own is another occurrence, whose places are not this one's; "the talks, hosted by
  // China on Monday, ended" and "the river, which runs through the city, rose" keep theirs.)
  const datedAsides = asides
    .filter((a) => {
      const t = timexes[firstStartingFrom(timexes, a.start)];
      return (
        (!!t && t.end <= a.end && DATED_ASIDE_OWN.test(text.slice(a.start, a.end))) ||
        // ("Prevost, 69, a Chicago native who served in Peru, was elected": where a person comes
        // from or served is the life the apposition tells, not where the news happens.)
        (a === appositionSpan && BACKGROUND_APPOSITION.test(text.slice(a.start, a.end))) ||
        // ("The Ever Given, owned by Japan's Shoei Kisen Kaisha, ran aground": and who owns or
        // runs the subject.)
        OWNER_ASIDE.test(text.slice(a.start, a.end))
      );
    })
    .concat(objectAsides);
  asides.push(...objectAsides);
  // "the quake that struck on Friday rose ...": a date in the subject's relative clause.
  // ("A man arrested in Seoul on Monday was charged on Tuesday": or its participle's phrase.)
  const relative =
    /\b(?:that|which|who)\b/.exec(main.slice(0, action.index)) ??
    (PASSIVE_VERB.test(action[0]) ||
    /\b(?:was|were)(?:\s+\p{Ll}+ly)?\s*$/u.test(main.slice(0, action.index))
      ? PLACED_PARTICIPLE_AFTER_NOUN.exec(main.slice(0, action.index))
      : null);
  const subjectClause = relative
    ? { start: s.start + relative.index, end: s.start + action.index }
    : null;
  // ("Born Jorge Bergoglio in 1936, Francis was elected pope in 2013": a birth put first.)
  const born = BORN_AT_START.exec(sentence);
  // ("Trump, making his first trip abroad since winning the November election, met Macron": a
  // participle's aside after the subject tells of the subject, not when the verb was.)
  const gerunds = [...main.slice(0, action.index).matchAll(GERUND_ASIDE)].map((m) => ({
    start: s.start + m.index,
    end: s.start + m.index + m[0].length,
  }));
  const notOwn = (t: Timex) =>
    gerunds.some((g) => g.start <= t.start && t.end <= g.end) ||
    // ("were killed in Friday's strikes": who died or was hurt in an occurrence was so when it
    // happened; not "declared him the winner in Saturday's vote".)
    (possessive(text, t) &&
      !(
        BEFELL.test(verb) &&
        /\b(?:in|during)\s+$/.test(text.slice(Math.max(0, t.start - 8), t.start))
      ) &&
      // ("won 41.1 percent of Tuesday's vote", "lost Sunday's runoff": a contest is won or lost
      // on its day.)
      !(CONTEST_WON.test(verb) && CONTEST_AFTER_POSSESSIVE.test(text.slice(t.end, t.end + 40))) &&
      // ("will host next year's contest", "boycotted Sunday's ceremony": so is one taken part
      // in, right after the verb.)
      !(TAKEN_PART_IN.test(verb) && /^\s*$/.test(text.slice(verbEnd, t.start)))) ||
    (!!born && t.end <= s.start + born[0].length) ||
    // ("declared Sunday a day of national mourning": the day it made one, not of the declaring.)
    (DAY_MADE_BEFORE.test(text.slice(Math.max(0, t.start - 14), t.start)) &&
      DAY_MADE_AFTER.test(text.slice(t.end, t.end + 60))) ||
    // "won the 2024 Nobel Prize on Thursday", "approved Merz's 2026 budget on Friday", "will
    // present its draft 2026 budget next week": a year that names which prize dates no verb.
    (/^\d{4}$/.test(t.text) &&
      /(?:\b(?:the|an?|its|his|her|their|our|this)|\p{L}['’]s)(?:\s+(?!(?:year|end|start|spring|summer|autumn|fall|winter)\b)\p{Ll}+)?\s+$/iu.test(
        text.slice(Math.max(0, t.start - 20), t.start),
      ) &&
      /^\s+\p{L}/u.test(text.slice(t.end, t.end + 3))) ||
    // "rose 7.5% from a year earlier", "fell to 600 billion won from 14.1 trillion won a year
    // earlier": the base of a comparison, not when it rose or fell.
    // (And "rose 5% from the same period last year": so is the period a year before.)
    (/\b(?:earlier|ago|before)$|^(?:the\s+same\b|last\s+year$)/i.test(t.text) &&
      COMPARED_WITH.test(text.slice(Math.max(0, t.start - 40), t.start))) ||
    // "agreed to a ceasefire that will take effect on Wednesday": what its object will do.
    (!!past &&
      /\b(?:that|which)\s+(?:will|would|(?:is|are)\s+(?:due\s+|set\s+|expected\s+)?to)\b/.test(
        text.slice(verbEnd, t.start),
      )) ||
    // ("ruled that she had breached ethical standards in the June call": what a pluperfect
    // after "that" tells came before the verb that tells it.)
    (!!past &&
      /^\s+(?:[^\s,;]+\s+){0,3}that\s+[^,;]*?\bhad\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|en)\b/u.test(
        text.slice(verbEnd, t.start),
      )) ||
    // ("cancelled a planned trip to Italy later this week": the time of what was planned,
    // not of the cancelling.)
    (!!past &&
      /\b(?:planned|scheduled|upcoming|proposed|expected)\s+(?:[\p{L}-]+\s+){0,2}?(?:trip|visit|meeting|summit|talks|tour|flight|launch|trial|hearing|vote)\b[^,;]{0,40}$/u.test(
        text.slice(verbEnd, t.start),
      )) ||
    // ("agreed to share data by the end of the year": the deadline an infinitive sets is
    // ahead of the agreeing.)
    (!!past && INFINITIVE_DEADLINE.test(text.slice(verbEnd, t.start))) ||
    // ("voted No to the proposals that creditors put forward in June", "planted a tree dating
    // from 1953": the time of what its object's own clause tells, not of the verb.)
    // (Read over the 120 letters before the time: a long sentence is not read back for each.)
    (!!past && OBJECT_OWN_TIME.test(text.slice(Math.max(verbEnd, t.start - 120), t.start))) ||
    // "declared three days of mourning starting on Thursday": when what it declared begins.
    (!!past &&
      /\b(?:starting|beginning|effective)(?:\s+on)?\s+$/.test(
        text.slice(Math.max(0, t.start - 20), t.start),
      )) ||
    rememberedDay(text, t, published) ||
    // "has issued a warning for Friday": what it is for, not when it was done.
    (!!past &&
      /\bfor\s+(?:\S+\s+(?:and|or)\s+)?$/.test(text.slice(Math.max(0, t.start - 24), t.start))) ||
    // ("lowered its forecast for economic growth this year": the period a forecast is of.)
    (!!past &&
      /\b(?:forecasts?|outlook|projections?|targets?|estimates?|guidance)\s+for\s+(?:[\p{L}-]+\s+){0,3}$/u.test(
        text.slice(Math.max(0, t.start - 60), t.start),
      )) ||
    asides.some((a) => a.start <= t.start && t.end <= a.end) ||
    (!!subjectClause && subjectClause.start <= t.start && t.end <= subjectClause.end);
  // "weeks after the two countries agreed to a deal": a clause measured from is background
  // (but "came after officials met" is the same news).
  const leadUp = text.slice(s.start, scope.start);
  // ("plans to reunite in 2025, after all members have completed their service": what a plan
  // waits on is none of the story's occurrences.)
  if (
    /\b(?:after|once)\s+$/.test(leadUp) &&
    (FUTURE.test(leadUp) || /\b(?:plans?|intends?|aims?|hopes?)\s+to\b/.test(leadUp))
  )
    return null;
  if (/\bsince\s+$/.test(leadUp) && RECORDS_BEGAN.test(text.slice(scope.start))) return null;
  // ("conceded on Sunday, before the official results were announced": nor is a clause of
  // "before" news of the day, which came after it, a part of its own or not.)
  const subordinate =
    MEASURED_LEAD.test(leadUp) ||
    /\b(?:since|until|before)\s+$/.test(text.slice(Math.max(0, scope.start - 12), scope.start));
  const ownWords = (start: number, end: number) =>
    subjectClause && start <= subjectClause.start && subjectClause.end <= end
      ? text.slice(start, subjectClause.start) +
        ' '.repeat(subjectClause.end - subjectClause.start) +
        text.slice(subjectClause.end, end)
      : text.slice(start, end);
  // ("Firefighters are battling more than 150 blazes": a deed going on now is today's.)
  const progressive = PROGRESSIVE_AT.test(verb);
  const nowGoingOn =
    progressive && /\b(?:is|are)(?:\s+still)?\s*$/.test(main.slice(0, action.index));
  const perfect =
    /^(?:has|have)\b/.test(verb) ||
    // "More than 24,000 people have been forced from their homes"
    /\b(?:has|have)\s+been\s*$/.test(main.slice(0, action.index)) ||
    // ("Saskatchewan has also declared an emergency": an adverb inside the perfect.)
    /\b(?:has|have)\s+(?:also|already|now|just|again|since|\p{Ll}+ly)\s*$/u.test(
      main.slice(0, action.index),
    );
  const today =
    !subordinate &&
    // ("Previous rounds were held in Uruguay": what the subject says came before.)
    !PRIOR_SUBJECT.test(text.slice(scope.start, verbStart)) &&
    // ("Over the next decade he launched the iPod", "For decades he ran": a clause a span of
    // months or years opening it frames is told of that span, not of the news's day.)
    !frontedSpan(text, timexes, scope.start, verbStart) &&
    // ("Only four countries have landed on the moon before": a perfect of experience tells of
    // times before the news, not of today.)
    !EXPERIENCE.test(text.slice(scope.start, scope.end)) &&
    // ("He held a single campaign rally before the vote": talks held before another occurrence
    // the story tells are that much earlier, not today's.)
    !(!perfect && BEFORE_OCCURRENCE.test(text.slice(verbEnd, s.end).split(/[,;]/, 1)[0] ?? '')) &&
    // "18 children have died since 2023": a perfect over a period is no news of today.
    // (In the clause, or on to its first comma: not "held its rate, where it has been since
    // January".)
    // (The comma of "34,000" is none.)
    // (Not a period of the subject's relative clause: "Rain that has pounded the country since
    // Thursday has killed 37 people" is news of today.)
    ![
      ownWords(scope.start, scope.end),
      ownWords(scope.start, s.end)
        .replace(ADVERB_ASIDE, ' ')
        .split(/;|,(?!\d)/, 1)[0],
    ].some((words) => SINCE_PERIOD.test(words ?? '')) &&
    (perfect ||
      nowGoingOn ||
      // (Not a pluperfect a report tells: "said lawmakers had agreed" is before the saying.)
      (/\b(?:held|agreed|met|signed|announced|launched|discussed)\b/.test(verb) &&
        !/^had\b/.test(verb) &&
        // ("its bid was held up for more than a year", "his team mates held on and": a phrasal
        // verb is no holding of talks.)
        // (Nor is a hold on a place: "was held by militants until 2019".)
        !/^\s+(?:(?:up|back|off|down|out|by)\b|on\s*(?:[,.;]|(?:and|to|for)\b))/.test(
          text.slice(verbEnd, verbEnd + 10),
        )));
  // "The war began when gunmen attacked on Oct. 7, 2023": the clause of "when" right after
  // dates the verb before it.
  const opened = (conjunction: RegExp) => {
    const m = conjunction.exec(text.slice(scope.end, scope.end + 16));
    return m ? clauseFrom(text, scope.end + m[0].length, s.end) : null;
  };
  // (After a comma too: "were wounded, six of them critically, when a teenager attacked".)
  const whenAfter = opened(/^,?\s+when\s/);
  // ("was shot as he defected across the border on Monday", "were suspended as soon as a copy
  // reached her office in the early evening": a clause of "as" happens alongside, and its day
  // is the undated clause's too; after a comma as well: "killed al-Muhandis, the deputy
  // commander, as their convoy left the airport shortly after midnight".)
  const alongside = whenAfter ?? opened(/^,?\s+as(?:\s+soon\s+as)?\s/);
  if (!past) {
    // ("Investors have questioned whether consumers will pay so much": what is asked is no plan.)
    if (ASKED_OF.test(text.slice(s.start, verbStart))) return null;
    // What will happen keeps the date the text gives it, or none: never an invented one; and
    // not the date of a participle after it ("will bring home nationals detained last week").
    // (Not an adjective before its noun: "will release detailed earnings on July 31".)
    // ("is expected to discuss the chip when the two leaders meet on Thursday": the clause of
    // "when" gives the day.)
    const participle = (t: Timex) => PARTICIPLE_AFTER_NOUN.test(text.slice(verbEnd, t.start));
    const headline = clauseHeadlineOf(scope);
    // (Nor of an occurrence someone owns that the plan answers.)
    const owned = (t: Timex) => t.start > verbEnd && answeredTime(text, verbEnd, t, published);
    const date =
      datedBy(text, timexes, scope, (t) => notOwn(t) || participle(t) || owned(t)) ??
      (whenAfter ? datedBy(text, timexes, whenAfter, notOwn) : null) ??
      aheadOfNews(text, timexes, scope, published);
    // ("The storm was expected to weaken on Friday": a plan told in the past whose day is gone,
    // or never given, may never have come to pass.)
    if (pastPlan && !(date && published && date.end >= published)) return null;
    return {
      headline,
      date,
      status: 'scheduled',
      evidence: scope,
      scopes: outside(scope, datedAsides),
      kind: `action:${headline.toLowerCase()}`,
      verbEnd,
      ...settingOf(text, scope),
    };
  }
  // "the deadliest since 1973, when 150 people were killed": the clause is at the date before
  // (with no comma too: "was trying to land at about 9:03 a.m. when it overshot the runway").
  // ("the 1973 Yom Kippur war, when Egypt and Syria launched": or at the year of the noun.)
  const when = /,?\s+when\s+$/.exec(text.slice(s.start, scope.start));
  const antecedent =
    when &&
    timexes.find(
      (t) =>
        t.end <= s.start + when.index &&
        t.start >= s.start &&
        /^(?:\s+[\p{L}'’-]+){0,4}$/u.test(text.slice(t.end, s.start + when.index)),
    );
  const date =
    datedBy(
      text,
      timexes,
      scope,
      // ("a lake formed by landslides in July poured into the town": the subject's too.)
      (t) =>
        notOwn(t) ||
        REDUCED_RELATIVE.test(text.slice(t.start < verbEnd ? scope.start : verbEnd, t.start)) ||
        // ("praised his sunshine policy and his summit in June": the time of an owned occurrence
        // the verb names, not of the verb.)
        (t.start > verbEnd && OWNED_OCCURRENCE_BEFORE.test(text.slice(verbEnd, t.start))) ||
        (t.start > verbEnd && RELATIVE_ON_OBJECT_BEFORE.test(text.slice(verbEnd, t.start))) ||
        // ("had gathered for the first Halloween celebrations": a day ahead that names what
        // a noun is for, not when the past verb was.)
        (!!published &&
          (timexToDate(t)?.start ?? '') > published &&
          ATTRIBUTE_BEFORE.test(text.slice(Math.max(scope.start, t.start - 40), t.start)) &&
          /^\s+\p{Ll}{3,}/u.test(text.slice(t.end, t.end + 16))) ||
        // ("A crowd surge during Halloween festivities killed 151 people": nor, of a past verb,
        // a feast ahead of the news that names a noun after it.)
        (!!past && feastAhead(text, t, published)) ||
        // ("drove into a crowd of New Year's revellers early on Wednesday": nor one that names
        // a noun where the clause gives a time of its own.)
        (feastNamesNoun(text, t) && otherTimeIn(text, timexes, scope, t)),
    ) ??
    (antecedent ? timexToDate(antecedent) : null) ??
    measuredToNext(text, timexes, scope, s.end) ??
    // (Not by a day after the news: "when a large Halloween crowd surged ... on Saturday night"
    // is Saturday's, the festival ahead named for what the crowd came to.)
    (alongside && past
      ? datedBy(
          text,
          timexes,
          alongside,
          (t) => notOwn(t) || (!!published && (timexToDate(t)?.start ?? '') > published),
        )
      : null) ??
    // (What the perfect says is news of the day of publication; what the past says of talks
    // held is news of the day the story's lead tells: "pledged on Tuesday ... then held talks".)
    (today ? (!perfect && newsDay ? newsDay : publicationDate(published)) : null);
  // Undated, a past verb of the story's own voice is still an occurrence it reports ("Lula
  // promised federal funds"): it keeps a null date, never the publication date as a guess.
  const clauseBefore = main.slice(scope.start - s.start, action.index);
  // Undated, the verb needs to be one: not a noun after a determiner ("the possible spread"),
  // nor a report of findings ("It reported that ...").
  if (
    !date &&
    // ("more rain than in any day since records began": an undated bound of a period.)
    (/\b(?:since|until)\s+$/.test(leadUp) ||
      !mainAction(main) ||
      // ("The minister said the move violated an agreement": what a report says of a thing, not
      // a verb of occurrence, is a judgement.)
      (reported && !ACTION.test(action[0])) ||
      (NOT_REPORTED_BEFORE.test(clauseBefore) &&
        !(reported && /\bhad(?:\s+\p{Ll}+ly)?\s*$/u.test(clauseBefore))) ||
      // ("two days after he had declared martial law": but a pluperfect measured from is
      // dated by the measure.)
      (/^\s*had\b/i.test(verb) &&
        !reported &&
        !MEASURED_LEAD.test(text.slice(Math.max(0, scope.start - 30), scope.start))) ||
      // ("until a new leader is sworn in": a present passive tells no past occurrence.)
      /\b(?:is|are)(?:\s+\p{Ll}+ly)?\s*$/u.test(clauseBefore) ||
      /\b(?:the|a|an|its|their|his|her|this|that)(?:\s+(?:possible|first|new|further|latest|recent|likely|major|minor|big|low|high))?\s*$/i.test(
        clauseBefore,
      ) ||
      // ("found no evidence": what did not happen.)
      /^\s+no\s/.test(text.slice(verbEnd, verbEnd + 4)) ||
      // ('"The ship tilted," said Kim, a passenger who was rescued.': after a quotation's
      // teller, words that say who the teller is, or where and when the words were spoken:
      // '"We are free," one man shouted in the streets as crowds celebrated'.)
      QUOTE_TOLD_BEFORE.test(main.slice(0, action.index)) ||
      (/\b(?:reported|confirmed|found|discovered)$/.test(verb) &&
        /^\s+that\b/.test(text.slice(verbEnd, verbEnd + 6))))
  )
    return null;
  // (The day of the telling comes only after the test above has kept the undated verb, so it
  // makes no judgement an occurrence; and only for what the speaker tells of its own doing:
  // "police said on Monday the man had visited Seoul" may tell of any time before.)
  // ("A gunman killed five people, police said on Monday": so does the clause a dated report
  // after it tells.)
  const reportedDate =
    date ??
    (reported && (pronoun || possessor)
      ? spokenDate(timexes, s.start + reported.index, s.start + contentAt)
      : null) ??
    (past && !reported ? toldAfter(text, timexes, scope.end, s.end) : null);
  // "Yoon stunned the country on Tuesday when he declared martial law": what stunned it is
  // the occurrence, done by the subject, at the time the sentence gives.
  const cause =
    whenAfter && REACTION.test(verb) ? CAUSE_SUBJECT.exec(text.slice(whenAfter.start)) : null;
  const evidenceSpan = cause && whenAfter ? { start: scope.start, end: whenAfter.end } : scope;
  const clauseHeadline =
    cause && whenAfter
      ? `${headlineOf(text, { start: scope.start, end: verbStart }, 12, verbStart)} ${lowerFirst(
          headlineOf(text, { start: whenAfter.start + cause[0].length, end: whenAfter.end }, 10),
        )}`
      : clauseHeadlineOf(
          // ("A gunman who killed 15 people on Sunday acted alone": the relative clause that
          // tells the occurrence ends at its date, before the sentence's own verb.)
          relativeNoun ? { ...scope, end: relativeEnd(text, timexes, verbEnd, scope.end) } : scope,
        );
  // ("The plane was carrying 181 people when it tried to land", "The satellite separated ...,
  // and made contact": a subordinate clause's pronoun, or a second verb's missing subject, is
  // the sentence's subject.)
  const carried = reported ? null : carriedSubject(main, from, action.index);
  const ownHeadline = relativeNoun
    ? clauseHeadline.replace(/\s+(?:that|who)\s+/, ' ')
    : clauseHeadline;
  // (Only of the verb the pronoun is subject of: not "said it had regained control, three days
  // after gunmen burst out and killed hundreds".)
  const headline =
    pronoun && /^(?:it|they)\s/i.test(ownHeadline)
      ? `${speakerName} ${ownHeadline.replace(HAD_BEFORE_PAST, '')}`
      : possessor
        ? `${speakerName}${apostropheOf(text)}${/s$/.test(speaker) ? '' : 's'} ${ownHeadline.replace(/^(?:its|his|her)\s+/i, '')}`
        : carried
          ? `${carried.subject} ${carried.pronoun ? ownHeadline.replace(/^\S+\s+/, '') : lowerFirst(ownHeadline)}`
          : ownHeadline;
  // ("Yoon has been held at the detention center since his arrest", "has been living in hiding
  // since the election": a state or a doing that began and goes on.)
  const goesOn =
    ONGOING_PERFECT.test(text.slice(scope.start, verbEnd)) &&
    /\b(?:since|for\s+(?:the\s+past\s+)?(?:\d+|two|three|four|five|several|many|months|years|weeks|days))\b/.test(
      text.slice(verbEnd, s.end),
    );
  const speakerIn = /\s(?:in|at)\s+(?:the\s+)?\p{Lu}/u.exec(speaker);
  // ("more than 20 hours after it started": a bare verb of a thing only a pronoun names tells
  // no occurrence a reader could place.)
  if (/^(?:It|This|That)\s+\p{Ll}+$/u.test(headline)) return null;
  return {
    headline,
    date: reportedDate,
    // ("agreed to hold talks in late October or early November", told on Oct. 4: a plan after
    // the deed whose time runs past the news is still to come, though it opened before.)
    status:
      date &&
      (date.start > (published ?? '9999') ||
        (!!past &&
          !!date.text &&
          date.end > (published ?? '9999') &&
          PLAN_AFTER_DEED.test(main.slice(past.index, past.index + 60))))
        ? 'scheduled'
        : goesOn || progressive
          ? 'ongoing'
          : 'happened',
    evidence: evidenceSpan,
    // ("Two people died when a wall collapsed in the Iztapalapa borough": where the harm
    // befell them is where the clause of "when" puts it.)
    scopes: [
      ...outside(evidenceSpan, datedAsides),
      ...(whenAfter && BEFELL.test(verb) && evidenceSpan === scope ? [whenAfter] : []),
      // ("Military officers in Gabon said they had seized power": where the speaker the
      // pronoun stands for is, it did it; not "Israel's military said it had killed".)
      ...(reported && (pronoun || possessor) && speakerIn
        ? [{ start: s.start + speakerAt + speakerIn.index, end: s.start + reported.index }]
        : []),
    ],
    kind: `action:${headline.toLowerCase()}`,
    verbEnd,
    ...settingOf(text, scope),
  };
}

/** The apostrophe the story writes ("ministry's" or "ministry’s"), for a possessive it makes. */
function apostropheOf(text: string): string {
  return /\p{L}'\p{L}/u.test(text) && !/\p{L}’\p{L}/u.test(text) ? "'" : '’';
}

/**
 * "questioned whether ", "asked if the ", "could not say when ", "it is unclear how ": a question,
 * or what nobody knows, up to what it asks of.
 */
const ASKED_OF =
  /\b(?:whether|(?:ask(?:s|ed|ing)?|wonder(?:s|ed|ing)?|question(?:s|ed|ing)?)\s+if|(?:(?:not|n't|never)\s+(?:say|know|knew|clear|sure|certain|specify|disclose|reveal|predict)|unclear|unknown|uncertain)\s+(?:when|how|where|whether|if|what|why))\s[^,;:]*$/i;

/** "battling", "searching": a deed told in the progressive, going on. */
const PROGRESSIVE_AT = new RegExp(`^(?:${PROGRESSIVE_DEED})$`);
/** "has been held", "have been living", "has been gripped": a perfect of a state that lasts. */
const ONGOING_PERFECT =
  /\b(?:has|have)\s+been\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}{3,}ing|held|detained|jailed|imprisoned|trapped|stranded|closed|shut|suspended|gripped|missing|displaced)\s*$/u;

/** Verbs of a harm that befell people: "died", "were killed", "drowned". */
const BEFELL = /(?:^|\s)(?:died|drowned|killed|injured|wounded|hurt|trapped)$/;

/**
 * ", arriving from Bangkok,", ", making his first trip abroad since winning the election,": a
 * present participle's aside between commas (not a preposition's phrase: ", during the night,",
 * ", following the vote,").
 */
const GERUND_ASIDE =
  /,\s*(?!(?:during|including|according|following|regarding|concerning|excluding|beginning|starting|ending)\b)\p{Ll}{2,}ing\b[^,;:]*,/gu;

/** "fired a missile", "launched its rocket": a thing launched (the thing in group 1). */
const LAUNCHED_THING =
  /\b(?:fired|launched|test-fired|shot|sent)\s+(?:an?|the|its|another)\s+(?:[\p{L}\d-]+\s+){0,3}?(missile|rocket|satellite|drone|balloon|projectile)\b/gu;
/** "flew over", "landed in": what a thing launched does. */
const FLIGHT_VERB_AT =
  /^(?:\p{Ll}+ly\s+)?(?:flew|landed|splashed|fell|crashed|travell?ed|exploded|broke\s+up|reached|soared|passed)\b/u;

/** " was the North's first since ...": the owner a copula's possessive names. */
const OWNER_AFTER_COPULA =
  /\s(?:is|was|are|were)\s+((?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*)['’]s\s+\p{Ll}/u;

/**
 * The sentence's own subject, for a clause of it that has none of its own: one that opens with
 * its verb after ", and", or with "it" or "they" after a subordinator ("when it tried to land").
 */
function carriedSubject(
  main: string,
  from: number,
  verbAt: number,
): { subject: string; pronoun: boolean } | null {
  // (Past an adverb: "when it also conducted"; and the first part of a joined verb, "when it
  // belly-landed".)
  const opening = main
    .slice(from, verbAt)
    .replace(/\s+\p{Ll}+[-‐]$/u, '')
    .trim()
    .replace(ADVERB_END, '');
  const pronoun = /^(?:it|they)$/i.test(opening);
  if (!pronoun && opening !== '') return null;
  // ("The North last fired a missile on September 15, when it flew over Japan": what flew is
  // what the subject fired.)
  const fired =
    /^it$/i.test(opening) && FLIGHT_VERB_AT.test(main.slice(verbAt))
      ? [...main.slice(0, from).matchAll(LAUNCHED_THING)].at(-1)
      : undefined;
  if (fired) return { subject: `The ${fired[1]}`, pronoun };
  // (Past an aside on the subject: "The Boeing 737-800, arriving from Bangkok, was".)
  const before = main.slice(0, from).replace(GERUND_ASIDE, '').replace(RELATIVE_ASIDE, '');
  // ("The launch was the North's first since September 15, when it fired": "it" is whose
  // first the subject is said to be.)
  const owner = /^it$/i.test(opening) ? OWNER_AFTER_COPULA.exec(before) : null;
  if (owner?.[1]) return { subject: upperFirst(owner[1]), pronoun };
  const span = subjectOfFirstVerb(before, pronoun ? SUBORDINATE_JOINER : /,\s+and\s+$/);
  if (!span) return null;
  const subject = before.slice(span.start, span.end).replace(/\s+/g, ' ');
  if (
    /^(?:it|they|he|she|we|there|this|that)$/i.test(subject) ||
    (pronoun && /^it$/i.test(opening) === pluralNoun(subject))
  )
    return null;
  return { subject, pronoun };
}

/** The phrase that sets a clause in time, if the clause opens with one. */
function settingOf(text: string, scope: TextSpan): { setting?: TextSpan } {
  const m = TIME_SETTING.exec(text.slice(scope.start, scope.end));
  return m ? { setting: { start: scope.start, end: scope.start + m[0].length } } : {};
}

/** "to prove that", "denied that": what follows is a claim someone makes or doubts, no fact. */
const CLAIM_THAT =
  /\b(?:prove[ds]?|proving|show(?:ed|n|s)?|den(?:y|ied|ies)|claim(?:ed|s)?|believe[ds]?|think|thought|suspect(?:ed|s)?|allege[ds]?|doubt(?:ed|s)?)\s+that\b/;

/** A span without the asides inside it, as the spans that are left. */
function outside(span: TextSpan, asides: TextSpan[]): TextSpan[] {
  const out: TextSpan[] = [];
  let from = span.start;
  for (const a of [...asides].sort((x, y) => x.start - y.start)) {
    if (a.start < from || a.end > span.end) continue;
    if (a.start > from) out.push({ start: from, end: a.start });
    from = a.end;
  }
  if (from < span.end) out.push({ start: from, end: span.end });
  return out.length ? out : [span];
}

/** "stunned the country when he declared": a verb of the effect an occurrence had on people. */
const REACTION =
  /\b(?:stunned|shocked|surprised|startled|rattled|jolted|angered|outraged|infuriated|alarmed|delighted|dismayed|baffled|puzzled|upset|thrilled)$/;
/** The subject pronoun opening the clause that says what had that effect. */
const CAUSE_SUBJECT = /^(?:he|she|they|it)\s+(?=\p{Ll})/u;

/** "Visited Palu" inside a headline that a subject opens: "Lula visited Palu". */

/** An occurrence an aside or a closing relative clause tells of the name it follows. */
function clauseEvent(
  headline: string,
  date: DateSpan | null,
  future: boolean,
  told: TextSpan,
  published: string | null,
): EventCandidate {
  return {
    headline,
    date,
    status: future || (date && date.start > (published ?? '9999')) ? 'scheduled' : 'happened',
    evidence: told,
    scopes: [told],
    kind: `action:${headline.toLowerCase()}`,
  };
}

/**
 * Whether a relative clause looks ahead from its first verb ("who will visit in May", "where
 * the surfing competition will be held"), not from a later one ("who was sent off ... and will
 * miss the next match").
 */
function opensFuture(clause: string): boolean {
  const ahead = FUTURE.exec(clause);
  const past = [PAST_VERB.exec(clause), /\b(?:was|were|had|did)\b/.exec(clause)]
    .map((m) => m?.index ?? Number.POSITIVE_INFINITY)
    .reduce((a, b) => Math.min(a, b));
  return !!ahead && ahead.index < past;
}

/** ", who visited Palu on Sunday,": the relative pronoun and the verb that opens the aside. */
const ASIDE_VERB = /^,\s*(?:who|which)\s+/;
/** ", whom the queen appointed": an aside whose own subject does something to the name. */
const OBJECT_ASIDE =
  /^,\s*whom\s+((?:the\s+)?\p{Ll}+|\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})\s+(?=\p{Ll})/u;
/** ", whose", ", in which": an aside that opens as a relative clause. */
const OPENS_RELATIVE = new RegExp(String.raw`^,\s*${RELATIVE_OPENING}`);

/**
 * What an aside about the subject reports ("President Ruiz, who visited Palu on Sunday,
 * ordered ..."): an occurrence of its own when it says what was done or will be, with a date.
 */
function asideOccurrences({
  text,
  s,
  sentence,
  timexes,
  published,
}: SentenceContext): EventCandidate[] {
  const out: EventCandidate[] = [];
  const asides = [
    ...sentence.matchAll(RELATIVE_ASIDE),
    ...sentence.matchAll(PARTICIPLE_ASIDE),
    ...sentence.matchAll(APPOSED_RELATIVE),
  ];
  // ("She succeeds Benedict XVI, who resigned on Feb. 28, the first pope to do so": a relative
  // clause that only an apposition follows closes the sentence; it is no aside on the subject.)
  const closing = CLOSING_RELATIVE.exec(sentence);
  for (const m of asides) {
    if (closing?.index === m.index && closing[4]) continue;
    // (An aside of "whose" or "where" tells of something else than the name: "Poilievre, whose
    // party led the Liberals in polls,".)
    const apposed = APPOSED_RELATIVE_HEAD.exec(m[0]);
    // (", whom the queen appointed at Balmoral on Tuesday,": the queen did it, to the name.)
    const object = apposed ? null : OBJECT_ASIDE.exec(m[0]);
    const doer =
      object?.[1] && !/^(?:was|were|is|are|has|had|have)$/.test(object[1]) ? object : null;
    if (!apposed && !doer && !ASIDE_VERB.test(m[0]) && OPENS_RELATIVE.test(m[0])) continue;
    // (A passive aside is told as one: "The mission was approved by ...".)
    const passive = !apposed && !doer && !m[0].match(ASIDE_VERB);
    const opener = apposed ?? doer ?? (passive ? /^,\s*/.exec(m[0]) : ASIDE_VERB.exec(m[0]));
    if (!opener) continue;
    // The antecedent is the sentence's subject: a short phrase from the start ("Lula"), past
    // an age ("Milei, 53, a former pundit who").
    const whole = sentence
      .slice(FRONTED.exec(sentence)?.[0].length ?? 0, m.index)
      .replace(/,\s*\d{1,3}$/, '')
      .trim();
    // ("Tensions between the two men, who staged a coup": "who" is about the people the
    // subject is between or among, not the subject.)
    const among = /^who\b/.test(m[0].replace(/^,\s*/, ''))
      ? /\s(?:between|among)\s+(.+)$/.exec(whole)?.[1]
      : undefined;
    const subject = among ? upperFirst(among) : whole;
    const words = subject.split(/\s+/).length;
    if (!subject || words > 5 || /[,;:"“”]/.test(subject)) continue;
    const body = {
      start: s.start + m.index + opener[0].length,
      end: s.start + m.index + m[0].length - 1,
    };
    // The subject and its aside: who acts is in the occurrence's evidence.
    const told = { start: s.start + sentence.indexOf(among ?? subject), end: body.end };
    // ("Prevost, who spent two decades as a missionary in Peru and became a Peruvian citizen
    // in 2015,": each verb of the aside is its own, dated by its own words.)
    const cuts = [...text.slice(body.start, body.end).matchAll(AND_PREDICATE)];
    const parts = [0, ...cuts.map((m) => m.index + m[0].length)].map((from, k) => ({
      start: body.start + from,
      end: k < cuts.length ? body.start + (cuts[k]?.index ?? 0) : body.end,
    }));
    for (const part of parts) {
      const clause = text.slice(part.start, part.end);
      // ("who was removed from office in April": a passive too.)
      const verb =
        ACTION.exec(clause) ??
        PAST_VERB.exec(clause) ??
        PASSIVE_VERB.exec(clause) ??
        FUTURE_ACTION.exec(clause) ??
        BORN.exec(clause);
      // The aside's own verb, at its start ("who has since visited"), not one deeper in it.
      if (!verb || verb.index > 12) continue;
      // ("announced days before the tariff takes effect on April 2": that date is the tariff's.)
      const measured = /\s(?:before|after)\s/.exec(clause);
      const before = measured ? { start: part.start, end: part.start + measured.index } : part;
      const date =
        datedBy(text, timexes, before) ?? measuredToNext(text, timexes, before, part.end);
      const future = opensFuture(clause);
      if (!date && !future) continue;
      const rest = headlineOf(text, part, Math.max(4, 12 - words));
      if (doer?.[1]) {
        // (The verb with its auxiliaries: "whom the queen had appointed" is "The queen had
        // appointed" the name, not "had" it.)
        const restWords = rest.split(' ');
        let verbWords = 1;
        while (
          verbWords < restWords.length &&
          BEFORE_VERB_WORD.test(restWords[verbWords - 1] ?? '')
        )
          verbWords++;
        const who = upperFirst(doer[1]);
        const whom = /^(?:The|A|An)\s/.test(subject) ? lowerFirst(subject) : subject;
        const headline = [
          who,
          lowerFirst(restWords.slice(0, verbWords).join(' ')),
          whom,
          ...restWords.slice(verbWords),
        ].join(' ');
        // (Who acts is the aside's own subject, not the name it is done to.)
        const aside = { start: s.start + m.index, end: body.end };
        out.push({
          ...clauseEvent(headline, date, future, told, published),
          scopes: [aside],
          ownClause: true,
          fromAside: true,
        });
        continue;
      }
      // (A plural is a common noun's: "the talks were", not "Francis were".)
      const be = !passive ? '' : /(?:^|\s)\p{Ll}[\p{L}-]*[^su]s$/u.test(subject) ? 'were ' : 'was ';
      out.push({
        ...clauseEvent(`${subject} ${be}${lowerFirst(rest)}`, date, future, told, published),
        fromAside: true,
      });
    }
  }
  return out;
}

/** What a closing relative clause says, without the sentence's final stop. */
// (Not the point of "5:03 p.m.", which the time holds.)
const CLOSING_BODY = /^\s+([\s\S]+?)(?<!\b[ap]\.m)[.!?]?["”’]?\s*$/iu;
/**
 * The name a closing relative clause is about: "Altadena", "President Ana Ruiz", "Cebu
 * province", "the Swat valley".
 */
const NAME_BEFORE = new RegExp(
  String.raw`(?:\p{Lu}[\p{L}'’.-]*\s+(?:of\s+(?=\p{Lu}))?){0,3}\p{Lu}[\p{L}'’.-]*(?:\s+(?:${PLACE_NOUN}|${TOWN_PART}|valley|delta|coast|basin|desert|plateau|mountains|hills))?$`,
  'u',
);

/**
 * "Thomas Bach, president of the International Olympic Committee", "Mashhad, Raisi's hometown":
 * a name and its apposition, which a closing "who" or "where" is about.
 */
const APPOSED_BEFORE_WHO =
  /(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*(?=,\s+(?:an?\s+|the\s+|\p{Lu}[\p{L}.-]*['’]s\s+)?\p{Ll}[^,;"“”]{0,80}$)/u;

/**
 * "in Port-au-Prince, which", "in Taylor, Texas, which", "ties to the Unification Church, which":
 * a name a preposition governs.
 */
const OBJECT_OF_PLACE =
  /\b(?:in|at|on|near|of|from|to|into|outside|inside)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+)*(?:\p{Lu}[\p{L}'’.-]*,\s+)?$/u;
/** A verb's "-ing" or "-ed" form or a count, right before that preposition: no noun of its own. */
const NO_NOUN_BEFORE =
  /(?:\b\p{Ll}{3,}(?:ing|ed)|\b\d[\d,]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands))\s*$/u;

/**
 * What a relative clause closing the sentence reports of the name before it ("homes in
 * Altadena, which was evacuated on Wednesday"; "Seoul, where rescuers pulled ten people from
 * the rubble on Monday"): an occurrence of its own when it has a date, as an aside does.
 */
function closingRelatives({
  text,
  s,
  sentence,
  timexes,
  published,
  quoted,
}: SentenceContext): { event: EventCandidate; body: TextSpan }[] {
  // (", which was evacuated on Wednesday.": not "in which", "whose", "whom".)
  // (Up to who tells it: "where he was pronounced dead at 5:03 p.m., doctors said.")
  const teller = TOLD_BY_END.exec(sentence.replace(/[\s.!?"”’]+$/, ''));
  const m = CLOSING_RELATIVE.exec(teller ? sentence.slice(0, teller.index) : sentence);
  const pronoun = m?.[2];
  if (!m || m[1] || !(pronoun === 'which' || pronoun === 'who' || pronoun === 'where')) return [];
  const said = CLOSING_BODY.exec(m[3] ?? '');
  if (!said?.[1]) return [];
  // ("Thomas Bach, president of the International Olympic Committee, who announced": "who"
  // is about the name its apposition follows, and so is "where": "Mashhad, Raisi's hometown,
  // where his funeral will take place".)
  const name =
    (pronoun !== 'which' ? APPOSED_BEFORE_WHO.exec(sentence.slice(0, m.index)) : null) ??
    NAME_BEFORE.exec(sentence.slice(0, m.index));
  if (!name) return [];
  // ("the airport in Port-au-Prince, which reopened": "which" after a preposition's object may
  // be the noun's before it; "where" is the place's either way.)
  // (Not after a verb or a count: "still recovering from Hurricane Irma, which left", "seven on
  // Dominica, which it struck on Monday night" have no noun before the preposition.)
  const governed = OBJECT_OF_PLACE.exec(sentence.slice(0, name.index));
  if (
    pronoun === 'which' &&
    governed &&
    !NO_NOUN_BEFORE.test(sentence.slice(Math.max(0, governed.index - 30), governed.index))
  )
    return [];
  const clause = said[1];
  const bodyAt =
    s.start +
    m.index +
    m[0].length -
    (m[3]?.length ?? 0) -
    (m[4]?.length ?? 0) +
    said[0].indexOf(clause);
  const body = { start: bodyAt, end: bodyAt + clause.length };
  if (inQuote(quoted, body)) return [];
  const where = pronoun === 'where';
  // Its own verb at its start ("which was evacuated"), or a subject of its own after "where".
  // (A passive's too: "where he was pronounced dead at 5:03 p.m.")
  const verb =
    ACTION.exec(clause) ??
    PAST_VERB.exec(clause) ??
    PASSIVE_VERB.exec(clause) ??
    FUTURE_ACTION.exec(clause);
  if (!verb || (!where && verb.index > 12)) return [];
  // ("who announced $100 million for a mission approved by the Security Council in October":
  // not by the time of a participle after a noun of the clause.)
  const future = opensFuture(clause);
  // ("where crowds had gathered for the first Halloween celebrations": nor, of what is told
  // in the past, by a feast ahead of the news.)
  const date = datedBy(
    text,
    timexes,
    body,
    (t) =>
      participleTime(text, timexes, body.start, t, published) ||
      (!future && feastAhead(text, t, published)),
  );
  if (!date && !future) return [];
  // ("including Crimea, which it annexed in 2014": "which" is the object of a verb whose
  // subject is a pronoun, the sentence's own subject where it opens with a name.)
  const object = pronoun === 'which' ? OBJECT_RELATIVE.exec(clause) : null;
  if (object) {
    const [verbWord, ...after] = headlineOf(
      text,
      { start: body.start + object[0].length, end: body.end },
      10,
    ).split(' ');
    const opener = SUBJECT_NAME.exec(sentence.slice(FRONTED.exec(sentence)?.[0].length ?? 0));
    const doer = opener?.[1] ?? upperFirst(object[1] ?? '');
    const headline = [doer, lowerFirst(verbWord ?? ''), name[0], ...after].join(' ');
    // (Its evidence reaches back to the subject that does it; its site is what it names.)
    const event = clauseEvent(headline, date, future, { start: s.start, end: body.end }, published);
    event.scopes = [{ start: s.start + name.index, end: body.end }];
    return [{ event, body }];
  }
  const rest = headlineOf(text, body, 10);
  // ("Sanae Takaichi and agriculture minister Shinjiro Koizumi, who both ran": both names.)
  const pair = /^(?:both|all)\s/.test(clause)
    ? NAME_AND_BEFORE.exec(sentence.slice(0, name.index))
    : null;
  const subject = pair?.[1] ? `${pair[1]} and ${name[0]}` : name[0];
  const headline = where ? rest : `${subject} ${lowerFirst(rest)}`;
  const told = { start: s.start + (pair?.index ?? name.index), end: body.end };
  return [{ event: clauseEvent(headline, date, future, told, published), body }];
}

/** " that killed at least 68 people": a restrictive clause whose verb tells what a noun did. */
const DID_RELATIVE = new RegExp(
  String.raw`^\s+that\s+(?:\p{Ll}+ed|${IRREGULAR_PASTS})\b[^,;:"“”()]*`,
  'u',
);

/** "later collapsed", "reopened": a past verb, maybe after an adverb, opening a predicate. */
const PAST_OPENING = String.raw`(?:\p{Ll}+ly\s+)?(?:\p{Ll}{3,}ed|${IRREGULAR_PASTS})\b`;
/** "reopened so the girls could", "collapsed on Wednesday": a past verb with no subject before it. */
const SUBJECTLESS_PAST = new RegExp(String.raw`^\s*${PAST_OPENING}`, 'u');

/** "it annexed", "they seized": a relative clause's own pronoun subject before its verb. */
const OBJECT_RELATIVE = new RegExp(
  String.raw`^(it|they)\s+(?=(?:\p{Ll}+ed|${IRREGULAR_PASTS})\b)`,
  'u',
);
/**
 * "Russia launched", "The storm had killed": a sentence that opens with a name, or a noun with
 * "the", as its subject.
 */
const SUBJECT_NAME =
  /^(The\s+\p{Ll}{3,}(?<!ing)|(?!The\b)\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s+(?=\p{Ll})/u;

/** "Sanae Takaichi and agriculture minister ": a name, "and", and the words before the next. */
const NAME_AND_BEFORE =
  /(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s+and\s+(?:\p{Ll}[\p{L}-]*\s+){0,4}$/u;

/** "The move comes as", "The announcement came while": a frame around the news that follows. */
const FRAME =
  /^(?:The|This|That|Its|Their|His|Her)\s+(?:[\p{Ll}-]+\s+){1,3}(?:came|comes)\s+(?:as|while|just\s+as)\s+(?=\p{L})/u;

/** "Born Cassius Clay in Louisville, Kentucky, in 1942, ": a birth's phrase, up to the subject after it. */
const BORN_PHRASE_OPENING =
  /^Born\s[^;:"“”]{2,100}?,\s+(?=(?:he|she|they)\s|(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Ll})/u;

/** The birth a sentence opens with (`BORN_FRONTED`). */
const BORN_AT_START = new RegExp(`^${BORN_FRONTED}`);

/** ", born Jorge Mario Bergoglio in 1936,": a birth told in an aside. */
const BORN = /^born\b/;

/**
 * "Born in Newcastle upon Tyne in 1929, Higgs ...", "Born in Furth, Germany, in 1923,
 * Kissinger ...": where and when, and whose birth.
 */
const BORN_OPENING =
  /^Born\s+((?:in|on|at|near)\s[^;:"“”]{2,80}?),\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})\s/u;

/**
 * The birth a sentence opens with ("Born in ... in 1929, Higgs"), dated by its phrase, and
 * where the rest of the sentence starts (at the name).
 */
function bornBefore(
  text: string,
  s: TextSpan,
  timexes: Timex[],
): { event: EventCandidate; rest: number } | null {
  const m = BORN_OPENING.exec(text.slice(s.start, s.end));
  if (!m?.[1] || !m[2]) return null;
  const phrase = {
    start: s.start + m[0].indexOf(m[1]),
    end: s.start + m[0].indexOf(m[1]) + m[1].length,
  };
  const date = datedBy(text, timexes, phrase);
  if (!date) return null;
  const headline = `${m[2]} was born ${m[1]}`;
  const event: EventCandidate = {
    headline,
    date,
    status: 'happened',
    evidence: s,
    scopes: [phrase],
    kind: `action:${headline.toLowerCase()}`,
  };
  return { event, rest: s.start + m[0].length - m[2].length - 1 };
}

/** ", their second summit": what opens a noun in apposition to the clause before it. */
const CLAUSE_APPOSITION =
  /^\s*,\s+(?:their|its|his|her|the|a|an)\s+(?:(?!(?:after|before|since|following|ahead|holding|during)\s)[\p{L}\d-]+\s+){0,3}$/u;

/** How far after its verb a named occurrence may start and still be what the verb reports. */
const RESTATED_WITHIN = 48;
/** A word that is no preposition: the words between a verb and its object are such. */
const NO_PREPOSITION =
  '(?!(?:to|for|in|at|on|of|with|from|by|after|before|during|into|over|as)\\s)';
/** Between a verb and its object: a few words, no preposition ("won a record fourth"). */
const OBJECT_BETWEEN = new RegExp(String.raw`^\s+(?:${NO_PREPOSITION}[\p{L}\d-]+\s+){0,4}$`, 'u');

/**
 * Before a noun, what makes it the occurrence its clause's verb took part in: "seized power
 * in a coup", "signed a pact at a summit", "was shot at a campaign rally", "lost the 2022
 * election", "declared an emergency and held an urgent meeting", "was declared winner of the
 * presidential election", "met the envoy in Berlin on Sunday for talks".
 */
const PART_OF_BEFORE = new RegExp(
  String.raw`(?:\s(?:in|during|at)(?:\s+(?:an?|the))?(?:\s+${NO_PREPOSITION}[\p{L}\d-]+){0,2}|\b(?:met|meets?|gather(?:s|ed|ing)?|conven(?:e|es|ed|ing)|arrived|travell?ed|flew)\b(?:[^,;:.]|(?<=\b\p{Lu}\p{Ll}{0,3})\.){0,90}\sfor(?:\s+(?:an?|the|further|more|fresh|new))?|\b(?:winners?|victor|results?|outcome)\s+of(?:\s+(?:an?|the))?(?:\s+${NO_PREPOSITION}[\p{L}\d-]+){0,2}|\b(?:won|lost|held|hosted|attended|chaired|convened|staged|contested|boycotted|fought|led|reached|signed|sealed)(?:\s+${NO_PREPOSITION}[\p{L}\d-]+){0,4})\s+$`,
  'u',
);

/**
 * Whether an occurrence named by a noun after a clause's verb is the one the verb reports, by
 * the words before the noun (dates that disagree keep them apart).
 */
function partOf(text: string, o: EventCandidate, action: EventCandidate): boolean {
  // (A verb dated only by the day of publication, "have reached a deal", disagrees with no
  // date the noun has: "... a deal, Trump said Wednesday".)
  const disagree = o.date && action.date?.text && !sameDate(o, action);
  if (o.status !== action.status || disagree) return false;
  const { start, end } = action.evidence;
  const verbEnd = action.verbEnd ?? end;
  return o.scopes.some(
    (sc) =>
      sc.start >= verbEnd && sc.start < end && PART_OF_BEFORE.test(text.slice(start, sc.start)),
  );
}

/** "hours ", "minutes ": a time uncounted before "after". */
const HOURS_BEFORE = /\b(?:hours|minutes)\s+$/;

/** How many of the latest events a sentence's own may repeat. */
const RECENT = 24;

/**
 * Occurrences a sentence names as the background of its news, dated by its own words:
 * - "..., four months after he stunned the country by declaring martial law on Dec. 3": the
 *   clause the news is measured from;
 * - "the first cut since March 2020, when the Fed slashed rates": the clause of "when" after a
 *   date, at that date.
 * Neither is dated by the day of publication, and neither is told twice.
 */
function background(ctx: SentenceContext, out: EventCandidate[]): EventCandidate[] {
  const { text, s, sentence, timexes, published } = ctx;
  const found: EventCandidate[] = [];
  // (Only the latest events can tell this sentence: a long story must not scan them all.)
  const told = (clause: TextSpan) =>
    [...out.slice(-RECENT), ...found].some((o) =>
      o.scopes.some((sc) => clause.start <= sc.start && sc.start < clause.end),
    );
  for (const m of sentence.matchAll(MEASURED_FROM)) {
    const from = s.start + m.index + m[0].length;
    // ("since the end of September and hit a low": a time, not an occurrence, is counted from.)
    if (timexes[firstStartingFrom(timexes, from)]?.start === from) continue;
    if (RECORDS_BEGAN.test(text.slice(from))) continue;
    // ("two weeks after an attack in Kashmir, and Pakistan said it had shot down five jets":
    // what is measured from ends where ", and" opens a clause of the sentence's own.)
    const whole = clauseFrom(text, from, s.end);
    const joined = /,\s+(?:and|but)\s/.exec(text.slice(whole.start, whole.end));
    const clause = joined ? { start: whole.start, end: whole.start + joined.index } : whole;
    // ("suspended the drills after the accident and resumed them on Friday": a noun measured
    // from, whose "and" goes on with the sentence's own predicate, is no clause.)
    const and = AND_PREDICATE_ONCE.exec(text.slice(clause.start, clause.end));
    const head = and ? text.slice(clause.start, clause.start + and.index) : '';
    if (and && !tellsDeed(head)) continue;
    const earlier = reportedAction({
      ...ctx,
      s: clause,
      sentence: text.slice(clause.start, clause.end),
    });
    if (earlier?.date?.text && earlier.status === 'happened' && !told(clause))
      found.push({ ...earlier, evidence: s });
    // "The launch came a week after the North tested a missile": undated, the clause is dated
    // by the measure, from the sentence's own date or the day of publication.
    const direction = m[1] === 'before' ? 'before' : 'after';
    const at = s.start + m.index + m[0].lastIndexOf(direction);
    const measure = timexes[firstStartingFrom(timexes, at) - 1];
    const anchor = measuredAnchor(ctx, at);
    // ("in the two weeks before he left": a period that ends at the clause measures nothing.)
    const period =
      !!measure &&
      /^P(?:[2-9]|\d\d)/.test(measure.value) &&
      /\bthe\s+$/i.test(text.slice(Math.max(s.start, measure.start - 8), measure.start));
    // ("will lie in state for four days before a state funeral": how long the clause's state
    // lasts counts from when it starts, which the day of publication is not; "had been stored
    // for six years after it was seized" lasts until the news.)
    const lasting =
      !!measure &&
      direction === 'before' &&
      anchor?.text === '' &&
      /\bfor\s+$/i.test(text.slice(Math.max(s.start, measure.start - 6), measure.start));
    // ("crashed on Wednesday ..., hours after Iran fired missiles": hours or minutes, uncounted,
    // keep the day the sentence names, about.)
    const hours = HOURS_BEFORE.exec(text.slice(Math.max(s.start, at - 12), at));
    const date =
      measure?.type === 'DURATION' && measure.end >= at - 1 && anchor && !period && !lasting
        ? measuredFrom(
            anchor,
            measure.value,
            direction,
            text.slice(measure.start, at + direction.length),
          )
        : hours && anchor?.text && direction === 'after'
          ? { ...anchor, approximate: true, text: `${hours[0]}${direction}` }
          : null;
    if (!date) continue;
    // (Dated only by the day of publication, it is as good as undated: the measure says when.)
    const undated = out
      .slice(-RECENT)
      .find(
        (o) =>
          !o.date?.text &&
          o.status !== 'proposed' &&
          o.scopes.some((sc) => clause.start <= sc.start && sc.start < clause.end),
      );
    if (undated) undated.date = date;
    else if (earlier && !earlier.date && earlier.status === 'happened' && !told(clause))
      found.push({ ...earlier, date, evidence: s });
  }
  for (const m of sentence.matchAll(/,\s+when\s+/g)) {
    const at = s.start + m.index;
    const then = timexes[firstStartingFrom(timexes, at) - 1];
    const timed = !!then && then.end === at && then.type === 'DATE';
    // ("the 1980 Gwangju uprising, when hundreds of people were killed": or a dated occurrence
    // the sentence names right before.)
    const named = timed
      ? undefined
      : [...out.slice(-RECENT), ...found].find(
          (o) => !o.kind.startsWith('action:') && !!o.date && o.scopes.some((sc) => sc.end === at),
        );
    if (!timed && !named) continue;
    const clause = clauseFrom(text, at + m[0].length, s.end);
    const words = text.slice(clause.start, clause.end);
    const verb = PAST_VERB.exec(words) ?? PASSIVE_PAST.exec(words);
    const date = timed && then ? timexToDate(then) : (named?.date ?? null);
    // ("will remain until February, when they are scheduled to return": a plan the clause
    // tells undated is at that date, and so is what it tells happened before the news: "the
    // 1980 uprising, when hundreds of people were killed".)
    const undated = out
      .slice(-RECENT)
      .find(
        (o) =>
          !o.date &&
          (o.status === 'scheduled' || o.status === 'happened') &&
          o.scopes.some((sc) => clause.start <= sc.start && sc.start < clause.end),
      );
    if (
      undated &&
      date &&
      (undated.status === 'scheduled'
        ? date.start > (published ?? '')
        : date.start <= (published ?? '9999'))
    )
      undated.date = date;
    if (!verb || !date || told(clause) || date.start > (published ?? '9999')) continue;
    const own = headlineOf(text, clause, 12, clause.start + verb.index + verb[0].length);
    // ("Pyongyang last fired a missile in September 2017, when it also conducted a test": the
    // pronoun is the sentence's subject.)
    const carried = carriedSubject(
      sentence,
      clause.start - s.start,
      clause.start - s.start + verb.index,
    );
    const headline = carried?.pronoun ? `${carried.subject} ${own.replace(/^\S+\s+/, '')}` : own;
    found.push({
      headline,
      date,
      status: 'happened',
      evidence: s,
      scopes: [clause],
      kind: `action:${headline.toLowerCase()}`,
    });
  }
  return found;
}

/**
 * The date a measure before `at` counts from: the sentence's first date before it ("On Monday,
 * a week after ..."), else the day of publication.
 */
function measuredAnchor({ s, timexes, published }: SentenceContext, at: number) {
  // (From the sentence's first time on, by binary search: a long story has many times.)
  // ("will hold the election in February, Yunus said on Tuesday, a year after an uprising":
  // not a date still to come, which no past occurrence is measured from.)
  for (let k = firstStartingFrom(timexes, s.start); k < timexes.length; k++) {
    const t = timexes[k] as Timex;
    if (t.end > at) break;
    const date = t.type === 'DATE' ? timexToDate(t) : null;
    if (date && !(published && date.start > published)) return date;
  }
  return publicationDate(published);
}

/**
 * "flew to Florida two days before Lula took office on Jan. 1": a clause that ends on a measure
 * and "before" or "after" is that far from the date of the clause that follows, as exact as the
 * measure's unit.
 */
function measuredToNext(text: string, timexes: Timex[], clause: TextSpan, limit: number) {
  const i = firstStartingFrom(timexes, clause.end) - 1;
  const measure = timexes[i];
  if (measure?.type !== 'DURATION' || measure.start < clause.start) return null;
  const joint = /^\s+(before|after)\s+/.exec(text.slice(measure.end, measure.end + 10));
  if (!joint?.[1] || clause.end > measure.end + joint[0].length) return null;
  const next = clauseFrom(text, measure.end + joint[0].length, limit);
  const anchor = datedBy(text, timexes, next);
  if (anchor?.precision !== 'day') return null;
  const words = text.slice(
    measure.start,
    measure.end + joint[0].indexOf(joint[1]) + joint[1].length,
  );
  return measuredFrom(anchor, measure.value, joint[1] === 'before' ? 'after' : 'before', words);
}

/**
 * " after the ", " since ": what joins a measure to the occurrence it is counted from; or
 * " after world leaders gathered in the cathedral for a ": a clause, and the occurrence its
 * doers came for or were at.
 */
const MEASURE_TO_NOUN =
  /^\s+(after|since)\s+(?:(?:the|an?|its|their)\s+)?(?:[\p{Ll}-]+\s+){0,2}$|^\s+(after)\s+[^,;:.!?"“”()]{3,80}\s(?:for|at|to\s+attend|attended)\s+(?:the|an?|its|their)\s+(?:[\p{Ll}-]+\s+){0,2}$/u;

/**
 * "come ten years after the Paris Agreement": the occurrence is that long before the
 * sentence's time (or today), as exact as the measure's unit.
 */
function measuredNoun(ctx: SentenceContext, start: number): DateSpan | null {
  const { text, s, timexes } = ctx;
  const measure = timexes[firstStartingFrom(timexes, start) - 1];
  if (!measure || measure.start < s.start || measure.type !== 'DURATION') return null;
  // ("will continue until seven days after the funeral": the measure bounds a period, and
  // says nothing of when the sentence's news is.)
  if (BOUND_BEFORE.test(text.slice(Math.max(s.start, measure.start - 8), measure.start)))
    return null;
  const joint = MEASURE_TO_NOUN.exec(text.slice(measure.end, start));
  const word = joint?.[1] ?? joint?.[2];
  if (!joint || !word) return null;
  const anchor = measuredAnchor(ctx, measure.start);
  // ("was arrested in Altoona five days after the shooting": a deed told in the past, undated,
  // is no measure from today; the day of publication dates only what is today's news, "comes
  // ten years after".)
  if (anchor?.text === '' && PASSIVE_VERB.test(text.slice(s.start, measure.start))) return null;
  const end = measure.end + joint[0].indexOf(word) + word.length;
  return anchor && measuredFrom(anchor, measure.value, 'after', text.slice(measure.start, end));
}

/** "is delaying its next crewed mission to the moon until": putting off, and the thing put off. */
const PUT_OFF = new RegExp(
  String.raw`\b(?:(?:is|are|was|were|has|have|had|will|would)\s+(?:been\s+)?)?${PUT_OFF_VERB}\s+((?:the|its|their|his|her|a|an)\s+[^,;:.]{2,80}?)\s+(?:until|till|to)\s+$`,
  'iu',
);

/** "The summit(, planned for March,) was postponed to ": the thing put off as the subject. */
const PUT_OFF_PASSIVE = new RegExp(
  String.raw`\b((?:the|its|their|his|her|a|an)\s+[^,;:.]{2,60}?)(?:,[^,;:.]{2,60},)?\s+(?:is|are|was|were|has\s+been|have\s+been|had\s+been|will\s+be)\s+(?:\p{Ll}+ly\s+)?${PUT_OFF_VERB}\s+(?:until|till|to)\s+$`,
  'iu',
);

/**
 * What is put off to a date the text gives ("NASA is delaying its next crewed mission to the
 * moon until September 2026") is scheduled for that date, headed by the thing put off.
 */
function postponements(ctx: SentenceContext, out: EventCandidate[]): EventCandidate[] {
  const { text, s, timexes, published } = ctx;
  const found: EventCandidate[] = [];
  for (let i = firstStartingFrom(timexes, s.start); i < timexes.length; i++) {
    const t = timexes[i] as Timex;
    if (t.start >= s.end) break;
    const date = t.type === 'DATE' ? timexToDate(t) : null;
    const before = text.slice(Math.max(s.start, t.start - 140), t.start);
    const m = date && (PUT_OFF.exec(before) ?? PUT_OFF_PASSIVE.exec(before));
    if (!date || !m?.[1] || date.start <= (published ?? '')) continue;
    // (Not twice: "The launch was postponed to Friday" is told by its verb already.)
    const recent = [...out.slice(-RECENT), ...found];
    if (recent.some((o) => o.date?.start === date.start && o.evidence.end > s.start)) continue;
    const thing = m[1].replace(/^(?:its|their|his|her)\s+/i, 'the ');
    const headline = `${upperFirst(thing)} delayed to ${t.text}`;
    found.push({
      headline,
      date,
      status: 'scheduled',
      evidence: s,
      scopes: [{ start: t.start - m[0].length, end: t.end }],
      kind: `action:${headline.toLowerCase()}`,
    });
  }
  return found;
}

/**
 * " before the vote", " before the war": a vote or a war the clause came before, which the story
 * tells of as past or ahead, never as today's (not " before the ceremony", which may be today's).
 */
const BEFORE_OCCURRENCE =
  /\sbefore\s+(?:the|his|her|its|their)\s+(?:(?:first|second|presidential|general|parliamentary|local)\s+)?(?:vote|votes|election|elections|polls?|referendum|runoff|ballot|war|coup|invasion|pandemic)\b/;
/** '," said ', '," one man shouted ': a quotation's end and the verb of its teller after it. */
const QUOTE_TOLD_BEFORE = new RegExp(`[,.!?]["”][^"“”]{0,40}?\\b(?:${SPEECH_VERB})\\s`);
/** "two days after ", "weeks before ": a measure of time right before a clause it dates. */
const MEASURED_LEAD = /\b(?:days?|weeks?|months?|years?|decades?)\s+(?:after|before)\s+$/;
/**
 * "four months after", "days before", "since": a clause the sentence's news is measured from
 * (not a month or a day: "since October and traded"), its subject a name, a pronoun, a
 * determiner's noun or a bare noun before its past verb ("a day after police opened fire"),
 * maybe counted ("a year after millions of people took to the streets"), or a former holder
 * of an office ("nine months after former prime minister Shinzo Abe was shot dead").
 */
const MEASURED_FROM = new RegExp(
  String.raw`\b(?:(?:days?|weeks?|months?|years?|decades?)\s+)?(after|before|since)\s+(?!(?:${CALENDAR_NAMES})\b)(?=(?:he|she|they|it|the|a|an|his|her|its|their|former|\p{Lu}[\p{L}.’'-]*)\s|(?:${COUNT}\s+){0,2}(?!\p{Ll}+ing\s)\p{Ll}{3,}\s+${PAST_VERB.source})`,
  'gu',
);

/**
 * ", and police opened fire", ", and warplanes and helicopters fired": the people and the craft
 * news tells of, a subject with no article (two of them joined by "and").
 */
const BARE_SUBJECT_WORD =
  '(?:police|troops|soldiers|protesters|demonstrators|officials|authorities|rescuers|lawmakers|residents|militants|rebels|firefighters|investigators|prosecutors|voters|workers|students|doctors|crowds|thousands|hundreds|dozens|people|witnesses|survivors|villagers|gunmen|insurgents|fighters|activists|divers|warplanes|jets|helicopters|tanks|drones|warships)';
const BARE_SUBJECT = String.raw`${BARE_SUBJECT_WORD}(?:\s+and\s+${BARE_SUBJECT_WORD})?`;
/** "Egypt, Turkey and the United Arab Emirates have": a list of names as a clause's subject. */
const NAME_WORDS = String.raw`(?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,4}`;
const LISTED_SUBJECT = String.raw`${NAME_WORDS}(?:,\s+${NAME_WORDS}){0,8},?\s+and\s+${NAME_WORDS}\s+(?:have|has|had|were|are|was|is|will|would|\p{Ll}{3,}ed)\b`;
/**
 * ", and the minister was arrested", "; rescuers": a clause with a subject of its own (after
 * ", but" whatever its subject: "closures, but production will end" (and "but" before a past
 * verb with none: "was announced on Tuesday but collapsed"); after "and that" with a
 * plan: "said the government would pay and that he would travel"; and a name with an aside:
 * ", and Argentina, led by Lionel Messi, begin"; a count however bounded: ", and at least 73
 * people were injured").
 */
const COORDINATION = new RegExp(
  String.raw`,\s+but\s+|\s+but\s+(?=${PAST_OPENING})|\s+and\s+(?=would\s+(?:\p{Ll}+ly\s+|also\s+)?${FUTURE_VERB}\b)(?<=\b(?:said|says|announced|added)\b[^;"“”]*\s(?:would|(?:was|were)\s+\p{Ll}+ing)\s[^;"“”]*)|\s+and\s+(?=that\s+(?:he|she|it|they|we|the|\p{Lu})[^,;"“”]{0,60}?\s(?:would|will)\s)|(?:(?:,|(?<=,["”]))\s+(?:and|while|whereas)|;)\s+(?=(?:(?:in|on|last|earlier|later)\s+[\p{L}\d]+(?:\s+\d{4})?,?\s+)?(?:(?:at\s+least|more\s+than|nearly|almost|about|over|up\s+to)\s+(?=\d))?(?:the|a|an|another|some|many|several|two|three|his|her|its|their|they|he|she|it|we|that|\d[\d,]*|(?:neighbou?ring|nearby|northern|southern|eastern|western|central|rival|fellow)\s+\p{Lu}[\p{L}’'-]*|\p{Lu}[\p{L}’'-]*|\p{Lu}\.(?:\p{Lu}\.)+)\s|\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,2},\s+(?:who|which|led\s+by|\p{Ll}{3,}ed\s+by)\s[^,;"“”]{1,60},\s|\p{Ll}{3,}s\s+of\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?\s+(?:\p{Ll}{3,}ed|${IRREGULAR_PASTS})\b|${BARE_SUBJECT}\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}{3,}ed|${IRREGULAR_PASTS}|have|has|had|were|was|will|would)\b|${LISTED_SUBJECT})`,
  'gu',
);

/**
 * " and President Bashar al-Assad fled": after "and" alone, a clause with a subject of its own
 * when its subject is a name (a title's too, or one set after its title: " and the
 * Western-backed president, Ashraf Ghani, left"), or a body of the state (" and the army imposed
 * a curfew"), and a verb of action follows it.
 */
const AND_NAMED_CLAUSE = new RegExp(
  String.raw`\s+and\s+(?=(?:(?:the\s+(?:[\p{Ll}-]+\s+)?|the\s+(?:[\p{L}-]+\s+){0,3}\p{Ll}[\p{L}-]*,\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+(?:al-|el-)?\p{Lu}[\p{L}’'.-]*){0,5},?|the\s+(?:army|military|police|government|junta|parliament|court|rebels|opposition))\s+(?:${ACTION.source}))`,
  'gu',
);
/**
 * ", and waves were expected", ", and euro zone leaders will hold", ", and oil prices jumped
 * nearly 15 percent": any plural with an auxiliary or a verb of occurrence, a subject of its own
 * after a verb.
 */
const AND_PLURAL_CLAUSE =
  /,\s+(?:and|while|whereas)\s+(?=(?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}{3,}s\s+(?:\p{Ll}+ly\s+)?\p{Ll})/gu;
/** The plural subject (and adverb) `AND_PLURAL_CLAUSE` finds, up to its verb. */
const PLURAL_SUBJECT_AT = /^(?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}{3,}s\s+(?:\p{Ll}+ly\s+)?/u;
/** An auxiliary right at the start of the words after a subject. */
const AUXILIARY_AT = /^(?:were|are|have|had|will|would)\b/;

/**
 * Whether the words after ", and" are a plural subject and an auxiliary or a verb of
 * occurrence (read with `ACTION` itself: a second pattern built around it would cost its long
 * compilation again).
 */
function pluralClauseAt(sentence: string, after: number): boolean {
  const words = sentence.slice(after, after + 120);
  const subject = PLURAL_SUBJECT_AT.exec(words);
  if (!subject) return false;
  const rest = words.slice(subject[0].length);
  return AUXILIARY_AT.test(rest) || ACTION.exec(rest)?.index === 0;
}
/** "No party has a majority": a clause of being or having, with no verb of action. */
const STATE_CLAUSE = /\b(?:has|have|had|is|are|was|were)\s+(?:an?|the|no|its|their|his|her)\b/;

/** The spans of a sentence's coordinated clauses, outside quotations. */
function coordinated(sentence: string, at: number): TextSpan[] {
  const parts: TextSpan[] = [];
  let from = 0;
  // ("After polls closed, Labour won 412 seats": a clause before the subject tells its own
  // news, without its conjunction, and the main clause's is the sentence's; "With results
  // declared in most seats," only sets the scene.)
  const opening = OPENING_SUBORDINATE.exec(sentence);
  if (opening?.[1]) {
    const conjunction = opening[0].length - opening[1].length;
    if (!/^With\s/.test(opening[0]))
      parts.push({ start: at + conjunction, end: at + opening.index + opening[0].length });
    from = opening[0].length + (/^,\s*/.exec(sentence.slice(opening[0].length))?.[0].length ?? 0);
  }
  const breaks = [
    ...sentence.matchAll(COORDINATION),
    // (Only past a verb of action of the clause before: not "Rebels and President Assad fled";
    // or of a state, "no party has a majority and the military-backed Nawaz Sharif has begun".)
    ...[...sentence.matchAll(AND_NAMED_CLAUSE)].filter((m) => {
      const clause =
        sentence
          .slice(Math.max(0, m.index - 300), m.index)
          .split(/[,;]/)
          .at(-1) ?? '';
      return mainAction(clause) || STATE_CLAUSE.test(clause);
    }),
    // (And a plural's, past a verb anywhere before it: "were issued across the Pacific, from
    // Russia to Chile, and waves were expected".)
    ...[...sentence.matchAll(AND_PLURAL_CLAUSE)].filter((m) => {
      if (!pluralClauseAt(sentence, m.index + m[0].length)) return false;
      const before = sentence.slice(0, m.index);
      return mainAction(before) || FUTURE_ACTION.test(before);
    }),
  ].sort((a, b) => a.index - b.index);
  // ("Gorbachev, who ended the Cold War but failed to prevent the collapse, died": a relative
  // aside's own predicates are none of the sentence's clauses.)
  const asides = breaks.length > 0 ? [...sentence.matchAll(RELATIVE_ASIDE)] : [];
  for (const m of breaks) {
    if (m.index < from) continue;
    if (asides.some((a) => a.index < m.index && m.index < a.index + a[0].length)) continue;
    const before = sentence.slice(0, m.index);
    if ((before.match(/["“”]/g) ?? []).length % 2) continue;
    // ("The boys, aged 11 to 16, and their coach went missing": a ", and" after no verb closes
    // an aside inside the subject and joins its nouns, no clauses.)
    if (/^,\s+and\s/.test(m[0]) && asideInSubject(sentence.slice(from, m.index))) continue;
    // ("visited Seoul, Tokyo, and Beijing on Monday": nor does one before a list's last name,
    // with no verb after it; but "meet Moon at the end of April, and Trump by the end of May"
    // leaves out a verb of two times.)
    // (A verb within a few hundred letters will do; a sentence of megabytes reads no more.)
    const after = sentence.slice(m.index + m[0].length, m.index + m[0].length + 300);
    if (
      /^,\s+and\s/.test(m[0]) &&
      !(
        mainAction(after) ||
        PAST_VERB.test(after) ||
        FUTURE_ACTION.test(after) ||
        /\b(?:is|are|was|were|has|have|had|will|would|said|says)\b/.test(after)
      ) &&
      !(CALENDAR_WORD.test(sentence.slice(from, m.index)) && CALENDAR_WORD.test(after))
    )
      continue;
    parts.push({ start: at + from, end: at + m.index });
    from = m.index + m[0].length;
  }
  parts.push({ start: at + from, end: at + sentence.length });
  return parts;
}

/** A day's, a month's or a year's word: a time a clause names. */
const CALENDAR_WORD = new RegExp(String.raw`\b(?:${CALENDAR_NAMES}|\d{4})\b`);

/** "After", "Because", "Until": the subordinators as a sentence opens with them. */
const OPENING_SUBORDINATORS = SUBORDINATORS.split('|').map(upperFirst).join('|');
/**
 * "After polls closed" of "After polls closed, Labour won", "With results declared in most
 * seats": a subordinate clause (or an absolute phrase) with a verb of its own opening the
 * sentence, up to its comma (the clause itself in group 1).
 */
const OPENING_SUBORDINATE = new RegExp(
  String.raw`^(?:${OPENING_SUBORDINATORS}|Once|With)\s+((?=[^,;:"“”]*\b(?:${IRREGULAR_PASTS}|\p{Ll}{3,}ed)\b)[^,;:"“”]{3,120}?)(?=,\s+\S)`,
  'u',
);

/**
 * "intensified on Saturday", "triumphed at Wimbledon": any past verb that a phrase of time or
 * place follows, a predicate of its own after "and".
 */
const PLACED_PAST = String.raw`${NOT_AHEAD}\p{Ll}{3,}(?<!e)ed(?=\s+(?:on|in|at|into|over|across|near|through)\s)`;
/** ("was repaired and relaunched in June": not a participle a passive's auxiliary governs.) */
const AFTER_NO_PASSIVE = String.raw`(?<!\b(?:was|were|been)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+ed\s+and\s+)`;
/** ", and raised rates in July", " and was pardoned in 2022": one subject's second predicate. */
const AND_PREDICATE = new RegExp(
  String.raw`,?\s+and\s+(?=(?:\p{Ll}+ly\s+)?(?:${PASSIVE_VERB.source}|${ACTION.source}|(?:${IRREGULAR_PASTS})\b|${AFTER_NO_PASSIVE}${PLACED_PAST}))`,
  'giu',
);
/** ", and spoke by phone with ", " and held a phone call": a call after another predicate. */
const AND_CALLED = new RegExp(
  String.raw`,?\s+and\s+(?=(?:later\s+|also\s+|then\s+)?(?:(?:spoke|talked)\s+${BY_PHONE}|held\s+(?:an?\s+)?(?:\p{Ll}+\s+)?(?:tele)?phone\s+(?:call|talks|conversation)\b))`,
  'gu',
);
/** The same, for the first one only (no `g` state between calls). */
const AND_PREDICATE_ONCE = new RegExp(AND_PREDICATE.source, 'iu');

/**
 * A clause whose subject did two things on two dates ("The bank ended negative rates last
 * March and raised rates in July"): each predicate, the later ones with the subject's words;
 * else the clause whole (one occurrence told by two verbs: "declared martial law and sent
 * troops").
 */
/**
 * The words with their relative asides blanked, keeping the offsets, one right after another
 * too: ", who leads NASA's New Horizons mission, which was launched in January,".
 */
function withoutRelativeAsides(words: string): string {
  const spans: Array<[number, number]> = [];
  // (Each pass keeps an aside's closing comma, which opens the next one.)
  let kept = words;
  for (let pass = 0; pass < 2; pass++)
    kept = kept.replace(RELATIVE_ASIDE, (a, at: number) => {
      spans.push([at, at + a.length]);
      return `${' '.repeat(a.length - 1)}${a.slice(-1)}`;
    });
  if (!spans.length) return words;
  // (Built once from the sorted spans: a slice per aside would grow with their number.)
  spans.sort((a, b) => a[0] - b[0]);
  const parts: string[] = [];
  let at = 0;
  for (const [from, to] of spans) {
    if (to <= at) continue;
    const start = Math.max(from, at);
    parts.push(words.slice(at, start), ' '.repeat(to - start));
    at = to;
  }
  parts.push(words.slice(at));
  return parts.join('');
}

function predicates(
  { text, timexes }: SentenceContext,
  clause: TextSpan,
): Array<{
  part: TextSpan;
  subject?: TextSpan;
  auxiliary?: TextSpan;
  speech?: boolean;
  passive?: boolean;
}> {
  const words = text.slice(clause.start, clause.end);
  // ("Kalmaegi, which had sustained winds of 130 kph, blew out to sea": a relative aside's verb
  // is none of the clause's predicates, and is blanked, keeping the offsets.)
  const own = withoutRelativeAsides(words);
  // ("Lee was jailed ... and was pardoned": a passive is a first predicate too; "will name his
  // cabinet on Friday and travel to Washington next week": so is a plan, whose auxiliary
  // governs the bare verbs after it.)
  // ("will cut production ... and will begin": a verb that is a past's too, after a modal, is
  // the plan's.)
  const found = mainAction(own);
  const action =
    found &&
    !MODAL_END.test(own.slice(0, found.index + found[0].length - found[0].trimStart().length))
      ? found
      : null;
  const passive = PASSIVE_VERB.exec(own);
  // (A passive holds its verb: "was elected" is one, and its subject ends before "was".)
  // ("Prevost spent years in Peru and became a citizen in 2015": any past verb, if no verb of
  // action, though not a participle before its agent.)
  const verb =
    action && passive && passive.index <= action.index
      ? passive
      : (action ?? passive ?? simplePast(own));
  // ("He shared the prize with de Klerk in 1993 and was elected president": a past verb before
  // the "and" of a later predicate is the first.)
  // (Read only where "and" comes right before the verb found: the past verb rule is costly.)
  const simple =
    verb &&
    /\sand\s+(?:\p{Ll}+ly\s+)?$/u.test(
      own.slice(0, verb.index + verb[0].length - verb[0].trimStart().length),
    )
      ? simplePast(own)
      : null;
  const earliest = verb && simple && simple.index < verb.index ? simple : verb;
  // ("will stay closed for a second day and is expected to reopen": a participle after a
  // modal's linking verb is the plan's state, no past.)
  const past =
    earliest &&
    !MODAL_END.test(
      own.slice(0, earliest.index + earliest[0].length - earliest[0].trimStart().length),
    )
      ? earliest
      : null;
  const plan = past ? null : FUTURE_ACTION.exec(own);
  const first = past ?? plan;
  if (!first) return [{ part: clause }];
  const auxiliaryEnd = plan
    ? first.index + (FUTURE_AUXILIARY_AT.exec(first[0])?.[0].length ?? 0)
    : 0;
  const auxiliary = plan
    ? { start: clause.start + first.index, end: clause.start + auxiliaryEnd }
    : undefined;
  const lead = FRONTED.exec(words)?.[0].length ?? 0;
  // ("Ishiba, 67, was elected ...": the age after a name is no part of who did it.)
  const whole = words.slice(lead, first.index).replace(AGE_AFTER_NAME, (a) => ' '.repeat(a.length));
  // ("It weakened as it crossed the island and was expected to hit Cuba": a first verb inside a
  // subordinate clause has that clause's subject, which the predicates after it share.)
  const inner = SUBORDINATE_SUBJECT_END.exec(whole);
  // (The clause's subject starts where group 1 does: it ends the match, before any spaces.)
  const innerAt = inner ? inner.index + inner[0].trimEnd().length - (inner[1] ?? '').length : 0;
  const said = inner ? ' '.repeat(innerAt) + whole.slice(innerAt) : whole;
  // ("The prize is worth 11 million kronor and will be presented on Dec. 10": a plan after a
  // first predicate that tells no occurrence is its subject's, told alone.)
  const copula = plan && AND_BEFORE_END.test(said) ? COPULA_AT.exec(said) : null;
  if (copula) {
    const own = said.slice(0, copula.index).trim();
    const at = clause.start + lead + (said.length - said.trimStart().length);
    return [
      {
        part: { start: clause.start + first.index, end: clause.end },
        subject: { start: at, end: at + own.length },
      },
    ];
  }
  // ("Merz has ruled out ... and is expected to": the perfect's auxiliary is the first verb's,
  // no part of the subject a later predicate takes.)
  // (Nor is the first verb's adverb: "The WHO last declared ... and ended it".)
  // ("Officers said on Wednesday they had taken control ... and suspended the vote": the
  // later predicate's subject is the speaker the pronoun stands for.)
  const doer = said
    .replace(PERFECT_AUXILIARY_END, '')
    .trimEnd()
    .replace(ADVERB_END, '')
    .replace(SAID_PRONOUN_END, '');
  const subject = {
    start: clause.start + lead + (said.length - said.trimStart().length),
    end: clause.start + lead + doer.trimEnd().length,
  };
  if (subject.end <= subject.start) return [{ part: clause }];
  // ("The army chief, General Ashok Raj Sigdel, appealed for calm and said soldiers would be
  // deployed": a subject with an aside is cut only before its report.)
  const aside = /[,;:"“”]/.test(said);
  // ("Newsom declared an emergency on Tuesday and President Joe Biden, who was visiting,
  // approved aid on Wednesday": a second subject of its own, past an aside, tells its own.)
  const cut =
    (own: boolean, speech = false, passive = false, modal = false) =>
    (m: RegExpExecArray) => ({
      index: m.index,
      end: m.index + m[0].length,
      own,
      speech,
      passive,
      modal,
    });
  // ("The team lost three games and will play Japan on Dec. 10": what it did and what it will
  // do are two occurrences, whatever dates them.)
  // ("Starmer will name his cabinet on Friday and is expected to attend a summit in
  // Washington": so are two plans, each with its own place.)
  const ahead = [...words.matchAll(AND_AUXILIARY)].map(cut(false, false, false, true));
  // ("Biden approved disaster declarations and said he would visit next week": what the
  // subject then said is a report of its own, whose times are not the first verb's.)
  const spoken = plan ? [] : [...words.matchAll(AND_SAID)].map(cut(false, true));
  // ("was impeached by parliament in December and removed by the court on April 4": a bare
  // participle after a passive, no verb of action, is a predicate of its own.)
  const bare =
    past && past === passive
      ? [...words.matchAll(AND_PARTICIPLE)].map(cut(false, false, true))
      : [];
  // (Not after a first predicate that proposes too: "urged that the talks resume ..., and
  // raised the prospect of" is one proposal after another, which proposals() tells.)
  // ("told reporters that ..., and spoke by phone with Xi later on Wednesday": a call is an
  // occurrence of its own, whatever dates the first predicate.)
  const called = [...words.matchAll(AND_CALLED)].map(cut(false));
  const andProposing = [...words.matchAll(AND_PROPOSING)];
  const urged =
    andProposing[0] && !PROPOSING_ONCE.test(words.slice(0, andProposing[0].index))
      ? andProposing.map(cut(false))
      : [];
  const cuts = (
    aside
      ? // ("Kalmaegi, which had winds of 130 kph, blew out to sea and was forecast to hit
        // Vietnam": so is a plan after "and"; "Ruiz, 29, the party's president, condemned the
        // ruling and urged supporters to rally" is cut before what it urges.)
        [...spoken, ...ahead, ...urged]
      : [
          ...[...words.matchAll(plan ? AND_BARE_VERB : AND_PREDICATE)].map(cut(false)),
          ...bare,
          ...[...words.matchAll(AND_SUBJECT)].map(cut(true)),
          ...ahead,
          ...spoken,
          ...urged,
          ...called,
        ]
  )
    // (What follows a report is its content: "said it had regained control, three days after
    // gunmen burst out and killed hundreds" holds no predicate of the subject's.)
    .filter((m) => m.index > first.index && !spoken.some((c) => c.index < m.index))
    .sort((a, b) => a.index - b.index)
    // (One cut where two patterns find the same "and".)
    .filter((m, i, all) => all.findIndex((o) => o.index === m.index) === i);
  const starts = [clause.start, ...cuts.map((m) => clause.start + m.end)];
  const ends = [...cuts.map((m) => clause.start + m.index), clause.end];
  const parts = starts.map((start, k) => ({ start, end: ends[k] as number }));
  // ("killed 100 people and injured 4,000, officials said on Tuesday": what the teller's words
  // date is neither predicate.)
  const spans = parts.map((p) => datedBy(text, timexes, beforeTeller(text, p)));
  const dates = spans.map((d) => d?.start ?? null);
  // ("was jailed for 18 months ... and was pardoned in August 2022": a month or a year only a
  // later predicate gives is its own, not the first one's; not a day, "lost power and crashed
  // into a bridge early Tuesday" being one occurrence.)
  // (Nor after a perfect: "has fallen since September and hit a low on Dec. 27" are two.)
  const perfect = /^(?:has|have)\s/i.test(first[0].trimStart());
  const coarse = spans
    .slice(1)
    .every((d) => !!d && (perfect || ['month', 'year', 'decade'].includes(d.precision)));
  const told = dates.slice(dates[0] === null && coarse ? 1 : 0);
  const tenses = [...ahead, ...spoken].some((m) => m.index > first.index);
  // ("declared five days of mourning and urged citizens to stand": what is then urged is a
  // proposal of its own, whatever dates them.)
  const proposing = [...urged, ...called].some((m) => m.index > first.index);
  if (
    parts.length < 2 ||
    (!tenses && !proposing && (told.some((d) => d === null) || new Set(dates).size < dates.length))
  )
    return [{ part: clause }];
  // ("He was arrested in January and released in March": a passive's auxiliary governs the
  // participles after it that have none of their own.)
  const auxEnd =
    past && past === passive
      ? clause.start + past.index + (/^\S+/.exec(past[0])?.[0].length ?? 0)
      : 0;
  // ("The virus has infected 118,000 people ... and killed more than 4,000": and so does a
  // present perfect's auxiliary.)
  const perfectAux = past && past !== passive ? /^\s*(?:has|have)\b/.exec(past[0]) : null;
  const perfectEnd = clause.start + (past?.index ?? 0) + (perfectAux?.[0].length ?? 0);
  // (Not one that tells a time of its own, "has fallen 10 percent and hit a 15-year low on
  // Dec. 27", nor a verb in the present, "and plans to".)
  const ownPerfect = (words: string) =>
    /^(?:\p{Ll}+ly\s+)?\p{Ll}{3,}ed\b/u.test(words) &&
    !DATED_WORDS.test(words.split(/\b(?:since|when|after|before|while|because)\b/, 1)[0] ?? '');
  // (Not a verb whose past is no participle: "was convicted in 2006 and came to Britain".)
  const governed = (part: TextSpan) =>
    (auxEnd > 0 || (!!perfectAux && ownPerfect(text.slice(part.start, part.end)))) &&
    !PAST_ONLY.test(text.slice(part.start, part.end)) &&
    !/^(?:\p{Ll}+ly\s+)?(?:was|were|has|have|had|is|are|will|would)\b/u.test(
      text.slice(part.start, part.end),
    )
      ? { ...subject, end: auxEnd > 0 ? auxEnd : perfectEnd }
      : subject;
  return parts.map((part, k) =>
    k === 0 || cuts[k - 1]?.own
      ? { part }
      : cuts[k - 1]?.speech
        ? { part, subject, speech: true }
        : cuts[k - 1]?.passive
          ? { part, subject: governed(part), passive: true }
          : // (A plan with an auxiliary of its own takes no other: "and is expected to".)
            {
              part,
              subject: governed(part),
              ...(auxiliary && !cuts[k - 1]?.modal ? { auxiliary } : {}),
            },
  );
}

/** A month's or a weekday's name, or a year: words that tell a time of their own. */
const DATED_WORDS = new RegExp(String.raw`\b(?:${CALENDAR_NAMES})\b|\b(?:1[89]|20)\d\d\b`);

/**
 * " and removed by the court": a bare participle that no verb of action or passive of its own
 * cuts at, and the phrase after it.
 */
const AND_PARTICIPLE = new RegExp(
  String.raw`,?\s+and\s+(?=(?:\p{Ll}+ly\s+)?(?!(?:${ACTION.source}))(?:${NOT_AHEAD}\p{Ll}{3,}ed|${IRREGULAR_PARTICIPLES})\s+(?:by|in|on|at|to|from|into|for|after|as)\b)`,
  'giu',
);

/** " and said", ", and told reporters": the subject's report after what it did ("and announced" is a deed). */
const AND_SAID = /,?\s+and\s+(?=(?:said|told)\s)/giu;

/**
 * " to the nation", " of 2010", " between the two sides", ' on the "reintegration"': what a noun
 * is of, to or between, quoted words too (not an infinitive, " to mark the anniversary", nor a
 * day, " on the second day of the visit").
 */
const NOUN_COMPLEMENT =
  /^\s+(?:of|between|against|on(?!\s+the\s+\S+\s+(?:day|night|morning|evening|week)\b)|over|with|to(?=\s+(?:the|an?|his|her|its|their)\s))\s+(?:[^,;:!?"“”()]|["“][^,;:!?"“”()]{1,40}["”]){1,80}/;

/**
 * "A former human rights lawyer, ": a noun phrase put before the name it describes, up to that
 * name and its verb (maybe past a relative aside of its own).
 */
const FRONTED_APPOSITION =
  /^An?\s+[^,;:"“”]{2,60}?,(?:\s+(?:who|which)\s+[^;:"“”]{1,80}?,)?\s+(?=\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,3}(?:\s+(?:\p{Ll}+ly\s+)?(?:has|have|had|was|were|is|are|will))?\s*$)/u;

/** "It is the first time in Seoul that ", "It was the third day that ": a cleft's frame. */
const CLEFT = /^It\s+(?:is|was)\s+(?:the|a)\s+[^,;"“”]{1,60}?\s+that\s+(?=\S)/;

/**
 * "voters in Sunday's ", "the results of the ", "results of last week's ": a preposition no
 * clause follows, then what may open its noun phrase (an article, a time that owns it, a few
 * modifiers).
 */
const PREPOSITION_OBJECT_BEFORE =
  /\b(?:in|of|at|during|from|for|with|on|over|by|among|across)\s+(?:(?:the|an?)\s+)?(?:(?:last|next|this)\s+)?(?:[\p{L}\d.-]+['’]s\s+)?(?:[\p{Ll}\d.-]+\s+){0,3}$/u;

/** "a powerful earthquake that ": a noun and the "that" of its relative clause, ending a subject. */
const RELATIVE_NOUN_BEFORE =
  /(?:^|\s)(?:[Aa]n?|[Tt]he)\s+(?:(?!\b(?:an?|the)\s)[^,;:"“”]){1,40}?\s+(?:that|who)\s+(?:\p{Ll}+ly\s+)?$/u;

/**
 * Whether a span of months or longer, as the time expressions read it, opens the clause from
 * `from` after a preposition of time ("Over the next decade ", "In the years that followed, ",
 * "For decades ") before `verbStart`.
 */
function frontedSpan(text: string, timexes: Timex[], from: number, verbStart: number): boolean {
  const t = timexes[firstStartingFrom(timexes, from)];
  return (
    !!t &&
    t.type === 'DURATION' &&
    t.end <= verbStart &&
    /^P[\dX.]+(?:M|Y|DE|CE)$/.test(t.value) &&
    /^(?:over|during|throughout|in|for|within)\s+(?:the\s+)?$/i.test(text.slice(from, t.start))
  );
}

/** "Previous rounds", "Earlier talks": a subject that says it came before the news. */
const PRIOR_SUBJECT = /^(?:the\s+|its\s+|their\s+)?(?:previous|earlier|past|prior|last)\s+\p{Ll}/iu;

/** The first verb in the simple past that is not a participle before its agent, or null. */
function simplePast(words: string): RegExpExecArray | null {
  for (const m of words.matchAll(new RegExp(PAST_VERB, 'gu')))
    if (!PARTICIPLE_BY.test(words.slice(m.index + m[0].length))) return m as RegExpExecArray;
  return null;
}

/** " has", " have already": a perfect's auxiliary (and an adverb) before its participle. */
const PERFECT_AUXILIARY_END = /\s+(?:has|have|had)(?:\s+\p{Ll}+ly)?\s*$/u;
/**
 * " said on Wednesday they", " told reporters it": a speaker's verb (its time, its listener)
 * and the pronoun that stands for the speaker, before the verb a report opens with.
 */
const SAID_PRONOUN_END = new RegExp(
  String.raw`\s+(?:${SPEECH_VERB})(?:\s+(?:reporters|journalists))?(?:\s+(?:(?:late|early)\s+)?(?:on\s+)?(?:${SPOKEN_DAY})(?:\s+(?:morning|afternoon|evening|night))?)?(?:\s+that)?\s+(?:it|they|he|she|we)\s*$`,
  'u',
);

/** ", 67, " after a name, before its verb. */
const AGE_AFTER_NAME = /(?<=\p{L}),\s*\d{1,3}(?:,\s*)?$/u;
/** "came", "flew": an irregular past that is no participle, so governed by no auxiliary. */
const PAST_ONLY = new RegExp(
  String.raw`^\s*(?:\p{Ll}+ly\s+)?(?:${IRREGULAR_PASTS.split('|')
    .filter((w) => !IRREGULAR_PARTICIPLES.split('|').includes(w))
    .join('|')})\b`,
  'u',
);
/**
 * ", the country's longest-serving leader," right after a name (and an age: "Ruiz, 29, the
 * party's president,"), at the end of a subject.
 */
const APPOSITION_AFTER_NAME_END = new RegExp(
  String.raw`(?=,)(?<=\p{Lu}[\p{L}'’-]*(?:,\s*\d{1,3})?)${NOUN_APPOSITION}\s*$`,
  'u',
);

/** "will ", "would also ": a modal right before a verb. */
const MODAL_END =
  /\b(?:will|would|shall|can|could|may|might|must|should)\s+(?:\p{Ll}+ly\s+|also\s+|then\s+)?(?:(?:stay|remain|be|get|keep)\s+)?$/u;

/** " and will play Japan": a second predicate with an auxiliary of its own that looks ahead. */
const AND_AUXILIARY =
  /,?\s+and\s+(?=(?:will|would|shall|could|may|might|(?:is|are)\s+(?:(?:due|set|expected|scheduled|slated|likely|forecast)\s+)?to|(?:was|were)\s+(?:due|set|expected|scheduled|slated|likely|forecast)\s+to|plans?\s+to)\s)/giu;
/** The same, for the first one only (no `g` state between calls). */
const AND_AUXILIARY_ONCE = new RegExp(AND_AUXILIARY.source, 'iu');
/** A first predicate's " and" right before a plan's auxiliary. */
const AND_BEFORE_END = /\sand\s*$/;
/** The verb of being that ends a subject ("The prize is worth ..."). */
const COPULA_AT = /\s(?:is|are|was|were|remains?|remained)\s/;

/** " and travel to Washington next week": a second bare verb that a plan's auxiliary governs. */
const AND_BARE_VERB = new RegExp(String.raw`,?\s+and\s+(?=${FUTURE_VERB}\s)`, 'giu');
/** The auxiliary that opens a plan's words ("will" of "will name"). */
const FUTURE_AUXILIARY_AT = new RegExp(`^${FUTURE_AUXILIARY}`, 'iu');

/**
 * The sentence context in which a bare verb after a plan's first ("will name his cabinet ... and
 * travel to Washington") reads as the plan it is: its auxiliary before it and the first verb's
 * words blanked, in a text of the sentence alone (offsets from `from`, so a long article is not
 * copied for each plan), with the times and quotations of its own words.
 */
function withAuxiliary(
  ctx: SentenceContext,
  part: TextSpan,
  auxiliary: TextSpan,
): { told: SentenceContext; from: number } {
  const from = ctx.s.start;
  const text = `${ctx.text.slice(from, auxiliary.end)}${' '.repeat(part.start - auxiliary.end)}${ctx.text.slice(part.start, part.end)}`;
  const own = <T extends TextSpan>(spans: T[]) =>
    spans
      .slice(firstStartingFrom(spans, part.start), firstStartingFrom(spans, part.end))
      .filter((t) => t.end <= part.end)
      .map((t) => ({ ...t, start: t.start - from, end: t.end - from }));
  const s = { start: auxiliary.start - from, end: part.end - from };
  return {
    told: {
      ...ctx,
      text,
      s,
      sentence: text.slice(s.start, s.end),
      timexes: own(ctx.timexes),
      quoted: own(ctx.quoted),
    },
    from,
  };
}

/**
 * "the proposals that creditors put forward in ", "the level it set ", "a tree dating from ":
 * a clause with a subject of its own on a noun, or its age, right before a time.
 */
const OBJECT_OWN_TIME = new RegExp(
  String.raw`(?:\b(?:that|which)\s+(?:(?:the|its|their|his|her)\s+)?\p{Ll}[\p{Ll}-]{2,}|\b(?!(?:after|before|when|until|since|because|while|where|and|but|said|says|told|that|than|what)\b)\p{Ll}{3,}\s+(?:it|they))\s+(?:had\s+)?(?:\p{Ll}{3,}ed|${IRREGULAR_PASTS})\b[^,;]{0,60}$|\bdating\s+(?:back\s+)?(?:from|to)\s+$`,
  'u',
);

/** "that ", "who had ": a relative clause's pronoun (and auxiliary) right before its verb. */
const RELATIVE_OPEN_END = /\b(?:that|who)\s+(?:(?:had|has|have|was|were)\s+)?(?:\p{Ll}+ly\s+)?$/u;

/** The first report in a text (no `g` state between calls). */
const REPORTED_SPEECH_ONCE = new RegExp(REPORTED_SPEECH.source, 'u');

/**
 * The speaker and verb of the report a clause of ", and that" (or ", and" with a plan told by
 * "would") goes on with, from the sentence's start.
 */
function continuedReport({ text, s }: SentenceContext, part: TextSpan): TextSpan | null {
  // (Or a subject of its own and "would": "said some details were still being finalised, and
  // the cabinet would vote on Thursday".)
  const words = text.slice(part.start, part.end);
  if (!/^(?:that\s|would\s|[^,;:"“”]{1,60}?\swould\s)/.test(words)) return null;
  const bare = /^would\s/.test(words);
  const said = REPORTED_SPEECH_ONCE.exec(text.slice(s.start, part.start));
  if (!said) return null;
  const end = s.start + said.index + said[0].length;
  // ("said it would cut production and would begin mass production": a bare "would" goes on
  // with the subject of the plan before it, or of the doing: "said it was sending a team ...
  // and would hold a news briefing".)
  const subject = bare
    ? /^(?:that\s+)?([^,;:"“”]{1,60}?)\s(?:would|was|were)\s/.exec(text.slice(end, part.start))
    : null;
  if (bare && !subject) return null;
  const auxiliary = subject ? (/\S+\s$/.exec(subject[0])?.[0].length ?? 0) : 0;
  return { start: s.start, end: subject ? end + subject[0].length - auxiliary : end };
}

/** ", and President Joe Biden, who was visiting the city, approved": a second subject. */
const AND_SUBJECT = new RegExp(
  String.raw`,?\s+and\s+(?=\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,4}(?:\s*,\s*(?:who|which)\b[^,;]{1,60},)?\s+(?:\p{Ll}+ly\s+)?(?:${ACTION.source}|${PLACED_PAST}))`,
  'gu',
);

/** "said", "reported": a verb of telling, whose time is the telling's. */
const TELLING = /\b(?:said|says|told|reported|announced|confirmed)\b/;

/** "Second quake", "another strike": a noun that says it is not the one told before. */
const ANOTHER = /^(?:another|second|third|fourth|fifth|new|fresh|separate)\s/i;

const sameDate = (a: EventCandidate, b: EventCandidate) =>
  (a.date?.start ?? null) === (b.date?.start ?? null);

/**
 * Finds the occurrences a story reports, sentence by sentence:
 * - what a proposal verb puts forward ("proposed that the leagues merge"), proposed and
 *   undated unless the text gives a date;
 * - named occurrences ("next month's World Cup", "a Christmas address"), dated by
 *   the expression inside or right after them, or by the publication date in today's news;
 * - what a main verb reports ("Chile has agreed to send a delegation"), unless it only
 *   restates a named occurrence of the same date ("held talks" is the talks).
 * Later mentions of one kind and date (and "the talks" after "talks") merge into the first.
 */
export function findEvents(
  text: string,
  sentences: TextSpan[],
  timexes: Timex[],
  published: string | null,
  quoted: TextSpan[] = [],
): EventCandidate[] {
  const sorted = [...timexes].sort((a, b) => a.start - b.start); // for datedBy's binary search
  const out: EventCandidate[] = [];
  let newsDay: DateSpan | null = null;
  const leadEnd = sentences[3]?.start ?? text.length;
  const add = (e: EventCandidate, anaphoric: boolean) => {
    // ("The first quake struck at 4:17 a.m. ... A second quake hit in the afternoon": another
    // of its kind that day is its own.)
    const another = ANOTHER.test(e.headline);
    const same =
      out.find((o) => o.kind === e.kind && o.status === e.status && sameDate(o, e) && !another) ??
      // "the drills": the last ones named, not the first.
      // (Not where its own date is in another year: "surpassed the shooting at the Pulse
      // nightclub in Orlando in June 2016" is no restatement of the week's shooting; "will brief
      // Xi on the talks on Friday" dates the briefing, and may still name them.)
      (anaphoric
        ? out.findLast(
            (o) =>
              o.kind === e.kind &&
              (!e.date?.text || !o.date || e.date.start.slice(0, 4) === o.date.start.slice(0, 4)),
          )
        : undefined);
    if (!same) out.push(e);
    else {
      same.scopes.push(...e.scopes);
      // "reunions in August ... the reunions, scheduled for Aug. 20-26": a finer date inside
      // the first one is the same occurrence's, told more exactly.
      const [a, b] = [e.date, same.date];
      if (a && b && a.start >= b.start && a.end <= b.end && (a.start > b.start || a.end < b.end))
        same.date = a;
    }
  };
  // (The sentence before and how many occurrences the story had found when it began.)
  let before: TextSpan | null = null;
  let foundBefore = 0;
  for (const whole of sentences) {
    // ("Hollande travelled to Nice on Friday. He announced three days of mourning": a later day
    // the sentence before tells, in the same paragraph, is the day the story has gone on to.)
    const wentOn =
      newsDay && before && !text.slice(before.end, whole.start).includes('\n')
        ? out
            .slice(foundBefore)
            .findLast(
              (e) =>
                e.status === 'happened' &&
                !!e.date?.text &&
                e.date.precision === 'day' &&
                e.date.start === e.date.end &&
                e.date.start > (newsDay?.start ?? '') &&
                !!published &&
                e.date.start <= published,
            )?.date
        : undefined;
    [before, foundBefore] = [whole, out.length];
    // "LIMA, Nov. 22 (Reuters) -- Peru decided": the dateline is not part of the news, nor is
    // a frame the news is told in ("The announcement came as Trump prepares to impose ...").
    const dateline = DATELINE.exec(text.slice(whole.start, whole.end))?.[0].length ?? 0;
    const framed = FRAME.exec(text.slice(whole.start + dateline, whole.end))?.[0].length ?? 0;
    // "Born in Newcastle in 1929, Higgs spent his career at Edinburgh": a birth of its own,
    // whose time is not the main clause's.
    const opening = whole.start + dateline + framed;
    const born = bornBefore(text, { start: opening, end: whole.end }, sorted);
    if (born) out.push(born.event);
    // ("Born Jorge Mario Bergoglio in Buenos Aires, he was elected": an undated birth's phrase
    // is the subject's background, and places nothing the sentence tells.)
    const bornUndated = born
      ? 0
      : (BORN_PHRASE_OPENING.exec(text.slice(opening, whole.end))?.[0].length ?? 0);
    const s = { start: born?.rest ?? opening + bornUndated, end: whole.end };
    // (Told by the headline or the lead's first two sentences, read before the fourth.)
    if (whole.start <= leadEnd) newsDay ??= newsDayOf(out, published);
    const ctx: SentenceContext = {
      text,
      s,
      sentence: text.slice(s.start, s.end),
      timexes: sorted,
      published,
      quoted,
      newsDay: wentOn ?? newsDay,
    };
    const proposed = proposals(ctx);
    for (const p of proposed) add(p, false);
    const named = namedOccurrences(ctx, proposed);
    for (const { anaphoric, ...n } of named) add(n, anaphoric);
    for (const a of asideOccurrences(ctx)) {
      const inside = out.filter((o) =>
        o.scopes.some((sc) => a.evidence.start <= sc.start && sc.start < a.evidence.end),
      );
      // ("Sunak, who called the election in May,": the aside tells the noun it names, and who
      // did it, better than "Election".)
      const noun = inside.find(
        (o) =>
          !o.kind.startsWith('action:') &&
          sameDate(o, a) &&
          a.headline.toLowerCase().includes(o.headline.toLowerCase()),
      );
      if (noun) {
        noun.headline = a.headline;
        noun.scopes.push(...a.scopes);
      } else if (inside.length === 0) add(a, false);
    }
    // "Last week, they raided the office, and the minister was arrested on Wednesday": each
    // clause joined by ", and" or ";" reports its own occurrence.
    let dateBefore: DateSpan | null = null;
    for (const { part, subject, auxiliary, speech, passive } of coordinated(
      ctx.sentence,
      s.start,
    ).flatMap((c) => predicates(ctx, c))) {
      // (The time of the part right before only: one that told nothing passes on none.)
      const timeBefore: DateSpan | null = dateBefore;
      dateBefore = null;
      // (A report after what its subject did is read as the subject's sentence: "Biden ...
      // said he would visit"; so is a bare participle after its passive's subject and
      // auxiliary: "Yoon was ... removed by the court".)
      // ("North Korea said its attempt had failed, and that it would try again in October": a
      // second "that" goes on with the report, told from its speaker and verb.)
      const report = speech || passive ? null : continuedReport(ctx, part);
      const opening = report ?? (speech || passive ? subject : auxiliary);
      const plan = opening ? withAuxiliary(ctx, part, opening) : null;
      const action = reportedAction(
        plan?.told ?? { ...ctx, s: part, sentence: text.slice(part.start, part.end) },
      );
      // (Of a report after a deed, only what it says will be: its past is the sentence's to
      // measure, "three days after gunmen burst out".)
      if (!action || (speech && action.status !== 'scheduled')) continue;
      // (Back in the article's offsets, told by the plan's own words, not the first verb's the
      // auxiliary stood before.)
      if (plan) {
        const back = (at: number) => at + plan.from;
        // (A report's or a bare participle's source runs from its subject: "Biden ... said he
        // would visit", "Yoon was ... removed by the court".)
        // (So does one that goes on with a report: "North Korea said ..., and that it would".)
        action.evidence = {
          start: report
            ? report.start
            : (speech || passive) && subject
              ? subject.start
              : part.start,
          end: Math.max(part.start, back(action.evidence.end)),
        };
        // (Its scopes are its own words and who tells or does it, not the first predicate's
        // between them: "responded with tariffs on U.S. coal, and said it would investigate
        // Google" is nothing done in the United States.)
        const head = report ?? (speech || passive ? subject : undefined);
        action.scopes = head
          ? [{ start: part.start, end: action.evidence.end }, head]
          : [action.evidence];
        // (Who does what a report goes on with is named in its words or is its speaker: "said
        // Mandela "belongs to the ages" and that he would travel" is no trip of Mandela's.)
        if (report) action.ownClause = true;
        if (action.verbEnd !== undefined) action.verbEnd = back(action.verbEnd);
        if (action.setting)
          action.setting = { start: back(action.setting.start), end: back(action.setting.end) };
      }
      // ("The school had been closed for weeks, but reopened so the girls could sit": a
      // predicate after "but" with no subject of its own has the clause's before it.)
      const before = text.slice(s.start, part.start);
      const shared =
        !subject && !speech && !passive && SUBJECTLESS_PAST.test(text.slice(part.start, part.end))
          ? subjectOfFirstVerb(before, /(?:,\s+|\s)but\s+(?:also\s+|then\s+)?$/)
          : null;
      const doer =
        subject ?? (shared && { start: s.start + shared.start, end: s.start + shared.end });
      // ("A jury in New York on Wednesday acquitted him ... but convicted him": a day the shared
      // subject's words name dates each predicate that names none.)
      if (doer && !action.date && action.status === 'happened') {
        const t = timexes[firstStartingFrom(timexes, doer.start)];
        if (
          t &&
          t.end <= doer.end &&
          /\b(?:on|in|at|during|late|early)\s+$/.test(text.slice(Math.max(0, t.start - 8), t.start))
        )
          action.date = timexToDate(t);
      }
      // ("His opponents celebrated on Saturday, while his supporters gathered outside the
      // embassy": what went on "while" the clause before did went on at its time; so did what
      // the next clause tells undated: "Protesters stormed parliament on Tuesday ..., and
      // police opened fire on the crowds".)
      // (Only a time the clause before names itself, not its teller's: "has grown to 146
      // cases, officials said Tuesday, and neighboring Ohio reported nine".)
      if (
        !action.date &&
        action.status === 'happened' &&
        timeBefore &&
        /,\s+(?:while|and)\s+$/.test(text.slice(Math.max(s.start, part.start - 10), part.start))
      )
        action.date = timeBefore;
      const own = text.slice(part.start, part.end);
      dateBefore =
        action.date?.text && own.includes(action.date.text) && !TELLING.test(own)
          ? action.date
          : null;
      if (doer && !speech && !passive) {
        // (Where its subject is, it is too: "Hanoi's airport was closed ... and reopened".)
        action.scopes.push(doer);
        // (Not its aside, "Kalmaegi, which had winds of 130 kph, ... was forecast to", nor its
        // relative clause, "Torrential rain that has pounded the country since Wednesday".)
        const who = text
          .slice(doer.start, doer.end)
          .replace(RELATIVE_ASIDE, '')
          .replace(PARTICIPLE_ASIDE, '')
          .replace(/,\s*$/, '')
          .replace(/(?<=\S)\s+(?:that|which|who)\s[^,;]*$/, '');
        action.headline = `${upperFirst(who)} ${lowerFirst(action.headline)}`;
        action.kind = `action:${action.headline.toLowerCase()}`;
      }
      // "held rare talks": the verb reports the talks; not "is expected to release hostages
      // within 72 hours of the ceasefire", whose ceasefire is another occurrence.
      const near = Math.min(action.evidence.end, (action.verbEnd ?? 0) + RESTATED_WITHIN);
      const told = (sc: TextSpan) => sc.start >= action.evidence.start && sc.start < near;
      // ("The two leaders met in Hanoi on Wednesday, their second summit": a noun in apposition
      // to the clause names what the verb did.)
      // (Of its date, or of a period that holds it: "on Thursday, its third launch this month".)
      const within = (o: EventCandidate) =>
        !!o.date &&
        !!action.date &&
        o.date.start <= action.date.start &&
        action.date.end <= o.date.end;
      const apposed = (o: EventCandidate) =>
        (sameDate(o, action) || within(o)) &&
        o.scopes.some(
          (sc) =>
            sc.start >= action.evidence.end &&
            CLAUSE_APPOSITION.test(text.slice(action.evidence.end, sc.start)),
        );
      const restated = out.find(
        (o) =>
          (!o.kind.startsWith('action:') &&
            // ("declared five days of mourning and urged citizens to stand": what a subject
            // did is no restatement of what it then urged.)
            !(o.kind.startsWith('proposal:') && o.status !== action.status) &&
            (sameDate(o, action) ||
              // (A noun dated only by the day of publication is as good as undated: "has
              // suspended a water-sharing treaty".)
              (!o.date?.text && o.status === action.status) ||
              // ("will attend the reunions": an undated plan to join a dated one restates it.)
              (!action.date && action.status === 'scheduled' && o.status === 'scheduled') ||
              // ("The 1950-53 Korean War ended in an armistice": an undated verb of a dated
              // subject tells it; not of a noun in an aside before the subject.)
              // (Nor a past one dated by no words of its own: "The election was held early",
              // after "a day after winning a snap election"; "has killed" is today's news.)
              ((!action.date ||
                (!action.date.text &&
                  !/\b(?:has|have)\s/.test(
                    text.slice(action.evidence.start, action.verbEnd ?? action.evidence.end),
                  ))) &&
                o.status === action.status &&
                o.scopes.some(
                  (sc) =>
                    told(sc) &&
                    sc.start < (action.verbEnd ?? 0) &&
                    // (past an aside of its own: "Last year's protests, led by students,
                    // forced ..."; the comma of "1,100" is none)
                    !/;|,(?!\d)/.test(
                      text.slice(sc.start, action.verbEnd).replace(PARTICIPLE_ASIDE, ''),
                    ),
                ))) &&
            o.scopes.some(told)) ||
          partOf(text, o, action) ||
          (!o.kind.startsWith('action:') && apposed(o)),
      );
      if (!restated) add(action, false);
      else {
        // "will fly to Lima on Monday for a two-day visit": the verb's clause dates the noun,
        restated.date ??= action.date;
        // (and a day of publication the verb's clause names is named: "signed a peace agreement
        // on Monday", published that Monday, is dated by "Monday"),
        if (!restated.date?.text && action.date?.text && restated.date?.start === action.date.start)
          restated.date = action.date;
        // is still to come if the verb says so ("said it would file an impeachment motion on
        // Wednesday", published that day),
        if (restated.status === 'happened' && action.status === 'scheduled')
          restated.status = 'scheduled';
        // places it by what comes before the noun ("will travel to Washington this week for
        // his first summit"; what follows the noun is its own),
        const noun = restated.scopes.find(told);
        if (noun) restated.scopes.push({ start: action.evidence.start, end: noun.start });
        // and tells a bare noun better (a length is no more: "for a two-day visit"), or one
        // its verb takes for its object, told with who did it ("Spain won a record fourth
        // European Championship" over "European Championship"), up to the noun's last word
        // ("... sealed a free trade agreement", not "... sealed a free trade").
        const verbEnd = action.verbEnd ?? Number.POSITIVE_INFINITY;
        const nounText = restated.headline.toLowerCase();
        const objectEnd =
          noun &&
          noun.start >= verbEnd &&
          OBJECT_BETWEEN.test(text.slice(verbEnd, noun.start)) &&
          text.slice(noun.start, noun.start + nounText.length).toLowerCase() === nounText
            ? noun.start + nounText.length
            : null;
        // (A length or a hyphened word before it is no more: "two-day visit", "wind-driven fire".)
        const bare = !/\s/.test(restated.headline.replace(/^[\p{L}\d]+-\p{Ll}{3,}\s+/iu, ''));
        const names = (h: string) => h.toLowerCase().includes(nounText);
        const withObject =
          restated.status === 'proposed' || objectEnd === null
            ? null
            : names(action.headline)
              ? action.headline
              : headlineOf(text, { start: action.evidence.start, end: objectEnd }, 16, verbEnd);
        // ("signed a defence pact at a summit in Pyongyang": the clause tells what the summit did.)
        // ("Hurricane Milton slammed into Florida's Gulf Coast | on Wednesday night": the verb's
        // headline of the same words, longer, tells more.)
        // ("A second quake of magnitude 7.5 hit the region" over "Second quake"; "The last quake
        // to hit the country struck Agadir in 1960" over "Last quake", a deed of the noun's,
        // not a plan's words nor the effect it had: "The attempt shocked the country".)
        const deed =
          action.status === 'happened' &&
          !REACTION.test(text.slice(action.evidence.start, action.verbEnd ?? 0));
        const longer =
          action.headline.length > restated.headline.length &&
          action.headline
            .toLowerCase()
            .replace(ANOTHER.test(restated.headline) ? /^an?\s+/ : deed ? /^the\s+/ : '', '')
            .startsWith(restated.headline.toLowerCase().replace(deed ? /^the\s+/ : '', ''));
        // ("The death toll from Hurricane Helene rose to 116", "Lava from a volcanic eruption
        // flowed into the town": a verb whose subject names the noun tells what became of it.)
        const ofSubject =
          !!noun &&
          noun.start < verbEnd &&
          restated.status !== 'proposed' &&
          /^[^,;:]*\s(?:of|from|for)\s+(?:the\s+|an?\s+)?(?:\p{Ll}+\s+){0,2}$/u.test(
            text.slice(action.evidence.start, noun.start),
          ) &&
          names(action.headline);
        // ("The court annulled the first round of the presidential election on Friday": what a
        // verb undoes or puts off is not what the day dates; the undoing is the news.)
        const undone =
          !!noun &&
          noun.start >= verbEnd &&
          UNDOING_VERB.test(text.slice(action.evidence.start, verbEnd)) &&
          !/[,;:]/.test(text.slice(verbEnd, noun.start));
        // ("was shot dead while giving a campaign speech in Nara": what the subject was doing
        // when the verb befell it is the circumstance, the verb the news.)
        const befell =
          !!noun &&
          noun.start >= verbEnd &&
          /^[^,;:]*\swhile\s+\p{Ll}+ing\s/u.test(text.slice(verbEnd - 1, noun.start));
        const better =
          bare ||
          longer ||
          ofSubject ||
          undone ||
          befell ||
          partOf(text, restated, action) ||
          apposed(restated)
            ? action.headline
            : withObject && names(withObject)
              ? withObject
              : null;
        if (better) {
          restated.headline = better;
          restated.scopes.push(...action.scopes);
          // (Its source is the clause that tells it, where the noun is in it: "won Sunday's
          // election, ..., and their leader Olaf Scholz said" is no deed of Scholz's.)
          if (
            noun &&
            action.evidence.start <= noun.start &&
            noun.start < action.evidence.end &&
            restated.evidence.start <= action.evidence.start &&
            action.evidence.end <= restated.evidence.end
          ) {
            restated.evidence = action.evidence;
            // (Nor are the noun's words past the clause: "in a referendum on Sunday, and Finance
            // Minister Yanis Varoufakis resigned" is no deed of Varoufakis's.)
            noun.end = Math.min(noun.end, action.evidence.end);
          }
          if (apposed(restated)) restated.date = action.date;
        }
        // ("Floods and landslides on Sumatra have killed 604 people", "was destroyed by an
        // earthquake and tsunami in March 2011": a noun joined to the restated one is the same
        // news, told once.)
        for (let k = out.length - 1; noun && k >= 0; k--) {
          const o = out[k] as EventCandidate;
          const joined = o.scopes.find(
            (sc) => sc.start > noun.start && JOINED_NOUN.test(text.slice(noun.start, sc.start)),
          );
          if (o !== restated && !o.kind.startsWith('action:') && joined && sameDate(o, action))
            out.splice(k, 1);
        }
      }
    }
    // (After the main clause: "to Brussels, where he is due to meet the king" may be its plan.)
    // (A name inside it, "where his funeral will take place on Thursday", is the clause's
    // event, which says where.)
    for (const { event, body } of closingRelatives(ctx)) {
      const overlapping = out.filter((o) =>
        o.scopes.some((sc) => sc.start < body.end && body.start < sc.end),
      );
      const named = overlapping.filter(
        (o) =>
          !o.kind.startsWith('action:') &&
          o.scopes.every((sc) => body.start <= sc.start && sc.end <= body.end),
      );
      if (named.length < overlapping.length) continue;
      // ("recovering from Hurricane Irma, which left a million people without power two weeks
      // ago": the name the clause tells of, dated by the clause, is that occurrence.)
      const from = Math.min(body.start, ...event.scopes.map((sc) => sc.start));
      const told = out.filter(
        (o) =>
          !o.kind.startsWith('action:') &&
          !named.includes(o) &&
          sameDate(o, event) &&
          o.scopes.every((sc) => from <= sc.start && sc.end <= body.start),
      );
      for (const o of [...named, ...told]) out.splice(out.indexOf(o), 1);
      add(event, false);
    }
    for (const e of background(ctx, out)) add(e, false);
    for (const e of postponements(ctx, out)) add(e, false);
  }
  // ("The ashes will be taken ... in a procession that retraces the rebels' march in 1959": a
  // plan dated in a year gone by was dated by some other noun's time; undated, it loses none.)
  for (const e of out)
    if (
      e.status === 'scheduled' &&
      e.date &&
      published &&
      e.date.end.slice(0, 4) < published.slice(0, 4)
    )
      e.date = null;
  // (A bare noun that no verb told better is told by its words: "Unexplained explosion".)
  for (const e of out) if (e.described && !/\s/.test(e.headline)) e.headline = e.described;
  return out;
}

/**
 * "his ", "their first ": an owner's word and up to two before the noun it owns (not after "the
 * end of", whose time is the ending's: "declared the end of its first outbreak in December").
 */
const OWNED_OCCURRENCE = String.raw`(?<!\bthe\s+end\s+of\s+)\b(?:his|her|their|its)\s+(?:[\p{L}-]+\s+){0,2}`;
/** "his summit in ", "their talks on ": an occurrence someone owns, before the time it names. */
const OWNED_OCCURRENCE_BEFORE = new RegExp(
  String.raw`${OWNED_OCCURRENCE}(?:${OCCURRENCE_NOUNS})\s+(?:in|on)\s+$`,
  'iu',
);
/**
 * "in response to its nuclear test ", "after their summit in ": the same before a time that a
 * plan names, with or without a preposition (a plan is not done at what it answers).
 */
const OWNED_OCCURRENCE_BEFORE_PLAN = new RegExp(
  String.raw`${OWNED_OCCURRENCE}(?:${OCCURRENCE_NOUNS}|test)\s+(?:(?:in|on)\s+)?$`,
  'iu',
);

/**
 * Whether `t`, after the plan's words from `from`, is the time gone by of an occurrence someone
 * owns that the plan answers ("would halt operations in response to the North's rocket launch
 * and its nuclear test last month"); a time ahead stays the plan's own ("to mark the 25th
 * anniversary of their first summit on June 15 next year").
 */
function answeredTime(text: string, from: number, t: Timex, published: string | null): boolean {
  return (
    !!published &&
    (timexToDate(t)?.end ?? published) < published &&
    OWNED_OCCURRENCE_BEFORE_PLAN.test(text.slice(from, t.start))
  );
}

/**
 * "cancelled", "called off", "postponing": the verbs that call off an occurrence (what they
 * take is none of the sentence's day).
 */
const CALLING_OFF = String.raw`(?:annull?|cancell?|postpon|scrapp)(?:ed|ing)|(?:called|calling|put|putting)\s+off`;
/**
 * "annulled", "suspended": a verb that calls off its object or undoes or halts one already held
 * ("overturned"), ending a clause's words.
 */
const UNDOING_VERB = new RegExp(
  String.raw`\b(?:${CALLING_OFF}|suspended|overturned|invalidated|voided|delayed)$`,
);
/** " was revenge for", " was in retaliation for", " is a response to": what answers another. */
const ANSWER_AFTER =
  /^\s+(?:was|is|were|are)\s+(?:(?:an?|in)\s+)?(?:\p{Ll}+\s+)?(?:revenge|retaliation|response|reprisal|punishment|reply)\s+(?:for|to)\b/u;
/** "called off a planned summit with", "cancelled the": such a verb right before its object. */
const UNDONE_BEFORE = new RegExp(
  String.raw`\b(?:${CALLING_OFF})\s+(?:(?:the|an?|its|his|her|their|this|next|planned|scheduled|proposed|upcoming)\s+){1,3}(?:[\p{L}\d-]+\s+){0,2}$`,
  'u',
);

/**
 * Whether a span overlaps one of the story's quotations (in text order, none inside another):
 * the last that starts before the span ends is the only one that can, found by bisection, as
 * a long story holds thousands.
 */
function inQuote(quoted: TextSpan[], span: TextSpan): boolean {
  const q = quoted[firstStartingFrom(quoted, span.end) - 1];
  return !!q && span.start < q.end;
}

/** Mentions of entities inside a span. */
export function mentionsIn(mentions: Mention[], span: TextSpan): Mention[] {
  return mentions.filter((m) => m.start >= span.start && m.end <= span.end);
}
