import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadStories } from '../../src/build/load-stories.ts';
import { SeedError } from '../../src/build/read-seed.ts';

function seeds(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'seeds-'));
  mkdirSync(dir, { recursive: true });
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

const ARTICLE = 'Talks in Seoul\n\nOfficials met in Seoul on Monday.';
const META = JSON.stringify({ published: '2018-01-09' });

function failure(dir: string): SeedError {
  try {
    loadStories(dir);
  } catch (e) {
    if (e instanceof SeedError) return e;
    throw e;
  }
  throw new Error('expected the seeds to be refused');
}

describe('a broken seed stops the build with one message naming the file and the problem', () => {
  it.each([
    ['no metadata', { 'a.txt': ARTICLE }, 'a.meta.json', /is missing/],
    [
      'an unreadable date',
      { 'a.txt': ARTICLE, 'a.meta.json': JSON.stringify({ published: '9 January 2018' }) },
      'a.meta.json',
      /published must be a real date/,
    ],
    [
      'an impossible date',
      { 'a.txt': ARTICLE, 'a.meta.json': JSON.stringify({ published: '2018-02-30' }) },
      'a.meta.json',
      /published must be a real date/,
    ],
    [
      'metadata that is not JSON',
      { 'a.txt': ARTICLE, 'a.meta.json': '{published: 2018}' },
      'a.meta.json',
      /not valid JSON/,
    ],
    ['an empty article', { 'a.txt': ' \n\n ', 'a.meta.json': META }, 'a.txt', /is empty/],
    [
      'an article that is not UTF-8',
      { 'a.txt': new Uint8Array([0x54, 0x61, 0x6c, 0x6b, 0xff, 0xfe, 0x73]), 'a.meta.json': META },
      'a.txt',
      /not valid UTF-8/,
    ],
    [
      'binary data',
      {
        'a.txt': new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00]),
        'a.meta.json': META,
      },
      'a.txt',
      /binary/,
    ],
    [
      'metadata that names a slug of its own (the file name is the slug)',
      { 'a.txt': ARTICLE, 'a.meta.json': '{"published": "2018-01-09", "slug": "b"}' },
      'a.meta.json',
      /"slug".*the slug is the file name/,
    ],
    [
      'a name that is no slug',
      { 'Bad Name.txt': ARTICLE, 'Bad Name.meta.json': META },
      'Bad Name.txt',
      /must be a slug/,
    ],
    [
      'metadata without an article',
      { 'a.txt': ARTICLE, 'a.meta.json': META, 'b.meta.json': META },
      'b.meta.json',
      /no article beside it/,
    ],
  ])('%s', (_why, files, file, problem) => {
    const dir = seeds(files);
    const error = failure(dir);
    expect(error.file).toBe(join(dir, file));
    expect(error.message).toContain(file);
    expect(error.message).toMatch(problem);
  });

  it('turns good seeds into validated stories with their metadata', () => {
    const [story] = loadStories(
      seeds({
        'talks-in-seoul.txt': ARTICLE,
        'talks-in-seoul.meta.json': JSON.stringify({
          published: '2018-01-09',
          source: 'Test wire',
        }),
      }),
    );
    expect(story).toMatchObject({
      slug: 'talks-in-seoul',
      title: 'Talks in Seoul',
      published: '2018-01-09',
      source: 'Test wire',
    });
    expect(story?.places.map((p) => p.name)).toContain('Seoul');
  });
});
