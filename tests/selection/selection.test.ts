import { describe, expect, it } from 'vitest';
import { type Selection, selectionReducer } from '../../src/selection/selection.ts';
import { readUrl, writeUrl } from '../../src/selection/url.ts';

describe('selectionReducer', () => {
  it('selects, keeps the same object for the same selection, toggles and clears', () => {
    const a = selectionReducer(null, { type: 'select', kind: 'event', id: 'talks' });
    expect(a).toEqual({ kind: 'event', id: 'talks' });
    expect(selectionReducer(a, { type: 'select', kind: 'event', id: 'talks' })).toBe(a);
    expect(selectionReducer(a, { type: 'select', kind: 'place', id: 'seoul' })).toEqual({
      kind: 'place',
      id: 'seoul',
    });
    expect(selectionReducer(a, { type: 'toggle', kind: 'event', id: 'talks' })).toBeNull();
    expect(selectionReducer(a, { type: 'clear' })).toBeNull();
  });
});

describe('selection in the URL', () => {
  it.each<[string, string | null, Selection]>([
    ['?event=talks-at-panmunjom', null, { kind: 'event', id: 'talks-at-panmunjom' }],
    ['?story=nk&place=seoul', 'nk', { kind: 'place', id: 'seoul' }],
    ['', null, null],
  ])('reads %s', (search, story, selection) => {
    expect(readUrl(search)).toEqual({ story, selection });
  });

  it('writes one selection, keeps unrelated parameters and round-trips', () => {
    const q = writeUrl('?lang=en&event=old', 'nk', { kind: 'place', id: 'seoul' });
    expect(q).toBe('?lang=en&story=nk&place=seoul');
    expect(readUrl(q).selection).toEqual({ kind: 'place', id: 'seoul' });
    expect(writeUrl(q, 'nk', null)).toBe('?lang=en&story=nk');
  });
});
