/**
 * Calendar arithmetic on plain UTC days, so the parser never depends on the machine's time
 * zone or clock: every relative date is computed from the publication date.
 */
export interface Day {
  y: number;
  m: number; // 1..12
  d: number; // 1..31
}

export function parseIsoDay(iso: string): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const day = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  const back = toUtc(day);
  return back.getUTCMonth() + 1 === day.m && back.getUTCDate() === day.d ? day : null;
}

function toUtc(day: Day): Date {
  const date = new Date(Date.UTC(2000, day.m - 1, day.d));
  date.setUTCFullYear(day.y);
  return date;
}

function fromUtc(date: Date): Day {
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

export function addDays(day: Day, n: number): Day {
  const date = toUtc(day);
  date.setUTCDate(date.getUTCDate() + n);
  return fromUtc(date);
}

/** Whole days from `a` to `b` (negative when `b` comes first). */
export function daysBetween(a: Day, b: Day): number {
  return Math.round((toUtc(b).getTime() - toUtc(a).getTime()) / 86_400_000);
}

/** Adds months, clamping the day to the target month's length. */
export function addMonths(day: Day, n: number): Day {
  const total = day.y * 12 + (day.m - 1) + n;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return { y, m, d: Math.min(day.d, daysInMonth(y, m)) };
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(2000 + (y % 400), m, 0)).getUTCDate();
}

/** Easter Sunday of a Gregorian year (the anonymous Gregorian computus). */
export function easterSunday(y: number): Day {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const h =
    (19 * a + b - Math.floor(b / 4) - Math.floor((b - Math.floor((b + 8) / 25) + 1) / 3) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const k = Math.floor((a + 11 * h + 22 * l) / 451);
  const n = h + l - 7 * k + 114;
  return { y, m: Math.floor(n / 31), d: (n % 31) + 1 };
}

/** The nth given weekday (0 = Sunday) of a month: the fourth Thursday of November. */
export function nthWeekday(y: number, m: number, dow: number, n: number): Day {
  const first = weekday({ y, m, d: 1 });
  return { y, m, d: 1 + ((dow - first + 7) % 7) + 7 * (n - 1) };
}

/** 0 = Sunday .. 6 = Saturday. */
export function weekday(day: Day): number {
  return toUtc(day).getUTCDay();
}

/** ISO 8601 week-numbering year and week. */
export function isoWeek(day: Day): { y: number; w: number } {
  const date = toUtc(day);
  const dow = (date.getUTCDay() + 6) % 7; // Monday = 0
  date.setUTCDate(date.getUTCDate() - dow + 3); // the Thursday of this week
  const y = date.getUTCFullYear();
  // Week 1 holds the year's first Thursday, so the Thursday's day of the year gives the week.
  const jan1 = new Date(Date.UTC(2000, 0, 1));
  jan1.setUTCFullYear(y);
  const w = 1 + Math.floor((date.getTime() - jan1.getTime()) / 86_400_000 / 7);
  return { y, w };
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

export const fmtYear = (y: number) => pad(y, 4);
export const fmtMonth = (y: number, m: number) => `${pad(y, 4)}-${pad(m)}`;
export const fmtDay = (day: Day) => `${pad(day.y, 4)}-${pad(day.m)}-${pad(day.d)}`;
export function fmtWeek(day: Day): string {
  const { y, w } = isoWeek(day);
  return `${pad(y, 4)}-W${pad(w)}`;
}
