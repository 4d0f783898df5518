import { describe, expect, it } from 'vitest';
import { dateLabel, resolvedLabel } from '../../src/features/timeline/date-label.ts';
import { nextIndex } from '../../src/features/timeline/roving.ts';
import {
  assignLanes,
  buildScale,
  dayNumber,
  fittingZoom,
  nonOverlappingLabels,
} from '../../src/features/timeline/time-scale.ts';

describe('the time scale', () => {
  it('keeps true distances between nearby days', () => {
    const s = buildScale(
      [
        { start: 100, end: 100 },
        { start: 110, end: 110 },
      ],
      { pxPerDay: 10, padPx: 0 },
    );
    expect(s.x(110) - s.x(100)).toBe(100);
    expect(s.breaks).toEqual([]);
  });

  it('compresses a long empty stretch into a marked break', () => {
    const s = buildScale(
      [
        { start: 0, end: 0 },
        { start: 3650, end: 3650 },
      ],
      { pxPerDay: 10, maxGapPx: 200, breakPx: 40, padPx: 0 },
    );
    expect(s.breaks).toHaveLength(1);
    expect(s.x(3650) - s.x(1)).toBe(40);
    expect(s.width).toBeLessThan(100);
  });

  it('draws a month as a band as wide as its days', () => {
    const s = buildScale([{ start: dayNumber('2018-02-01'), end: dayNumber('2018-02-28') }], {
      pxPerDay: 2,
      padPx: 0,
    });
    expect(s.x(dayNumber('2018-02-28') + 1) - s.x(dayNumber('2018-02-01'))).toBe(56);
  });

  it('is monotonic: later days are never to the left', () => {
    const s = buildScale(
      [
        { start: 5, end: 5 },
        { start: 50, end: 60 },
        { start: 4000, end: 4000 },
      ],
      { pxPerDay: 3 },
    );
    let last = Number.NEGATIVE_INFINITY;
    for (let d = 0; d < 4100; d += 7) {
      expect(s.x(d)).toBeGreaterThanOrEqual(last);
      last = s.x(d);
    }
  });
});

describe('labels and lanes', () => {
  it('drops labels that would overlap the one before', () => {
    expect(
      nonOverlappingLabels([
        { x: 0, width: 60 },
        { x: 30, width: 60 },
        { x: 200, width: 60 },
      ]),
    ).toEqual([0, 2]);
  });

  it('puts overlapping cards in different lanes and reuses free lanes', () => {
    expect(
      assignLanes([
        { x: 0, width: 100 },
        { x: 50, width: 100 },
        { x: 120, width: 100 },
      ]),
    ).toEqual([0, 1, 0]);
  });

  it('says what the text said and what it means', () => {
    const next = {
      start: '2018-02-01',
      end: '2018-02-28',
      precision: 'month' as const,
      approximate: false,
      text: 'next month',
    };
    expect(resolvedLabel(next)).toBe('Feb 2018');
    expect(dateLabel(next)).toBe('“next month” → Feb 2018');
    expect(
      dateLabel({ ...next, start: '2018-01-09', end: '2018-01-09', precision: 'day', text: '' }),
    ).toBe('9 Jan 2018 (the story’s day)');
  });

  it('moves focus with arrows, Home and End, within bounds', () => {
    expect(nextIndex('ArrowRight', 0, 3)).toBe(1);
    expect(nextIndex('ArrowRight', 2, 3)).toBe(2);
    expect(nextIndex('ArrowUp', 0, 3)).toBe(0);
    expect(nextIndex('End', 0, 3)).toBe(2);
    expect(nextIndex('Home', 2, 3)).toBe(0);
    expect(nextIndex('a', 1, 3)).toBeNull();
  });
});

describe('the first zoom', () => {
  it('is the smallest at which events a week apart sit side by side', () => {
    const e = (start: string) => ({ date: { start } });
    expect(
      fittingZoom(
        [e('2018-01-01'), e('2018-01-09'), e('2018-02-01')],
        [1, 2, 4, 8, 16, 32, 64],
        200,
      ),
    ).toBe(5);
    expect(fittingZoom([e('2018-01-01')], [1, 2, 4], 200)).toBe(0);
    expect(fittingZoom([e('2018-01-01'), e('2018-01-02')], [1, 2, 4], 200)).toBe(2);
  });
});
