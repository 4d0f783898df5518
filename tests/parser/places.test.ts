import { describe, expect, it } from 'vitest';
import {
  type Gazetteer,
  type GazetteerEntry,
  gazetteerFrom,
} from '../../src/parser/gazetteer/gazetteer.ts';
import { parseArticle } from '../../src/parser/index.ts';
import { smallGazetteer } from '../fixtures/small-gazetteer.ts';

/** Namesakes on purpose: each name below is borne by places in several countries or regions. */
const place = (
  id: string,
  name: string,
  kind: GazetteerEntry['kind'],
  [lat, lon]: [number, number],
  country: string,
  admin1: string | null,
  population = 0,
  capital = false,
): { entry: GazetteerEntry; names: string[] } => ({
  entry: { id, name, kind, lat, lon, country, admin1, population, source: 'test', capital },
  names: [name],
});

/** A place whose name is made of common English words, as the gazetteer marks it. */
const ordinaryWords = (p: ReturnType<typeof place>) => ({
  ...p,
  entry: { ...p.entry, commonWord: true },
});

/** A seat of a region, as GeoNames marks one. */
const seat = (p: ReturnType<typeof place>) => ({ ...p, entry: { ...p.entry, seat: true } });

/** A place also known by another name (an alternate name in GeoNames). */
const alsoCalled = (name: string, p: ReturnType<typeof place>) => ({ ...p, alternates: [name] });

/** The canton of Geneva, the city it is named after and Geneva, Illinois, a tenth its size. */
const genevas = () => [
  place('admin1:CH-GE', 'Geneva', 'region', [46.25, 6.12], 'CH', 'GE'),
  alsoCalled('Geneva', seat(place('g:ge', 'Genève', 'city', [46.2, 6.15], 'CH', 'GE', 183_981))),
  place('g:il', 'Geneva', 'city', [41.89, -88.31], 'US', 'IL', 21_806),
];

const gazetteer = gazetteerFrom([
  {
    ...place('country:US', 'United States', 'country', [38, -97], 'US', null),
    names: ['United States', 'US'],
  },
  place('country:GB', 'United Kingdom', 'country', [54, -2], 'GB', null),
  place('country:GE', 'Georgia', 'country', [42, 43.5], 'GE', null),
  place('country:CN', 'China', 'country', [35, 105], 'CN', null),
  place('country:RU', 'Russia', 'country', [60, 100], 'RU', null),
  place('admin1:US-AL', 'Alabama', 'region', [32.3, -86.9], 'US', 'AL'),
  place('admin1:US-OH', 'Ohio', 'region', [40.4, -82.9], 'US', 'OH'),
  place('admin1:US-GA', 'Georgia', 'region', [32.2, -82.9], 'US', 'GA'),
  place('admin1:US-AZ', 'Arizona', 'region', [34, -111], 'US', 'AZ'),
  place('admin1:US-WA', 'Washington', 'region', [47.8, -120.7], 'US', 'WA'),
  place('g:1', 'Birmingham', 'city', [52.48, -1.9], 'GB', 'ENG', 1_144_919),
  place('g:2', 'Birmingham', 'city', [33.52, -86.8], 'US', 'AL', 212_461),
  place('g:3', 'Marion', 'city', [42.03, -91.6], 'US', 'IA', 37_330),
  place('g:4', 'Marion', 'city', [40.59, -83.13], 'US', 'OH', 36_363),
  place('g:5', 'Washington', 'city', [38.9, -77.04], 'US', 'DC', 689_545, true),
  place('g:6', 'Thomas', 'village', [35.74, -98.75], 'US', 'OK', 1_200),
  place('g:7', 'London', 'city', [51.51, -0.13], 'GB', 'ENG', 8_961_989),
  place('g:8', 'Piccadilly', 'village', [-30.74, 121.46], 'AU', '08', 2_323),
  place('g:9', 'Metz', 'city', [49.12, 6.17], 'FR', '44', 116_429),
  place('g:10', 'Sydney', 'city', [-33.87, 151.21], 'AU', '02', 4_627_345),
  place('admin1:LK-2', 'North Western', 'region', [7.76, 80.19], 'LK', '32'),
  place('country:KP', 'North Korea', 'country', [40, 127], 'KP', null),
  place('country:KR', 'South Korea', 'country', [37, 127.5], 'KR', null),
  place('g:11', 'Xinhua', 'city', [24.75, 98.48], 'CN', '29', 21_000),
  place('admin1:NZ-NSN', 'Nelson', 'region', [-41.27, 173.28], 'NZ', 'E7'),
  place('g:13', 'Mati', 'city', [6.96, 126.22], 'PH', '11', 105_908),
  place('g:14', 'Mati', 'village', [9.74, 125.47], 'PH', '13', 3_795),
  place('country:GR', 'Greece', 'country', [39, 22], 'GR', null),
  ordinaryWords(place('g:15', 'Eastern Creek', 'village', [-33.81, 150.86], 'AU', '02', 4_000)),
  ordinaryWords(place('g:16', 'Red Cross', 'village', [35.27, -80.36], 'US', 'NC', 700)),
  place('country:IN', 'India', 'country', [22, 79], 'IN', null),
  place('country:PK', 'Pakistan', 'country', [30, 70], 'PK', null),
  place('g:17', 'New Delhi', 'city', [28.64, 77.22], 'IN', '07', 317_797, true),
  place('g:18', 'Islamabad', 'city', [33.72, 73.04], 'PK', '08', 601_600, true),
  alsoCalled(
    'Islamabad',
    seat(place('g:19', 'Chattogram', 'city', [22.34, 91.83], 'BD', '84', 3_920_222)),
  ),
  alsoCalled(
    'New York',
    place('g:20', 'New York City', 'city', [40.71, -74.01], 'US', 'NY', 8_804_190),
  ),
  place('g:21', 'New York', 'village', [55.03, -1.45], 'GB', 'ENG', 1_600),
]);

/** The names of the places a gazetteer finds in a text (after a headline line). */
const placeNamesIn = (world: Gazetteer) => (text: string) =>
  parseArticle(`Headline\n\n${text}`, { gazetteer: world }).places.map((p) => p.name);

const placesIn2 = (world: Gazetteer) => (text: string) =>
  parseArticle(`Headline\n\n${text}`, { gazetteer: world }).places.map((p) => [
    p.name,
    p.mentions.map((m) => m.text),
  ]);

const placesIn = (text: string, givenNames: ReadonlySet<string> = new Set()) =>
  parseArticle(`Headline\n\n${text}`, { gazetteer, givenNames }).places.map((p) => ({
    name: p.name,
    kind: p.kind,
    at: [p.lat, p.lon],
    mentions: p.mentions.map((m) => m.text),
  }));

