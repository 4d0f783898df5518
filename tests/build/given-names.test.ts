import { describe, expect, it } from 'vitest';
import { loadGivenNameGenders, loadGivenNames } from '../../src/build/given-names.ts';

describe('the given names handed to the parser', () => {
  const names = loadGivenNames();

  it('holds common given names of several languages', () => {
    for (const n of ['Janet', 'David', 'John', 'Mike', 'Hans', 'Pierre', 'Giulia'])
      expect(names.has(n)).toBe(true);
  });

  it('leaves out names that are also common English words', () => {
    for (const n of ['Will', 'Grace', 'Hope', 'Mark', 'May']) expect(names.has(n)).toBe(false);
  });

  it('holds a name written without its accents, as wire copy writes it', () => {
    // ("Francois Bayrou", "Jurgen Klopp": the lists hold "François"; the text drops the cedilla.)
    for (const n of ['Francois', 'Stephane', 'Gaelle', 'Loic']) expect(names.has(n)).toBe(true);
  });
});

describe('the genders of given names', () => {
  const genders = loadGivenNameGenders();

  it("holds a woman's and a man's name as such", () => {
    expect(genders.get('Claudia')).toBe('female');
    expect(genders.get('David')).toBe('male');
  });

  it('gives a name written without its accents the gender of the accented one', () => {
    expect(genders.get('Francois')).toBe('male');
    expect(genders.get('Gaelle')).toBe('female');
  });

  it('holds none for a name that both lists hold', () => {
    // ("Andrea" is a woman's name in English, a man's in Italian.)
    expect(genders.has('Andrea')).toBe(false);
    expect(genders.has('Sasha')).toBe(false);
  });
});
