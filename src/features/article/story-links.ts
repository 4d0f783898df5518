import type { Story, TextSpan } from '../../story/model.ts';
import { firstStartingFrom } from '../../story/selectors.ts';
import type { TextLink } from './slice-text.ts';

/** Every interactive span of a story: place and person mentions, and the phrases that date events. */
export function storyLinks(story: Story): TextLink[] {
  const links: TextLink[] = [];
  for (const p of story.places) {
    for (const m of [...p.mentions, ...p.demonyms, ...p.descriptions])
      links.push({
        start: m.start,
        end: m.end,
        kind: 'place',
        id: p.id,
        label: `Place: ${p.name}`,
      });
  }
  for (const p of story.people) {
    for (const m of p.mentions)
      links.push({
        start: m.start,
        end: m.end,
        kind: 'person',
        id: p.id,
        label: `Person: ${p.name}`,
      });
  }
  // The phrase that dates an event is a timex inside its evidence: found by binary search.
  const timexes = [...story.timexes].sort((a, b) => a.start - b.start);
  for (const e of story.events) {
    if (!e.date?.text) continue;
    for (
      let i = firstStartingFrom(timexes, e.evidence.start);
      i < timexes.length && (timexes[i]?.start ?? 0) < e.evidence.end;
      i++
    ) {
      const t = timexes[i];
      // ("between Oct. 8 and Oct. 13": a range's phrase opens with its first timex.)
      if (
        t &&
        t.end <= e.evidence.end &&
        story.text.slice(t.start, t.start + e.date.text.length) === e.date.text
      ) {
        links.push({
          start: t.start,
          end: t.end,
          kind: 'event',
          id: e.id,
          label: `Event: ${e.headline}`,
        });
        break;
      }
    }
  }
  return links;
}

/** What to mark for the current selection. */
export function marksFor(story: Story, selection: { kind: string; id: string } | null): TextSpan[] {
  if (!selection) return [];
  if (selection.kind === 'event') {
    const e = story.events.find((x) => x.id === selection.id);
    return e ? [e.evidence] : [];
  }
  const list = selection.kind === 'place' ? story.places : story.people;
  const entity = list.find((x) => x.id === selection.id);
  if (!entity) return [];
  return 'demonyms' in entity
    ? [...entity.mentions, ...entity.demonyms, ...entity.descriptions]
    : entity.mentions;
}