describe('places the text itself locates', () => {
  it('takes a town qualified by its state for the one in that state, every time it is named', () => {
    const found = placesIn(
      'A post office in Birmingham, Alabama, was evacuated. Later, Birmingham reopened.',
    );
    expect(found).toContainEqual({
      name: 'Birmingham',
      kind: 'city',
      at: [33.52, -86.8],
      mentions: ['Birmingham', 'Birmingham'],
    });
  });

  it('leaves unplaced a name "of" an area that holds none of its namesakes ("the Southern District of New York")', () => {
    const found = placeNamesIn(
      gazetteerFrom([
        place('admin1:US-NY', 'New York', 'region', [42.8, -75.8], 'US', 'NY'),
        place('admin1:BW-SO', 'Southern District', 'region', [-24.97, 25.33], 'BW', 'SO'),
        place('admin1:US-OH', 'Ohio', 'region', [40.4, -82.9], 'US', 'OH'),
        place('g:mar', 'Marion', 'city', [40.59, -83.13], 'US', 'OH', 35_000),
      ]),
    );
    expect(
      found(
        'The attorney for the Southern District of New York spoke. He grew up in Marion of Ohio.',
      ),
    ).toEqual(['New York', 'Marion', 'Ohio']);
  });

  it('lets a town\'s name after "the", read as some other thing\'s, decide nothing for the town named alone ("the Montreal, Maine and Atlantic Railway ... east of Montreal")', () => {
    const found = placeNamesIn(
      gazetteerFrom([
        place('admin1:US-ME', 'Maine', 'region', [45.2, -69], 'US', 'ME'),
        place('g:mtl', 'Montreal', 'city', [45.51, -73.59], 'CA', 'QC', 1_762_949),
      ]),
    );
    expect(
      found(
        'The train was run by the Montreal, Maine and Atlantic Railway. The town lies 250 km east of Montreal.',
      ),
    ).toContain('Montreal');
  });

  it('reads "the Marion City Council" by the town\'s own name, not a namesake that the gazetteer also calls "Marion City"', () => {
    const world = gazetteerFrom([
      place('admin1:US-OH', 'Ohio', 'region', [40.4, -82.9], 'US', 'OH'),
      place('g:4', 'Marion', 'city', [40.59, -83.13], 'US', 'OH', 36_363),
      alsoCalled('Marion City', place('g:3', 'Marion', 'city', [42.03, -91.6], 'US', 'IA', 37_330)),
    ]);
    const found = parseArticle(
      'Headline\n\nA bridge in Marion, Ohio, was closed. The Marion City Council met on Monday.',
      {
        gazetteer: world,
      },
    ).places.map((p) => [p.name, p.lat, p.mentions.map((m) => m.text)]);
    expect(found).toEqual([
      ['Marion', 40.59, ['Marion', 'Marion']],
      ['Ohio', 40.4, ['Ohio']],
    ]);
  });

  it('takes a far country\'s region told as a speaker for a company of the name ("Meta said")', () => {
    const world = gazetteerFrom([
      place('country:AU', 'Australia', 'country', [-25, 135], 'AU', null),
      place('country:CO', 'Colombia', 'country', [4, -72], 'CO', null),
      place('admin1:CO-MET', 'Meta', 'region', [3.4, -73.2], 'CO', '19'),
    ]);
    expect(placeNamesIn(world)('Meta said it had removed accounts in Australia.')).toEqual([
      'Australia',
    ]);
    // (In its own country's story, the region speaks.)
    expect(placeNamesIn(world)('Meta said floods had hit Colombia.')).toEqual(['Meta', 'Colombia']);
  });

  it('takes a town said to lie "near" another for its namesake within a drive of it, or none', () => {
    const world = gazetteerFrom([
      place('g:3', 'Marion', 'city', [42.03, -91.6], 'US', 'IA', 37_330),
      place('g:4', 'Marion', 'city', [40.59, -83.13], 'US', 'OH', 36_363),
      place('g:cr', 'Cedar Rapids', 'city', [41.98, -91.67], 'US', 'IA', 137_710),
      place('g:co', 'Columbus', 'city', [39.96, -83.0], 'US', 'OH', 905_748),
      place('g:at', 'Atlanta', 'city', [33.75, -84.39], 'US', 'GA', 498_715),
    ]);
    const at = (text: string) =>
      parseArticle(`Headline\n\n${text}`, { gazetteer: world }).places.map((p) => [p.name, p.lat]);
    expect(at('He died at his home in Marion, near Cedar Rapids.')).toEqual([
      ['Marion', 42.03],
      ['Cedar Rapids', 41.98],
    ]);
    expect(at('He died at his home in Marion, near Columbus.')).toEqual([
      ['Marion', 40.59],
      ['Columbus', 39.96],
    ]);
    expect(at('He died at his home in Marion, near Atlanta.')).toEqual([['Atlanta', 33.75]]);
  });

  it('ends a headline cut after "the prefecture of" with the name as written ("of Akita", not "of Akita Prefecture")', () => {
    const world = gazetteerFrom([
      place('country:JP', 'Japan', 'country', [36, 138], 'JP', null),
      alsoCalled(
        'Akita',
        place('admin1:JP-05', 'Akita Prefecture', 'region', [39.7, 140.4], 'JP', '05'),
      ),
    ]);
    const story = parseArticle(
      'Headline\n\nJapan deployed soldiers on Wednesday to help the northern prefecture of Akita cope with bear attacks.',
      { gazetteer: world, published: '2025-11-05' },
    );
    expect(story.events.map((e) => e.headline)).toEqual([
      'Japan deployed soldiers on Wednesday to help the northern prefecture of Akita',
    ]);
  });

  it('prefers the qualified town over a bigger namesake elsewhere', () => {
    expect(placesIn('Janet Evans of Marion, Ohio was told she was safe.')).toContainEqual(
      expect.objectContaining({ name: 'Marion', at: [40.59, -83.13] }),
    );
  });

  it('reads a name in a list of states as the state, and in a list of countries as the country', () => {
    const states = placesIn('Cases were found in Ohio, Arizona, Georgia and Washington.');
    expect(states.map((p) => [p.name, p.kind])).toEqual([
      ['Ohio', 'region'],
      ['Arizona', 'region'],
      ['Georgia', 'region'],
      ['Washington', 'region'],
    ]);
    const countries = placesIn('Talks with China, Georgia and Russia failed.');
    expect(countries.find((p) => p.name === 'Georgia')?.kind).toBe('country');
  });

  it('reads a continent before a country in a list as the continent ("from Europe, Israel and the United States")', () => {
    const europe = place('continent:EU', 'Europe', 'region', [48.69, 9.14], 'XX', null);
    const world = gazetteerFrom([
      // (A continent is in no country.)
      { ...europe, entry: { ...europe.entry, country: null } },
      place('country:IL', 'Israel', 'country', [31.5, 34.75], 'IL', null),
      place('country:US', 'United States', 'country', [39.76, -98.5], 'US', null),
    ]);
    expect(
      placeNamesIn(world)('Rescue teams from Europe, Israel and the United States arrived.'),
    ).toEqual(['Europe', 'Israel', 'United States']);
  });

  it('reads "Washington state" as the state, and "Washington" alone as the city', () => {
    const found = placesIn(
      'A cow from a Washington state farm fell ill. Officials in Washington said so.',
    );
    expect(found.map((p) => [p.name, p.kind, p.mentions.length])).toEqual([
      ['Washington', 'region', 1],
      ['Washington', 'city', 1],
    ]);
  });

  it('leaves a lone given name to people, not to a small town that bears it', () => {
    const text = 'Children in the United States love Thomas, a toy engine.';
    expect(placesIn(text).map((p) => p.name)).toContain('Thomas');
    expect(placesIn(text, new Set(['Thomas'])).map((p) => p.name)).not.toContain('Thomas');
  });

  it('takes a given name the text calls a town in a country it names for that town, every time it is named', () => {
    const text =
      'Thomas was cut off. Fire reached the Oklahoma town of Thomas in the United States. Roads into Thomas closed.';
    const thomas = placesIn(text, new Set(['Thomas'])).find((p) => p.name === 'Thomas');
    expect(thomas?.mentions).toEqual(['Thomas', 'Thomas', 'Thomas']);
  });

  it('takes no village for a name the text never puts anywhere, in a story about another country', () => {
    const story =
      'Russia sent Thomas mercenaries to China, officials in Russia said. A founder of Thomas died. Officials in Washington said so.';
    expect(placesIn(story).map((p) => p.name)).not.toContain('Thomas');
    expect(placesIn(`${story} Fire hit homes in Thomas.`).map((p) => p.name)).toContain('Thomas');
  });

  it('does not send a street of a named city to a far village of another country', () => {
    const found = placesIn(
      'He met a contact at a sushi bar in Piccadilly, in London, United Kingdom.',
    );
    expect(found.map((p) => p.name)).toEqual(['London', 'United Kingdom']);
  });

  it('does not take the opening word of a company name for a place', () => {
    expect(placesIn('The spinach came from Metz Fresh LLC, a grower in Ohio.')).toEqual([
      expect.objectContaining({ name: 'Ohio' }),
    ]);
    expect(placesIn('The talks were held in Metz, not in Ohio.').map((p) => p.name)).toContain(
      'Metz',
    );
    // (A pollster's or a broker's trade, too: "Birmingham Research projected".)
    expect(placesIn('Voters in Alabama backed him, Birmingham Research projected.')).toEqual([
      expect.objectContaining({ name: 'Alabama' }),
    ]);
  });

  it('takes the opening word of a company name for the company where it stands alone, a region too', () => {
    const world = gazetteerFrom([
      place('country:CO', 'Colombia', 'country', [4, -73], 'CO', null),
      place('country:US', 'United States', 'country', [38, -97], 'US', null),
      place('r:CO-META', 'Meta', 'region', [3.4, -73.2], 'CO', '21'),
    ]);
    const found = placeNamesIn(world);
    expect(
      found(
        'The market is led by Meta Platforms. Meta, which sells headsets in the United States, cut prices.',
      ),
    ).toEqual(['United States']);
    // (Not where the text puts something in it.)
    expect(found('Meta Platforms opened an office in Meta.')).toEqual(['Meta']);
  });

  it('reads a country opening the name of its agency as the country', () => {
    expect(placesIn('The US Food and Drug Administration warned growers.')).toEqual([
      expect.objectContaining({ name: 'United States', mentions: ['US'] }),
    ]);
  });

  it('takes the name before a cathedral or shrine for the building, unless a big city', () => {
    const names = (t: string) => placesIn(t).map((p) => p.name);
    expect(names('Crowds filled Marion cathedral in Ohio.')).toEqual(['Ohio']);
    expect(names('Crowds filled the London cathedral.')).toEqual(['London']);
  });

  it("takes a far village or parish named like a palace or castle for the building ('St James's Palace', 'Windsor Castle')", () => {
    const world = gazetteerFrom([
      place('country:GB', 'United Kingdom', 'country', [54, -2], 'GB', null),
      place('g:1', 'London', 'city', [51.51, -0.13], 'GB', 'ENG', 8_961_989),
      alsoCalled(
        'St James',
        place('admin1:JM-12', 'Saint James Parish', 'region', [18.47, -77.92], 'JM', '12'),
      ),
      place('g:3', 'Windsor Castle', 'village', [18.25, -76.69], 'JM', '07', 0),
      place('g:4', 'Barnard Castle', 'village', [54.54, -1.92], 'GB', 'ENG', 5_495),
    ]);
    const found = placeNamesIn(world);
    expect(
      found(
        "The king will be proclaimed at St James's Palace in London. Crowds gathered outside the United Kingdom's palaces and Windsor Castle.",
      ),
    ).toEqual(['London', 'United Kingdom']);
    expect(found('He drove to Barnard Castle in the United Kingdom.')).toEqual([
      'Barnard Castle',
      'United Kingdom',
    ]);
  });

  it("takes a far suburb named like a park for the park the story means ('from Victoria Park')", () => {
    const world = gazetteerFrom([
      place('country:CN', 'China', 'country', [35, 105], 'CN', null),
      place('country:US', 'United States', 'country', [38, -97], 'US', null),
      place('g:1', 'Victoria Park', 'city', [-31.98, 115.91], 'AU', '08', 8_000),
      place('g:2', 'Menlo Park', 'city', [37.45, -122.18], 'US', 'CA', 33_000),
    ]);
    const found = placeNamesIn(world);
    expect(found('Protesters in China marched from Victoria Park to the harbour.')).toEqual([
      'China',
    ]);
    expect(found('Protesters in the United States marched in Menlo Park.')).toEqual([
      'United States',
      'Menlo Park',
    ]);
  });

  it('takes no town from the names of features listed before their noun', () => {
    expect(
      placesIn('Troops blew up the Marion and Sydney roads near the Metz and London rivers.'),
    ).toEqual([]);
  });

  it('does not take a compass word before a place for a region of that name', () => {
    expect(
      placesIn('Birds died near a farm in North-Western Sydney.').map((p) => p.name),
    ).not.toContain('North Western');
  });

  it('reads a region after a word for a part of it ("Southern Ohio"), not after "West"', () => {
    const found = placesIn('Fires hit Southern Ohio and Central Arizona, and West Alabama.');
    expect(found.map((p) => p.name)).toEqual(['Ohio', 'Arizona']);
  });

  it('reads a compass word before a town the story names as a part of it, not a namesake abroad ("East Berlin")', () => {
    const world = gazetteerFrom([
      place('country:DE', 'Germany', 'country', [51.5, 10.5], 'DE', null),
      place('country:US', 'United States', 'country', [39.76, -98.5], 'US', null),
      place('c:ber', 'Berlin', 'city', [52.52, 13.41], 'DE', '16', 3_426_354, true),
      place('c:eber', 'East Berlin', 'village', [39.94, -76.98], 'US', 'PA', 1_534),
      place('c:was', 'Washington', 'city', [38.9, -77.04], 'US', 'DC', 601_723, true),
    ]);
    const read = (text: string) =>
      parseArticle(`Headline\n\n${text}`, { gazetteer: world }).places.map((p) => [
        p.name,
        p.mentions.map((m) => m.text),
      ]);
    expect(
      read(
        'Crowds crossed from East Berlin into the West. Berlin rejoiced, and Washington cheered.',
      ),
    ).toEqual([
      ['Berlin', ['East Berlin', 'Berlin']],
      ['Washington', ['Washington']],
    ]);
    // (Where the story names no town of the bare name, the namesake stands.)
    expect(read('A barn burned in East Berlin, Pennsylvania, near Washington.')[0]).toEqual([
      'East Berlin',
      ['East Berlin'],
    ]);
  });

  it('reads a compass word before a town of a country the story never names as a part of the town of its own country ("North Kensington")', () => {
    const world = gazetteerFrom([
      place('country:US', 'United States', 'country', [39.76, -98.5], 'US', null),
      place('c:lon', 'London', 'city', [51.51, -0.13], 'GB', 'ENG', 8_961_989, true),
      place('c:ken', 'Kensington', 'village', [51.5, -0.19], 'GB', 'ENG', 0),
      place('c:nken', 'North Kensington', 'city', [39.03, -77.07], 'US', 'MD', 9_514),
    ]);
    const read = (text: string) =>
      parseArticle(`Headline\n\n${text}`, { gazetteer: world }).places.map((p) => [p.name, p.lat]);
    expect(
      read('A fire engulfed a tower block in London. The blaze in North Kensington spread.'),
    ).toEqual([
      ['London', 51.51],
      ['Kensington', 51.5],
    ]);
    // (A story that names the namesake's country keeps it.)
    expect(
      read('A fire in North Kensington, near the capital of the United States, spread to London.'),
    ).toContainEqual(['North Kensington', 39.03]);
  });

  it('reads a state name that a great city goes by as the city among cities ("police in New York and Washington")', () => {
    const world = gazetteerFrom([
      place('country:US', 'United States', 'country', [39.76, -98.5], 'US', null),
      place('r:ny', 'New York', 'region', [43, -75], 'US', 'NY'),
      place('r:wa', 'Washington', 'region', [47.29, -120.83], 'US', 'WA'),
      alsoCalled(
        'New York',
        place('c:nyc', 'New York City', 'city', [40.71, -74.01], 'US', 'NY', 8_804_190),
      ),
      place('c:was', 'Washington', 'city', [38.9, -77.04], 'US', 'DC', 689_545, true),
      place('c:bos', 'Boston', 'city', [42.36, -71.06], 'US', 'MA', 675_647),
    ]);
    const read = (text: string) =>
      parseArticle(`Headline\n\n${text}`, { gazetteer: world }).places.map((p) => [p.name, p.kind]);
    expect(read('Police in New York and Washington stepped up security.')).toEqual([
      ['New York City', 'city'],
      ['Washington', 'city'],
    ]);
    expect(read('Police in Boston, New York and Washington stepped up security.')).toEqual([
      ['Boston', 'city'],
      ['New York City', 'city'],
      ['Washington', 'city'],
    ]);
    // (A list of states stays one: "Ohio, New York and Washington".)
    expect(read('Storms hit Oregon, New York and Washington states.').map((p) => p[1])).toEqual([
      'region',
      'region',
    ]);
  });

  it('reads a dateline in capitals as the best-known city of that name', () => {
    const found = placesIn(
      'LONDON — Shares fell on Monday.\n\nWASHINGTON (AP) — Shares rose in Ohio, Arizona and Georgia.',
    );
    expect(found.map((p) => [p.name, p.kind])).toEqual([
      ['London', 'city'],
      ['Washington', 'city'],
      ['Ohio', 'region'],
      ['Arizona', 'region'],
      ['Georgia', 'region'],
    ]);
  });

  it('reads no town of another country in a dateline whose country is named after its site ("SAN JOSE MINE, Chile")', () => {
    const world = gazetteerFrom([
      place('country:CL', 'Chile', 'country', [-30, -71], 'CL', null),
      place('g:sj', 'San Jose', 'city', [9.93, -84.08], 'CR', '08', 335_007, true),
      place('g:co', 'Copiapo', 'city', [-27.37, -70.33], 'CL', '03', 129_280),
      // (A word of the site that a far town bears: "MINE" is Mine, Japan.)
      place('g:mi', 'Mine', 'city', [34.17, 131.21], 'JP', '45', 23_000),
    ]);
    expect(
      placeNamesIn(world)(
        'SAN JOSE MINE, Chile (AP) - The last miner was freed near Copiapo, ending the San Jose rescue.',
      ),
    ).toEqual(['Chile', 'Copiapo']);
  });

  it("reads a dateline by a city's own name before a bigger city's former one", () => {
    const found = placesIn('NEW DELHI/ISLAMABAD (Reuters) - India struck sites in Pakistan.');
    expect(found.map((p) => [p.name, p.kind])).toEqual([
      ['New Delhi', 'city'],
      ['Islamabad', 'city'],
      ['India', 'country'],
      ['Pakistan', 'country'],
    ]);
    expect(placesIn('NEW YORK (AP) - Shares fell.').map((p) => p.name)).toEqual(['New York City']);
  });

  it('reads a dateline by the English name of a city its region is named after', () => {
    const swiss = gazetteerFrom([...genevas()]);
    const story = parseArticle('Headline\n\nGENEVA (Reuters) - Mpox has spread.', {
      gazetteer: swiss,
    });
    expect(story.places.map((p) => [p.name, p.lat])).toEqual([['Geneva', 46.2]]);
  });

  it('reads a small town of the United States whose state the story never names as a city abroad of its name ("in Geneva")', () => {
    const world = gazetteerFrom([
      place('country:US', 'United States', 'country', [39.8, -98.5], 'US', null),
      place('admin1:US-IL', 'Illinois', 'region', [40, -89], 'US', 'IL'),
      ...genevas(),
    ]);
    const geneva = (text: string) =>
      parseArticle(`Headline\n\n${text}`, { gazetteer: world }).places.find(
        (p) => p.name === 'Geneva',
      )?.lat;
    expect(
      geneva('The United States banned flights. The agency told a news briefing in Geneva.'),
    ).toBe(46.2);
    // (A story that names the state keeps its town.)
    expect(
      geneva('Farms in Illinois flooded. The mayor told a news briefing in Geneva on Monday.'),
    ).toBe(41.89);
  });

  it('sets no story in a country it names only in a roll call of four or more ("in Geneva")', () => {
    const world = gazetteerFrom([
      ...[
        ['CN', 'China', [35, 105]],
        ['TH', 'Thailand', [15.5, 101]],
        ['JP', 'Japan', [36, 138]],
        ['US', 'United States', [39.8, -98.5]],
        ['SG', 'Singapore', [1.37, 103.8]],
        ['MX', 'Mexico', [23, -102]],
        ['CA', 'Canada', [60, -95]],
      ].map(([code, name, at]) =>
        place(
          `country:${code}`,
          name as string,
          'country',
          at as [number, number],
          code as string,
          null,
        ),
      ),
      ...genevas(),
      place('admin1:CA-ON', 'Ontario', 'region', [47.5, -84.6], 'CA', '08'),
      place('g:oh', 'Ontario', 'city', [40.76, -82.59], 'US', 'OH', 6_225),
    ]);
    const where = (text: string) =>
      parseArticle(`Headline\n\n${text}`, { gazetteer: world }).places.map((p) => [
        p.name,
        p.kind,
        p.lat,
      ]);
    expect(
      where(
        'China closed its borders. Cases have been reported in Thailand, Japan, the United States and Singapore. The agency told reporters in Geneva it was too early.',
      ),
    ).toContainEqual(['Geneva', 'city', 46.2]);
    // Three countries are where the story happens: Canada vouches for Ontario.
    expect(
      where(
        'Millions across Mexico, the United States and Canada watched. Crowds gathered on the border between New York and Ontario.',
      ),
    ).toContainEqual(['Ontario', 'region', 47.5]);
  });

  it('reads a feature word in lower case as part of the name the gazetteer holds ("the Noto peninsula")', () => {
    const japanese = gazetteerFrom([
      place('country:JP', 'Japan', 'country', [36, 138], 'JP', null),
      place('curated:noto', 'Noto Peninsula', 'region', [37.2, 136.9], 'JP', null),
      place('g:noto', 'Noto', 'city', [37.3, 137.15], 'JP', '17', 15_000),
    ]);
    const story = parseArticle(
      'Headline\n\nA quake struck the Noto peninsula in Japan on Monday.',
      {
        gazetteer: japanese,
      },
    );
    expect(story.places.map((p) => [p.name, p.lat, p.mentions.map((m) => m.text)])).toEqual([
      ['Noto Peninsula', 37.2, ['Noto peninsula']],
      ['Japan', 36, ['Japan']],
    ]);
    // (A headline cut inside the name ends with the name whole.)
    const aid = parseArticle(
      "Headline\n\nThe plane was preparing to fly aid to areas hit by Monday's earthquake on the Noto peninsula.",
      { gazetteer: japanese, published: '2024-01-02' },
    );
    expect(aid.events.map((e) => [e.headline, e.places])).toEqual([
      ["Monday's earthquake on the Noto peninsula", ['noto-peninsula']],
    ]);
    // (And a building word: "Notre-Dame cathedral", not the town of Notre Dame.)
    const french = gazetteerFrom([
      {
        ...place('curated:nd', 'Notre-Dame de Paris', 'landmark', [48.85, 2.35], 'FR', null),
        names: ['Notre-Dame de Paris', 'Notre-Dame cathedral'],
      },
      place('g:nd', 'Notre Dame', 'city', [41.7, -86.24], 'US', 'IN', 5_973),
    ]);
    expect(
      parseArticle('Headline\n\nA fire swept through Notre-Dame cathedral on Monday.', {
        gazetteer: french,
      }).places.map((p) => [p.name, p.mentions.map((m) => m.text)]),
    ).toEqual([['Notre-Dame de Paris', ['Notre-Dame cathedral']]]);
  });

  it('takes an uncounted district in the region the story is in over a namesake elsewhere', () => {
    const korean = gazetteerFrom([
      place('country:KR', 'South Korea', 'country', [37, 127.5], 'KR', null),
      place('g:seoul', 'Seoul', 'city', [37.57, 126.98], 'KR', '11', 10_000_000, true),
      place('g:ys', 'Yongsan', 'village', [36.26, 127.83], 'KR', '05', 0),
      place('csc:ys', 'Yongsan', 'admin', [37.53, 126.98], 'KR', '11', 0),
    ]);
    const story = parseArticle('Headline\n\nDrones flew over Seoul near the office in Yongsan.', {
      gazetteer: korean,
    });
    expect(story.places.map((p) => [p.name, p.lat])).toEqual([
      ['Seoul', 37.57],
      ['Yongsan', 37.53],
    ]);
  });

  it('does not take a square named like a province for the province', () => {
    const mongolian = gazetteerFrom([
      place('country:MN', 'Mongolia', 'country', [46, 105], 'MN', null),
      place('admin1:MN-SB', 'Sukhbaatar', 'region', [46.38, 113.59], 'MN', '19'),
    ]);
    const story = parseArticle(
      "Headline\n\nThe pope met Mongolia's president in Sukhbaatar Square.",
      {
        gazetteer: mongolian,
      },
    );
    expect(story.places.map((p) => p.name)).toEqual(['Mongolia']);
  });

  it("reads a district's name as its seat town, named after it, whatever its size", () => {
    const libyan = gazetteerFrom([
      place('country:LY', 'Libya', 'country', [28, 17], 'LY', null),
      {
        ...place('admin1:LY-DR', 'Derna District', 'region', [32.76, 22.64], 'LY', '70'),
        names: ['Derna District', 'Derna'],
      },
      alsoCalled(
        'Derna',
        seat(place('g:dr', 'Darnah', 'city', [32.77, 22.64], 'LY', '70', 78_782)),
      ),
    ]);
    const story = parseArticle("Headline\n\nFloods hit Libya's Derna. Dams burst in Derna.", {
      gazetteer: libyan,
    });
    expect(story.places.map((p) => [p.name, p.kind, p.mentions.length])).toEqual([
      ['Libya', 'country', 1],
      ['Derna', 'city', 2],
    ]);
  });

  it("reads a capital of millions as itself in a story that names a namesake town's country", () => {
    const world = gazetteerFrom([
      place('country:US', 'United States', 'country', [38, -97], 'US', null),
      place('g:sy', 'Damascus', 'city', [33.51, 36.29], 'SY', '13', 1_569_394, true),
      place('g:md', 'Damascus', 'city', [39.29, -77.2], 'US', 'MD', 15_257),
    ]);
    const story = parseArticle(
      'Headline\n\nA strike hit an embassy in Damascus. The United States condemned it.',
      { gazetteer: world },
    );
    expect(story.places.map((p) => [p.name, p.lat])).toEqual([
      ['Damascus', 33.51],
      ['United States', 38],
    ]);
  });

  it("reads a city of millions as itself where a namesake town's country is named, not its state", () => {
    const world = gazetteerFrom([
      place('country:US', 'United States', 'country', [38, -97], 'US', null),
      place('admin1:US-NY', 'New York', 'region', [43, -75.5], 'US', 'NY'),
      place('g:de', 'Hamburg', 'city', [53.55, 9.99], 'DE', '04', 1_845_229),
      place('g:ny', 'Hamburg', 'city', [42.72, -78.83], 'US', 'NY', 9_576),
    ]);
    const hamburg = (text: string) =>
      parseArticle(`Headline\n\n${text}`, { gazetteer: world }).places.find(
        (p) => p.name === 'Hamburg',
      )?.lat;
    expect(
      hamburg(
        'The United States called for talks. Leaders of the Group of 20 meet in Hamburg. U.S. officials will attend.',
      ),
    ).toBe(53.55);
    expect(hamburg('Snow fell across New York state. Roads closed in Hamburg.')).toBe(42.72);
  });

  it('reads no place in its name made small ("Petite Martinique", "Little Havana")', () => {
    expect(
      placeNamesIn(smallGazetteer)(
        'Homes on Little Seoul and nearby Petite Atlanta were destroyed.',
      ),
    ).toEqual([]);
  });

  it('reads no sea\'s short name at the head of a longer name ("the Gulf of America")', () => {
    const world = gazetteerFrom([
      {
        ...place('curated:gulf', 'Persian Gulf', 'region', [26, 52], 'IR', null),
        names: ['Persian Gulf', 'Gulf'],
      },
    ]);
    const found = (text: string) =>
      parseArticle(`Headline\n\n${text}`, { gazetteer: world }).places.map((p) => p.name);
    expect(found('He would rename it the Gulf of America.')).toEqual([]);
    expect(found('Tankers waited in the Gulf.')).toEqual(['Persian Gulf']);
  });

  it('reads a name with "the" inside it whole ("St. Vincent and the Grenadines")', () => {
    const world = gazetteerFrom([
      {
        ...place(
          'country:VC',
          'Saint Vincent and the Grenadines',
          'country',
          [13.25, -61.2],
          'VC',
          null,
        ),
        names: ['Saint Vincent and the Grenadines', 'St. Vincent and the Grenadines'],
      },
      place('g:jm', 'St. Vincent', 'village', [18.33, -77.55], 'JM', '11', 600),
    ]);
    const story = parseArticle(
      'Headline\n\nOne person was killed in St. Vincent and the Grenadines on Monday.',
      { gazetteer: world },
    );
    expect(story.places.map((p) => [p.name, p.mentions.map((m) => m.text)])).toEqual([
      ['Saint Vincent and the Grenadines', ['St. Vincent and the Grenadines']],
    ]);
  });

  it('reads every place of a dateline filed from two ("LONDON/WASHINGTON (Reuters) -")', () => {
    const found = placesIn('LONDON/WASHINGTON (Reuters) - Shares fell on Monday in Georgia.');
    expect(found.map((p) => [p.name, p.kind])).toEqual([
      ['London', 'city'],
      ['Washington', 'city'],
      ['Georgia', 'region'],
    ]);
  });

  it('reads "the North" and "the South" as the countries so named in the story', () => {
    const found = placesIn(
      'North Korea and South Korea held talks. The North agreed to send athletes, and the South welcomed it. Officials in the north of England were not consulted.',
    );
    expect(found.find((p) => p.name === 'North Korea')?.mentions).toEqual(['North Korea', 'North']);
    expect(found.find((p) => p.name === 'South Korea')?.mentions).toEqual(['South Korea', 'South']);
  });

  it('reads "the North" as the country a demonym names in full ("North Korean soldiers")', () => {
    const found = parseArticle(
      'Headline\n\nA North Korean soldier crossed the border. Most defectors leave the North by sea.',
      { gazetteer: smallGazetteer },
    ).places;
    expect(found.find((p) => p.name === 'North Korea')?.mentions.map((m) => m.text)).toEqual([
      'North',
    ]);
  });

  it('reads "North and South Korea" as both countries', () => {
    const found = placesIn('North and South Korea will march together.');
    expect(found.map((p) => [p.name, p.mentions])).toEqual([
      ['North Korea', ['North']],
      ['South Korea', ['South Korea']],
    ]);
  });

  it('reads "Central and South America" as both regions', () => {
    const americas = gazetteerFrom([
      place('r:ca', 'Central America', 'region', [13.5, -86], 'XX', null),
      place('r:sa', 'South America', 'region', [-15, -60], 'XX', null),
    ]);
    const found = parseArticle('Frogs in Central and South America are at risk.', {
      gazetteer: americas,
    }).places.map((p) => [p.name, p.mentions.map((m) => m.text)]);
    expect(found).toEqual([
      ['Central America', ['Central']],
      ['South America', ['South America']],
    ]);
  });

  it('reads a region\'s style-guide short form after a town ("PARADISE, Calif.", "Buffalo, NY")', () => {
    const states = gazetteerFrom([
      {
        ...place('r:ca', 'California', 'region', [37, -119], 'US', 'CA'),
        abbreviations: ['Calif.', 'CA'],
      },
      {
        ...place('r:ms', 'Mississippi', 'region', [32.7, -89.7], 'US', 'MS'),
        abbreviations: ['Miss.', 'MS'],
      },
      place('c:pn', 'Paradise', 'city', [36.1, -115.15], 'US', 'NV', 223_000),
      place('c:pc', 'Paradise', 'city', [39.76, -121.62], 'US', 'CA', 26_000),
    ]);
    const read = (text: string) =>
      parseArticle(text, { gazetteer: states }).places.map((p) => [
        p.name,
        p.mentions.map((m) => m.text),
        [p.lat, p.lon],
      ]);
    const californian = [
      ['Paradise', ['PARADISE'], [39.76, -121.62]],
      ['California', ['Calif.'], [37, -119]],
    ];
    expect(read('PARADISE, Calif. (AP) — A fire burned the town.')).toEqual(californian);
    expect(read('A fire burned Paradise, CA on Monday.')).toEqual([
      ['Paradise', ['Paradise'], [39.76, -121.62]],
      ['California', ['CA'], [37, -119]],
    ]);
    // Elsewhere the same words are a title and a word of the text.
    expect(read('Miss. Carter met the Calif. delegation and MS officials.')).toEqual([]);
    // ("Samsung, MS and Hyundai": a list of names, not a town and its state.)
    expect(read('Firms including Samsung, MS and Hyundai backed the bid.')).toEqual([]);
  });

  it("reads a country's own name as the country, not a town of its name in the story's state", () => {
    const world = gazetteerFrom([
      place('country:PE', 'Peru', 'country', [-10, -75.25], 'PE', null),
      place('country:US', 'United States', 'country', [39.76, -98.5], 'US', null),
      place('r:il', 'Illinois', 'region', [40, -89], 'US', 'IL'),
      place('c:chi', 'Chicago', 'city', [41.85, -87.65], 'US', 'IL', 2_700_000),
      place('c:peru', 'Peru', 'city', [41.33, -89.13], 'US', 'IL', 10_000),
    ]);
    const read = (text: string) =>
      parseArticle(`Headline\n\n${text}`, { gazetteer: world }).places.map((p) => [p.name, p.kind]);
    expect(
      read(
        'Born in Chicago, he led the order. Chicago and the United States cheered, and Illinois did. Officials said Peru was overjoyed.',
      ),
    ).toContainEqual(['Peru', 'country']);
    expect(read('A tornado hit Peru, Illinois, near Chicago.')).toContainEqual(['Peru', 'city']);
    // ("the towns of Nacogdoches and Palestine": a name the text calls a town is one.)
    expect(
      read(
        'Residents across Illinois heard a bang. Debris fell around the towns of Joliet, Chicago and Peru.',
      ),
    ).toContainEqual(['Peru', 'city']);
    expect(read('Illinois shook. Roofs fell in the town of Peru.')).toContainEqual([
      'Peru',
      'city',
    ]);
  });

  it('takes the area after "in" that holds the town before it ("Bahawalpur in Punjab province")', () => {
    const world = gazetteerFrom([
      place('country:IN', 'India', 'country', [22, 79], 'IN', null),
      place('country:PK', 'Pakistan', 'country', [30, 70], 'PK', null),
      place('r:in-pb', 'Punjab', 'region', [31.09, 75.44], 'IN', '23'),
      place('r:pk-pb', 'Punjab', 'region', [31.11, 72.56], 'PK', '04'),
      place('c:nd', 'New Delhi', 'city', [28.64, 77.22], 'IN', '07', 317_797, true),
      place('c:bwp', 'Bahawalpur', 'city', [29.4, 71.68], 'PK', '04', 762_111),
    ]);
    const punjab = parseArticle(
      "Headline\n\nIndia, which New Delhi says was attacked from Pakistan, struck India's foes in Bahawalpur in Punjab province. India said so.",
      { gazetteer: world },
    ).places.find((p) => p.name === 'Punjab');
    expect([punjab?.lat, punjab?.lon]).toEqual([31.11, 72.56]);
  });

  it('reads three cities, the last after "and", as a list, not a town in the state of the second ("Washington, New York and Philadelphia")', () => {
    const world = gazetteerFrom([
      place('country:US', 'United States', 'country', [39.8, -98.5], 'US', null),
      place('c:dc', 'Washington', 'city', [38.9, -77.04], 'US', 'DC', 689_545, true),
      place('r:ny', 'New York', 'region', [43, -75.5], 'US', 'NY'),
      alsoCalled(
        'New York',
        place('c:nyc', 'New York City', 'city', [40.71, -74.01], 'US', 'NY', 8_804_190),
      ),
      alsoCalled(
        'Washington',
        place('c:wv', 'Watervliet', 'city', [42.73, -73.7], 'US', 'NY', 10_000),
      ),
      place('c:phl', 'Philadelphia', 'city', [39.95, -75.16], 'US', 'PA', 1_603_797),
      place('r:ga', 'Georgia', 'region', [32.8, -83.2], 'US', 'GA'),
      place('c:al', 'Albany', 'city', [31.58, -84.16], 'US', 'GA', 69_000),
      place('c:aln', 'Albany', 'city', [42.65, -73.76], 'US', 'NY', 97_000),
    ]);
    const names = placeNamesIn(world);
    expect(names('Crowds filled the streets of Washington, New York and Philadelphia.')).toEqual([
      'Washington',
      'New York City',
      'Philadelphia',
    ]);
    // (Not a list where each item has its own area: "Albany, Georgia and Philadelphia, ...".)
    expect(
      parseArticle('Headline\n\nRallies were held in Albany, New York and Macon, Georgia.', {
        gazetteer: world,
      }).places.map((p) => [p.name, p.lat]),
    ).toEqual([
      ['Albany', 42.65],
      ['New York', 43],
      ['Georgia', 32.8],
    ]);
  });

  it('reads two countries joined by a comma as a list, not a town of the second ("China, Japan agree")', () => {
    const world = gazetteerFrom([
      place('country:CN', 'China', 'country', [35, 105], 'CN', null),
      place('country:JP', 'Japan', 'country', [36, 138], 'JP', null),
      place('country:LB', 'Lebanon', 'country', [33.8, 35.8], 'LB', null),
      place('c:cn', 'China', 'city', [27.33, 128.57], 'JP', '47', 9_000),
      place('r:pa', 'Pennsylvania', 'region', [41, -77.6], 'US', 'PA'),
      place('c:lb', 'Lebanon', 'city', [40.34, -76.41], 'US', 'PA', 26_000),
    ]);
    const kinds = (text: string) =>
      parseArticle(text, { gazetteer: world }).places.map((p) => [p.name, p.kind]);
    expect(kinds('China, Japan agree to a hotline.')).toEqual([
      ['China', 'country'],
      ['Japan', 'country'],
    ]);
    expect(kinds('A man from Lebanon, Pennsylvania was held.')).toEqual([
      ['Lebanon', 'city'],
      ['Pennsylvania', 'region'],
    ]);
  });

  it('reads a host town before what it hosts ("the PyeongChang Winter Olympics")', () => {
    const korea = gazetteerFrom([
      place('c:pc', 'Pyeongchang', 'city', [37.37, 128.39], 'KR', '42', 43_000),
    ]);
    const names = (text: string) =>
      parseArticle(text, { gazetteer: korea }).places.map((p) => p.mentions[0]?.text);
    expect(names('Athletes reached the PyeongChang Winter Olympics on Friday.')).toEqual([
      'PyeongChang',
    ]);
    expect(names('Guests met at the Pyeongchang Plaza Hotel on Friday.')).toEqual([]);
  });

  it('reads no city of millions in a hotel named after it ("the Mandalay Bay hotel and casino")', () => {
    const world = gazetteerFrom([
      place('c:mdl', 'Mandalay', 'city', [21.97, 96.08], 'MM', '04', 1_225_546),
      place('c:lv', 'Las Vegas', 'city', [36.17, -115.14], 'US', 'NV', 641_903),
    ]);
    const names = (text: string) =>
      parseArticle(`Headline\n\n${text}`, { gazetteer: world }).places.map((p) => p.name);
    expect(names('A gunman fired from the Mandalay Bay hotel and casino in Las Vegas.')).toEqual([
      'Las Vegas',
    ]);
    // (Alone before the hotel's word, the name is the town's.)
    expect(names('Guests met at a Mandalay hotel on Friday.')).toEqual(['Mandalay']);
  });

  it('reads no town before a stream\'s or a forest\'s name ("Sydney Stream National Park")', () => {
    expect(placesIn('She arrived in Sydney Stream National Park in 1960.')).toEqual([]);
    expect(placesIn('Fires burned near the Birmingham Forest on Monday.')).toEqual([]);
  });

  it('reads no region or town inside a longer name ("the Sierra Nevada", "Lake Ontario")', () => {
    const west = gazetteerFrom([
      place('r:nv', 'Nevada', 'region', [39, -117], 'US', 'NV'),
      place('r:on', 'Ontario', 'region', [50, -85], 'CA', 'ON'),
      place('c:on', 'Ontario', 'city', [34.06, -117.65], 'US', 'CA', 175_000),
      place('r:as', 'Asia', 'region', [30, 89], 'XX', null),
      place('r:pa', 'Pacific', 'region', [0, -160], 'XX', null),
    ]);
    for (const text of [
      'Snow fell on the peaks of the Sierra Nevada on Monday.',
      'Boats sank on Lake Ontario on Monday.',
      'Lake Ontario froze on Monday.',
    ])
      expect(parseArticle(text, { gazetteer: west }).places, text).toEqual([]);
    expect(
      parseArticle('Snow fell in Nevada and Ontario.', { gazetteer: west }).places.map(
        (p) => p.name,
      ),
    ).toEqual(['Nevada', 'Ontario']);
    // Two areas joined are both areas.
    expect(
      parseArticle('Asia-Pacific nations met.', { gazetteer: west }).places.map((p) => p.name),
    ).toEqual(['Asia', 'Pacific']);
  });

  it('leaves "the North" alone in a story with no country so named', () => {
    expect(placesIn('The North of England voted, and London did not.').map((p) => p.name)).toEqual([
      'London',
    ]);
  });

  it('takes a football club for no place ("Manchester United", "Metz FC")', () => {
    expect(placesIn('Birmingham Rovers beat Metz FC, and Sydney United lost in London.')).toEqual([
      { name: 'London', kind: 'city', at: [51.51, -0.13], mentions: ['London'] },
    ]);
    // ... nor one whose word comes before its town ("Real Madrid", "Borussia Dortmund").
    expect(
      placesIn('Real Birmingham beat Borussia Metz, and Inter Sydney lost in London.').map(
        (p) => p.mentions,
      ),
    ).toEqual([['London']]);
    // ... nor any team a member is named by ("a Utah Jazz player", "Manchester City striker").
    expect(
      placesIn(
        'A Birmingham Jazz player tested positive, and Sydney City striker Erling Haaland won in London.',
      ).map((p) => p.mentions),
    ).toEqual([['London']]);
  });

  it('takes a carmaker ("Toyota Motor") and a saint\'s square ("St. Peter\'s Square") for no place', () => {
    expect(
      placesIn(
        "Shares of Metz Motor fell. Crowds filled Sydney's Square and St. Sydney's Basilica.",
      ),
    ).toEqual([]);
  });

  it('reads "China" as China, though "the Republic of China" is Taiwan\'s long name', () => {
    const names = gazetteerFrom([
      place('country:CN', 'China', 'country', [35, 105], 'CN', null),
      {
        ...place('country:TW', 'Taiwan', 'country', [23.5, 121], 'TW', null),
        names: ['Taiwan', 'Republic of China'],
      },
    ]);
    const found = parseArticle(
      'Headline\n\n"China must face the reality of the Republic of China," Lai said. China held drills.',
      { gazetteer: names },
    ).places;
    expect(found.map((p) => [p.name, p.mentions.map((m) => m.text)])).toEqual([
      ['China', ['China', 'China']],
      ['Taiwan', ['Republic of China']],
    ]);
  });

  it('takes an airline ("Jeju Air"), a ship ("the container ship Dali") and a cathedral named again alone for no town', () => {
    const towns = gazetteerFrom([
      place('g:1', 'Dali', 'city', [25.58, 100.21], 'CN', '29', 652_000),
      place('g:2', 'Jeju', 'city', [33.51, 126.52], 'KR', '17', 486_306),
      place('g:3', 'Notre-Dame', 'city', [41.7, -86.24], 'US', 'IN', 5_973),
      place('country:PK', 'Pakistan', 'country', [30, 70], 'PK', null),
    ]);
    const found = parseArticle(
      'Headline\n\nA Jeju Air jet crashed near the Dali Hotel. The container ship Dali struck the bridge. Notre-Dame cathedral reopened. "The bells of Notre-Dame ring again," he said. The Pakistan Air Force struck.',
      { gazetteer: towns },
    ).places;
    expect(found.map((p) => p.name)).toEqual(['Pakistan']);
  });

  it('takes a warship, and the name alone after it, for no town ("the warship Cheonan", "the 1,200-ton Cheonan")', () => {
    const towns = gazetteerFrom([
      place('g:1', 'Cheonan', 'city', [36.81, 127.15], 'KR', '44', 365_114),
      place('g:2', 'Pyeongtaek', 'city', [36.99, 127.09], 'KR', '41', 500_000),
      place('g:3', 'Phoenix', 'city', [33.45, -112.07], 'US', 'AZ', 1_608_139),
      place('g:4', 'Houston', 'city', [29.76, -95.36], 'US', 'TX', 2_296_224),
    ]);
    const names = (text: string) =>
      parseArticle(`Headline\n\n${text}`, { gazetteer: towns }).places.map((p) => [
        p.name,
        p.mentions.length,
      ]);
    expect(
      names(
        'The South Korean warship Cheonan sank in March. The Cheonan was on patrol. Families gathered in Pyeongtaek.',
      ),
    ).toEqual([['Pyeongtaek', 1]]);
    expect(names('The 1,200-ton Cheonan sank near the border.')).toEqual([]);
    expect(names('The 1,200-tonne corvette Cheonan went down near the border.')).toEqual([]);
    // (Nor the name it is given: "the capsule, named Phoenix".)
    expect(
      names('Engineers from Houston built the narrow capsule, named Phoenix, for the rescue.'),
    ).toEqual([['Houston', 1]]);
    expect(
      names('Engineers from Houston built a capsule named Phoenix. Phoenix carried each miner.'),
    ).toEqual([['Houston', 1]]);
    // (Nor a craft of space: "the space shuttle Phoenix", "the rover Cheonan".)
    expect(
      names(
        'The space shuttle Phoenix broke apart over Houston. "The Phoenix is lost," he said. The rover Cheonan landed.',
      ),
    ).toEqual([['Houston', 1]]);
    // (A town the story names as a town stays one.)
    expect(names('A bus crashed in Cheonan on Monday.')).toEqual([['Cheonan', 1]]);
  });

  it('reads no region in a city before "and" a name whose capitalised "Province" is its own', () => {
    const seoul = gazetteerFrom([
      place('admin1:KR-11', 'Seoul', 'region', [37.58, 126.99], 'KR', '11'),
      place('g:1', 'Seoul', 'city', [37.57, 126.98], 'KR', '11', 10_349_312, true),
      place('admin1:KR-41', 'Gyeonggi Province', 'region', [37.6, 127.25], 'KR', '41'),
    ]);
    const found = parseArticle(
      'Headline\n\nSEOUL (Yonhap) -- Balloons landed in Seoul and Gyeonggi Province, officials in Seoul said.',
      { gazetteer: seoul },
    ).places;
    expect(found.map((p) => [p.name, p.kind, p.mentions.length])).toEqual([
      ['Seoul', 'city', 3],
      ['Gyeonggi Province', 'region', 1],
    ]);
  });

  it('reads a city that a country of its name all but covers as that country, also in a dateline', () => {
    const states = gazetteerFrom([
      place('country:SG', 'Singapore', 'country', [1.37, 103.8], 'SG', null),
      place('g:1', 'Singapore', 'city', [1.29, 103.85], 'SG', '00', 3_547_809, true),
      place('country:PA', 'Panama', 'country', [9, -80], 'PA', null),
      alsoCalled(
        'Panama',
        place('g:2', 'Panama City', 'city', [8.99, -79.52], 'PA', '8', 408_168, true),
      ),
    ]);
    const found = parseArticle(
      'Headline\n\nSINGAPORE (Reuters) - Singapore said on Monday that Panama City was calm.',
      { gazetteer: states },
    ).places;
    expect(found.map((p) => [p.name, p.kind, p.mentions.map((m) => m.text)])).toEqual([
      ['Singapore', 'country', ['SINGAPORE', 'Singapore']],
      ['Panama City', 'city', ['Panama City']],
    ]);
  });

  it('finds the name in a compound ("Sydney-based", "US-led", "US-flagged")', () => {
    const found = placesIn('Two Sydney-based jockeys joined a US-led team.');
    expect(found.map((p) => [p.name, p.mentions])).toEqual([
      ['Sydney', ['Sydney']],
      ['United States', ['US']],
    ]);
    expect(placesIn('A US-flagged ship docked.').map((p) => p.name)).toEqual(['United States']);
  });

  it('reads a region\'s own name as the city it is named after ("near Geneva" is Genève)', () => {
    const belgium = place('country:BE', 'Belgium', 'country', [50.75, 4.5], 'BE', null);
    const geneva = gazetteerFrom([belgium, ...genevas()], [['belgian', belgium.entry]]);
    for (const story of [
      'The collider near Geneva found it.',
      'A Belgian physicist shared the prize. The collider near Geneva found it.',
    ])
      expect(
        parseArticle(`Headline\n\n${story}`, { gazetteer: geneva, givenNames: new Set() })
          .places.filter((p) => p.kind !== 'country')
          .map((p) => [p.name, p.lat, p.lon]),
      ).toEqual([['Geneva', 46.2, 6.15]]);
  });

  it('reads a region that gives way to its city as high as the region ("in Gaza" is not Mozambique\'s)', () => {
    const strip = place('curated:Gaza-Strip', 'Gaza Strip', 'region', [31.42, 34.37], 'PS', null);
    const gaza = gazetteerFrom([
      place('country:IL', 'Israel', 'country', [31.47, 35.13], 'IL', null),
      {
        ...place('admin1:MZ-G', 'Gaza Province', 'region', [-23.02, 32.72], 'MZ', '02'),
        names: ['Gaza Province', 'Gaza'],
      },
      seat(place('g:1', 'Gaza', 'city', [31.5, 34.47], 'PS', 'GZ', 410_000)),
      { entry: { ...strip.entry, source: 'curated: Wikipedia' }, names: ['Gaza Strip', 'Gaza'] },
    ]);
    const found = parseArticle('Headline\n\nIsrael and Hamas agreed to a ceasefire in Gaza.', {
      gazetteer: gaza,
      givenNames: new Set(),
    }).places.map((p) => [p.name, p.lat, p.lon]);
    expect(found).toEqual([
      ['Israel', 31.47, 35.13],
      ['Gaza', 31.5, 34.47],
    ]);
  });

  it('names a town as the text does without the word GeoNames adds for its kind ("Onagawa")', () => {
    const onagawa = gazetteerFrom([
      place('country:JP', 'Japan', 'country', [36, 138], 'JP', null),
      alsoCalled(
        'Onagawa',
        place('g:1', 'Onagawa Chō', 'city', [38.45, 141.45], 'JP', '24', 6_500),
      ),
    ]);
    expect(
      parseArticle('Headline\n\nThe plant at Onagawa in Japan was safe.', {
        gazetteer: onagawa,
        givenNames: new Set(),
      }).places.map((p) => p.name),
    ).toEqual(['Onagawa', 'Japan']);
  });

  it('names a town as the text spells it two letters from GeoNames ("Faizabad"), not by another name', () => {
    const towns = gazetteerFrom([
      place('country:IN', 'India', 'country', [22, 79], 'IN', null),
      alsoCalled('Faizabad', place('g:1', 'Fyzābād', 'city', [26.78, 82.15], 'IN', '36', 167_000)),
      alsoCalled(
        'Canton',
        place('g:3', 'Guangzhou', 'city', [23.12, 113.25], 'CN', '30', 16_000_000),
      ),
    ]);
    expect(
      parseArticle('Headline\n\nThe party lost in Faizabad, India. Canton rose.', {
        gazetteer: towns,
        givenNames: new Set(),
      }).places.map((p) => p.name),
    ).toEqual(['Faizabad', 'India', 'Guangzhou']);
  });

  it('reads "New Delhi" as the capital of that name, not the metropolis also called so', () => {
    const delhi = gazetteerFrom([
      place('country:IN', 'India', 'country', [22, 79], 'IN', null),
      place('g:1', 'New Delhi', 'city', [28.64, 77.22], 'IN', '07', 317_797, true),
      alsoCalled(
        'New Delhi',
        seat(place('g:2', 'Delhi', 'city', [28.65, 77.23], 'IN', '07', 10_927_986)),
      ),
    ]);
    const found = parseArticle('NEW DELHI (AP) — Modi was sworn in at a ceremony in New Delhi.', {
      gazetteer: delhi,
      givenNames: new Set(),
    }).places.map((p) => [p.name, p.mentions.map((m) => m.text)]);
    expect(found).toEqual([['New Delhi', ['NEW DELHI', 'New Delhi']]]);
  });

  it('reads "Russian-held Donetsk" as the city Russia holds, not the namesake in Russia', () => {
    const russia = place('country:RU', 'Russia', 'country', [60, 100], 'RU', null);
    const held = gazetteerFrom(
      [
        russia,
        place('country:UA', 'Ukraine', 'country', [49, 32], 'UA', null),
        place('g:1', 'Donetsk', 'city', [48.02, 37.8], 'UA', '05', 929_063),
        place('g:2', 'Donetsk', 'city', [48.34, 39.96], 'RU', '61', 47_279),
        place('admin1:IN-JK', 'Kashmir', 'region', [34, 76], 'IN', '12'),
      ],
      [['russian', russia.entry]],
    );
    const found = parseArticle(
      'Headline\n\nShells hit Russian-held Donetsk. Floods hit Indian-administered Kashmir.',
      { gazetteer: held, givenNames: new Set() },
    ).places.map((p) => [p.name, [p.lat, p.lon], p.mentions.map((m) => m.text)]);
    expect(found).toContainEqual(['Donetsk', [48.02, 37.8], ['Donetsk']]);
    expect(found).toContainEqual(['Kashmir', [34, 76], ['Kashmir']]);
  });

  it('reads two areas joined by a hyphen as both ("US-China talks"), unless the whole is a name', () => {
    const found = placesIn('US-China talks began. Russia-Georgia ties frayed.');
    expect(found.map((p) => [p.name, p.mentions])).toEqual([
      ['United States', ['US']],
      ['China', ['China']],
      ['Russia', ['Russia']],
      ['Georgia', ['Georgia']],
    ]);
    const joined = gazetteerFrom([
      place('country:GW', 'Guinea-Bissau', 'country', [12, -15], 'GW', null),
      place('country:GN', 'Guinea', 'country', [11, -10], 'GN', null),
    ]);
    const bissau = parseArticle('Rain hit Guinea-Bissau.', { gazetteer: joined }).places;
    expect(bissau.map((p) => p.name)).toEqual(['Guinea-Bissau']);
  });

  it('does not take a river for the town that shares its name', () => {
    const found = placesIn('The Marion river rose in Ohio. Later, the town of Marion flooded.');
    expect(found.find((p) => p.name === 'Marion')?.mentions).toEqual(['Marion']);
  });

  it('reads "the" and a river\'s name alone as that river where the text names the river, however big a town of the name', () => {
    const world = gazetteerFrom([
      place('admin1:US-TX', 'Texas', 'region', [31.16, -100.11], 'US', 'TX'),
      place('g:gu', 'Guadalupe', 'city', [25.68, -100.26], 'MX', 'NLE', 678_006),
    ]);
    const found = placeNamesIn(world);
    expect(
      found('Floods hit Texas. Camps lie on the Guadalupe River. The Guadalupe rose 26 feet.'),
    ).toEqual(['Texas']);
    // (Not where the text names no river of the name.)
    expect(found('Floods hit Texas. Police in Guadalupe said so.')).toContain('Guadalupe');
  });

  it('does not take the first of two features named together for a town ("the Marion and Han rivers")', () => {
    const found = placesIn('The Marion and Han rivers rose in Ohio.');
    expect(found.map((p) => p.name)).toEqual(['Ohio']);
  });

  it('does not count a river named after a country as a mention of the country', () => {
    const found = placesIn('Rain fell across Georgia. The Georgia River rose by two metres.');
    expect(found.find((p) => p.name === 'Georgia')?.mentions).toEqual(['Georgia']);
  });

  it('does not take a disease named after a place for the place ("Georgia Respiratory Syndrome")', () => {
    const found = placesIn(
      'An outbreak of Georgia Respiratory Syndrome spread. Cases of Ohio fever rose in Georgia.',
    );
    expect(found.map((p) => [p.name, p.mentions])).toEqual([['Georgia', ['Georgia']]]);
  });

  it('does not take a disease named after a person whose name a place bears for the place ("Parkinson\'s disease"), but keeps a place\'s own cases ("Ohio\'s virus cases")', () => {
    const found = placesIn(
      "He was diagnosed with Ohio's disease in 2019. Arizona's syndrome is rare. Ohio's virus cases rose.",
    );
    expect(found.map((p) => [p.name, p.mentions])).toEqual([['Ohio', ['Ohio']]]);
  });

  it('does not take a brand after "a" for the place its name shares ("at a McDonald\'s restaurant"), but keeps a place\'s own possessive', () => {
    const found = placesIn(
      "He was arrested at an Arizona's restaurant in Ohio. Ohio's governor spoke.",
    );
    expect(found.map((p) => [p.name, p.mentions])).toEqual([['Ohio', ['Ohio', 'Ohio']]]);
  });

  it('does not take a craft or a model named after a place for the place ("the Georgia 9 rocket")', () => {
    const found = placesIn(
      'The Georgia 9 rocket lifted off from Ohio. An Arizona 11 capsule splashed down in Georgia.',
    );
    expect(found.map((p) => [p.name, p.mentions])).toEqual([
      ['Ohio', ['Ohio']],
      ['Georgia', ['Georgia']],
    ]);
  });

  it('does not take a sea or an ocean the gazetteer lacks for the land it is named after ("the Georgia Sea")', () => {
    const found = placesIn('A jet crashed into the Georgia Sea. Rain fell across Georgia.');
    expect(found.find((p) => p.name === 'Georgia')?.mentions).toEqual(['Georgia']);
  });

  it("takes the desert or the mountains of a state or a country as in it, not a town's", () => {
    const found = placesIn(
      'The capsule landed in the Arizona desert. Hikers crossed the Marion hills and the Russia mountains.',
    );
    expect(found.map((p) => [p.name, p.mentions])).toEqual([
      ['Arizona', ['Arizona']],
      ['Russia', ['Russia']],
    ]);
  });

  it('does not take the name given to an operation for the town that bears it', () => {
    const texan = gazetteerFrom([
      place('admin1:US-TX', 'Texas', 'region', [31.2, -100.1], 'US', 'TX'),
      place('g:ls', 'Lone Star', 'village', [33.79, -95.39], 'US', 'TX', 1_600),
    ]);
    const story = parseArticle('Texas launched Operation Lone Star on the border in 2021.', {
      gazetteer: texan,
    });
    expect(story.places.map((p) => p.name)).toEqual(['Texas']);
  });

  it('does not take a news outlet named after a town for the town', () => {
    expect(
      placesIn("China's official news agency Xinhua reported new cases.").map((p) => p.name),
    ).toEqual(['China']);
    // (Nor the name alone, where the text calls it a news agency elsewhere.)
    expect(
      placesIn(
        'The blast killed 12 firefighters, the official Xinhua news agency reported. China ordered an inquiry, Xinhua said. "It is our stand," Li said, according to Xinhua.',
      ).map((p) => p.name),
    ).toEqual(['China']);
  });

  it('does not take a body whose name opens with a place\'s for the place ("the firm China Evergrande")', () => {
    const mentions = (text: string) => placesIn(text).flatMap((p) => p.mentions);
    expect(mentions('The firm China Evergrande collapsed. The group met in China.')).toEqual([
      'China',
    ]);
    expect(
      mentions('The organisation Korea Hidankyo won the prize. Korea Hidankyo said it was proud.'),
    ).toEqual([]);
  });

  it('leaves a town named after a given name to the people ("Jordan Henderson scored")', () => {
    const towns = gazetteerFrom([
      place('g:hd', 'Henderson', 'city', [36.04, -114.98], 'US', 'NV', 320_000),
      place('g:sy', 'Sydney', 'city', [-33.87, 151.21], 'AU', '02', 4_600_000),
    ]);
    const story = parseArticle(
      'Headline\n\nJordan Henderson scored twice in Henderson. Fans in Sydney cheered Jordan Sydney.',
      { gazetteer: towns, givenNames: new Set(['Jordan']) },
    );
    expect(story.places.map((p) => [p.name, p.mentions.map((m) => m.text)])).toEqual([
      ['Henderson', ['Henderson']],
      ['Sydney', ['Sydney', 'Sydney']],
    ]);
  });

  it('leaves a given name run on by a surname to the people ("hosted Vladimir Putin"), but not a great city', () => {
    const russian = gazetteerFrom([
      place('g:vl', 'Vladimir', 'city', [56.14, 40.4], 'RU', '83', 350_000),
      place('g:syd', 'Sydney', 'city', [-33.87, 151.21], 'AU', '02', 4_600_000),
      place('g:py', 'Pyongyang', 'city', [39.03, 125.75], 'KP', '12', 2_500_000, true),
    ]);
    const story = parseArticle(
      'Headline\n\nKim hosted Vladimir Putin in Pyongyang. Fans filled Sydney Harbour.',
      { gazetteer: russian, givenNames: new Set(['Vladimir', 'Sydney']) },
    );
    expect(story.places.map((p) => p.name)).toEqual(['Pyongyang', 'Sydney']);
  });

  it('leaves a speaker whose given name is also a place to the people', () => {
    const names = new Set(['Nelson', 'Sydney']);
    expect(
      placesIn('"We will win," said Nelson Mandela. Fans thanked Nelson Mandela.', names),
    ).toEqual([]);
    // A newspaper that speaks is neither a person nor its town.
    const herald = parseArticle('The Sydney Morning Herald said the talks failed.', {
      gazetteer,
      givenNames: names,
    });
    expect([...herald.people, ...herald.places]).toEqual([]);
  });

  it('does not take the place in the name of a university, a newspaper, a hospital, an honour or a currency', () => {
    const names = (text: string) => placesIn(text).map((p) => p.name);
    expect(names('She studied at the University of Alabama in Sydney.')).toEqual(['Sydney']);
    expect(names('According to the Washington Post and China Daily, it spread.')).toEqual([]);
    expect(names('The Birmingham Times quoted London Business School researchers.')).toEqual([]);
    expect(names('The Bank of Russia paid US$460 million.')).toEqual([]);
    expect(names('Gunmen attacked the China Maternity Hospital in Sydney.')).toEqual(['Sydney']);
    expect(names('She received the Presidential Medal of Alabama in Sydney.')).toEqual(['Sydney']);
    const churchTown = placeNamesIn(
      gazetteerFrom([
        place('country:IT', 'Italy', 'country', [42.83, 12.83], 'IT', null),
        place('g:rm', 'Rome', 'city', [41.89, 12.51], 'IT', '07', 2_318_895, true),
        place('g:sm', 'Santa Maria Maggiore', 'village', [46.14, 8.46], 'IT', '12', 1_200),
      ]),
    );
    expect(churchTown('He was buried in the Basilica of Santa Maria Maggiore in Rome.')).toEqual([
      'Rome',
    ]);
    // The newspaper does not decide what the name means elsewhere in the story.
    expect(names('China Daily said police in China detained a man.')).toEqual(['China']);
    // ... nor does the name, read elsewhere, make the newspaper's a mention of the place.
    expect(placesIn('Police in China said so to China Daily.')[0]?.mentions).toEqual(['China']);
  });

  it('leaves unplaced a town qualified by an area that holds none of its namesakes', () => {
    expect(
      placesIn('He was stopped in Birmingham, Ohio, United States.').map((p) => p.name),
    ).toEqual(['Ohio', 'United States']);
    expect(placesIn('He will appear in a Marion, Alabama court.').map((p) => p.name)).toEqual([
      'Alabama',
    ]);
    // A list goes on after the area: the town is its own item.
    expect(placesIn('Cases rose in Birmingham, Ohio and Arizona.').map((p) => p.name)).toEqual([
      'Birmingham',
      'Ohio',
      'Arizona',
    ]);
  });

  it('prefers the seat of a province to a village of about its size', () => {
    const seat = (p: ReturnType<typeof place>) => ({ ...p, entry: { ...p.entry, seat: true } });
    const towns = gazetteerFrom([
      place('country:TD', 'Chad', 'country', [15, 19], 'TD', null),
      place('g:21', 'Goz Beida', 'village', [13.95, 20.55], 'TD', '12', 1_500),
      seat(place('g:22', 'Goz Beida', 'city', [12.23, 21.41], 'TD', '25', 1_000)),
    ]);
    const story = parseArticle('Refugees reached Goz Beida in eastern Chad.', { gazetteer: towns });
    expect(story.places[0]?.lat).toBe(12.23);
  });

  it('takes a hamlet of a region the story names, not one of a region it does not', () => {
    const towns = gazetteerFrom([
      place('admin1:AU-NSW', 'New South Wales', 'region', [-32.6, 147.5], 'AU', '02'),
      place('g:23', 'Cattai', 'village', [-33.55, 150.91], 'AU', '02', 822),
      place('g:24', 'Sydney', 'city', [-33.87, 151.21], 'AU', '02', 4_627_345),
    ]);
    const found = (text: string) =>
      parseArticle(text, { gazetteer: towns }).places.map((p) => p.name);
    expect(found('Officials in New South Wales found cases in Cattai.')).toContain('Cattai');
    // A big city of the region vouches for its country, not for every hamlet around it.
    expect(found('Officials in Sydney found cases in Cattai.')).not.toContain('Cattai');
  });

  it('takes the region, not its capital, where a word for a region frames the name', () => {
    const towns = gazetteerFrom([
      place('country:AR', 'Argentina', 'country', [-34, -64], 'AR', null),
      place('admin1:AR-06', 'Corrientes', 'region', [-28.94, -57.59], 'AR', '06'),
      place('g:41', 'Corrientes', 'city', [-27.47, -58.83], 'AR', '06', 346_334),
    ]);
    const kinds = (text: string) =>
      parseArticle(text, { gazetteer: towns }).places.map((p) => `${p.name} ${p.kind}`);
    expect(kinds('Argentina warned of floods in the province of Corrientes.')).toEqual([
      'Argentina country',
      'Corrientes region',
    ]);
    expect(kinds('Argentina warned of floods in Corrientes province.')).toContain(
      'Corrientes region',
    );
    expect(kinds('Argentina warned of floods in Corrientes on Monday.')).toContain(
      'Corrientes city',
    );
    // (A governor's is a region.)
    expect(kinds('Corrientes Governor Ana Ruiz warned of floods in Argentina.')).toContain(
      'Corrientes region',
    );
    // Each name of a list before the plural.
    const both = gazetteerFrom([
      place('country:AR', 'Argentina', 'country', [-34, -64], 'AR', null),
      place('admin1:AR-06', 'Corrientes', 'region', [-28.94, -57.59], 'AR', '06'),
      place('g:41', 'Corrientes', 'city', [-27.47, -58.83], 'AR', '06', 346_334),
      place('admin1:AR-08', 'Chaco', 'region', [-26.77, -60.89], 'AR', '08'),
    ]);
    expect(
      parseArticle('Argentina warned Corrientes and Chaco provinces.', {
        gazetteer: both,
      }).places.map((p) => `${p.name} ${p.kind}`),
    ).toEqual(['Argentina country', 'Corrientes region', 'Chaco region']);
  });

  it("puts a province the gazetteer lacks nowhere, not at a far country's town of the name", () => {
    // ("made landfall in Aurora province", in a story about the Philippines: the province is
    // missing, and Aurora, Colorado, is no province of it.)
    const towns = gazetteerFrom([
      place('country:PH', 'Philippines', 'country', [13, 122], 'PH', null),
      place('g:51', 'Aurora', 'city', [39.73, -104.83], 'US', 'CO', 359_407),
      place('g:52', 'Manila', 'city', [14.6, 120.98], 'PH', 'NCR', 1_600_000, true),
      place('country:US', 'United States', 'country', [39.76, -98.5], 'US', null),
    ]);
    const names = (text: string) =>
      parseArticle(text, { gazetteer: towns }).places.map((p) => `${p.name} ${p.country ?? ''}`);
    expect(
      names('A typhoon hit the Philippines. It made landfall in Aurora province at 9 p.m.'),
    ).not.toContain('Aurora US');
    // (A town of the name the story puts nowhere else is still that town.)
    expect(names('A typhoon hit the Philippines. Flights from Aurora were cancelled.')).toContain(
      'Aurora US',
    );
    // (And a city the text calls a region in its own country's story is still read.)
    expect(names('Floods hit the United States. The Aurora region was cut off.')).toContain(
      'Aurora US',
    );
  });

  it('takes no demonym after a comma for the area that qualifies a town', () => {
    const israel = place('country:IL', 'Israel', 'country', [31.47, 35.13], 'IL', null);
    const towns = gazetteerFrom(
      [israel, place('g:61', 'Khan Yunis', 'city', [31.34, 34.31], 'PS', 'GZ', 173_183)],
      [['Israeli', israel.entry]],
    );
    const story = parseArticle('In Khan Yunis, Israeli tanks pushed deeper, witnesses said.', {
      gazetteer: towns,
    });
    expect(story.places.map((p) => p.name)).toContain('Khan Yunis');
  });

  it("takes no far country's region for words inside a longer name", () => {
    const courts = gazetteerFrom([
      place('admin1:KR-11', 'Seoul', 'region', [37.57, 126.98], 'KR', '11'),
      place('g:51', 'Seoul', 'city', [37.57, 126.98], 'KR', '11', 10_000_000, true),
      place('admin1:BW-CE', 'Central District', 'region', [-21.87, 26.55], 'BW', '01'),
      place('admin1:CA-ON', 'Ontario', 'region', [47.49, -84.55], 'CA', '08'),
    ]);
    const found = (text: string) =>
      parseArticle(text, { gazetteer: courts }).places.map((p) => p.name);
    expect(found('The Seoul Central District Court found him guilty.')).toEqual(['Seoul']);
    // A region that opens the longer name is still itself.
    expect(found('The Ontario Provincial Police said so.')).toEqual(['Ontario']);
  });

  it('takes a town GeoNames gives no count for, when only it bears the name in the story country', () => {
    const towns = gazetteerFrom([
      place('country:KR', 'South Korea', 'country', [36.5, 127.75], 'KR', null),
      place('country:JP', 'Japan', 'country', [36, 138], 'JP', null),
      place('g:31', 'Hwacheon', 'village', [38.11, 127.71], 'KR', '06', 0),
      place('g:32', 'Anbyeon', 'village', [38.98, 127.53], 'KP', '07', 0),
      place('g:33', 'Anbyeon', 'village', [35.1, 129.0], 'KR', '05', 0),
    ]);
    const found = (text: string) =>
      parseArticle(text, { gazetteer: towns }).places.map((p) => p.name);
    expect(found('In South Korea, troops moved to Hwacheon on Monday.')).toContain('Hwacheon');
    // Outside its country's story, an uncounted name is as likely a street or a farm.
    expect(found('In Japan, troops moved to Hwacheon on Monday.')).not.toContain('Hwacheon');
    // Two places bear it: the count is needed to choose, and there is none.
    expect(found('In South Korea, troops moved to Anbyeon on Monday.')).not.toContain('Anbyeon');
  });

  it('knows a union of countries by its initials, and as a place only where things are in it', () => {
    const union = gazetteerFrom([
      place('country:SE', 'Sweden', 'country', [62, 15], 'SE', null),
      (({ entry }) => ({
        entry: { ...entry, country: null, institution: true },
        names: ['European Union', 'EU'],
      }))(place('r:eu', 'European Union', 'region', [49.8, 9.9], 'EU', null)),
    ]);
    const found = (text: string) =>
      parseArticle(text, { gazetteer: union }).places.flatMap((p) => p.mentions.map((m) => m.text));
    expect(found('Sweden is the ninth country in the EU to confirm the virus.')).toEqual([
      'Sweden',
      'EU',
    ]);
    expect(found('Officials in Sweden met Eu Jin, a reporter.')).toEqual(['Sweden']);
    // Where it acts or is dealt with, it is the institution, not the territory.
    expect(found('The EU said Sweden would get aid from the European Union.')).toEqual(['Sweden']);
    expect(found('Cases in the EU rose, the EU said.')).toEqual(['EU']);
  });

  it('reads a short name that is also an adjective as the adjective before a noun', () => {
    const saudi = place('country:SA', 'Saudi Arabia', 'country', [25, 45], 'SA', null);
    const us = place('country:US', 'United States', 'country', [38, -97], 'US', null);
    const world = gazetteerFrom(
      [
        { ...saudi, names: ['Saudi Arabia', 'Saudi'] },
        { ...us, names: ['United States', 'U.S.'] },
      ],
      [
        ['Saudi', saudi.entry],
        ['U.S.', us.entry],
      ],
    );
    const { places } = parseArticle(
      'Four are in Saudi hospitals. U.S. troops left. He flew to Saudi on Monday.',
      { gazetteer: world },
    );
    const sa = places.find((p) => p.country === 'SA');
    const usa = places.find((p) => p.country === 'US');
    expect(sa?.demonyms.map((d) => d.text)).toEqual(['Saudi']);
    expect(sa?.mentions.map((m) => m.start)).toEqual([58]);
    expect(usa?.mentions.map((m) => m.text)).toEqual(['U.S.']);
  });

  it('links no country to its people after a compass word ("the South American bloc")', () => {
    const us = place('country:US', 'United States', 'country', [38, -97], 'US', null);
    const world = gazetteerFrom([us], [['American', us.entry]]);
    const story = (t: string) => parseArticle(t, { gazetteer: world }).places;
    expect(story('The South American bloc and Latin American leaders met.')).toEqual([]);
    expect(story('American leaders met.').map((p) => p.name)).toEqual(['United States']);
  });

  it('reads no ocean in a longer name its short name opens ("the Pacific Palisades neighborhood")', () => {
    const ocean = {
      entry: {
        ...place('sea:pacific', 'Pacific Ocean', 'region', [0, -160], 'XX', null).entry,
        country: null,
      },
      names: ['Pacific Ocean', 'Pacific'],
    };
    const asia = {
      entry: {
        ...place('area:asia', 'Asia', 'region', [30, 100], 'XX', null).entry,
        country: null,
      },
      names: ['Asia'],
    };
    const world = gazetteerFrom([ocean, asia]);
    const names = (t: string) => parseArticle(t, { gazetteer: world }).places.map((p) => p.name);
    expect(names('A fire broke out in the Pacific Palisades neighborhood.')).toEqual([]);
    expect(names('Storms formed in the Pacific on Monday.')).toEqual(['Pacific Ocean']);
    expect(names('Peace in the Asia-Pacific region holds.')).toEqual(['Asia', 'Pacific Ocean']);
    expect(names('Leaders met at the Asia-Pacific Economic Cooperation summit.')).toEqual([]);
    // (A continent that is also a given name is still the continent.)
    expect(
      parseArticle('Other Asia-Pacific nations agreed.', {
        gazetteer: world,
        givenNames: new Set(['Asia']),
      }).places.map((p) => p.name),
    ).toEqual(['Asia', 'Pacific Ocean']);
  });

  it('reads "the Uruguayan capital" and "Uruguay\'s capital" as the capital, "capital markets" as money', () => {
    const uruguay = place('country:UY', 'Uruguay', 'country', [-33, -56], 'UY', null);
    const montevideo = place('city:UY', 'Montevideo', 'city', [-34.9, -56.2], 'UY', '10', 1, true);
    const world = gazetteerFrom([uruguay, montevideo], [['Uruguayan', uruguay.entry]]);
    const text = 'Thousands marched through the Uruguayan capital on Saturday.';
    const story = parseArticle(text, { gazetteer: world, published: '2024-05-06' });
    const [city] = story.places;
    expect(city?.name).toBe('Montevideo');
    expect(city?.descriptions.map((d) => d.text)).toEqual(['the Uruguayan capital']);
    expect(story.events[0]?.places).toEqual([city?.id]);
    const money = parseArticle(
      'Uruguayan capital markets fell. The Uruguayan capital-gains tax rose.',
      {
        gazetteer: world,
      },
    );
    expect(money.places.map((p) => [p.name, p.demonyms.length])).toEqual([['Uruguay', 2]]);
    // ("Uruguay's capital": the country keeps its mention, and the word "capital" is the city's.)
    const owned = parseArticle("A tower fell in Uruguay's capital.", { gazetteer: world }).places;
    expect(
      owned.map((p) => [p.name, p.mentions.map((m) => m.text), p.descriptions.map((d) => d.text)]),
    ).toEqual([
      ['Uruguay', ['Uruguay'], []],
      ['Montevideo', [], ['capital']],
    ]);
  });

  it("reads a people's word switched or translated to as its language, not its country", () => {
    const spain = place('country:ES', 'Spain', 'country', [40, -4], 'ES', null);
    const world = gazetteerFrom([spain], [['Spanish', spain.entry]]);
    const read = (text: string) =>
      parseArticle(`Headline\n\n${text}`, { gazetteer: world }).places.map((p) => p.name);
    expect(read('He spoke, before switching to Spanish to greet the crowd.')).toEqual([]);
    expect(read('The speech was translated from Spanish, the agency said.')).toEqual([]);
    expect(read('Aid came from Spanish donors.')).toEqual(['Spain']);
    // (The second of two languages, before a place: "in English and Spanish in the chapel".)
    expect(read('Speaking in English and Spanish in the chapel, he thanked them.')).toEqual([]);
    expect(read('Police raided English and Spanish ports.')).toEqual(['Spain']);
  });

  it('links a demonym before a feature word to its country ("the Indonesian island of")', () => {
    const indonesia = place('country:ID', 'Indonesia', 'country', [-5, 120], 'ID', null);
    const world = gazetteerFrom([indonesia], [['Indonesian', indonesia.entry]]);
    const [found] = parseArticle('The quake struck the Indonesian island of Sulawesi.', {
      gazetteer: world,
    }).places;
    expect(found?.demonyms.map((d) => d.text)).toEqual(['Indonesian']);
  });

  it("knows a region of the story's country romanised another way, after a preposition of place", () => {
    const egypt = gazetteerFrom([
      place('country:EG', 'Egypt', 'country', [27, 30], 'EG', null),
      place('admin1:EG-MNF', 'Monufia', 'region', [30.6, 31], 'EG', 'MNF'),
      place('admin1:EG-DK', 'Dakahlia', 'region', [31.1, 31.6], 'EG', 'DK'),
      place('country:US', 'United States', 'country', [38, -97], 'US', null),
      place('admin1:US-OR', 'Oregon', 'region', [44, -120.5], 'US', 'OR'),
      place('country:AR', 'Argentina', 'country', [-34, -64], 'AR', null),
      place('admin1:AR-P', 'Formosa', 'region', [-24.9, -60], 'AR', 'P'),
      place('country:KR', 'South Korea', 'country', [36.5, 127.75], 'KR', null),
      place('admin1:KR-31', 'Ulsan', 'region', [35.54, 129.31], 'KR', '31'),
    ]);
    const found = (text: string) =>
      parseArticle(text, { gazetteer: egypt }).places.flatMap((p) =>
        p.mentions.map((m) => `${m.text}=${p.name}`),
      );
    expect(found('A woman from Menoufia and a man from Daqahliya died in Egypt.')).toEqual([
      'Menoufia=Monufia',
      'Daqahliya=Dakahlia',
      'Egypt=Egypt',
    ]);
    // Not in a story set elsewhere, and not where nothing sites it.
    expect(found('A woman from Menoufia died.')).toEqual([]);
    // A romanisation keeps the syllables: "Forms" is not Formosa.
    expect(found('Pupils in Forms One and Two in Argentina fell ill.')).toEqual([
      'Argentina=Argentina',
    ]);
    expect(found('The Reagan administration sent aid across the United States.')).toEqual([
      'United States=United States',
    ]);
    // A romanisation keeps a first vowel too: Ilsan, near Seoul, is not Ulsan.
    expect(found('He grew up in Ilsan, in South Korea.')).toEqual(['South Korea=South Korea']);
  });

  it('reads a town named for a fort as the town, even where it speaks', () => {
    const town = gazetteerFrom([
      place('g:20', 'Fort Hood', 'city', [31.13, -97.78], 'US', 'TX', 29_589),
    ]);
    const story = parseArticle(
      'He died near Fort Hood military base. Fort Hood said he had served in Liberia.',
      { gazetteer: town },
    );
    expect(story.people).toEqual([]);
    expect(story.places.map((p) => p.mentions.length)).toEqual([2]);
  });

  it('does not send a town of a story set elsewhere to a namesake in a country it never names', () => {
    expect(
      placesIn(
        'Fires raged across Greece. In 2018, a fire in the town of Mati killed 104 people.',
      ).map((p) => p.name),
    ).toEqual(['Greece']);
  });

  it('takes a town named with an ordinary word in a story that names its region', () => {
    const towns = gazetteerFrom([
      place('admin1:US-IL', 'Illinois', 'region', [40, -89], 'US', 'IL'),
      ordinaryWords(place('g:33', 'Canton', 'city', [40.56, -90.04], 'US', 'IL', 14_211)),
      {
        ...place('g:34', 'Guangzhou', 'city', [23.12, 113.25], 'CN', '30', 16_096_724),
        names: ['Guangzhou', 'Canton'],
      },
    ]);
    const found = placeNamesIn(towns);
    expect(found('A tornado hit Canton in central Illinois.')).toEqual(['Canton', 'Illinois']);
    expect(found('A tornado hit Canton.')).toEqual(['Guangzhou']);
  });

  it('reads a name the story gives a facility as the facility later, not a small namesake town', () => {
    const towns = gazetteerFrom([
      place('country:GB', 'United Kingdom', 'country', [54, -2], 'GB', null),
      place('country:US', 'United States', 'country', [38, -97], 'US', null),
      place('g:40', 'Heathrow', 'city', [28.76, -81.37], 'US', 'FL', 5_000),
    ]);
    const found = placeNamesIn(towns);
    expect(
      found(
        'Heathrow Airport in the United Kingdom closed. Flights from Heathrow to the United States were cancelled.',
      ),
    ).toEqual(['United Kingdom', 'United States']);
  });

  it('keeps a town the text calls one when a facility bears its name ("the port city of Wajima ... Wajima Port")', () => {
    const towns = gazetteerFrom([
      place('country:JP', 'Japan', 'country', [36, 138], 'JP', null),
      place('g:wj', 'Wajima', 'city', [37.4, 136.9], 'JP', '15', 0),
    ]);
    const story = parseArticle(
      'Headline\n\nA quake in Japan set off a fire in the port city of Wajima. Waves reached Wajima Port.',
      { gazetteer: towns },
    );
    expect(story.places.map((p) => [p.name, p.mentions.length])).toEqual([
      ['Japan', 1],
      ['Wajima', 2],
    ]);
  });

  it('reads a region named after its city as the city, unless the text calls it the region or the island', () => {
    const towns = gazetteerFrom([
      place('country:MA', 'Morocco', 'country', [32, -6], 'MA', null),
      place('admin1:MA-MAR', 'Marrakech', 'region', [31.63, -8.08], 'MA', 'MAR'),
      {
        ...place('g:45', 'Marrakesh', 'city', [31.63, -8.0], 'MA', '07', 839_296),
        names: ['Marrakesh', 'Marrakech'],
      },
    ]);
    const found = (text: string) =>
      parseArticle(`Headline\n\n${text}`, { gazetteer: towns }).places.map((p) => p.kind);
    expect(found('The quake damaged walls in Marrakech, Morocco.')).toEqual(['city', 'country']);
    expect(found('The quake hit the region of Marrakech.')).toEqual(['region']);
  });

  it('reads such a name as the region where it comes back alone after the text called it a province, but not in a dateline nor after "the provincial capital,"', () => {
    const towns = gazetteerFrom([
      place('admin1:MA-MAR', 'Marrakech', 'region', [31.63, -8.08], 'MA', 'MAR'),
      {
        ...place('g:45', 'Marrakesh', 'city', [31.63, -8.0], 'MA', '07', 839_296),
        names: ['Marrakesh', 'Marrakech'],
      },
    ]);
    const story = parseArticle(
      'Quake hits\n\nMARRAKECH (Reuters) - A quake struck the mountain province of Marrakech late on Tuesday. Power was cut in northern Marrakech. Doctors in the provincial capital, Marrakech, treated 40 people.',
      { gazetteer: towns },
    );
    expect(story.places.map((p) => [p.kind, p.mentions.map((m) => m.text)])).toEqual([
      ['city', ['MARRAKECH', 'Marrakech']],
      ['region', ['Marrakech', 'Marrakech']],
    ]);
  });

  it('reads a name the story gives a company as the company later, not a town that bears it, unless the text puts something in it', () => {
    const towns = gazetteerFrom([
      place('country:JP', 'Japan', 'country', [36, 138], 'JP', null),
      place('g:43', 'Toyota', 'city', [35.08, 137.15], 'JP', '01', 420_000),
      place('g:44', 'Tokyo', 'city', [35.69, 139.69], 'JP', '40', 8_300_000),
    ]);
    const found = placeNamesIn(towns);
    expect(
      found('Toyota Motor Corp said it would invest more. Toyota shares rose in Tokyo on Friday.'),
    ).toEqual(['Tokyo']);
    expect(found('Toyota Motor Corp opened a museum in Toyota on Friday.')).toEqual(['Toyota']);
    // (A big city stays itself: "Tokyo Electric Power Co ... Tokyo".)
    expect(found('Tokyo Electric Power Co said Tokyo would get power.')).toEqual(['Tokyo']);
  });

  it('takes a town the text puts "in" its country, though its name is a given name', () => {
    const towns = gazetteerFrom([
      place('country:IE', 'Ireland', 'country', [53, -8], 'IE', null),
      place('g:41', 'Shannon', 'city', [52.7, -8.86], 'IE', '03', 9_700),
      place('g:42', 'Shannon', 'village', [34.35, -85.07], 'US', 'GA', 1_800),
    ]);
    const found = (text: string) =>
      parseArticle(`Headline\n\n${text}`, {
        gazetteer: towns,
        givenNames: new Set(['Shannon']),
      }).places.map((p) => [p.name, p.lat]);
    expect(found('Flights were diverted to Shannon in Ireland.')).toEqual([
      ['Shannon', 52.7],
      ['Ireland', 53],
    ]);
    expect(found('Flights were diverted to Shannon.')).toEqual([]);
  });

  it('takes no namesake outside the area the text puts an island or a town "in"', () => {
    const towns = gazetteerFrom([
      place('country:ES', 'Spain', 'country', [40, -4], 'ES', null),
      place('admin1:ES-53', 'Canary Islands', 'region', [28.28, -15.75], 'ES', '53'),
      place('g:46', 'La Palma', 'city', [37.39, -6.55], 'ES', '51', 10_000),
      place('g:47', 'Garachico', 'city', [28.37, -16.76], 'ES', '53', 5_000),
    ]);
    const found = placeNamesIn(towns);
    expect(found('A fire burned on the island of La Palma in the Canary Islands.')).toEqual([
      'Canary Islands',
    ]);
    // (One the area holds is still read: "the town of Garachico in the Canary Islands".)
    expect(found('A fire burned near the town of Garachico in the Canary Islands.')).toEqual([
      'Garachico',
      'Canary Islands',
    ]);
  });

  it('takes no namesake abroad for a town or a site the text puts "in" an area that holds none', () => {
    const towns = gazetteerFrom([
      place('country:CL', 'Chile', 'country', [-30, -71], 'CL', null),
      place('admin1:CL-03', 'Atacama', 'region', [-27.57, -70.05], 'CL', '03'),
      place('g:48', 'San Jose', 'city', [37.34, -121.89], 'US', 'CA', 1_026_908),
      place('g:49', 'Victoria', 'city', [22.28, 114.17], 'HK', '00', 1_000_000),
      place('g:50', 'Victoria', 'city', [-38.23, -72.33], 'CL', '09', 24_000),
    ]);
    const found = (text: string) =>
      parseArticle(`Headline\n\n${text}`, { gazetteer: towns }).places.map((p) => [p.name, p.lat]);
    expect(
      found('Cheers erupted at the San Jose mine in the Atacama desert of northern Chile.'),
    ).toEqual([
      ['Atacama', -27.57],
      ['Chile', -30],
    ]);
    expect(found('Cheers erupted in San Jose in the Atacama region.')).toEqual([
      ['Atacama', -27.57],
    ]);
    // (Past a comma too: "Victoria, in southern Chile".)
    expect(found('Cheers erupted in Victoria, in southern Chile.')).toEqual([
      ['Victoria', -38.23],
      ['Chile', -30],
    ]);
  });

  it('reads no town of another country for an area the story sets its places in', () => {
    const towns = gazetteerFrom([
      place('country:GB', 'United Kingdom', 'country', [54, -2], 'GB', null),
      place('country:US', 'United States', 'country', [38, -97], 'US', null),
      place('g:43', 'Attleborough', 'city', [52.52, 1.02], 'GB', 'ENG', 11_000),
      place('g:44', 'Norfolk', 'city', [36.85, -76.29], 'US', 'VA', 246_393),
      place('g:45', 'Yorkshire', 'city', [38.79, -77.45], 'US', 'VA', 7_541),
      place('admin1:GB-LIN', 'Lincolnshire', 'region', [52.95, -0.16], 'GB', 'LIN'),
      place('admin1:GB-CON', 'Cornwall', 'region', [50.27, -5.05], 'GB', 'CON'),
    ]);
    const found = placeNamesIn(towns);
    expect(
      found(
        'Bird flu was found near Attleborough in Norfolk, in the United Kingdom. Cases followed in Yorkshire, Lincolnshire and Cornwall, and in the United States.',
      ),
    ).toEqual(['Attleborough', 'United Kingdom', 'Lincolnshire', 'Cornwall', 'United States']);
  });

  it('takes no town for an adjective paired with another before a noun', () => {
    const towns = gazetteerFrom([
      place('country:US', 'United States', 'country', [38, -97], 'US', null),
      place('g:38', 'Arab', 'city', [34.32, -86.5], 'US', 'AL', 8_295),
      place('g:39', 'Idukki', 'city', [9.85, 76.97], 'IN', '13', 20_000),
      place('country:IN', 'India', 'country', [22, 79], 'IN', null),
    ]);
    const found = placeNamesIn(towns);
    expect(found('A great day for the Arab and Muslim world and the United States.')).toEqual([
      'United States',
    ]);
    // (Or alone before "world": "the Arab world's most populous country".)
    expect(found("Protests swept the Arab world's biggest nation and the United States.")).toEqual([
      'United States',
    ]);
    expect(found('Troops were sent to Idukki and Wayanad districts in India.')).toEqual([
      'Idukki',
      'India',
    ]);
    // (A particle joined to the next name is no noun: "Idukki and Deir al-Balah".)
    expect(found('Crowds gathered in Idukki and Deir al-Balah.')).toEqual(['Idukki']);
    // (A preposition after the unknown name is no noun: "from Hamhung and Musudan to Vladivostok".)
    expect(found('Troops sailed from Idukki and Musudan to the coast.')).toEqual(['Idukki']);
  });

  it('takes no country after a comma for a qualifier when it opens a longer name', () => {
    expect(
      placesIn('The plan would end the fighting in Sydney, US President Ana Ruiz said.').map(
        (p) => p.name,
      ),
    ).toEqual(['Sydney', 'United States']);
  });

  it('lets a name of a region and a town that describes a noun decide nothing for the story ("New York sky ... in New York")', () => {
    const world = gazetteerFrom([
      {
        ...place('admin1:US-NY', 'New York', 'region', [42.76, -75.83], 'US', 'NY'),
        names: ['New York'],
      },
      {
        ...place('g:nyc', 'New York City', 'city', [40.71, -74.01], 'US', 'NY', 8_804_190),
        alternates: ['New York'],
      },
    ]);
    const text =
      'Smoke turns New York sky orange\n\nSmoke blanketed New York City. The air quality in New York reached 484.';
    const at = text.lastIndexOf('New York');
    const story = parseArticle(text, { gazetteer: world });
    expect(story.places.find((p) => p.mentions.some((m) => m.start === at))?.name).toBe(
      'New York City',
    );
  });

  it('takes no far region between an owner\'s word and a noun ("its Falcon sensor software")', () => {
    const towns = gazetteerFrom([
      place('country:US', 'United States', 'country', [38, -97], 'US', null),
      place('admin1:VE-11', 'Falcón', 'region', [11.27, -69.65], 'VE', '11'),
      place('admin1:US-OH', 'Ohio', 'region', [40.2, -82.7], 'US', 'OH'),
    ]);
    const found = placeNamesIn(towns);
    expect(
      found('The firm in the United States pushed an update to its Falcon sensor software.'),
    ).toEqual(['United States']);
    expect(found('The firm in the United States closed its Ohio plant.')).toEqual([
      'United States',
      'Ohio',
    ]);
  });

  it('takes no country after a comma for a qualifier when it owns what follows', () => {
    expect(
      placesIn("Smoke rose over Sydney, China's foreign ministry said.").map((p) => p.name),
    ).toEqual(['Sydney', 'China']);
  });

  it('reads a county as the big town it is named for, or leaves it unplaced', () => {
    const towns = gazetteerFrom([
      place('admin1:US-IL', 'Illinois', 'region', [40, -89], 'US', 'IL'),
      place('g:35', 'Peoria', 'city', [40.69, -89.59], 'US', 'IL', 113_150),
      place('g:36', 'Fulton', 'city', [38.85, -91.95], 'US', 'MO', 12_939),
      place('g:37', 'Canton', 'city', [40.56, -90.04], 'US', 'IL', 14_211),
    ]);
    const found = placeNamesIn(towns);
    expect(found('Illinois declared a disaster for Fulton, Peoria and Tazewell counties.')).toEqual(
      ['Illinois', 'Peoria'],
    );
    expect(found('Two died in Canton, Fulton County officials in Illinois said.')).toEqual([
      'Canton',
      'Illinois',
    ]);
  });

  it('reads a county as the island it is, or as a town only in the state that follows it', () => {
    const towns = gazetteerFrom([
      place('admin1:US-OR', 'Oregon', 'region', [44, -120.7], 'US', 'OR'),
      place('admin1:US-HI', 'Hawaii', 'region', [21.1, -157.5], 'US', 'HI'),
      place('g:40', 'Washington', 'city', [38.9, -77.04], 'US', 'DC', 689_545),
      place('landmark:maui', 'Maui', 'region', [20.8, -156.33], 'US', null),
    ]);
    const found = placeNamesIn(towns);
    expect(
      found('Maui County Mayor Ana Ruiz said visitors were flown out of Maui to Hawaii.'),
    ).toEqual(['Maui', 'Hawaii']);
    expect(found('Officials in Washington County, Oregon, closed the roads.')).toEqual(['Oregon']);
  });

  it('reads what a town owns as a place in that town, not a namesake far off ("Chicago\'s Grant Park")', () => {
    const towns = gazetteerFrom([
      place('g:43', 'Chicago', 'city', [41.85, -87.65], 'US', 'IL', 2_700_000),
      place('g:44', 'Grant Park', 'village', [41.24, -87.65], 'US', 'IL', 1_300),
      place('g:45', 'Pyongyang', 'city', [39.03, 125.75], 'KP', '12', 3_222_000, true),
      place('g:46', 'Sunan', 'city', [39.2, 125.69], 'KP', '12', 45_000),
    ]);
    const found = placeNamesIn(towns);
    expect(found("Obama spoke to supporters in Chicago's Grant Park.")).toEqual(['Chicago']);
    expect(found("It was launched from Pyongyang's Sunan airport.")).toEqual([
      'Pyongyang',
      'Sunan',
    ]);
  });

  it('reads no lawmaking body named alone as the town that shares its name ("both houses of Congress")', () => {
    const towns = gazetteerFrom([
      place('admin1:US-AZ', 'Arizona', 'region', [34.16, -111.92], 'US', 'AZ'),
      place('g:41', 'Phoenix', 'city', [33.45, -112.07], 'US', 'AZ', 1_600_000),
      place('g:42', 'Congress', 'village', [34.16, -112.85], 'US', 'AZ', 1_975),
    ]);
    expect(
      placeNamesIn(towns)(
        'McCain conceded in Phoenix, Arizona. Democrats won both houses of Congress.',
      ),
    ).toEqual(['Phoenix', 'Arizona']);
  });

  it('reads "the X district of" a town only as a place near that town', () => {
    const towns = gazetteerFrom([
      place('g:29', 'Seoul', 'city', [37.57, 126.98], 'KR', '11', 10_349_312, true),
      place('g:30', 'Yongsan', 'village', [36.26, 127.83], 'KR', '05', 3_000),
      place('g:31', 'Pyongyang', 'city', [39.03, 125.75], 'KP', '12', 3_222_000, true),
      place('g:32', 'Sunan', 'city', [39.2, 125.69], 'KP', '12', 45_000),
    ]);
    const found = placeNamesIn(towns);
    expect(found('Police raided an office in the Yongsan district of Seoul.')).toEqual(['Seoul']);
    expect(found('It was launched from the Sunan area of Pyongyang.')).toEqual([
      'Sunan',
      'Pyongyang',
    ]);
  });

  it('reads "the X district of Y" as district Y of town X when X is the story\'s and Y a town abroad ("the Khartoum district of Riyadh")', () => {
    const towns = gazetteerFrom([
      place('country:SD', 'Sudan', 'country', [16, 30], 'SD', null),
      place('g:kh', 'Khartoum', 'city', [15.55, 32.53], 'SD', '29', 1_974_647, true),
      place('g:ri', 'Riyadh', 'city', [24.69, 46.72], 'SA', '10', 4_205_961, true),
    ]);
    const found = placeNamesIn(towns);
    expect(
      found("Sudan's army fought for Khartoum. A teacher in the Khartoum district of Riyadh fled."),
    ).toEqual(['Sudan', 'Khartoum']);
  });

  it('reads "the X suburb" only as a place near a town the story names ("the Houghton suburb")', () => {
    const towns = gazetteerFrom([
      place('country:US', 'United States', 'country', [38, -97], 'US', null),
      place('g:jb', 'Johannesburg', 'city', [-26.2, 28.04], 'ZA', '06', 2_026_469),
      place('g:ho', 'Houghton', 'city', [47.12, -88.57], 'US', 'MI', 7_970),
      place('g:sw', 'Soweto', 'city', [-26.27, 27.86], 'ZA', '06', 1_695_047),
      place('g:ro', 'Rosebank', 'village', [-26.15, 28.04], 'ZA', '06', 4_000),
    ]);
    const found = placeNamesIn(towns);
    expect(
      found(
        'He died in Johannesburg. Crowds gathered in the Houghton suburb. The United States sent condolences.',
      ),
    ).toEqual(['Johannesburg', 'United States']);
    expect(found('He died in Johannesburg. Crowds gathered in the Rosebank suburb.')).toEqual([
      'Johannesburg',
      'Rosebank',
    ]);
    // ("in the Johannesburg neighbourhood of ...": the story's own town names its part.)
    expect(
      placesIn2(towns)(
        'He died in Johannesburg. Gunfire was heard in the Johannesburg neighbourhood of Hillbrow.',
      ),
    ).toEqual([['Johannesburg', ['Johannesburg', 'Johannesburg']]]);
  });

  it('takes a town listed with towns of its region, though its name is an ordinary word', () => {
    const towns = gazetteerFrom([
      place('g:25', 'Parkes', 'city', [-33.14, 148.17], 'AU', '02', 10_939),
      place('g:26', 'Wyong', 'city', [-33.28, 151.42], 'AU', '02', 4_000),
      ordinaryWords(place('g:27', 'Berry', 'village', [-34.78, 150.69], 'AU', '02', 2_648)),
      ordinaryWords(place('g:28', 'Berry', 'village', [33.66, -87.6], 'US', 'AL', 1_113)),
    ]);
    const found = (text: string) =>
      parseArticle(`Headline\n\n${text}`, { gazetteer: towns }).places.map((p) => [p.name, p.lat]);
    expect(found('Cases were found in Parkes, Berry and Wyong.')).toContainEqual(['Berry', -34.78]);
    // Alone, the word is no place.
    expect(found('Cases were found in Berry.')).toEqual([]);
  });

  it('takes a place named with ordinary words only where the story is in its region', () => {
    expect(
      placesIn('Horses were kept at Eastern Creek, west of Sydney.').map((p) => p.name),
    ).toEqual(['Eastern Creek', 'Sydney']);
    expect(placesIn('Red Cross officials met in the United States.').map((p) => p.name)).toEqual([
      'United States',
    ]);
  });

  it('takes a town by a spelling that is no word, though its own name is one (Poonch, Punch)', () => {
    const india = place('country:IN', 'India', 'country', [22, 79], 'IN', null);
    const kashmir = gazetteerFrom(
      [
        india,
        alsoCalled(
          'Poonch',
          ordinaryWords(place('g:29', 'Punch', 'city', [33.77, 74.09], 'IN', '12', 28_197)),
        ),
      ],
      [['Indian', india.entry]],
    );
    const found = placeNamesIn(kashmir);
    // (Shown as the text spells it, two letters from GeoNames' name.)
    expect(found('Shelling killed civilians in the Indian town of Poonch.')).toContain('Poonch');
    expect(found('Shelling killed civilians in India, a punch to the peace talks.')).toEqual([
      'India',
    ]);
  });
});

