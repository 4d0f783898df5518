/**
 * npm run bench:parse — the parser's speed and memory, never part of the tests.
 * Prints a table and writes bench-results/parse.json. Targets (issue #3): the seed under 50 ms
 * warm, at least 100 KB/s on a 1 MB article of real news sentences, and linear growth.
 * `--check` exits non-zero when a target is missed.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parserResources } from '../src/build/parser-resources.ts';
import { parseArticle } from '../src/parser/index.ts';
import { longArticle } from './long-seed.ts';

const check = process.argv.includes('--check');
const seed = readFileSync('seeds/north-korea-olympics.txt', 'utf8');
const opts = { published: '2018-01-09', ...parserResources() };

let peak = process.memoryUsage().rss;
const sample = () => {
  peak = Math.max(peak, process.memoryUsage().rss);
};
const timer = setInterval(sample, 5);

function time(text: string, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    parseArticle(text, opts);
    times.push(performance.now() - t);
    sample();
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? 0;
}

time(seed, 5); // warm up
const seedMs = time(seed, 21);
const article = (kb: number) => longArticle(kb);
const sizes = [256, 512, 1024];
const rows = sizes.map((kb) => {
  const ms = time(article(kb), 3);
  return { kb, ms: Math.round(ms), kbPerSecond: Math.round(kb / (ms / 1000)) };
});
// Text no news article holds but a pasted page may: one sentence with a run of layout spaces,
// an unbroken token (an encoded file), a shouted run of capitalised words. Each must grow
// linearly too (a long run of spaces had cost the square of its length).
const odd: Record<string, { make: (kb: number) => string; sizes: [number, number] }> = {
  // (Sizes large enough that the parse, not the fixed cost of a call, is measured.)
  'a run of spaces': {
    make: (kb) => `The gunman${' '.repeat(kb * 1024)}, 20, of Seoul, fired shots.`,
    sizes: [1024, 4096],
  },
  'an unbroken token': {
    make: (kb) => `The file ${'QUJD'.repeat(kb * 256)} was attached on Monday.`,
    sizes: [128, 512],
  },
  'a shouted run of names': {
    make: (kb) => `THE TALKS ${'SEOUL '.repeat((kb * 1024) / 6)}ENDED ON MONDAY.`,
    sizes: [64, 256],
  },
};
const oddRows = Object.entries(odd).map(([name, { make, sizes }]) => {
  time(make(16), 2); // warm up this kind's paths
  const [small, large] = sizes.map((kb) => time(make(kb), 3) / kb) as [number, number];
  return {
    name,
    sizes,
    msLarge: Math.round(large * sizes[1]),
    growthPerKbRatio: Number((large / small).toFixed(2)),
  };
});
clearInterval(timer);
sample();

const perKb = rows.map((r) => r.ms / r.kb);
const growth = (perKb.at(-1) ?? 0) / (perKb[0] ?? 1);
const result = {
  seedMsWarm: Number(seedMs.toFixed(2)),
  rows,
  kbPerSecond1MB: rows.at(-1)?.kbPerSecond ?? 0,
  growthPerKbRatio: Number(growth.toFixed(2)),
  oddText: oddRows,
  peakRssMB: Math.round(peak / 1e6),
  node: process.version,
};
console.log('| measure | value | target |');
console.log('| --- | --- | --- |');
console.log(`| seed, warm (median of 21) | ${result.seedMsWarm} ms | < 50 ms |`);
for (const r of rows)
  console.log(`| ${r.kb} KB article | ${r.ms} ms, ${r.kbPerSecond} KB/s | ≥ 100 KB/s |`);
console.log(`| time per KB, 1 MB vs 256 KB | ×${result.growthPerKbRatio} | ≤ ×1.5 (linear) |`);
for (const r of oddRows)
  console.log(
    `| ${r.name}: ${r.sizes[1]} KB, time per KB vs ${r.sizes[0]} KB | ${r.msLarge} ms, ×${r.growthPerKbRatio} | ≤ ×1.5 (linear) |`,
  );
console.log(`| peak RSS (gazetteer and names included) | ${result.peakRssMB} MB | |`);
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/parse.json', `${JSON.stringify(result, null, 2)}\n`);
const failures = [
  result.seedMsWarm >= 50 && 'seed parse is not under 50 ms',
  result.kbPerSecond1MB < 100 && 'under 100 KB/s on 1 MB',
  result.growthPerKbRatio > 1.5 && 'time grows faster than the text',
  ...oddRows.map((r) => r.growthPerKbRatio > 1.5 && `time grows faster than ${r.name}`),
].filter(Boolean);
if (check && failures.length) {
  console.error(`bench:parse: ${failures.join('; ')}`);
  process.exit(1);
}
