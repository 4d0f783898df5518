/**
 * The story model: the one typed shape that the parser produces, the build validates and
 * every view reads. Types are inferred from the zod schemas so they are written once.
 *
 * Every entity points back into the article by `{start, end}`: UTF-16 offsets into the
 * ORIGINAL text, `end` exclusive, so `text.slice(start, end)` is the mention.
 */
import { z } from 'zod';

/** A half-open range of UTF-16 code units in the original article text. */
export const TextSpanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type TextSpan = z.infer<typeof TextSpanSchema>;

/** A span together with the text it covers (kept for readers of the JSON). */
export const QuotedSpanSchema = TextSpanSchema.extend({ text: z.string() });
export type QuotedSpan = z.infer<typeof QuotedSpanSchema>;

export const ParagraphSchema = TextSpanSchema.extend({ sentences: z.array(TextSpanSchema) });
export type Paragraph = z.infer<typeof ParagraphSchema>;

/** TIMEX3 types, as in the TimeML guidelines. */
export const TimexTypeSchema = z.enum(['DATE', 'TIME', 'DURATION', 'SET']);
export type TimexType = z.infer<typeof TimexTypeSchema>;

/**
 * A temporal expression with its TIMEX3 value resolved against the publication date.
 * @example { text: 'next month', type: 'DATE', value: '2018-02' }
 */
export const TimexSchema = QuotedSpanSchema.extend({
  id: z.string(),
  type: TimexTypeSchema,
  value: z.string(),
  mod: z.string().optional(),
});
export type Timex = z.infer<typeof TimexSchema>;

export const PlaceKindSchema = z.enum([
  'country',
  'region',
  'admin',
  'city',
  'village',
  'landmark',
]);
export type PlaceKind = z.infer<typeof PlaceKindSchema>;

/** One mention of an entity. `actor` marks metonymy: "Lima suggested" is a government speaking. */
export const MentionSchema = QuotedSpanSchema.extend({ actor: z.boolean().optional() });
export type Mention = z.infer<typeof MentionSchema>;

export const PlaceSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: PlaceKindSchema,
  lat: z.number().min(-90).max(90).nullable(),
  lon: z.number().min(-180).max(180).nullable(),
  /** ISO 3166-1 alpha-2 code of the country the place lies in, when known. */
  country: z.string().nullable(),
  /** Where the coordinates come from (gazetteer and record id). */
  source: z.string(),
  aliases: z.array(z.string()),
  /** Toponym mentions ("Lima", "the US"). */
  mentions: z.array(MentionSchema),
  /** Adjectives and nouns of nationality that point at the place ("Chinese", "Americans"). */
  demonyms: z.array(MentionSchema),
  /** Phrases that point at the place without naming it ("the Uruguayan capital"). */
  descriptions: z.array(MentionSchema),
});
export type Place = z.infer<typeof PlaceSchema>;

export const PersonSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: z.string().nullable(),
  aliases: z.array(z.string()),
  mentions: z.array(MentionSchema),
});
export type Person = z.infer<typeof PersonSchema>;

export const QuoteSchema = TextSpanSchema.extend({
  id: z.string(),
  /** Id of the speaking person, or null when the text does not say who speaks. */
  speaker: z.string().nullable(),
  /**
   * Who speaks as the text names them when no person does ("the ministry", "KCNA"), or null
   * when a person speaks or the text names nobody.
   */
  source: z.string().nullable(),
  text: z.string(),
});
export type Quote = z.infer<typeof QuoteSchema>;

export const PrecisionSchema = z.enum(['day', 'month', 'year', 'decade']);
export type Precision = z.infer<typeof PrecisionSchema>;

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

/**
 * When an event happens: an inclusive day range, how precise the text is, and the phrase
 * that dates it ("next month" -> 2018-02-01..2018-02-28, precision month).
 */
export const DateSpanSchema = z.object({
  start: isoDay,
  end: isoDay,
  precision: PrecisionSchema,
  approximate: z.boolean(),
  text: z.string(),
});
export type DateSpan = z.infer<typeof DateSpanSchema>;

export const EventStatusSchema = z.enum(['happened', 'ongoing', 'scheduled', 'proposed']);
export type EventStatus = z.infer<typeof EventStatusSchema>;

export const StoryEventSchema = z.object({
  id: z.string(),
  headline: z.string(),
  date: DateSpanSchema.nullable(),
  status: EventStatusSchema,
  /** Ids of places where the event happens. */
  places: z.array(z.string()),
  /** Ids of people or places (as actors) who take part. */
  actors: z.array(z.string()),
  evidence: QuotedSpanSchema,
});
export type StoryEvent = z.infer<typeof StoryEventSchema>;

export const StorySchema = z.object({
  slug: z.string(),
  title: z.string(),
  titleSpan: TextSpanSchema.nullable(),
  /** Publication date, YYYY-MM-DD, or null when unknown. */
  published: isoDay.nullable(),
  source: z.string().nullable(),
  language: z.string(),
  text: z.string(),
  paragraphs: z.array(ParagraphSchema),
  timexes: z.array(TimexSchema),
  places: z.array(PlaceSchema),
  people: z.array(PersonSchema),
  quotes: z.array(QuoteSchema),
  events: z.array(StoryEventSchema),
});
export type Story = z.infer<typeof StorySchema>;

/** What the app knows of every story before it loads one: enough to list and pick them. */
export type StoryListing = Pick<Story, 'slug' | 'title'>;