describe('a name that is a region and its town', () => {
  const both = gazetteerFrom([
    place('country:ES', 'Spain', 'country', [40, -4], 'ES', null),
    place('admin1:ES-60', 'Valencia', 'region', [39.3, -0.48], 'ES', '60'),
    place('geonames:2509954', 'Valencia', 'city', [39.47, -0.38], 'ES', '60', 814_208),
  ]);
  const read = (text: string) =>
    parseArticle(`Headline\n\n${text}`, { gazetteer: both }).places.map((p) => [
      p.kind,
      p.mentions.map((m) => m.start),
    ]);

  it('is the town after "the city of" and the region after "the region of", in one story', () => {
    const text = 'Floods hit the region of Valencia in Spain. The city of Valencia was spared.';
    const at = (from: number) => 'Headline\n\n'.length + text.indexOf('Valencia', from);
    expect(read(text)).toEqual(
      expect.arrayContaining([
        ['region', [at(0)]],
        ['city', [at(30)]],
      ]),
    );
  });
});

describe('the name a town is shown by', () => {
  const geneva = gazetteerFrom([
    {
      entry: place('geonames:2660646', 'Genève', 'city', [46.2, 6.15], 'CH', '25', 183_981).entry,
      names: ['Genève', 'Geneva'],
    },
  ]);
  const names = (text: string) =>
    parseArticle(text, { gazetteer: geneva }).places.map((p) => [p.id, p.name]);

  it("is the text's spelling when the text never uses the gazetteer's, a dateline title-cased", () => {
    expect(names('Headline\n\nTalks opened in Geneva on Monday.')).toEqual([['geneve', 'Geneva']]);
    expect(names('Headline\n\nGENEVA (Reuters) - Talks opened.')).toEqual([['geneve', 'Geneva']]);
    expect(names('Headline\n\nTalks opened in Genève on Monday.')).toEqual([['geneve', 'Genève']]);
    // (Diacritics the text leaves off are spelling too: "Kaesong" for Kaesŏng.)
    expect(names('Headline\n\nTalks opened in Geneve on Monday.')).toEqual([['geneve', 'Geneve']]);
  });
});

