/** Days since 1970-01-01 for a YYYY-MM-DD string (UTC, no clock involved). */
export function dayNumber(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(2000, (m ?? 1) - 1, d ?? 1));
  date.setUTCFullYear(y ?? 1970);
  return Math.round(date.getTime() / 86_400_000);
}

export interface Span {
  start: number;
  /** Inclusive last day. */
  end: number;
}

export interface Break {
  /** Where the break is drawn. */
  x: number;
  fromDay: number;
  toDay: number;
}

export interface TimeScale {
  x(day: number): number;
  width: number;
  breaks: Break[];
}

/**
 * A true-scale axis where distance means time, except that empty stretches longer than
 * `maxGapPx` shrink to `breakPx` and are marked as breaks, so years of nothing do not push a
 * story's days off screen.
 */
export function buildScale(
  spans: Span[],
  opts: { pxPerDay: number; maxGapPx?: number; breakPx?: number; padPx?: number },
): TimeScale {
  const { pxPerDay, maxGapPx = 240, breakPx = 48, padPx = 40 } = opts;
  if (spans.length === 0) return { x: () => padPx, width: 2 * padPx, breaks: [] };
  // Occupied stretches, merged, then the gaps between them.
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const runs: Span[] = [];
  for (const s of sorted) {
    const last = runs.at(-1);
    if (last && s.start <= last.end + 1) last.end = Math.max(last.end, s.end);
    else runs.push({ start: s.start, end: s.end });
  }
  const knots: Array<{ day: number; x: number }> = [];
  const breaks: Break[] = [];
  let x = padPx;
  runs.forEach((r, i) => {
    if (i > 0) {
      const prev = runs[i - 1] as Span;
      const gapDays = r.start - (prev.end + 1);
      const natural = gapDays * pxPerDay;
      if (natural > maxGapPx) {
        breaks.push({ x: x + breakPx / 2, fromDay: prev.end + 1, toDay: r.start });
        x += breakPx;
      } else x += natural;
    }
    knots.push({ day: r.start, x });
    x += (r.end + 1 - r.start) * pxPerDay;
    knots.push({ day: r.end + 1, x });
  });
  const width = x + padPx;
  const scale = (day: number): number => {
    const first = knots[0] as { day: number; x: number };
    if (day <= first.day) return first.x - (first.day - day) * pxPerDay;
    for (let i = 1; i < knots.length; i++) {
      const a = knots[i - 1] as { day: number; x: number };
      const b = knots[i] as { day: number; x: number };
      if (day <= b.day)
        return b.day === a.day ? b.x : a.x + ((day - a.day) / (b.day - a.day)) * (b.x - a.x);
    }
    const last = knots.at(-1) as { day: number; x: number };
    return last.x + (day - last.day) * pxPerDay;
  };
  return { x: scale, width, breaks };
}

/** Greedy lanes so that boxes [x, x + width) never overlap within a lane. */
export function assignLanes(items: Array<{ x: number; width: number }>): number[] {
  const laneEnds: number[] = [];
  return items.map((it) => {
    let lane = laneEnds.findIndex((end) => end <= it.x);
    if (lane < 0) {
      lane = laneEnds.length;
      laneEnds.push(0);
    }
    laneEnds[lane] = it.x + it.width;
    return lane;
  });
}

/** Indices of labels to show, left to right, skipping any that would touch the one before. */
export function nonOverlappingLabels(
  labels: Array<{ x: number; width: number }>,
  gap = 8,
): number[] {
  const order = labels.map((l, i) => ({ ...l, i })).sort((a, b) => a.x - b.x);
  const shown: number[] = [];
  let right = Number.NEGATIVE_INFINITY;
  for (const l of order) {
    const left = l.x - l.width / 2;
    if (left >= right + gap) {
      shown.push(l.i);
      right = l.x + l.width / 2;
    }
  }
  return shown;
}

/**
 * The index of the smallest zoom (pixels per day) at which events on different days sit side
 * by side, capped at the largest zoom.
 */
export function fittingZoom(
  events: Array<{ date: { start: string } | null }>,
  zooms: number[],
  width: number,
): number {
  const days = [...new Set(events.flatMap((e) => (e.date ? [dayNumber(e.date.start)] : [])))].sort(
    (a, b) => a - b,
  );
  let needed = 0;
  for (let i = 1; i < days.length; i++)
    needed = Math.max(needed, width / ((days[i] ?? 0) - (days[i - 1] ?? 0)));
  const index = zooms.findIndex((z) => z >= needed);
  return index < 0 ? zooms.length - 1 : index;
}
