import { useEffect, useState } from 'react';
import type { Story, StoryListing } from '../story/model.ts';
import { App } from './App.tsx';
import { chooseStory, fetchStory } from './load-story.ts';

type Loaded = { slug: string; story: Story } | { slug: string; error: string };

/** Loads the story the address asks for, then shows it; says so while loading or on failure. */
export function StoryRoute({
  listing,
  slug,
  load = fetchStory,
}: {
  listing: StoryListing[];
  slug: string | null;
  load?: (slug: string) => Promise<Story>;
}) {
  const chosen = chooseStory(listing, slug);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  useEffect(() => {
    if (!chosen) return;
    let live = true;
    load(chosen.slug).then(
      (story) => live && setLoaded({ slug: chosen.slug, story }),
      (e: unknown) => live && setLoaded({ slug: chosen.slug, error: (e as Error).message }),
    );
    return () => {
      live = false;
    };
  }, [chosen, load]);
  if (!chosen) return <App stories={listing} story={undefined} slug={slug} />;
  const current = loaded?.slug === chosen.slug ? loaded : null;
  if (current && 'story' in current)
    return <App stories={listing} story={current.story} slug={slug} />;
  return (
    <main className="empty" aria-busy={!current}>
      <h1>{chosen.title || 'News Explainer'}</h1>
      {current ? (
        <p role="alert">
          The story could not be loaded ({current.error}). Reload the page to try again.
        </p>
      ) : (
        <p role="status">Loading the story…</p>
      )}
    </main>
  );
}
