import { describe, expect, it } from 'vitest';
import { eventsInOrder, firstStartingFrom } from '../../src/story/selectors.ts';
import { validateStory } from '../../src/story/validate-story.ts';
import { fixtureStory } from '../fixtures/story.ts';

describe('validateStory', () => {
  it('accepts a well-formed story', () => {
    const { errors, story } = validateStory(fixtureStory);
    expect(errors).toEqual([]);
    expect(story?.slug).toBe('leaders-meet');
  });

  it('names the field of a schema error', () => {
    const { errors } = validateStory({ ...fixtureStory, published: '9 Jan 2018' });
    expect(errors.join()).toMatch(/published/);
  });

  it('rejects spans outside the text and dangling references', () => {
    const broken = {
      ...fixtureStory,
      timexes: [{ ...fixtureStory.timexes[0], end: fixtureStory.text.length + 5 }],
      events: [{ ...fixtureStory.events[0], places: ['nowhere'] }],
    };
    const { errors, story } = validateStory(broken);
    expect(story).toBeNull();
    expect(errors.some((e) => e.includes('outside the text'))).toBe(true);
    expect(errors.some((e) => e.includes('unknown place "nowhere"'))).toBe(true);
  });

  it('warns about places without coordinates', () => {
    expect(validateStory(fixtureStory).warnings.join()).toMatch(/gamma-port/);
  });
});

describe('eventsInOrder', () => {
  it('puts dated events first, by date, and undated ones after in text order', () => {
    expect(eventsInOrder(fixtureStory).map((e) => e.id)).toEqual([
      'talks-in-alphaville',
      'summit-in-betatown',
      'agenda',
    ]);
  });
});

describe('firstStartingFrom', () => {
  const items = [{ start: 2 }, { start: 5 }, { start: 5 }, { start: 9 }];
  it.each([
    [0, 0],
    [2, 0],
    [3, 1],
    [5, 1],
    [6, 3],
    [9, 3],
    [10, 4],
  ])('x = %i -> index %i', (x, index) => {
    expect(firstStartingFrom(items, x)).toBe(index);
  });
  it('is 0 for no items', () => {
    expect(firstStartingFrom([], 3)).toBe(0);
  });
});
