import * as chrono from 'chrono-node';
import type { TextSpan, TimexType } from '../../story/model.ts';
import {
  addDays,
  addMonths,
  type Day,
  fmtDay,
  fmtMonth,
  fmtWeek,
  fmtYear,
  parseIsoDay,
  weekday,
} from '../refiners/calendar.ts';
import { listGoesOn } from './clauses.ts';
import { withCompoundDurations } from './compound-durations.ts';
import {
  CALENDAR_NAMES,
  DAY_MADE_AFTER,
  DAY_MADE_BEFORE,
  durationValue,
  HOLIDAYS,
  MONTHS,
  NUM,
  ORDINALS,
  OWN_MONTH,
  quantity,
  SCHEDULED_SINGULAR,
  SCHEDULED_VERBS,
  UNIT_WORDS,
  unitOf,
  WEEKDAYS,
} from './timex-lexicon.ts';
import {
  CONTACT_RELATIVE_HEAD,
  HARM_VERB,
  INFINITIVE_DEADLINE,
  IRREGULAR_PARTICIPLES,
  IRREGULAR_PASTS,
  PLEDGE_VERB,
  PUT_OFF_VERB,
  WISH_DEADLINE,
} from './tokens.ts';

/** A time expression found in one sentence, before ids are given. */
export interface TimexCandidate extends TextSpan {
  type: TimexType;
  value: string;
  mod?: string;
}

interface Context {
  ref: Day | null;
  /** The sentence speaks of the future ("will", "next", "is to"), which decides bare weekdays. */
  future: boolean;
  /** The clause around the expression is in the past ("met", "was"). */
  past: boolean;
  /** The day is a plan's that was told undone or overtaken, before or after the report. */
  nearest?: boolean;
}

interface Resolved {
  type: TimexType;
  value: string;
  mod?: string;
  /** Characters to leave out at the start of the match (a preposition). */
  start?: number;
  /** Characters to leave out at the end of the match (negative) or to take in after it. */
  end?: number;
}

interface Rule {
  re: RegExp;
  resolve(m: RegExpExecArray, ctx: Context): Resolved | null;
}

const MONTH_WORDS =
  'january|february|march|april|may|june|july|august|september|october|november|december|jan\\.?|feb\\.?|mar\\.?|apr\\.?|jun\\.?|jul\\.?|aug\\.?|sept?\\.?|oct\\.?|nov\\.?|dec\\.?';
const WEEKDAY_WORDS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';
/**
 * "would have won": a modal's perfect looks back; "would have access to their money on Monday",
 * where "have" owns a noun, still looks ahead.
 */
const PERFECT_HAVE = String.raw`have\s+(?:(?:[a-z]+ly|already|never|not)\s+)?(?:been|had|gone|done|seen|come|become|known|[a-z]+ed|${IRREGULAR_PARTICIPLES})\b`;
/** "a state of emergency imposed": a past participle right after the noun it qualifies. */
const NOUN_PARTICIPLE = String.raw`\b(?!(?:be|been|being|is|are|was|were|will|would|to|has|have|had|not|it|they|he|she|who|which|that)\s)\p{Ll}{2,}\s+(?:\p{Ll}{3,}ed|${IRREGULAR_PARTICIPLES})`;
/** "a state of emergency imposed ": such a participle at the end. */
const NOUN_PARTICIPLE_END = new RegExp(String.raw`${NOUN_PARTICIPLE}\s*$`, 'u');
/** "areas hit by the ": such a participle, then its agent's article. */
const NOUN_PARTICIPLE_BY = new RegExp(
  String.raw`${NOUN_PARTICIPLE}\s+by\s+(?:the|an?|its|their|this|last)\s+$`,
  'u',
);
/**
 * "acquit", "impeach": what a vote or a decision does by itself ("voted to acquit him on
 * Wednesday" is Wednesday's vote, not a deed ahead of it).
 */
const VERDICT_VERB =
  'acquit|convict|impeach|oust|remove|reject|approve|ratify|expel|censure|uphold|overturn|dismiss|suspend';
/**
 * Words that put a clause ahead, also the present of a scheduled occurrence: "The court meets
 * on Monday", "Netanyahu and Arafat meet separately Monday" (not "to meet demand").
 */
export const FUTURE_CUE = new RegExp(
  String.raw`\b(?:will(?![-‐])|won['’]t|shall|'ll|would(?! ${PERFECT_HAVE})|must(?! ${PERFECT_HAVE})|might(?! ${PERFECT_HAVE})|could(?! ${PERFECT_HAVE}| not|n['’]t)|can(?:not)? be (?:[a-z]+ed|held|made|won|seen|built|done)\b|(?<=\b(?:so|that|they|she|he|we|it|I|[a-z]{3,}s)\s+)can (?!have\b)[a-z]+\b|(?<!\b(?:was|were|been) )due (?=(?:by|in|on|before)\s*$)|going to|setting up|sets up|(?:is|are) (?:to|due|set|expected|scheduled|slated)|(?<!\b(?:was|were|been) )(?:expected|due|set|scheduled|slated|likely) to|(?:scheduled|slated|set|planned) for|(?:agreed?|agrees)(?: \w+){0,2} to (?!(?:have|buy|acquire|purchase|sell|pay|settle|merge)\b)|(?:${PLEDGE_VERB})(?: \w+){0,2} to (?!have\b)(?!(?<=\b(?:voted|decided)(?: \w+){0,2} to )(?:${VERDICT_VERB})\b)|(?:agreement|deal|accord|proposal) to (?!have\b)|(?:hopes?|aims?|intends?|seeks?) to (?!have\b)|still (?:needs|requires|awaits)|awaits?|(?:is|are) (?=on\s*$)|(?<!\b(?:a|an|the|its|their|his|her|our|this|that|new)\s(?:[a-z-]+\s)?)plans? to|planned|plan(?:s|ning) an? |prepar(?:es|ing) to|upcoming|coming|next(?! to\b)|later this|from now|tomorrow|expects?|forecasts?|predicts?|${SCHEDULED_SINGULAR}|testifies|takes office|(?:go|goes|head|heads) to the polls|goes on trial|turns \d+\b|(?:takes|goes into|comes into) (?:effect|force)|expires|(?:starting|beginning|effective)(?=(?:\s+on)?\s*$)|to (?:take|come into) (?:effect|force)|(?<!\b(?:to|will|would|can|could|may|might|must|should|shall|did|do|does|not|never)\s+(?:\w+ly\s+)?)(?:${SCHEDULED_VERBS})(?=\s+(?:\w+ly\s+)?(?:on\s+)?(?:${WEEKDAY_WORDS}|next|this|later|in|at|on|with|for)\b))\b`,
  'i',
);
/** "2240 GMT", "0600 local time": hours and minutes, then what says it is a clock. */
const CLOCK24 = String.raw`([01]\d|2[0-3])([0-5]\d)\s+(?:GMT|UTC|local time|[ECMP][SD]T|BST|CES?T|KST|JST)\b`;
const YEAR = '(?:1[5-9]\\d\\d|20\\d\\d)';
/** How many days before a feast its festivities may already be told in the past. */
const FESTIVE_DAYS = 7;

/**
 * The day of the feast a match names (group 2; its year, group 3), on the side its clause
 * points to.
 */
function holidayOn(m: RegExpExecArray, { ref, future, past }: Context): Resolved | null {
  const name = (m[2] ?? '').toLowerCase();
  const holiday = HOLIDAYS.find((h) => new RegExp(`^(?:${h.pattern})$`, 'i').test(name));
  if (!holiday) return null;
  if (m[3]) return { type: 'DATE', value: fmtDay(holiday.on(Number(m[3]))) };
  if (!ref) {
    // (A movable feast has no day of its own without a year.)
    const a = holiday.on(2001);
    const b = holiday.on(2002);
    return {
      type: 'DATE',
      value:
        a.m === b.m && a.d === b.d
          ? `XXXX-${String(a.m).padStart(2, '0')}-${String(a.d).padStart(2, '0')}`
          : 'XXXX',
    };
  }
  // The nearest occurrence: New Year in early January is the one just past; the nearest
  // on the side the clause's tense points to ("died during Halloween celebrations", told
  // early in October, is last year's), but for the week before a feast, when its festivities
  // already run ("killed during Halloween festivities on Saturday night", told on Oct. 30).
  const candidates = [ref.y - 1, ref.y, ref.y + 1].map(holiday.on);
  const dist = (d: Day) => (d.y - ref.y) * 372 + (d.m - ref.m) * 31 + (d.d - ref.d);
  // ("are due to trade on Wednesday after the New Year holiday", told on Jan. 2: what comes
  // after a feast may come after the one just gone.)
  const after = /\b(?:after|following)\s+(?:the\s+)?$/i.test(
    m.input?.slice(Math.max(0, (m.index ?? 0) - 16), m.index) ?? '',
  );
  const best = candidates
    .filter((d) =>
      future ? dist(d) >= (after ? -FESTIVE_DAYS : 0) : past ? dist(d) <= FESTIVE_DAYS : true,
    )
    .sort((a, b) => Math.abs(dist(a)) - Math.abs(dist(b)))[0];
  return best ? { type: 'DATE', value: fmtDay(best) } : null;
}
/**
 * The year a bare season is in, from the year of publication: "will go out in the spring", told
 * in June, is next spring; "rallied in the summer", told in March, last summer. (Winter, which
 * spans two years, is next year's once autumn has come.)
 */
function seasonShift(season: string, ref: Day, future: boolean, past: boolean): number {
  const months = SEASON_MONTHS[season];
  if (!months) return future && ref.m > 8 ? 1 : 0;
  if (future && ref.m > months[1]) return 1;
  if (past && !future && ref.m < months[0]) return -1;
  return 0;
}

const SEASONS: Record<string, string> = {
  spring: 'SP',
  summer: 'SU',
  fall: 'FA',
  autumn: 'FA',
  winter: 'WI',
};
const PARTS: Record<string, string> = {
  morning: 'MO',
  afternoon: 'AF',
  evening: 'EV',
  night: 'NI',
  tonight: 'NI',
  // "Friday noon", "Sunday midnight": a clock word after a day is its hour (midnight ends the
  // day: T24:00, as ISO 8601 and TIMEX3 write it).
  noon: '12:00',
  midday: '12:00',
  midnight: '24:00',
};
const MODS: Record<string, string> = {
  'more than': 'MORE_THAN',
  over: 'MORE_THAN',
  'longer than': 'MORE_THAN',
  'less than': 'LESS_THAN',
  under: 'LESS_THAN',
  'fewer than': 'LESS_THAN',
  nearly: 'LESS_THAN',
  almost: 'LESS_THAN',
  'at least': 'EQUAL_OR_MORE',
  'up to': 'EQUAL_OR_LESS',
  'at most': 'EQUAL_OR_LESS',
  about: 'APPROX',
  around: 'APPROX',
  roughly: 'APPROX',
  approximately: 'APPROX',
  some: 'APPROX',
  'close to': 'APPROX',
};
const MOD_WORDS = Object.keys(MODS)
  .sort((a, b) => b.length - a.length)
  .join('|');
const EDGE: Record<string, string> = {
  early: 'START',
  'the beginning of': 'START',
  'the start of': 'START',
  'the end of': 'END',
  late: 'END',
  mid: 'MID',
  'mid-': 'MID',
  'the middle of': 'MID',
};

/** Values a document-level pass resolves: the quarter in focus, and the same period a year before. */
export const FOCUS_QUARTER = 'FOCUS_QUARTER';
export const FOCUS_YEAR_BEFORE = 'FOCUS_YEAR_BEFORE';
/** "that year", "that month": the year or month the story named last (resolved by a refiner). */
export const THAT_YEAR = 'THAT_YEAR';
export const THAT_MONTH = 'THAT_MONTH';
/** Values the same pass resolves from the day the story named last: "the next day". */
export const DAY_AFTER = 'DAY_AFTER';
export const DAY_BEFORE = 'DAY_BEFORE';
/** "later in the day": the day the story named last. */
export const SAME_DAY = 'SAME_DAY';
/** What a number counts when it is not a year: "1,500 people", "nineteen ninety-seven people". */
const COUNTED =
  '(?:percent|per cent|people|points|votes|shares|tons|tonnes|feet|metres|meters|km|miles|cases|deaths|units)\\b';
const SPOKEN_TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
/** A noun after "a second": the word is the ordinal ("a second group"), not the unit. */
const ORDINAL_NOUN_AFTER =
  /^ (?!(?:or|and|later|earlier|before|after|ago|of|to|in|on|at|for|the|then|longer|more)\b)\p{Ll}/u;
/** "held over ", "spread over ": a verb of spreading a thing across a span, before "over". */
const SPREAD_BEFORE =
  /\b(?:held|spread|stretched|staggered|spaced|conducted|phased\s+in|split|paid|repaid|divided|carried\s+out|took\s+place|taking\s+place|run|ran|played|fought)\s+$/i;
/**
 * "One bomb fell on the port, and a second on the town": after "and" or a comma, "a second"
 * with a place or a time of its own is the next of a list, not one second.
 */
const ORDINAL_IN_LIST = /(?:\band|,) $/;
const UNIT_AFTER = /^ (?:or|and|later|earlier|before|after|ago|longer|more)\b|^[.,;]/;
const SPOKEN_UNITS = 'one|two|three|four|five|six|seven|eight|nine';

const monthNumber = (w: string) => MONTHS[w.toLowerCase().replace(/\.$/, '')] ?? 0;

/** Whether a month and day come after the reference day in its year. */
const isAfter = (month: number, day: number, ref: Day) =>
  month > ref.m || (month === ref.m && day > ref.d);

/**
 * Year of a month or day (0 for a whole month) named without one: past unless the sentence
 * looks ahead, and the month of publication is still ahead in part ("will stay shut until the
 * end of May", in May).
 */
function yearFor(ref: Day, month: number, day: number, future: boolean, past = false): number {
  const later = isAfter(month, day || 1, ref);
  if (future) return later || (month === ref.m && (day === 0 || day === ref.d)) ? ref.y : ref.y + 1;
  // News mostly reports the recent past, but a month or two ahead is usually a plan, also
  // across the new year ("January" in a November story is the coming one).
  // Later this month or next month is the coming one whatever the verbs say ("extended to
  // Nov. 20" on 2 November); two months ahead, a past verb in the clause makes it last year's.
  const ahead = (month - ref.m + 12) % 12;
  if ((ahead === 0 && later) || ahead === 1 || (ahead === 2 && !past))
    return later ? ref.y : ref.y + 1;
  return later ? ref.y - 1 : ref.y;
}

/**
 * A verb in the past, not an auxiliary: "raised", "fell", "took" (not "Red", "need", "hundred",
 * "United": words in -ed that are no past).
 */
export const PAST_WORD = String.raw`(?!(?:need|feed|speed|seed|bleed|breed|proceed|exceed|succeed|indeed|hundred|sacred|kindred|naked|wicked|embed|shed)\b)(?=[a-z])\w{2,}ed|left|saw|told|fell|rose|bought|knew|${IRREGULAR_PASTS}`;

