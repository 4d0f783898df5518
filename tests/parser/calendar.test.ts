import { describe, expect, it } from 'vitest';
import { easterSunday, fmtDay, fmtWeek, nthWeekday } from '../../src/parser/refiners/calendar.ts';
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

  it('counts hours in whole days only ("48 hours after" is two days before; "12 hours after" nothing)', () => {
    expect(measuredFrom(monday, 'PT48H', 'after', '48 hours after')?.start).toBe('2018-01-06');
    expect(measuredFrom(monday, 'PT24H', 'before', '24 hours before')?.start).toBe('2018-01-09');
    expect(measuredFrom(monday, 'PT12H', 'after', '12 hours after')).toBeNull();
  });
});

describe('movable feasts', () => {
  it.each([
    [2000, '2000-04-23'],
    [2018, '2018-04-01'],
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2038, '2038-04-25'],
  ])('Easter Sunday of %i is %s', (y, day) => {
    expect(fmtDay(easterSunday(y))).toBe(day);
  });

  it('finds the fourth Thursday of November (US Thanksgiving)', () => {
    expect([2017, 2024, 2025].map((y) => fmtDay(nthWeekday(y, 11, 4, 4)))).toEqual([
      '2017-11-23',
      '2024-11-28',
      '2025-11-27',
    ]);
  });
});

describe('a measure in decades', () => {
  it('gives a decade as ten years back', () => {
    expect(
      measuredFrom(
        { start: '2025-11-10', end: '2025-11-10', precision: 'day', approximate: false, text: '' },
        'P1DE',
        'after',
        'a decade after',
      )?.start,
    ).toBe('2015-01-01');
  });
});
