/**
 * Node-only: reads an article and its metadata from disk and says exactly what is wrong with
 * them, so a broken seed stops the build with one message that names the file.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { parseIsoDay } from '../parser/refiners/calendar.ts';

/**
 * Metadata beside an article: `<slug>.meta.json`. Unknown keys are refused, so a typo or a
 * `slug` (the file name is the slug, which keeps slugs unique) never passes unnoticed.
 */
export const SeedMetaSchema = z.strictObject({
  published: z
    .string()
    .refine((s) => parseIsoDay(s) !== null, 'published must be a real date as YYYY-MM-DD'),
  source: z.string().optional(),
  language: z.string().min(2).optional(),
  title: z.string().optional(),
});
export type SeedMeta = z.infer<typeof SeedMetaSchema>;

export class SeedError extends Error {
  constructor(
    readonly file: string,
    problem: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = 'SeedError';
  }
}

/** A NUL, or control characters other than tab and line breaks in more than 1 in 1000 characters. */
function looksBinary(text: string): boolean {
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) controls++;
  }
  return controls > Math.max(3, text.length / 1000);
}

/** Decodes bytes as UTF-8 text, refusing binary data and invalid UTF-8. */
export function decodeText(file: string, bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new SeedError(file, 'is not valid UTF-8 text');
  }
  if (looksBinary(text)) throw new SeedError(file, 'looks like binary data, not text');
  return text.replace(/^\uFEFF/, '');
}

export function readArticle(file: string): string {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new SeedError(
      file,
      code === 'ENOENT' ? 'no such file' : `cannot be read (${code ?? String(e)})`,
    );
  }
  const text = decodeText(file, bytes);
  if (!text.trim()) throw new SeedError(file, 'is empty');
  return text;
}

export function readMeta(file: string): SeedMeta {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch {
    throw new SeedError(
      file,
      'is missing: every article needs metadata beside it with at least {"published": "YYYY-MM-DD"}',
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (e) {
    throw new SeedError(file, `is not valid JSON (${(e as Error).message})`);
  }
  const meta = SeedMetaSchema.safeParse(json);
  if (!meta.success) {
    throw new SeedError(
      file,
      meta.error.issues
        .map((i) =>
          i.code === 'unrecognized_keys'
            ? `${i.message} (known keys: ${Object.keys(SeedMetaSchema.shape).join(', ')}; the slug is the file name)`
            : `${i.path.join('.') || 'metadata'}: ${i.message}`,
        )
        .join('; '),
    );
  }
  return meta.data;
}
