import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'cli-'));
function parse(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/build/cli.ts', ...args], {
    encoding: 'utf8',
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('npm run parse', () => {
  it('prints the story as JSON and nothing else', () => {
    const file = join(dir, 'ok.txt');
    writeFileSync(
      file,
      'Talks resume\n\nDiplomats met in Seoul on Monday and will meet again next month.',
    );
    const { code, out, err } = parse(file, '--published', '2018-01-09');
    expect(code).toBe(0);
    expect(err).toBe('');
    const story = JSON.parse(out);
    expect(story.title).toBe('Talks resume');
    expect(story.timexes.map((t: { value: string }) => t.value)).toEqual(['2018-01-08', '2018-02']);
    expect(story.places[0]).toMatchObject({ name: 'Seoul', kind: 'city' });
    // (In a clean checkout this first run builds the gazetteer cache while other test files
    // load the machine: a bound against a hang, not a speed target.)
  }, 120_000);

  it.each([
    ['a missing file', ['no/such/file.txt'], /no such file/],
    ['a bad date', ['seeds/north-korea-olympics.txt', '--published', '2018-13-01'], /real date/],
    ['no file at all', [], /no file given/],
  ])('refuses %s with exit code 2 and a message on stderr', (_why, args, message) => {
    const { code, out, err } = parse(...args);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(message);
  });

  it('refuses binary input', () => {
    const file = join(dir, 'blob.bin');
    writeFileSync(
      file,
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]),
    );
    const { code, err } = parse(file);
    expect(code).toBe(2);
    expect(err).toMatch(/UTF-8|binary/);
  });
});
