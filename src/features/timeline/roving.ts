/**
 * Where focus goes in a one-dimensional list for a key (roving tabindex), or null when the key
 * does not move it.
 */
export function nextIndex(key: string, active: number, count: number): number | null {
  if (count === 0) return null;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return Math.min(count - 1, active + 1);
    case 'ArrowLeft':
    case 'ArrowUp':
      return Math.max(0, active - 1);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
