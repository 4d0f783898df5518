import { latLngBounds } from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { useSelection } from '../../selection/selection-context.tsx';
import { boundsOf, pinnedPlaces } from './map-geometry.ts';

const reducedMotion = () =>
  window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/** Moves the map to the selected place or event; never writes the selection itself. */
export function FlyToSelection() {
  const map = useMap();
  const { story, selection } = useSelection();
  useEffect(() => {
    if (!selection || selection.kind === 'person') return;
    const ids =
      selection.kind === 'place'
        ? [selection.id]
        : (story.events.find((e) => e.id === selection.id)?.places ?? []);
    const targets = story.places.filter(
      (p) => ids.includes(p.id) && p.lat !== null && p.lon !== null,
    ) as Array<{ lat: number; lon: number }>;
    const pinned = pinnedPlaces(story).filter((p) => ids.includes(p.id));
    const bounds = boundsOf(pinned.length ? pinned : targets);
    if (!bounds) return;
    const animate = !reducedMotion();
    const zoom = Math.max(map.getZoom(), 7);
    if (bounds[0][0] === bounds[1][0] && bounds[0][1] === bounds[1][1]) {
      const center: [number, number] = bounds[0];
      if (animate) map.flyTo(center, zoom, { duration: 0.6 });
      else map.setView(center, zoom, { animate: false });
    } else if (animate)
      map.flyToBounds(latLngBounds(bounds), { padding: [40, 40], duration: 0.6, maxZoom: 9 });
    else map.fitBounds(latLngBounds(bounds), { padding: [40, 40], animate: false, maxZoom: 9 });
  }, [map, story, selection]);
  return null;
}

/** Tells Leaflet when its box changes size, so tiles and flyTo stay right. */
export function KeepSize() {
  const map = useMap();
  useEffect(() => {
    const el = map.getContainer();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => map.invalidateSize({ animate: false }));
    observer.observe(el);
    return () => observer.disconnect();
  }, [map]);
  return null;
}
