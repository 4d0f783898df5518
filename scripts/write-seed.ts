import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SeedMeta } from '../src/build/read-seed.ts';

/** Writes DIR/SLUG.txt and DIR/SLUG.meta.json, the two files of a seed; returns DIR. */
export function writeSeed(dir: string, slug: string, text: string, meta: SeedMeta): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${slug}.txt`), text);
  writeFileSync(join(dir, `${slug}.meta.json`), `${JSON.stringify(meta)}\n`);
  return dir;
}
