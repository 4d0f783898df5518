/**
 * A dateline in capitals before the news: "ROME —", "LIMA, Nov. 22 (Reuters) -", "NEW YORK
 * (AP) —". The place in it is a toponym; the rest is not part of what the story reports.
 */
export const DATELINE =
  /^\p{Lu}[\p{Lu} .'’-]+(?:,[^\n—–]{0,30}?)?[ \t]*(?:\([^)\n]{1,30}\)[ \t]*)?(?:[—–]|--?)[ \t]+/u;
