/**
 * Writes a seeds folder with one synthetic article of N dated events, for the benchmark:
 * `tsx scripts/synthetic-seeds.ts 10000 bench-results/seeds-10000`. Each sentence reports talks
 * on a distinct day in one of a few capitals, so the parser yields N events on the timeline.
 */
import { writeSeed } from './write-seed.ts';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const CITIES = [
  'Seoul',
  'Tokyo',
  'Beijing',
  'Moscow',
  'Berlin',
  'Paris',
  'Nairobi',
  'Lima',
  'Ottawa',
  'Canberra',
];

export function syntheticArticle(n: number): string {
  const lines = [`A synthetic chronicle of ${n} meetings`, ''];
  const start = Date.UTC(1990, 0, 1);
  for (let i = 0; i < n; i++) {
    const d = new Date(start + i * 86_400_000);
    const when = `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
    lines.push(`On ${when}, officials held talks in ${CITIES[i % CITIES.length]}.`, '');
  }
  return lines.join('\n');
}

export function writeSyntheticSeeds(n: number, dir: string): string {
  return writeSeed(dir, `synthetic-${n}`, syntheticArticle(n), {
    published: '2030-01-01',
    source: 'synthetic',
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const n = Number(process.argv[2] ?? 1000);
  console.log(writeSyntheticSeeds(n, process.argv[3] ?? `bench-results/seeds-${n}`));
}
