/** Node-only: every article in seeds/ parsed into a validated story, or one clear error. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle } from '../parser/index.ts';
import type { Story } from '../story/model.ts';
import { validateStory } from '../story/validate-story.ts';
import { parserResources } from './parser-resources.ts';
import { readArticle, readMeta, SeedError } from './read-seed.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function loadStories(dir: string): Story[] {
  let files: string[];
  try {
    files = readdirSync(dir).sort();
  } catch {
    throw new SeedError(dir, 'the seeds folder is missing');
  }
  const articles = files.filter((f) => f.endsWith('.txt'));
  if (articles.length === 0) throw new SeedError(dir, 'holds no article (*.txt)');
  for (const f of files.filter((x) => x.endsWith('.meta.json'))) {
    if (!files.includes(f.replace(/\.meta\.json$/, '.txt')))
      throw new SeedError(join(dir, f), 'has no article beside it');
  }
  const stories: Story[] = [];
  for (const name of articles) {
    const file = join(dir, name);
    const slug = name.replace(/\.txt$/, '');
    if (!SLUG.test(slug))
      throw new SeedError(
        file,
        'the file name must be a slug: lower-case letters, digits and hyphens',
      );
    const text = readArticle(file);
    const meta = readMeta(join(dir, `${slug}.meta.json`));
    const story = parseArticle(text, {
      published: meta.published,
      ...parserResources(),
      slug,
      source: meta.source ?? null,
      language: meta.language ?? 'en',
    });
    if (meta.title) story.title = meta.title;
    const { errors } = validateStory(story);
    if (errors.length)
      throw new SeedError(file, `the parsed story is invalid: ${errors.slice(0, 3).join('; ')}`);
    stories.push(story);
  }
  return stories;
}
