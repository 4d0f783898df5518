/**
 * Node-only: the offline basemap of a story, cut at build time from Natural Earth (world-atlas):
 * 1:10m countries inside the story's region, 1:110m countries around it for context. Rings are
 * clipped to the box and coordinates rounded, so the file stays small.
 */
import { createRequire } from 'node:module';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

const require = createRequire(import.meta.url);

export interface Box {
  south: number;
  west: number;
  north: number;
  east: number;
}

/** Sutherland–Hodgman clipping of one ring against an axis-aligned box. */
function clipRing(ring: Position[], box: Box): Position[] {
  const edges: Array<[(p: Position) => boolean, (a: Position, b: Position) => Position]> = [
    [(p) => (p[0] ?? 0) >= box.west, (a, b) => cut(a, b, 0, box.west)],
    [(p) => (p[0] ?? 0) <= box.east, (a, b) => cut(a, b, 0, box.east)],
    [(p) => (p[1] ?? 0) >= box.south, (a, b) => cut(a, b, 1, box.south)],
    [(p) => (p[1] ?? 0) <= box.north, (a, b) => cut(a, b, 1, box.north)],
  ];
  let out = ring;
  for (const [inside, intersect] of edges) {
    const input = out;
    out = [];
    for (let i = 0; i < input.length; i++) {
      const cur = input[i] as Position;
      const prev = input[(i + input.length - 1) % input.length] as Position;
      if (inside(cur)) {
        if (!inside(prev)) out.push(intersect(prev, cur));
        out.push(cur);
      } else if (inside(prev)) out.push(intersect(prev, cur));
    }
    if (out.length === 0) return [];
  }
  return out;
}

function cut(a: Position, b: Position, axis: 0 | 1, value: number): Position {
  const t = (value - (a[axis] ?? 0)) / ((b[axis] ?? 0) - (a[axis] ?? 0));
  const p: Position = [
    (a[0] ?? 0) + t * ((b[0] ?? 0) - (a[0] ?? 0)),
    (a[1] ?? 0) + t * ((b[1] ?? 0) - (a[1] ?? 0)),
  ];
  p[axis] = value;
  return p;
}

function round(ring: Position[], digits: number): Position[] {
  const f = 10 ** digits;
  const out: Position[] = [];
  for (const p of ring) {
    const q: Position = [Math.round((p[0] ?? 0) * f) / f, Math.round((p[1] ?? 0) * f) / f];
    const last = out.at(-1);
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  if (out.length > 1) out.push(out[0] as Position);
  return out;
}

function clipFeature(f: Feature<Polygon | MultiPolygon>, box: Box, digits: number): Position[][][] {
  const polygons =
    f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  const out: Position[][][] = [];
  for (const poly of polygons) {
    const rings = poly.map((r) => round(clipRing(r, box), digits)).filter((r) => r.length >= 4);
    if (rings.length && poly[0] && rings[0]) out.push(rings);
  }
  return out;
}

interface CountryProps {
  name: string;
  iso2: string | null;
  detail: 'region' | 'world';
  /** Where the name goes: the centre of its largest piece inside the region, [lat, lon]. */
  label?: [number, number];
}

/** Area-weighted centre of a ring in plain lon/lat, and its area. */
function ringCentre(ring: Position[]): { area: number; lat: number; lon: number } {
  let area = 0;
  let x = 0;
  let y = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x0 = 0, y0 = 0] = ring[j] as Position;
    const [x1 = 0, y1 = 0] = ring[i] as Position;
    const cross = x0 * y1 - x1 * y0;
    area += cross;
    x += (x0 + x1) * cross;
    y += (y0 + y1) * cross;
  }
  if (area === 0) return { area: 0, lat: 0, lon: 0 };
  return { area: Math.abs(area / 2), lon: x / (3 * area), lat: y / (3 * area) };
}

function countries(
  file: string,
): Array<Feature<Polygon | MultiPolygon, { name: string }> & { id?: string | number }> {
  const topo = require(`world-atlas/${file}`) as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  return (
    feature(topo, topo.objects.countries) as FeatureCollection<
      Polygon | MultiPolygon,
      { name: string }
    >
  ).features;
}

/** ISO numeric (world-atlas ids) to ISO alpha-2 (the parser's country codes). */
function isoNumericToAlpha2(): Map<string, string> {
  const list = require('world-countries') as Array<{ ccn3: string; cca2: string }>;
  return new Map(list.map((c) => [c.ccn3, c.cca2]));
}

/** The region around a story's places: their box, widened so the context shows. */
export function regionAround(points: Array<{ lat: number; lon: number }>, margin = 3): Box {
  if (points.length === 0) return { south: -60, west: -180, north: 80, east: 180 };
  const lats = points.map((p) => p.lat);
  const lons = points.map((p) => p.lon);
  return {
    south: Math.max(-85, Math.min(...lats) - margin),
    north: Math.min(85, Math.max(...lats) + margin),
    west: Math.max(-180, Math.min(...lons) - margin),
    east: Math.min(180, Math.max(...lons) + margin),
  };
}

export function makeBasemap(
  region: Box,
  view?: Box,
): FeatureCollection<MultiPolygon, CountryProps> {
  const iso = isoNumericToAlpha2();
  const wide: Box = {
    south: Math.max(-85, region.south - 25),
    north: Math.min(85, region.north + 25),
    west: Math.max(-180, region.west - 40),
    east: Math.min(180, region.east + 40),
  };
  const out: Array<Feature<MultiPolygon, CountryProps>> = [];
  for (const [file, box, detail, digits] of [
    ['countries-110m.json', wide, 'world', 2],
    ['countries-10m.json', region, 'region', 3],
  ] as const) {
    for (const f of countries(file)) {
      const coordinates = clipFeature(f, box, digits);
      if (!coordinates.length) continue;
      // The name goes where the first view can show it: the country's largest piece inside it.
      const visible = detail === 'region' && view ? clipFeature(f, view, 2) : coordinates;
      const largest = visible
        .map((poly) => ringCentre(poly[0] ?? []))
        .sort((a, b) => b.area - a.area)[0];
      // Only names that fit: a sliver of a country at the edge of the region gets none.
      const label: [number, number] | undefined =
        detail === 'region' && largest && largest.area > 0.2
          ? [Math.round(largest.lat * 100) / 100, Math.round(largest.lon * 100) / 100]
          : undefined;
      out.push({
        type: 'Feature',
        properties: {
          name: f.properties.name,
          iso2: iso.get(String(f.id)) ?? null,
          detail,
          ...(label ? { label } : {}),
        },
        geometry: { type: 'MultiPolygon', coordinates },
      });
    }
  }
  return { type: 'FeatureCollection', features: out };
}
