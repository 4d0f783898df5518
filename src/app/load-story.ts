import type { Story, StoryListing } from '../story/model.ts';

/** The listed story an address asks for, else the first one. */
export function chooseStory(
  listing: StoryListing[],
  slug: string | null,
): StoryListing | undefined {
  return listing.find((s) => s.slug === slug) ?? listing[0];
}

/**
 * Fetches a story the build parsed and wrote to stories/SLUG.json (served by Vite in
 * development). The build validated it; this only makes sure the file is the story asked for.
 */
export async function fetchStory(slug: string): Promise<Story> {
  const r = await fetch(`${import.meta.env.BASE_URL}stories/${encodeURIComponent(slug)}.json`);
  if (!r.ok) throw new Error(`the server answered ${r.status}`);
  const story = (await r.json()) as Partial<Story> | null;
  if (story?.slug !== slug || typeof story.text !== 'string')
    throw new Error('the file is not that story');
  return story as Story;
}