describe('the name a country is shown by', () => {
  const countries = gazetteerFrom([
    {
      entry: place('country:TR', 'Türkiye', 'country', [39, 35], 'TR', null).entry,
      names: ['Türkiye', 'Turkey', 'Republic of Turkey', 'TR'],
    },
    {
      entry: place('country:GB', 'United Kingdom', 'country', [54, -2], 'GB', null).entry,
      names: ['United Kingdom', 'Britain', 'UK'],
    },
  ]);
  const names = (text: string) =>
    parseArticle(`Headline\n\n${text}`, { gazetteer: countries }).places.map((p) => [p.id, p.name]);

  it("is the text's own name for one the gazetteer writes in letters English does not", () => {
    expect(names('An earthquake struck eastern Turkey. Turkey asked for help.')).toEqual([
      ['turkiye', 'Turkey'],
    ]);
    expect(names('Türkiye, once Turkey, asked for help.')).toEqual([['turkiye', 'Türkiye']]);
  });

  it("is a region's name as the text writes it without the gazetteer's marks", () => {
    const vietnam = gazetteerFrom([
      place('country:VN', 'Vietnam', 'country', [16, 108], 'VN', null),
      {
        entry: place('admin1:VN-QN', 'Quảng Ninh', 'region', [21, 107.3], 'VN', '13').entry,
        names: ['Quảng Ninh', 'Quang Ninh'],
      },
    ]);
    expect(
      parseArticle('Headline\n\nThe storm hit Quang Ninh in Vietnam.', {
        gazetteer: vietnam,
      }).places.map((p) => [p.id, p.name]),
    ).toEqual([
      ['quang-ninh', 'Quang Ninh'],
      ['vietnam', 'Vietnam'],
    ]);
  });

  it("is the gazetteer's otherwise, however the text calls it", () => {
    expect(names('Britain asked for help.')).toEqual([['united-kingdom', 'United Kingdom']]);
  });
});