/** "raised rates in ", "fell 5% during ": a past verb, a few words, then the month's preposition. */
const PAST_VERB_IN = new RegExp(
  String.raw`\b(?<!\b(?:to|be|been|being)\s)(?:${PAST_WORD})\s+(?:[\p{L}\d%.,$-]+\s+){0,4}(?:in|during)\s+$`,
  'u',
);

/** "resigned on ", "was killed early on ": a past verb, then the preposition of a day. */
const PAST_VERB_ON = new RegExp(
  String.raw`\b(?<!\b(?:to|be|been|being)\s)(?:${PAST_WORD})\s+(?:(?:early|late)\s+)?on\s+$`,
  'u',
);

/**
 * The nth quarter or half of the year written, else of the reference year, or of the year
 * before when it is still to come and the clause does not look ahead.
 */
function periodOfYear(
  written: string | undefined,
  ref: Day | null,
  future: boolean,
  n: number,
  isQuarter: boolean,
): { type: 'DATE'; value: string } {
  let year = written ? Number(written) : ref?.y;
  if (year === undefined) return { type: 'DATE', value: 'XXXX' };
  if (!written && ref && !future) {
    const current = isQuarter ? Math.ceil(ref.m / 3) : Math.ceil(ref.m / 6);
    if (n > current) year -= 1;
  }
  return { type: 'DATE', value: `${fmtYear(year)}-${isQuarter ? 'Q' : 'H'}${n}` };
}

/** Words of a game, whose halves and quarters are not the year's. */
const GAME_WORDS =
  /\b(?:scored?|scoring|goals?|halftime|half-time|penalty|kick-?off|touchdowns?|innings|points? lead|led \d+-\d+|equali[sz]ed|equali[sz]er|minute\b|chances|shots? on|saves|corners?|header|free[- ]kick|(?:yellow|red) cards?|substitut\w*|match|game|possession|whistle)/i;

/** "last" as an adjective, not the verb after a modal or "to" ("could last two years"). */
const VERB_LAST = '(?<!\\b(?:will|would|could|may|might|can|should|must|to|not|did|does|do) )last';
/**
 * "two and a half years", "a year and a half", "a two-and-a-half-year sentence", "3 1/2 hours",
 * "2½ years": the half counts, as in "2.5 years".
 */
const AND_A_HALF = '(?:[ -]and[ -]a[ -]half|(?<=\\d)(?: 1/2|½))?';
/** "three more weeks", "two straight days": a word between a count and its unit. */
const COUNT_ADJECTIVE =
  '(?:more|additional|further|extra|straight|consecutive|full|difficult|tough|hard)';
function halved(m: RegExpMatchArray, n: number | null): number | null {
  return n !== null && /[ -]and[ -]a[ -]half\b|\d(?: 1\/2|½)/i.test(m[0]) ? n + 0.5 : n;
}

/** "more than two and a half years": a count of units, maybe bounded. */
const COUNT = `(?:(${MOD_WORDS}) )?(${NUM})${AND_A_HALF}[ -](${UNIT_WORDS})${AND_A_HALF}`;
/** "three years ago", "two days later": a count of units, and which way it counts. */
const COUNTED_SHIFT = `\\b${COUNT} (ago(?: this month)?|earlier|before|later|after|from now|hence)\\b`;

function countedShift(m: RegExpMatchArray, ref: Day | null): Resolved | null {
  const n = halved(m, quantity(m[2] ?? ''));
  const back = /ago|earlier|before/i.test(m[4] ?? '');
  // "more than two years ago" lies before the date two years back; "less than" after it.
  const bound = MODS[(m[1] ?? '').toLowerCase()];
  const mod =
    bound === 'MORE_THAN'
      ? back
        ? 'BEFORE'
        : 'AFTER'
      : bound === 'LESS_THAN'
        ? back
          ? 'AFTER'
          : 'BEFORE'
        : bound;
  const extra = mod ? { mod } : {};
  if (n === null) return { type: 'DATE', value: back ? 'PAST_REF' : 'FUTURE_REF', ...extra };
  if (!ref) return { type: 'DATE', value: 'XXXX', ...extra };
  // "two and a half years ago" is thirty months back, in months.
  const unit = unitOf(m[3] ?? '');
  const value =
    Number.isInteger(n) || unit !== 'year'
      ? shiftUnit(ref, unit, Math.round(back ? -n : n))
      : shiftUnit(ref, 'month', 12 * (back ? -n : n));
  // ("20 years ago this month": the month of the year counted back to.)
  if (value && unit === 'year' && / this month$/i.test(m[4] ?? '') && /^\d{4}$/.test(value))
    return { type: 'DATE', value: fmtMonth(Number(value), ref.m), ...extra };
  // ("10,000 years ago": a time before year one is only in the past.)
  if (!value && back && /^(?:year|decade|century)$/.test(unit))
    return { type: 'DATE', value: 'PAST_REF', ...extra };
  return value ? { type: 'DATE', value, ...extra } : null;
}

/** " than" after "earlier" or "later": a comparison, whose count says how far, not when. */
const THAN_NEXT = /^\s+than\b/;
/** " this year" after "earlier": the period "earlier" is a part of, not a count's direction. */
const PERIOD = String.raw`\s+(?:this|that|in\s+the)\s+(?:year|month|week|day)\b`;
const PERIOD_NEXT = new RegExp(`^${PERIOD}`, 'i');
const EARLIER_IN_PERIOD = new RegExp(String.raw`\s(?:earlier|later)${PERIOD}`, 'i');

/** A count that the story counts from the date it named last ("a year earlier"). */
const COUNTED_FROM_THEN = new RegExp(`^${COUNT} (earlier|later)$`, 'i');
const NEXT_FROM_THEN = /^the (following|next|previous|preceding) (week|month|year)$/i;
/** The preposition before "the next year" that makes it a span: "over the next year". */
const SPAN_BEFORE =
  /\b(?:over|in|within|for|during|throughout|through|into|of|across|until|till)\s+$/i;
const FINEST: Record<'day' | 'month' | 'year', RegExp> = {
  day: /./,
  month: /^(?:month|quarter|year|decade|century)$/,
  year: /^(?:year|decade|century)$/,
};

/**
 * "A second bomb was dropped three days later", "the following year": the value of a count
 * "later" or "earlier", or of the next or the last unit, from a date the story named before
 * it (`from`, known to `precision`) rather than from the day of publication; null when the
 * words are no such count or count finer than that date.
 */
export function countedFrom(
  words: string,
  from: Day,
  precision: 'day' | 'month' | 'year',
): string | null {
  // ("a secret trip in 1971 ... the following year": one unit from it.)
  const next = NEXT_FROM_THEN.exec(words);
  if (next?.[1] && next[2]) {
    const unit = next[2].toLowerCase();
    if (!FINEST[precision].test(unit)) return null;
    return shiftUnit(from, unit, /following|next/i.test(next[1]) ? 1 : -1);
  }
  const m = COUNTED_FROM_THEN.exec(words);
  if (!m || !FINEST[precision].test(unitOf(m[3] ?? ''))) return null;
  const t = countedShift(m, from);
  return t && /^\d{4}/.test(t.value) ? t.value : null;
}

/** "three days later", "the following month": a count onward from a date the story named. */
export function countsOnward(words: string): boolean {
  const next = NEXT_FROM_THEN.exec(words);
  if (next) return /following|next/i.test(next[1] ?? '');
  return /\blater$/i.test(words) && COUNTED_FROM_THEN.test(words);
}

function shiftUnit(ref: Day, unit: string, n: number): string | null {
  switch (unit) {
    case 'day':
    case 'night':
      return fmtDay(addDays(ref, n));
    case 'week':
    case 'fortnight':
      return fmtWeek(addDays(ref, 7 * n * (unit === 'fortnight' ? 2 : 1)));
    case 'weekend':
      return `${fmtWeek(addDays(ref, 7 * n))}-WE`;
    case 'month': {
      const d = addMonths(ref, n);
      return fmtMonth(d.y, d.m);
    }
    case 'quarter': {
      const d = addMonths(ref, 3 * n);
      return `${fmtYear(d.y)}-Q${Math.ceil(d.m / 3)}`;
    }
    // (Not before year one, which no calendar value writes: "10,000 years ago".)
    case 'year':
      return ref.y + n >= 1 ? fmtYear(ref.y + n) : null;
    case 'decade':
      return Math.floor(ref.y / 10) + n >= 1 ? String(Math.floor(ref.y / 10) + n) : null;
    case 'century':
      return Math.floor(ref.y / 100) + n >= 1 ? String(Math.floor(ref.y / 100) + n) : null;
    default:
      return null;
  }
}

/** A weekday of no known week in TIMEX3 ("XXXX-WXX-1" for Monday; Sunday is day 7). */
const anyWeek = (wd: number) => `XXXX-WXX-${wd === 0 ? 7 : wd}`;

function weekdayDate(
  ref: Day,
  target: number,
  relation: string,
  future: boolean,
  nearest = false,
): Day {
  const today = weekday(ref);
  const ahead = (target - today + 7) % 7;
  const behind = (today - target + 7) % 7;
  switch (relation) {
    case 'next':
    case 'coming':
      return addDays(ref, ahead === 0 ? 7 : ahead);
    case 'last':
    case 'past':
    case 'previous':
      return addDays(ref, -(behind === 0 ? 7 : behind));
    case 'this':
      return addDays(
        ref,
        target === 0 ? 7 - ((today + 6) % 7) - 1 : target - ((today + 6) % 7) - 1,
      );
    default:
      if (nearest) return ahead <= behind ? addDays(ref, ahead) : addDays(ref, -behind);
      return future ? addDays(ref, ahead) : addDays(ref, -behind);
  }
}

/** The first and last months of the seasons that lie within one year. */
const SEASON_MONTHS: Record<string, [number, number]> = { SP: [3, 5], SU: [6, 8], FA: [9, 11] };
const OFFSET: Record<string, number> = {
  this: 0,
  current: 0,
  next: 1,
  coming: 1,
  following: 1,
  last: -1,
  past: -1,
  previous: -1,
  'the same': 0,
};

