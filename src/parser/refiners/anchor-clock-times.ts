import type { Timex } from '../../story/model';
import { addDays, type Day, parseIsoDay } from './calendar.ts';

/** A clock time alone ("shortly before 11 a.m.", "at noon", "2240 GMT"): no day in its words. */
const CLOCK_ONLY = /^(?:[\d:.\s()]|[ap]\.?m\b\.?|noon|midnight|GMT|UTC|local time|[A-Z]{2,4})+$/;

const iso = (d: Day) =>
  `${String(d.y).padStart(4, '0')}-${String(d.m).padStart(2, '0')}-${String(d.d).padStart(2, '0')}`;

/**
 * A clock time without a day is on the day the story last named ("burned all Tuesday. The
 * blaze broke out shortly before 11 a.m." is Tuesday's 11 a.m.), when that day is within the
 * week of publication; otherwise, as the extractor gave it, on the day of publication.
 */
export function anchorClockTimes(timexes: Timex[], ref: Day | null): Timex[] {
  if (!ref) return timexes;
  const [weekBefore, weekAfter] = [iso(addDays(ref, -7)), iso(addDays(ref, 7))];
  const today = iso(ref);
  let lastDay: string | null = null;
  return timexes.map((t) => {
    const day = /^(\d{4}-\d\d-\d\d)(?:T|$)/.exec(t.value)?.[1];
    if (!day) return t;
    if (t.type === 'TIME' && day === today && CLOCK_ONLY.test(t.text)) {
      if (lastDay && lastDay !== today) return { ...t, value: lastDay + t.value.slice(10) };
      return t;
    }
    if (day >= weekBefore && day <= weekAfter && parseIsoDay(day)) lastDay = day;
    return t;
  });
}
