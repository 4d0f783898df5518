import { type Story, StorySchema, type TextSpan } from './model.ts';

/** What validation found: errors make a story unusable, warnings do not. */
export interface Validation {
  errors: string[];
  warnings: string[];
}

/**
 * Checks a value against the story schema and the invariants a schema cannot state:
 * every span lies inside the text, ids are unique, references point at existing entities.
 */
export function validateStory(value: unknown): Validation & { story: Story | null } {
  const parsed = StorySchema.safeParse(value);
  if (!parsed.success) {
    return {
      story: null,
      errors: parsed.error.issues.map((i) => `${i.path.join('.') || '(story)'}: ${i.message}`),
      warnings: [],
    };
  }
  const story = parsed.data;
  const errors: string[] = [];
  const warnings: string[] = [];
  const n = story.text.length;
  const checkSpan = (where: string, s: TextSpan) => {
    if (s.start > s.end || s.end > n)
      errors.push(`${where}: span ${s.start}..${s.end} is outside the text (${n})`);
  };
  if (story.titleSpan) checkSpan('titleSpan', story.titleSpan);
  for (const [i, p] of story.paragraphs.entries()) {
    checkSpan(`paragraphs.${i}`, p);
    for (const [j, s] of p.sentences.entries()) checkSpan(`paragraphs.${i}.sentences.${j}`, s);
  }
  for (const [i, t] of story.timexes.entries()) checkSpan(`timexes.${i}`, t);
  for (const [i, q] of story.quotes.entries()) checkSpan(`quotes.${i}`, q);
  for (const [i, e] of story.events.entries()) checkSpan(`events.${i}.evidence`, e.evidence);
  for (const [i, p] of story.places.entries()) {
    for (const [j, m] of [...p.mentions, ...p.demonyms, ...p.descriptions].entries())
      checkSpan(`places.${i}.mentions.${j}`, m);
  }
  for (const [i, p] of story.people.entries()) {
    for (const [j, m] of p.mentions.entries()) checkSpan(`people.${i}.mentions.${j}`, m);
  }
  const ids = new Set<string>();
  for (const entity of [...story.places, ...story.people, ...story.events, ...story.quotes]) {
    if (ids.has(entity.id)) errors.push(`duplicate id "${entity.id}"`);
    ids.add(entity.id);
  }
  const placeIds = new Set(story.places.map((p) => p.id));
  const personIds = new Set(story.people.map((p) => p.id));
  for (const e of story.events) {
    for (const p of e.places)
      if (!placeIds.has(p)) errors.push(`event ${e.id}: unknown place "${p}"`);
    for (const a of e.actors) {
      if (!placeIds.has(a) && !personIds.has(a)) errors.push(`event ${e.id}: unknown actor "${a}"`);
    }
    if (e.date && e.date.start > e.date.end)
      errors.push(`event ${e.id}: date starts after it ends`);
  }
  for (const q of story.quotes) {
    if (q.speaker && !personIds.has(q.speaker))
      errors.push(`quote ${q.id}: unknown speaker "${q.speaker}"`);
  }
  for (const p of story.places) {
    if (p.lat === null) warnings.push(`place ${p.id} ("${p.name}") has no coordinates`);
  }
  return { story: errors.length ? null : story, errors, warnings };
}
