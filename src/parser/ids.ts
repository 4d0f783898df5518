/** A readable, URL-safe id from a phrase: "Talks at Panmunjom" -> "talks-at-panmunjom". */
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

/** Hands out ids unique within one story: a repeat gets "-2", "-3". */
export function idMaker(): (base: string) => string {
  const used = new Set<string>();
  return (base) => {
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
}
