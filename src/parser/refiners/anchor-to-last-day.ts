import type { TextSpan, Timex } from '../../story/model';
import { firstStartingFrom } from '../../story/selectors.ts';
import { OWN_MONTH, OWN_YEAR } from '../extractors/timex-lexicon.ts';
import {
  countedFrom,
  countsOnward,
  DAY_AFTER,
  DAY_BEFORE,
  FUTURE_CUE,
  PAST_WORD,
  RANGE_ONLY,
  RANGE_ONLY_JOIN,
  SAME_DAY,
} from '../extractors/timexes.ts';
import { IRREGULAR_PASTS } from '../extractors/tokens.ts';
import {
  addDays,
  type Day,
  daysBetween,
  fmtDay,
  fmtMonth,
  fmtYear,
  parseIsoDay,
} from './calendar.ts';

/** A date named at its own precision ("1990", "1990-03"), if it lies before `today`. */
function coarseBefore(
  named: { day: Day; precision: 'day' | 'month' | 'year' },
  today: string,
): string | null {
  const { day, precision } = named;
  const value =
    precision === 'year'
      ? fmtYear(day.y)
      : precision === 'month'
        ? fmtMonth(day.y, day.m)
        : fmtDay(day);
  return value < today.slice(0, value.length) ? value : null;
}

/**
 * A clock time or part of a day alone ("shortly before 11 a.m.", "at noon", "2240 GMT", "the
 * afternoon"): no day in its words.
 */
const CLOCK_ONLY =
  /^(?:[\d:.\s()]|[ap]\.?m\b\.?|noon|midday|midnight|GMT|UTC|local time|[A-Z]{2,4}|the (?:morning|afternoon|evening|night))+$/;

/** What joins a range's end to its start, right before the end: " to ", "-", " through ". */
const RANGE_END_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:${RANGE_ONLY})\s*$`, 'iu');

/** A verb told in the past: "happened", "was", "struck" (the words before a clock time). */
const PAST_TOLD = new RegExp(String.raw`\b(?:was|were|had|hit|${PAST_WORD})\b`, 'u');

/** A value at a day's end: its evening, its night or a clock time from 6 p.m. ("T21:45"). */
const LATE_VALUE = /T(?:NI|EV|1[89]:|2\d:)/;

/** A verb of telling right before a day: "said on Tuesday", "told reporters Monday". */
const SPOKEN_ON =
  /\b(?:said|says|announced|reported|added|stated|confirmed|told\s+(?:reporters|journalists|\p{Lu}\p{L}+))\s+(?:on\s+|late\s+|early\s+)?$/u;

/**
 * A count's update right before a day: "rose above 5,000 on Tuesday", "reached 290 on", "were
 * confirmed dead and 784 missing on".
 */
const COUNTED_ON =
  /\b(?:(?:rose|climbed|jumped|increased|reached|passed|topped|surpassed)\s+(?:(?:to|above|past|beyond)\s+)?(?:(?:more\s+than|at\s+least)\s+)?[\d,.]+(?:\s+(?:million|billion))?|(?:confirmed|reported|declared)\s+(?:dead|killed|missing|injured)(?:\s+and\s+(?:[\d,.]+\s+)?(?:others\s+)?(?:dead|killed|missing|injured))?)\s+(?:on\s+)?$/;

/**
 * Inside a relative clause between commas, up to the time: ", who won the "; or a participle's,
 * ", identified on " ("The attacker, identified on Sunday as ..., moved through the mall
 * shortly before 4 p.m." did so on the day before).
 */
const ASIDE_BEFORE = /,\s*(?:who|which|whose|where|\p{Ll}{3,}ed)\s[^,;.!?]*$/u;
/**
 * ", Danuri" before that comma: a name set between commas, the verb after it the clause's own;
 * or a person's age and description after their name ("Ruiz, 60, a former governor of the
 * central bank").
 */
const NAME_SET_BETWEEN =
  /(?:,\s*(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*|\p{Lu}[\p{L}'’.-]*,\s*(?:\d{1,3},\s*)?(?:an?|the)\s[^,;.!?"“”]*)$/u;
/** "a siege that began on ": a relative clause that tells its noun's past, up to its time. */
const RELATIVE_PAST_BEFORE = new RegExp(
  String.raw`\s\p{Ll}{3,}\s+(?:that|which)\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}{3,}ed|${IRREGULAR_PASTS})\s[^,;.!?"“”]*$`,
  'u',
);
/** Whether the words up to a time end inside an aside ("Lai, who won the Jan. 13 election"). */
function inAside(before: string): boolean {
  // (An aside is read in the last 100 characters; the name before it, further back.)
  const m = ASIDE_BEFORE.exec(before.slice(-100));
  if (m) m.index += Math.max(0, before.length - 100);
  // ("The orbiter, Danuri, lifted off ... on Thursday evening" is no aside: its verb comes
  // right after a name set between commas.)
  return (
    !!m && !(/^,\s*\p{Ll}{3,}ed\s/u.test(m[0]) && NAME_SET_BETWEEN.test(before.slice(0, m.index)))
  );
}

