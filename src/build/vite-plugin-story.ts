/**
 * Vite plugin: parses every article in seeds/ at build time. The app gets the list of stories
 * (slug and title) as the virtual module `virtual:stories` (Vite's documented "virtual file"
 * pattern) and each parsed story as its own file, stories/SLUG.json, fetched when it is shown:
 * no NLP code and no gazetteer reach the browser, and a long article does not weigh on the
 * start of every other. A broken seed stops the build with one message naming the file and the
 * problem.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import type { Story, StoryListing } from '../story/model.ts';
import { makeBasemap, regionAround } from './basemap.ts';
import { loadStories } from './load-stories.ts';
import { SeedError } from './read-seed.ts';

const PUBLIC_ID = 'virtual:stories';
const RESOLVED_ID = `\0${PUBLIC_ID}`;

/** The places a basemap must show: pinned ones, else the countries named. */
function basemapFor(story: Story): string {
  const located = story.places.filter((p) => p.lat !== null && p.lon !== null) as Array<{
    lat: number;
    lon: number;
    kind: string;
  }>;
  const pinned = located.filter((p) => p.kind !== 'country' && p.kind !== 'region');
  const points = pinned.length ? pinned : located;
  return JSON.stringify(makeBasemap(regionAround(points), regionAround(points, 0.3)));
}

export function storyPlugin(options: { seedsDir?: string } = {}): Plugin {
  const dir = resolve(options.seedsDir ?? 'seeds');
  let stories: Story[] = [];
  return {
    name: 'news-explainer:stories',
    resolveId(id) {
      return id === PUBLIC_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      this.addWatchFile(dir);
      try {
        stories = loadStories(dir);
        const listing: StoryListing[] = stories.map((st) => ({ slug: st.slug, title: st.title }));
        return `export default ${JSON.stringify(listing)};`;
      } catch (e) {
        const message =
          e instanceof SeedError
            ? `Broken seed: ${e.message}`
            : `Could not build the stories: ${(e as Error).message}`;
        this.error(message);
      }
    },
    generateBundle() {
      for (const story of stories) {
        this.emitFile({
          type: 'asset',
          fileName: `basemap/${story.slug}.json`,
          source: basemapFor(story),
        });
        this.emitFile({
          type: 'asset',
          fileName: `stories/${story.slug}.json`,
          source: JSON.stringify(story),
        });
      }
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const m = /^\/(basemap|stories)\/([a-z0-9-]+)\.json$/.exec(req.url?.split('?')[0] ?? '');
        const story = m
          ? (stories.length ? stories : loadStories(dir)).find((s) => s.slug === m[2])
          : undefined;
        if (!story) return next();
        res.setHeader('Content-Type', 'application/json');
        res.end(m?.[1] === 'basemap' ? basemapFor(story) : JSON.stringify(story));
      });
      server.watcher.add(dir);
      const reload = (file: string) => {
        if (!file.startsWith(dir)) return;
        const mod = server.moduleGraph.getModuleById(RESOLVED_ID);
        if (mod) server.moduleGraph.invalidateModule(mod);
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('change', reload);
      server.watcher.on('add', reload);
      server.watcher.on('unlink', reload);
    },
  };
}
