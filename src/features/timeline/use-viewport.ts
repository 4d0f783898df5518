import { type RefObject, useEffect, useState } from 'react';

export interface Viewport {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The visible part of a scrolling box, updated at most once a frame. */
export function useViewport(ref: RefObject<HTMLElement | null>): Viewport {
  const [view, setView] = useState<Viewport>({ left: 0, top: 0, width: 1600, height: 800 });
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    let frame = 0;
    const read = () => {
      frame = 0;
      setView({
        left: el.scrollLeft,
        top: el.scrollTop,
        width: el.clientWidth || 1600,
        height: el.clientHeight || 800,
      });
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(read);
    };
    read();
    el.addEventListener('scroll', schedule, { passive: true });
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(schedule);
    observer?.observe(el);
    return () => {
      el.removeEventListener('scroll', schedule);
      observer?.disconnect();
      if (frame) cancelAnimationFrame(frame);
    };
  }, [ref]);
  return view;
}

/** Mouse drag scrolls the box sideways (touch and trackpads scroll natively). */
export function useDragScroll(ref: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    let from: { x: number; left: number } | null = null;
    const down = (e: PointerEvent) => {
      if (
        e.pointerType !== 'mouse' ||
        e.button !== 0 ||
        (e.target as HTMLElement).closest('[role="option"], button')
      )
        return;
      from = { x: e.clientX, left: el.scrollLeft };
    };
    const move = (e: PointerEvent) => {
      if (from) el.scrollLeft = from.left - (e.clientX - from.x);
    };
    const up = () => {
      from = null;
    };
    el.addEventListener('pointerdown', down);
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
    return () => {
      el.removeEventListener('pointerdown', down);
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
    };
  }, [ref]);
}
