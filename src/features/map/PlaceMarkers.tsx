import { divIcon, type LeafletEventHandlerFnMap } from 'leaflet';
import { useMemo, useState } from 'react';
import { Marker, useMap, useMapEvents } from 'react-leaflet';
import { isSelected } from '../../selection/selection.ts';
import { useSelection } from '../../selection/selection-context.tsx';
import type { Place } from '../../story/model.ts';
import { type LabelSide, pinRadius, placeLabels } from './map-geometry.ts';

type Pinned = Place & { lat: number; lon: number };

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const iconCache = new Map<string, ReturnType<typeof divIcon>>();
/** One icon object per look, so react-leaflet does not call setIcon on every render. */
function pinIcon(name: string, r: number, side: LabelSide | null, selected: boolean) {
  const key = `${name}|${r}|${side}|${selected}`;
  let icon = iconCache.get(key);
  if (!icon) {
    const label = side
      ? `<span class="pin-label pin-label-${side}">${escapeHtml(name)}</span>`
      : `<span class="visually-hidden">${escapeHtml(name)}</span>`;
    icon = divIcon({
      className: `pin${selected ? ' pin-selected' : ''}`,
      html: `<span class="pin-dot" style="width:${2 * r}px;height:${2 * r}px"></span>${label}`,
      iconSize: [2 * r, 2 * r],
      iconAnchor: [r, r],
    });
    iconCache.set(key, icon);
  }
  return icon;
}

/** A number that changes whenever the view has moved or zoomed, so labels are placed again. */
function useViewVersion(): number {
  const [version, setVersion] = useState(0);
  useMapEvents({
    moveend: () => setVersion((v) => v + 1),
    zoomend: () => setVersion((v) => v + 1),
    resize: () => setVersion((v) => v + 1),
  });
  return version;
}

/** A keyboard-reachable pin per place; its name is its accessible name; Enter or a click selects it. */
export function PlaceMarkers({ places }: { places: Pinned[] }) {
  const { selection, dispatch } = useSelection();
  const map = useMap();
  const view = useViewVersion();
  const sides = useMemo(() => {
    void view; // labels are placed again for each view
    const ordered = [...places].sort((a, b) => b.mentions.length - a.mentions.length);
    return placeLabels(
      ordered.map((p) => {
        const pt = map.latLngToContainerPoint([p.lat, p.lon]);
        return {
          id: p.id,
          x: pt.x,
          y: pt.y,
          width: 7.5 * p.name.length + 10,
          height: 18,
          r: pinRadius(p.mentions.length),
        };
      }),
      { width: map.getSize().x, height: map.getSize().y },
    );
  }, [places, map, view]);
  const handlers = useMemo(() => {
    const out = new Map<string, LeafletEventHandlerFnMap>();
    for (const p of places) {
      const select = () => dispatch({ type: 'select', kind: 'place', id: p.id });
      out.set(p.id, {
        click: select,
        // Leaflet makes keyboard markers focusable but acts on keys only for popups.
        keypress: (e) => {
          const key = (e.originalEvent as KeyboardEvent).key;
          if (key === 'Enter' || key === ' ') {
            e.originalEvent.preventDefault();
            select();
          }
        },
      });
    }
    return out;
  }, [places, dispatch]);
  return (
    <>
      {places.map((p) => {
        const selected = isSelected(selection, 'place', p.id);
        return (
          <Marker
            key={p.id}
            position={[p.lat, p.lon]}
            icon={pinIcon(p.name, pinRadius(p.mentions.length), sides.get(p.id) ?? null, selected)}
            title={p.name}
            alt={p.name}
            keyboard
            zIndexOffset={selected ? 1000 : p.mentions.length}
            eventHandlers={handlers.get(p.id) as LeafletEventHandlerFnMap}
          />
        );
      })}
    </>
  );
}