describe('a country named in full, then short', () => {
  const congos = gazetteerFrom([
    {
      entry: place('country:CD', 'DR Congo', 'country', [-2.5, 23.5], 'CD', null).entry,
      names: ['DR Congo', 'Democratic Republic of Congo', 'Democratic Republic of the Congo'],
    },
    {
      entry: place('country:CG', 'Republic of the Congo', 'country', [-1, 15], 'CG', null).entry,
      names: ['Republic of the Congo', 'Congo'],
    },
  ]);
  const read = (text: string) =>
    parseArticle(`Headline\n\n${text}`, { gazetteer: congos }).places.map((p) => [
      p.name,
      p.mentions.map((m) => m.text),
    ]);

  it('is the country whose long name ends in the short one ("Congo" after "the DR of Congo")', () => {
    expect(
      read('The strain spread from the Democratic Republic of Congo. Cases in Congo rose.'),
    ).toEqual([['DR Congo', ['Democratic Republic of Congo', 'Congo']]]);
    // (Alone, the short name is the country that bears it.)
    expect(read('Cases in Congo rose.')).toEqual([['Republic of the Congo', ['Congo']]]);
  });
});

describe('places that act', () => {
  const actors = (text: string) =>
    parseArticle(`Headline\n\n${text}`, { gazetteer }).places.flatMap((p) =>
      p.mentions.filter((m) => m.actor).map((m) => m.text),
    );

  it('marks every country of a list that acts as one ("X, Y and Z are due to hold talks")', () => {
    expect(actors('The United States, China and Russia are due to hold talks next week.')).toEqual([
      'United States',
      'China',
      'Russia',
    ]);
    expect(actors('China and Russia have also reported cases.')).toEqual(['China', 'Russia']);
  });

  it('marks a country whose side plays or who vetoes for an actor ("China beat Russia"), even past an aside', () => {
    expect(actors('China beat Russia 2-1 in the final on Sunday.')).toEqual(['China']);
    expect(actors('Russia and China on Thursday vetoed the resolution.')).toEqual([
      'Russia',
      'China',
    ]);
    expect(actors('Russia, who also lost the final in 2021, have not won a title since.')).toEqual([
      'Russia',
    ]);
  });

  it('marks no place that the verb of a relative clause takes as its object ("A storm that hit China on Monday killed")', () => {
    expect(actors('A storm that hit China on Monday killed 12 people.')).toEqual([]);
    expect(actors('The missile, which struck Russia on Monday, killed five people.')).toEqual([]);
  });

  it('marks a government that stands ready or stops something for an actor ("said Washington stood ready", "the United States would stop")', () => {
    expect(actors('The president said Washington stood ready to help.')).toEqual(['Washington']);
    expect(actors('He said the United States would stop joint exercises.')).toEqual([
      'United States',
    ]);
  });

  it('marks a country that lands a craft for an actor ("India landed a spacecraft"), not one a craft lands in', () => {
    expect(actors("China landed a spacecraft near the moon's south pole.")).toEqual(['China']);
    expect(actors('The plane landed in China on Monday.')).toEqual([]);
  });

  it('marks a government closing or suspending for an actor, but not a participle after a comma', () => {
    expect(actors('Russia closed dozens of ports on Monday.')).toEqual(['Russia']);
    expect(actors('China has suspended imports of seafood.')).toEqual(['China']);
    expect(actors('The ceremony was held in the capital Seoul, closed to the public.')).toEqual([]);
  });

  it('marks no name of a list that a preposition governs', () => {
    expect(actors('Officials in China, Russia and Georgia said the cases were rising.')).toEqual(
      [],
    );
    expect(actors('Troops from China and Russia held drills.')).toEqual([]);
    // (past a compass adjective too)
    expect(actors('Fires raging across northern China have killed 24 people.')).toEqual([]);
    // (or a word of where it lies, or the place noun the name is set beside)
    expect(actors('Casinos in neighbouring London closed for the first time.')).toEqual([]);
    expect(
      actors('A bomb at a bus station on the outskirts of the capital, London, killed 75 people.'),
    ).toEqual([]);
  });

  it('marks a state at war for an actor ("Russia killed", "China struck")', () => {
    expect(actors('In September, Russia killed a rebel leader in an air strike.')).toEqual([
      'Russia',
    ]);
    // (A day before the comma is no name of a list the preposition governs.)
    expect(actors('On Monday, China said it would retaliate.')).toEqual(['China']);
  });

  it('marks a state that blows up, detonates or destroys for an actor ("North Korea blew up roads")', () => {
    expect(actors('North Korea blew up parts of roads on Tuesday.')).toEqual(['North Korea']);
    expect(actors('Russia detonated a device and China destroyed a satellite.')).toEqual([
      'Russia',
      'China',
    ]);
  });

  it('marks a state that drops a bomb, surrenders or withdraws for an actor ("The United States dropped an atomic bomb")', () => {
    expect(actors('The United States dropped an atomic bomb on the city.')).toEqual([
      'United States',
    ]);
    expect(actors('Russia surrendered on Aug. 15.')).toEqual(['Russia']);
    expect(actors('Russia withdrew its troops and China annexed the islands.')).toEqual([
      'Russia',
      'China',
    ]);
    expect(actors('Prices in China dropped sharply.')).toEqual([]);
  });

  it('marks a state that declares or appeals for something for an actor ("Japan declared an emergency")', () => {
    expect(actors('Russia declared a nuclear emergency.')).toEqual(['Russia']);
    expect(actors('China has appealed for international help.')).toEqual(['China']);
    expect(actors('Trade with China declared dead.')).toEqual([]);
  });
});

