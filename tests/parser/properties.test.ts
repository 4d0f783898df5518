import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';
import { validateStory } from '../../src/story/validate-story.ts';
import { mutatedArticle } from '../fixtures/arbitraries.ts';
import { smallGazetteer } from '../fixtures/small-gazetteer.ts';

function checkStory(text: string, published: string | null) {
  const story = parseArticle(text, { published, gazetteer: smallGazetteer });
  const { errors } = validateStory(story);
  expect(errors).toEqual([]);
  for (const t of story.timexes) expect(text.slice(t.start, t.end)).toBe(t.text);
  for (const p of [...story.places, ...story.people])
    for (const m of p.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  // (An event a reader sees on the timeline always says something.)
  for (const e of story.events) expect(e.headline).toMatch(/\p{L}/u);
}

describe('parseArticle on any text', () => {
  it('never throws, keeps every span inside the text, and always validates (random strings)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) =>
        checkStory(text, '2018-01-09'),
      ),
      { numRuns: 600 },
    );
  });

  it('never throws on mutated news articles, with or without a date', () => {
    fc.assert(
      fc.property(mutatedArticle, fc.boolean(), (text, dated) =>
        checkStory(text, dated ? '2018-01-09' : null),
      ),
      { numRuns: 500 },
    );
  });

  it('returns an empty, valid story for empty, blank and binary input', () => {
    for (const text of [
      '',
      '   \n\n\t ',
      '\u0000\u0001\u0002\uFFFD\uFFFD',
      '<html><body><p>hi</p></body></html>',
    ])
      checkStory(text, null);
  });

  it("gives an event whose headline is a place's name an id of its own (found by fast-check)", () => {
    const text =
      'Mr Kim, the North Korean\r\n leader, said.: “We will not stop. ”\n\nNorth Korea" has agreed to send a dele\r\ngation to ne\r\nxt month’s winter Olympics in South Korea.';
    const story = parseArticle(text, { published: null, gazetteer: smallGazetteer });
    expect(story.events.map((e) => e.headline)).toContain('North Korea');
    checkStory(text, null);
  });

  it('refuses a publication date that is not a real day', () => {
    expect(() => parseArticle('Text.', { published: '2018-02-30' })).toThrow(/YYYY-MM-DD/);
  });
});

describe('parseArticle on large odd input', () => {
  it('parses 5 MB of markup, unbalanced quotes, binary bytes and emoji without throwing', () => {
    const chunk =
      '<p onclick="x()">“Unbalanced quote in Seoul on Monday\u0000\u0007 😀 <b>next month</b> &amp; ’s</p>\r\n\r\n';
    const text = chunk.repeat(Math.ceil((5 * 1024 * 1024) / chunk.length));
    const story = parseArticle(text, { published: '2018-01-09', gazetteer: smallGazetteer });
    expect(validateStory(story).errors).toEqual([]);
    expect(story.timexes.length).toBeGreaterThan(1000);
    expect(story.places.find((p) => p.name === 'Seoul')?.mentions.length).toBeGreaterThan(1000);
  }, 120_000);

  it('parses a sentence holding megabytes of layout spaces into the words on either side', () => {
    const parse = (text: string) => parseArticle(text, { published: '2018-01-09' });
    const text = `Talks were held in Seoul on Monday${' '.repeat(8 * 1024 * 1024)}Officials left.`;
    // (Twice: the second parse runs the regexes' compiled code, which the first may not.)
    parse(text);
    const story = parse(text);
    expect(validateStory(story).errors).toEqual([]);
    expect(
      story.paragraphs.flatMap((p) => p.sentences).map((s) => text.slice(s.start, s.end)),
    ).toEqual(['Talks were held in Seoul on Monday', 'Officials left.']);
  }, 60_000);
});
