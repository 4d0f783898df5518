import { render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StoryRoute } from '../../src/app/StoryRoute.tsx';
import type { Story } from '../../src/story/model.ts';
import { fixtureStory } from '../fixtures/story.ts';

beforeEach(() => {
  // The basemap is a build asset; here it is an empty collection.
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(JSON.stringify({ type: 'FeatureCollection', features: [] }))),
  );
});
afterEach(() => vi.unstubAllGlobals());

const second: Story = { ...fixtureStory, slug: 'second-story', title: 'A second story' };
const listing = [fixtureStory, second].map(({ slug, title }) => ({ slug, title }));

describe('loading the story the address asks for', () => {
  it('says it is loading, then shows the story', async () => {
    let resolve: (s: Story) => void = () => {};
    const load = vi.fn(() => new Promise<Story>((r) => (resolve = r)));
    render(<StoryRoute listing={listing} slug={null} load={load} />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading the story');
    resolve(fixtureStory);
    expect(await screen.findByRole('article')).toBeInTheDocument();
    expect(load).toHaveBeenCalledWith('leaders-meet');
  });

  it('loads the story named in the address, and lists every story', async () => {
    const load = vi.fn(async (slug: string) => (slug === second.slug ? second : fixtureStory));
    render(<StoryRoute listing={listing} slug="second-story" load={load} />);
    const article = await screen.findByRole('article');
    expect(within(article).getByRole('heading', { level: 1 })).toHaveTextContent('A second story');
    expect(screen.getByRole('link', { name: 'Leaders meet in Alphaville' })).toBeInTheDocument();
  });

  it('says plainly when the story cannot be loaded', async () => {
    const load = vi.fn(async () => {
      throw new Error('the server answered 404');
    });
    render(<StoryRoute listing={listing} slug={null} load={load} />);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The story could not be loaded (the server answered 404)',
    );
  });

  it('explains how to add a story when there is none', () => {
    render(<StoryRoute listing={[]} slug={null} load={vi.fn()} />);
    expect(screen.getByText(/Put an article and its metadata in seeds/)).toBeInTheDocument();
  });
});
