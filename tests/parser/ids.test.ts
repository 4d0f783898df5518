import { describe, expect, it } from 'vitest';
import { idMaker, slugify } from '../../src/parser/ids.ts';

describe('ids', () => {
  it('slugs phrases for URLs', () => {
    expect(slugify('Talks at Panmunjom, “finally”!')).toBe('talks-at-panmunjom-finally');
    expect(slugify('P’yŏngch’ang')).toBe('pyongchang');
    expect(slugify('😀')).toBe('item');
  });

  it('makes repeats unique without clashing with ids that look like repeats', () => {
    const id = idMaker();
    expect([id('a'), id('a-2'), id('a'), id('a'), id('b')]).toEqual([
      'a',
      'a-2',
      'a-3',
      'a-4',
      'b',
    ]);
  });

  it('stays fast for thousands of repeats (no quadratic search)', () => {
    const id = idMaker();
    const ids = Array.from({ length: 50_000 }, () => id('t-monday'));
    expect(new Set(ids).size).toBe(50_000);
  });
});
