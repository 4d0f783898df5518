import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE, segment, splitSentences } from '../../src/parser/segment/segment.ts';

const slices = (text: string, spans: Array<{ start: number; end: number }>) =>
  spans.map((s) => text.slice(s.start, s.end));

describe('segment', () => {
  it('takes a headline that ends in an abbreviation for a headline', () => {
    const text = 'Apple to add jobs across U.S.\n\nApple said on Thursday it would hire.';
    const seg = segment(text);
    expect(seg.title && text.slice(seg.title.start, seg.title.end)).toBe(
      'Apple to add jobs across U.S.',
    );
    expect(seg.paragraphs).toHaveLength(1);
  });

  it("does not end a sentence at a state's short form after a town", () => {
    const text = 'PARADISE, Calif. (Reuters) - A fire burned. He felt ill. The doctor came.';
    expect(
      splitSentences(text, { start: 0, end: text.length }).map((s) => text.slice(s.start, s.end)),
    ).toEqual(['PARADISE, Calif. (Reuters) - A fire burned.', 'He felt ill.', 'The doctor came.']);
  });

  it('does not end a sentence at the "v." of a court case, but does after a name ending in v', () => {
    const text =
      'The court overturned Roe v. Wade on Friday. Protesters gathered. They flew to Kyiv. Then he left.';
    expect(slices(text, splitSentences(text, { start: 0, end: text.length }))).toEqual([
      'The court overturned Roe v. Wade on Friday.',
      'Protesters gathered.',
      'They flew to Kyiv.',
      'Then he left.',
    ]);
  });

  it('ends a sentence at a one-letter name after a preposition, not at an initial', () => {
    const text = 'Musk posted on X. Opposition leaders objected. George W. Bush spoke.';
    expect(slices(text, splitSentences(text, { start: 0, end: text.length }))).toEqual([
      'Musk posted on X.',
      'Opposition leaders objected.',
      'George W. Bush spoke.',
    ]);
  });

  it('ends an item at the next bullet, stop or no stop, but not at a dash that wraps a line', () => {
    const text = '* Hyundai opened a plant in Georgia\r\n* The group has pledged $21 billion';
    expect(slices(text, splitSentences(text, { start: 0, end: text.length }))).toEqual([
      '* Hyundai opened a plant in Georgia',
      '* The group has pledged $21 billion',
    ]);
    const wrapped = 'North Korea has agreed to send a delegation\n– a diplomatic breakthrough.';
    expect(splitSentences(wrapped, { start: 0, end: wrapped.length })).toHaveLength(1);
  });

  it('counts a headline repeated right below it once', () => {
    const text =
      'Big news today\n\nBig news today\n\nFirst paragraph. Second sentence.\n\nLast one.';
    const s = segment(text);
    expect(s.title && text.slice(s.title.start, s.title.end)).toBe('Big news today');
    expect(s.titleRepeat).not.toBeNull();
    expect(slices(text, s.paragraphs)).toEqual(['First paragraph. Second sentence.', 'Last one.']);
  });

  it.each([
    [
      'Mr Smith met Dr. Jones in the U.S. capital. Then he left.',
      ['Mr Smith met Dr. Jones in the U.S. capital.', 'Then he left.'],
    ],
    [
      'Prices rose 3.5 percent. Analysts were surprised!',
      ['Prices rose 3.5 percent.', 'Analysts were surprised!'],
    ],
    [
      'He said: “We will win.” The crowd cheered.',
      ['He said: “We will win.”', 'The crowd cheered.'],
    ],
    [
      'The average was 23.6C. In Huelva it reached 46C. Fans left.',
      ['The average was 23.6C.', 'In Huelva it reached 46C.', 'Fans left.'],
    ],
    [
      'J. R. Smith scored on Jan. 5 in St. Louis. Fans left.',
      ['J. R. Smith scored on Jan. 5 in St. Louis.', 'Fans left.'],
    ],
    [
      'A tremor hit at 6:02 a.m. Schools stay shut. It hit at 9 a.m. Monday (0100 GMT). Talks start at 10 A.M. Seoul time.',
      [
        'A tremor hit at 6:02 a.m.',
        'Schools stay shut.',
        'It hit at 9 a.m. Monday (0100 GMT).',
        'Talks start at 10 A.M. Seoul time.',
      ],
    ],
    [
      'The storm hit at 1:40 p.m. (0540 GMT), officials said at 4 p.m. EST on Sunday.',
      ['The storm hit at 1:40 p.m. (0540 GMT), officials said at 4 p.m. EST on Sunday.'],
    ],
  ])('splits %j into sentences', (text, expected) => {
    const s = segment(text);
    expect(
      slices(
        text,
        s.paragraphs.flatMap((p) => p.sentences),
      ),
    ).toEqual(expected);
  });

  it('keeps offsets into the original text through CRLF, tabs, curly quotes and emoji', () => {
    const text = 'Title 🎉 here\r\n\r\n\tFirst “quoted” line 😀 ends.  Second one.\r\n\r\nThird.';
    const s = segment(text);
    const sentences = slices(
      text,
      s.paragraphs.flatMap((p) => p.sentences),
    );
    expect(sentences).toEqual(['First “quoted” line 😀 ends.', 'Second one.', 'Third.']);
    for (const p of s.paragraphs)
      expect(text.slice(p.start, p.end).trim()).toBe(text.slice(p.start, p.end));
  });

  it('takes the headline, byline and time stamp heading the first block each on its own', () => {
    const text =
      'Bank holds rates steady\nBy Ana Ruiz\nUpdated 3:15 AM, October 19\n\nThe bank kept rates.\n\nIt meets again.';
    const seg = segment(text);
    expect(seg.title && text.slice(seg.title.start, seg.title.end)).toBe('Bank holds rates steady');
    expect(slices(text, seg.paragraphs)).toEqual([
      'By Ana Ruiz',
      'Updated 3:15 AM, October 19',
      'The bank kept rates.',
      'It meets again.',
    ]);
  });

  it('takes no line of a paragraph wrapped at a fixed width for a headline', () => {
    const text = 'The president said on Monday that talks\nwould resume next week.\n\nMore text.';
    expect(segment(text).title).toBeNull();
  });

  it('treats single line breaks as paragraphs when a text has no blank lines', () => {
    const text = 'One line here.\nAnother line.\nA third.';
    expect(segment(text).paragraphs).toHaveLength(3);
  });

  it('ends a sentence at a wide gap of spaces inside a line, not at a double space', () => {
    const text = `Talks resumed on Monday${' '.repeat(40)}Markets rose.  Trade held up.`;
    expect(slices(text, splitSentences(text, { start: 0, end: text.length }))).toEqual([
      'Talks resumed on Monday',
      'Markets rose.',
      'Trade held up.',
    ]);
  });

  it('cuts a long run of text without a full stop at spaces into pieces it keeps whole', () => {
    const text = 'and so on '.repeat(400).trim();
    const pieces = splitSentences(text, { start: 0, end: text.length });
    expect(pieces.length).toBeGreaterThan(3);
    expect(pieces.every((p) => p.end - p.start <= MAX_SENTENCE)).toBe(true);
    expect(slices(text, pieces).join(' ')).toBe(text);
  });

  it('never cuts between the two halves of a character outside the BMP', () => {
    const text = `x${'😀'.repeat(1500)}`;
    const pieces = splitSentences(text, { start: 0, end: text.length });
    expect(pieces.length).toBeGreaterThan(1);
    expect(slices(text, pieces).join('')).toBe(text);
    const loneHalf = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
    for (const piece of slices(text, pieces)) expect(piece).not.toMatch(loneHalf);
  });

  it('returns no paragraph for empty or blank text', () => {
    expect(segment('').paragraphs).toEqual([]);
    expect(segment(' \n\t\r\n ').paragraphs).toEqual([]);
  });
});
