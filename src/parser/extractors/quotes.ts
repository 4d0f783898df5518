import type { Paragraph, TextSpan } from '../../story/model.ts';
import { ASIDE, PRONOUN_SUBJECT } from './clauses.ts';
import { SPEECH_VERB } from './tokens.ts';
import { PAST_VERB } from './verbs.ts';

/** A quotation before its speaker is resolved to a person id. */
export interface QuoteCandidate extends TextSpan {
  text: string;
  /** A person mention that introduces or follows the quote, resolved by the caller. */
  speakerAt: number | null;
  /** Continues the quote of the paragraph before (no closing mark there, an opening one here). */
  continues: boolean;
  /** Who speaks as the text writes it, where that may be no person ("the ministry", "KCNA"). */
  source: string | null;
}

/** Double marks, and the curly single ones some papers quote with (‘We know,’ he said). */
const OPEN = '“"‘';
const CLOSE = '”"';
/** A verb of speech, or "according to": what reports a source. */
export const SPEECH = new RegExp(`\\b(?:${SPEECH_VERB}|according to)\\b`);

/** ", calling", ", who": a participle or a relative clause after a verb of speech. */
const ATTRIBUTION_END = /,\s+(?:\p{Ll}+ing|who|which)\b/u;
/** ", as", ", and", "; ": where a sentence's next clause, with a subject of its own, opens. */
const JOIN_WORDS = 'as|and|but|while|after';
const CLAUSE_JOIN = new RegExp(
  String.raw`,\s+(?:${JOIN_WORDS})\s+(?=\p{Lu}|(?:the|an?)\s+\p{Ll})|;\s+`,
  'gu',
);
/** The same joint where a clause of its own opens with a noun: ", and the congregation". */
const NOUN_CLAUSE_JOINED = new RegExp(
  String.raw`^(?:,\s+(?:${JOIN_WORDS})\s+|;\s+)?(?:the|an?)\s+\p{Ll}`,
  'u',
);
/**
 * Verbs that introduce someone's words, to find who speaks a quote that follows them ("quoted
 * Kim as saying" too).
 */
const INTRODUCES = new RegExp(
  `${SPEECH.source}|\\bquoted\\s+(?:[A-Za-z.'’-]+\\s+){1,4}as\\s+saying\\b|\\b(?:accus|call|describ|urg|criticis|criticiz|prais|dismiss|vow|promis|den(?:y|i)|blam|condemn|denounc|label|brand)(?:e|es|ed|s|ing)?\\b`,
);

// (A word ends in a letter or digit: the stop after "according to KCNA." is the sentence's. It
// may stand in brackets: "the Korean Central News Agency (KCNA)".)
const SOURCE_WORD = String.raw`\(?[\p{L}\p{N}](?:[\p{L}\p{N}'’.&-]*[\p{L}\p{N}])?\)?`;
const SOURCE_WORDS = `(?:${SOURCE_WORD}\\s+){0,8}?${SOURCE_WORD}`;
/** " also said", " had told": a source's verb of speech, after its words. */
const SOURCE_TELLS = `\\s+(?:also\\s+|later\\s+|has\\s+|had\\s+)?(?:${SPEECH_VERB})\\b`;
/** '"…," the ministry said' or '"…," a spokesman for the ministry told reporters'. */
const SOURCE_AFTER = new RegExp(`^[\\s,]*(${SOURCE_WORDS})${SOURCE_TELLS}`, 'u');
/** '"…," said the ministry in a statement' or '"…," according to KCNA.' */
const SOURCE_INVERTED = new RegExp(
  `^[\\s,]*(?:${SPEECH_VERB}|according to)\\s+(${SOURCE_WORDS})\\s*(?=[,.;:]|$|\\s+(?:in|on|at|after|during|via|through)\\b)`,
  'u',
);
/** '"…" while travelling on a train, the news agency said.': a source that closes the sentence. */
const SOURCE_LAST = new RegExp(`,\\s*(${SOURCE_WORDS})${SOURCE_TELLS}[^,;"“”]*$`, 'u');
/** A subject before its verb: a short phrase of words and nothing else. */
const SOURCE_PHRASE = new RegExp(`^${SOURCE_WORDS}$`, 'u');
const AUXILIARIES =
  /(?:\s+(?:also|later|separately|earlier|previously|has|have|had|would|will))+$/i;
