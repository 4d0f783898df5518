import { addDays, type Day, easterSunday, nthWeekday } from '../refiners/calendar.ts';
import { titleCase } from './tokens.ts';

/** Words of English time expressions, shared by the timex rules. */

export const MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

export const WEEKDAYS: Record<string, number> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
};

/**
 * Verbs whose present, with a day after, news uses for what is set for that day: "The court
 * meets on Monday", "Campaigning begins on Oct. 15", "The festival ends on Sunday".
 */
export const SET_FOR_A_DAY = 'resume|begin|start|open|end|close|meet|convene|reconvene';
/** Verbs of a scheduled occurrence, whose present news uses for plans: "travels on Sunday". */
export const SCHEDULED_VERBS = `${SET_FOR_A_DAY}|arrive|travel|visit|return|host`;
/**
 * Their present with a singular subject, and that of "play" and "face", which say so only there:
 * "The team plays Spain on Saturday" (not "children play in the streets").
 */
export const SCHEDULED_SINGULAR = `(?:${SCHEDULED_VERBS}|play|face)s`;

/** A year in a time's own words: "Aug. 6, 1945", "March '98". */
export const OWN_YEAR = /\b\d{4}\b|['’]\d\d\b/;

/** A month in a time's own words: "Aug. 15", "mid-March", not "Tuesday" or "yesterday". */
export const OWN_MONTH = new RegExp(`\\b(?:${Object.keys(MONTHS).join('|')})\\b`, 'i');

/** "declared Monday a public holiday": the verb that makes a day one, and what it makes it. */
export const DAY_MADE_BEFORE = /\b(?:declared|designated|made|proclaimed)\s+$/;
export const DAY_MADE_AFTER = /^\s+an?\s+(?:[\p{L}-]+\s+){0,3}(?:holiday|day)\b/u;

/** Month and day names as a title-cased regex alternation ("January|Jan|...|Saturday"). */
export const CALENDAR_NAMES = [...Object.keys(MONTHS), ...Object.keys(WEEKDAYS)]
  .map(titleCase)
  .join('|');

const SMALL: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  half: 0.5,
  // "a quarter of a century" is P25Y, "three quarters of an hour" PT45M.
  'a quarter of a': 0.25,
  // "a quarter century", "a quarter hour"
  'a quarter': 0.25,
  'a quarter of an': 0.25,
  'three quarters of a': 0.75,
  'three quarters of an': 0.75,
  'a couple of': 2,
  'a couple': 2,
  couple: 2,
  dozen: 12,
  'a dozen': 12,
};

/** Quantities too vague for a number: the TIMEX3 value uses X ("several years" = PXY). */
export const VAGUE = new Set(['several', 'a few', 'few', 'many', 'some', 'numerous', 'countless']);

export const NUMBER_WORDS = Object.keys(SMALL)
  .sort((a, b) => b.length - a.length)
  .join('|');

const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const ONES = 'one|two|three|four|five|six|seven|eight|nine';

/**
 * A quantity: digits (grouped by thousands too: "1,000 years"), number words ("twenty-five", "a
 * hundred", "half an"; not "two four" of "two four-year terms"), or a vague quantifier.
 */
export const NUM = `(?:\\d{1,3}(?:,\\d{3})+(?![\\d,])|\\d+(?:\\.\\d+)?|(?:${TENS})[- ](?:${ONES})|half an?|(?:${NUMBER_WORDS})(?:[- ]hundred)?|several|a few|few|many|some|numerous)`;

/** The number a quantity phrase means, or null when it is vague. */
export function quantity(phrase: string): number | null {
  // "half an hour", "half a day": the article counts one of what is halved.
  const p = phrase
    .toLowerCase()
    .trim()
    .replace(/^half an?$/, 'half');
  if (VAGUE.has(p)) return null;
  if (/^\d{1,3}(?:,\d{3})+$/.test(p)) return Number(p.replaceAll(',', ''));
  if (/^\d+(\.\d+)?$/.test(p)) return Number(p);
  if (p in SMALL) return SMALL[p] ?? null;
  const parts = p.split(/[- ]/);
  let total = 0;
  for (const part of parts) {
    const v = SMALL[part];
    if (v === undefined) return null;
    total = v === 100 ? Math.max(total, 1) * 100 : total + v;
  }
  return total;
}

export interface Unit {
  /** TIMEX3 duration letter(s). */
  letter: string;
  /** Time units are written after a T in durations (PT3H). */
  time: boolean;
}

