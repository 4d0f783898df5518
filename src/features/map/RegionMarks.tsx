import type { PathOptions } from 'leaflet';
import { useMemo } from 'react';
import { Circle, Tooltip } from 'react-leaflet';
import { isSelected } from '../../selection/selection.ts';
import { useSelection } from '../../selection/selection-context.tsx';

const STYLE: PathOptions = { weight: 2, dashArray: '6 6', fillOpacity: 0.08 };
const SELECTED: PathOptions = { ...STYLE, weight: 3, fillOpacity: 0.18 };

/**
 * Regions (a peninsula, a province) have no outline in the basemap: a dashed circle around
 * their centre says "about here" without pretending to be a point. Clicking selects them.
 */
export function RegionMarks() {
  const { story, selection, dispatch } = useSelection();
  const regions = useMemo(
    () =>
      story.places.filter(
        (p) => (p.kind === 'region' || p.kind === 'admin') && p.lat !== null && p.lon !== null,
      ),
    [story],
  );
  return (
    <>
      {regions.map((r) => {
        const selected = isSelected(selection, 'place', r.id);
        // Leaflet sets a path's class only when it is created: a change of selection makes a
        // new circle, so the class that styles and names its state is always true.
        return (
          <Circle
            key={`${r.id}-${selected}`}
            className={selected ? 'region-mark region-mark-selected' : 'region-mark'}
            center={[r.lat as number, r.lon as number]}
            radius={60_000}
            pathOptions={selected ? SELECTED : STYLE}
            eventHandlers={{ click: () => dispatch({ type: 'select', kind: 'place', id: r.id }) }}
          >
            <Tooltip direction="center" permanent={false}>
              {r.name}
            </Tooltip>
          </Circle>
        );
      })}
    </>
  );
}
