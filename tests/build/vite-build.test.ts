import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { describe, expect, it } from 'vitest';

describe('npm run build with a broken seed', () => {
  it('stops with one message naming the file and the problem', async () => {
    const seeds = mkdtempSync(join(tmpdir(), 'broken-seeds-'));
    writeFileSync(join(seeds, 'a.txt'), 'Headline\n\nBody text.\n');
    writeFileSync(join(seeds, 'a.meta.json'), '{ "published": "2018-13-45" }');
    process.env.SEEDS_DIR = seeds;
    try {
      await expect(
        build({
          logLevel: 'silent',
          build: { outDir: mkdtempSync(join(tmpdir(), 'out-')), write: false },
        }),
      ).rejects.toThrow(
        `Broken seed: ${join(seeds, 'a.meta.json')}: published: published must be a real date as YYYY-MM-DD`,
      );
    } finally {
      delete process.env.SEEDS_DIR;
    }
  }, 60_000);
});