describe('lists of regions', () => {
  const regions = gazetteerFrom([
    place('admin1:US-NY', 'New York', 'region', [42.8, -75.8], 'US', 'NY'),
    place('admin1:US-PA', 'Pennsylvania', 'region', [41, -77.6], 'US', 'PA'),
    place('admin1:US-NJ', 'New Jersey', 'region', [40.1, -74.7], 'US', 'NJ'),
    place('admin1:BS-LI', 'Long Island', 'region', [23.1, -75], 'BS', 'LI'),
    place('country:BS', 'Bahamas', 'country', [24, -76], 'BS', null),
    // (A city of millions goes by the state's name too: the list still reads the state.)
    {
      ...place('g:1', 'New York City', 'city', [40.71, -74.01], 'US', 'NY', 8_804_190),
      alternates: ['New York'],
    },
  ]);
  const found = placeNamesIn(regions);

  it("leaves unplaced a region of a country the text never names, listed among another's", () => {
    expect(found('People fell ill in Long Island, New York, Pennsylvania and New Jersey.')).toEqual(
      ['New York', 'Pennsylvania', 'New Jersey'],
    );
  });

  it('keeps it when the text names its country', () => {
    expect(
      found(
        'People fell ill in Long Island, New York, Pennsylvania and New Jersey, and in the Bahamas.',
      ),
    ).toContain('Long Island');
  });
});

describe('a town qualified by its county', () => {
  it("is the town near the county's point, though the gazetteer files it under its nation", () => {
    const towns = gazetteerFrom([
      place('admin1:GB-LAN', 'Lancashire', 'region', [53.76, -2.7], 'GB', 'LAN'),
      place('g:1', 'Preston', 'city', [53.763, -2.705], 'GB', 'ENG', 313_332),
      place('g:2', 'Preston', 'city', [-37.75, 145.02], 'AU', '07', 33_790),
    ]);
    const found = parseArticle('Headline\n\nA man died in Preston, Lancashire, on Saturday.', {
      gazetteer: towns,
    }).places.map((p) => [p.name, p.lat]);
    expect(found).toEqual([
      ['Preston', 53.763],
      ['Lancashire', 53.76],
    ]);
  });
});

describe('a country that acts after a time phrase', () => {
  it('marks "China on Thursday called for" as an actor', () => {
    const china = parseArticle('Headline\n\nChina on Thursday called for a ceasefire.', {
      gazetteer,
    }).places.find((p) => p.name === 'China');
    expect(china?.mentions[0]?.actor).toBe(true);
  });
});

describe('a region named like a city of millions', () => {
  const state = gazetteerFrom([
    place('country:US', 'United States', 'country', [38, -97], 'US', null),
    place('admin1:US-NY', 'New York', 'region', [42.76, -75.83], 'US', 'NY'),
    {
      ...place('g:1', 'New York City', 'city', [40.71, -74.01], 'US', 'NY', 8_804_190),
      alternates: ['New York'],
    },
    place('admin1:US-VT', 'Vermont', 'region', [43.9, -72.4], 'US', 'VT'),
    place('country:MX', 'Mexico', 'country', [23, -102], 'MX', null),
    {
      ...place('g:2', 'Mexico City', 'city', [19.43, -99.13], 'MX', 'CMX', 12_294_193),
      alternates: ['Mexico'],
    },
  ]);
  const found = placeNamesIn(state);

  it('is the city where nothing says region ("shares rose in New York")', () => {
    expect(found('Apple shares rose 1% in early trading in New York.')).toEqual(['New York City']);
  });

  it('is the city one goes to or is at ("will fly to New York", "spoke at New York")', () => {
    expect(found('Moon will fly to New York next week.')).toEqual(['New York City']);
    expect(found('He spoke at New York on Monday.')).toEqual(['New York City']);
    // (and the city a journey is bound for)
    expect(found('A jet bound for New York crashed.')).toEqual(['New York City']);
    expect(found('A New York-bound jet crashed.')).toEqual(['New York City']);
    expect(found('Troops flew to Mexico.')).toEqual(['Mexico']);
    expect(found('The senator from New York spoke.')).toEqual(['New York']);
  });

  it('is the city whose own body it names ("the New York Stock Exchange", "the New York Police Department")', () => {
    expect(found('Shares will be delisted from the New York Stock Exchange.')).toEqual([
      'New York City',
    ]);
    expect(found('The New York Police Department said.')).toEqual(['New York City']);
    // (And its own officers: "New York Mayor Eric Adams", "New York Police Commissioner".)
    expect(found('New York Mayor Eric Adams said.')).toEqual(['New York City']);
    expect(found('"It was targeted," New York Police Commissioner Jessica Tisch said.')).toEqual([
      'New York City',
    ]);
    expect(found('New York Governor Kathy Hochul said.')).toEqual(['New York']);
    // (A state's office is the state's.)
    expect(found('The New York State Assembly voted.')).toEqual(['New York']);
  });

  it('is the region after "upstate" or where it acts, and a country is never its capital', () => {
    expect(found('Floods hit upstate New York and Vermont.')).toEqual(['New York', 'Vermont']);
    // (Not after "in", the state acts or is qualified: "New York has confirmed 28 cases".)
    expect(found('New York has confirmed 28 cases.')).toEqual(['New York']);
    expect(found('Floods hit Mexico.')).toEqual(['Mexico']);
  });
});

describe('a name the gazetteer gives places in two countries', () => {
  const newYorks = place('curated:Long-Island', 'Long Island', 'region', [40.8, -73.3], 'US', null);
  const islands = gazetteerFrom([
    place('country:BS', 'Bahamas', 'country', [24, -76], 'BS', null),
    place('admin1:US-NY', 'New York', 'region', [42.8, -75.8], 'US', 'NY'),
    place('admin1:BS-LI', 'Long Island', 'region', [23.1, -75], 'BS', 'LI'),
    // The island news means most often, curated: it outranks the Bahamian district alone.
    { ...newYorks, entry: { ...newYorks.entry, source: 'curated: test' } },
  ]);
  const island = (text: string) =>
    parseArticle(`Headline\n\n${text}`, { gazetteer: islands }).places.find(
      (p) => p.name === 'Long Island',
    )?.lat;

  it('is the one in the country the story names, however often the name itself recurs', () => {
    expect(island('The storm struck the Bahamas on Monday, flooding Long Island.')).toBe(23.1);
    expect(
      island('The storm struck the Bahamas, flooding Long Island. Long Island lost power.'),
    ).toBe(23.1);
  });

  it('is the best-known one where nothing else places the story', () => {
    expect(island('Commuters on Long Island faced delays on Monday.')).toBe(40.8);
    expect(island('Commuters on Long Island, New York, faced delays.')).toBe(40.8);
  });
});

describe("an agency's initials before a place's name", () => {
  const areas = gazetteerFrom([
    place('country:GB', 'United Kingdom', 'country', [54, -2], 'GB', null),
    place('curated:Scotland', 'Scotland', 'region', [56.5, -4], 'GB', null),
    place('curated:West-Midlands', 'West Midlands', 'region', [52.47, -2.29], 'GB', null),
    { ...place('country:US', 'United States', 'country', [38, -97], 'US', null), names: ['US'] },
  ]);
  const named = (text: string) =>
    parseArticle(`Headline\n\n${text}`, { gazetteer: areas }).places.map((p) => [
      p.name,
      p.mentions.map((m) => m.text),
    ]);

  it("make the agency's branch there, not the place", () => {
    expect(
      named('BBC Scotland said NHS West Midlands had four cases in the United Kingdom.'),
    ).toEqual([['United Kingdom', ['United Kingdom']]]);
  });

  it('leave the place where the text is in it', () => {
    expect(named('Nurses in the West Midlands and in Scotland went on strike.')).toEqual([
      ['West Midlands', ['West Midlands']],
      ['Scotland', ['Scotland']],
    ]);
  });
});

describe('two names joined by "and"', () => {
  const nigeria = gazetteerFrom([
    place('country:NG', 'Nigeria', 'country', [10, 8], 'NG', null),
    place('country:NE', 'Niger', 'country', [18, 9], 'NE', null),
    place('country:CM', 'Cameroon', 'country', [6, 12.5], 'CM', null),
    place('admin1:NG-NI', 'Niger', 'region', [9.9, 5.5], 'NG', 'NI'),
    place('admin1:NG-JI', 'Jigawa', 'region', [12, 9.3], 'NG', 'JI'),
    place('admin1:NG-KT', 'Katsina', 'region', [12.2, 7.9], 'NG', 'KT'),
    place('g:kt', 'Katsina', 'city', [13, 7.6], 'NG', 'KT', 432_000),
    place('admin1:NG-KN', 'Kano', 'region', [11.6, 8.5], 'NG', 'KN'),
    place('g:kn', 'Kano', 'city', [12, 8.5], 'NG', 'KN', 3_626_000),
  ]);
  const kinds = (text: string) =>
    parseArticle(`Headline\n\n${text}`, { gazetteer: nigeria }).places.map((p) => [p.name, p.kind]);

  it('are of the kind of the one that can only be that kind', () => {
    expect(
      kinds('Cholera spread in Nigeria. Neighbouring Niger and Cameroon reported cases.'),
    ).toEqual([
      ['Nigeria', 'country'],
      ['Niger', 'country'],
      ['Cameroon', 'country'],
    ]);
    expect(kinds('In Nigeria, cholera spread to the states of Jigawa and Katsina.')).toEqual([
      ['Nigeria', 'country'],
      ['Jigawa', 'region'],
      ['Katsina', 'region'],
    ]);
  });

  it('reads a name that "city" follows as the town ("Kano city")', () => {
    expect(kinds('Cases rose in the state of Kano, mostly in Kano city.')).toEqual([
      ['Kano', 'region'],
      ['Kano', 'city'],
    ]);
  });
});

describe('a name before "island"', () => {
  it('is the province the island is, but no town of that name', () => {
    const islands = gazetteerFrom([
      place('country:CN', 'China', 'country', [35, 105], 'CN', null),
      place('admin1:CN-HI', 'Hainan', 'region', [19.5, 110], 'CN', '31'),
      place('g:hn', 'Hainan', 'city', [39.7, 106.8], 'CN', '07', 500_000),
    ]);
    expect(
      parseArticle("Headline\n\nThe storm swept through China's Hainan island.", {
        gazetteer: islands,
      }).places.map((p) => [p.name, p.kind]),
    ).toEqual([
      ['China', 'country'],
      ['Hainan', 'region'],
    ]);
  });
});

describe("a name the gazetteer lacks that opens with a place's name", () => {
  it('is not that place ("the Jardin des Plantes" is no town Jardin)', () => {
    const jardin = gazetteerFrom([
      place('c:jardin', 'Jardin', 'city', [45.5, 4.91], 'FR', null, 50_000),
    ]);
    const found = placeNamesIn(jardin);
    expect(found('The parade set off near the Jardin des Plantes.')).toEqual([]);
    expect(found('The parade set off from Jardin on Friday.')).toEqual(['Jardin']);
  });

  it("reads no small town of another region into a name the story's own region lends", () => {
    const world = gazetteerFrom([
      place('country:US', 'United States', 'country', [38, -97], 'US', null),
      place('g:la', 'Los Angeles', 'city', [34.05, -118.24], 'US', 'CA', 3_900_000),
      place('g:pas', 'Pasadena', 'city', [34.15, -118.14], 'US', 'CA', 138_000),
      place('g:eaton', 'Eaton', 'city', [39.74, -84.64], 'US', 'OH', 8_000),
      place('admin1:US-OH', 'Ohio', 'region', [40.3, -82.8], 'US', 'OH'),
    ]);
    const found = placeNamesIn(world);
    expect(
      found('Fires raged in Los Angeles. The Eaton fire has scorched 13,690 acres near Pasadena.'),
    ).toEqual(['Los Angeles', 'Pasadena']);
    // (With its region named, it is the town.)
    expect(
      found('Fires raged in Los Angeles. Storms also hit Eaton, Ohio, officials said.'),
    ).toContain('Eaton');
  });

  it("reads a national capital over a namesake town a tenth its size in the story's country", () => {
    const world = gazetteerFrom([
      place('country:GB', 'United Kingdom', 'country', [54, -2], 'GB', null),
      place('country:US', 'United States', 'country', [38, -97], 'US', null),
      place('g:dc', 'Washington', 'city', [38.9, -77.04], 'US', 'DC', 689_545, true),
      place('g:gb', 'Washington', 'city', [54.9, -1.52], 'GB', 'ENG', 53_526),
      place('g:nl', 'Amsterdam', 'city', [52.37, 4.89], 'NL', '07', 741_636, true),
      place('g:ny', 'Amsterdam', 'city', [42.94, -74.19], 'US', 'NY', 18_008),
      place('admin1:US-NY', 'New York', 'region', [43, -75], 'US', 'NY'),
    ]);
    const found = (text: string) =>
      parseArticle(`Headline\n\n${text}`, { gazetteer: world }).places.map((p) => [p.name, p.lat]);
    expect(
      found('The United Kingdom has a new leader. He will travel to Washington next week.'),
    ).toContainEqual(['Washington', 38.9]);
    expect(
      found(
        'Flights were grounded in the United States, and airports in Amsterdam reported delays.',
      ),
    ).toContainEqual(['Amsterdam', 52.37]);
    // (The town's own region, named, still says which one.)
    expect(
      found('Flooding hit upstate New York, and roads in Amsterdam were closed.'),
    ).toContainEqual(['Amsterdam', 42.94]);
    // (Near the town: a region the story named paragraphs before says nothing of it.)
    const far = `Rain fell across upstate New York on Monday.\n\n${'Officials said the talks had gone well and would go on. '.repeat(8)}\n\nThe envoy will fly to Amsterdam next week.`;
    expect(found(far)).toContainEqual(['Amsterdam', 52.37]);
  });

  it('reads no small town into a landmark or outlet that shares its name', () => {
    const world = gazetteerFrom([
      place('country:FR', 'France', 'country', [46, 2], 'FR', null),
      place('country:JP', 'Japan', 'country', [36, 138], 'JP', null),
      place('g:paris', 'Paris', 'city', [48.85, 2.35], 'FR', '11', 2_138_551, true),
      alsoCalled(
        'Notre Dame',
        place('g:bond', 'Notre-Dame-de-Bondeville', 'city', [49.48, 1.05], 'FR', '28', 7_817),
      ),
      place('g:in', 'Notre Dame', 'city', [41.7, -86.24], 'US', 'IN', 5_973),
      place('g:mu', 'Notre Dame', 'village', [-20.14, 57.56], 'MU', '16', 3_959),
      place('g:asahi', 'Asahi', 'city', [35.72, 140.65], 'JP', '04', 64_690),
      place('g:dali', 'Dali', 'city', [25.58, 100.21], 'CN', '29', 235_305),
    ]);
    const found = placeNamesIn(world);
    expect(
      found('Boats sailed through Paris in France past landmarks including Notre Dame.'),
    ).toEqual(['Paris', 'France']);
    expect(found('In Japan, one passenger told the Asahi newspaper it was a miracle.')).toEqual([
      'Japan',
    ]);
    expect(found('The Singapore-flagged Dali struck the bridge in France.')).toEqual(['France']);
    // (A news agency's name needs no article: "Asahi news agency reported".)
    expect(found('Japan is ready, Asahi news agency reported.')).toEqual(['Japan']);
    // (Nor does the name of a news agency the text names in full, when it comes back alone.)
    expect(
      found('Japan is ready, the Asahi News Agency said. Japan will act, Asahi said.'),
    ).toEqual(['Japan']);
    // (Elsewhere the names still stand.)
    expect(found('The bus left Asahi in Japan and Dali in China.')).toContain('Asahi');
  });

  it("reads no country in its people's word for a language, nor in a royal's name", () => {
    const [us, kr, jp] = [
      place('country:US', 'United States', 'country', [38, -97], 'US', null),
      place('country:KR', 'South Korea', 'country', [36.5, 127.75], 'KR', null),
      place('country:JP', 'Japan', 'country', [36, 138], 'JP', null),
    ];
    const world = gazetteerFrom(
      [us, kr, jp, place('g:sofia', 'Sofia', 'city', [42.7, 23.32], 'BG', '42', 1_152_556, true)],
      [
        ['Korean', kr.entry],
        ['Japanese', jp.entry],
      ],
    );
    const found = placeNamesIn(world);
    expect(
      found(
        'The tools arrive in October in U.S. English. Korean-language media said so. She spoke in Japanese.',
      ),
    ).toEqual([]);
    expect(found('Japanese fans cheered.')).toEqual(['Japan']);
    expect(found('The queen and her daughter, Infanta Sofia, celebrated on the field.')).toEqual(
      [],
    );
  });

  it('reads a name of several words that ends in a possessive of its own ("St. John\'s")', () => {
    const world = gazetteerFrom([
      place('g:sj', "St. John's", 'city', [47.56, -52.71], 'CA', '05', 110_525),
    ]);
    const found = parseArticle(
      "Headline\n\nThe ship was 435 miles south of St. John's, Newfoundland.",
      { gazetteer: world },
    ).places.map((p) => [p.name, p.mentions.map((m) => m.text)]);
    expect(found).toEqual([["St. John's", ["St. John's"]]]);
  });

  it('reads the province a dateline style spells out after a town ("St. John\'s, Newfoundland")', () => {
    const world = gazetteerFrom([
      {
        ...place('country:US', 'United States', 'country', [38, -97], 'US', null),
        names: ['U.S.'],
      },
      place('g:sj', "St. John's", 'city', [47.56, -52.71], 'CA', 'NL', 110_525),
      place('g:sjfl', 'St. Johns', 'city', [30.08, -81.55], 'US', 'FL', 82_000),
      {
        ...place(
          'admin1:CA-NL',
          'Newfoundland and Labrador',
          'region',
          [51.28, -59.81],
          'CA',
          'NL',
        ),
        abbreviations: ['Nfld.', 'Newfoundland'],
      },
    ]);
    const found = parseArticle(
      "Headline\n\nThe U.S. Coast Guard said the ship was south of St. John's, Newfoundland.",
      { gazetteer: world },
    ).places.map((p) => [p.name, p.lat, p.mentions.map((m) => m.text)]);
    expect(found).toEqual([
      ['United States', 38, ['U.S.']],
      ["St. John's", 47.56, ["St. John's"]],
      ['Newfoundland and Labrador', 51.28, ['Newfoundland']],
    ]);
  });

  it('reads no town in a wind named after one ("the Santa Ana winds")', () => {
    const world = gazetteerFrom([
      place('g:sa', 'Santa Ana', 'city', [33.75, -117.87], 'US', 'CA', 310_227),
    ]);
    const found = placeNamesIn(world);
    expect(found('Fires were fanned by the Santa Ana winds.')).toEqual([]);
    expect(found('Fires reached Santa Ana on Monday.')).toEqual(['Santa Ana']);
  });
});

