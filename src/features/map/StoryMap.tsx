import 'leaflet/dist/leaflet.css';
import { useCallback, useMemo, useState } from 'react';
import { AttributionControl, MapContainer, Pane, TileLayer } from 'react-leaflet';
import { useSelection } from '../../selection/selection-context.tsx';
import { Basemap } from './Basemap.tsx';
import { boundsOf, pinnedPlaces } from './map-geometry.ts';
import { FlyToSelection, KeepSize } from './map-hooks.tsx';
import { PlaceCard } from './PlaceCard.tsx';
import { PlaceList } from './PlaceList.tsx';
import { PlaceMarkers } from './PlaceMarkers.tsx';
import { RegionMarks } from './RegionMarks.tsx';

const TILE_URL = import.meta.env.VITE_TILE_URL as string | undefined;
const TILE_ATTRIBUTION = (import.meta.env.VITE_TILE_ATTRIBUTION as string | undefined) ?? '';
const WORLD_BOUNDS: [[number, number], [number, number]] = [
  [-50, -150],
  [70, 160],
];

/** The story's places on a Leaflet map that needs no network. */
export function StoryMap() {
  const { story } = useSelection();
  const pinned = useMemo(() => pinnedPlaces(story), [story]);
  const named = useMemo(
    () =>
      new Set(
        story.places
          .filter((p) => p.kind === 'country' && p.country)
          .map((p) => p.country as string),
      ),
    [story],
  );
  const located = story.places.filter((p) => p.lat !== null && p.lon !== null) as Array<{
    lat: number;
    lon: number;
  }>;
  const bounds = boundsOf(pinned.length ? pinned : located) ?? WORLD_BOUNDS;
  const [error, setError] = useState<string | null>(null);
  const onError = useCallback((m: string) => setError(m), []);
  return (
    <div className="map-wrap">
      <MapContainer
        className="map"
        bounds={bounds}
        boundsOptions={{ padding: [48, 48], maxZoom: 9 }}
        minZoom={2}
        maxZoom={12}
        zoomSnap={0.25}
        attributionControl={false}
        keyboard
        aria-label="Map of the places in the story"
      >
        <AttributionControl prefix="Leaflet" />
        <Pane name="basemap" style={{ zIndex: 150 }}>
          <Basemap slug={story.slug} namedCountries={named} onError={onError} />
        </Pane>
        {TILE_URL && <TileLayer url={TILE_URL} attribution={TILE_ATTRIBUTION} />}
        <RegionMarks />
        <PlaceMarkers places={pinned} />
        <FlyToSelection />
        <KeepSize />
      </MapContainer>
      {error && (
        <p className="map-error" role="status">
          {error}
        </p>
      )}
      <PlaceCard />
      <PlaceList />
    </div>
  );
}
