import { isSelected } from '../../selection/selection.ts';
import { useSelection } from '../../selection/selection-context.tsx';
import { pinnedPlaces } from './map-geometry.ts';

/**
 * Every place of the story as a list with the same action as the pins: the map for those who
 * do not see it, and the honest home of places that are not pinned.
 */
export function PlaceList() {
  const { story, selection, dispatch } = useSelection();
  const pinned = new Set(pinnedPlaces(story).map((p) => p.id));
  // Pins for points, tinted shapes for countries; anything else is not drawn and says so.
  const shaded = (p: (typeof story.places)[number]) =>
    (p.kind === 'country' && p.country !== null) ||
    ((p.kind === 'region' || p.kind === 'admin') && p.lat !== null);
  const unplaced = story.places.filter((p) => !pinned.has(p.id) && !shaded(p));
  return (
    <details className="place-list">
      <summary>All places ({story.places.length})</summary>
      <ul>
        {story.places.map((p) => (
          <li key={p.id}>
            <button
              type="button"
              aria-pressed={isSelected(selection, 'place', p.id)}
              onClick={() => dispatch({ type: 'select', kind: 'place', id: p.id })}
            >
              {p.name}
            </button>{' '}
            <span className="muted">
              {p.kind}
              {pinned.has(p.id)
                ? ', pinned'
                : shaded(p)
                  ? p.kind === 'country'
                    ? ', shaded'
                    : ', circled'
                  : ', not on the map'}
            </span>
          </li>
        ))}
      </ul>
      {unplaced.length > 0 && <p>Not on the map: {unplaced.map((p) => p.name).join(', ')}</p>}
    </details>
  );
}
