import { lazy, Suspense } from 'react';
import { ArticlePanel } from '../features/article/ArticlePanel.tsx';
import { Timeline } from '../features/timeline/Timeline.tsx';
import { SelectionProvider, useSelection } from '../selection/selection-context.tsx';
import type { Story, StoryListing } from '../story/model.ts';
import { RegionBoundary } from './ErrorBoundary.tsx';

// Leaflet and the map come after the text: the article is readable before the map code loads.
const StoryMap = lazy(() =>
  import('../features/map/StoryMap.tsx').then((m) => ({ default: m.StoryMap })),
);

function Notice() {
  const { unknownId } = useSelection();
  if (!unknownId) return null;
  return (
    <p className="notice" role="status">
      The link pointed at “{unknownId}”, which this story does not have; here is the whole story.
    </p>
  );
}

function StoryPicker({ stories, current }: { stories: StoryListing[]; current: Story }) {
  if (stories.length < 2) return null;
  return (
    <nav aria-label="Stories" className="story-picker">
      <ul>
        {stories.map((s) => (
          <li key={s.slug}>
            <a
              href={`?story=${encodeURIComponent(s.slug)}`}
              aria-current={s.slug === current.slug ? 'page' : undefined}
            >
              {s.title || s.slug}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The explainer: article, map and timeline of one story, linked by one selection. */
export function App({
  stories,
  story,
  slug,
  syncUrl = true,
}: {
  /** Every story there is, for the picker. */
  stories: StoryListing[];
  /** The story shown: the one `slug` asks for, or the first when there is none such. */
  story: Story | undefined;
  /** The story the address asked for, if any. */
  slug: string | null;
  syncUrl?: boolean;
}) {
  if (!story) {
    return (
      <main className="empty">
        <h1>News Explainer</h1>
        <p>
          There is no story to show yet. Put an article and its metadata in seeds/ and build again.
        </p>
      </main>
    );
  }
  return (
    <SelectionProvider key={story.slug} story={story} syncUrl={syncUrl}>
      <div className="app">
        <header className="app-header">
          <p className="brand">News Explainer</p>
          <StoryPicker stories={stories} current={story} />
        </header>
        <main className="layout">
          <article className="pane pane-article" aria-labelledby="story-title">
            <h1 id="story-title">{story.title || 'Untitled story'}</h1>
            {slug && slug !== story.slug && (
              <p className="notice" role="status">
                There is no story called “{slug}”; showing “{story.title}”.
              </p>
            )}
            <Notice />
            <RegionBoundary region="The article">
              <ArticlePanel />
            </RegionBoundary>
          </article>
          <section className="pane pane-map" aria-label="Map">
            <RegionBoundary region="The map">
              <Suspense fallback={<p className="map-loading">Loading the map…</p>}>
                <StoryMap />
              </Suspense>
            </RegionBoundary>
          </section>
          <div className="pane pane-timeline">
            <RegionBoundary region="The timeline">
              <Timeline />
            </RegionBoundary>
          </div>
        </main>
      </div>
    </SelectionProvider>
  );
}
