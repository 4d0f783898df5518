import { describe, expect, it } from 'vitest';
import { fmtWeek } from '../../src/parser/refiners/calendar.ts';

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