const rules: Rule[] = [
  // "30,000 vehicles a day", "$33 million a year": an amount's rate is a set (TimeML's
  // "a year" in "fifty thousand CDs a year"), not a length of time. (First: it beats the
  // length the duration rules read in the same words.)
  {
    re: /(?=an?\s+(?:hour|day|week|month|year)\b)(?<=(?:\d|\b(?:hundred|thousand|million|billion|trillion|dozen))(?:[\d,.]*|\s+(?:thousand|million|billion|trillion))\s+(?:(?!(?:for|in|within|over|after|before|of|about|than|once|twice|times|per|every|each|nearly|almost|around|last|next|this|that|the|half|only|just|least|more|less)\s)[a-z-]+\s+){1,3})an?\s+(hour|day|week|month|year)\b(?!\s+(?:earlier|ago|later|before|after|or|and|old|from|since)\b|[-‐])/gi,
    resolve(m) {
      return { type: 'SET', value: durationValue(1, unitOf((m[1] ?? '').toLowerCase())) };
    },
  },
  // "three years ago", "a week earlier", "two days later"
  {
    re: new RegExp(COUNTED_SHIFT, 'gi'),
    resolve(m, { ref }) {
      // ("six months earlier than planned" is how far, not when: a comparison's measure.)
      // (Nor "for five weeks earlier this year": a length, and "earlier this year" its time.)
      const rest = m.input?.slice((m.index ?? 0) + m[0].length) ?? '';
      const compared =
        /^(?:earlier|later)$/i.test(m[4] ?? '') && (THAN_NEXT.test(rest) || PERIOD_NEXT.test(rest));
      // ("struck the same region about nine hours later": a count of hours from a time the
      // story does not give to the hour is how far, as after "after".)
      const clock = /^(?:hours?|minutes?|seconds?)$/i.test(m[3] ?? '');
      // ("less than a minute after take-off": the bound is the length's.)
      const mod = MODS[(m[1] ?? '').toLowerCase()];
      if (/^(?:after|before)$/i.test(m[4] ?? '') || compared || clock)
        return {
          type: 'DURATION',
          value: durationValue(halved(m, quantity(m[2] ?? '')), unitOf(m[3] ?? '')),
          ...(mod ? { mod } : {}),
          end: -(m[4] ?? '').length - 1,
        };
      return countedShift(m, ref);
    },
  },
  // "the past three years", "the next two weeks", "more than two years", "a decade", "three
  // more weeks" ("could
  // last two years" is a verb and its duration; "over the
  // past two weeks": "over" before "the" is a preposition, no modifier, and no part of it)
  {
    re: new RegExp(
      `\\b(?:(?!over the )(${MOD_WORDS}) )?(?:(?:the|a|an) )?(?:(?:past|${VERB_LAST}|previous|next|coming|first|final|following|recent) (?!an? ))?(${NUM})${AND_A_HALF}[ -](?:${COUNT_ADJECTIVE} ){0,2}(${UNIT_WORDS})${AND_A_HALF}(?![ -](?:old|ago|earlier|before|later|after|from now|hence)\\b)\\b`,
      'gi',
    ),
    resolve(m) {
      const unit = unitOf(m[3] ?? '');
      if (unit === 'weekend') return null;
      // "by a quarter-point", "a quarter of the vote": a fraction, not three months.
      const after = m.input?.slice((m.index ?? 0) + m[0].length) ?? '';
      if (unit === 'quarter' && /^(?:[ -](?:point|percentage|of)\b|s?\s+of\b)/i.test(after))
        return null;
      // "could one day be used", "hopes one day to return": some time to come, not a day long.
      if (
        unit === 'day' &&
        /^one day$/i.test(m[0]) &&
        (/\b(?:could|might|may|will|would|can|shall|should|must|hopes?|hoped|wants?|wanted|dreams?|dreamed)\s+$/i.test(
          m.input?.slice(Math.max(0, (m.index ?? 0) - 10), m.index) ?? '',
        ) ||
          /^,?\s+(?:be|to|become|return|see|win|make|go|come|have|take)\b/i.test(after))
      )
        return null;
      // "a second group", "for a second time": the ordinal before a noun, not one second.
      if (
        /^an?$/i.test(m[2] ?? '') &&
        unit === 'second' &&
        // ("a second-floor window", "a second-round vote": the ordinal of a compound.)
        (ORDINAL_NOUN_AFTER.test(after) ||
          // ("A second, smaller tremor followed": and before a comparative set off by commas.)
          /^,\s+(?:\p{Ll}{3,}er|more\s+\p{Ll}+|less\s+\p{Ll}+)\s+\p{Ll}/u.test(after) ||
          /^[-‐](?!long\b)\p{L}/u.test(after) ||
          (ORDINAL_IN_LIST.test(m.input?.slice(0, m.index) ?? '') && !UNIT_AFTER.test(after)))
      )
        return null;
      // ("a weeks-long standoff": "a" is the standoff's article, and the count unknown.)
      const plural = /^an?$/i.test(m[2] ?? '') && /s$/i.test(m[3] ?? '');
      const n = plural ? null : halved(m, quantity(m[2] ?? ''));
      // ("under a four-day truce": a preposition and the truce's article, no modifier.)
      const framed = m[1] ? /^\D+? (?:the|an?) (?=[^ -]+-)/i.exec(m[0]) : null;
      // ("a vote held over three days": "over" after a verb of spreading is the span's
      // preposition, no "more than".)
      const spread =
        /^over$/i.test(m[1] ?? '') && SPREAD_BEFORE.test(m.input?.slice(0, m.index) ?? '');
      const mod = m[1] && !framed && !spread ? MODS[m[1].toLowerCase()] : undefined;
      // "a six-month trial": the article is the trial's; the expression is "six-month"; and
      // "a week-long truce" is "week-long".
      const long = /^-long\b/.test(after);
      const article = m[1]
        ? framed
        : long && /^an? \S+$/i.test(m[0])
          ? /^an? /i.exec(m[0])
          : /^(?:the|an?) (?=[^ -]+-)/i.exec(m[0]);
      return {
        type: 'DURATION',
        value: durationValue(n, unit),
        ...(mod ? { mod } : {}),
        ...(article ? { start: article[0].length } : spread ? { start: 'over '.length } : {}),
        ...(long ? { end: 5 } : {}),
      };
    },
  },
  // "the next 12 to 18 months", "two to three years": a range is a duration of unknown length
  {
    re: new RegExp(
      `\\b(?:(?:the|a|an) )?(?:(?:past|last|previous|next|coming|following) )?(?:${NUM}) (?:to|or) (?:${NUM})[ -](${UNIT_WORDS})\\b`,
      'gi',
    ),
    resolve(m) {
      const unit = unitOf(m[1] ?? '');
      if (unit === 'weekend') return null;
      return { type: 'DURATION', value: durationValue(null, unit) };
    },
  },
  // "for years", "over decades", "years of": a duration of unknown length
  {
    re: /(?<=\b(?:for|over|after|within|in|take|took|lasted?) (?:the )?(?:past |last )?)(years|months|weeks|days|decades|hours|centuries)\b/gi,
    resolve(m) {
      return { type: 'DURATION', value: durationValue(null, unitOf(m[1] ?? '')) };
    },
  },
  // "the past year" (a stretch of time), "last year", "next month", "this week", "next Monday",
  // "this past weekend" (the weekend gone, "this" a word of it)
  {
    re: new RegExp(
      `\\b(?:this (?=past\\b))?(the )?(this|next|last|past|previous|coming|current|following)( (?:fiscal |calendar )?(?:week|weekend|month|quarter|year|decade|century|${WEEKDAY_WORDS}|${MONTH_WORDS.replace(/\\\\\.\?/g, '')}|spring|summer|fall|autumn|winter))\\b`,
      'gi',
    ),
    resolve(m, { ref, future }) {
      let rel = (m[2] ?? '').toLowerCase();
      const word = (m[3] ?? '')
        .trim()
        .toLowerCase()
        .replace(/^(?:fiscal|calendar) /, '');
      // ("was elected president the next year": with no preposition of a span before it, "the
      // next year" is the one after, as "the following year"; "over the next year" is a span.)
      if (
        m[1] &&
        rel === 'next' &&
        !SPAN_BEFORE.test(m.input.slice(Math.max(0, m.index - 30), m.index))
      )
        rel = 'following';
      if (
        m[1] &&
        ['past', 'last', 'next', 'coming', 'previous', 'following'].includes(rel) &&
        word in { week: 1, month: 1, year: 1, decade: 1, century: 1, quarter: 1 }
      ) {
        if (rel === 'previous' || rel === 'following') {
          if (!ref) return { type: 'DATE', value: 'XXXX' };
          const v = shiftUnit(ref, word, rel === 'previous' ? -1 : 1);
          return v ? { type: 'DATE', value: v } : null;
        }
        return { type: 'DURATION', value: durationValue(1, word) };
      }
      if (!ref) return { type: 'DATE', value: 'XXXX' };
      // ("is expected to visit later this week", told on a Sunday: the ISO week ends that day,
      // so what comes later in it is in the week to come.)
      const later =
        rel === 'this' &&
        word === 'week' &&
        weekday(ref) === 0 &&
        /\blater\s+$/i.test(m.input.slice(Math.max(0, m.index - 6), m.index));
      const off = later ? 1 : (OFFSET[rel] ?? 0);
      if (word in WEEKDAYS) {
        return { type: 'DATE', value: fmtDay(weekdayDate(ref, WEEKDAYS[word] ?? 0, rel, future)) };
      }
      if (word in SEASONS) {
        // ("the next Summer Games": a capitalised season that opens a name.)
        if (
          /^ \p{Lu}/u.test(m[3] ?? '') &&
          /^ \p{Lu}/u.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 2))
        )
          return null;
        // ("next fall" in January is this year's, "last summer" in October too: the nearest
        // season of the name to come or gone; a winter spans two years, and keeps the offset.)
        const months = SEASON_MONTHS[SEASONS[word] ?? ''];
        const year = !months
          ? ref.y + off
          : off > 0
            ? ref.y + (ref.m < months[0] ? 0 : 1)
            : off < 0
              ? ref.y - (ref.m > months[1] ? 0 : 1)
              : ref.y;
        return { type: 'DATE', value: `${fmtYear(year)}-${SEASONS[word]}` };
      }
      const month = monthNumber(word);
      if (month) {
        const y =
          off === 0
            ? ref.y
            : off > 0
              ? month > ref.m
                ? ref.y
                : ref.y + 1
              : month < ref.m
                ? ref.y
                : ref.y - 1;
        return { type: 'DATE', value: fmtMonth(y, month) };
      }
      const value = shiftUnit(ref, word, off);
      return value ? { type: 'DATE', value } : null;
    },
  },
  // today, yesterday, tonight, this morning, last night, tomorrow evening
  {
    re: /\b(?:(yesterday|today|tomorrow|this|last|tonight)(?: (morning|afternoon|evening|night))?)\b/gi,
    resolve(m, { ref }) {
      const w = (m[1] ?? '').toLowerCase();
      const part = m[2]?.toLowerCase();
      if ((w === 'this' || w === 'last') && !part) return null;
      // ("NBC's Today show", "USA Today", "the Radio 4 Today programme": a title's word, in
      // quotation marks too, 'NBC's "Today" show'.)
      if (
        /^\p{Lu}/u.test(m[1] ?? '') &&
        !part &&
        (TITLE_BEFORE.test(m.input.slice(Math.max(0, m.index - 8), m.index)) ||
          TITLE_AFTER.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 12)))
      )
        return null;
      if (w === 'last' && part !== 'night') return null;
      if (!ref) return { type: 'DATE', value: 'XXXX-XX-XX' };
      const shift = w === 'yesterday' || w === 'last' ? -1 : w === 'tomorrow' ? 1 : 0;
      const day = fmtDay(addDays(ref, shift));
      if (w === 'tonight') return { type: 'TIME', value: `${day}TNI` };
      return part ? { type: 'TIME', value: `${day}T${PARTS[part]}` } : { type: 'DATE', value: day };
    },
  },
  // "signed it in the afternoon", "during the night": a part of the day the story is on (the
  // day refiner moves it to the day named last, as a clock time), before a place or a distance
  // too ("struck in the afternoon about 100 km to the north"); not "the morning of July 4",
  // whose day follows, nor "in the afternoon sun".
  {
    re: /\b(?:in|during|by|through(?:out)?|late in|early in) (the (?:(early|late|mid-?) ?)?(morning|afternoon|evening|night))\b(?!\s+(?:of|before|after)\b|\s+(?!(?:in|on|at|and|or|but|when|as|while|to|with|for|from|local|near|outside|inside|into|across|about|around|some|roughly|nearly|almost|off|along|over|by)\b)\p{Ll})/giu,
    resolve(m, { ref }) {
      const part = (m[3] ?? '').toLowerCase();
      // ("in the night" is a poem's; news says "during the night".)
      if (part === 'night' && !/^(?:during|through)/i.test(m[0])) return null;
      // ("in the early afternoon": the part's start, as TIMEX3's mod says.)
      const edge = (m[2] ?? '').toLowerCase().replace(/-$/, '');
      return {
        type: 'TIME',
        value: `${ref ? fmtDay(ref) : 'XXXX-XX-XX'}T${PARTS[part]}`,
        start: m[0].length - (m[1] ?? '').length,
        ...(edge ? { mod: edge === 'early' ? 'START' : edge === 'late' ? 'END' : 'MID' } : {}),
      };
    },
  },
  // now, currently, recently, the past, the future (not "previously" or "formerly": adverbs of
  // order that TimeML annotators leave out nearly always)
  {
    // (Not inside a hyphenated name: "Choi Soon-sil", "Park Sung-soon"; nor "as soon as", a
    // conjunction, but for "as soon as possible", a time of its own.)
    re: /(?<!\p{L}[-‐])\b(right now|now|currently|at present|presently|nowadays|these days|at the moment|recently|lately|in the past|the past|in the (?:near |foreseeable |distant )?future|the (?:near |foreseeable |distant )?future|the (?:near|short|long) term|as soon as possible|(?<!\bas\s)soon(?!\s+(?:after|afterwards?|thereafter|before)\b))\b(?![-‐]\p{L})/giu,
    resolve(m) {
      const w = (m[1] ?? '').toLowerCase();
      if (/past|recent|lately/.test(w)) return { type: 'DATE', value: 'PAST_REF' };
      if (/future|soon|term/.test(w)) return { type: 'DATE', value: 'FUTURE_REF' };
      return { type: 'DATE', value: 'PRESENT_REF' };
    },
  },
  // "the Lunar New Year holiday": a feast of the moon's calendar, whose day no rule of the sun's
  // gives, is only its year (the one whose January or February it falls in).
  {
    re: /\b(?:Lunar|Chinese|Vietnamese|Korean) New Year\b/g,
    resolve(_m, { ref }) {
      if (!ref) return { type: 'DATE', value: 'XXXX' };
      return { type: 'DATE', value: String(ref.m >= 7 ? ref.y + 1 : ref.y) };
    },
  },
  // Fixed holidays: "New Year", "Christmas Eve", and the eve of one: "the eve of the U.S.
  // Independence Day"
  {
    re: new RegExp(
      `\\b(the eve of (?:the )?(?:[A-Z][\\w.]*\\.? )?)?(${HOLIDAYS.map((h) => h.pattern).join('|')})(?:,? (${YEAR}))?\\b`,
      'gi',
    ),
    resolve(m, context) {
      const on = holidayOn(m, context);
      if (!m[1] || !on || !/^\d{4}-\d\d-\d\d$/.test(on.value)) return on;
      return { type: 'DATE', value: fmtDay(addDays(parseIsoDay(on.value) as Day, -1)) };
    },
  },
  // "the third quarter (of 1989)", "the first half of 2018"
  {
    re: new RegExp(
      `\\b(?:the )?(first|second|third|fourth|1st|2nd|3rd|4th|final|last)[ -](?:fiscal |calendar )?(quarter|half)(?:,? (?:of )?(?:fiscal )?(${YEAR})| of (next|last|this|the current|the previous|the following|the) (?:fiscal )?year)?\\b(?! of (?:${MONTH_WORDS}))`,
      'gi',
    ),
    resolve(m, { ref, future }) {
      const which = (m[1] ?? '').toLowerCase();
      const isQuarter = (m[2] ?? '').toLowerCase() === 'quarter';
      // "scored twice in the second half", "led 20-14 in the third quarter": a part of a game.
      if (!m[3] && !m[4] && GAME_WORDS.test(m.input ?? '')) return null;
      const n =
        which === 'final' || which === 'last' ? (isQuarter ? 4 : 2) : (ORDINALS[which] ?? 1);
      // ("the first half of next year": the year the words count from this one; "of the year"
      // is this one.)
      const shift = /next|following/i.test(m[4] ?? '')
        ? 1
        : /last|previous/i.test(m[4] ?? '')
          ? -1
          : 0;
      const year = m[4] && ref ? String(ref.y + shift) : m[3];
      return periodOfYear(year, ref, future, n, isQuarter);
    },
  },
  // "the June quarter", "the December quarter": the quarter that ends in that month.
  {
    re: new RegExp(
      `\\b(?:the )?(March|June|Sept?(?:ember)?\\.?|Dec(?:ember)?\\.?) quarter(?:,? (?:of )?(${YEAR}))?\\b`,
      'g',
    ),
    resolve(m, { ref, future }) {
      const last = monthNumber(m[1] ?? '');
      if (!last) return null;
      return periodOfYear(m[2], ref, future, last / 3, true);
    },
  },
  // "the April-June quarter", "the January-June period": the calendar quarter or half two
  // months bound, in the year the ordinal rule above would give it.
  {
    re: new RegExp(
      `\\b(?:the )?(${MONTH_WORDS})[-–](${MONTH_WORDS}) (?:quarter|period|half)(?:,? (?:of )?(${YEAR}))?\\b`,
      'gi',
    ),
    resolve(m, { ref, future }) {
      const first = monthNumber(m[1] ?? '');
      const last = monthNumber(m[2] ?? '');
      if (!first || !last || first % 3 !== 1) return null;
      const span = last - first + 1;
      const isQuarter = span === 3;
      if (!isQuarter && !(span === 6 && first % 6 === 1)) return null;
      return periodOfYear(
        m[3],
        ref,
        future,
        isQuarter ? (first + 2) / 3 : (first + 5) / 6,
        isQuarter,
      );
    },
  },
  // An ancient year: "AD 79", "79 AD", "44 BC", "the year 79", "October of the year 79" (a
  // year of one to four digits is no count only where an era or "the year" says so)
  {
    re: new RegExp(
      `\\b(?:(${MONTH_WORDS}) (?:of )?)?(?:the year (\\d{1,4})(?: ((?:A\\.D\\.|AD|B\\.C\\.(?:E\\.)?|BCE?|C\\.E\\.|CE)))?|(?:A\\.D\\.|AD) (\\d{1,4})|(\\d{1,4}) ((?:A\\.D\\.|AD|B\\.C\\.(?:E\\.)?|BCE?|C\\.E\\.|CE)))(?![\\p{L}\\d])`,
      'giu',
    ),
    resolve(m) {
      const year = Number(m[2] ?? m[4] ?? m[5]);
      const era = m[4] ? 'AD' : (m[3] ?? m[6] ?? '').replace(/\./g, '').toUpperCase();
      // ("the year 2000": a year of four digits is read by the rules of the calendar's years.)
      if (!year || (!era && (!m[2] || year >= 1000))) return null;
      const y = String(year).padStart(4, '0');
      const month = m[1] ? MONTHS[m[1].toLowerCase().replace(/\.$/, '')] : undefined;
      if (era.startsWith('B')) return { type: 'DATE', value: `BC${y}` };
      return { type: 'DATE', value: month ? `${y}-${String(month).padStart(2, '0')}` : y };
    },
  },
  // "the 1990s", "the early 2000s", "the '80s"
  {
    re: /\b(?:the )?(early |mid-|mid |late )?(1[5-9]|20)(\d)0['’]?s\b/gi,
    resolve(m) {
      const edge = m[1]?.trim().toLowerCase().replace(/-$/, '');
      return {
        type: 'DATE',
        value: `${m[2]}${m[3]}`,
        ...(edge ? { mod: EDGE[edge] ?? 'MID' } : {}),
      };
    },
  },
  // "the 20th century", "the late 19th century" (the edge sits after "the", so the widening of
  // a plain "late" before an expression never sees it)
  {
    re: /\bthe (?:(early|mid|late)[ -])?(\w+(?:-\w+)?) century\b/gi,
    resolve(m) {
      const n = ORDINALS[(m[2] ?? '').toLowerCase()] ?? Number.parseInt(m[2] ?? '', 10);
      const edge = m[1] ? EDGE[m[1].toLowerCase()] : undefined;
      return Number.isFinite(n) && n > 0
        ? { type: 'DATE', value: String(n - 1).padStart(2, '0'), ...(edge ? { mod: edge } : {}) }
        : null;
    },
  },
  // "January 9, 2018", "Jan. 9", "9 January 2018", "December 1998", "in May", "early March"
  // (not "in December, 18 children died": a day follows its month without a comma)
  {
    re: new RegExp(
      `\\b(?:(early|mid|late)[ -])?(?:(\\d{1,2})(?:st|nd|rd|th)? (?:of )?)?(${MONTH_WORDS})(?!\\w)(?: (\\d{1,2})(?:st|nd|rd|th)?(?!\\d))?(?:,? (?:of )?(${YEAR})(?!\\d))?`,
      'gi',
    ),
    resolve(m, { ref, future, past, nearest: planned }) {
      const word = m[3] ?? '';
      const month = monthNumber(word);
      const day = Number(m[2] ?? m[4] ?? 0);
      const year = m[5] ? Number(m[5]) : null;
      const bare = !day && year === null;
      if (!month || word === word.toLowerCase()) return null;
      // "the July upper house election", "the Nov. 5 election": a month or a day that names
      // which one of a thing is the nearest, whatever the clause's tense ("had decided to resign
      // over the July loss", "the candidate in the Nov. 5 election hailed the ruling").
      const naming =
        year === null &&
        /\bthe\s+$/i.test(m.input.slice(Math.max(0, m.index - 4), m.index)) &&
        /^\s+\p{Ll}/u.test(m.input.slice(m.index + m[0].length)) &&
        !/^\s+of\b/.test(m.input.slice(m.index + m[0].length));
      // "May" the modal or a name, "March" the verb, "Jun" of "Zhang Jun" (a short form bare):
      // only with a day, a year, a date word or a preposition of time ("in March", "since Jan.").
      if (
        bare &&
        /^(may|march|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?$/i.test(word) &&
        !m[1] &&
        // ("the May government" is Theresa May's.)
        !(naming && !/^(?:may|march)$/i.test(word)) &&
        !/\b(?:in|since|until|till|by|from|through|during|before|after|last|next|this|early|late|mid|(?:end|beginning|start|middle|rest|half|part) of)\s+$/i.test(
          m.input.slice(Math.max(0, m.index - 16), m.index),
        ) &&
        // ("was postponed to May": the month a thing is put off to.)
        !POSTPONED_TO.test(m.input.slice(Math.max(0, m.index - 160), m.index))
      )
        return null;
      if (day > 31) return null;
      // "since March": a month that began what has lasted until now is never still to come.
      const since = /\bsince\s+$/i.test(m.input.slice(Math.max(0, m.index - 8), m.index));
      // "the quarter ending in October": the month a period ends is the nearest, whatever
      // the clause's tense (in August, this October; "ended in" is past by its own verb).
      const ending =
        bare &&
        /\b(?:ending|ends)\s+(?:in\s+)?$/i.test(m.input.slice(Math.max(0, m.index - 11), m.index));
      // "parliament voted to impeach Park in December", "voted to impeach him on Dec. 14": what
      // a past vote did or set a month or a day for is in the nearest such month, before or ahead.
      const decided = VOTED_TO.test(m.input.slice(Math.max(0, m.index - 80), m.index));
      // ("after winning the February election", "since the May vote": what came after it or
      // was won in it is behind; "ahead of the March vote" is ahead.)
      const before = m.input.slice(Math.max(0, m.index - 40), m.index);
      // ("over the January 6 attack", "the Oct. 7 massacre": so is a day that names a harm.)
      const behind =
        naming &&
        (NAMED_BEHIND.test(before) ||
          HARM_NAMED_AFTER.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 24)));
      const toCome = naming && NAMED_AHEAD.test(before);
      const nearest = (r: Day) => {
        const ahead = (month - r.m + 12) % 12;
        if (!behind && ((ahead > 0 && ahead < 6) || (toCome && ahead > 0)))
          return month > r.m ? r.y : r.y + 1;
        return month <= r.m ? r.y : r.y - 1;
      };
      // "last raised rates in January", in December: a whole month a past verb put something
      // in is behind, even the next one (a day may be ahead: "extended to Nov. 20"); not one
      // an infinitive looks to ("guidelines to be published in early November").
      // ("resigned on Feb. 28", in January: so is a day a past verb puts something on.)
      const pastMonth =
        past &&
        !future &&
        ((bare && PAST_VERB_IN.test(before)) ||
          (day > 0 && year === null && PAST_VERB_ON.test(before)));
      const y =
        year ??
        (ref
          ? naming || ending || decided || planned
            ? nearest(ref)
            : since || pastMonth
              ? ref.y - Number(isAfter(month, day || 1, ref))
              : yearFor(ref, month, day, future, past)
          : null);
      const edge = m[1] ? EDGE[m[1].toLowerCase()] : undefined;
      const value =
        y === null
          ? `XXXX-${String(month).padStart(2, '0')}${day ? `-${String(day).padStart(2, '0')}` : ''}`
          : day
            ? fmtDay({ y, m: month, d: day })
            : fmtMonth(y, month);
      return { type: 'DATE', value, ...(edge ? { mod: edge } : {}) };
    },
  },
  // Noon and midnight alone: "closed from noon until 5 p.m." (beside a day, withClock joins them)
  {
    re: new RegExp(
      `(?<!(?:\\d|day|today|tomorrow|yesterday),? at )\\b(noon|midday|midnight)\\b(?! (?:on )?(?:${WEEKDAY_WORDS}|today|tomorrow|yesterday)\\b)`,
      'gi',
    ),
    resolve(m, { ref }) {
      // ('a protest called "Noon Against Putin"': a capitalised word opening a name.)
      const after = m.input.slice(m.index + m[0].length, m.index + m[0].length + 3);
      if (/^\p{Lu}/u.test(m[1] ?? '') && /^\s\p{Lu}/u.test(after)) return null;
      const hour = /midnight/i.test(m[1] ?? '') ? '00' : '12';
      return { type: 'TIME', value: `${ref ? fmtDay(ref) : 'XXXX-XX-XX'}T${hour}:00` };
    },
  },
  // A 24-hour clock with its zone, as wire copy gives it: "(2240 GMT)", "0600 local time"
  {
    re: new RegExp(`\\b${CLOCK24}`, 'g'),
    resolve(m, { ref }) {
      return { type: 'TIME', value: `${ref ? fmtDay(ref) : 'XXXX-XX-XX'}T${m[1]}:${m[2]}` };
    },
  },
  // A weekday in a named week: "Monday last week", "on Friday of next week" (weeks start on Monday)
  {
    re: new RegExp(
      `\\b(${WEEKDAY_WORDS}),? (?:of )?(last|next|this|the following|the previous) week\\b`,
      'gi',
    ),
    resolve(m, { ref }) {
      const wd = WEEKDAYS[(m[1] ?? '').toLowerCase()] ?? 0;
      if (!ref) return { type: 'DATE', value: anyWeek(wd) };
      const rel = (m[2] ?? '').toLowerCase().replace(/^the /, '');
      const monday = addDays(ref, -((weekday(ref) + 6) % 7));
      const day = addDays(monday, 7 * (OFFSET[rel] ?? 0) + ((wd + 6) % 7));
      return { type: 'DATE', value: fmtDay(day) };
    },
  },
  // Weekdays, with a part of the day: "Monday", "Tuesday night", "Friday noon"; plural is a
  // set: "Mondays", "on Saturday nights" (every Saturday's night)
  {
    re: new RegExp(
      `\\b(${WEEKDAY_WORDS})(s)?(?: (morning|afternoon|evening|night|noon|midday|midnight)((?<=morning|afternoon|evening|night)s)?)?\\b`,
      'gi',
    ),
    resolve(m, { ref, future, nearest }) {
      const wd = WEEKDAYS[(m[1] ?? '').toLowerCase()] ?? 0;
      if (m[4] && m[3])
        return { type: 'SET', value: `${anyWeek(wd)}T${PARTS[m[3].toLowerCase()]}` };
      if (m[2]) return { type: 'SET', value: anyWeek(wd) };
      if (!ref) return { type: 'DATE', value: anyWeek(wd) };
      // ("in support of a candidate in Sunday's election", told on Saturday: a day's possessive
      // names a thing of its own, which the day next to the news is, whatever the tense.)
      const next = Math.min((wd - weekday(ref) + 7) % 7, (weekday(ref) - wd + 7) % 7) <= 1;
      const owned = !m[3] && next && /^['’]s\s/.test(m.input.slice(m.index + m[0].length));
      const day = fmtDay(weekdayDate(ref, wd, '', future, nearest || owned));
      const part = m[3]?.toLowerCase();
      return part ? { type: 'TIME', value: `${day}T${PARTS[part]}` } : { type: 'DATE', value: day };
    },
  },
  // Seasons with a year or a determiner: "the summer of 2017", "this winter" is above
  {
    re: new RegExp(
      `\\b((?:in|during|by|until|through|over) )?the (spring|summer|fall|autumn|winter)(?: (?:of )?(${YEAR}))?\\b(?! (?:Olympics|Games|Olympic)\\b)`,
      'gi',
    ),
    resolve(m, { ref, future, past }) {
      // "the Summer Palace": a season word opening a name (checked here: the i flag would let
      // \p{Lu} match any letter).
      if (
        !m[3] &&
        /^ \p{Lu}/u.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 2))
      )
        return null;
      // ("after the fall of the Soviet-allied government": the collapse, not autumn.)
      if (
        !m[3] &&
        /^ of (?!\d|(?:nineteen|twenty|two thousand)\b)/i.test(
          m.input.slice(m.index + m[0].length, m.index + m[0].length + 20),
        )
      )
        return null;
      // ("linked to a fall at home ... after the fall, in which he hit his head": the fall the
      // text told of before, not autumn.)
      if (
        !m[3] &&
        /^fall$/i.test(m[2] ?? '') &&
        /\b(?:a|his|her|their)\s+(?:\p{Ll}+\s+)?fall\s+(?:at|from|on|down|while|in\s+(?:his|her|their|the)\s+(?:home|bathroom|house))\b/u.test(
          m.input.slice(Math.max(0, m.index - 3000), m.index),
        )
      )
        return null;
      const season = SEASONS[(m[2] ?? '').toLowerCase()];
      const year = m[3]
        ? Number(m[3])
        : ref
          ? ref.y + seasonShift(season ?? '', ref, future, past)
          : null;
      return {
        type: 'DATE',
        value: `${year === null ? 'XXXX' : fmtYear(year)}-${season}`,
        start: m[1]?.length ?? 0, // the preposition is not part of the expression
      };
    },
  },
  // A year on its own: "in 1989", "fiscal 1990", "early 2018" (not one that is all a quote
  // holds, the title of a film or a book: "beat “1917”")
  {
    re: new RegExp(
      `(?<![\\d$£€¥.,:/-])\\b(?:(early|mid|late) |(mid-))?(?:fiscal )?(?!(?<=["“])\\d{4}[,.]?["”])(${YEAR})\\b(?![.,:/-]?\\d|%| ?${COUNTED})`,
      'gi',
    ),
    resolve(m) {
      const said = m[1] ?? m[2];
      const edge = said ? EDGE[said.toLowerCase()] : undefined;
      return { type: 'DATE', value: m[3] ?? 'XXXX', ...(edge ? { mod: edge } : {}) };
    },
  },
  // Years and decades said in words, as broadcast transcripts write them: "nineteen ninety-six"
  {
    re: new RegExp(
      `\\b(?:the year )?(nineteen|eighteen|twenty)(?: hundred(?: and)?)? (${SPOKEN_TENS})(?:[- ](${SPOKEN_UNITS}))?\\b(?!-| (?:${SPOKEN_UNITS})\\b| ${COUNTED})|\\b(?:the year )?two thousand(?: and)?(?: (${SPOKEN_UNITS}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))?\\b(?! ${COUNTED})`,
      'gi',
    ),
    resolve(m) {
      if (m[1]) {
        const century =
          m[1].toLowerCase() === 'eighteen' ? 18 : m[1].toLowerCase() === 'nineteen' ? 19 : 20;
        const tens = quantity(m[2] ?? '') ?? 0;
        const units = quantity(m[3] ?? '') ?? 0;
        return { type: 'DATE', value: String(century * 100 + tens + units) };
      }
      const rest = (m[4] ?? '').toLowerCase();
      return { type: 'DATE', value: String(2000 + (quantity(rest) ?? 0)) };
    },
  },
  {
    re: /\bthe (?:(early|mid|late) )?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b/gi,
    resolve(m, { ref }) {
      const decade =
        {
          twenties: 2,
          thirties: 3,
          forties: 4,
          fifties: 5,
          sixties: 6,
          seventies: 7,
          eighties: 8,
          nineties: 9,
        }[(m[2] ?? '').toLowerCase() as 'twenties'] ?? 0;
      const century =
        ref && decade * 10 <= ref.y % 100
          ? Math.floor(ref.y / 100)
          : Math.floor((ref?.y ?? 1999) / 100) - (ref && decade * 10 > ref.y % 100 ? 1 : 0);
      const edge = m[1] ? EDGE[m[1].toLowerCase()] : undefined;
      return { type: 'DATE', value: `${century}${decade}`, ...(edge ? { mod: edge } : {}) };
    },
  },
  // The quarter a business story reports on: "the quarter", "the latest quarter", "the year-earlier
  // period", and "the same period last year", one expression (not "the quarter-finals", a round)
  {
    re: /\b(?:the )?(latest|current|same|recent|year-earlier|year-ago|prior-year|comparable|corresponding)?[ -]?(quarter|period)\b(?![-‐]finals?\b|[-‐]finalists?\b)(?: (last year|a year (?:earlier|ago|before))\b)?/gi,
    resolve(m) {
      const which = (m[1] ?? '').toLowerCase();
      if (!/^the\b/i.test(m[0]) && !which) return null;
      if (m[2]?.toLowerCase() === 'period' && !which) return null;
      return {
        type: 'DATE',
        value:
          /year|prior|comparable|corresponding/.test(which) || m[3]
            ? FOCUS_YEAR_BEFORE
            : FOCUS_QUARTER,
      };
    },
  },
  // "later in the day", "by the end of the day": the day the story named last
  {
    re: /\b(?:(?:later|earlier) in|(?:by )?the (?:end|start|beginning|middle|rest) of) (the day)\b/gi,
    resolve(m) {
      return { type: 'DATE', value: SAME_DAY, start: m[0].length - (m[1] ?? '').length };
    },
  },
  // "the next day", "the day before.", "the next morning": a day, or a part of one, counted
  // from the one the story named last
  {
    re: /\bthe (?:(next|following|previous|preceding) (day|morning|afternoon|evening|night)|day (before|after)(?=\s*[.,;]))\b/gi,
    resolve(m) {
      const which = (m[1] ?? m[3] ?? '').toLowerCase();
      const day = /next|following|after/.test(which) ? DAY_AFTER : DAY_BEFORE;
      const part = PARTS[(m[2] ?? '').toLowerCase()];
      return part ? { type: 'TIME', value: `${day}T${part}` } : { type: 'DATE', value: day };
    },
  },
  // "later that day", "that day", "late that night", "the same day": the day the story named last
  {
    re: /\b(?:(?:later|earlier) )?((?:that|the same) (day|morning|afternoon|evening|night))\b/gi,
    resolve(m) {
      const part = PARTS[(m[2] ?? '').toLowerCase()];
      return {
        type: part ? 'TIME' : 'DATE',
        value: part ? `${SAME_DAY}T${part}` : SAME_DAY,
        start: m[0].length - (m[1] ?? '').length,
      };
    },
  },
  // "pardoned him later that year": the year named last, not this one
  {
    re: /\bthat (year|month)\b/gi,
    resolve(m) {
      return { type: 'DATE', value: /year/i.test(m[1] ?? '') ? THAT_YEAR : THAT_MONTH };
    },
  },
  {
    re: /\b(year-earlier|year-ago)\b/gi,
    resolve() {
      return { type: 'DATE', value: FOCUS_YEAR_BEFORE };
    },
  },
  // "the end of the year", "earlier in the year", "by the end of the decade": the year (or
  // decade) of the story
  {
    re: /\b(?:(the (?:end|beginning|start|middle) of)|earlier in|later in) the (year|month|week|decade)\b|\b(year|month)(?:-end|['’]s end)\b/gi,
    resolve(m, { ref }) {
      if (!ref) return { type: 'DATE', value: 'XXXX' };
      // ("by year-end", "at month-end": the end of the story's year or month.)
      if (m[3]) {
        const value = shiftUnit(ref, m[3].toLowerCase(), 0) ?? 'XXXX';
        return { type: 'DATE', value, mod: 'END' };
      }
      const unit = (m[2] ?? 'year').toLowerCase();
      const edge = m[1]
        ? (EDGE[m[1].toLowerCase()] ??
          (m[1].includes('end') ? 'END' : m[1].includes('middle') ? 'MID' : 'START'))
        : undefined;
      const value = shiftUnit(ref, unit, 0) ?? 'XXXX';
      return { type: 'DATE', value, ...(edge ? { mod: edge } : {}) };
    },
  },
  // "the weekend": the one just past, or the coming one in a sentence about the future
  {
    re: /\b(?:over |during |at |for )?the weekend\b/gi,
    resolve(m, { ref, future }) {
      if (!ref) return { type: 'DATE', value: 'XXXX-WXX-WE' };
      const lead = /^(?:over|during|at|for) /i.exec(m[0])?.[0].length ?? 0;
      // ("issued red alerts for the weekend": what is meant for a weekend is the coming one.)
      const saturday = weekdayDate(ref, 6, '', future || /^for /i.test(m[0]));
      return { type: 'DATE', value: `${fmtWeek(saturday)}-WE`, start: lead };
    },
  },
  // "for a while", "recent years", "the coming months": durations of no stated length
  {
    re: /(?<=\b(?:for|in|after) )(a while|some time|a long time)\b|\b(?<=in )recent (years|months|weeks|days|decades)\b|\b(?:the|in the) (?:coming|upcoming) (years|months|weeks|days|decades)\b/gi,
    resolve(m) {
      const unit = m[2] ?? m[3];
      if (unit) {
        // ("in the coming months": the span is "the coming months".)
        const start = /^in /i.test(m[0]) ? 3 : 0;
        return { type: 'DURATION', value: durationValue(null, unitOf(unit)), start };
      }
      return { type: 'DURATION', value: 'PXX' };
    },
  },
  // Sets: "every day", "each year", "twice a week", "every weekend", "annually"
  {
    re: new RegExp(
      // (Not a rate of a measure: "126 km per hour", "5 tonnes per day".)
      `(?<!\\b(?:km|kilomet(?:er|re)s?|miles?|met(?:er|re)s?|feet|tonnes?|tons?|barrels?|litres?|liters?|gallons?|kg|dollars?)\\s)\\b(?:every|each|per|(?:once|twice|\\w+ times) (?:a|an|per|every|each)) (?:(${NUM}) )?(${UNIT_WORDS}|${WEEKDAY_WORDS}|weekend)\\b`,
      'gi',
    ),
    resolve(m) {
      const w = (m[2] ?? '').toLowerCase();
      if (w === 'weekend') return { type: 'SET', value: 'XXXX-WXX-WE' };
      if (w in WEEKDAYS) return { type: 'SET', value: `XXXX-WXX-${WEEKDAYS[w] || 7}` };
      return { type: 'SET', value: durationValue(m[1] ? quantity(m[1]) : 1, unitOf(w)) };
    },
  },
  {
    re: /(?<=\b(?:is|are|was|were|be|been|meets?|met|held|published|paid|updated|reviewed|checked|runs?|ran)\s+)(hourly|daily|nightly|weekly|fortnightly|monthly|annually|yearly)\b/gi,
    resolve(m) {
      const unit: Record<string, string> = {
        hourly: 'PT1H',
        daily: 'P1D',
        nightly: 'P1D',
        weekly: 'P1W',
        fortnightly: 'P2W',
        monthly: 'P1M',
        quarterly: 'P3M',
        annually: 'P1Y',
        yearly: 'P1Y',
      };
      return { type: 'SET', value: unit[(m[1] ?? '').toLowerCase()] ?? 'P1D' };
    },
  },
];

/** A TIMEX3 time of a day's value: "2018-01-09" at 6 and "30" is "2018-01-09T06:30". */
const atClock = (day: string, hour: number, minute: number | string) =>
  `${day}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;

/** Clock times and numeric dates, where chrono-node is reliable. */
function chronoCandidates(
  sentence: string,
  ref: Day | null,
): Array<Resolved & { index: number; length: number }> {
  const instant = ref
    ? new Date(Date.UTC(ref.y, ref.m - 1, ref.d, 12))
    : new Date(Date.UTC(2000, 0, 1, 12));
  const out: Array<Resolved & { index: number; length: number }> = [];
  for (const parsed of chrono.strict.parse(sentence, { instant, timezone: 0 })) {
    // ("on April 9, 11 and 12": a list of days, whose second chrono reads as the year 2011.)
    const listed = /^(.*\d),\s*\d{1,2}$/.exec(parsed.text);
    const r = listed?.[1]
      ? {
          ...(chrono.strict.parse(listed[1], { instant, timezone: 0 })[0] ?? parsed),
          index: parsed.index,
        }
      : parsed;
    const s = r.start;
    const hasDay = s.isCertain('day') && s.isCertain('month');
    const hasHour = s.isCertain('hour');
    if (!hasDay && !hasHour) continue;
    // "from 6 p.m. to 6 a.m.": the range's last clock, which withClockRangeStarts pairs with
    // its first as the rules' "from 9 a.m. to 5 p.m. on Monday" is paired.
    const lastClock = r.end?.isCertain('hour') && hasHour ? CLOCK_RANGE_LAST.exec(r.text) : null;
    if (r.end && lastClock?.[1]) {
      const e = r.end;
      const at = r.text.length - lastClock[1].length;
      out.push({
        type: 'TIME',
        value: atClock(
          fmtDay({ y: e.get('year') ?? 0, m: e.get('month') ?? 1, d: e.get('day') ?? 1 }),
          e.get('hour') ?? 0,
          e.get('minute') ?? 0,
        ),
        index: r.index + at,
        length: lastClock[1].length,
      });
      continue;
    }
    // "$1.35 a share" is money, "3/8" a fraction, "Aug. 26 to Oct. 20" two dates the rules find.
    if (r.end || /^\$|\d\s*$/.test(sentence.slice(Math.max(0, r.index - 1), r.index))) continue;
    // "for (about) four weeks" is how long, not a day four weeks on: the rules read durations.
    if (/^(?:for|over|during|within)\s/i.test(r.text)) continue;
    // "four days after Lai used a speech": measured from another occurrence, not from today.
    if (/\s(?:after|before)$/i.test(r.text)) continue;
    // ("two days earlier than expected": how far, which the rules read; so is "for five weeks
    // earlier this year", whose "earlier this year" is a time of its own.)
    if (
      (/\s(?:earlier|later)$/i.test(r.text) &&
        (THAN_NEXT.test(sentence.slice(r.index + r.text.length)) ||
          PERIOD_NEXT.test(sentence.slice(r.index + r.text.length)))) ||
      EARLIER_IN_PERIOD.test(r.text)
    )
      continue;
    if (hasHour && !/\d:\d\d|\b[ap]\.?m\b\.?|noon|midnight|o['’]clock/i.test(r.text)) continue;
    if (hasDay && !hasHour && /^\d{1,2}[/.-]\d{1,2}$/.test(r.text.trim())) continue;
    // "in December, 18 children died": a count after the month, not its day.
    if (/^\p{L}+\.?,\s*\d{1,2}$/u.test(r.text.trim())) continue;
    const y = s.isCertain('year') ? s.get('year') : ref ? s.get('year') : null;
    const datePart =
      hasDay || ref
        ? y === null
          ? `XXXX-${String(s.get('month')).padStart(2, '0')}-${String(s.get('day')).padStart(2, '0')}`
          : fmtDay({ y: y ?? 0, m: s.get('month') ?? 1, d: s.get('day') ?? 1 })
        : 'XXXX-XX-XX';
    const value = hasHour ? atClock(datePart, s.get('hour') ?? 0, s.get('minute') ?? 0) : datePart;
    // chrono keeps the preposition ("on Monday", "at 3 p.m."); a TIMEX3 extent does not.
    const lead = /^(?:on|at|in|by|from|since|until)\s+/i.exec(r.text)?.[0].length ?? 0;
    out.push({
      type: hasHour ? 'TIME' : 'DATE',
      value,
      index: r.index + lead,
      length: r.text.length - lead,
    });
  }
  return out;
}

/** "Saturday", "Saturday morning": a day of the week and no date, with a part of it or not. */
const WEEKDAY_ONLY = new RegExp(
  `^(?:${WEEKDAY_WORDS})(?:\\s+(?:morning|afternoon|evening|night))?$`,
  'i',
);
const FOR_DAY = new RegExp(`\\bfor\\s+(?:(?:${WEEKDAY_WORDS})\\s+(?:and|or)\\s+)?$`, 'i');
const CLAUSE_BREAK = /[,;:–—]|\b(?:and|but|while|whereas|after|before|because)\b/gi;
/** A bare verb after "and": no subject of its own ("and have lunch", not "and the talks"). */
const SHARED_VERB =
  /^\s+(?!(?:the|a|an|he|she|it|they|we|i|you|this|that|these|those|there|his|her|its|their|our|then|also)\b)\p{Ll}+\s/u;
/**
 * "the ministry said", "Kim told reporters.", "officials told reporters": a closing report, a
 * clause that only names who tells the news.
 */
export const REPORTING =
  /^(?:[\p{L}’'-]+\s+){0,5}(?:said|says|told|added)(?:\s+[\p{L}’'-]+){0,2}[.!?]?$/u;
/** "set sentencing for ", "scheduled the vote for ": a thing set for a day, up to the day. */
const SET_FOR_BEFORE =
  /\b(?:set|scheduled|slated|planned|fixed|moved|postponed|rescheduled)\s+(?:[\p{L}-]+\s+){1,4}for\s+$/u;
/** ", Georgia," after a town: the region's aside, opened or closed by a comma. */
const REGION_OPENS = /^,\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?,/u;
const REGION_CLOSES = /\p{Lu}[\p{L}'’.-]*,\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?$/u;
/** "voted to stay ... in a referendum on ": a past vote, then the day of its ballot. */
const PAST_VOTE_ON =
  /\bvoted\b[^.;!?]{0,120}\b(?:in|at)\s+(?:an?|the|their|its)\s+(?:[\p{L}-]+\s+)?(?:referendum|plebiscite|vote|ballot|poll|election)\s+(?:on\s+)?$/iu;
/** " attack", " massacre": a harm that a day before it names ("the Sept. 11 attacks"). */
const HARM_NAMED_AFTER =
  /^\s+(?:attacks?|riots?|massacres?|bombings?|uprising|crash|shootings?|assault|insurrection|raids?|killings?|coup|invasion|disaster|tragedy)\b/i;
/**
 * A verb of the past: "was", "said", "raised"; or one whose past is its base form, where no
 * modal, "to", article or auxiliary stands before it ("Bush cut short his vacation", not "will
 * cut", "a cut", "plans to hit").
 */
const PAST_CUE = new RegExp(
  `\\b(?:was|were|had|did|said|${PAST_WORD})\\b|(?<!\\b(?:to|will|would|can|could|may|might|must|should|shall|not|do|does|did|a|an|the|its|their|his|her|of|and)\\s+)\\b(?:cut|hit|shut|quit|hurt|split|beat)\\s+(?!by\\b)\\p{Ll}`,
  'iu',
);

/** "hit by ", "separated by the war on ": a participle and its agent, a harm's first (group 1). */
const BEFALLEN_BY = new RegExp(
  String.raw`(?<!\b(?:be|been|being)\s+)\b(?:(${HARM_VERB})|\p{Ll}{3,}ed|torn|caught)\s+by\s+((?:an?|the)\s+(?:[\p{L}-]+\s+){0,3}(?:on|in)\s+)?$`,
  'u',
);

/** A capitalised word inside a clause, a name's ("the Australian Open"), not "I" or "Monday". */
const NAME_WITHIN = new RegExp(
  // ("won the U.S. Open": a capital's stop is no sentence's end.)
  String.raw`(?<=(?:[^\s.!?"“]|(?<=\b\p{Lu})\.)\s+)(?!(?:I|${CALENDAR_NAMES})\b)\p{Lu}[\p{L}'’-]*`,
  'gu',
);
/** The words with those names blanked, of the same length. */
const unnamed = (words: string) => words.replace(NAME_WITHIN, blank);
/** Words blanked to the same length, so that offsets keep. */
function blank(words: string): string {
  return '_'.repeat(words.length);
}

/**
 * The tense of the clause around an expression at [i, j), which decides bare weekdays and
 * months: "met on Monday" is the last Monday even in a sentence that "will meet again", and
 * "In September, it announced plans" is past although the sentence has "plans to". The clause
 * before the expression speaks first, then the one after it, then the sentence.
 */
function tenseAt(sentence: string, i: number, j: number): 'future' | 'past' | 'nearest' | null {
  // "The lower tariff will apply retroactively from Nov. 1": what reaches back reaches to a day
  // gone, whatever tense tells it.
  if (
    /\bretroactive(?:ly)?\s+(?:from|to|as\s+of)\s+$/i.test(sentence.slice(Math.max(0, i - 30), i))
  )
    return 'past';
  const breaks = [...sentence.slice(0, i).matchAll(CLAUSE_BREAK)];
  // "will attend ... and have lunch on Saturday": a verb after "and" shares the tense before it.
  let k = breaks.length - 1;
  while (k >= 0) {
    const b = breaks[k] as RegExpExecArray;
    const shared =
      /^(?:and|or)$/i.test(b[0]) && SHARED_VERB.test(sentence.slice(b.index + b[0].length));
    // "declared a disaster for Fulton, Peoria and Tazewell counties on Monday": a list of
    // names does not break the clause.
    const before = sentence.slice(0, b.index).trimEnd();
    const listed =
      b[0] === ','
        ? !!listGoesOn(before, sentence.slice(b.index))
        : /^(?:and|or)$/i.test(b[0]) &&
          /\p{Lu}[\p{L}'’-]*$/u.test(before) &&
          /^\s+\p{Lu}/u.test(sentence.slice(b.index + b[0].length));
    // ("visited Augusta, Georgia, on Wednesday": nor do a town's region's commas.)
    const region =
      b[0] === ',' &&
      (REGION_OPENS.test(sentence.slice(b.index)) || REGION_CLOSES.test(before)) &&
      /\p{Lu}[\p{L}'’.-]*$/u.test(before);
    if (!shared && !listed && !region) break;
    k--;
  }
  const last = breaks[k];
  const from = last ? last.index + last[0].length : 0;
  const before = sentence.slice(from, i);
  // "Sunday was declared a day of national mourning": a day set aside is ahead of the setting.
  if (
    WEEKDAY_ONLY.test(sentence.slice(i, j)) &&
    /^\s+(?:was|has\s+been|had\s+been)\s+(?:declared|designated|set\s+aside)\b/.test(
      sentence.slice(j, j + 40),
    )
  )
    return 'future';
  // ("The mayor said Monday would be a non-working day": so is a day that is the subject of
  // what will be, though the report of it is past.)
  if (
    WEEKDAY_ONLY.test(sentence.slice(i, j)) &&
    /^\s+(?:will|would|is\s+(?:going|set|expected)\s+to)\s+be\b/.test(sentence.slice(j, j + 40))
  )
    return 'future';
  // ("declared Monday a public holiday": so is a day a verb makes one.)
  if (
    WEEKDAY_ONLY.test(sentence.slice(i, j)) &&
    DAY_MADE_BEFORE.test(sentence.slice(0, i)) &&
    DAY_MADE_AFTER.test(sentence.slice(j, j + 60))
  )
    return 'future';
  // ("set sentencing for July 11", "scheduled the vote for March 3": a day a thing is set for
  // is ahead, though the setting is told in the past.)
  if (SET_FOR_BEFORE.test(before)) return 'future';
  // "a red warning for Friday", "tickets for Saturday": a day something is for is ahead.
  if (FOR_DAY.test(sentence.slice(0, i)) && WEEKDAY_ONLY.test(sentence.slice(i, j)))
    return 'future';
  // "BTS to return with world tour in April", "Japan's Ishiba to step down": a headline's
  // infinitive after its subject, with no verb of its own, says what is to come.
  if (HEADLINE_INFINITIVE.test(sentence.slice(0, i)) && !/[.!?]["”’]?\s*$/.test(sentence))
    return 'future';
  // "The monsoon usually starts in mid-June": a habit's present names no coming year.
  if (
    /\b(?:usually|typically|normally|traditionally|customarily)\b[^;.!?]*$/i.test(
      sentence.slice(0, i),
    )
  )
    return null;
  // "Lee's first visit to Japan since taking office in June", "split since snap elections in
  // July": what a span runs since is behind, whatever the sentence plans.
  if (
    /\bsince\s+(?:(?:\p{Ll}+ing|(?:he|she|they|it|we|I)\s+\p{Ll}+)\b[^,;]{0,40}|(?:the\s+)?(?:[\p{L}-]+\s+){1,3}(?:in|on)\s+)$/iu.test(
      before,
    )
  )
    return 'past';
  // "expect growth of 1.7% this year, down from 2.1% in December": the base of a comparison
  // is an earlier reading, whatever the clause expects.
  if (/\b(?:down|up|unchanged)\s+from\b[^,;]{0,30}\bin\s+$/i.test(before)) return 'past';
  // "preparing to fly aid to areas hit by Monday's earthquake": what a participle says befell
  // them came before, whatever the clause plans.
  // ("areas hit by a deadly earthquake on New Year's Day": and the day after the noun of what
  // struck, which verbs of harm tell; not "families separated by the war on Aug. 15", where the
  // day is the clause's.)
  const befallen = before.match(BEFALLEN_BY);
  if (befallen && ((befallen[1] && befallen[2]) || /^['’]s\b/.test(sentence.slice(j, j + 3))))
    return 'past';
  // ("a safety crisis following a mid-air blowout in January": what a crisis follows is past,
  // whatever the sentence plans.)
  if (/\bfollowing\s+(?:an?|the|its|his|her|their|last)\s+[^,;]{0,50}\s(?:in|on)\s+$/i.test(before))
    return 'past';
  // ("proposed that the two sides hold military talks on Friday": what a proposal puts forward
  // is ahead of it.)
  if (
    /\b(?:propos|suggest)(?:ed|es|e|s)?\s+(?:(?:on|last|this)\s+\S+\s+)?that\s[^;]*$/i.test(before)
  )
    return 'future';
  // "Forecasters said more rain was expected over the weekend": what a report says was expected
  // is still ahead of the report (a past told alone, "The storm was expected on Friday", may be
  // long gone).
  if (REPORTED_EXPECTATION.test(sentence.slice(Math.max(0, i - 240), i))) return 'future';
  // "Activists called for more protests on Thursday": the day of what a call puts forward is
  // ahead of it (not "called for calm on Monday", the day of the call).
  if (CALLED_FOR_OCCURRENCE.test(before)) return 'future';
  // ("raised the prospect of resuming the reunions in September": what a prospect holds out is
  // ahead of its raising.)
  if (/\b(?:prospect|possibility)\s+of\s+[^,;]{0,80}\s(?:in|on|by|from)\s+$/i.test(before))
    return 'future';
  // "ordered residents to leave by Friday noon", "pressure to boost spending by the end of
  // March": the deadline an infinitive sets lies ahead of the order, whatever its tense ("had
  // to leave by Friday" told it in the past).
  // (So does the deadline a wish sets: "said he wanted a government in place by Easter".)
  const deadline = INFINITIVE_DEADLINE.exec(before) ?? WISH_DEADLINE.exec(before);
  if (deadline && !/\bhad\s+$/.test(before.slice(0, deadline.index))) return 'future';
  // "told residents to stay at home on Monday": the weekday that ends what a directive tells
  // someone to do is that deed's, still to come when the directive is news. (Not an order's:
  // "ordered the army to help on Monday" is more often the day of the ordering; but a date of
  // the calendar is the deed's, "ordered her to report to prison on April 27".)
  // (Not one told in the pluperfect: "had invited Kim to meet on Saturday" is behind.)
  const directed = DIRECTED_TO.exec(before);
  if (
    directed &&
    !/\bhad\s+$/.test(before.slice(0, directed.index)) &&
    (directed[1] ? OWN_MONTH : WEEKDAY_ONLY).test(sentence.slice(i, j))
  )
    return 'future';
  // "Moon, who had hoped to announce new projects on Friday", "which had been due to play New
  // Zealand on Saturday": the day of a plan told in the pluperfect was ahead of the hoping, and
  // the story may be told before it or after; the week's nearest such day is the plan's.
  // ("The Games had been due to open on July 24", told in March: so is a date of the calendar.)
  if (
    PLUPERFECT_PLAN.test(sentence.slice(Math.max(0, i - 200), i)) &&
    (WEEKDAY_ONLY.test(sentence.slice(i, j)) || OWN_MONTH.test(sentence.slice(i, j)))
  )
    return 'nearest';
  // ("a piece of foam that broke off the tank during launch on Jan. 16": what a relative
  // clause tells in the past is behind, whatever the sentence plans.)
  // ("to fly supplies to areas hit by the New Year's Day earthquake": so is what a participle
  // after its noun says a named occurrence did.)
  if (RELATIVE_PAST.test(before) || NOUN_PARTICIPLE_BY.test(before)) return 'past';
  // ("More than 50 ministers resigned in the space of two days, beginning on Tuesday evening":
  // a participle after the comma of a clause told in the past opens what that clause told, not
  // what is to start; "services were suspended, starting Monday" keeps its schedule.)
  if (/^\s*(?:starting|beginning)(?:\s+on)?\s*$/i.test(before) && last?.[0] === ',') {
    const told = sentence.slice(0, last.index);
    if (
      PAST_CUE.test(told) &&
      !FUTURE_CUE.test(unnamed(told)) &&
      !/\b(?:is|are|was|were|been)\s+\p{Ll}+ed\b/u.test(told)
    )
      return 'past';
  }
  // ("the state of emergency, declared after the Paris attacks in November, would be
  // extended": what a past deed came after is behind it, whatever the sentence plans; "The
  // attack comes three months before elections on April 10": what a thing of now comes a count
  // of days, weeks or months before is ahead of it.)
  if (last && /^(?:after|before)$/i.test(last[0]) && !PAST_CUE.test(before)) {
    const opens = breaks[k - 1];
    const deed = sentence.slice(opens ? opens.index + opens[0].length : 0, last.index);
    const ahead = FUTURE_CUE.test(unnamed(deed)) || FUTURE_CUE.test(unnamed(before));
    if (/^after$/i.test(last[0]) && PAST_CUE.test(deed) && !ahead) return 'past';
    // ("would extend a state of emergency imposed after the Paris attacks in November": a
    // participle on a noun tells what came after, behind it whatever the sentence plans; not
    // a passive, "will be held after the vote in May".)
    if (/^after$/i.test(last[0]) && NOUN_PARTICIPLE_END.test(deed)) return 'past';
    if (/^before$/i.test(last[0]) && NOW_COUNT_BEFORE.test(deed) && !PAST_CUE.test(deed))
      return 'future';
  }
  // ("Scotland voted to stay in the union in a referendum on Thursday": the day of the vote a
  // past verb cast, whatever its infinitive looks to.)
  if (PAST_VOTE_ON.test(before)) return 'past';
  // ("won the Australian Open in January": a name is no verb of what is set for a day.)
  // ("had defended the hosts on Saturday": nor is a noun after an article a schedule's verb.)
  if (FUTURE_CUE.test(unnamed(before).replace(SCHEDULE_NOUN, blank)) || FIXTURE.test(before))
    return 'future';
  // "agreed to pay $95 million, according to a court filing on Tuesday": the day of a source
  // the news cites is behind the citing, whatever the sentence plans.
  if (
    /\baccording\s+to\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\p{L}-]+\s+){1,3}(?:on\s+)?$/iu.test(
      before,
    )
  )
    return 'past';
  // "has hovered around 30 percent ahead of April's elections": what a clause of now is ahead
  // of lies ahead (not "protests erupted ahead of March's elections", told in the past).
  if (
    /\b(?:ahead of|in the run-up to)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}$/u.test(before) &&
    !/(?<!\b(?:has|have|had|been|be|is|are|was|were)\s+)\b\p{Ll}{3,}ed\b/u.test(before)
  )
    return 'future';
  // "demanded that he act now rather than wait until January": the base form of a verb of
  // waiting looks ahead, whatever the verb that reports it.
  if (/\b(?:wait|stay|remain|delay|hold off)\s+(?:\w+\s+)?until\s+$/i.test(before)) return 'future';
  // "postponed the vote until March", "pushed back the landing, ..., to mid-2027": the date a
  // thing is put off to lies ahead of its putting off.
  if (POSTPONED_TO.test(sentence.slice(Math.max(0, i - 160), i))) return 'future';
  // "The game against Boston on Thursday was postponed": the day of a thing called off, named
  // before its verb, had not come when it was called off (unless it had been called off before
  // the story's past: "A launch attempt on Wednesday had been called off").
  if (
    CALLED_OFF_AFTER.test(sentence.slice(j, j + 40)) &&
    !/^\s+had\b/.test(sentence.slice(j)) &&
    WEEKDAY_ONLY.test(sentence.slice(i, j))
  )
    return 'future';
  // "suspended ferry services until at least Friday", "schools were closed until Monday
  // morning", "cancelled all its flights until 1 p.m. on Friday": the day a halt lasts until
  // lies ahead of the news of it (a month may be long past: "the plant was closed until March").
  if (
    HALTED_UNTIL.test(sentence.slice(Math.max(0, i - 160), i)) &&
    WEEKDAY_ONLY.test(sentence.slice(i, j))
  )
    return 'future';
  // "Interior Minister Bruno Retailleau was due to visit the area on Wednesday", "waves were
  // expected to reach Hawaii early on Saturday": the day a reported schedule or expectation
  // names is this week's to come, unless the sentence tells it undone ("was due to speak on
  // Monday but cancelled").
  // ("was expected to leave the Blue House, the presidential residence, on Saturday": past an
  // aside too; "He was to face Ruiz in Sunday's runoff": and a plan told by "was to" alone.)
  if (
    /\b(?:was|were)\s+(?:(?:due|expected|set|scheduled|slated)\s+)?to\s+\p{Ll}+\b[^,;]{0,60}(?:,[^,;]{1,60},[^,;]{0,20})?$/u.test(
      sentence.slice(Math.max(0, i - 200), i),
    ) &&
    // ("before returning home" is what follows the day, not an undoing: "before it was
    // called off" is.)
    !/\b(?:but|when|until|before(?!\s+\p{Ll}+ing\b)|instead)\b/iu.test(sentence.slice(j)) &&
    WEEKDAY_ONLY.test(sentence.slice(i, j))
  )
    return 'future';
  // "warned of further heavy snow along the coast through Friday": what a warning is of lasts
  // into the days ahead of it.
  if (/\bwarn(?:ed|s|ing)?\s+(?:of|that)\s[^;]*\b(?:through|until|till)\s+$/i.test(before))
    return 'future';
  if (PAST_CUE.test(before)) return 'past';
  // "extends funding until March 14": what lasts until a date lasts into the future.
  if (
    /\b(?:until|till|through)\s+(?:at\s+least\s+)?(?:mid-?\s*|(?:early|late)\s+|the\s+(?:end|beginning|start|middle)\s+of\s+)?$/i.test(
      before,
    )
  )
    return 'future';
  const rest = sentence.slice(j).replace(/^[\s,;:]+/, '');
  const cut = rest.search(CLAUSE_BREAK); // search() ignores the g flag's lastIndex
  // "..., the ministry said": the report's own verb says nothing of when the news happens.
  const reporting = /^,/.test(sentence.slice(j).trimStart()) && REPORTING.test(rest);
  // ("Trump, who is preparing for a summit in early June, welcomed": nor does the main clause's
  // verb after the comma that closes a relative aside the time stands in.)
  const asideCloses =
    /^\s*(?:who|which)\b/i.test(before) && last?.[0] === ',' && /^\s*,/.test(sentence.slice(j));
  const after = reporting || asideCloses ? '' : cut < 0 ? rest : rest.slice(0, cut);
  // After it, the first verb is the clause's own ("it announced plans to buy"); a verb of
  // foreseeing after the time tells when the foreseeing was ("on Monday forecast a fall").
  const cue = FUTURE_CUE.exec(unnamed(after));
  const foreseen = !!cue && /^(?:expects?|forecasts?|predicts?)$/i.test(cue[0]);
  const future = cue && !foreseen ? cue.index : -1;
  const past = after.search(PAST_CUE);
  if (future >= 0 && (past < 0 || future < past)) return 'future';
  if (past >= 0) return 'past';
  if (foreseen) return null;
  // ('"We will withdraw the troops," Yoon said at 4:30 a.m. (1930 GMT Tuesday)': what a
  // quotation says ahead is no tense of the report around it.)
  // (Nor what an aside on a name says ahead: "Sinner, who will become world number one on
  // Monday, was seeking a title after winning the Australian Open in January".)
  const told = sentence.replace(/["“][^"“”]*["”]/g, '').replace(/,\s*(?:who|which)\s[^,;]*,/g, ',');
  return FUTURE_CUE.test(unnamed(told)) ? 'future' : null;
}

/** "comes three months ", "is just days ": what is now, a count of time (before something). */
const NOW_COUNT_BEFORE =
  /\b(?:comes?|is|are|falls?)\s+(?:just\s+|only\s+|about\s+|some\s+|nearly\s+)?(?:[\p{L}\d-]+\s+)?(?:days?|weeks?|months?)\s*$/iu;

/** "the hosts", "its visits": a noun after an article, spelled as a schedule's verb. */
const SCHEDULE_NOUN = new RegExp(
  `\\b(?:the|a|an|its|their|his|her|our|two|both)\\s+${SCHEDULED_SINGULAR}\\b`,
  'gi',
);

/**
 * "England play Iran at Khalifa International Stadium on ", "Argentina ... open against Saudi
 * Arabia on ": a team's fixture, told in the present of a name taken as plural (the singular,
 * "plays", is `FUTURE_CUE`'s).
 */
const FIXTURE =
  /(?:^|[\s,])\p{Lu}[\p{L}.'’-]*\s+(?:also\s+)?(?:play|face|meet|host)\s+(?:the\s+)?\p{Lu}|(?:^|[\s,])open\s+(?:their\s+\p{Ll}+\s+)?against\s+(?:the\s+)?\p{Lu}/u;

/** "Heavy rain to hit ", "Japan's Ishiba to step down in ": a subject, then its infinitive. */
const HEADLINE_INFINITIVE =
  /^(?:(?!\p{Ll}+(?<!['’])(?:s|ed)\s)[\p{L}\d'’.-]+\s+){1,6}to\s+(?!(?:the|an?|his|her|its|their|be)\s)\p{Ll}{2,}\b/u;

/** "said more rain was expected over ", "said storms were possible through ". */
const REPORTED_EXPECTATION =
  /\b(?:said|says|told\s+\S+|warned|added)\s+(?:that\s+)?[^;"“”]{0,80}\b(?:was|were)\s+(?:\p{Ll}+ly\s+)?(?:expected|forecast|due|set|scheduled|likely|possible)\b[^;]*$/u;

/** "had hoped to announce new projects with the North on ", "had been due to play ... on ". */
const PLUPERFECT_PLAN =
  /\bhad\s+(?:hoped|planned|intended|wanted|been\s+(?:due|expected|scheduled|set|slated|supposed|planning|hoping))\s+to\s+\p{Ll}+\b[^,;]{0,80}$/u;

/**
 * "that broke off the tank during launch on ": a relative clause's past verb, and no modal
 * after it; or one without "that" ("the export controls it announced on ").
 */
const RELATIVE_PAST = new RegExp(
  String.raw`(?:\b(?:that|which|who)|${CONTACT_RELATIVE_HEAD})\s+(?:\p{Ll}+ly\s+)?(?:${PAST_WORD})\b(?:(?!\b(?:will|would|shall|is|are|to)\b)[^,;])*$`,
  'iu',
);

/**
 * "told residents to stay at home on ", "urged voters to turn out ", "ordered her to report to
 * prison on " (an order, group 1): what one is told to do.
 */
const DIRECTED_TO =
  /\b(?:(ordered|orders|directed|instructed)|told|tells|urged|urges|asked|asks|advised|encouraged|invited|called\s+on)\s+(?:[\p{L}'’-]+\s+){1,4}?to\s+(?!(?:the|an?|his|her|its|their|be|have)\b)\p{Ll}+\b[^,;.!?"“”]{0,60}\s(?:on\s+|by\s+)?$/u;

/**
 * "called for more protests on ", "urged a general strike next ", "called for a day of protests
 * on ": an occurrence put forward.
 */
const CALLED_FOR_OCCURRENCE =
  /\b(?:call(?:ed|s|ing)?\s+for|urg(?:ed|es|ing))\s+(?:(?:an?|more|new|fresh|further|mass|nationwide|national|general|snap|early|another)\s+){0,3}(?:(?:days?|week|night)\s+of\s+(?:(?:national|nationwide|mass|general)\s+)?)?(?:action|protests?|strikes?|rall(?:y|ies)|demonstrations?|march(?:es)?|elections?|vote|referendum|talks|meeting|summit|boycott|shutdown|sit-ins?)\s+(?:on\s+)?$/i;

/** "NBC's ", "USA ", "Radio 4 ": what opens a programme's or a paper's title before "Today". */
const TITLE_BEFORE = /(?:['’]s|\b\p{Lu}{2,}|\d)\s["“]?$/u;
/** " show", " programme": the kind of title a capitalised "Today" or "Tonight" opens. */
const TITLE_AFTER = /^["”]?\s+(?:show|programme|program|broadcast|newspaper)\b/i;

/** The word that makes a weekday a name: "Black Saturday", "Bloody Sunday", "Super Tuesday". */
const NAMED_DAY_BEFORE =
  /\b(?:Black|Bloody|Super|Cyber|Holy|Ash|Palm|Maundy|Shrove|Blue|Manic)\s+$/;

/** "the end of", "early", "mid-" before an expression: widens its span and sets TIMEX3 mod. */
const EDGE_BEFORE = /(?:\b(the (?:beginning|start|middle|end) of|early|late|mid-?)\s*)$/i;

/**
 * A past vote and what it did, up to a time: "voted to impeach Park in " (the vote may be the
 * deed; "agreed to hold reunions in August" looks ahead).
 */
const VOTED_TO = /\bvoted(?:\s+\w+){0,2}\s+to\s+(?:[\w'’-]+\s+){0,6}(?:in|on|by|for)\s+$/i;

const HALTED_UNTIL =
  /\b(?:suspend(?:s|ed|ing)?|clos(?:e|es|ed|ing)|shut(?:s|ting)?|halt(?:s|ed|ing)?|ban(?:s|ned|ning)?|extend(?:s|ed|ing)?|cancell?(?:s|ed|ing)?|grounded|evacuated|impos(?:e|es|ed|ing)|declar(?:e|es|ed|ing)|lock(?:ed|s)?\s+down)\b(?:[^.;:!?]|(?<=\b[ap]|\b[ap]\.m)\.)*\s(?:until|till)\s+(?:at\s+least\s+)?(?:\d{1,2}(?::\d\d)?\s*[ap]\.m\.\s+on\s+)?$/i;

/** "after winning the ", "since the ", "won the ": a month naming what is past. */
const NAMED_BEHIND =
  /\b(?:(?:after|since|following)(?:\s+(?:\p{Ll}+ing|his|her|its|their))?|won|lost|winning|losing|contested)\s+the\s+$/iu;
/** "ahead of the ", "before the ", "in the run-up to the ": a month naming what is to come. */
const NAMED_AHEAD = /\b(?:ahead\s+of|in\s+the\s+run-up\s+to|before|until|towards?)\s+the\s+$/i;

/** " was postponed", " has been cancelled": the passive of calling a thing off, right after it. */
const CALLED_OFF_AFTER = new RegExp(
  String.raw`^\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:\p{Ll}+ly\s+)?(?:${PUT_OFF_VERB}|cancell?ed|called\s+off|scrapped|axed)`,
  'iu',
);
const POSTPONED_TO = new RegExp(
  String.raw`\b${PUT_OFF_VERB}\b[^.;:!?]*\s(?:until|till|to)\s+(?:(?:early|late|mid)[ -]?)?$`,
  'i',
);

/**
 * Finds the time expressions of one sentence and resolves them against the reference day.
 * @param offset where the sentence starts in the whole text, so spans index the original.
 */
export function findTimexes(sentence: string, offset: number, ref: Day | null): TimexCandidate[] {
  const found: TimexCandidate[] = [];
  for (const rule of rules) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(sentence); m; m = rule.re.exec(sentence)) {
      const tense = tenseAt(sentence, m.index, m.index + m[0].length);
      const r = rule.resolve(m, {
        ref,
        future: tense === 'future',
        past: tense === 'past',
        nearest: tense === 'nearest',
      });
      if (!r) continue;
      const { start = 0, end = 0, ...rest } = r;
      found.push({
        ...rest,
        start: offset + m.index + start,
        end: offset + m.index + m[0].length + end,
      });
    }
  }
  for (const c of chronoCandidates(sentence, ref)) {
    found.push({
      type: c.type,
      value: c.value,
      start: offset + c.index,
      end: offset + c.index + c.length,
    });
  }
  // Longest first; an expression inside a longer one yields to it.
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: TimexCandidate[] = [];
  for (const c of found) {
    if (kept.some((k) => c.start < k.end && k.start < c.end)) continue;
    // ("the Black Saturday bushfires", "Bloody Sunday": a day's name, not a day of this week.)
    if (NAMED_DAY_BEFORE.test(sentence.slice(Math.max(0, c.start - offset - 8), c.start - offset)))
      continue;
    // ("despite a century from captain Laura Wolvaardt", "scored a century": a hundred runs in
    // cricket, not a hundred years.)
    if (
      /\bcentury$/i.test(sentence.slice(c.start - offset, c.end - offset)) &&
      (/^\s+(?:from|by)\s+(?:(?:captain|opener|batter|batsman)\s+)?\p{Lu}/u.test(
        sentence.slice(c.end - offset, c.end - offset + 30),
      ) ||
        /\b(?:scored|scores|scoring|hit|hits|made|makes|struck|smashed|notched)\s+(?:(?:a|his|her|their|a\s+\p{Ll}+)\s+)?$/u.test(
          sentence.slice(Math.max(0, c.start - offset - 30), c.start - offset),
        ))
    )
      continue;
    // ("during a Day of the Dead celebration", "a Day of Action": a capitalised day that an "of"
    // names is a feast's or a campaign's, not a day's length.)
    if (
      /\bDay$/.test(sentence.slice(c.start - offset, c.end - offset)) &&
      /^\s+of\s+(?:the\s+)?\p{Lu}/u.test(sentence.slice(c.end - offset, c.end - offset + 16))
    )
      continue;
    const before = EDGE_BEFORE.exec(sentence.slice(0, c.start - offset));
    // ("set for the week of March 10": the week that holds the day.)
    const weekOf = /\bthe week of\s+$/i.exec(sentence.slice(0, c.start - offset));
    const day = weekOf && c.type === 'DATE' ? parseIsoDay(c.value) : null;
    // ("on the evening of Oct. 12": that part of the day, one TIME.)
    const partOf = /\bthe (?:(early|late) )?(morning|afternoon|evening|night) of\s+$/i.exec(
      sentence.slice(0, c.start - offset),
    );
    const part = PARTS[(partOf?.[2] ?? '').toLowerCase()];
    if (weekOf && day) {
      kept.push({ ...c, start: c.start - weekOf[0].length, value: fmtWeek(day) });
    } else if (partOf && part && c.type === 'DATE' && /^\d{4}-\d\d-\d\d$/.test(c.value)) {
      const edge = partOf[1]?.toLowerCase();
      kept.push({
        ...c,
        type: 'TIME',
        start: c.start - partOf[0].length,
        value: `${c.value}T${part}`,
        ...(edge ? { mod: edge === 'early' ? 'START' : 'END' } : {}),
      });
    } else if (before?.[1] && c.type === 'DATE' && !c.mod && /^\d{4}/.test(c.value)) {
      const edge = before[1].toLowerCase().replace(/^the (\w+) of$/, 'the $1 of');
      const mod =
        EDGE[edge] ??
        EDGE[edge.replace(/-$/, '')] ??
        (edge.includes('end') ? 'END' : edge.includes('middle') ? 'MID' : 'START');
      kept.push({ ...c, start: c.start - before[0].length, mod });
    } else {
      kept.push(c);
    }
  }
  const clocked = kept.map((c) => trimmed(sentence, offset, withClock(sentence, offset, c)));
  // The clock time a day took in ("6 p.m. local time on Friday") is not an expression of its own.
  const within = (c: TimexCandidate, o: TimexCandidate) =>
    o.start <= c.start && c.end <= o.end && o.end - o.start > c.end - c.start;
  return withDaysInOrder(
    sentence,
    offset,
    withMonthsInTheirYear(
      sentence,
      offset,
      withSharedYears(
        sentence,
        offset,
        withSpokenYears(
          sentence,
          offset,
          withCompoundDurations(
            sentence,
            offset,
            withClockRangeStarts(
              sentence,
              offset,
              withRangeEnds(
                sentence,
                offset,
                clocked.filter((c) => !clocked.some((o) => within(c, o))),
              ),
            ).sort((a, b) => a.start - b.start),
          ),
        ),
      ),
    ),
  );
}

/** "before", "then", "until": words that tell what follows as later in the same story. */
const SEQUENCED = /\b(?:before|then|until|till|later)\b/i;

/**
 * "reopened the city in February last year before halting the tours in March": a month with no
 * year, told after a month of a year gone by as what came next, and later in the calendar, is of
 * that year (not of the news's year), unless its clause looks ahead ("was founded in May 2019,
 * then will open in March").
 */
function withMonthsInTheirYear(
  sentence: string,
  offset: number,
  sorted: TimexCandidate[],
): TimexCandidate[] {
  const out = [...sorted];
  const words = (t: TimexCandidate) => sentence.slice(t.start - offset, t.end - offset);
  for (let k = 1; k < out.length; k++) {
    const b = out[k] as TimexCandidate;
    const a = out
      .slice(0, k)
      .reverse()
      .find((c) => c.type === 'DATE' && /^\d{4}-\d\d/.test(c.value));
    if (
      !a ||
      b.type !== 'DATE' ||
      !/^\d{4}-\d\d$/.test(b.value) ||
      !MONTH_OPENING.test(words(b).replace(/^(?:mid-?|early\s+|late\s+)/i, '')) ||
      OWN_YEAR.test(words(b)) ||
      !OWN_YEAR.test(words(a)) ||
      b.value.slice(5, 7) <= a.value.slice(5, 7) ||
      b.value.slice(0, 4) === a.value.slice(0, 4) ||
      !SEQUENCED.test(sentence.slice(a.end - offset, b.start - offset)) ||
      FUTURE_CUE.test(sentence.slice(a.end - offset, b.start - offset))
    )
      continue;
    out[k] = { ...b, value: `${a.value.slice(0, 4)}${b.value.slice(4)}` };
  }
  return out;
}

/** What joins the two ends of a range, "and" aside: "-", "to", "through". */
export const RANGE_ONLY = '-|–|to|through|until|till';
/** What joins the two ends of a range: "-", "to", "through", "and". */
const RANGE_WORDS = `${RANGE_ONLY}|and`;
/** The days of a week written one after another: "on Wednesday and Thursday", "Monday to Friday". */
const DAYS_JOINED = new RegExp(`^\\s*(?:,\\s*(?:and|or)?|or|${RANGE_WORDS})\\s*$`);
/** Two days of a range only: "Oct. 31-Nov. 1", not "on Feb. 3 and Jan. 30". */
export const RANGE_ONLY_JOIN = new RegExp(`^\\s*(?:${RANGE_ONLY})\\s*$`);
/** "Friday", "3 p.m. on Friday": a weekday that opens a time or that a clock is on. */
const WEEKDAY_NAMED = new RegExp(`(?:^|\\bon\\s+)(?:${WEEKDAY_WORDS})\\b`, 'i');
const MONTH_OPENING = new RegExp(`^(?:${MONTH_WORDS})`, 'i');

/**
 * "closed its beaches on Wednesday and Thursday", told on the Wednesday; "runs Oct. 31-Nov. 1":
 * a day written after another comes after it, whatever tense put the first where it is (a
 * weekday a week on, a month's day without its year a year on).
 */
function withDaysInOrder(
  sentence: string,
  offset: number,
  found: TimexCandidate[],
): TimexCandidate[] {
  const out = [...found];
  for (let k = 1; k < out.length; k++) {
    const [a, b] = [out[k - 1] as TimexCandidate, out[k] as TimexCandidate];
    const textOf = (c: TimexCandidate) => sentence.slice(c.start - offset, c.end - offset);
    const first = parseIsoDay(a.value.slice(0, 10));
    const next = parseIsoDay(b.value.slice(0, 10));
    if (!first || !next || !DAYS_JOINED.test(sentence.slice(a.end - offset, b.start - offset)))
      continue;
    // ("from 3 p.m. on Friday until 9 a.m. on Saturday": or a clock's weekday.)
    const weekdays = WEEKDAY_NAMED.test(textOf(a)) && WEEKDAY_NAMED.test(textOf(b));
    // (Only a range's: "held on Feb. 3 and Jan. 30" lists two days in any order.)
    const monthDays =
      MONTH_OPENING.test(textOf(a)) &&
      MONTH_OPENING.test(textOf(b)) &&
      !OWN_YEAR.test(textOf(b)) &&
      RANGE_ONLY_JOIN.test(sentence.slice(a.end - offset, b.start - offset));
    if (!weekdays && !monthDays) continue;
    let day = next;
    // (Two clock times may share a day: "from 9 a.m. on Friday until 3 p.m. on Friday".)
    const clocked = a.type === 'TIME' && b.type === 'TIME';
    while (fmtDay(day) < fmtDay(first) || (!clocked && fmtDay(day) === fmtDay(first)))
      day = weekdays ? addDays(day, 7) : { ...day, y: day.y + 1 };
    if (day !== next) out[k] = { ...b, value: fmtDay(day) + b.value.slice(10) };
  }
  return out;
}

/** " and ", " to ", "-" between two dates. */
const RANGE_JOIN = new RegExp(`^\\s*(?:${RANGE_WORDS})\\s*$`);
/** A year the words of a date give it: "2024", "last year". */
const OWN_YEAR = /\b\d{4}\b|\b(?:last|next|this)\s+year\b/i;

/**
 * "between July 15 and Aug. 15 last year", "from Dec. 20 to Jan. 5, 2024": a range's first day,
 * with no year of its own, is in the year its last day names (or the year before, where its
 * month comes later in the calendar).
 */
function withSharedYears(
  sentence: string,
  offset: number,
  sorted: TimexCandidate[],
): TimexCandidate[] {
  return sorted.map((c, i) => {
    const next = sorted[i + 1];
    const words = (t: TimexCandidate) => sentence.slice(t.start - offset, t.end - offset);
    if (
      !next ||
      c.type !== 'DATE' ||
      next.type !== 'DATE' ||
      !/^\d{4}-\d\d(?:-\d\d)?$/.test(c.value) ||
      !/^\d{4}-\d\d(?:-\d\d)?$/.test(next.value) ||
      OWN_YEAR.test(words(c)) ||
      !OWN_YEAR.test(words(next)) ||
      !RANGE_JOIN.test(sentence.slice(c.end - offset, next.start - offset)) ||
      !/\b(?:between|from)\s+$/i.test(sentence.slice(0, c.start - offset))
    )
      return c;
    const year = Number(next.value.slice(0, 4)) - (c.value.slice(5) > next.value.slice(5) ? 1 : 0);
    return { ...c, value: `${String(year).padStart(4, '0')}${c.value.slice(4)}` };
  });
}

/** "March 13 to 23", "Aug. 3-5": the day that ends the range, not a count ("to 23 people"). */
const RANGE_END = new RegExp(
  String.raw`^\s*(?:${RANGE_WORDS})\s*(\d{1,2})(?=\s*(?:$|[,.;:)!?]|(?:in|at|on|of|for|with|when|while|as|before|after|during|under|according|this|next|last|the)\b))`,
  'u',
);

/** "-17 meeting": the last day of a range written with a hyphen, before the noun it dates. */
const HYPHEN_RANGE_END = /^[-–](\d{1,2})(?=\s+\p{Ll}{3,}\b)/u;

/** ", 11", " and 12": a day listed after another of the month. */
const LISTED_DAY =
  /^\s*(?:,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)(\d{1,2})(?!\d)(?=\s*(?:$|[,.;:)!?]|(?:and|or|in|at|on|of|for|with|when|while|as|before|after|during|under|according|this|next|last|the)\b))/u;

/** "on 20 and 21 October", "from 20 to 23 May", "13-15 March" (not "rose 5 to 21 October"). */
const RANGE_START =
  /(?:\b(?:on|from|between)\s+(\d{1,2})\s*(?:-|–|to|and|until|through)\s*|(?<![\d.,:-])\b(\d{1,2})[-–])$/;

/** Adds the day that closes a range of days in one month, which only one of its days names. */
function withRangeEnds(
  sentence: string,
  offset: number,
  found: TimexCandidate[],
): TimexCandidate[] {
  const out = [...found];
  for (const c of found) {
    const day = /^(\d{4}-\d\d)-(\d\d)$/.exec(c.value);
    if (c.type !== 'DATE' || !day) continue;
    // ("on April 9, 11 and 12": the days listed after it, in that month.)
    if (/^\s*,/.test(sentence.slice(c.end - offset))) {
      let at = c.end - offset;
      let prev = Number(day[2]);
      for (
        let m = LISTED_DAY.exec(sentence.slice(at));
        m;
        m = LISTED_DAY.exec(sentence.slice(at))
      ) {
        const next = Number(m[1]);
        if (next <= prev || next > 31) break;
        out.push({
          type: 'DATE',
          value: `${day[1]}-${String(next).padStart(2, '0')}`,
          start: offset + at + m[0].length - (m[1] ?? '').length,
          end: offset + at + m[0].length,
        });
        prev = next;
        at += m[0].length;
      }
    }
    // "on 20 and 21 October": the day that opens the range stands before.
    const opening = RANGE_START.exec(sentence.slice(0, c.start - offset));
    const firstDay = opening?.[1] ?? opening?.[2];
    if (
      opening &&
      firstDay &&
      /^\d/.test(sentence.slice(c.start - offset)) &&
      Number(firstDay) < Number(day[2])
    ) {
      const start = c.start - opening[0].length + opening[0].indexOf(firstDay);
      out.push({
        type: 'DATE',
        value: `${day[1]}-${firstDay.padStart(2, '0')}`,
        start,
        end: start + firstDay.length,
      });
    }
    if (!/\d$/.test(sentence.slice(0, c.end - offset))) continue;
    const m =
      RANGE_END.exec(sentence.slice(c.end - offset)) ??
      HYPHEN_RANGE_END.exec(sentence.slice(c.end - offset));
    const last = Number(m?.[1]);
    if (!m?.[1] || last <= Number(day[2]) || last > 31) continue;
    const end = c.end + m[0].length;
    if (found.some((o) => o.start < end && c.end < o.end)) continue;
    out.push({
      type: 'DATE',
      value: `${day[1]}-${m[1].padStart(2, '0')}`,
      start: end - m[1].length,
      end,
    });
  }
  return out;
}

/** A month, day or season that a year can complete: the year part is replaced. */
const YEAR_COMPLETES = /^\d{4}-(?:\d\d(?:-\d\d)?|SP|SU|FA|WI)$/;

/**
 * "January nineteen ninety-seven", "the winter of nineteen ninety-four": broadcast transcripts
 * say the year in words, which no rule reads together with the month or season before it.
 * @param sorted the sentence's expressions in text order
 */
function withSpokenYears(
  sentence: string,
  offset: number,
  sorted: TimexCandidate[],
): TimexCandidate[] {
  const out: TimexCandidate[] = [];
  for (const c of sorted) {
    const prev = out.at(-1);
    if (
      prev &&
      prev.type === 'DATE' &&
      c.type === 'DATE' &&
      YEAR_COMPLETES.test(prev.value) &&
      /^\d{4}$/.test(c.value) &&
      !/\d/.test(sentence.slice(c.start - offset, c.end - offset)) &&
      /^,?\s+(?:of\s+)?$/.test(sentence.slice(prev.end - offset, c.start - offset))
    ) {
      out[out.length - 1] = { ...prev, value: c.value + prev.value.slice(4), end: c.end };
      continue;
    }
    out.push(c);
  }
  return out;
}

/** An extent never starts or ends with a space (chrono-node keeps one before a bracket). */
function trimmed(sentence: string, offset: number, c: TimexCandidate): TimexCandidate {
  let { start, end } = c;
  while (end > start && /\s/.test(sentence[end - 1 - offset] ?? '')) end--;
  while (start < end && /\s/.test(sentence[start - offset] ?? '')) start++;
  return start === c.start && end === c.end ? c : { ...c, start, end };
}

// "9 p.m.", "9:30 a.m.", or a 24-hour "21:00" (minutes or a.m./p.m. tell it from a count)
const CLOCK = String.raw`(\d{1,2})(?=:\d\d|\s*[ap]\.?m\b)(?::(\d\d))?(?:\s*([ap])\.?m\b\.?)?|noon|midday|midnight`;
// "6 p.m. local time on Friday", "9 a.m. EDT Monday", "4:10 p.m. (0710 GMT) on Monday",
// "12:20 a.m. Tokyo time on Saturday": a zone or a bracket may stand between the two.
const CLOCK_BEFORE = new RegExp(
  `(?:^|\\s)(?:${CLOCK})(?:\\s+(?:[a-z]+ time|[A-Z]{2,4}))?(?:\\s+\\([^()]{1,24}\\))?\\s+(?:on\\s+)?$`,
  'i',
);
// "2240 GMT Tuesday": a 24-hour clock, which only its zone tells from a year or a count.
const CLOCK24_BEFORE = new RegExp(`(?:^|[\\s(])${CLOCK24}\\s+(?:on\\s+)?$`);
const CLOCK_AFTER = new RegExp(`^,?\\s+at\\s+(?:${CLOCK})`, 'i');

/** "to 6 a.m.": the clock that closes a range chrono-node reads whole (group 1). */
const CLOCK_RANGE_LAST = new RegExp(
  `(?:to|until|till|through|and|-|–)\\s*((?:${CLOCK})\\.?)$`,
  'i',
);
/** "from 9 a.m. to ": the clock that opens a range, before the one that closes it. */
const CLOCK_RANGE_FIRST = new RegExp(
  `\\b(?:from|between)\\s+(${CLOCK})\\s*(?:to|until|till|through|and|-|–)\\s*$`,
  'i',
);

/** The hour of a clock's words and groups ("6 p.m." is 18), null when it is no clock. */
function hourOf(words: string, hour?: string, meridiem?: string): number | null {
  const w = words.toLowerCase();
  if (w.includes('noon') || w.includes('midday')) return 12;
  // "midnight on Thursday" ends Thursday: T24:00, as ISO 8601 and TIMEX3 write it.
  if (w.includes('midnight')) return 24;
  const h = Number(hour ?? 0);
  if (h > 23 || (h > 12 && meridiem)) return null;
  if (meridiem?.toLowerCase() === 'p' && h < 12) return h + 12;
  if (meridiem?.toLowerCase() === 'a' && h === 12) return 0;
  return h;
}

/**
 * "from 9 a.m. to 5 p.m. on Monday": the clock that opens a range is a TIME of its own, on the
 * day of the one that closes it (the day before, where it is the later hour: "from 6 p.m. to
 * 6 a.m.").
 */
function withClockRangeStarts(
  sentence: string,
  offset: number,
  found: TimexCandidate[],
): TimexCandidate[] {
  const out = [...found];
  for (const c of found) {
    const time = /^(\d{4}-\d\d-\d\d)T(\d\d):\d\d$/.exec(c.value);
    const day = time?.[1] ? parseIsoDay(time[1]) : null;
    const m = day ? CLOCK_RANGE_FIRST.exec(sentence.slice(0, c.start - offset)) : null;
    const words = m?.[1];
    const hour = words ? hourOf(words, m[2], m[4]) : null;
    if (!m || !words || !day || hour === null || hour === 24) continue;
    const start = offset + m.index + m[0].indexOf(words, m[0].search(/\s/));
    if (found.some((o) => o.start < start + words.length && start < o.end)) continue;
    const on = hour > Number(time?.[2]) ? addDays(day, -1) : day;
    out.push({
      type: 'TIME',
      value: atClock(fmtDay(on), hour, m[3] ?? 0),
      start,
      end: start + words.length,
    });
  }
  return out;
}

/**
 * "10 p.m. Wednesday", "Friday at 3:30 p.m.": a clock time beside a day makes one TIME, which
 * chrono-node does not find when the day is a weekday.
 */
function withClock(sentence: string, offset: number, c: TimexCandidate): TimexCandidate {
  if (c.type !== 'DATE' || !/^\d{4}-\d\d-\d\d$/.test(c.value)) return c;
  const preceding = sentence.slice(Math.max(0, c.start - offset - 36), c.start - offset);
  const clock24 = CLOCK24_BEFORE.exec(preceding);
  if (clock24)
    return {
      ...c,
      type: 'TIME',
      value: `${c.value}T${clock24[1]}:${clock24[2]}`,
      start: c.start - clock24[0].replace(/^[\s(]/, '').length,
    };
  const before = CLOCK_BEFORE.exec(preceding);
  const after = before
    ? null
    : CLOCK_AFTER.exec(sentence.slice(c.end - offset, c.end - offset + 24));
  const m = before ?? after;
  if (!m) return c;
  // ("began shortly after midnight on Wednesday": after it, the midnight that opens the day.)
  const opens =
    !!before &&
    /\bafter\s+$/i.test(preceding.slice(0, preceding.length - before[0].trimStart().length));
  const ending = hourOf(m[0], m[1], m[3]);
  const hour = ending === 24 && opens ? 0 : ending;
  if (hour === null) return c;
  const value = atClock(c.value, hour, m[2] ?? 0);
  return before
    ? { ...c, type: 'TIME', value, start: c.start - m[0].trimStart().length }
    : { ...c, type: 'TIME', value, end: c.end + m[0].length };
}