describe('a town\'s name after "the"', () => {
  it('is a river\'s before no noun of its own ("crossed the Rio Grande from El Paso")', () => {
    const world = gazetteerFrom([
      place('g:rg', 'Rio Grande', 'village', [39.01, -74.88], 'US', 'NJ', 2_670),
      place('g:ep', 'El Paso', 'city', [31.76, -106.49], 'US', 'TX', 678_815),
      place('g:se', 'Seoul', 'city', [37.57, 126.98], 'KR', '11', 10_349_312),
    ]);
    const found = placeNamesIn(world);
    expect(found('Migrants crossed the Rio Grande from El Paso.')).toEqual(['El Paso']);
    expect(found('Migrants arrived in Rio Grande on Monday.')).toEqual(['Rio Grande']);
    expect(found('The Seoul government agreed.')).toEqual(['Seoul']);
  });

  it('is the town that bears the article itself ("in The Hague", "in the Hague")', () => {
    const world = gazetteerFrom([
      place('g:th', 'The Hague', 'city', [52.08, 4.3], 'NL', '11', 474_292),
    ]);
    const found = placeNamesIn(world);
    expect(found('Talks were held in The Hague on Monday.')).toEqual(['The Hague']);
    expect(found('The court in the Hague ruled.')).toEqual(['The Hague']);
  });
});

describe('a name that is something else', () => {
  it('takes a brand spelt with a capital inside ("SoFi Stadium") for no city of that alternate name', () => {
    const world = gazetteerFrom([
      alsoCalled('Sofi', place('g:so', 'Sofia', 'city', [42.7, 23.32], 'BG', '42', 1_152_556)),
      place('g:pc', 'Pyeongchang', 'city', [37.37, 128.39], 'KR', '06', 43_666),
      place('g:in', 'Inglewood', 'city', [33.96, -118.35], 'US', 'CA', 109_419),
    ]);
    const found = placeNamesIn(world);
    expect(found('She played at SoFi Stadium in Inglewood.')).toEqual(['Inglewood']);
    expect(found('She played in Sofi on Monday.')).toHaveLength(1);
    expect(found('The PyeongChang Games open in Pyeongchang.')).toEqual(['Pyeongchang']);
  });

  it('reads "St." and "Saint" as one word of a name, and a saint\'s possessive before a name as no place', () => {
    const world = gazetteerFrom([
      place('region:US-MN', 'Minnesota', 'region', [46.2, -93.7], 'US', 'MN'),
      place('g:sp', 'Saint Paul', 'city', [44.94, -93.09], 'US', 'MN', 285_068),
      place('g:sl', 'St. Louis', 'city', [38.63, -90.2], 'US', 'MO', 315_685),
      place('g:se', 'Saint Edward', 'city', [41.57, -97.87], 'US', 'NE', 200_000),
    ]);
    const found = placeNamesIn(world);
    // (The place takes the name as the text writes it.)
    expect(found('Protests spread from Minneapolis to St. Paul, Minnesota.')).toEqual([
      'St. Paul',
      'Minnesota',
    ]);
    expect(found('Crowds gathered in Saint Louis.')).toEqual(['Saint Louis']);
    expect(found("He placed St Edward's Crown on the king's head.")).toEqual([]);
    expect(found('Floods hit St Edward on Monday.')).toEqual(['St Edward']);
  });

  it('reads a pair of capitalised words opening a sentence as the longer name the text writes elsewhere ("Credit Suisse")', () => {
    const world = gazetteerFrom([
      alsoCalled('Suisse', place('country:CH', 'Switzerland', 'country', [47, 8], 'CH', null)),
    ]);
    const found = placeNamesIn(world);
    expect(found('UBS agreed to buy Credit Suisse.\n\nCredit Suisse shares fell.')).toEqual([]);
    expect(found('Markets fell in Suisse.\n\nSuisse banks fell.')).toEqual(['Switzerland']);
  });

  it('takes a common word opening a sentence for the word where the text writes it in lower case too', () => {
    const world = gazetteerFrom([
      place('country:ES', 'Spain', 'country', [40, -4], 'ES', null),
      place('g:bc', 'Barcelona', 'city', [41.39, 2.16], 'ES', '56', 1_620_343),
      ordinaryWords(place('g:va', 'Van', 'city', [38.49, 43.38], 'TR', '65', 371_713)),
    ]);
    const found = placeNamesIn(world);
    expect(
      found('Van ploughs into crowds in Barcelona\n\nA van ploughed into crowds in Barcelona.'),
    ).toEqual(['Barcelona']);
    expect(found('Van shaken by quake\n\nA quake shook the city on Monday.')).toEqual(['Van']);
  });

  it('takes an office\'s title before "of" for no village of its name ("Secretary of State")', () => {
    const world = gazetteerFrom([
      place('region:US-MD', 'Maryland', 'region', [38.85, -77.25], 'US', 'MD'),
      place('g:se', 'Secretary', 'village', [38.61, -75.95], 'US', 'MD', 530),
    ]);
    const found = placeNamesIn(world);
    expect(
      found('The balloon led Secretary of State Antony Blinken to call off a trip, Maryland said.'),
    ).toEqual(['Maryland']);
    expect(found('Floods hit the town of Secretary, Maryland.')).toEqual(['Secretary', 'Maryland']);
  });

  it('takes a big town whose name runs on past a particle to a name the gazetteer lacks for no place ("Pescara del Tronto")', () => {
    const world = gazetteerFrom([
      place('country:IT', 'Italy', 'country', [42.83, 12.83], 'IT', null),
      place('g:pe', 'Pescara', 'city', [42.46, 14.2], 'IT', '13', 120_000),
      place('g:rj', 'Rio de Janeiro', 'city', [-22.9, -43.2], 'BR', '21', 6_000_000),
    ]);
    const found = placeNamesIn(world);
    expect(found('Rescuers reached Pescara del Tronto in Italy.')).toEqual(['Italy']);
    expect(found('Rescuers reached Pescara in Italy.')).toEqual(['Pescara', 'Italy']);
    expect(found('Floods hit Rio de Janeiro.')).toEqual(['Rio de Janeiro']);
  });

  it('leaves unplaced a town put a stated distance from another but resolved to a namesake far past it', () => {
    const world = gazetteerFrom([
      place('country:JP', 'Japan', 'country', [36, 138], 'JP', null),
      place('g:ku', 'Kumamoto', 'city', [32.81, 130.69], 'JP', '29', 740_000),
      place('g:se', 'Sendai', 'city', [38.27, 140.87], 'JP', '24', 1_096_704),
      place('g:to', 'Tokyo', 'city', [35.69, 139.69], 'JP', '40', 8_336_599),
    ]);
    const found = placeNamesIn(world);
    expect(
      found('In Japan, its Sendai nuclear plant, about 120 km south of Kumamoto, was running.'),
    ).toEqual(['Japan', 'Kumamoto']);
    expect(found('In Japan, the quake struck Sendai, about 300 km north of Tokyo.')).toEqual([
      'Japan',
      'Sendai',
      'Tokyo',
    ]);
  });

  it('takes a party to a court case for no town ("Roe v. Wade"), but keeps a country in a match', () => {
    const world = gazetteerFrom([
      place('country:US', 'United States', 'country', [39.76, -98.5], 'US', null),
      place('country:GB-ENG', 'England', 'country', [52.5, -1.5], 'GB', null),
      place('country:GB-SCT', 'Scotland', 'country', [56.5, -4], 'GB', null),
      place('g:wa', 'Wade', 'city', [30.64, -88.57], 'US', 'MS', 200_000),
    ]);
    const found = placeNamesIn(world);
    expect(found('In the United States, the court overturned Roe v. Wade.')).toEqual([
      'United States',
    ]);
    expect(found('England v. Scotland ended in a draw.')).toEqual(['England', 'Scotland']);
    expect(found('In the United States, floods hit Wade.')).toEqual(['United States', 'Wade']);
  });

  it('takes a name after "river" for no town ("the river Biala burst its banks")', () => {
    const world = gazetteerFrom([
      place('country:PL', 'Poland', 'country', [52, 20], 'PL', null),
      alsoCalled(
        'Biala',
        place('g:bb', 'Bielsko-Biala', 'city', [49.82, 19.05], 'PL', '83', 176_515),
      ),
    ]);
    const found = placeNamesIn(world);
    expect(found('In Poland, the river Biala burst its banks.')).toEqual(['Poland']);
    expect(found('In Poland, floods hit Biala.')).toContain('Bielsko-Biala');
  });

  it('takes a name given to something ("known as Rengo") for no town of a country no other name points to', () => {
    const world = gazetteerFrom([
      place('country:JP', 'Japan', 'country', [36, 138], 'JP', null),
      place('country:CL', 'Chile', 'country', [-30, -71], 'CL', null),
      place('g:re', 'Rengo', 'city', [-34.41, -70.86], 'CL', '08', 38_100),
      place('g:tk', 'Tokyo', 'city', [35.69, 139.69], 'JP', '40', 8_336_599, true),
    ]);
    const found = placeNamesIn(world);
    const story =
      'Japanese companies in Tokyo agreed to raise wages, said the union, known as Rengo.';
    expect(found(story)).toEqual(['Tokyo']);
    expect(found(`${story} Floods hit homes in Rengo.`)).toContain('Rengo');
    expect(found(`${story} Chile sent aid to Rengo.`)).toContain('Rengo');
  });

  it('takes a name a thing is named or christened for no town either ("the capsule, named Phoenix")', () => {
    const world = gazetteerFrom([
      place('country:CL', 'Chile', 'country', [-30, -71], 'CL', null),
      place('g:co', 'Copiapo', 'city', [-27.37, -70.33], 'CL', '03', 129_280),
      place('g:ph', 'Phoenix', 'city', [33.45, -112.07], 'US', 'AZ', 1_608_139),
    ]);
    const found = placeNamesIn(world);
    expect(found('Each miner rode the capsule, named Phoenix, near Copiapo.')).toEqual(['Copiapo']);
    expect(found('The capsule was christened Phoenix in Chile.')).toEqual(['Chile']);
  });
});

describe('a small town of several words', () => {
  it('is no place where its name opens a longer one after "the", or in a story that never names its country ("the Casa Santa Marta hotel")', () => {
    const world = gazetteerFrom([
      place('g:cs', 'Casa Santa', 'village', [38.03, 12.55], 'IT', '15', 1_200),
      place('country:IT', 'Italy', 'country', [42.83, 12.83], 'IT', null),
    ]);
    const found = placeNamesIn(world);
    expect(found('Francis lived at the Casa Santa Marta hotel.')).toEqual([]);
    expect(found('Francis lived at Casa Santa Marta in Italy.')).toEqual(['Casa Santa', 'Italy']);
    expect(found('Floods hit homes in Casa Santa on Monday.')).toEqual(['Casa Santa']);
    // (After "the", a building's name, in a story about Italy too.)
    expect(found('Francis lived at the Casa Santa Marta hotel in Italy.')).toEqual(['Italy']);
  });
});

describe("a town after a country's possessive", () => {
  it('is a town of that country, not a namesake elsewhere ("Japan\'s Noto peninsula")', () => {
    const world = gazetteerFrom([
      place('country:JP', 'Japan', 'country', [36, 138], 'JP', null),
      place('g:no', 'Noto', 'city', [36.89, 15.07], 'IT', '15', 18_421),
    ]);
    const found = placeNamesIn(world);
    expect(found("A quake hit Japan's Noto on Monday.")).toEqual(['Japan']);
    expect(found('A quake struck near Noto, in Sicily.')).toEqual(['Noto']);
  });
});

describe('a small town the text puts nowhere', () => {
  it('is no place in a country no other name points to ("the El Nino weather pattern")', () => {
    const world = gazetteerFrom([
      place('g:en', 'El Nino', 'city', [32.51, -116.79], 'MX', '02', 8_999),
      place('country:BR', 'Brazil', 'country', [-10, -55], 'BR', null),
      place('country:MX', 'Mexico', 'country', [23, -102], 'MX', null),
    ]);
    const found = placeNamesIn(world);
    expect(found('Floods in Brazil were made more likely by the El Nino weather pattern.')).toEqual(
      ['Brazil'],
    );
    expect(found('Mexico sent aid after El Nino was flooded.')).toEqual(['Mexico', 'El Nino']);
  });
});

describe('a small town\'s name after "the" and before a verb', () => {
  it('is a craft\'s or a thing\'s name ("The Costa Concordia hit a rock")', () => {
    const world = gazetteerFrom([
      alsoCalled(
        'Concordia',
        place('g:cs', 'Concordia Sagittaria', 'city', [45.76, 12.82], 'IT', '20', 10_500),
      ),
      place('country:IT', 'Italy', 'country', [42.83, 12.83], 'IT', null),
    ]);
    const found = placeNamesIn(world);
    expect(
      found(
        'A ship ran aground off Italy. The Costa Concordia hit a rock. The Concordia had left port.',
      ),
    ).toEqual(['Italy']);
    expect(found('Floods hit Concordia in Italy.')).toEqual(['Concordia Sagittaria', 'Italy']);
  });
});

describe('a name before "county" or "district"', () => {
  it('is the area of that name, not a bigger town elsewhere ("Goseong county" in a story of Gangwon)', () => {
    const world = gazetteerFrom([
      place('g:goseong', 'Goseong', 'city', [34.98, 128.32], 'KR', '20', 26_704),
      place('csc:goseong', 'Goseong', 'admin', [38.38, 128.47], 'KR', '06'),
      place('admin1:KR-42', 'Gangwon', 'region', [37.78, 128.19], 'KR', '06'),
      place('country:KR', 'South Korea', 'country', [36.5, 127.75], 'KR', null),
    ]);
    const at = (text: string) =>
      parseArticle(`Headline\n\n${text}`, { gazetteer: world }).places.map((p) => [p.name, p.kind]);
    expect(
      at('A wildfire swept Gangwon province. The blaze started in Goseong county on Thursday.'),
    ).toEqual([
      ['Gangwon', 'region'],
      ['Goseong', 'admin'],
    ]);
    // (Without the word, the town.)
    expect(at('Floods hit Goseong in South Korea.')).toEqual([
      ['Goseong', 'city'],
      ['South Korea', 'country'],
    ]);
  });
});

describe('a name that makes things', () => {
  it('is a maker, no town ("Toyota suspended production at its plants")', () => {
    const world = gazetteerFrom([
      place('g:toyota', 'Toyota', 'city', [35.08, 137.15], 'JP', '23', 420_000),
      place('country:JP', 'Japan', 'country', [36, 138], 'JP', null),
    ]);
    const found = placeNamesIn(world);
    expect(found('Toyota suspended production at all 14 of its plants in Japan.')).toEqual([
      'Japan',
    ]);
    expect(found('Floods hit Toyota in Japan.')).toEqual(['Toyota', 'Japan']);
    // (So is one that says it did: "Toyota said on Thursday that it had halted production".)
    expect(
      found('Toyota said on Thursday that it had halted production at two plants in Japan.'),
    ).toEqual(['Japan']);
  });
});

describe("a feature a people's word puts in a country", () => {
  it('is no namesake elsewhere ("the Indonesian island of Flores" is not Uruguay\'s Flores)', () => {
    const indonesia = place('country:ID', 'Indonesia', 'country', [-5, 120], 'ID', null);
    const libya = place('country:LY', 'Libya', 'country', [28, 17], 'LY', null);
    const world = gazetteerFrom(
      [
        place('g:flores-uy', 'Flores', 'region', [-33.57, -56.89], 'UY', '07', 25_000),
        place('g:derna', 'Derna', 'city', [32.77, 22.64], 'LY', '01', 100_000),
        indonesia,
        libya,
      ],
      [
        ['Indonesian', indonesia.entry],
        ['Libyan', libya.entry],
      ],
    );
    const found = placeNamesIn(world);
    expect(found('A volcano on the Indonesian island of Flores erupted.')).toEqual(['Indonesia']);
    expect(found('Floods hit the eastern Libyan city of Derna.')).toEqual(['Libya', 'Derna']);
  });
});

describe("a small town a people's word puts in a country the story names nowhere else", () => {
  it('is that town, though the story is about another country ("a boat from Libya capsized off the Italian island of Lampedusa")', () => {
    const italy = place('country:IT', 'Italy', 'country', [42.8, 12.8], 'IT', null);
    const libya = place('country:LY', 'Libya', 'country', [28, 17], 'LY', null);
    const world = gazetteerFrom(
      [place('g:lamp', 'Lampedusa', 'city', [35.5, 12.61], 'IT', '15', 4_065), italy, libya],
      [
        ['Italian', italy.entry],
        ['Libyan', libya.entry],
      ],
    );
    expect(
      placeNamesIn(world)(
        'Boat sinks off Lampedusa\n\nA boat from Libya capsized off the Italian island of Lampedusa on Thursday.',
      ),
    ).toEqual(['Lampedusa', 'Libya', 'Italy']);
  });
});

describe('a name with an article or particle inside it', () => {
  const world = gazetteerFrom([
    place('country:EG', 'Egypt', 'country', [27, 30], 'EG', null),
    place('g:sharm', 'Sharm el-Sheikh', 'city', [27.92, 34.33], 'EG', '14', 12_000),
    place('g:dar', 'Dar es Salaam', 'city', [-6.82, 39.27], 'TZ', '23', 5_383_728),
  ]);
  it('reads "Sharm el-Sheikh" and "Dar es Salaam" whole, and places an occurrence there', () => {
    const story = parseArticle(
      'Headline\n\nTrump will travel to Egypt for a signing ceremony in Sharm el-Sheikh on Monday. Talks in Dar es Salaam ended on Friday.',
      { gazetteer: world, published: '2025-10-10' },
    );
    expect(story.places.map((p) => [p.name, p.mentions.map((m) => m.text)])).toEqual([
      ['Egypt', ['Egypt']],
      ['Sharm el-Sheikh', ['Sharm el-Sheikh']],
      ['Dar es Salaam', ['Dar es Salaam']],
    ]);
    expect(story.events.map((e) => [e.headline, e.places])).toEqual([
      ['Ceremony in Sharm el-Sheikh', ['egypt', 'sharm-el-sheikh']],
      ['Talks in Dar es Salaam ended on Friday', ['dar-es-salaam']],
    ]);
  });
});

describe('a dateline written with a spaced hyphen', () => {
  it('ends before the news, whose first name is a place of its own ("LONDON - Liverpool won")', () => {
    const world = gazetteerFrom([
      place('g:7', 'London', 'city', [51.51, -0.13], 'GB', 'ENG', 8_961_989),
      place('g:lpl', 'Liverpool', 'city', [53.41, -2.98], 'GB', 'ENG', 864_122),
    ]);
    expect(placeNamesIn(world)('LONDON - Liverpool clinched the title on Sunday.')).toEqual([
      'London',
      'Liverpool',
    ]);
  });
});

