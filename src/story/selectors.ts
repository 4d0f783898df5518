import type { Place, Story, StoryEvent, TextSpan } from './model.ts';

/** Events with a date first, earliest first; undated events after them in text order. */
export function eventsInOrder(story: Pick<Story, 'events'>): StoryEvent[] {
  return [...story.events].sort((a, b) => {
    if (a.date && b.date) {
      return a.date.start.localeCompare(b.date.start) || a.evidence.start - b.evidence.start;
    }
    if (a.date) return -1;
    if (b.date) return 1;
    return a.evidence.start - b.evidence.start;
  });
}

/** The places of an event, in the order the event names them. */
export function placesOf(story: Pick<Story, 'places'>, event: StoryEvent): Place[] {
  const byId = new Map(story.places.map((p) => [p.id, p]));
  return event.places.flatMap((id) => byId.get(id) ?? []);
}

/** Events that happen at a place. */
export function eventsAt(story: Pick<Story, 'events'>, placeId: string): StoryEvent[] {
  return story.events.filter((e) => e.places.includes(placeId));
}

/** Places that can be pinned: they have coordinates. */
export function hasCoordinates(place: Place): place is Place & { lat: number; lon: number } {
  return place.lat !== null && place.lon !== null;
}

/** The spans in the text that belong to an entity, by id. */
export function spansOf(story: Story, id: string): TextSpan[] {
  const entity = [...story.places, ...story.people].find((e) => e.id === id);
  if (entity) return entity.mentions;
  const event = story.events.find((e) => e.id === id);
  if (event) return [event.evidence];
  const quote = story.quotes.find((q) => q.id === id);
  return quote ? [quote] : [];
}

/** Index of the first item that starts at or after x, by binary search; items sorted by start. */
export function firstStartingFrom(items: ReadonlyArray<{ start: number }>, x: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((items[mid]?.start ?? 0) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
