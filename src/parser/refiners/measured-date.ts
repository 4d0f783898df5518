import type { DateSpan } from '../../story/model.ts';
import {
  addDays,
  addMonths,
  daysInMonth,
  fmtDay,
  fmtMonth,
  fmtYear,
  parseIsoDay,
} from './calendar.ts';

/**
 * The date a duration measures from another ("came a week after the North tested a missile":
 * the test was a week before the launch), as exact as the unit: days and weeks give a day,
 * months a month, years a year, hours only in whole days ("48 hours after"). Always
 * approximate; null for a vague amount ("days after").
 */
export function measuredFrom(
  anchor: DateSpan,
  duration: string,
  direction: 'before' | 'after',
  text: string,
): DateSpan | null {
  // ("more than 24 hours after an attack": whole days counted in hours are days.)
  const hours = /^PT(\d+)H$/.exec(duration);
  const days = hours && Number(hours[1]) % 24 === 0 ? `P${Number(hours[1]) / 24}D` : duration;
  const m = /^P(\d+)(DE|[DWMY])$/.exec(days);
  const day = parseIsoDay(anchor.start);
  if (!m || !day) return null;
  // "a week after X": X is a week before the anchor; "a week before X": a week after it.
  // (A decade is ten years.)
  const n = Number(m[1]) * (m[2] === 'DE' ? 10 : 1) * (direction === 'after' ? -1 : 1);
  const base = { approximate: true, text };
  switch (m[2]) {
    case 'D':
    case 'W': {
      const at = fmtDay(addDays(day, m[2] === 'W' ? 7 * n : n));
      return { start: at, end: at, precision: 'day', ...base };
    }
    case 'M': {
      const { y, m: mo } = addMonths(day, n);
      return {
        start: `${fmtMonth(y, mo)}-01`,
        end: `${fmtMonth(y, mo)}-${daysInMonth(y, mo)}`,
        precision: 'month',
        ...base,
      };
    }
    default: {
      const y = fmtYear(day.y + n);
      return { start: `${y}-01-01`, end: `${y}-12-31`, precision: 'year', ...base };
    }
  }
}
