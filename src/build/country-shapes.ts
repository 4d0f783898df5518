/**
 * Node-only: the bounding box of each country from Natural Earth 1:50m (world-atlas), used to
 * throw out gazetteer records whose coordinates lie in another country.
 */
import { createRequire } from 'node:module';
import { geoArea, geoCentroid } from 'd3-geo';
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

type Ring = Array<[number, number] | number[]>;

let cachedRings: Map<string, Ring[]> | undefined;

/**
 * Each country's outer rings (lon, lat) by ISO 3166-1 alpha-2 code, from Natural Earth 1:50m;
 * read once, as both the boxes and the centres need them.
 */
function countryRings(): Map<string, Ring[]> {
  cachedRings ??= readCountryRings();
  return cachedRings;
}

function readCountryRings(): Map<string, Ring[]> {
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
  const out = new Map<string, Ring[]>();
  for (const f of countries.features) {
    const code = alpha2.get(String(f.id));
    if (!code || !f.geometry) continue;
    const polygons =
      f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    const rings = out.get(code) ?? [];
    for (const poly of polygons) if (poly[0]) rings.push(poly[0]);
    out.set(code, rings);
  }
  return out;
}

/** Boxes by ISO 3166-1 alpha-2 code; a country made of several features gets their union. */
export function countryBoxes(): Map<string, Box> {
  const out = new Map<string, Box>();
  for (const [code, rings] of countryRings()) {
    const box = emptyBox();
    for (const ring of rings) for (const [lon = 0, lat = 0] of ring) extendBox(box, lat, lon);
    out.set(code, box);
  }
  return out;
}

/**
 * The centre of each country's largest landmass (the contiguous US, not Alaska; mainland
 * Canada): a yardstick for choosing between published country points, some of which sit at
 * the capital or in a far province.
 */
export function mainlandCentres(): Map<string, { lat: number; lon: number }> {
  const out = new Map<string, { lat: number; lon: number }>();
  for (const [code, rings] of countryRings()) {
    let largest: Ring | undefined;
    let largestArea = 0;
    for (const ring of rings) {
      const area = geoArea({ type: 'Polygon', coordinates: [ring] });
      // Natural Earth winds outer rings clockwise; d3 reads a ring wound the other way as the
      // rest of the globe, so an area over half the sphere is that ring taken inside out.
      const landArea = Math.min(area, 4 * Math.PI - area);
      if (landArea > largestArea) [largest, largestArea] = [ring, landArea];
    }
    if (!largest) continue;
    const [lon, lat] = geoCentroid({ type: 'Polygon', coordinates: [largest] });
    out.set(code, { lat, lon });
  }
  return out;
}

/** Whether a point lies on one of a country's landmasses (a plane test: rings are small). */
export function onLand(code: string, lat: number, lon: number): boolean {
  return (countryRings().get(code) ?? []).some((ring) => {
    let inside = false;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi = 0, yi = 0] = ring[i] ?? [];
      const [xj = 0, yj = 0] = ring[j] ?? [];
      if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi)
        inside = !inside;
    }
    return inside;
  });
}
