import type { DateSpan } from '../../story/model.ts';

const MONTH = new Intl.DateTimeFormat('en-GB', {
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const DAY = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "Feb 2018", "9 Jan 2018", "2017", "the 2010s": what a date resolved to, at its precision. */
export function resolvedLabel(date: DateSpan): string {
  const d = new Date(`${date.start}T00:00:00Z`);
  switch (date.precision) {
    case 'day':
      return date.start === date.end
        ? DAY.format(d)
        : `${DAY.format(d)} – ${DAY.format(new Date(`${date.end}T00:00:00Z`))}`;
    case 'month':
      return date.start.slice(0, 7) === date.end.slice(0, 7)
        ? MONTH.format(d)
        : `${MONTH.format(d)} – ${MONTH.format(new Date(`${date.end}T00:00:00Z`))}`;
    case 'year':
      return date.start.slice(0, 4);
    case 'decade':
      return `the ${date.start.slice(0, 3)}0s`;
  }
}

/** Says both what the article said and what it resolved to: "next month → Feb 2018". */
export function dateLabel(date: DateSpan): string {
  const resolved = resolvedLabel(date);
  const said = date.text.trim();
  // No phrase dates today's news: the publication date does.
  if (!said) return `${resolved} (the story’s day)`;
  const prefix = date.approximate ? 'about ' : '';
  return said && said.toLowerCase() !== resolved.toLowerCase()
    ? `“${said}” → ${prefix}${resolved}`
    : `${prefix}${resolved}`;
}
