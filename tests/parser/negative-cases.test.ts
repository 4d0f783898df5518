import { describe, expect, it } from 'vitest';
import { findTimexes } from '../../src/parser/extractors/timexes.ts';
import { parseArticle } from '../../src/parser/index.ts';
import { parseIsoDay } from '../../src/parser/refiners/calendar.ts';
import { smallGazetteer } from '../fixtures/small-gazetteer.ts';

const REF = parseIsoDay('2018-01-09');
const texts = (s: string) => findTimexes(s, 0, REF).map((t) => s.slice(t.start, t.end));

describe('what must not be read as a time expression', () => {
  it.each([
    'Athletes from both nations will march together at the opening ceremony.',
    'May I ask a question?',
    'Prices may rise.',
    'It may be that the talks fail.',
    'Protesters plan to march on the capital.',
    'The winter Olympics open.',
    'The company sold 1,990 units.',
    'Room 12 is on the second floor.',
    'The price was $2019.',
    'Nineteen ninety-seven people were hurt.',
    'Tourists visited the Summer Palace.',
    'Los Angeles will stage the next Summer Games.',
    'A second group will travel north.',
    'She won a second term.',
    'One bomb fell on the port, and a second on the town.',
    'Officers climbed in through a second-floor window.',
    'The first plant opened in Ohio, a second in Texas.',
    'The bank raised its rate by a quarter-point.',
    'He won a quarter of the vote.',
    'Spain lost in the quarter-final in Gwangju.',
    'The two teams met in the quarter-finals.',
    'The technique could one day be used on people.',
    'She hopes one day to return home.',
    'It was paid to her friend Choi Soon-sil.',
    'Officials said 2100 people were hurt.',
    'The plant had previously been closed, and its owner was formerly a bank.',
    'The cabinet ended the decree soon afterwards, and the army left soon after.',
    'The envoy spoke to May by phone.',
    'The storm packed winds of up to 126 km per hour.',
    'The field pumps 5 million barrels per day.',
    "China's ambassador, Zhang Jun, said new sanctions would not help.",
    'Missionaries returned after the fall of the government.',
    'Thousands joined a protest called "Noon Against Putin".',
    "The chief executive apologised on NBC's Today show.",
    'The chief executive apologised on NBC’s "Today" show.',
    'He told the BBC Radio 4 Today programme about the fix.',
    'The story ran in USA Today.',
    'The film beat "1917," a war drama, to the prize.',
    'Critics preferred “2046” to his earlier films.',
  ])('%s', (sentence) => {
    expect(texts(sentence)).toEqual([]);
  });
});

describe('what must not be read as a place', () => {
  it('Turkey the bird is not the country; Turkey the country is', () => {
    const bird = parseArticle('We ate turkey and stuffing at dinner.', {
      gazetteer: smallGazetteer,
    });
    expect(bird.places).toEqual([]);
    const country = parseArticle('Officials in Turkey said the border was open.', {
      gazetteer: smallGazetteer,
    });
    expect(country.places.map((p) => p.name)).toEqual(['Turkey']);
  });

  it.each([
    // Among American places, the US state.
    ['Storms hit Atlanta and then moved across Georgia in the United States.', 'region'],
    // Beside its neighbours, the country.
    ['Talks between Russia and Georgia resumed in Tbilisi.', 'country'],
    // Where its capital is named, the country, though the United States is named too.
    [
      'Georgian police detained protesters in Tbilisi. The United States suspended its partnership with Georgia.',
      'country',
    ],
    // Where its people's word is all that names the country, the US state.
    [
      "Georgian voters lined up in Atlanta on Tuesday as Georgia's Senate race drew attention across the United States.",
      'region',
    ],
  ])('Georgia the country or the US state by context: %s', (text, kind) => {
    const story = parseArticle(text, { gazetteer: smallGazetteer });
    expect(story.places.find((p) => p.mentions.some((m) => m.text === 'Georgia'))?.kind).toBe(kind);
  });

  it('never confuses look-alike names: Pyeongchang is not Pyongyang', () => {
    const story = parseArticle(
      'Athletes gathered in Pyeongchang while officials stayed in Pyongyang.',
      { gazetteer: smallGazetteer },
    );
    const names = story.places.map((p) => p.name).sort();
    expect(names).toEqual(['Pyeongchang', 'Pyongyang']);
  });

  it('a capitalised common word at the start of a sentence is not a small town', () => {
    const story = parseArticle('Police said the road was closed.', { gazetteer: smallGazetteer });
    expect(story.places).toEqual([]);
  });
});
