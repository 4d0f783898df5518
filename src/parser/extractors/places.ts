import type { Mention, TextSpan } from '../../story/model.ts';
import { type Gazetteer, type GazetteerEntry, nameKey } from '../gazetteer/gazetteer.ts';
import { adjacent, FUNCTION_WORDS, type Token, tokenize } from './tokens.ts';

/** A place found in the text with its mentions, before ids are given. */
export interface PlaceCandidate {
  entry: GazetteerEntry;
  aliases: Set<string>;
  mentions: Mention[];
  demonyms: Mention[];
}

interface Hit extends TextSpan {
  surface: string;
  candidates: readonly GazetteerEntry[];
  demonym: boolean;
  initial: boolean;
}

/** Words that are parts of names but never a place on their own ("the North", "the South"). */
const NEVER_ALONE = new Set([
  'north',
  'south',
  'east',
  'west',
  'central',
  'upper',
  'lower',
  'new',
  'old',
  'great',
  'little',
  'saint',
  'st',
  'san',
  'santa',
  'mount',
  'lake',
  'port',
  'fort',
  'city',
  'island',
  'islands',
  'republic',
  'state',
  'union',
  'kingdom',
  'america',
  'northern',
  'southern',
  'eastern',
  'western',
]);
const CONNECTORS = new Set([
  'of',
  'and',
  'de',
  'del',
  'da',
  'do',
  'dos',
  'la',
  'le',
  'les',
  'el',
  'al',
  'upon',
  'on',
  'am',
  'im',
  'y',
  'sur',
  'en',
  'des',
  'di',
]);
const MAX_TOKENS = 6;
/** Verbs that make a place an actor ("Seoul went on to suggest"): a government speaking. */
const ACTOR_VERB =
  /^[\s,]*(?:(?:has|have|had|will|would|could|also|then|later|again|now|went on to|is|was|has also|had also|is also|did not|does not|didn['’]t|doesn['’]t|has not|hasn['’]t|refused to|wants to|plans to|continues to)\s+)*(?:say|said|says|suggest(?:s|ed)?|propos(?:e|es|ed)|agree(?:s|d)?|announc(?:e|es|ed)|warn(?:s|ed)?|urg(?:e|es|ed)|demand(?:s|ed)?|reject(?:s|ed)?|den(?:y|ies|ied)|accus(?:e|es|ed)|offer(?:s|ed)?|insist(?:s|ed)?|claim(?:s|ed)?|threaten(?:s|ed)?|want(?:s|ed)?|hope(?:s|d)?|sign(?:s|ed)?|impos(?:e|es|ed)|condemn(?:s|ed)?|respond(?:s|ed)?|refus(?:e|es|ed)|call(?:s|ed)? (?:for|on)|vow(?:s|ed)?|pledg(?:e|es|ed)|decid(?:e|es|ed)|ask(?:s|ed)?|told|tell(?:s)?|express(?:es|ed)?|welcom(?:e|es|ed)|criticis(?:e|es|ed)|criticiz(?:e|es|ed)|protest(?:s|ed)?|sen[dt]s?|seek(?:s)?|sought|argu(?:e|es|ed)|blam(?:e|es|ed)|confirm(?:s|ed)?|report(?:s|ed)?|invit(?:e|es|ed)|approv(?:e|es|ed)|ban(?:s|ned)?|order(?:s|ed)?|retaliat(?:e|es|ed)|negotiat(?:e|es|ed))\b/i;

/** Lower-case words that may sit inside a name only between capitals ("Bosnia and Herzegovina"). */
function nameWord(t: Token): boolean {
  // "US" in capitals is a country, "Us" opening a sentence is a pronoun.
  return t.cap && (/^\p{Lu}{2,}$/u.test(t.text) || !FUNCTION_WORDS.has(t.text.toLowerCase()));
}

/** Longest gazetteer names starting at each capitalised word of a sentence. */
function scan(
  text: string,
  tokens: Token[],
  gazetteer: Gazetteer,
  blocked: (s: number, e: number) => boolean,
): Hit[] {
  const hits: Hit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i] as Token;
    if (!nameWord(first) && !/^(?:\p{Lu}\.){2,}$/u.test(first.text)) continue;
    let best: Hit | null = null;
    for (let j = i; j < tokens.length && j - i < MAX_TOKENS; j++) {
      const t = tokens[j] as Token;
      if (j > i && !adjacent(text, tokens[j - 1] as Token, t)) break;
      if (j > i && !t.cap && !CONNECTORS.has(t.text.toLowerCase())) break;
      if (!t.cap) continue;
      const surface = text.slice(first.start, t.end);
      if (blocked(first.start, t.end)) continue;
      if (j === i && NEVER_ALONE.has(first.text.toLowerCase()) && first.text !== 'America')
        continue;
      const key = nameKey(surface);
      const candidates = gazetteer.lookup(key);
      const demonym = gazetteer.demonym(key);
      if (candidates.length)
        best = {
          start: first.start,
          end: t.end,
          surface,
          candidates,
          demonym: false,
          initial: first.initial,
        };
      else if (demonym)
        best = {
          start: first.start,
          end: t.end,
          surface,
          candidates: [demonym],
          demonym: true,
          initial: first.initial,
        };
    }
    if (best) {
      hits.push(best);
      while (i + 1 < tokens.length && (tokens[i + 1] as Token).start < best.end) i++;
    }
  }
  return hits;
}

function prior(e: GazetteerEntry): number {
  switch (e.kind) {
    case 'country':
      return 9;
    case 'region':
      return e.country ? 6.6 : 8;
    case 'landmark':
      return 7.5;
    default:
      return Math.log10(e.population + 1) + (e.capital ? 1 : 0);
  }
}

/** How well an entry fits the article: its prominence and the countries named around it. */
function score(
  e: GazetteerEntry,
  hit: Hit,
  countries: Map<string, number>,
  admins: Set<string>,
): number {
  let s = prior(e);
  if (e.country && countries.has(e.country) && e.kind !== 'country')
    s += 3 + Math.min(1, (countries.get(e.country) ?? 0) / 5);
  if (e.country && e.admin1 && admins.has(`${e.country}-${e.admin1}`) && e.kind !== 'region')
    s += 1.5;
  // The exact spelling of the main name beats an alternate name ("Us" the village is not "US").
  if (e.name === hit.surface) s += 0.5;
  if (/^\p{Lu}+$/u.test(hit.surface) && e.name !== hit.surface && e.kind !== 'country') s -= 4;
  return s;
}

/** A lone word that may be a common noun or a name gets through only if prominent enough. */
function plausible(hit: Hit, best: GazetteerEntry, countries: Map<string, number>): boolean {
  if (best.kind === 'country' || best.kind === 'landmark' || best.kind === 'region') return true;
  const single = !/\s/.test(hit.surface);
  const inContext = !!best.country && countries.has(best.country);
  const needed = hit.initial ? 200_000 : single ? (inContext ? 1_000 : 15_000) : 0;
  return best.population >= needed || (best.capital ?? false);
}

/**
 * Finds every toponym and demonym and resolves each name to one gazetteer entry, the way
 * geoparsers do: candidates by name, then a score from prominence (kind, population, capital)
 * and context (the countries and regions the article names). One name keeps one place across
 * the article, so "Georgia" is the same place in every paragraph.
 */
export function findPlaces(
  text: string,
  sentences: TextSpan[],
  gazetteer: Gazetteer,
  blocked: (start: number, end: number) => boolean,
): PlaceCandidate[] {
  const hits = sentences.flatMap((s) =>
    scan(text, tokenize(text.slice(s.start, s.end), s.start), gazetteer, blocked),
  );
  // Context: countries named outright (or by demonym), and regions.
  const countries = new Map<string, number>();
  const admins = new Set<string>();
  for (const h of hits) {
    const only = h.candidates.length === 1 ? h.candidates[0] : undefined;
    const country = h.candidates.find((c) => c.kind === 'country');
    const code = country?.country ?? only?.country;
    if (code) countries.set(code, (countries.get(code) ?? 0) + 1);
  }
  for (const h of hits)
    for (const c of h.candidates)
      if (c.kind === 'region' && c.admin1 && c.country && countries.has(c.country))
        admins.add(`${c.country}-${c.admin1}`);

  const chosen = new Map<string, GazetteerEntry | null>();
  const byEntry = new Map<string, PlaceCandidate>();
  for (const h of hits) {
    const key = nameKey(h.surface);
    let entry = chosen.get(key);
    if (entry === undefined) {
      const ranked = [...h.candidates].sort(
        (a, b) => score(b, h, countries, admins) - score(a, h, countries, admins),
      );
      const top = ranked[0];
      entry = top && plausible(h, top, countries) ? top : null;
      if (!h.initial) chosen.set(key, entry);
    }
    if (!entry) continue;
    let place = byEntry.get(entry.id);
    if (!place) {
      place = { entry, aliases: new Set(), mentions: [], demonyms: [] };
      byEntry.set(entry.id, place);
    }
    const mention: Mention = { start: h.start, end: h.end, text: h.surface };
    if (h.demonym) {
      place.demonyms.push(mention);
      continue;
    }
    const governed =
      /\b(?:in|at|from|to|into|of|near|across|around|throughout|within|outside|inside|towards?|between|for|on|with|by|via)\s+(?:the\s+)?$/i.test(
        text.slice(Math.max(0, h.start - 20), h.start),
      );
    if (!governed && ACTOR_VERB.test(text.slice(h.end, h.end + 60))) mention.actor = true;
    place.mentions.push(mention);
    if (h.surface !== entry.name) place.aliases.add(h.surface);
  }
  return [...byEntry.values()];
}
