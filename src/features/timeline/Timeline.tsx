import {
  type KeyboardEvent,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { isSelected } from '../../selection/selection.ts';
import { useSelection } from '../../selection/selection-context.tsx';
import type { StoryEvent } from '../../story/model.ts';
import { eventsInOrder, firstStartingFrom } from '../../story/selectors.ts';
import { EventOption } from './EventOption.tsx';
import { nextIndex } from './roving.ts';
import { dayNumber, fittingZoom } from './time-scale.ts';
import { CARD_WIDTH, useTimelineLayout } from './use-timeline-layout.ts';
import { usePointerGestures, useViewport } from './use-viewport.ts';

const LANE_HEIGHT = 72;
const AXIS_HEIGHT = 40;
const ZOOMS = [0.5, 1, 2, 4, 8, 16, 32, 64];

function useWheelZoom(
  scroller: React.RefObject<HTMLDivElement | null>,
  zoomBy: (step: number) => void,
) {
  // Ctrl+wheel zooms (a trackpad pinch arrives as one); a vertical wheel scrolls sideways.
  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const onWheel = (ev: WheelEvent) => {
      if (ev.ctrlKey) {
        ev.preventDefault();
        zoomBy(ev.deltaY < 0 ? 1 : -1);
      } else if (Math.abs(ev.deltaY) > Math.abs(ev.deltaX) && el.scrollWidth > el.clientWidth) {
        ev.preventDefault();
        el.scrollLeft += ev.deltaY;
      }
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => el.removeEventListener('wheel', onWheel);
  }, [scroller, zoomBy]);
}

/**
 * The story's events on a true-scale axis: dated events where their dates fall, precision drawn
 * as points and bands, long empty stretches cut by breaks, undated events in their own lane.
 * A listbox with one tab stop: arrows, Home and End move; Enter or Space selects.
 */
