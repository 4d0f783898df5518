import type { TimexCandidate } from './timexes.ts';

/** ISO 8601's order of a duration's units: date units, then time units after "T". */
const ORDER = ['Y', 'M', 'W', 'D', 'TH', 'TM', 'TS'];
const PART = /^P(T?)(\d+(?:\.\d+)?)([YMWDHS])$/;

function part(value: string): { rank: number; n: string; time: boolean } | null {
  const m = PART.exec(value);
  if (!m) return null;
  const [, t = '', n = '', letter = ''] = m;
  const rank = ORDER.indexOf(t + letter);
  return rank < 0 ? null : { rank, n, time: t === 'T' };
}

/**
 * "an hour and 45 minutes", "three years and six months": a count of a unit and a count of a
 * smaller one joined by "and" are one length (PT1H45M), as TimeML writes it; the first's
 * modifier ("about") bounds the whole.
 */
export function withCompoundDurations(
  sentence: string,
  offset: number,
  timexes: TimexCandidate[],
): TimexCandidate[] {
  const out: TimexCandidate[] = [];
  for (const t of timexes) {
    const prev = out.at(-1);
    const a = prev?.type === 'DURATION' ? part(prev.value) : null;
    const b = t.type === 'DURATION' && !t.mod ? part(t.value) : null;
    const joined = prev && /^ and $/.test(sentence.slice(prev.end - offset, t.start - offset));
    if (!prev || !a || !b || !joined || a.rank >= b.rank) {
      out.push(t);
      continue;
    }
    const date = (p: typeof a) => (p.time ? '' : p.n + ORDER[p.rank]);
    const time = (p: typeof a) => (p.time ? p.n + (ORDER[p.rank] ?? '').slice(1) : '');
    const clock = time(a) + time(b);
    out[out.length - 1] = {
      ...prev,
      end: t.end,
      value: `P${date(a)}${date(b)}${clock ? `T${clock}` : ''}`,
    };
  }
  return out;
}
