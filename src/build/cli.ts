/**
 * `npm run --silent parse -- FILE [--published YYYY-MM-DD]`: the story as JSON on stdout and
 * nothing else. Problems go to stderr with exit code 2.
 */
import { parseArticle } from '../parser/index.ts';
import { parseIsoDay } from '../parser/refiners/calendar.ts';
import { parserResources } from './parser-resources.ts';
import { readArticle, SeedError } from './read-seed.ts';

const USAGE = 'usage: npm run --silent parse -- FILE [--published YYYY-MM-DD]';

function fail(message: string): never {
  process.stderr.write(`parse: ${message}\n`);
  process.exit(2);
}

function main(args: string[]): void {
  let file: string | null = null;
  let published: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '--published') {
      published = args[++i] ?? fail(`--published needs a date\n${USAGE}`);
    } else if (a.startsWith('--published=')) {
      published = a.slice('--published='.length);
    } else if (a === '-h' || a === '--help') {
      process.stdout.write(`${USAGE}\n`);
      return;
    } else if (a.startsWith('-')) {
      fail(`unknown option ${a}\n${USAGE}`);
    } else if (file === null) {
      file = a;
    } else {
      fail(`one file at a time\n${USAGE}`);
    }
  }
  if (!file) fail(`no file given\n${USAGE}`);
  if (published !== null && !parseIsoDay(published))
    fail(`--published must be a real date as YYYY-MM-DD, got "${published}"`);
  let text: string;
  try {
    text = readArticle(file);
  } catch (e) {
    if (e instanceof SeedError && /is empty/.test(e.message)) text = '';
    else fail(e instanceof Error ? e.message : String(e));
  }
  const story = parseArticle(text, { ...parserResources(), published, slug: undefined });
  process.stdout.write(`${JSON.stringify(story, null, 1)}\n`);
}

main(process.argv.slice(2));
