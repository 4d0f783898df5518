import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';
import { validateStory } from '../../src/story/validate-story.ts';
import { smallGazetteer } from '../fixtures/small-gazetteer.ts';

const NEWS = [
  'North Korea has agreed to send a delegation to next month’s winter Olympics in South Korea.',
  'Officials in Seoul said on Monday that talks would resume in 2019.',
  'Mr Kim, the North Korean leader, said: “We will not stop.”',
  'Prices rose 3% in the third quarter, the Chinese ministry said.',
  'Storms moved across Georgia and into Atlanta last week.',
  '“Anything that provokes either side should stop,” she said.',
];

/** Articles made of news sentences, cut, glued and sprinkled with odd characters. */
const mutatedArticle = fc
  .tuple(
    fc.array(fc.constantFrom(...NEWS), { minLength: 0, maxLength: 6 }),
    fc.array(
      fc.constantFrom(
        '\r\n',
        '\n\n',
        '\t',
        '“',
        '”',
        '"',
        '😀',
        '\u0000',
        '<script>',
        '&amp;',
        ' ',
        '.',
        '’s',
        '\uFEFF',
        '\u200B',
      ),
      { maxLength: 8 },
    ),
    fc.nat(),
  )
  .map(([sentences, noise, seed]) => {
    let text = sentences.join(seed % 2 ? '\n\n' : ' ');
    for (const [i, n] of noise.entries()) {
      const at = (seed * (i + 7)) % (text.length + 1);
      text = text.slice(0, at) + n + text.slice(at);
    }
    return text;
  });

function checkStory(text: string, published: string | null) {
  const story = parseArticle(text, { published, gazetteer: smallGazetteer });
  const { errors } = validateStory(story);
  expect(errors).toEqual([]);
  for (const t of story.timexes) expect(text.slice(t.start, t.end)).toBe(t.text);
  for (const p of [...story.places, ...story.people])
    for (const m of p.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
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

  it('refuses a publication date that is not a real day', () => {
    expect(() => parseArticle('Text.', { published: '2018-02-30' })).toThrow(/YYYY-MM-DD/);
  });
});
