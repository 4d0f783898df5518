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

/**
 * Pointer gestures on the strip: a mouse drag scrolls it sideways (touch and trackpads scroll
 * natively), and a two-finger pinch zooms it one step per quarter of spread.
 */
export function usePointerGestures(
  ref: RefObject<HTMLElement | null>,
  zoomBy: (step: number) => void,
) {
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    let drag: { x: number; left: number } | null = null;
    const touches = new Map<number, { x: number; y: number }>();
    let pinch: number | null = null;
    const spread = () => {
      const [a, b] = [...touches.values()];
      return a && b ? Math.hypot(a.x - b.x, a.y - b.y) : 0;
    };
    const down = (e: PointerEvent) => {
      if (e.pointerType === 'touch') {
        touches.set(e.pointerId, { x: e.clientX, y: e.clientY });
        if (touches.size === 2) pinch = spread();
        return;
      }
      if (
        e.pointerType !== 'mouse' ||
        e.button !== 0 ||
        (e.target as HTMLElement).closest('[role="option"], button')
      )
        return;
      drag = { x: e.clientX, left: el.scrollLeft };
    };
    const move = (e: PointerEvent) => {
      if (drag) el.scrollLeft = drag.left - (e.clientX - drag.x);
      if (!touches.has(e.pointerId)) return;
      touches.set(e.pointerId, { x: e.clientX, y: e.clientY });
      const now = spread();
      if (pinch && now && (now / pinch > 1.25 || now / pinch < 0.8)) {
        zoomBy(now > pinch ? 1 : -1);
        pinch = now;
      }
    };
    const up = (e: PointerEvent) => {
      drag = null;
      touches.delete(e.pointerId);
      if (touches.size < 2) pinch = null;
    };
    el.addEventListener('pointerdown', down);
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
    window.addEventListener('pointercancel', up);
    return () => {
      el.removeEventListener('pointerdown', down);
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
      window.removeEventListener('pointercancel', up);
    };
  }, [ref, zoomBy]);
}
