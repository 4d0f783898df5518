import type { Selection } from './selection.ts';

const KINDS = ['event', 'place', 'person'] as const;

/** Reads `?story=slug&event=id` (or place=, person=) from a query string. */
export function readUrl(search: string): { story: string | null; selection: Selection } {
  const params = new URLSearchParams(search);
  const story = params.get('story');
  for (const kind of KINDS) {
    const id = params.get(kind);
    if (id) return { story, selection: { kind, id } };
  }
  return { story, selection: null };
}

/** The query string for a story and a selection; other parameters are kept as they are. */
export function writeUrl(search: string, story: string | null, selection: Selection): string {
  const params = new URLSearchParams(search);
  for (const kind of KINDS) params.delete(kind);
  if (story) params.set('story', story);
  else params.delete('story');
  if (selection) params.set(selection.kind, selection.id);
  const q = params.toString();
  return q ? `?${q}` : '';
}
