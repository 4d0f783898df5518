import { useMemo } from 'react';
import type { StoryEvent } from '../../story/model.ts';
import { resolvedLabel } from './date-label.ts';
import { assignLanes, buildScale, dayNumber, nonOverlappingLabels } from './time-scale.ts';

export const CARD_WIDTH = 200;

/** Positions of the dated events on the axis, their lanes and the date labels that fit. */
export function useTimelineLayout(dated: StoryEvent[], now: number | null, pxPerDay: number) {
  return useMemo(() => {
    const spans = dated.map((e) => ({
      start: dayNumber(e.date?.start ?? ''),
      end: dayNumber(e.date?.end ?? ''),
    }));
    if (now !== null) spans.push({ start: now, end: now });
    const scale = buildScale(spans, { pxPerDay, maxGapPx: 320, breakPx: 56, padPx: 24 });
    const items = dated.map((e) => ({
      e,
      start: scale.x(dayNumber(e.date?.start ?? '')),
      end: scale.x(dayNumber(e.date?.end ?? '') + 1),
    }));
    const lanes = assignLanes(
      items.map((it) => ({ x: it.start, width: Math.max(CARD_WIDTH + 8, it.end - it.start) })),
    );
    const labels = items.map((it) => {
      const text = it.e.date ? resolvedLabel(it.e.date) : '';
      // Labels start at their day; the overlap test works on centres.
      return { x: it.start + 3.5 * text.length, width: 7 * text.length, at: it.start, text };
    });
    const shown = new Set(nonOverlappingLabels(labels));
    // Events on the same day share one tick.
    const seen = new Set<string>();
    const ticks = labels.filter((l, i) => {
      const key = `${l.x} ${l.text}`;
      const repeat = seen.has(key);
      seen.add(key);
      return shown.has(i) && !repeat;
    });
    return { scale, items, lanes, ticks, laneCount: Math.max(1, ...lanes.map((l) => l + 1)) };
  }, [dated, now, pxPerDay]);
}
