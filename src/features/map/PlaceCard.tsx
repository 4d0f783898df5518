import { useSelection } from '../../selection/selection-context.tsx';
import { eventsAt } from '../../story/selectors.ts';

const KIND_NAMES: Record<string, string> = {
  country: 'Country',
  region: 'Region',
  admin: 'Administrative area',
  city: 'City',
  village: 'Village',
  landmark: 'Landmark',
};

const TIMES: Record<number, string> = { 1: 'once', 2: 'twice' };

/** Details of the selected place: what it is, what happens there, where the text names it. */
export function PlaceCard() {
  const { story, selection, dispatch } = useSelection();
  if (selection?.kind !== 'place') return null;
  const place = story.places.find((p) => p.id === selection.id);
  if (!place) return null;
  const events = eventsAt(story, place.id);
  // "Chinese" and "the South Korean capital" refer to the place as much as its name does.
  const references = [...place.mentions, ...place.demonyms, ...place.descriptions];
  const first = references.reduce<(typeof references)[number] | undefined>(
    (a, m) => (a && a.start <= m.start ? a : m),
    undefined,
  );
  const count = references.length;
  return (
    <section className="place-card" aria-labelledby="place-card-title">
      <h3 id="place-card-title">{place.name}</h3>
      <p className="place-kind">
        {KIND_NAMES[place.kind] ?? place.kind} · mentioned {TIMES[count] ?? `${count} times`} in the
        text
      </p>
      {events.length > 0 && (
        <ul className="place-events">
          {events.map((e) => (
            <li key={e.id}>
              <button
                type="button"
                className="link-button"
                onClick={() => dispatch({ type: 'select', kind: 'event', id: e.id })}
              >
                {e.headline}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="place-card-actions">
        {first && (
          <a className="link-button" href={`#mention-${first.start}`}>
            Jump to it in the text
          </a>
        )}
        <button type="button" className="link-button" onClick={() => dispatch({ type: 'clear' })}>
          Close
        </button>
      </div>
    </section>
  );
}
