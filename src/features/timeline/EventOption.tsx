import type { CSSProperties, KeyboardEvent, ReactNode, Ref } from 'react';
import type { StoryEvent } from '../../story/model.ts';
import { dateLabel } from './date-label.ts';

const STATUS_NAMES: Record<StoryEvent['status'], string> = {
  happened: 'Happened',
  ongoing: 'Ongoing',
  scheduled: 'Scheduled',
  proposed: 'Proposed',
};

/** The machine-readable date at the precision the text gave. */
function datetime(date: NonNullable<StoryEvent['date']>): string {
  if (date.precision === 'day') return date.start;
  if (date.precision === 'month') return date.start.slice(0, 7);
  return date.start.slice(0, 4);
}

interface Props {
  event: StoryEvent;
  selected: boolean;
  related: boolean;
  tabbable: boolean;
  /** Place in the whole list, which is only partly rendered. */
  position: number;
  count: number;
  style?: CSSProperties;
  extent?: ReactNode;
  ref: Ref<HTMLDivElement>;
  onSelect: () => void;
  onKeyDown: (e: KeyboardEvent<HTMLDivElement>) => void;
}

/** One event of the timeline: headline, what the text said of its date and what that means, status. */
export function EventOption({
  event,
  selected,
  related,
  tabbable,
  position,
  count,
  style,
  extent,
  ref,
  onSelect,
  onKeyDown,
}: Props) {
  const classes = [
    'tl-event',
    `status-${event.status}`,
    selected && 'is-selected',
    related && 'is-related',
    event.date?.approximate && 'is-approximate',
  ];
  return (
    <div
      id={`event-${event.id}`}
      role="option"
      aria-selected={selected}
      aria-posinset={position}
      aria-setsize={count}
      tabIndex={tabbable ? 0 : -1}
      ref={ref}
      className={classes.filter(Boolean).join(' ')}
      style={style}
      onClick={onSelect}
      onKeyDown={onKeyDown}
    >
      {extent}
      <span className="tl-headline">{event.headline}</span>
      <span className="tl-meta">
        {event.date ? (
          <time dateTime={datetime(event.date)}>{dateLabel(event.date)}</time>
        ) : (
          <span>No date given</span>
        )}
        <span className="tl-status">{STATUS_NAMES[event.status]}</span>
      </span>
    </div>
  );
}
