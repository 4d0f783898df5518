import { describe, expect, it } from 'vitest';
import { fmtWeek } from '../../src/parser/refiners/calendar.ts';
import { measuredFrom } from '../../src/parser/refiners/measured-date.ts';

describe('ISO 8601 weeks', () => {
  it.each([
    [1998, 1, 20, '1998-W04'],
    [1998, 5, 1, '1998-W18'],
    [2018, 1, 9, '2018-W02'],
    [2008, 12, 29, '2009-W01'],
    [2020, 12, 31, '2020-W53'],
    [2021, 1, 3, '2020-W53'],
    [2021, 1, 4, '2021-W01'],
  ])('%i-%i-%i is in %s', (y, m, d, week) => {
    expect(fmtWeek({ y, m, d })).toBe(week);
  });
});

describe('a date measured from another', () => {
  const monday = {
    start: '2018-01-08',
    end: '2018-01-08',
    precision: 'day' as const,
    approximate: false,
    text: 'Monday',
  };
  it('is as exact as the unit of the measure, and approximate', () => {
    expect(measuredFrom(monday, 'P3Y', 'after', 'three years after')).toEqual({
      start: '2015-01-01',
      end: '2015-12-31',
      precision: 'year',
      approximate: true,
      text: 'three years after',
    });
    expect(measuredFrom(monday, 'P2D', 'before', 'two days before')?.start).toBe('2018-01-10');
  });

  it('gives nothing for a vague amount ("days after")', () => {
    expect(measuredFrom(monday, 'PXD', 'after', 'days after')).toBeNull();
  });
});
