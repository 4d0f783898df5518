import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App.tsx';
import { fixtureStory } from '../fixtures/story.ts';

beforeEach(() => {
  // The basemap is a build asset; here it is an empty collection.
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(JSON.stringify({ type: 'FeatureCollection', features: [] }))),
  );
});
afterEach(() => vi.unstubAllGlobals());

const renderApp = () =>
  render(<App stories={[fixtureStory]} story={fixtureStory} slug={null} syncUrl={false} />);
const article = () => screen.getByRole('article');
const marked = () => Array.from(article().querySelectorAll('mark')).map((m) => m.textContent);

describe('the explainer', () => {
  it('shows the headline once and every paragraph', () => {
    renderApp();
    expect(screen.getAllByText('Leaders meet in Alphaville')).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Leaders meet in Alphaville',
    );
    expect(article()).toHaveTextContent('They proposed a summit in Betatown next month.');
  });

  it('has a map marker per pinned place, found by its name; a click selects the place', async () => {
    renderApp();
    const map = screen.getByRole('region', { name: 'Map' });
    // The map loads after the text (a lazy chunk).
    const pin = await within(map).findByTitle('Alphaville');
    expect(within(map).queryByTitle('Gamma Port')).toBeNull();
    await userEvent.click(pin);
    expect(within(map).getByRole('heading', { name: 'Alphaville' })).toBeInTheDocument();
    expect(marked()).toEqual(['Alphaville']);
    expect(screen.getByRole('option', { name: /Talks in Alphaville/ })).toHaveClass('is-related');
  });

  it('lists places it cannot pin as not on the map', async () => {
    renderApp();
    expect(await screen.findByText(/Not on the map: Gamma Port/)).toBeInTheDocument();
  });

  it('orders the timeline by date, undated last, each with a machine-readable date', () => {
    renderApp();
    const options = within(screen.getByRole('region', { name: 'Timeline' })).getAllByRole('option');
    expect(options.map((o) => o.querySelector('.tl-headline')?.textContent)).toEqual([
      'Talks in Alphaville',
      'Summit in Betatown',
      'An agenda without a date',
    ]);
    expect(options[0]?.querySelector('time')).toHaveAttribute('datetime', '2020-03-02');
    expect(options[1]?.querySelector('time')).toHaveAttribute('datetime', '2020-04');
    expect(options[1]).toHaveTextContent('“next month” → Apr 2020');
    expect(options[2]).toHaveTextContent('No date given');
  });

  it('moves through events with the keyboard and selects with Enter; one tab stop', async () => {
    renderApp();
    const options = screen.getAllByRole('option');
    expect(options.filter((o) => o.tabIndex === 0)).toHaveLength(1);
    options[0]?.focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(options[1]).toHaveFocus();
    await userEvent.keyboard('{End}');
    expect(options[2]).toHaveFocus();
    await userEvent.keyboard('{Home}{ArrowRight}{Enter}');
    expect(options[1]).toHaveAttribute('aria-selected', 'true');
    expect(marked().join('')).toBe('They proposed a summit in Betatown next month.');
    await userEvent.keyboard('{Escape}');
    expect(options[1]).toHaveAttribute('aria-selected', 'false');
    expect(marked()).toEqual([]);
  });

  it('selects a place from its mention in the text and an event from the phrase that dates it', async () => {
    renderApp();
    await screen.findByTitle('Betatown');
    await userEvent.click(within(article()).getByRole('button', { name: /^Betatown/ }));
    expect(
      within(screen.getByRole('region', { name: 'Map' })).getByRole('heading', {
        name: 'Betatown',
      }),
    ).toBeInTheDocument();
    await userEvent.click(within(article()).getByRole('button', { name: /^Monday/ }));
    expect(screen.getByRole('option', { name: /Talks in Alphaville/ })).toHaveAttribute(
      'aria-selected',
      'true',
    );
  });

  it('counts every reference to a place on its card and jumps to the first in the text', async () => {
    const text = fixtureStory.text;
    const leaders = text.indexOf('leaders');
    const withDescription = {
      ...fixtureStory,
      places: fixtureStory.places.map((p) =>
        p.id === 'alphaville'
          ? {
              ...p,
              descriptions: [{ start: leaders, end: leaders + 7, text: 'leaders' }],
            }
          : p,
      ),
    };
    render(<App stories={[withDescription]} story={withDescription} slug={null} syncUrl={false} />);
    const map = screen.getByRole('region', { name: 'Map' });
    await userEvent.click(await within(map).findByTitle('Alphaville'));
    expect(within(map).getByText(/mentioned twice in the text/)).toBeInTheDocument();
    expect(within(map).getByRole('link', { name: 'Jump to it in the text' })).toHaveAttribute(
      'href',
      `#mention-${leaders}`,
    );
  });

  it('keeps a failing region to itself', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const broken = {
      ...fixtureStory,
      events: [
        { ...fixtureStory.events[0], date: { ...fixtureStory.events[0]?.date, start: undefined } },
      ],
    } as never;
    render(<App stories={[broken]} story={broken} slug={null} syncUrl={false} />);
    expect(screen.getByRole('alert')).toHaveTextContent('The timeline could not be shown');
    expect(screen.getByRole('heading', { level: 1 })).toBeInTheDocument();
  });

  it('lists the stories when there are several, each with its own URL, the current one marked', () => {
    const second = { ...fixtureStory, slug: 'second-story', title: 'A second story' };
    render(
      <App stories={[fixtureStory, second]} story={second} slug="second-story" syncUrl={false} />,
    );
    const nav = screen.getByRole('navigation', { name: 'Stories' });
    expect(within(nav).getByRole('link', { name: 'A second story' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(within(nav).getByRole('link', { name: 'Leaders meet in Alphaville' })).toHaveAttribute(
      'href',
      '?story=leaders-meet',
    );
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('A second story');
  });

  it('shows the first story with a notice for an unknown story in the URL', () => {
    render(
      <App stories={[fixtureStory]} story={fixtureStory} slug="no-such-story" syncUrl={false} />,
    );
    expect(screen.getByRole('status')).toHaveTextContent(
      'There is no story called “no-such-story”',
    );
  });

  it('circles a region instead of pinning it, and says so in the place list', async () => {
    const region = {
      id: 'gamma-coast',
      name: 'Gamma Coast',
      kind: 'region' as const,
      lat: 40.5,
      lon: 11,
      country: 'XA',
      source: 'test',
      aliases: [],
      mentions: [],
      demonyms: [],
      descriptions: [],
    };
    const withRegion = { ...fixtureStory, places: [...fixtureStory.places, region] };
    render(<App stories={[withRegion]} story={withRegion} slug={null} syncUrl={false} />);
    await screen.findByTitle('Alphaville');
    expect(screen.queryByTitle('Gamma Coast')).toBeNull();
    expect(screen.getByRole('button', { name: 'Gamma Coast' }).parentElement).toHaveTextContent(
      'region, circled',
    );
  });

  it('sets a quote no person speaks with who the text says speaks it', () => {
    const p3 = fixtureStory.paragraphs[2];
    if (!p3) throw new Error('fixture: no third paragraph');
    const quote = {
      id: 'quote-gamma',
      speaker: null,
      source: 'the port authority',
      text: fixtureStory.text.slice(p3.start, p3.end),
      start: p3.start,
      end: p3.end,
    };
    const quoted = { ...fixtureStory, quotes: [quote] };
    render(<App stories={[quoted]} story={quoted} slug={null} syncUrl={false} />);
    const block = article().querySelector('blockquote');
    expect(block).toHaveTextContent('Gamma Port was not on the agenda.');
    expect(block?.querySelector('footer')).toHaveTextContent('— The port authority');
  });
});
