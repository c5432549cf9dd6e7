/**
 * Text normalisation and edit distance for matching Italian place names as
 * people type them: without accents, with "S." for San/Santa, with typos.
 */

/**
 * Lowercase, accent-free, punctuation-free form of a name with single spaces.
 *
 * People write "Citta' di Castello", "CITTÀ DI CASTELLO", "Sant’Anatolia";
 * all of these should meet the same key. Compatibility decomposition (NFKD)
 * also folds full-width letters and ligatures; apostrophes, dots and hyphens
 * become word breaks. Letters of any script are kept (they simply will not
 * match Italian names); emoji and symbols are dropped.
 */
export function normalizeName(s: string): string {
  return s
    .normalize('NFKD')
    .toLowerCase()
    .replace(/\p{M}+/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The normalised name without spaces, so "santanatolia" meets "sant anatolia". */
export function compactName(normalized: string): string {
  return normalized.replace(/ /g, '');
}

/**
 * Abbreviations seen in Italian place names, token by token. The literal token
 * is kept as the last alternative so an unusual name is never lost.
 */
const ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  s: ['san', 'santa', 'santo', 'sant', 's'],
  ss: ['santi', 'ss'],
  sta: ['santa', 'sta'],
  sto: ['santo', 'sto'],
  m: ['monte', 'm'],
  mte: ['monte', 'mte'],
  c: ['citta', 'c'],
};

/** Upper bound on spellings produced for one name, so "S. S. S. S." cannot explode. */
export const MAX_VARIANTS = 8;

/**
 * Spellings a normalised name may stand for, most likely first: "ponte s
 * giovanni" → "ponte san giovanni", "ponte santa giovanni", …, "ponte s giovanni".
 * Used on both sides of a match so "S. Maria" in data meets "Santa Maria" typed.
 */
export function expandAbbreviations(normalized: string): string[] {
  if (normalized === '') return [];
  let variants: string[][] = [[]];
  for (const token of normalized.split(' ')) {
    const options = ABBREVIATIONS[token] ?? [token];
    const next: string[][] = [];
    for (const prefix of variants) {
      for (const option of options) {
        if (next.length >= MAX_VARIANTS) break;
        next.push([...prefix, option]);
      }
    }
    variants = next;
  }
  return [...new Set(variants.map((tokens) => tokens.join(' ')))];
}

/**
 * Reused rows for the distance table: matching thousands of names per query
 * should not churn the garbage collector. Every cell read is written first
 * within the same call, so leftovers from earlier calls never leak in.
 */
let scratch = new Int32Array(3 * 64);

/**
 * Damerau–Levenshtein distance, optimal-string-alignment variant: insertions,
 * deletions, substitutions and swaps of two adjacent letters each cost 1
 * ("gualdo tadno", "pergua"). With `maxDist` the work is limited to a band
 * around the diagonal and stops as soon as the bound cannot be met; any
 * distance above the bound is reported as `maxDist + 1`.
 */
export function damerauLevenshtein(a: string, b: string, maxDist = Infinity): number {
  if (a === b) return 0;
  const la = a.length;
  const lb = b.length;
  const bounded = Number.isFinite(maxDist);
  const limit = bounded ? Math.max(0, Math.floor(maxDist)) : la + lb;
  const over = limit + 1;
  if (Math.abs(la - lb) > limit) return over;
  if (la === 0 || lb === 0) return Math.max(la, lb);

  if (scratch.length < 3 * (lb + 1)) scratch = new Int32Array(3 * (lb + 1) * 2);
  let prev2 = scratch.subarray(0, lb + 1);
  let prev = scratch.subarray(lb + 1, 2 * (lb + 1));
  let cur = scratch.subarray(2 * (lb + 1), 3 * (lb + 1));
  for (let j = 0; j <= lb; j++) prev[j] = j;

  for (let i = 1; i <= la; i++) {
    const from = Math.max(1, i - limit);
    const to = Math.min(lb, i + limit);
    cur[from - 1] = from === 1 ? i : over;
    let rowMin = cur[from - 1]!;
    const ca = a.charCodeAt(i - 1);
    const caPrev = i > 1 ? a.charCodeAt(i - 2) : -1;
    for (let j = from; j <= to; j++) {
      const cb = b.charCodeAt(j - 1);
      let v = prev[j - 1]! + (ca === cb ? 0 : 1);
      const del = prev[j]! + 1;
      if (del < v) v = del;
      const ins = cur[j - 1]! + 1;
      if (ins < v) v = ins;
      if (j > 1 && ca === b.charCodeAt(j - 2) && caPrev === cb) {
        const swap = prev2[j - 2]! + 1;
        if (swap < v) v = swap;
      }
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (to < lb) cur[to + 1] = over;
    if (rowMin > limit) return over;
    const spare = prev2;
    prev2 = prev;
    prev = cur;
    cur = spare;
  }
  const d = prev[lb]!;
  return d > limit ? over : d;
}
