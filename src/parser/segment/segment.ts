import type { Paragraph, TextSpan } from '../../story/model.ts';
import { CALENDAR_NAMES } from '../extractors/timex-lexicon.ts';
import { BULLET } from '../extractors/tokens.ts';

/** The article cut into its parts; every span indexes the original text. */
export interface Segments {
  title: TextSpan | null;
  /** A repeat of the headline line right below it (feeds often print the headline twice). */
  titleRepeat: TextSpan | null;
  paragraphs: Paragraph[];
}

// (It starts at the line break, not at the spaces before it, which trimSpan drops: a leading
// `[^\S\r\n]*` would rescan a long run of spaces from each of its characters.)
const BLANK_LINE = /(?:\r\n|\r|\n)(?:[^\S\r\n]*(?:\r\n|\r|\n))+/g;

/** Trims whitespace off both ends of a span without copying the text. */
export function trimSpan(text: string, start: number, end: number): TextSpan {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  return { start: s, end: e };
}

function blocks(text: string): TextSpan[] {
  const out: TextSpan[] = [];
  let from = 0;
  const push = (start: number, end: number) => {
    const span = trimSpan(text, start, end);
    if (span.end > span.start) out.push(span);
  };
  for (const m of text.matchAll(BLANK_LINE)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  // A text without blank lines but with line breaks uses one line per paragraph.
  if (out.length === 1 && /\r|\n/.test(text.slice(out[0]?.start, out[0]?.end))) {
    const only = out.pop() as TextSpan;
    out.push(...linesOf(text, only));
    return out;
  }
  // "Headline\nBy A. Writer\nUpdated 3:15 AM": the lines that head the first block (a headline,
  // a byline, a time stamp: short and unpunctuated) stand alone; the rest stays one paragraph.
  const first = out[0];
  if (first && /\r|\n/.test(text.slice(first.start, first.end))) {
    const lines = linesOf(text, first);
    const heads = lines.findIndex((l) => !looksLikeHeadline(text, l));
    // (Not a paragraph wrapped at a fixed width: its next line goes on in lower case, or its
    // line ends on a word that cannot end one.)
    const wrapped = lines
      .slice(0, heads < 0 ? lines.length : heads + 1)
      .some(
        (l, k) =>
          (k > 0 && /^\p{Ll}/u.test(text.slice(l.start, l.end))) ||
          /\b(?:the|a|an|of|and|or|to|in|on|at|for|with|that|by|from)$/i.test(
            text.slice(l.start, l.end),
          ),
      );
    if (heads !== 0 && !wrapped) {
      const rest = lines[heads]?.start;
      out.splice(
        0,
        1,
        ...lines.slice(0, heads < 0 ? lines.length : heads),
        ...(rest === undefined ? [] : [trimSpan(text, rest, first.end)]),
      );
    }
  }
  return out;
}

/** The non-blank lines of a span. */
function linesOf(text: string, span: TextSpan): TextSpan[] {
  const out: TextSpan[] = [];
  let lineStart = span.start;
  const push = (start: number, end: number) => {
    const line = trimSpan(text, start, end);
    if (line.end > line.start) out.push(line);
  };
  for (const m of text.slice(span.start, span.end).matchAll(/\r\n|\r|\n/g)) {
    push(lineStart, span.start + m.index);
    lineStart = span.start + m.index + m[0].length;
  }
  push(lineStart, span.end);
  return out;
}

/** Abbreviations after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof sr jr st mt ft gen col lt sgt capt cmdr adm gov sen rep rev hon pres ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun ' +
    'inc corp co ltd llc plc bros dept univ assn est approx vs etc no nos fig vol ave blvd rd'
  ).split(' '),
);

/** What may follow a clock time in the same sentence: a day, a month, a zone, "Seoul time". */
const TIME_GOES_ON = new RegExp(
  String.raw`^\s+(?:\(|["“]?(?:(?:${CALENDAR_NAMES})\b|\p{Lu}{2,5}\b|(?:Eastern|Central|Pacific|Mountain|Atlantic|Greenwich)\b|\S+(?:\s+Standard)?\s+[Tt]ime\b))`,
  'u',
);

/** The AP Stylebook's short forms of US states, written after a town ("Paradise, Calif."). */
const STATE_SHORT_FORMS = new Set(
  (
    'ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo ' +
    'mont neb nev okla ore pa tenn tex va vt wash wis wyo'
  ).split(' '),
);

/**
 * Where sentences end: after . ! ? (and any closing quotes or brackets) that are followed by
 * space and something that can start a sentence, unless the full stop closes an abbreviation,
 * an initial ("J. Smith") or a dotted acronym inside a sentence ("U.S. officials").
 */
export function splitSentences(text: string, span: TextSpan): TextSpan[] {
  // A line that opens with a bullet is an item of its own, stop or no stop ("* Hyundai opened
  // a plant in Georgia\n* The group has pledged ...").
  const items = [...text.slice(span.start, span.end).matchAll(BULLET_LINE)];
  if (items.length > 0) {
    const cuts = [span.start, ...items.map((m) => span.start + m.index + 1), span.end];
    return cuts
      .slice(1)
      .flatMap((end, k) => stopsIn(text, { start: cuts[k] as number, end }))
      .filter((x) => x.end > x.start)
      .flatMap((s) => bounded(text, s));
  }
  return stopsIn(text, span).flatMap((s) => bounded(text, s));
}

/**
 * A run of spaces this long inside a line is layout (columns, padding), not a gap between two
 * words of one sentence.
 */
const LAYOUT_GAP = 32;

/**
 * The layout gaps of a span, found by a plain scan: a regex over a run of megabytes of spaces
 * can overflow the stack where its compiled code keeps a place to return to per character.
 */
function layoutGaps(text: string, span: TextSpan): TextSpan[] {
  const out: TextSpan[] = [];
  let runStart = -1;
  for (let i = span.start; i <= span.end; i++) {
    const c = i < span.end ? text.charCodeAt(i) : 10;
    const horizontal = c !== 10 && c !== 13 && /\s/.test(text[i] ?? '');
    if (horizontal) {
      if (runStart < 0) runStart = i;
    } else {
      if (runStart >= 0 && i - runStart >= LAYOUT_GAP) out.push({ start: runStart, end: i });
      runStart = -1;
    }
  }
  return out;
}
/**
 * The longest sentence kept whole. News sentences run to about 400 characters; a longer run
 * without a full stop is a list, a table or junk, and the extractors, which read a sentence
 * back and forth, would spend time on it that grows with the square of its length.
 */
export const MAX_SENTENCE = 1000;

/** A sentence cut at layout gaps, and then into pieces of at most MAX_SENTENCE characters. */
function bounded(text: string, span: TextSpan): TextSpan[] {
  const out: TextSpan[] = [];
  let from = span.start;
  const push = (start: number, end: number) => {
    const s = trimSpan(text, start, end);
    if (s.end > s.start) out.push(...capped(text, s));
  };
  for (const gap of layoutGaps(text, span)) {
    push(from, gap.start);
    from = gap.end;
  }
  push(from, span.end);
  return out;
}

/** Pieces of at most MAX_SENTENCE characters, cut at a space where there is one. */
function capped(text: string, span: TextSpan): TextSpan[] {
  const out: TextSpan[] = [];
  let start = span.start;
  while (span.end - start > MAX_SENTENCE) {
    let cut = start + MAX_SENTENCE;
    const space = text.slice(start + MAX_SENTENCE / 2, cut).search(/\s\S*$/);
    if (space >= 0) cut = start + MAX_SENTENCE / 2 + space;
    // (Never between the two halves of a character outside the BMP: "😀" is two UTF-16 units.)
    else if (/[\uD800-\uDBFF]/.test(text[cut - 1] ?? '')) cut--;
    const piece = trimSpan(text, start, cut);
    if (piece.end > piece.start) out.push(piece);
    start = cut;
  }
  const last = trimSpan(text, start, span.end);
  if (last.end > last.start) out.push(last);
  return out;
}

/**
 * A line break before a bullet ("*", "•", "-" and the like, a space, then a capital or a
 * figure; not a dash that a hard-wrapped line opens with: "– a diplomatic breakthrough").
 */
const BULLET_LINE = new RegExp(
  String.raw`(?:\r\n|\r|\n)(?=[^\S\r\n]*${BULLET}[^\S\r\n]+["“]?[\p{Lu}\p{N}])`,
  'gu',
);

function stopsIn(text: string, span: TextSpan): TextSpan[] {
  const out: TextSpan[] = [];
  const body = text.slice(span.start, span.end);
  let from = 0;
  const re = /(?<![.!?…])[.!?…]+["'”’)\]]*(?=\s+["'“‘([]?[\p{Lu}\p{N}])/gu;
  for (const m of body.matchAll(re)) {
    const end = m.index + m[0].length;
    if (m[0].startsWith('.') && m[0].length === 1) {
      const word = /([\p{L}.]+)$/u.exec(body.slice(Math.max(0, m.index - 12), m.index))?.[1] ?? '';
      const bare = word.replace(/\./g, '').toLowerCase();
      if (ABBREVIATIONS.has(bare)) continue;
      // "Roe v. Wade": the lower-case "v." of a court case, between two names.
      if (
        word === 'v' &&
        /\p{Lu}[\p{L}'’-]*\s$/u.test(body.slice(Math.max(0, m.index - 40), m.index - 1))
      )
        continue;
      // "PARADISE, Calif. (Reuters) -", "in Boulder, Colo. Officials": a state's short form
      // after a town and a comma (elsewhere "ill." or "Miss." may end a sentence).
      if (
        STATE_SHORT_FORMS.has(bare) &&
        /,\s*$/.test(body.slice(Math.max(0, m.index - word.length - 3), m.index - word.length))
      )
        continue;
      // An initial ("J. Smith"), not a unit after a number ("an average of 23.6C. In ...") nor
      // a one-letter name after a preposition ("posted on X. Opposition leader ...").
      if (
        /^\p{Lu}$/u.test(word) &&
        !/\d$/.test(body.slice(0, m.index - 1)) &&
        !/(?:^|\s)(?:on|to|from|of|in|at|via|by|with)\s$/.test(
          body.slice(Math.max(0, m.index - 10), m.index - 1),
        )
      )
        continue;
      // "at 6:02 a.m. Schools will remain closed": a clock time ends a sentence unless a day,
      // a month or a time zone goes on with it ("at 9 a.m. Monday", "10 a.m. EST").
      if (/^[ap]\.m$/i.test(word)) {
        if (TIME_GOES_ON.test(body.slice(end))) continue;
      } else if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) {
        // "U.S." ends a sentence only when what follows does not read as its continuation.
        const next = /^\s+(\S+)/.exec(body.slice(end))?.[1] ?? '';
        if (!/^(?:The|A|An|But|And|In|He|She|It|They|We|I|This|That|On|At|For)$/.test(next))
          continue;
      }
    }
    const s = trimSpan(text, span.start + from, span.start + end);
    if (s.end > s.start) out.push(s);
    from = end;
  }
  const last = trimSpan(text, span.start + from, span.end);
  if (last.end > last.start) out.push(last);
  return out;
}

function looksLikeHeadline(text: string, span: TextSpan): boolean {
  const line = text.slice(span.start, span.end);
  if (/\r|\n/.test(line) || line.length > 200) return false;
  const words = line.split(/\s+/).length;
  // "... add jobs across U.S.": the point of an abbreviation does not end a sentence.
  const abbreviated = /(?:\b\p{Lu}\.){2,}$|\b(?:Inc|Corp|Co|Ltd|Jr|Sr|St|Bros)\.$/u.test(line);
  return words <= 30 && (abbreviated || !/[.!?:;,]["'”’]?$/.test(line));
}

function normalise(s: string): string {
  return s.replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * Splits an article into headline, paragraphs and sentences. The headline is a first short
 * line without final punctuation that is followed by more text; a second identical line is its
 * repeat and belongs to no paragraph.
 */
export function segment(text: string): Segments {
  const all = blocks(text);
  let title: TextSpan | null = null;
  let titleRepeat: TextSpan | null = null;
  let body = all;
  const first = all[0];
  if (first && all.length > 1 && looksLikeHeadline(text, first)) {
    title = first;
    body = all.slice(1);
    const second = body[0];
    if (
      second &&
      normalise(text.slice(second.start, second.end)) ===
        normalise(text.slice(first.start, first.end))
    ) {
      titleRepeat = second;
      body = body.slice(1);
    }
  }
  return {
    title,
    titleRepeat,
    paragraphs: body.map((p) => ({ ...p, sentences: splitSentences(text, p) })),
  };
}
