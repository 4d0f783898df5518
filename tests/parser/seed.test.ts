import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parserResources } from '../../src/build/parser-resources.ts';
import { kmBetween as km } from '../../src/parser/gazetteer/gazetteer.ts';
import { parseArticle } from '../../src/parser/index.ts';
import type { Place, Story } from '../../src/story/model.ts';
import { validateStory } from '../../src/story/validate-story.ts';

let story: Story;
const place = (name: string): Place => {
  const p = story.places.find((x) => x.name === name || x.aliases.includes(name));
  if (!p) throw new Error(`no place ${name} in ${story.places.map((x) => x.name).join(', ')}`);
  return p;
};
const at = (p: Place) => ({ lat: p.lat ?? Number.NaN, lon: p.lon ?? Number.NaN });

beforeAll(() => {
  const text = readFileSync('seeds/north-korea-olympics.txt', 'utf8');
  story = parseArticle(text, {
    published: '2018-01-09',
    ...parserResources(),
    slug: 'north-korea-olympics',
  });
});

describe('the seed article, parsed', () => {
  it('is a valid story with its headline once', () => {
    expect(validateStory(story).errors).toEqual([]);
    expect(story.title).toBe('North Korea to send team to Olympics in South Korea in breakthrough');
    expect(story.text.slice(story.paragraphs[0]?.start, story.paragraphs[0]?.end)).toMatch(
      /^North Korea has agreed/,
    );
  });

  it('places Panmunjom, Pyeongchang, Seoul and Pyongyang where they are', () => {
    expect(km(at(place('Panmunjom')), { lat: 37.956, lon: 126.677 })).toBeLessThan(5);
    expect(km(at(place('Pyeongchang')), { lat: 37.37, lon: 128.393 })).toBeLessThan(25);
    expect(km(at(place('Seoul')), { lat: 37.566, lon: 126.978 })).toBeLessThan(10);
    expect(km(at(place('Pyongyang')), { lat: 39.034, lon: 125.754 })).toBeLessThan(10);
    expect(place('Panmunjom').kind).toBe('landmark');
  });

  it('links demonyms to their country and marks "Seoul went on to suggest" as an actor', () => {
    expect(place('China').demonyms.map((m) => m.text)).toEqual(['Chinese']);
    expect(place('Seoul').mentions[0]?.actor).toBe(true);
    expect(place('Pyongyang').mentions[0]?.actor).toBeFalsy();
    expect(place('United States').mentions.map((m) => m.text)).toContain('US');
  });

  it('reads "next month" as February 2018 and the New Year address as 2018-01-01', () => {
    expect(story.timexes.filter((t) => t.text === 'next month').map((t) => t.value)).toEqual([
      '2018-02',
      '2018-02',
    ]);
    const olympics = story.events.find((e) => /Olympics/.test(e.headline));
    expect(olympics?.date).toMatchObject({
      start: '2018-02-01',
      end: '2018-02-28',
      precision: 'month',
      text: 'next month',
    });
    expect(olympics?.status).toBe('scheduled');
    expect(olympics?.places).toContain(place('Pyeongchang').id);
    const address = story.events.find((e) => /New Year address/.test(e.headline));
    expect(address?.date).toMatchObject({ start: '2018-01-01', precision: 'day' });
    expect(address?.actors).toContain(story.people.find((p) => p.name === 'Kim Jong Un')?.id);
  });

  it('dates the talks to the day of publication and places them at Panmunjom', () => {
    const talks = story.events.find((e) => /talks/i.test(e.headline) && e.status === 'happened');
    expect(talks?.date).toMatchObject({ start: '2018-01-09', end: '2018-01-09', precision: 'day' });
    expect(talks?.places).toContain(place('Panmunjom').id);
  });

  it('keeps the joint march, the military talks and the family reunions as undated proposals', () => {
    for (const pattern of [/march together/, /military talks/i, /reunions/]) {
      const e = story.events.find((x) => pattern.test(x.headline));
      expect(e, String(pattern)).toBeDefined();
      expect(e?.status).toBe('proposed');
      expect(e?.date).toBeNull();
    }
  });

  it('knows its people: Kim Jong Un the leader, Kim Ri Ah someone else, Moon by his title', () => {
    const kim = story.people.find((p) => p.name === 'Kim Jong Un');
    expect(kim?.role).toBe('North Korean leader');
    expect(kim?.mentions.map((m) => m.text)).toEqual(['Kim Jong Un', 'Kim', 'Kim', 'Kim']);
    const moon = story.people.find((p) => p.name === 'Moon Jae-in');
    expect(moon?.role).toBe('South Korea’s President');
    expect(moon?.aliases).toContain('Mr Moon');
    expect(story.people.find((p) => p.name === 'Kim Ri Ah')?.mentions).toHaveLength(1);
    expect(story.people.find((p) => p.name === 'Donald Trump')?.aliases).toContain('Mr Trump');
  });

  it('gives both quoted paragraphs to Kim Ri Ah and leaves scare quotes alone', () => {
    const kimRiAh = story.people.find((p) => p.name === 'Kim Ri Ah')?.id;
    expect(story.quotes).toHaveLength(2);
    expect(story.quotes.map((q) => q.speaker)).toEqual([kimRiAh, kimRiAh]);
    expect(story.quotes[1]?.text).toMatch(/^Anything that provokes/);
  });
});
