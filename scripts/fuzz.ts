/**
 * npm run fuzz — a longer property search than the tests run: the parser never throws, every
 * span stays inside the text and every story validates. FUZZ_RUNS sets the number of cases.
 */
import fc from 'fast-check';
import { parseArticle } from '../src/parser/index.ts';
import { validateStory } from '../src/story/validate-story.ts';
import { mutatedArticle } from '../tests/fixtures/arbitraries.ts';
import { smallGazetteer } from '../tests/fixtures/small-gazetteer.ts';

const numRuns = Number(process.env.FUZZ_RUNS ?? 20_000);
const property = (text: string, published: string | null) => {
  const story = parseArticle(text, { published, gazetteer: smallGazetteer });
  const { errors } = validateStory(story);
  if (errors.length) throw new Error(errors.join('; '));
};
const started = Date.now();
fc.assert(
  fc.property(fc.string({ unit: 'grapheme', maxLength: 2000 }), (t) => property(t, '2018-01-09')),
  { numRuns },
);
fc.assert(
  fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (t) => property(t, null)),
  { numRuns },
);
fc.assert(
  fc.property(mutatedArticle, fc.boolean(), (t, d) => property(t, d ? '2018-01-09' : null)),
  { numRuns },
);
console.log(`fuzz: ${3 * numRuns} cases passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
