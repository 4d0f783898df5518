import type { Place, Story } from '../../story/model.ts';

/** Places drawn as pins: cities, villages and landmarks with coordinates. */
export function pinnedPlaces(story: Story): Array<Place & { lat: number; lon: number }> {
  return story.places.filter(
    (p): p is Place & { lat: number; lon: number } =>
      p.lat !== null &&
      p.lon !== null &&
      (p.kind === 'city' || p.kind === 'village' || p.kind === 'landmark' || p.kind === 'admin'),
  );
}

/** [[south, west], [north, east]] around points, or null for none. */
export function boundsOf(
  points: Array<{ lat: number; lon: number }>,
): [[number, number], [number, number]] | null {
  if (points.length === 0) return null;
  const lats = points.map((p) => p.lat);
  const lons = points.map((p) => p.lon);
  return [
    [Math.min(...lats), Math.min(...lons)],
    [Math.max(...lats), Math.max(...lons)],
  ];
}

/** Pin radius in pixels: places mentioned more often weigh more. */
export function pinRadius(mentions: number): number {
  return Math.round(6 + Math.min(8, Math.log2(1 + mentions) * 3));
}

export type LabelSide = 'right' | 'left' | 'top' | 'bottom';

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * Puts each label on the side of its pin where it collides with no pin, no label placed before
 * it (most mentioned first) and stays inside the frame, when one is given; a label with no free
 * side is hidden (null) and its name stays available to screen readers.
 */
export function placeLabels(
  points: Array<{ id: string; x: number; y: number; width: number; height: number; r: number }>,
  frame?: { width: number; height: number },
): Map<string, LabelSide | null> {
  const placed: Box[] = points.map((p) => ({
    x0: p.x - p.r,
    y0: p.y - p.r,
    x1: p.x + p.r,
    y1: p.y + p.r,
  }));
  const inside = (b: Box) =>
    !frame || (b.x0 >= 0 && b.y0 >= 0 && b.x1 <= frame.width && b.y1 <= frame.height);
  const out = new Map<string, LabelSide | null>();
  for (const [i, p] of points.entries()) {
    const gap = p.r + 3;
    const boxes: Array<[LabelSide, Box]> = [
      [
        'right',
        { x0: p.x + gap, y0: p.y - p.height / 2, x1: p.x + gap + p.width, y1: p.y + p.height / 2 },
      ],
      [
        'left',
        { x0: p.x - gap - p.width, y0: p.y - p.height / 2, x1: p.x - gap, y1: p.y + p.height / 2 },
      ],
      [
        'top',
        { x0: p.x - p.width / 2, y0: p.y - gap - p.height, x1: p.x + p.width / 2, y1: p.y - gap },
      ],
      [
        'bottom',
        { x0: p.x - p.width / 2, y0: p.y + gap, x1: p.x + p.width / 2, y1: p.y + gap + p.height },
      ],
    ];
    const own = placed[i];
    const free = boxes.find(
      ([, b]) => inside(b) && !placed.some((o) => o !== own && overlaps(o, b)),
    );
    out.set(p.id, free ? free[0] : null);
    if (free) placed.push(free[1]);
  }
  return out;
}
