import type { FeatureCollection, MultiPolygon } from 'geojson';
import { type DivIcon, divIcon, type PathOptions } from 'leaflet';
import { useEffect, useState } from 'react';
import { GeoJSON, Marker } from 'react-leaflet';

interface CountryProps {
  name: string;
  iso2: string | null;
  detail: 'region' | 'world';
  label?: [number, number];
}

const labelIcons = new Map<string, DivIcon>();
/** Country names drawn on the map; decoration only (the article and the place list name them). */
function countryLabel(name: string): DivIcon {
  let icon = labelIcons.get(name);
  if (!icon) {
    const safe = name.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
    icon = divIcon({
      className: 'country-label',
      html: `<span aria-hidden="true">${safe}</span>`,
      iconSize: [0, 0],
    });
    labelIcons.set(name, icon);
  }
  return icon;
}
type Basemap = FeatureCollection<MultiPolygon, CountryProps>;

// Colours live in CSS (classes), so dark mode restyles the map without re-rendering it.
const WORLD: PathOptions = {
  className: 'bm-country bm-world',
  weight: 0.6,
  fillOpacity: 1,
  interactive: false,
};
const REGION: PathOptions = {
  className: 'bm-country bm-region',
  weight: 1.2,
  fillOpacity: 1,
  interactive: false,
};
const NAMED: PathOptions = {
  className: 'bm-country bm-region bm-named',
  weight: 1.2,
  fillOpacity: 1,
  interactive: false,
};

/**
 * The offline basemap: Natural Earth countries cut for this story at build time, fetched after
 * the text has rendered. Countries the story names are tinted (the honest symbol for a country:
 * its shape, not a pin on its centroid).
 */
export function Basemap({
  slug,
  namedCountries,
  onError,
}: {
  slug: string;
  namedCountries: ReadonlySet<string>;
  onError: (message: string) => void;
}) {
  const [data, setData] = useState<Basemap | null>(null);
  useEffect(() => {
    let live = true;
    fetch(`${import.meta.env.BASE_URL}basemap/${slug}.json`)
      .then((r) =>
        r.ok ? (r.json() as Promise<Basemap>) : Promise.reject(new Error(`HTTP ${r.status}`)),
      )
      .then((d) => live && setData(d))
      .catch(
        (e: unknown) =>
          live && onError(`The base map could not be loaded (${(e as Error).message}).`),
      );
    return () => {
      live = false;
    };
  }, [slug, onError]);
  if (!data) return null;
  const style = (f?: { properties: CountryProps }) =>
    f?.properties.detail === 'world'
      ? WORLD
      : f?.properties.iso2 && namedCountries.has(f.properties.iso2)
        ? NAMED
        : REGION;
  return (
    <>
      <GeoJSON
        key={`${slug}:${[...namedCountries].join()}`}
        data={data}
        style={style as never}
        attribution="Map data: Natural Earth"
      />
      {data.features.map((f) =>
        f.properties.label ? (
          <Marker
            key={`label-${f.properties.name}`}
            position={f.properties.label}
            icon={countryLabel(f.properties.name)}
            interactive={false}
            keyboard={false}
          />
        ) : null,
      )}
    </>
  );
}
