import type { DateSpan, Timex } from '../../story/model.ts';
import { addDays, daysInMonth, fmtDay, isoWeek, parseIsoDay } from './calendar.ts';

const SEASON_MONTHS: Record<string, [number, number]> = {
  SP: [3, 5],
  SU: [6, 8],
  FA: [9, 11],
  WI: [12, 14],
};

/**
 * The calendar range a DATE or TIME value stands for ("2018-02" is all of February), or null
 * when it names no range (PAST_REF, a duration, an unresolved XXXX).
 */
export function timexToDate(
  timex: Pick<Timex, 'type' | 'value' | 'text' | 'mod'>,
): DateSpan | null {
  if (timex.type !== 'DATE' && timex.type !== 'TIME') return null;
  const v = timex.value;
  const approximate = !!timex.mod && timex.mod !== 'EQUAL';
  const base = { approximate, text: timex.text };
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(v);
  if (m) {
    const day = `${m[1]}-${m[2]}-${m[3]}`;
    return parseIsoDay(day) ? { start: day, end: day, precision: 'day', ...base } : null;
  }
  m = /^(\d{4})-(\d{2})$/.exec(v);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    if (mo < 1 || mo > 12) return null;
    return {
      start: `${m[1]}-${m[2]}-01`,
      end: `${m[1]}-${m[2]}-${daysInMonth(y, mo)}`,
      precision: 'month',
      ...base,
    };
  }
  m = /^(\d{4})-W(\d{2})/.exec(v);
  if (m) {
    const y = Number(m[1]);
    const w = Number(m[2]);
    // Monday of ISO week w: the week of January 4th, shifted.
    let monday = addDays({ y, m: 1, d: 4 }, -((new Date(Date.UTC(y, 0, 4)).getUTCDay() + 6) % 7));
    monday = addDays(monday, 7 * (w - isoWeek(monday).w));
    // "the weekend" (…-WE) is its Saturday and Sunday, not the whole week.
    if (v.endsWith('-WE'))
      return {
        start: fmtDay(addDays(monday, 5)),
        end: fmtDay(addDays(monday, 6)),
        precision: 'day',
        ...base,
      };
    return {
      start: fmtDay(monday),
      end: fmtDay(addDays(monday, 6)),
      precision: 'day',
      ...base,
      approximate: true,
    };
  }
  m = /^(\d{4})-(Q|H)(\d)$/.exec(v);
  if (m) {
    const y = Number(m[1]);
    const span = m[2] === 'Q' ? 3 : 6;
    const first = (Number(m[3]) - 1) * span + 1;
    const last = first + span - 1;
    return {
      start: `${m[1]}-${String(first).padStart(2, '0')}-01`,
      end: `${m[1]}-${String(last).padStart(2, '0')}-${daysInMonth(y, last)}`,
      precision: 'month',
      ...base,
      approximate: true,
    };
  }
  m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(v);
  if (m) {
    const y = Number(m[1]);
    const [a, b] = SEASON_MONTHS[m[2] ?? 'SP'] ?? [3, 5];
    const endY = y + Math.floor((b - 1) / 12);
    const endM = ((b - 1) % 12) + 1;
    return {
      start: `${m[1]}-${String(a).padStart(2, '0')}-01`,
      end: `${String(endY).padStart(4, '0')}-${String(endM).padStart(2, '0')}-${daysInMonth(endY, endM)}`,
      precision: 'month',
      ...base,
      approximate: true,
    };
  }
  m = /^(\d{4})$/.exec(v);
  if (m) return { start: `${m[1]}-01-01`, end: `${m[1]}-12-31`, precision: 'year', ...base };
  m = /^(\d{3})$/.exec(v);
  if (m) return { start: `${m[1]}0-01-01`, end: `${m[1]}9-12-31`, precision: 'decade', ...base };
  return null;
}
