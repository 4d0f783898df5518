/**
 * Node-only: the bounding box of each country from Natural Earth 1:50m (world-atlas), used to
 * throw out gazetteer records whose coordinates lie in another country.
 */
import { createRequire } from 'node:module';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

const require = createRequire(import.meta.url);

import type { Box } from './basemap.ts';

export type { Box };

/** A box that holds nothing yet: the first point extended into it becomes the box. */
export function emptyBox(): Box {
  return { south: 90, west: 180, north: -90, east: -180 };
}

/** Grows `box` in place to hold the point. */
export function extendBox(box: Box, lat: number, lon: number): void {
  box.south = Math.min(box.south, lat);
  box.north = Math.max(box.north, lat);
  box.west = Math.min(box.west, lon);
  box.east = Math.max(box.east, lon);
}

/** Boxes by ISO 3166-1 alpha-2 code; a country made of several features gets their union. */
export function countryBoxes(): Map<string, Box> {
  const topo = require('world-atlas/countries-50m.json') as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  const countries = feature(topo, topo.objects.countries) as FeatureCollection<
    Polygon | MultiPolygon,
    { name: string }
  >;
  const alpha2 = new Map(
    (require('world-countries') as Array<{ ccn3: string; cca2: string }>).map((c) => [
      c.ccn3,
      c.cca2,
    ]),
  );
  const out = new Map<string, Box>();
  for (const f of countries.features) {
    const code = alpha2.get(String(f.id));
    if (!code || !f.geometry) continue;
    const box = out.get(code) ?? emptyBox();
    const polygons =
      f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const poly of polygons) {
      for (const [lon = 0, lat = 0] of poly[0] ?? []) {
        extendBox(box, lat, lon);
      }
    }
    out.set(code, box);
  }
  return out;
}
