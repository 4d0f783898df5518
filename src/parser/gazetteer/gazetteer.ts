import type { PlaceKind } from '../../story/model.ts';

/** One record of the gazetteer: a place that a name can refer to. */
export interface GazetteerEntry {
  id: string;
  name: string;
  kind: PlaceKind;
  lat: number;
  lon: number;
  /** ISO 3166-1 alpha-2 code, or null for places across borders. */
  country: string | null;
  /** First-level division code within the country (GeoNames admin1), when known. */
  admin1: string | null;
  population: number;
  /** The record's origin, e.g. "geonames:1835848" or "curated: Wikipedia, Suez Canal". */
  source: string;
  capital?: boolean;
  /** The seat of a first-level division (GeoNames PPLA): the namesake news means more often. */
  seat?: boolean;
  /**
   * An institution as much as a territory ("the EU"): a place only where the text puts
   * something in it ("the ninth country in the EU"), not where it acts or is dealt with.
   */
  institution?: boolean;
  /** The name is also a common English word ("Bath", "Mobile", "Police"). */
  commonWord?: boolean;
}

/** An entry found under a name, and whether that name is only one of its alternate names. */
export interface GazetteerMatch {
  entry: GazetteerEntry;
  alternate: boolean;
}

/** A town of any size: a city or a village. */
export function settlement(e: GazetteerEntry): boolean {
  return e.kind === 'city' || e.kind === 'village';
}

/** The match is a country's or region's own name, not one of its alternate names ("Mexico"). */
export function namesArea(m: GazetteerMatch): boolean {
  return !m.alternate && (m.entry.kind === 'country' || m.entry.kind === 'region');
}

/**
 * Names to places. Built in Node from the packaged gazetteers (src/build/) and handed to the
 * parser, so the parser itself carries no data and runs anywhere.
 */
export interface Gazetteer {
  /** Entries whose name or alternate name normalises to `key` (see {@link nameKey}). */
  lookup(key: string): readonly GazetteerMatch[];
  /** The country a demonym ("Chinese", "South African") belongs to. */
  demonym(key: string): GazetteerEntry | undefined;
  /**
   * Every country a demonym may belong to ("Congolese": both Congos), the one {@link demonym}
   * gives first; the story decides between them.
   */
  demonymCountries(key: string): readonly GazetteerEntry[];
  /**
   * Whether a word says a nationality: a demonym, or the word that ends two-word ones of no
   * single country ("Korean" of "North Korean" and "South Korean").
   */
  nationality(key: string): boolean;
  /**
   * Regions whose name, romanised another way, sounds like `key` ("Menoufia" for Monufia): weak
   * evidence, for a story that names the region's country. Matches count as alternate names.
   */
  resembling(key: string): readonly GazetteerMatch[];
  /**
   * Regions a style-guide short form names ("Calif.", "NY", "B.C."): a name only where a town
   * and a comma come before it, since "Miss." or "OR" elsewhere is something else.
   */
  abbreviated(key: string): readonly GazetteerMatch[];
  /** The capital of a country, by ISO code: what "the Uruguayan capital" names. */
  capitalOf(country: string): GazetteerEntry | undefined;
}

/**
 * The form names are compared in: no accents, apostrophes, dots or hyphens, lower case, single
 * spaces. "São Paulo", "SAO PAULO" and "Sao-Paulo" differ from "Sao Paulo" only in what this
 * drops, "Xi'an" becomes "xian", "U.S." becomes "us". "Saint" and "St." are one word, as
 * GeoNames writes either ("Saint Paul", Minnesota; "St. Louis", Missouri).
 */
