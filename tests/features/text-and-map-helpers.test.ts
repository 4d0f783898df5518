import { describe, expect, it } from 'vitest';
import { bucketBySpan, sliceText } from '../../src/features/article/slice-text.ts';
import { marksFor, storyLinks } from '../../src/features/article/story-links.ts';
import { boundsOf, pinnedPlaces, placeLabels } from '../../src/features/map/map-geometry.ts';
import { parseArticle } from '../../src/parser/index.ts';
import { smallGazetteer } from '../fixtures/small-gazetteer.ts';
import { fixtureStory } from '../fixtures/story.ts';

describe('cutting text into links and marks', () => {
  it('covers the range exactly, links where mentions are, marks where the selection is', () => {
    const range = { start: 0, end: 20 };
    const runs = sliceText(
      range,
      [{ start: 5, end: 10, kind: 'place', id: 'p', label: 'Place: P' }],
      [{ start: 8, end: 15 }],
    );
    expect(runs.map((r) => [r.start, r.end, r.link?.id ?? null])).toEqual([
      [0, 5, null],
      [5, 10, 'p'],
      [10, 20, null],
    ]);
    expect(runs[1]?.pieces).toEqual([
      { start: 5, end: 8, marked: false },
      { start: 8, end: 10, marked: true },
    ]);
    expect(runs[2]?.pieces[0]).toEqual({ start: 10, end: 15, marked: true });
  });

  it('links mentions and the phrases that date events; marks a selected place everywhere', () => {
    const links = storyLinks(fixtureStory);
    expect(links.find((l) => l.kind === 'event')).toMatchObject({ id: 'talks-in-alphaville' });
    expect(marksFor(fixtureStory, { kind: 'place', id: 'alphaville' })).toHaveLength(1);
    expect(marksFor(fixtureStory, { kind: 'event', id: 'agenda' })[0]).toEqual(
      fixtureStory.events[2]?.evidence,
    );
  });

  it('links and marks a phrase that describes a place ("the agenda" standing for Gamma Port)', () => {
    const described = fixtureStory.text.indexOf('the agenda');
    const phrase = { start: described, end: described + 10, text: 'the agenda' };
    const story = {
      ...fixtureStory,
      places: fixtureStory.places.map((p) =>
        p.id === 'gamma-port' ? { ...p, descriptions: [phrase] } : p,
      ),
    };
    expect(storyLinks(story)).toContainEqual(
      expect.objectContaining({ start: described, id: 'gamma-port', kind: 'place' }),
    );
    expect(marksFor(story, { kind: 'place', id: 'gamma-port' })).toContainEqual(phrase);
  });
});

describe('the phrase that dates an event', () => {
  const eventLinks = (text: string) => {
    const story = parseArticle(`Headline\n\n${text}`, {
      published: '2018-01-09',
      gazetteer: smallGazetteer,
    });
    return storyLinks(story)
      .filter((l) => l.kind === 'event')
      .map((l) => story.text.slice(l.start, l.end));
  };

  it('links a range by its first date ("between Jan. 2 and Jan. 5")', () => {
    expect(eventLinks('Troops were moved to Seoul between Jan. 2 and Jan. 5.')).toEqual(['Jan. 2']);
  });

  it("links nothing for today's news, which no phrase dates", () => {
    expect(eventLinks('Officials held talks in Seoul.')).toEqual([]);
  });
});

describe('grouping spans by paragraph', () => {
  it('puts each span with every paragraph it touches, in one sweep', () => {
    const paragraphs = [
      { start: 0, end: 10 },
      { start: 12, end: 20 },
      { start: 22, end: 30 },
    ];
    const spans = [
      { start: 25, end: 27, id: 'c' },
      { start: 1, end: 3, id: 'a' },
      { start: 8, end: 14, id: 'ab' },
    ];
    expect(bucketBySpan(paragraphs, spans).map((b) => b.map((s) => s.id))).toEqual([
      ['a', 'ab'],
      ['ab'],
      ['c'],
    ]);
    expect(bucketBySpan(paragraphs, [])).toEqual([[], [], []]);
  });
});

describe('map geometry', () => {
  it('pins only places with coordinates that are points', () => {
    expect(pinnedPlaces(fixtureStory).map((p) => p.id)).toEqual(['alphaville', 'betatown']);
    expect(boundsOf(pinnedPlaces(fixtureStory))).toEqual([
      [40, 10],
      [41, 12],
    ]);
  });

  it('places labels of close pins on sides where they collide with no pin and no label', () => {
    const pins = [
      { id: 'seoul', x: 100, y: 100, width: 50, height: 18, r: 8 },
      { id: 'panmunjom', x: 85, y: 88, width: 80, height: 18, r: 8 },
      { id: 'incheon', x: 70, y: 104, width: 60, height: 18, r: 6 },
    ];
    const sides = placeLabels(pins);
    const box = (p: (typeof pins)[number]) => {
      const side = sides.get(p.id);
      const g = p.r + 3;
      if (side === 'right')
        return [p.x + g, p.y - p.height / 2, p.x + g + p.width, p.y + p.height / 2];
      if (side === 'left')
        return [p.x - g - p.width, p.y - p.height / 2, p.x - g, p.y + p.height / 2];
      if (side === 'top')
        return [p.x - p.width / 2, p.y - g - p.height, p.x + p.width / 2, p.y - g];
      if (side === 'bottom')
        return [p.x - p.width / 2, p.y + g, p.x + p.width / 2, p.y + g + p.height];
      return null;
    };
    const dots = pins.map((p) => [p.x - p.r, p.y - p.r, p.x + p.r, p.y + p.r]);
    const labels = pins.map(box).filter((b) => b !== null) as number[][];
    expect(labels.length).toBeGreaterThanOrEqual(2);
    for (const [i, a] of labels.entries()) {
      for (const b of [...labels.slice(i + 1), ...dots]) {
        const overlap =
          (a[0] ?? 0) < (b[2] ?? 0) &&
          (b[0] ?? 0) < (a[2] ?? 0) &&
          (a[1] ?? 0) < (b[3] ?? 0) &&
          (b[1] ?? 0) < (a[3] ?? 0);
        expect(overlap, `${a} vs ${b}`).toBe(false);
      }
    }
  });
});
