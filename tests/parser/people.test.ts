import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';
import { smallGazetteer } from '../fixtures/small-gazetteer.ts';

const people = (text: string) =>
  parseArticle(`Headline\n\n${text}`, { published: '2018-01-09', gazetteer: smallGazetteer })
    .people;

describe('people the text names', () => {
  it.each([
    [
      'President George W. Bush urged Congress to act. "We will," Bush said.',
      'George W. Bush',
      'President',
      ['George W. Bush', 'Bush'],
    ],
    [
      'Prime Minister Ana K. Ruiz arrived on Monday. Ruiz met reporters.',
      'Ana K. Ruiz',
      'Prime Minister',
      ['Ana K. Ruiz', 'Ruiz'],
    ],
  ])('%s', (text, name, role, mentions) => {
    const [p] = people(text);
    expect(p?.name).toBe(name);
    expect(p?.role).toBe(role);
    expect(p?.mentions.map((m) => m.text)).toEqual(mentions);
  });
});