export const UNITS: Record<string, Unit> = {
  second: { letter: 'S', time: true },
  minute: { letter: 'M', time: true },
  hour: { letter: 'H', time: true },
  day: { letter: 'D', time: false },
  night: { letter: 'D', time: false },
  week: { letter: 'W', time: false },
  weekend: { letter: 'WE', time: false },
  fortnight: { letter: 'W', time: false },
  month: { letter: 'M', time: false },
  quarter: { letter: 'Q', time: false },
  year: { letter: 'Y', time: false },
  decade: { letter: 'DE', time: false },
  century: { letter: 'CE', time: false },
};

export const UNIT_WORDS =
  'seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|quarters?|years?|decades?|centur(?:y|ies)';

export function unitOf(word: string): string {
  const w = word.toLowerCase();
  if (w.startsWith('centur')) return 'century';
  return w.replace(/s$/, '');
}

export function durationValue(n: number | null, unit: string): string {
  const u = UNITS[unit];
  if (!u) return 'PX';
  if (n !== null && unit === 'fortnight') return `P${n * 2}W`;
  // Less than one of a unit is written in the next smaller unit where it comes out whole:
  // "half an hour" is PT30M, "half a century" P50Y ("1.5 hours" stays PT1.5H, as written).
  const smaller = SMALLER[unit];
  if (n !== null && n < 1 && smaller && Number.isInteger(n * smaller.times))
    return `P${smaller.time ? 'T' : ''}${n * smaller.times}${smaller.letter}`;
  return `P${u.time ? 'T' : ''}${n === null ? 'X' : String(n)}${u.letter}`;
}

const SMALLER: Record<string, Unit & { times: number }> = {
  minute: { letter: 'S', time: true, times: 60 },
  hour: { letter: 'M', time: true, times: 60 },
  day: { letter: 'H', time: true, times: 24 },
  year: { letter: 'M', time: false, times: 12 },
  decade: { letter: 'Y', time: false, times: 10 },
  century: { letter: 'Y', time: false, times: 100 },
};

export const ORDINALS: Record<string, number> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
  final: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  'twenty-first': 21,
};

/** A holiday's day in a given year: fixed ones by month and day, movable feasts computed. */
const fixed = (m: number, d: number) => (y: number) => ({ y, m, d });
const fromEaster = (n: number) => (y: number) => addDays(easterSunday(y), n);

/** Holidays news dates things by, with the day each falls on in a year. */
export const HOLIDAYS: Array<{ pattern: string; on: (y: number) => Day }> = [
  { pattern: "new year'?s eve|new year’s eve", on: fixed(12, 31) },
  { pattern: "new year'?s(?: day)?|new year’s(?: day)?|new year", on: fixed(1, 1) },
  { pattern: 'christmas eve', on: fixed(12, 24) },
  // ("Christmas Island" is no day.)
  { pattern: 'christmas(?: day)?(?! island)|xmas', on: fixed(12, 25) },
  { pattern: 'boxing day', on: fixed(12, 26) },
  { pattern: "valentine'?s day|valentine’s day", on: fixed(2, 14) },
  { pattern: 'halloween', on: fixed(10, 31) },
  // (The United States' day: not "the country's Independence Day", "Indonesian Independence Day".)
  {
    pattern: "(?<!['’]s )(?<!\\b(?!american )[a-z]+(?:an|ese|ian|ish|i) )independence day",
    on: fixed(7, 4),
  },
  { pattern: 'bastille day', on: fixed(7, 14) },
  { pattern: 'may day', on: fixed(5, 1) },
  { pattern: 'ash wednesday', on: fromEaster(-46) },
  { pattern: 'palm sunday', on: fromEaster(-7) },
  { pattern: 'maundy thursday', on: fromEaster(-3) },
  { pattern: 'good friday', on: fromEaster(-2) },
  { pattern: 'easter monday', on: fromEaster(1) },
  // ("Easter Island", "the Easter Rising", "Easter eggs" are no day.)
  { pattern: 'easter(?: sunday)?(?! island| rising| eggs?\\b| bunny)', on: fromEaster(0) },
  { pattern: 'thanksgiving(?: day)?(?! dinner| turkey)', on: (y) => nthWeekday(y, 11, 4, 4) },
];

/** A holiday's whole name: "Christmas", "Easter", "New Year's Day". */
export const HOLIDAY_NAME = new RegExp(`^(?:${HOLIDAYS.map((h) => h.pattern).join('|')})$`, 'i');
