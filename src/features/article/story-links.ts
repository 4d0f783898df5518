import type { Story, TextSpan } from '../../story/model.ts';
import type { TextLink } from './slice-text.ts';

/** Every interactive span of a story: place and person mentions, and the phrases that date events. */
export function storyLinks(story: Story): TextLink[] {
  const links: TextLink[] = [];
  for (const p of story.places) {
    for (const m of [...p.mentions, ...p.demonyms])
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
  for (const e of story.events) {
    if (!e.date) continue;
    const timex = story.timexes.find(
      (t) => t.text === e.date?.text && t.start >= e.evidence.start && t.end <= e.evidence.end,
    );
    if (timex)
      links.push({
        start: timex.start,
        end: timex.end,
        kind: 'event',
        id: e.id,
        label: `Event: ${e.headline}`,
      });
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
  return 'demonyms' in entity ? [...entity.mentions, ...entity.demonyms] : entity.mentions;
}