/**
 * Inside a clause the news is measured from, up to the time: "a day after he appeared on ",
 * "a day after he appeared in St. Peter's Square on " (the point of a short capitalised word
 * ends no sentence).
 */
const MEASURED_BEFORE =
  /\b(?:hours?|days?|weeks?)\s+(?:after|before)\s(?:[^,;.!?]|(?<=\b\p{Lu}\p{Ll}{0,3})\.)*$/u;

/**
 * What dates a clause right before a day far from the news: "on ", "on the night of " ("since
 * Sept. 15", "the Nov. 3 election" only name a day the story looks back to).
 */
const DISTANT_DAY_ON = /\bon\s+(?:the\s+(?:night|morning|evening|afternoon)\s+of\s+)?$/;

type Told = { value: string; end: number };

/**
 * "The first bomb fell on Hiroshima on Aug. 6, 1945 ... Japan surrendered on Aug. 15": a day
 * with no year of its own, in the same paragraph as a day or month named with a year before
 * publication's, later in that year than it, in a clause that does not look ahead, is in that
 * year (the extractor, reading it against publication, gave it publication's year).
 */
function yearCarried(
  t: Timex,
  told: Told | null,
  ref: Day | null,
  text: string,
  sentenceBefore: (at: number) => string,
): string | null {
  const own = /^(\d{4})-(\d\d-\d\d)$/.exec(t.value);
  // (A weekday or "yesterday" is told from the day of publication.)
  if (
    !told ||
    !ref ||
    !own ||
    t.type !== 'DATE' ||
    OWN_YEAR.test(t.text) ||
    !OWN_MONTH.test(t.text)
  )
    return null;
  const [, ownYear = '', monthDay = ''] = own;
  const year = told.value.slice(0, 4);
  if (Number(year) >= ref.y || ownYear === year) return null;
  // (A month told alone, "1945-08", comes before each of its days: "08---" sorts first.)
  if (/\n/.test(text.slice(told.end, t.start)) || monthDay <= told.value.slice(5).padEnd(5, '-'))
    return null;
  if (FUTURE_CUE.test(sentenceBefore(t.start))) return null;
  return `${year}-${monthDay}`;
}

/**
 * For a month or a day with no year of its own ("February", not "February 2026" nor a
 * weekday): its year and the rest of its value, the words of its sentence before it, and the
 * last year its sentence names before it that `opens` allows.
 */
function sentenceYear(
  t: Timex,
  before: Timex[],
  sentenceBefore: (at: number) => string,
  opens: (b: Timex, from: number) => boolean = () => true,
): { ownYear: string; rest: string; words: string; year: string } | null {
  const own = /^(\d{4})(-\d\d(?:-\d\d)?)$/.exec(t.value);
  // (A weekday is told from the day of publication: "who hopes to win next year's election,
  // visited Seoul on Friday" is this week's Friday.)
  if (!own || t.type !== 'DATE' || OWN_YEAR.test(t.text) || !OWN_MONTH.test(t.text)) return null;
  const words = sentenceBefore(t.start);
  const from = t.start - words.length;
  const year = before.findLast(
    (b) => b.start >= from && b.type === 'DATE' && /^\d{4}$/.test(b.value) && opens(b, from),
  )?.value;
  return year ? { ownYear: own[1] ?? '', rest: own[2] ?? '', words, year } : null;
}

/**
 * "The 2026 Winter Olympics will be held in Milan in February", "Next year's summit will be
 * held in Baku in November": a month or a day with no year of its own, in a clause that looks
 * ahead, after a later year its sentence names before it, is in that year.
 */
function yearAhead(
  t: Timex,
  before: Timex[],
  sentenceBefore: (at: number) => string,
): string | null {
  const found = sentenceYear(t, before, sentenceBefore);
  if (!found || found.year <= found.ownYear || !FUTURE_CUE.test(found.words)) return null;
  return found.year + found.rest;
}

