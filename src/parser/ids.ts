/** A readable, URL-safe id from a phrase: "Talks at Geneva" -> "talks-at-geneva". */
export function slugify(phrase: string, maxWords = 6): string {
  const slug = phrase
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, maxWords)
    .join('-');
  return slug || 'item';
}

/** Hands out ids unique within one story: a repeat gets "-2", "-3" (in constant time). */
export function idMaker(): (base: string) => string {
  const used = new Set<string>();
  const next = new Map<string, number>();
  return (base) => {
    let n = next.get(base) ?? 1;
    let id = n === 1 ? base : `${base}-${n}`;
    while (used.has(id)) id = `${base}-${++n}`;
    next.set(base, n + 1);
    used.add(id);
    return id;
  };
}