export function Timeline() {
  const { story, selection, dispatch } = useSelection();
  const { dated, undated, all } = useMemo(() => {
    const ordered = eventsInOrder(story);
    const d = ordered.filter((e) => e.date);
    const u = ordered.filter((e) => !e.date);
    return { dated: d, undated: u, all: [...d, ...u] };
  }, [story]);
  // Start at the zoom where events on different days do not have to stack.
  const [zoomIndex, setZoomIndex] = useState(() => fittingZoom(dated, ZOOMS, CARD_WIDTH + 8));
  const zoomBy = useMemo(
    () => (step: number) => setZoomIndex((z) => Math.min(ZOOMS.length - 1, Math.max(0, z + step))),
    [],
  );
  const now = story.published ? dayNumber(story.published) : null;
  const layout = useTimelineLayout(dated, now, ZOOMS[zoomIndex] ?? 4);

  const selectedIndex = all.findIndex(
    (e) =>
      isSelected(selection, 'event', e.id) ||
      (selection?.kind === 'place' && e.places.includes(selection.id)),
  );
  const [focusIndex, setFocusIndex] = useState(0);
  const active = Math.min(focusIndex, Math.max(0, all.length - 1));
  const optionRefs = useRef(new Map<string, HTMLDivElement>());
  const scroller = useRef<HTMLDivElement>(null);
  const pendingFocus = useRef(false);
  useWheelZoom(scroller, zoomBy);
  usePointerGestures(scroller, zoomBy);
  const view = useViewport(scroller);

  /** Scrolls the strip so that event i is in view, whether or not it is rendered yet. */
  const reveal = (i: number, smooth: boolean) => {
    const el = scroller.current;
    const item = layout.items[i];
    if (!el) return;
    const reduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    const behavior = smooth && !reduced ? 'smooth' : 'auto';
    if (item) {
      const lane = layout.lanes[i] ?? 0;
      el.scrollTo?.({
        left: Math.max(0, item.start - el.clientWidth / 2 + CARD_WIDTH / 2),
        top: Math.max(0, lane * LANE_HEIGHT - LANE_HEIGHT),
        behavior,
      });
    } else {
      optionRefs.current
        .get(all[i]?.id ?? '')
        ?.scrollIntoView?.({ block: 'nearest', inline: 'center', behavior });
    }
  };

  // A selection made anywhere scrolls its event into view and makes it the tab stop.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the selected event changes, not when reveal's closure does
  useEffect(() => {
    if (selectedIndex < 0) return;
    setFocusIndex(selectedIndex);
    reveal(selectedIndex, true);
  }, [selectedIndex]);

  // Keyboard focus follows the active option once it is rendered.
  useEffect(() => {
    if (!pendingFocus.current) return;
    pendingFocus.current = false;
    optionRefs.current.get(all[active]?.id ?? '')?.focus();
  }, [active, all]);

  const select = (i: number) => {
    const e = all[i];
    if (!e) return;
    setFocusIndex(i);
    dispatch({ type: 'select', kind: 'event', id: e.id });
  };
  const onKeyDown = (ev: KeyboardEvent<HTMLDivElement>) => {
    if (ev.key === 'Enter' || ev.key === ' ') {
      ev.preventDefault();
      select(active);
      return;
    }
    const next = nextIndex(ev.key, active, all.length);
    if (next === null) return;
    ev.preventDefault();
    pendingFocus.current = true;
    setFocusIndex(next);
    reveal(next, false);
  };
  // Options are memoised: their handlers stay the same functions across renders and reach the
  // latest closures through a ref.
  const latest = useRef({ select, onKeyDown });
  useLayoutEffect(() => {
    latest.current = { select, onKeyDown };
  });
  const onSelectIndex = useCallback((i: number) => latest.current.select(i), []);
  const onOptionKeyDown = useCallback(
    (ev: KeyboardEvent<HTMLDivElement>) => latest.current.onKeyDown(ev),
    [],
  );
  const register = useCallback((id: string, el: HTMLDivElement | null) => {
    if (el) optionRefs.current.set(id, el);
    else optionRefs.current.delete(id);
  }, []);

  // Only what is on screen (and a screen either side) is in the DOM, found by binary search
  // on the sorted positions: 10,000 events stay smooth.
  const margin = view.width + 400;
  const from = firstStartingFrom(layout.items, view.left - margin);
  const to = firstStartingFrom(layout.items, view.left + view.width + margin);
  const rendered: number[] = [];
  for (let i = from; i < to; i++) rendered.push(i);
  // The tab stop and the selection stay rendered wherever they are (once, when they are one).
  for (const i of new Set([active, selectedIndex]))
    if (i >= 0 && i < dated.length && (i < from || i >= to)) rendered.push(i);
  const near = (x: number) => x > view.left - margin && x < view.left + view.width + margin;
  const option = (e: StoryEvent, i: number) => {
    const it = layout.items[i];
    return (
      <EventOption
        key={e.id}
        event={e}
        index={i}
        count={all.length}
        selected={isSelected(selection, 'event', e.id)}
        related={selection?.kind === 'place' && e.places.includes(selection.id)}
        tabbable={i === active}
        box={
          it && i < dated.length
            ? {
                left: it.start,
                top: AXIS_HEIGHT + (layout.lanes[i] ?? 0) * LANE_HEIGHT,
                width: CARD_WIDTH,
                extent: Math.max(8, it.end - it.start),
              }
            : undefined
        }
        register={register}
        onSelect={onSelectIndex}
        onKeyDown={onOptionKeyDown}
      />
    );
  };

  return (
    <section className="timeline" aria-label="Timeline">
      <div className="tl-toolbar">
        <h2 className="tl-title">Timeline</h2>
        <span className="tl-legend" aria-hidden="true">
          <span className="lg lg-happened">happened</span>{' '}
          <span className="lg lg-ongoing">ongoing</span>{' '}
          <span className="lg lg-scheduled">scheduled</span>{' '}
          <span className="lg lg-proposed">proposed</span>
        </span>
        <button
          type="button"
          onClick={() => zoomBy(-1)}
          disabled={zoomIndex === 0}
          aria-label="Zoom out of the timeline"
        >
          −
        </button>
        <button
          type="button"
          onClick={() => zoomBy(1)}
          disabled={zoomIndex === ZOOMS.length - 1}
          aria-label="Zoom in to the timeline"
        >
          +
        </button>
      </div>
      <div className="tl-scroller" ref={scroller}>
        <div
          role="listbox"
          aria-label="Events"
          aria-orientation="horizontal"
          className="tl-listbox"
        >
          {/* biome-ignore lint/a11y/useSemanticElements: a group of options inside a listbox, not a form fieldset */}
          <div
            role="group"
            aria-label="Dated events"
            className="tl-track"
            style={{
              width: layout.scale.width,
              height: layout.laneCount * LANE_HEIGHT + AXIS_HEIGHT,
            }}
          >
            <div className="tl-axis" aria-hidden="true">
              {layout.ticks
                .filter((t) => near(t.at))
                .map((t) => (
                  <span key={`${t.x}-${t.text}`} className="tl-tick" style={{ left: t.at }}>
                    {t.text}
                  </span>
                ))}
              {layout.scale.breaks.map((b) => (
                <span
                  key={b.fromDay}
                  className="tl-break"
                  style={{ left: b.x }}
                  title="Time skipped"
                />
              ))}
              {now !== null && (
                <span className="tl-now" style={{ left: layout.scale.x(now) }}>
                  now
                </span>
              )}
            </div>
            {rendered.map((i) => option(all[i] as StoryEvent, i))}
          </div>
          {undated.length > 0 && (
            // biome-ignore lint/a11y/useSemanticElements: a group of options inside a listbox, not a form fieldset
            <div role="group" aria-label="Undated events" className="tl-undated">
              <span className="tl-lane-name" aria-hidden="true">
                Undated
              </span>
              {undated.map((e, j) => option(e, dated.length + j))}
            </div>
          )}
        </div>
      </div>
    </section>
  );
}
