import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/build/load-gazetteer.ts';
import { type GazetteerEntry, nameKey } from '../../src/parser/gazetteer/gazetteer.ts';

const gazetteer = loadGazetteer();
const first = (name: string, kind: GazetteerEntry['kind'], country: string) =>
  gazetteer
    .lookup(nameKey(name))
    .map((m) => m.entry)
    .find((e) => e.kind === kind && e.country === country);

describe('the gazetteer built from the packaged data sets', () => {
  it('numbers regions the way GeoNames numbers their towns, so a town knows its region', () => {
    for (const [region, town, country] of [
      ['Ontario', 'Toronto', 'CA'],
      ['New South Wales', 'Sydney', 'AU'],
      ['Ohio', 'Columbus', 'US'],
      ['Gangwon', 'Chuncheon', 'KR'],
    ] as const) {
      const r = first(region, 'region', country);
      expect(r?.admin1).toBeTruthy();
      const towns = gazetteer.lookup(nameKey(town)).map((m) => m.entry);
      expect(towns.filter((t) => t.country === country).map((t) => t.admin1)).toContain(r?.admin1);
    }
  });

  it('places a region whose source record lies in another country at its seat', () => {
    // country-state-city puts Hunan in Oklahoma and Lazio in Quebec.
    expect(first('Hunan', 'region', 'CN')).toMatchObject({
      lat: expect.closeTo(28.2, 0),
      lon: expect.closeTo(113, 0),
    });
    expect(first('Lazio', 'region', 'IT')).toMatchObject({
      lat: expect.closeTo(41.9, 0),
      lon: expect.closeTo(12.5, 0),
    });
  });

  it('reads the same places from its cache as it builds fresh', () => {
    const fresh = loadGazetteer({ cache: false });
    for (const name of ['Seoul', 'Pyeongchang', 'Birmingham', 'Ontario', 'Georgia', 'Panmunjom'])
      expect(gazetteer.lookup(nameKey(name))).toEqual(fresh.lookup(nameKey(name)));
    expect(gazetteer.demonym(nameKey('Chinese'))).toEqual(fresh.demonym(nameKey('Chinese')));
  });

  it('knows a republic by its name alone ("Crimea", "Dagestan")', () => {
    expect(first('Crimea', 'region', 'UA')?.name).toBe('Autonomous Republic of Crimea');
    expect(first('Dagestan', 'region', 'RU')?.name).toBe('Republic of Dagestan');
  });
});