/**
 * "In 1991, he survived a coup in August", "A year later, he survived a coup attempt in
 * August": a month or a day with no year of its own ("last November" has one), in a clause told
 * in the past, after an earlier year that opens its sentence, is in that year (not "the 2015
 * deal, which he quit in May", nor "the worst since 1976 ... in February").
 */
function yearBefore(
  t: Timex,
  before: Timex[],
  text: string,
  sentenceBefore: (at: number) => string,
): string | null {
  if (/\b(?:last|next|this|coming|past)\b/i.test(t.text)) return null;
  const found = sentenceYear(
    t,
    before,
    sentenceBefore,
    (b, from) =>
      (/^\s*(?:(?:In|During)\s+)?$/.test(text.slice(from, b.start)) &&
        /^,\s/.test(text.slice(b.end, b.end + 2))) ||
      // ("ruled until 2001, when they were ousted after the September 11 attacks": or a year
      // whose clause of "when" holds the time.)
      (t.start - b.end <= 160 && WHEN_OF_YEAR.test(text.slice(b.end, t.start))),
  );
  if (!found || found.year >= found.ownYear || FUTURE_CUE.test(found.words)) return null;
  return found.year + found.rest;
}

/**
 * ", when they were ousted by U.S.-led forces after the ": a year's clause of "when", up to a
 * time inside it (the point of an initial ends no clause).
 */