export function nameKey(name: string): string {
  const key = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/['’‘`.ʼ]/g, '')
    .replace(/[-‐–]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
  // (Looked for first: the key is made for every name of the gazetteer and of the text.)
  return key.includes('saint') ? key.replace(/\bsaint(e?)\b/g, 'st$1') : key;
}

/**
 * What survives of a name across romanisations: its consonants, q and c read as k, an h after
 * a consonant and doubled letters dropped ("Menoufia" and "Monufia", "Daqahliya" and
 * "Dakahlia", "Rhodes" and "Rodos"). Takes a lower-case key.
 */
export function consonantKey(key: string): string {
  return key
    .replace(/[qc]/g, 'k')
    .replace(/[aeiouy]/g, '')
    .replace(/([^aeiouy])h/g, '$1')
    .replace(/(.)\1+/g, '$1')
    .replace(/s$/, '');
}

/** How many runs of vowels a lower-case key has: its syllables, near enough. */
function syllables(key: string): number {
  return key.match(/[aeiouy]+/g)?.length ?? 0;
}

/** What a gazetteer is built from: an entry, its own names, and the names others call it. */
export interface GazetteerSource {
  entry: GazetteerEntry;
  names: Iterable<string>;
  alternates?: Iterable<string>;
  /** Short forms that name it only after a town: "Calif." (see {@link Gazetteer.abbreviated}). */
  abbreviations?: Iterable<string>;
}

/** A gazetteer over an in-memory list; what src/build uses and what tests build small. */
export function gazetteerFrom(
  sources: Iterable<GazetteerSource>,
  demonyms: Iterable<[string, GazetteerEntry]> = [],
): Gazetteer {
  const byName = new Map<string, GazetteerMatch[]>();
  const add = (name: string, match: GazetteerMatch, seen: Set<string>) => {
    const key = nameKey(name);
    if (!key || seen.has(key)) return;
    seen.add(key);
    const list = byName.get(key);
    if (list) list.push(match);
    else byName.set(key, [match]);
  };
  const byAbbreviation = new Map<string, GazetteerMatch[]>();
  // (Where GeoNames marks two towns of one country as its capital, the larger is the one news
  // means.)
  const capitals = new Map<string, GazetteerEntry>();
  for (const { entry, names, alternates = [], abbreviations = [] } of sources) {
    const seen = new Set<string>();
    const rival = entry.capital && entry.country ? capitals.get(entry.country) : undefined;
    if (entry.capital && entry.country && (!rival || rival.population < entry.population))
      capitals.set(entry.country, entry);
    for (const name of names) add(name, { entry, alternate: false }, seen);
    // ("in The Hague": a name's own article is no word of a name the text capitalises.)
    for (const name of names)
      if (/^The\s+\p{Lu}/u.test(name)) add(name.slice(4), { entry, alternate: false }, seen);
    for (const name of alternates) add(name, { entry, alternate: true }, seen);
    const shorts = new Set([...abbreviations].map(nameKey)); // "N.Y." and "NY" are one key
    for (const key of shorts)
      byAbbreviation.set(key, [...(byAbbreviation.get(key) ?? []), { entry, alternate: false }]);
  }
  // Every country a demonym may name, the last listed first: the one it names alone.
  const byDemonym = new Map<string, GazetteerEntry[]>();
  for (const [name, entry] of demonyms) {
    const key = nameKey(name);
    byDemonym.set(key, [entry, ...(byDemonym.get(key) ?? []).filter((e) => e !== entry)]);
  }
  const nationalities = new Set(byDemonym.keys());
  for (const key of byDemonym.keys()) {
    const words = key.split(' ');
    if (words.length > 1) nationalities.add(words.at(-1) as string);
  }
  // Only regions: few enough that a romanisation rarely collides, and news spells them freely.
  // A romanisation changes vowels, not how many syllables there are ("Forms" is not Formosa),
  // nor the vowel a name opens with ("Ilsan" is not Ulsan).
  const bySound = new Map<string, GazetteerMatch[]>();
  const soundOf = (key: string) =>
    `${/^[aeiou]/.test(key) ? key[0] : ''}${consonantKey(key)}/${syllables(key)}`;
  for (const [key, matches] of byName)
    for (const m of matches)
      if (m.entry.kind === 'region' && !m.alternate && consonantKey(key).length >= 3) {
        const list = bySound.get(soundOf(key)) ?? [];
        if (!list.some((x) => x.entry === m.entry)) list.push({ entry: m.entry, alternate: true });
        bySound.set(soundOf(key), list);
      }
  return {
    lookup: (key) => byName.get(key) ?? [],
    demonym: (key) => byDemonym.get(key)?.[0],
    demonymCountries: (key) => byDemonym.get(key) ?? [],
    nationality: (key) => nationalities.has(key),
    resembling: (key) => bySound.get(soundOf(key)) ?? [],
    abbreviated: (key) => byAbbreviation.get(key) ?? [],
    capitalOf: (country) => capitals.get(country),
  };
}

/** A gazetteer that knows no place: the parser still runs, and places stay unresolved. */
export const emptyGazetteer: Gazetteer = {
  lookup: () => [],
  demonym: () => undefined,
  demonymCountries: () => [],
  nationality: () => false,
  resembling: () => [],
  abbreviated: () => [],
  capitalOf: () => undefined,
};

/** Great-circle distance in km between two points (haversine). */
export function kmBetween(
  a: { lat: number; lon: number },
  b: { lat: number; lon: number },
): number {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
  return 12_742 * Math.asin(Math.sqrt(h));
}
