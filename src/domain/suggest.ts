import { damerauLevenshtein, normalizeName } from './text.js';

/**
 * Up to `limit` names closest to what was typed, for "did you mean…?" when nothing matched.
 * Only reasonably close names qualify (about one edit in three letters).
 */
export function suggestNames<T>(items: readonly T[], nameOf: (t: T) => string, query: string, limit = 3): T[] {
  const q = normalizeName(query);
  if (q.length < 3) return [];
  const max = Math.max(2, Math.floor(q.length / 3));
  return items
    .map((item) => ({ item, name: nameOf(item), d: damerauLevenshtein(q, normalizeName(nameOf(item)), max + 1) }))
    .filter((x) => x.d <= max)
    .sort((a, b) => a.d - b.d || a.name.localeCompare(b.name))
    .slice(0, limit)
    .map((x) => x.item);
}