const WHEN_OF_YEAR = /^,\s+when\s(?:[^,;:.!?"“”]|(?<=\b\p{Lu})\.)*$/u;

function nextDay(day: string): string {
  const d = parseIsoDay(day);
  return d ? fmtDay(addDays(d, 1)) : day;
}

function dayOf(t: Timex): string | undefined {
  return /^(\d{4}-\d\d-\d\d)(?:T|$)/.exec(t.value)?.[1];
}

/**
 * Days the story counts from the day it named last, in reading order:
 * - a clock time without a day is on the day named right after it ("7:35 this morning"), or
 *   else on that day ("burned all Tuesday. The blaze broke out shortly before 11 a.m." is
 *   Tuesday's 11 a.m.; the small hours after "late on Tuesday" or "a late-night address on
 *   Tuesday" are Wednesday's, and so is what follows), when that day is within the week of
 *   publication, or further off but told "on" ("on the night of Dec. 3 ... at 4:30 a.m.", not
 *   "since Sept. 15" nor "the Nov. 3 election"), and not only the day of a telling ("said on Tuesday"), of what the news is
 *   measured from ("a day after he appeared on Sunday") or of a clock put into GMT in brackets
 *   ("(1730 GMT Friday)"), nor named inside a quotation (`quoted`, the parser's own reading of
 *   where the text quotes someone); otherwise, as the extractor gave it, on the day of
 *   publication; the end of a span of clock times ("from 6 p.m. to 6 a.m.") moves with its
 *   start;
 * - "the next day" and "the previous day" are the day after and before it, "the next morning"
 *   that day's morning (unknown, XXXX-XX-XX, when the story has named no day), and the story
 *   goes on in that day; "later in the day" is that day (else the day of publication);
 * - "three days later", "a year earlier" count from the date named last outside a relative
 *   aside, when it is known as finely as the count ("on Aug. 6, 1945 ... three days later" is
 *   1945-08-09); with no such date they keep the extractor's count from the day of publication.
 */
export function anchorToLastDay(
  timexes: Timex[],
  ref: Day | null,
  text = '',
  sentences: TextSpan[] = [],
  quoted: (at: number) => boolean = () => false,
): Timex[] {
  // The words of the segmented sentence a time stands in, up to the time ("U.S." ends none).
  const sentenceBefore = (at: number) =>
    text.slice(sentences[firstStartingFrom(sentences, at + 1) - 1]?.start ?? 0, at);
  const [weekBefore, weekAfter] = ref
    ? [fmtDay(addDays(ref, -7)), fmtDay(addDays(ref, 7))]
    : ['', ''];
  const today = ref ? fmtDay(ref) : null;
  let lastNear: string | null = null;
  // (The last such day not after publication: "was shot on Friday ... in Sunday's election. He
  // was pronounced dead at 5:03 p.m." is Friday's.)
  let lastGone: string | null = null;
  // (Whether the day named last was named at its end: "late on Tuesday", "Tuesday night",
  // "10:30 p.m. on Tuesday".)
  let lastNearLate = false;
  // (The last day before publication named at its end: "late on Tuesday" in a story of the
  // Wednesday.)
  let lateDay: string | null = null;
  let lastDay: Day | null = null;
  let lastNamed: { day: Day; precision: 'day' | 'month' | 'year' } | null = null;
  // (The last day or month named with its year in its own words: "Aug. 6, 1945".)
  let toldYear: Told | null = null;
  const done: Timex[] = [];
  /** The story goes on in `day`, named at its end or not. */
  const goOnIn = (day: string, late: boolean) => {
    [lastNear, lastNearLate] = [day, late];
    if (!today || day <= today) lastGone = day;
  };
  return timexes.map((raw, i) => {
    const t = withItsStart(raw, i) ?? anchored(raw, i);
    done.push(t);
    return t;
  });
  /**
   * ("The storm hit on Wednesday. A curfew ran from 6 p.m. to 6 a.m.": the end of a span of
   * clock times moves with its start, read on the day named last, not on the news's.)
   */
  function withItsStart(raw: Timex, i: number): Timex | null {
    const start = timexes[i - 1];
    const moved = done[i - 1];
    if (!start || !moved || raw.type !== 'TIME' || start.type !== 'TIME') return null;
    if (!CLOCK_ONLY.test(raw.text) || !CLOCK_ONLY.test(start.text)) return null;
    if (!RANGE_ONLY_JOIN.test(text.slice(start.end, raw.start))) return null;
    const [from, to, own] = [dayOf(start), dayOf(moved), dayOf(raw)].map((d) =>
      parseIsoDay(d ?? ''),
    );
    if (!from || !to || !own || fmtDay(from) === fmtDay(to)) return null;
    return { ...raw, value: fmtDay(addDays(own, daysBetween(from, to))) + raw.value.slice(10) };
  }
  function anchored(raw: Timex, i: number): Timex {
    // (A quarter is the focus refiner's: "a year earlier" than the quarter reported on.)
    const counted =
      lastNamed &&
      !/-Q\d$/.test(raw.value) &&
      // ("over the next year": a span, not the year after.)
      raw.type !== 'DURATION' &&
      (countedFrom(raw.text, lastNamed.day, lastNamed.precision) ??
        // ("The plant opened in 1990. Two days later it closed": a count onward that the date
        // named last is too coarse to count from lies within that date, not past publication.)
        (today && raw.value.slice(0, 10) > today && countsOnward(raw.text)
          ? coarseBefore(lastNamed, today)
          : null));
    const carried = counted
      ? null
      : (yearCarried(raw, toldYear, ref, text, sentenceBefore) ??
        yearAhead(raw, timexes.slice(Math.max(0, i - 4), i), sentenceBefore) ??
        yearBefore(raw, done.slice(Math.max(0, i - 4), i), text, sentenceBefore));
    const t = counted ? { ...raw, value: counted } : carried ? { ...raw, value: carried } : raw;
    const named = /^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?(?![\d-])/.exec(t.value);
    // ("Lai, who won the Jan. 13 election, ... Three days later": an aside's date is background.)
    // ("stormed a cafe early on Tuesday, ending a siege that began on Monday morning": so is a
    // day a relative clause gives a noun, after a day of the sentence's own.)
    const before = timexes.slice(Math.max(0, i - 3), i).findLast((x) => !!dayOf(x));
    const relative =
      !!before &&
      !/[.!?]/.test(text.slice(before.end, t.start)) &&
      // (Read from at most 200 characters back: a long run between two days is not read again.)
      RELATIVE_PAST_BEFORE.test(text.slice(Math.max(before.end, t.start - 200), t.start));
    const aside = relative || inAside(text.slice(Math.max(0, t.start - 200), t.start));
    // ("elected in March 2013 ... in hospital this year ... discharged on March 23": another
    // year named since ends the one told.)
    if (named && !aside && (t.type === 'DATE' || t.type === 'TIME'))
      toldYear =
        named[2] && t.type === 'DATE' && OWN_YEAR.test(t.text)
          ? { value: t.value, end: t.end }
          : named[1] === toldYear?.value.slice(0, 4)
            ? toldYear
            : null;
    if (named && !aside && (t.type === 'DATE' || t.type === 'TIME'))
      lastNamed = {
        day: { y: Number(named[1]), m: Number(named[2] ?? 1), d: Number(named[3] ?? 1) },
        precision: named[3] ? 'day' : named[2] ? 'month' : 'year',
      };
    // (and its part: "late that night".)
    if (t.value.startsWith(SAME_DAY)) {
      // ("would be held on November 23 ... Moon, who returned from a trip earlier in the day":
      // a day still to come is no day of what a clause tells in the past.)
      const gone =
        lastDay &&
        today &&
        fmtDay(lastDay) > today &&
        PAST_TOLD.test(sentenceBefore(t.start)) &&
        !FUTURE_CUE.test(sentenceBefore(t.start));
      const day = lastDay && !gone ? fmtDay(lastDay) : (today ?? 'XXXX-XX-XX');
      return { ...t, value: day + t.value.slice(SAME_DAY.length) };
    }
    const counting = t.value.startsWith(DAY_AFTER) || t.value.startsWith(DAY_BEFORE);
    if (counting) {
      const after = t.value.startsWith(DAY_AFTER);
      // (and its part: "the next morning".)
      const part = t.value.slice((after ? DAY_AFTER : DAY_BEFORE).length);
      if (!lastDay) return { ...t, value: `XXXX-XX-XX${part}` };
      lastDay = addDays(lastDay, after ? 1 : -1);
      const counted = fmtDay(lastDay);
      // ("told workers to return the next morning. The building collapsed at 9 a.m.": the
      // story goes on in the day it counted to.)
      if (counted >= weekBefore && counted <= weekAfter) goOnIn(counted, LATE_VALUE.test(part));
      return { ...t, value: counted + part };
    }
    const day = dayOf(t);
    if (!day) return t;
    if (t.type === 'TIME' && day === today && CLOCK_ONLY.test(t.text)) {
      // ("At 7:35 this morning": the day right after the clock time is its own.)
      const next = timexes[i + 1];
      const own = next && /^\s*$/.test(text.slice(t.end, next.start)) ? dayOf(next) : null;
      if (own) return { ...t, value: own + t.value.slice(10) };
      // ("collided late Tuesday ... crashed shortly before midnight": midnight ends the day named
      // last, T24:00 as TIMEX3 writes it; "after midnight" opens the next, as below.)
      const ends =
        /^midnight$/i.test(t.text) &&
        !/\bafter\s+$/i.test(text.slice(Math.max(0, t.start - 8), t.start));
      if (ends && lastNear && (lastNear !== today || lastNearLate))
        return { ...t, value: `${lastNear}T24:00` };
      // ("will ascend the throne at midnight": one still to come ends the day of the telling.)
      // (Nor one a measure starts from, "announced similar measures, starting at midnight", or
      // one the day's last deed came before: "declared the Games open shortly before midnight".)
      if (
        ends &&
        today &&
        (!lastNear || lastNear === today) &&
        (FUTURE_CUE.test(sentenceBefore(t.start)) ||
          /\b(?:starting|beginning|effective|from|before)\s+(?:at\s+)?$/i.test(
            text.slice(Math.max(0, t.start - 16), t.start),
          ))
      )
        return { ...t, value: `${today}T24:00` };
      // ("won on Tuesday ... conceded shortly after midnight": the midnight that ends that day.)
      const opens = /^midnight$/i.test(t.text) && !ends && lastNear ? nextDay(lastNear) : null;
      if (opens && (!today || opens <= today)) {
        goOnIn(opens, false);
        return { ...t, value: opens + t.value.slice(10) };
      }
      // ("declared martial law late on Tuesday ... voted shortly after 1 a.m.": the small hours
      // after a day's late end are the next day's.)
      // (Not past the day of publication.)
      const after = lastNear && lastNearLate ? nextDay(lastNear) : null;
      // ("left port on Tuesday evening ... sent a distress call at about 8:58 a.m.": so is a
      // morning told after an evening, unless the clause looks back, "had", "earlier".)
      const morning =
        /^T(?:0[6-9]|1[01]):/.test(t.value.slice(10)) &&
        !/\b(?:had|earlier|before)\b/i.test(sentenceBefore(t.start));
      if (after && (/^T0[0-5]:/.test(t.value.slice(10)) || morning) && (!today || after <= today)) {
        // (and the story goes on in that next day: "... and at 11 a.m. he resigned".)
        goOnIn(after, false);
      }
      // ("will travel on Friday ... Temperatures were minus 7 at midday": a day still to come is
      // no day of a clause told in the past, nor one gone of a clause that looks ahead, "will
      // keep searching through the night".)
      const ahead = FUTURE_CUE.test(sentenceBefore(t.start));
      // ("An explosion tore through a rig late on Tuesday, setting off a fire still burning on
      // Wednesday ... when the blast happened at about 10 p.m.": an evening hour told in the
      // past, in a story of the next day, is that late day's.)
      if (
        lateDay &&
        !ahead &&
        LATE_VALUE.test(t.value.slice(10)) &&
        PAST_TOLD.test(sentenceBefore(t.start))
      )
        return { ...t, value: lateDay + t.value.slice(10) };
      const fits = !today || !lastNear || (lastNear > today ? ahead : !ahead);
      if (lastNear && lastNear !== today && fits)
        return { ...t, value: lastNear + t.value.slice(10) };
      if (lastNear && today && lastNear > today && !ahead && lastGone && lastGone !== today)
        return { ...t, value: lastGone + t.value.slice(10) };
      return t;
    }
    // ("at 1:30 a.m. local time (1730 GMT Friday)": the day a clock in another zone falls on
    // is no day the story goes on in.)
    if (
      /\(\s*$/.test(text.slice(Math.max(0, t.start - 2), t.start)) &&
      /\b(?:GMT|UTC)\b/.test(t.text)
    )
      return t;
    lastDay = parseIsoDay(day) ?? lastDay;
    // ("struck late on Monday ..., authorities said on Tuesday. The quake hit at 11:15 p.m.":
    // a clock time is not on the day of the telling; "the previous day" still counts from it.)
    // (Nor the day a count was updated: "the toll rose above 5,000 on Tuesday".)
    const spoken =
      SPOKEN_ON.test(text.slice(Math.max(0, t.start - 30), t.start)) ||
      COUNTED_ON.test(text.slice(Math.max(0, t.start - 60), t.start));
    // ("died on Monday, less than a day after he appeared ... on Easter Sunday. Farrell announced
    // the death at 9:45 a.m.": the day measured from is the background, not the news's.)
    const background = MEASURED_BEFORE.test(text.slice(Math.max(0, t.start - 100), t.start));
    // ("had camped outside the store since Tuesday": nor the day a period that lasts till the
    // news began or ends.)
    const bound = /\b(?:since|until|till)\s+(?:(?:early|late)\s+)?$/i.test(
      text.slice(Math.max(0, t.start - 12), t.start),
    );
    // ("a curfew from 8 p.m. to 4 a.m.": the hour a span ends at is no day the story goes on in.)
    const spanEnd =
      CLOCK_ONLY.test(t.text) &&
      RANGE_END_BEFORE.test(text.slice(Math.max(0, t.start - 9), t.start));
    // ("the first Halloween festivities", "a Christmas crowd": nor the day of a feast whose name
    // only says what kind of thing a noun after it is.)
    const kind =
      /^\p{Lu}\p{Ll}+$/u.test(t.text) &&
      !/day$|^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/.test(t.text) &&
      /\b(?:an?|the|its|their|his|her|this)\s+(?:(?!(?:on|in|at|by|since|until|for)\s)\p{Ll}+\s+){0,2}$/u.test(
        text.slice(Math.max(0, t.start - 30), t.start),
      ) &&
      /^\s+\p{Ll}/u.test(text.slice(t.end, t.end + 3));
    if (
      ((day >= weekBefore && day <= weekAfter) ||
        DISTANT_DAY_ON.test(text.slice(Math.max(0, t.start - 30), t.start))) &&
      !spoken &&
      !kind &&
      !background &&
      !bound &&
      !aside &&
      !spanEnd &&
      // ('"The era that begins tomorrow will be stable," he said': nor a day a quotation names,
      // the speaker's.)
      !quoted(t.start)
    ) {
      goOnIn(
        day,
        /\blate\b/i.test(t.text) ||
          /\blate\s+(?:on\s+)?$/i.test(text.slice(Math.max(0, t.start - 9), t.start)) ||
          // ("in a late-night televised address on Tuesday")
          /\blate[- ]night\s(?:[^.;,!?]{0,40}\s)?(?:on\s+)?$/i.test(
            text.slice(Math.max(0, t.start - 60), t.start),
          ) ||
          LATE_VALUE.test(t.value),
      );
      if (lastNearLate && ref && day === fmtDay(addDays(ref, -1))) lateDay = day;
    }
    return t;
  }
}
