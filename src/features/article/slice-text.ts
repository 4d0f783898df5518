import type { TextSpan } from '../../story/model.ts';

/** A span of text that acts: selecting a place, a person or an event. */
export interface TextLink extends TextSpan {
  kind: 'place' | 'person' | 'event';
  id: string;
  label: string;
}

export interface Piece extends TextSpan {
  marked: boolean;
}

export interface Run extends TextSpan {
  link: TextLink | null;
  pieces: Piece[];
}

/**
 * Cuts a range of the text into runs (a link or plain text), each cut further into pieces that
 * are marked or not. Overlapping links keep the first (longest at equal starts); marks may cross
 * link edges. Pure, so views only render what this returns.
 */
export function sliceText(range: TextSpan, links: TextLink[], marks: TextSpan[]): Run[] {
  const inRange = (s: TextSpan) => s.end > range.start && s.start < range.end;
  const sorted = links.filter(inRange).sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: TextLink[] = [];
  for (const l of sorted)
    if (!kept.length || l.start >= (kept.at(-1) as TextLink).end) kept.push(l);
  const runs: Run[] = [];
  let at = range.start;
  const markCuts = marks.filter(inRange);
  const piecesOf = (start: number, end: number): Piece[] => {
    const cuts = new Set([start, end]);
    for (const m of markCuts) {
      if (m.start > start && m.start < end) cuts.add(m.start);
      if (m.end > start && m.end < end) cuts.add(m.end);
    }
    const points = [...cuts].sort((a, b) => a - b);
    return points.slice(0, -1).map((s, i) => {
      const e = points[i + 1] as number;
      return { start: s, end: e, marked: markCuts.some((m) => m.start <= s && m.end >= e) };
    });
  };
  for (const l of kept) {
    const s = Math.max(l.start, range.start);
    const e = Math.min(l.end, range.end);
    if (s > at) runs.push({ start: at, end: s, link: null, pieces: piecesOf(at, s) });
    runs.push({ start: s, end: e, link: l, pieces: piecesOf(s, e) });
    at = e;
  }
  if (at < range.end)
    runs.push({ start: at, end: range.end, link: null, pieces: piecesOf(at, range.end) });
  return runs;
}

/**
 * Spans grouped by the range (paragraph) they touch, in one sweep over both sorted lists, so a
 * long article is not searched once per paragraph. Ranges must be sorted and must not overlap.
 */
export function bucketBySpan<T extends TextSpan>(ranges: TextSpan[], spans: T[]): T[][] {
  const out: T[][] = ranges.map(() => []);
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let first = 0;
  for (const s of sorted) {
    while (first < ranges.length && (ranges[first] as TextSpan).end <= s.start) first++;
    for (let i = first; i < ranges.length && (ranges[i] as TextSpan).start < s.end; i++)
      (out[i] as T[]).push(s);
  }
  return out;
}
