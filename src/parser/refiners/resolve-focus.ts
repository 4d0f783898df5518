import type { Timex } from '../../story/model';
import { FOCUS_QUARTER, FOCUS_YEAR_BEFORE } from '../extractors/timexes.ts';
import type { Day } from './calendar.ts';

/**
 * Resolves the expressions that point back at the period a story is about, in reading order:
 * "the quarter" is the ended quarter named last (else the last full quarter before publication), and
 * "a year earlier" or "the year-ago period" is that quarter a year before (or last year).
 * `text` is the article the timexes index, read for the word before each quarter.
 */
export function resolveFocus(timexes: Timex[], ref: Day | null, text: string): Timex[] {
  let focus: string | null = null;
  const lastFullQuarter = ref
    ? ref.m <= 3
      ? `${ref.y - 1}-Q4`
      : `${ref.y}-Q${Math.ceil(ref.m / 3) - 1}`
    : null;
  return timexes.map((t) => {
    if (/^\d{4}-Q[1-4]$/.test(t.value)) {
      // Only a quarter that has ended can be the one reported on ("fourth-quarter results"
      // in October are a forecast), and not one a span runs since ("its best result since the
      // third quarter of 2022": a bound, not the quarter in question).
      const since = /\bsince\s+$/i.test(text.slice(Math.max(0, t.start - 8), t.start));
      if ((!ref || !lastFullQuarter || t.value <= lastFullQuarter) && !since) focus = t.value;
      return t;
    }
    if (t.value === FOCUS_QUARTER) {
      focus ??= lastFullQuarter;
      return { ...t, value: focus ?? 'XXXX-QX' };
    }
    const yearBefore =
      t.value === FOCUS_YEAR_BEFORE ||
      (/\byear (?:earlier|ago)\b/i.test(t.text) && /^\d{4}$/.test(t.value));
    if (!yearBefore) return t;
    const q = focus ?? null;
    if (q) return { ...t, value: `${Number(q.slice(0, 4)) - 1}${q.slice(4)}` };
    return { ...t, value: ref ? String(ref.y - 1) : 'XXXX' };
  });
}
