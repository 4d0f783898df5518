/**
 * Node-only: common given names for the people extractor, from human-names (MIT; English,
 * German, Spanish, French, Italian and Dutch lists). Names that are also common English words
 * ("Will", "Grace", "Hope") are left out: capitalised, they open sentences and names of things.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { commonWords } from './load-gazetteer.ts';

const require = createRequire(import.meta.url);

let cached: ReadonlySet<string> | null = null;
let cachedGenders: ReadonlyMap<string, 'female' | 'male'> | null = null;

/** "François" as wire copy writes it, "Francois": the lists hold the accented form only. */
const unaccented = (name: string) => name.normalize('NFD').replace(/\p{M}/gu, '');

/** Each name of a list, and its unaccented form where that differs. */
function spellings(name: string): string[] {
  const bare = unaccented(name);
  return bare === name ? [name] : [name, bare];
}

function dataDir(): string {
  return join(dirname(require.resolve('human-names/package.json')), 'data');
}

export function loadGivenNames(): ReadonlySet<string> {
  if (cached) return cached;
  const dir = dataDir();
  // Only the commonest words (SCOWL 10 and 20): "John" and "Mike" are words too, in larger lists.
  const common = commonWords(['10', '20']);
  const names = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    for (const listed of JSON.parse(readFileSync(join(dir, file), 'utf8')) as string[])
      for (const name of spellings(listed))
        if (/^\p{Lu}\p{Ll}+$/u.test(name) && !common.has(name.toLowerCase())) names.add(name);
  }
  cached = names;
  return names;
}

/**
 * Whether a given name is a woman's or a man's in every list that holds it ("Claudia",
 * "Andrés"); a name both lists hold ("Andrea", "Jean") has none.
 */
export function loadGivenNameGenders(): ReadonlyMap<string, 'female' | 'male'> {
  if (cachedGenders) return cachedGenders;
  const dir = dataDir();
  const seen = new Map<string, 'female' | 'male' | 'both'>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const gender = file.startsWith('female-') ? 'female' : file.startsWith('male-') ? 'male' : null;
    if (!gender) continue;
    for (const listed of JSON.parse(readFileSync(join(dir, file), 'utf8')) as string[])
      for (const name of spellings(listed)) {
        const before = seen.get(name);
        seen.set(name, before && before !== gender ? 'both' : gender);
      }
  }
  const genders = new Map<string, 'female' | 'male'>();
  for (const [name, gender] of seen) if (gender !== 'both') genders.set(name, gender);
  cachedGenders = genders;
  return genders;
}
