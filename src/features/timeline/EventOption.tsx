import { type KeyboardEvent, memo } from 'react';
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
  /** Place in the whole list, which is only partly rendered; also what the handlers receive. */
  index: number;
  count: number;
  selected: boolean;
  related: boolean;
  tabbable: boolean;
  /** Where a dated event sits on the axis (absent for undated events, which flow in a row). */
  box?: { left: number; top: number; width: number; extent: number };
  register: (id: string, el: HTMLDivElement | null) => void;
  onSelect: (index: number) => void;
  onKeyDown: (e: KeyboardEvent<HTMLDivElement>) => void;
}

/**
 * One event of the timeline: headline, what the text said of its date and what that means,
 * status. Memoised on plain props, so a selection re-renders only the options it changes.
 */
export const EventOption = memo(function EventOption({
  event,
  index,
  count,
  selected,
  related,
  tabbable,
  box,
  register,
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
      aria-posinset={index + 1}
      aria-setsize={count}
      tabIndex={tabbable ? 0 : -1}
      ref={(el) => register(event.id, el)}
      className={classes.filter(Boolean).join(' ')}
      style={box && { left: box.left, top: box.top, width: box.width }}
      onClick={() => onSelect(index)}
      onKeyDown={onKeyDown}
    >
      {box && (
        <span
          className={`tl-extent tl-${event.date?.precision}`}
          style={{ width: box.extent }}
          aria-hidden="true"
        />
      )}
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
}, sameOption);

function sameOption(a: Props, b: Props): boolean {
  return (
    a.event === b.event &&
    a.index === b.index &&
    a.count === b.count &&
    a.selected === b.selected &&
    a.related === b.related &&
    a.tabbable === b.tabbable &&
    a.box?.left === b.box?.left &&
    a.box?.top === b.box?.top &&
    a.box?.width === b.box?.width &&
    a.box?.extent === b.box?.extent &&
    a.register === b.register &&
    a.onSelect === b.onSelect &&
    a.onKeyDown === b.onKeyDown
  );
}