/** Words that stand for a body named before them ("it said"); a person's are the people's. */
const PRONOUN = /^(?:it|they|we)$/i;
const NO_SOURCE =
  /^(?:this|that|these|those|there|which|who|what|some|many|others|one|all|both|and|but|as|when|while|if|because)\b/i;

/**
 * Who says a quote as the text writes it, when the subject of its speech verb is a phrase and
 * not a pronoun: "the Fed", "North Korea's defence ministry", "a spokesman for the mayor".
 * `before` is the sentence up to the quote (its first speech verb decides), `after` the rest.
 */
function sourceOf(before: string, after: string): string | 'pronoun' | null {
  const tail = SOURCE_AFTER.exec(after)?.[1] ?? SOURCE_INVERTED.exec(after)?.[1];
  let phrase = tail;
  if (phrase === undefined) {
    const verb = INTRODUCES.exec(before);
    if (!verb) return SOURCE_LAST.exec(after)?.[1]?.replace(/^The\b/, 'the') ?? null;
    // ("On Thursday, the ministry said": the subject follows a fronted phrase.)
    phrase = (before.slice(0, verb.index).split(/[,;:]/).at(-1) ?? '')
      .trim()
      .replace(AUXILIARIES, '');
  }
  if (PRONOUN.test(phrase)) return 'pronoun';
  if (!phrase || !SOURCE_PHRASE.test(phrase) || NO_SOURCE.test(phrase)) return null;
  return phrase.replace(/^The\b/, 'the');
}

/**
 * The parts of a range outside its asides (", who is due to visit Seoul,", ", the sister of
 * leader Kim Jong Un,"): the people named there are not the subject.
 */
function outsideAsides(text: string, start: number, end: number): Array<[number, number]> {
  const parts: Array<[number, number]> = [];
  let from = start;
  for (const m of text.slice(start, end).matchAll(ASIDE)) {
    parts.push([from, start + m.index]);
    from = start + m.index + m[0].length;
  }
  parts.push([from, end]);
  return parts;
}

/**
 * "starred in", "the film": a work's title after it, of any length (and the titles listed after
 * it: 'starred in "The Sting" and "Out of Africa"'), not words someone spoke.
 */