describe('what the words around a name say of its country or kind', () => {
  const world = gazetteerFrom([
    place('country:ID', 'Indonesia', 'country', [-5, 120], 'ID', null),
    place('admin1:UY-FD', 'Flores', 'region', [-33.57, -56.89], 'UY', 'FD'),
    place('country:IR', 'Iran', 'country', [32, 53], 'IR', null),
    place('admin1:IR-23', 'Tehran', 'region', [35.55, 51.87], 'IR', '26'),
    { ...place('g:thr', 'Tehran', 'city', [35.69, 51.42], 'IR', '26', 7_153_309, true) },
    place('country:CA', 'Canada', 'country', [60, -95], 'CA', null),
    place('admin1:CA-QC', 'Quebec', 'region', [53.6, -69], 'CA', '10'),
    place('g:qc', 'Quebec', 'city', [46.81, -71.21], 'CA', '10', 531_902),
    place('g:gat', 'Gatineau', 'city', [45.48, -75.7], 'CA', '10', 242_124),
  ]);
  const kinds = (text: string) =>
    parseArticle(`Headline\n\n${text}`, { gazetteer: world }).places.map(
      (p) => `${p.name}:${p.kind}`,
    );
  it('places no name a country owns in another country ("Indonesia\'s Flores island")', () => {
    expect(kinds("A volcano erupted on Indonesia's Flores island.")).toEqual(['Indonesia:country']);
  });
  it('reads "state" before "media" as no region\'s word ("Tehran and Iranian state media")', () => {
    expect(kinds('Blasts were heard in Tehran and Iranian state media said so.')).toEqual([
      'Tehran:city',
    ]);
  });
  it('reads no common word as a village whose name is that word with an article ("The Plains")', () => {
    const plains = gazetteerFrom([
      {
        ...place('g:plains', 'The Plains', 'village', [39.37, -82.13], 'US', 'OH', 3_000),
        entry: {
          ...place('g:plains', 'The Plains', 'village', [39.37, -82.13], 'US', 'OH', 3_000).entry,
          commonWord: true,
        },
      },
      place('country:US', 'United States', 'country', [38, -97], 'US', null),
    ]);
    expect(
      placeNamesIn(plains)(
        'Storms hit the United States. More storms were forecast for the southern Plains.',
      ),
    ).toEqual(['United States']);
  });
  it('reads the area after a town and a comma as the province that holds it ("Gatineau, Quebec")', () => {
    expect(kinds('He launched his campaign in Gatineau, Quebec, on Sunday.')).toEqual([
      'Gatineau:city',
      'Quebec:region',
    ]);
  });
});

describe('another name of a foreign town after a capitalised word', () => {
  it('is a word of that longer name ("the band Agua Marina" is not Moscow\'s Mar\'ino)', () => {
    const gazetteer = gazetteerFrom([
      place('lima', 'Lima', 'city', [-12.04, -77.03], 'PE', '15', 8_000_000, true),
      {
        ...place('marino', 'Mar’ino', 'city', [55.65, 37.72], 'RU', '48', 243_000),
        alternates: ['Marina'],
      },
    ]);
    const { places } = parseArticle(
      'Headline\n\nGunmen opened fire on a concert in Lima, wounding members of the band Agua Marina.',
      { published: '2025-10-10', gazetteer },
    );
    expect(places.map((p) => p.name)).toEqual(['Lima']);
  });
});

describe("a far country's region that opens a longer name", () => {
  it('is a coincidence in a story about another country ("La Libertad Avanza won" in Argentina)', () => {
    const gazetteer = gazetteerFrom([
      place('ar', 'Argentina', 'country', [-34, -64], 'AR', null),
      place('ba', 'Buenos Aires', 'city', [-34.61, -58.38], 'AR', '07', 3_000_000, true),
      place('lal', 'La Libertad', 'region', [-7.98, -78.44], 'PE', '13'),
    ]);
    const { places } = parseArticle(
      'Headline\n\nArgentina voted on Sunday. La Libertad Avanza beat the opposition in Buenos Aires, where turnout in Argentina was high.',
      { published: '2025-10-27', gazetteer },
    );
    expect(places.map((p) => p.name)).toEqual(['Argentina', 'Buenos Aires']);
  });
});

describe("a town's name that opens a sentence", () => {
  const world = gazetteerFrom([
    place('kr', 'South Korea', 'country', [36.5, 127.75], 'KR', null),
    place('seosan', 'Seosan', 'city', [36.78, 126.45], 'KR', '17', 74_208),
  ]);
  const found = (text: string) =>
    parseArticle(`Headline\n\n${text}`, { published: '2025-07-19', gazetteer: world }).places.map(
      (p) => p.name,
    );
  it('is that town where the text calls it one after it ("Seosan, a city on the west coast,")', () => {
    expect(
      found('Seosan, a city on the west coast, recorded 419 mm of rain in South Korea.'),
    ).toEqual(['Seosan', 'South Korea']);
  });
  it('needs more where nothing says so, as any small name opening a sentence does', () => {
    expect(found('Seosan recorded 419 mm of rain in South Korea.')).toEqual(['South Korea']);
  });
});

describe('a town a club is named for', () => {
  const world = gazetteerFrom([
    place('gb', 'United Kingdom', 'country', [54, -2], 'GB', null),
    place('london', 'London', 'city', [51.51, -0.13], 'GB', 'ENG', 8_900_000, true),
    place('tottenham', 'Tottenham', 'city', [51.6, -0.07], 'GB', 'ENG', 129_000),
    place('texas', 'Texas', 'region', [31.16, -100.11], 'US', 'TX'),
  ]);
  it('is the club where the text writes it alone, but the town after a preposition of place', () => {
    const { places } = parseArticle(
      'Headline\n\nTottenham Hotspur won the final on Wednesday. Fans cheered as Tottenham paraded the trophy through London on Friday. Fans celebrated in Tottenham.',
      { published: '2025-05-21', gazetteer: world },
    );
    expect(places.map((p) => [p.name, p.mentions.map((m) => m.text)])).toEqual([
      ['London', ['London']],
      ['Tottenham', ['Tottenham']],
    ]);
  });
  it('leaves a region a club is named for the region ("Texas Rangers ... Texas officials")', () => {
    const { places } = parseArticle(
      'Headline\n\nTexas Rangers investigated the shooting. Later, Texas officials said the gunman acted alone.',
      { published: '2025-05-21', gazetteer: world },
    );
    expect(places.map((p) => p.name)).toEqual(['Texas']);
  });
  it('is no place in a club named for a saint after it ("Paris St Germain", "Paris Saint-Germain")', () => {
    // (A name that is a city's and a region's, as Paris is, which the rule for a club's town
    // written alone leaves to the region.)
    const paris = gazetteerFrom([
      place('paris', 'Paris', 'city', [48.85, 2.35], 'FR', '11', 2_100_000, true),
      place('paris-dept', 'Paris', 'region', [48.86, 2.34], 'FR', '11'),
    ]);
    for (const club of ['Paris St Germain', 'Paris Saint-Germain']) {
      const { places } = parseArticle(`Headline\n\n${club} beat Inter Milan 5-0.`, {
        published: '2025-05-21',
        gazetteer: paris,
      });
      expect(places).toEqual([]);
    }
  });
});

describe('a name that opens a longer place name the story holds', () => {
  const world = gazetteerFrom([
    place('country:JP', 'Japan', 'country', [36, 138], 'JP', null),
    place('country:IT', 'Italy', 'country', [42.8, 12.8], 'IT', null),
    place('curated:noto', 'Noto Peninsula', 'region', [37.2, 136.9], 'JP', null),
    place('g:no', 'Noto', 'city', [36.89, 15.07], 'IT', '15', 18_421),
  ]);
  const mentionsIn = (text: string) =>
    parseArticle(`Headline\n\n${text}`, { gazetteer: world }).places.map((p) => [
      p.name,
      p.mentions.map((m) => m.text),
    ]);

  it('is that place where its own reading lies in a country nothing else points to ("flights to Noto airport")', () => {
    expect(
      mentionsIn(
        'A quake struck the Noto Peninsula in Japan. Airlines cancelled flights to Noto airport.',
      ),
    ).toEqual([
      ['Noto Peninsula', ['Noto Peninsula', 'Noto']],
      ['Japan', ['Japan']],
    ]);
  });

  it('keeps its own reading where the story points to that country too', () => {
    expect(
      mentionsIn('Tourists left the Noto Peninsula in Japan for Italy. They flew to Noto.'),
    ).toEqual([
      ['Noto Peninsula', ['Noto Peninsula']],
      ['Japan', ['Japan']],
      ['Italy', ['Italy']],
      ['Noto', ['Noto']],
    ]);
  });

  it('is not an article that opens it ("Al Ain ... Dubai\'s Al Barsha district")', () => {
    const arab = gazetteerFrom([
      place('country:AE', 'United Arab Emirates', 'country', [24, 54], 'AE', null),
      place('g:ain', 'Al Ain', 'city', [24.19, 55.76], 'AE', '01', 408_733),
      place('g:dxb', 'Dubai', 'city', [25.08, 55.31], 'AE', '03', 1_137_347),
      place('g:al', 'Ål', 'village', [60.63, 8.56], 'NO', '30', 2_278),
    ]);
    expect(
      parseArticle(
        "Headline\n\nRain fell on Al Ain in the United Arab Emirates. Water rose in Dubai's Al Barsha district.",
        { gazetteer: arab },
      ).places.map((p) => [p.name, p.mentions.map((m) => m.text)]),
    ).toEqual([
      ['Al Ain', ['Al Ain']],
      ['United Arab Emirates', ['United Arab Emirates']],
      ['Dubai', ['Dubai']],
    ]);
  });

  it('is the town whose name it opens by hyphens and a joining word ("Rostov-on-Don ... Residents of Rostov")', () => {
    const russia = gazetteerFrom([
      place('country:RU', 'Russia', 'country', [60, 100], 'RU', null),
      place('g:msk', 'Moscow', 'city', [55.75, 37.62], 'RU', '48', 10_381_222, true),
      place('g:rnd', 'Rostov-on-Don', 'city', [47.23, 39.72], 'RU', '61', 1_074_482),
      alsoCalled('Rostov', place('a:ro', 'Rostov Oblast', 'region', [47.9, 41.21], 'RU', '61')),
    ]);
    expect(
      parseArticle(
        'Headline\n\nFighters left Moscow for Rostov-on-Don in Russia. Residents of Rostov cheered.',
        { gazetteer: russia },
      ).places.map((p) => [p.name, p.mentions.map((m) => m.text)]),
    ).toEqual([
      ['Moscow', ['Moscow']],
      ['Rostov-on-Don', ['Rostov-on-Don', 'Rostov']],
      ['Russia', ['Russia']],
    ]);
  });
});

describe('a name the text calls a part of a town', () => {
  it('is no namesake town in a country nothing else points to ("Villa Independencia, a neighbourhood")', () => {
    const world = gazetteerFrom([
      place('country:CL', 'Chile', 'country', [-30, -71], 'CL', null),
      place('g:vm', 'Vina del Mar', 'city', [-33.02, -71.55], 'CL', '01', 294_551),
      place('g:vi', 'Villa Independencia', 'city', [20.06, -97.05], 'MX', '30', 15_297),
    ]);
    const found = placeNamesIn(world);
    expect(
      found(
        'Fires in Chile razed Villa Independencia, a neighbourhood on the eastern edge of Vina del Mar.',
      ),
    ).toEqual(['Chile', 'Vina del Mar']);
    const mexican = placeNamesIn(
      gazetteerFrom([
        place('country:MX', 'Mexico', 'country', [23, -102], 'MX', null),
        place('g:vi', 'Villa Independencia', 'city', [20.06, -97.05], 'MX', '30', 15_297),
      ]),
    );
    expect(
      mexican(
        'Fires in Mexico razed Villa Independencia, a neighbourhood on the edge of the city.',
      ),
    ).toEqual(['Mexico', 'Villa Independencia']);
  });
});

describe('a feast news dates things by', () => {
  it('is no town of its name ("returning from Christmas holidays"), while an island named for it is a place', () => {
    const world = gazetteerFrom([
      place('country:TH', 'Thailand', 'country', [15.5, 101], 'TH', null),
      place('g:xm', 'Christmas', 'city', [28.54, -81.02], 'US', 'FL', 1_146),
      place('g:ci', 'Christmas Island', 'region', [-10.49, 105.62], 'CX', null, 1_500),
      place('g:ea', 'Easter', 'city', [35.1, -101.9], 'US', 'TX', 600),
    ]);
    const found = placeNamesIn(world);
    expect(
      found('Most passengers were returning from Christmas holidays in Thailand over Easter.'),
    ).toEqual(['Thailand']);
    expect(found('Boats reached Christmas Island on Monday.')).toEqual(['Christmas Island']);
  });
});

describe('a town before the word of a road', () => {
  it('names the road, not the town ("Paulista Avenue" is in Sao Paulo), while a station keeps its city', () => {
    const world = gazetteerFrom([
      place('country:BR', 'Brazil', 'country', [-10, -55], 'BR', null),
      place('g:sp', 'Sao Paulo', 'city', [-23.55, -46.64], 'BR', '27', 10_021_295),
      place('g:pa', 'Paulista', 'city', [-7.94, -34.87], 'BR', '30', 300_466),
      place('g:se', 'Seoul', 'city', [37.57, 126.98], 'KR', '11', 10_349_312, true),
    ]);
    const found = placeNamesIn(world);
    expect(found('Thousands celebrated on Paulista Avenue in Sao Paulo.')).toEqual(['Sao Paulo']);
    expect(found('Crowds filled Seoul Station.')).toEqual(['Seoul']);
  });
});

describe('a name after the particle of a surname', () => {
  it('is part of that surname ("Randy delos Santos", "Jose Eduardo dos Santos"), not a town; a country keeps its name ("Universidad de Chile")', () => {
    const world = gazetteerFrom([
      place('country:BR', 'Brazil', 'country', [-10, -55], 'BR', null),
      place('country:CL', 'Chile', 'country', [-30, -71], 'CL', null),
      place('g:santos', 'Santos', 'city', [-23.96, -46.33], 'BR', '27', 433_966),
      place('g:qc', 'Quezon City', 'city', [14.65, 121.05], 'PH', '00', 2_936_116),
    ]);
    const found = placeNamesIn(world);
    expect(
      found(
        'Families gathered in Quezon City. "We waited nine years," said Randy delos Santos. Angola\'s Jose Eduardo dos Santos ruled for decades.',
      ),
    ).toEqual(['Quezon City']);
    expect(found('She studied at the Universidad de Chile before moving to Santos.')).toEqual([
      'Chile',
      'Santos',
    ]);
  });
});

describe("a country's other name after another capitalised word", () => {
  it('is a word of a longer name ("the Copa America", "Captain America"), while the country\'s own name and a region\'s stay', () => {
    const found = placeNamesIn(smallGazetteer);
    expect(
      found('Argentina won the Copa America in Miami. The next Copa America is in 2028.'),
    ).not.toContain('United States');
    expect(found('Tourists from America and the United States came.')).toContain('United States');
  });
});

describe("a people's word two countries share", () => {
  const cg = place('country:CG', 'Republic of the Congo', 'country', [-1, 15], 'CG', null);
  const cd = place('country:CD', 'DR Congo', 'country', [-2.5, 23.5], 'CD', null);
  const world = gazetteerFrom(
    [cg, { ...cd, names: ['DR Congo', 'Democratic Republic of Congo', 'Congo'] }],
    [
      ['Congolese', cd.entry],
      ['Congolese', cg.entry],
    ],
  );
  const found = (text: string) =>
    parseArticle(`Headline\n\n${text}`, { gazetteer: world }).places.map((p) => [
      p.name,
      p.demonyms.map((d) => d.text),
    ]);

  it('is the one the story names ("Congolese soldiers" in a story about the Democratic Republic of Congo)', () => {
    expect(
      found('Rebels took Goma in eastern Congo. Hundreds of Congolese soldiers surrendered.'),
    ).toEqual([['DR Congo', ['Congolese']]]);
  });

  it('is the last listed where the story names neither', () => {
    expect(found('Hundreds of Congolese soldiers surrendered.')).toEqual([
      ['Republic of the Congo', ['Congolese']],
    ]);
  });
});

describe('a country name two countries share, after a town', () => {
  it('is the one that holds the town ("Goma in eastern Congo")', () => {
    const world = gazetteerFrom([
      {
        ...place('country:CG', 'Republic of the Congo', 'country', [-1, 15], 'CG', null),
        names: ['Republic of the Congo', 'Congo'],
      },
      {
        ...place('country:CD', 'DR Congo', 'country', [-2.5, 23.5], 'CD', null),
        names: ['DR Congo', 'Congo'],
      },
      place('g:goma', 'Goma', 'city', [-1.67, 29.23], 'CD', '11', 144_124),
    ]);
    expect(placeNamesIn(world)('Rebels took Goma in eastern Congo.')).toEqual(['Goma', 'DR Congo']);
  });
});

describe("a part of a continent's people's word before a word for a country", () => {
  it('tells where a country lies ("the oil-producing Central African nation"), not a country of that people', () => {
    const car = place('country:CF', 'Central African Republic', 'country', [7, 21], 'CF', null);
    const world = gazetteerFrom([car], [['Central African', car.entry]]);
    const found = (text: string) =>
      parseArticle(`Headline\n\n${text}`, { gazetteer: world }).places.map((p) => p.name);
    expect(
      found('The Bongo family has ruled the oil-producing Central African nation for decades.'),
    ).toEqual([]);
    expect(found('Central African troops crossed the border.')).toEqual([
      'Central African Republic',
    ]);
  });
});

describe("a town's name after a capitalised word that names no place", () => {
  it('is a surname or a word of a longer name ("Grover Cleveland"), not in a title-case headline', () => {
    const names = (text: string) =>
      parseArticle(text, {
        published: '2018-01-09',
        gazetteer: smallGazetteer,
      }).places.map((p) => p.name);
    expect(names('Headline\n\nHe is the first since Grover Atlanta to win two terms.')).toEqual([]);
    expect(names('Floods Hit Atlanta\n\nRain fell all day.')).toEqual(['Atlanta']);
    expect(names('Headline\n\nFlights from Downtown Atlanta resumed.')).toEqual(['Atlanta']);
  });
});

describe("a planet's name", () => {
  const world = gazetteerFrom([
    place('t:jupiter', 'Jupiter', 'city', [26.93, -80.09], 'US', 'FL', 60_000),
  ]);
  const names = placeNamesIn(world);
  it('is no town where space is told of ("a journey to Jupiter", "Jupiter\'s moon")', () => {
    expect(names('NASA launched its probe on Monday on a journey to Jupiter.')).toEqual([]);
  });
  it('is the town elsewhere ("The golfer lives in Jupiter")', () => {
    expect(names('The golfer lives in Jupiter with his family.')).toEqual(['Jupiter']);
  });
});

describe('a small town\'s name before "bridge"', () => {
  const world = gazetteerFrom([
    place('t:austerlitz', 'Austerlitz', 'village', [52.08, 5.32], 'NL', 'UT', 1_500),
  ]);
  it('names the bridge, not the town ("from the Austerlitz bridge")', () => {
    expect(placeNamesIn(world)('The parade ran from the Austerlitz bridge to the tower.')).toEqual(
      [],
    );
  });
});

describe("a building's word after a saint's name", () => {
  it('is no village of that name ("a vigil at the town\'s St. Luke\'s Church", in a story about England)', () => {
    const world = gazetteerFrom([
      place('region:GB-ENG', 'England', 'region', [52.5, -1.5], 'GB', 'ENG'),
      ordinaryWords(place('church', 'Church', 'village', [53.75, -2.39], 'GB', 'ENG', 4_000)),
    ]);
    expect(
      placeNamesIn(world)(
        "Two children were killed in England. A vigil will be held at the town's St. Luke's Church on Tuesday evening.",
      ),
    ).toEqual(['England']);
  });
});

describe('a people\'s word before "Quarter"', () => {
  it('names a district, not the country ("devices were found in the French Quarter")', () => {
    const france = place('country:FR', 'France', 'country', [46, 2], 'FR', null);
    const world = gazetteerFrom([france], [['French', france.entry]]);
    expect(
      parseArticle('Headline\n\nPossible explosive devices were found in the French Quarter.', {
        gazetteer: world,
      }).places,
    ).toEqual([]);
    expect(
      parseArticle('Headline\n\nFrench troops arrived on Monday.', { gazetteer: world }).places.map(
        (p) => p.name,
      ),
    ).toEqual(['France']);
  });
});

describe('a gate named after a town', () => {
  it('puts no region of that name on the map ("near the Brandenburg Gate")', () => {
    const world = gazetteerFrom([
      place('admin1:DE-BB', 'Brandenburg', 'region', [52.4, 13.1], 'DE', 'BB'),
      place('g:berlin', 'Berlin', 'city', [52.52, 13.41], 'DE', 'BE', 3_426_354, true),
    ]);
    expect(
      placeNamesIn(world)('Crowds danced on the wall near the Brandenburg Gate in Berlin.'),
    ).toEqual(['Berlin']);
  });
});

describe("a dateline's town qualified by its area", () => {
  it('is the town its name means where the text names it again ("VANCOUVER, Wash. ... Vancouver!")', () => {
    const world = gazetteerFrom([
      {
        ...place('admin1:US-WA', 'Washington', 'region', [47.3, -120.8], 'US', 'WA'),
        abbreviations: ['Wash.'],
      },
      place('g:van-wa', 'Vancouver', 'city', [45.64, -122.66], 'US', 'WA', 183_000),
      place('g:van-bc', 'Vancouver', 'city', [49.25, -123.12], 'CA', 'BC', 600_000),
    ]);
    const found = parseArticle(
      'Volcano erupts\n\nVANCOUVER, Wash. (AP) - The mountain exploded on Sunday.\n\n"Vancouver! Vancouver! This is it!" the scientist radioed.',
      { gazetteer: world },
    ).places;
    expect(
      found.filter((p) => p.name === 'Vancouver').map((p) => [p.lat, p.mentions.length]),
    ).toEqual([[45.64, 3]]);
  });
});
