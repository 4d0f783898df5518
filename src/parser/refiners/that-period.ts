import type { Timex } from '../../story/model';
import { THAT_MONTH, THAT_YEAR } from '../extractors/timexes.ts';

/**
 * "was released in August 2022 ... pardoned him later that year": "that year" and "that month"
 * are the year and the month of the date the story named last, in reading order (unknown,
 * XXXX or XXXX-XX, when it has named none).
 */
export function resolveThatPeriod(timexes: Timex[]): Timex[] {
  let year: string | null = null;
  let month: string | null = null;
  return timexes.map((t, i) => {
    if (t.value === THAT_YEAR) return { ...t, value: year ?? 'XXXX' };
    // "became chairman in October that year": a month right before "that year" is that year's.
    const next = timexes[i + 1];
    if (
      next?.value === THAT_YEAR &&
      next.start - t.end <= 1 &&
      year &&
      /^\d{4}-\d\d$/.test(t.value)
    )
      return { ...t, value: `${year}${t.value.slice(4)}` };
    if (t.value === THAT_MONTH) return { ...t, value: month ?? 'XXXX-XX' };
    if (t.type !== 'DATE' && t.type !== 'TIME') return t;
    const named = /^(\d{4})(?:-(\d\d)(?!\d))?/.exec(t.value);
    if (named?.[1]) {
      year = named[1];
      month = named[2] ? `${named[1]}-${named[2]}` : null;
    }
    return t;
  });
}
