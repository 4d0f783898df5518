import { describe, expect, it } from 'vitest';
import { loadGivenNames } from '../../src/build/given-names.ts';

describe('the given names handed to the parser', () => {
  const names = loadGivenNames();

  it('holds common given names of several languages', () => {
    for (const n of ['Janet', 'David', 'John', 'Mike', 'Hans', 'Pierre', 'Giulia'])
      expect(names.has(n)).toBe(true);
  });

  it('leaves out names that are also common English words', () => {
    for (const n of ['Will', 'Grace', 'Hope', 'Mark', 'May']) expect(names.has(n)).toBe(false);
  });
});