const TITLE_BEFORE =
  /\b(?:(?:starred|starring|appeared|acted|played)\s+in|(?:film|films|movie|movies|novel|book|song|album|single|series|sitcom|musical|opera|documentary|titled|entitled))\s+(?:["“][^"“”]{1,80}["”],?\s+(?:and\s+|or\s+)?)*$/i;

/**
 * "the so-called", "dubbed", "what it calls", "hailed his son, Kim Jong Un, as the": a quoted
 * name or a title given, not words someone spoke.
 */
const NAMING_BEFORE =
  /\b(?:so-called|called|calls|dubbed|named|termed|known as|labell?ed|branded|describ(?:ed|es) as|word|words|phrase|slogan|term)\s*$|\b(?:hailed|proclaimed|touted|billed|lauded|regarded|styled)\s+(?:[^\s"“”]+\s+){0,6}?as\s+(?:the\s+|an?\s+)?$/i;

/** A noun and the "of" or "for" phrase that completes it, up to the verb: "sister of Kim". */
const OF_COMPLEMENT = /\b\p{Ll}{3,}\s+(?:of|for)\s[^,]*$/u;
/**
 * The first verb of a clause, past (verbs.ts `PAST_VERB`: "congratulated", "met") or present
 * ("says").
 */
function firstVerb(clause: string): RegExpExecArray | null {
  const past = PAST_VERB.exec(clause);
  const present = /\s\p{Ll}{3,}s\b/u.exec(clause);
  return past && (!present || past.index < present.index) ? past : present;
}

/**
 * Finds quotations: text between opening and closing quotation marks, where a paragraph that
 * ends inside a quote and a next paragraph that opens with a quotation mark are one speech (the
 * newspaper convention). Scare quotes (no speech verb, or one word) are not quotes; a short
 * quote is one only where a person speaks it ('Merkel said the deal was "a good signal"').
 */
export function findQuotes(
  text: string,
  paragraphs: Paragraph[],
  personAt: (start: number, end: number) => number[],
): QuoteCandidate[] {
  const out: QuoteCandidate[] = [];
  let openFromPrevious = false;
  let lastParagraph: Paragraph | null = null;
  for (const p of paragraphs) {
    const paragraphBefore = lastParagraph;
    lastParagraph = p;
    let i = p.start;
    let continuing = openFromPrevious && OPEN.includes(text[p.start] ?? '');
    openFromPrevious = false;
    while (i < p.end) {
      const ch = text[i] ?? '';
      if (!OPEN.includes(ch)) {
        i++;
        continue;
      }
      const straight = ch === '"';
      const single = ch === '‘';
      // (A closing single mark is no apostrophe: "don’t" goes on, "power,’ he said" ends.)
      const closes = (k: number) =>
        single
          ? text[k] === '’' && !/\p{L}/u.test(text[k + 1] ?? '')
          : straight
            ? text[k] === '"'
            : CLOSE.includes(text[k] ?? '') && text[k] !== '"';
      let j = i + 1;
      while (j < p.end && !closes(j)) j++;
      const closed = j < p.end;
      const end = closed ? j + 1 : p.end;
      const inner = text.slice(i + 1, closed ? j : p.end).trim();
      const words = inner.split(/\s+/).filter(Boolean).length;
      const at = p.sentences.findIndex((s) => s.start <= i && i < s.end);
      const sentenceOf = p.sentences[at] ?? p;
      // ('"We won. We won it all," she said.': a quote of two sentences is attributed after it
      // in the sentence it closes in.)
      const closing = closed ? p.sentences.findIndex((s) => s.start <= j && j < s.end) : -1;
      const last = closing >= 0 ? closing : at;
      const sentenceAfter = p.sentences[last] ?? sentenceOf;
      // '"... a special moment!" Ms Ruiz wrote.': the quote ends its sentence and the next one,
      // opening with its speaker and a speech verb, attributes it.
      const next = last >= 0 ? p.sentences[last + 1] : undefined;
      const tag =
        next && !text.slice(end, sentenceAfter.end).trim()
          ? { start: next.start, end: Math.min(next.end, next.start + 60) }
          : null;
      const tagged = !!tag && SPEECH.test(text.slice(tag.start, tag.end));
      const around = text.slice(sentenceOf.start, i) + text.slice(end, sentenceAfter.end);
      const attributed =
        INTRODUCES.test(around) || tagged || /:\s*$/.test(text.slice(sentenceOf.start, i));
      // '"Half the town is gone," the mayor said. "We need help."': an unattributed quote in
      // the paragraph of an attributed one is the same speaker's.
      const previous = out.at(-1);
      const samePara = !!previous && previous.start >= p.start;
      // "Blinken, who will meet Park Jin, said ...": not someone named in an aside.
      const before = outsideAsides(text, sentenceOf.start, i).flatMap(([a, b]) => personAt(a, b));
      // ('"…," the news agency said, calling the launch a success that fulfilled the wishes of
      // leader Kim Jong Il': the attribution ends where a participle or a relative clause opens
      // after its verb of speech, and no one named past that speaks; '"…," said the summit
      // president, Sultan al-Jaber, who also heads' names its speaker before it.)
      // ("Kim was quoted as saying": a participle of speech tells it too.)
      const told =
        SPEECH.exec(text.slice(end, sentenceAfter.end)) ??
        /\b(?:saying|quoted)\b/.exec(text.slice(end, sentenceAfter.end));
      const toldEnd = told ? end + told.index + told[0].length : sentenceAfter.end;
      const attributionEnd =
        toldEnd +
        (ATTRIBUTION_END.exec(text.slice(toldEnd, sentenceAfter.end))?.index ??
          sentenceAfter.end - toldEnd);
      // ('... in response to "election fraud" and handed power to Min Aung Hlaing': with no
      // verb of speech after it, no one named after a quote speaks it.)
      const after = [
        ...(told ? personAt(end, attributionEnd) : []),
        ...(tag && tagged ? personAt(tag.start, tag.end) : []),
      ];
      const partial =
        words >= 2 &&
        attributed &&
        (before.length > 0 || after.length > 0) &&
        !NAMING_BEFORE.test(text.slice(Math.max(sentenceOf.start, i - 80), i));
      // ('"..., the 16-year-old told the summit. "How dare you!"': a short sentence quoted
      // whole, after one attributed in its paragraph, is the same speaker's.)
      const wholeSentence =
        words >= 2 && samePara && /[.!?]$/.test(inner) && !text.slice(sentenceOf.start, i).trim();
      if (
        ((words >= 4 && (attributed || continuing || samePara || words >= 8)) ||
          (words < 4 && (partial || wholeSentence))) &&
        !TITLE_BEFORE.test(text.slice(Math.max(sentenceOf.start, i - 200), i))
      ) {
        // 'Merz accused Scholz of leaving the country "in crisis"': the subject of the verb
        // that introduces the quote speaks it, not a person named after that verb.
        const introducing = [
          ...text.slice(sentenceOf.start, i).matchAll(new RegExp(INTRODUCES, 'g')),
        ];
        // ('Trump said he would halt the drills, which he called "very provocative," and invite
        // Kim "at the appropriate time"': a verb that introduced an earlier quote of the sentence
        // is spent, and the one before it introduces this one.)
        const earlier = [...text.slice(sentenceOf.start, i).matchAll(/["“][^"“”]*["”]/g)].at(-1);
        const spent = earlier ? introducing.findLastIndex((v) => v.index < earlier.index) : -1;
        const verbs =
          earlier &&
          spent > 0 &&
          !introducing.some((v) => v.index >= earlier.index + earlier[0].length)
            ? introducing.slice(0, spent)
            : introducing;
        const verbAt = verbs.length ? sentenceOf.start + (verbs.at(-1)?.index ?? 0) : i;
        // ("sworn in on Monday, as Beijing denounced him as "a separatist"": the subject is the
        // verb's own clause's.)
        // ('won for what the Swedish Academy called "her intense prose"': the subject of a
        // relative's verb is the relative's.)
        const relative = /\b(?:what|which)\s+(?=[^,;:]{1,60}$)/.exec(
          text.slice(sentenceOf.start, verbAt),
        );
        const clauseAt =
          sentenceOf.start +
          (relative
            ? relative.index + relative[0].length
            : ([...text.slice(sentenceOf.start, verbAt).matchAll(CLAUSE_JOIN)].at(-1)?.index ?? 0));
        // ("The sister of leader Kim Jong Un warned of "new countermeasures"": the subject is
        // the noun before "of", not the person who completes it; "The head of the agency, Kim,
        // said" names its head in an apposition.)
        const ofHead = OF_COMPLEMENT.exec(text.slice(clauseAt, verbAt));
        // ("China's Taiwan Affairs Office congratulated Cheng and said it hoped": a verb after
        // "and" shares the subject of the verb before it, not that verb's object.)
        const shared = /\sand\s+$/.test(text.slice(clauseAt, verbAt))
          ? firstVerb(text.slice(clauseAt, verbAt))
          : null;
        const subjectEnd = shared
          ? clauseAt + shared.index
          : ofHead
            ? clauseAt + ofHead.index
            : verbAt;
        // ('He added that he would invite Kim "at the appropriate time"': a pronoun subject is
        // whoever it stands for, read with its verb, not a person named after the verb.)
        // ("In a message late on Sunday, he said": after the comma that ends a fronted phrase.)
        const pronounOnly =
          verbs.length > 0 &&
          /^(?:[^,;"“”]*,)?\s*(?:he|she)\s+$/i.test(text.slice(clauseAt, verbAt));
        const subjects = pronounOnly
          ? personAt(clauseAt, verbAt + (verbs.at(-1)?.[0].length ?? 0))
          : outsideAsides(text, clauseAt, subjectEnd).flatMap(([a, b]) => personAt(a, b));
        // ('China's Taiwan Affairs Office said Lai had sent a "dangerous signal"': a subject
        // that names no one speaks, not the person its clause names after the verb.)
        // ('He said the firm would "turn the crisis"': a pronoun's capital names no one, nor
        // does a time's before it, "On Saturday he called".)
        // ('..., and the congregation of 2,300 people shouted "God save the King"': nor does a
        // noun subject of the verb's own clause.)
        const otherSpeaker =
          verbs.length > 0 &&
          subjects.length === 0 &&
          (/\p{Lu}/u.test(text.slice(clauseAt, verbAt).replace(PRONOUN_SUBJECT, '')) ||
            NOUN_CLAUSE_JOINED.test(text.slice(clauseAt, verbAt)));
        // ("Yoon congratulated Han, calling the prize "a great feat"": a participle after a
        // comma is the main clause's, and so is its subject.)
        const participle =
          /ing$/.test(verbs.at(-1)?.[0] ?? '') &&
          /,\s*$/.test(text.slice(sentenceOf.start, verbAt));
        const subject = participle ? subjects.slice(0, 1) : subjects;
        // ('Netanyahu vowed to "change the Middle East" and Defence Minister Yoav Gallant
        // ordered a "complete siege"': a clause of its own after the verb, whose subject names
        // someone, is that person's.)
        const join = verbs.length
          ? [...text.slice(verbAt, i).matchAll(/\s(?:and|but)\s+(?=\p{Lu})/gu)].at(-1)
          : undefined;
        const joined = join ? personAt(verbAt + join.index, i)[0] : undefined;
        // '"We will scatter filth," Kim said.' then a paragraph that is a quote and nothing
        // else: the same speaker goes on.
        const wholeParagraph = i === p.start && !/\p{L}/u.test(text.slice(end, p.end));
        const quotedInParagraphBefore =
          !!previous && !!paragraphBefore && previous.start >= paragraphBefore.start;
        const goesOn = quotedInParagraphBefore && wholeParagraph;
        const inherits = (samePara || goesOn) && !attributed;
        // ('Han won the prize for her "intense poetic prose", the Swedish Academy said': with no
        // verb of speaking before it, the quote is the words of the source that tells it after,
        // right after it or at the sentence's end.)
        // (But 'Kim ordered "immediate military action", KCNA reported' quotes what Kim
        // ordered: only words after a preposition, "for her", are the source's description.)
        const toldAfter =
          verbs.length === 0 &&
          after.length === 0 &&
          /\b(?:for|as|of|with)\s+(?:(?:her|his|its|their|the|an?)\s+)?$/i.test(
            text.slice(Math.max(sentenceOf.start, i - 16), i),
          ) &&
          (SOURCE_AFTER.test(text.slice(end, sentenceAfter.end)) ||
            SOURCE_LAST.test(text.slice(end, sentenceAfter.end)));
        const speakerAt =
          joined !== undefined
            ? joined
            : before.length
              ? otherSpeaker || toldAfter
                ? null
                : (subject.at(-1) ?? before.at(-1) ?? null)
              : (after[0] ?? (inherits ? (previous?.speakerAt ?? null) : null));
        // '"…," it said': a pronoun goes on with the source of the quote before.
        const said = sourceOf(
          text.slice(sentenceOf.start, i),
          text.slice(end, tagged && tag ? tag.end : sentenceAfter.end),
        );
        // ("it" is the source before only if nothing but quotes came between: "Pyongyang has
        // warned ... 'We will act,' it said" is Pyongyang's.)
        const adjacent = samePara || (quotedInParagraphBefore && i === p.start);
        const source =
          speakerAt !== null
            ? null
            : (said === 'pronoun' && adjacent) || (said === null && (inherits || continuing))
              ? (previous?.source ?? null)
              : said === 'pronoun'
                ? null
                : said;
        out.push({ start: i, end, text: inner, speakerAt, continues: continuing, source });
      }
      if (!closed) openFromPrevious = words >= 4;
      continuing = false;
      i = end;
    }
  }
  return out;
}
