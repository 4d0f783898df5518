/**
 * A dateline in capitals before the news: "ROME —", "LIMA, Nov. 22 (Reuters) -", "NEW YORK
 * (AP) —", "SEOUL/TOKYO (Reuters) -", or a date and an agency alone: "Oct 31 (Reuters) -",
 * or the agency alone: "(Reuters) -"; "GOMA, Democratic Republic of Congo, Jan 27 (Reuters) -"
 * names its country in full; a date may stand alone before the dash ("Jan 6 - ").
 * The place in it is a toponym; the rest is not part of what the story reports.
 */
export const DATELINE =
  /^(?:\p{Lu}[\p{Lu} .'’/-]+(?:,[^\n—–]{0,60}?)?[ \t]*(?:\([^)\n]{1,30}\)[ \t]*)?|(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d{1,2}(?:,[ \t]*\d{4})?[ \t]*(?:\([^)\n]{1,30}\)[ \t]*)?|\([\p{L} .&-]{1,30}\)[ \t]*)(?:[—–]|--?)[ \t]+/u;

/**
 * Where the places of a dateline end, from the start of a paragraph, or 0 if it opens with
 * none. Wire copy filed from two places joins them: "SEOUL/PANMUNJOM (Reuters) -".
 */
export function datelinePlacesLength(opening: string): number {
  if (!DATELINE.test(opening)) return 0;
  return /^\p{Lu}[\p{Lu} .'’/-]*\p{Lu}/u.exec(opening)?.[0].length ?? 0;
}
