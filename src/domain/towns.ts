/**
 * "Which town did they mean?" — matching what a person types against comuni
 * and frazioni, tolerant of accents, abbreviations and small typos.
 *
 * Keys are compact normalised spellings (see text.ts). Three indexes serve
 * three kinds of match: a hash map for exact names, a sorted key list for
 * prefixes (whole name or a later word, "tadino" → Gualdo Tadino), and
 * length buckets with cheap letter filters for typo-tolerant lookups.
 */
import { compactName, damerauLevenshtein, expandAbbreviations, normalizeName } from './text.js';

export type TownKind = 'comune' | 'frazione';

export type TownEntry = {
  readonly id: string;
  readonly name: string;
  readonly kind: TownKind;
  /** The comune a frazione belongs to (a comune points at itself). */
  readonly comuneId: string;
  /** Other names people use for the same place. */
  readonly aliases?: readonly string[];
};

export type TownMatchKind = 'exact' | 'prefix' | 'fuzzy';

export type TownMatch<E extends TownEntry = TownEntry> = {
  entry: E;
  /** 0–1, higher is better; only meaningful for ordering. */
  score: number;
  kind: TownMatchKind;
};

export type MatchTownOptions = {
  /** Maximum number of matches returned (default 5). */
  limit?: number;
};

/**
 * Typo search structures: keys numbered, grouped by length, each with a
 * letter-presence bitmask and a letter histogram (HIST_SLOTS counts per key)
 * that reject most candidates before any distance is computed.
 */
type FuzzyIndex = {
  readonly keys: readonly string[];
  readonly entries: Int32Array;
  readonly byLength: ReadonlyMap<number, Int32Array>;
  readonly masks: Int32Array;
  readonly hist: Uint8Array;
};

export type TownIndex<E extends TownEntry = TownEntry> = {
  readonly entries: readonly E[];
  readonly exact: ReadonlyMap<string, readonly number[]>;
  /** Sorted keys with, in the same order, the entry and whether the key starts at the name's first word. */
  readonly prefixKeys: readonly string[];
  readonly prefixEntries: Int32Array;
  readonly prefixWhole: Uint8Array;
  readonly fuzzy: FuzzyIndex;
};

/** Longest input worth matching; anything longer is not a town name. */
export const MAX_QUERY_LENGTH = 100;
const DEFAULT_LIMIT = 5;
const MIN_PREFIX = 3;
const MIN_WORD_PREFIX = 4;

/** Small words a name can continue with that nobody searches by ("di", "sul"…). */
const LINK_WORDS = new Set([
  'a', 'al', 'alla', 'd', 'da', 'dal', 'de', 'dei', 'del', 'dell', 'della', 'delle', 'degli',
  'di', 'e', 'in', 'il', 'l', 'la', 'le', 'lo', 'sul', 'sull', 'sulla', 'su',
]);
/** Words people add around a name: "Comune di Perugia", "Todi (PG)". */
const LEADING_FILLER = ['comune di ', 'comune ', 'frazione di ', 'frazione ', 'fraz ', 'localita ', 'loc '];
const TRAILING_FILLER = new Set(['pg', 'tr', 'umbria', 'italia', 'italy']);

/** Typos tolerated for a key of this many letters. */
function typoBudget(length: number): number {
  if (length < 4) return 0;
  return length <= 7 ? 1 : 2;
}

/** One bit per letter a–z, plus a few for digits and other scripts. */
function letterMask(s: string): number {
  let mask = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) mask |= 1 << (c - 97);
    else if (c >= 48 && c <= 57) mask |= 1 << 26;
    else mask |= 1 << (27 + (c % 5));
  }
  return mask;
}

function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Letters a–z, then digits, then everything else. */
const HIST_SLOTS = 28;

function histSlot(c: number): number {
  if (c >= 97 && c <= 122) return c - 97;
  return c >= 48 && c <= 57 ? 26 : 27;
}

function writeHistogram(key: string, into: Uint8Array, at: number): void {
  for (let i = 0; i < key.length; i++) {
    const slot = at + histSlot(key.charCodeAt(i));
    if (into[slot]! < 255) into[slot]!++;
  }
}

/**
 * Builds the lookup structures once, so each query touches only a few
 * hundred keys instead of every name.
 */
export function createTownIndex<E extends TownEntry>(entries: readonly E[]): TownIndex<E> {
  const list = entries.slice();
  const exact = new Map<string, number[]>();
  const prefix: { key: string; entry: number; whole: boolean }[] = [];
  const fuzzyKeys: string[] = [];
  const fuzzyEntries: number[] = [];
  const seen = new Set<string>();

  list.forEach((entry, i) => {
    for (const name of [entry.name, ...(entry.aliases ?? [])]) {
      for (const variant of expandAbbreviations(normalizeName(name))) {
        const key = compactName(variant);
        const id = `${i}\u0000${key}`;
        if (key === '' || seen.has(id)) continue;
        seen.add(id);
        const same = exact.get(key);
        if (same) same.push(i);
        else exact.set(key, [i]);
        fuzzyKeys.push(key);
        fuzzyEntries.push(i);
        const words = variant.split(' ');
        prefix.push({ key, entry: i, whole: true });
        for (let w = 1; w < words.length; w++) {
          const word = words[w] ?? '';
          if (word.length < 3 || LINK_WORDS.has(word)) continue;
          prefix.push({ key: words.slice(w).join(''), entry: i, whole: false });
        }
      }
    }
  });

  prefix.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.entry - b.entry));
  return {
    entries: list,
    exact,
    prefixKeys: prefix.map((p) => p.key),
    prefixEntries: Int32Array.from(prefix, (p) => p.entry),
    prefixWhole: Uint8Array.from(prefix, (p) => (p.whole ? 1 : 0)),
    fuzzy: createFuzzyIndex(fuzzyKeys, fuzzyEntries),
  };
}

function createFuzzyIndex(keys: string[], entries: number[]): FuzzyIndex {
  const lengths = new Map<number, number[]>();
  keys.forEach((key, k) => {
    const list = lengths.get(key.length);
    if (list) list.push(k);
    else lengths.set(key.length, [k]);
  });
  const hist = new Uint8Array(keys.length * HIST_SLOTS);
  keys.forEach((key, k) => writeHistogram(key, hist, k * HIST_SLOTS));
  return {
    keys,
    entries: Int32Array.from(entries),
    byLength: new Map([...lengths].map(([len, list]) => [len, Int32Array.from(list)])),
    masks: Int32Array.from(keys, letterMask),
    hist,
  };
}

function lowerBound(keys: readonly string[], target: string): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((keys[mid] as string) < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

type Candidate = { entry: number; score: number; kind: TownMatchKind };

/**
 * The best `limit` candidates seen so far, one per entry, best first. A vague
 * query ("san") can touch thousands of keys; keeping only the few we will
 * show avoids collecting and sorting them all.
 */
class TopMatches<E extends TownEntry> {
  readonly list: Candidate[] = [];
  private readonly entries: readonly E[];
  private readonly limit: number;

  constructor(entries: readonly E[], limit: number) {
    this.entries = entries;
    this.limit = limit;
  }

  offer(entry: number, score: number, kind: TownMatchKind): void {
    const list = this.list;
    const same = list.findIndex((c) => c.entry === entry);
    if (same >= 0) {
      if (score <= list[same]!.score) return;
      list.splice(same, 1);
    } else if (list.length >= this.limit && !this.better(score, entry, list[list.length - 1]!)) {
      return;
    }
    let at = list.length;
    while (at > 0 && this.better(score, entry, list[at - 1]!)) at--;
    list.splice(at, 0, { entry, score, kind });
    if (list.length > this.limit) list.pop();
  }

  private better(score: number, entry: number, than: Candidate): boolean {
    return rank(score, this.entries[entry] as E, than.score, this.entries[than.entry] as E) < 0;
  }
}

function searchVariants<E extends TownEntry>(index: TownIndex<E>, keys: readonly string[], limit: number): TopMatches<E> {
  const top = new TopMatches(index.entries, limit);
  let anyExact = false;
  for (const key of keys) {
    for (const entry of index.exact.get(key) ?? []) {
      top.offer(entry, 1, 'exact');
      anyExact = true;
    }
  }
  for (const key of keys) {
    if (key.length < MIN_PREFIX) continue;
    for (let at = lowerBound(index.prefixKeys, key); at < index.prefixKeys.length; at++) {
      const candidate = index.prefixKeys[at] as string;
      if (!candidate.startsWith(key)) break;
      const whole = index.prefixWhole[at] === 1;
      if (whole && candidate === key) continue; // already an exact match
      if (!whole && key.length < MIN_WORD_PREFIX) continue;
      const cover = key.length / candidate.length;
      const score = whole ? 0.6 + 0.35 * cover : 0.5 + 0.3 * cover;
      top.offer(index.prefixEntries[at] as number, score, 'prefix');
    }
  }
  // A name typed correctly should not drag in look-alikes ("todi" vs "tori").
  if (anyExact) return top;
  for (const key of keys) fuzzySearch(index.fuzzy, key, top);
  return top;
}

/**
 * Keys within the typo budget of `key`, from the length buckets it could
 * reach. Each edit adds or removes at most one distinct letter and changes
 * the letter counts by at most two, so the bitmask and histogram tests are
 * safe shortcuts; only the survivors get a (bounded) edit distance.
 */
function fuzzySearch<E extends TownEntry>(fuzzy: FuzzyIndex, key: string, top: TopMatches<E>): void {
  const budget = typoBudget(key.length);
  if (budget === 0) return;
  const mask = letterMask(key);
  const queryHist = new Uint8Array(HIST_SLOTS);
  writeHistogram(key, queryHist, 0);
  const { keys, masks, hist, entries } = fuzzy;
  for (let len = key.length - budget; len <= key.length + budget; len++) {
    const bucket = fuzzy.byLength.get(len);
    const allowed = Math.min(budget, typoBudget(len));
    if (!bucket || allowed === 0) continue;
    for (let b = 0; b < bucket.length; b++) {
      const k = bucket[b] as number;
      const m = masks[k] as number;
      if (popcount(mask & ~m) > allowed || popcount(m & ~mask) > allowed) continue;
      let diff = 0;
      const base = k * HIST_SLOTS;
      for (let slot = 0; slot < HIST_SLOTS && diff <= 2 * allowed; slot++) {
        diff += Math.abs(queryHist[slot]! - hist[base + slot]!);
      }
      if (diff > 2 * allowed) continue;
      const d = damerauLevenshtein(key, keys[k] as string, allowed);
      if (d > allowed || d === 0) continue;
      top.offer(entries[k] as number, 0.75 - 0.15 * (d - 1), 'fuzzy');
    }
  }
}

function queryKeys(normalized: string): string[] {
  return [...new Set(expandAbbreviations(normalized).map(compactName))].filter((k) => k !== '');
}

/** The query without "comune di …" in front or "(PG)" behind, if anything is left. */
function withoutFiller(normalized: string): string {
  let s = normalized;
  for (const lead of LEADING_FILLER) {
    if (s.startsWith(lead) && s.length > lead.length) {
      s = s.slice(lead.length);
      break;
    }
  }
  const words = s.split(' ');
  while (words.length > 1 && TRAILING_FILLER.has(words[words.length - 1] ?? '')) words.pop();
  return words.join(' ');
}

/**
 * Ranked guesses for the town a person typed: exact names (after expanding
 * "S." and friends) first, then names it begins, then names within one typo
 * (4–7 letters) or two (longer). Returns [] for anything that is not a
 * plausible name — empty, emoji, other scripts, over 100 characters — and
 * never throws on odd input.
 */
export function matchTown<E extends TownEntry>(
  index: TownIndex<E>,
  query: string,
  opts: MatchTownOptions = {},
): TownMatch<E>[] {
  if (typeof query !== 'string' || query.length > MAX_QUERY_LENGTH) return [];
  const limit = Math.max(0, Math.floor(opts.limit ?? DEFAULT_LIMIT));
  if (limit === 0) return [];
  const normalized = normalizeName(query);
  if (normalized === '') return [];

  let top = searchVariants(index, queryKeys(normalized), limit);
  const trimmed = withoutFiller(normalized);
  if (top.list.length === 0 && trimmed !== normalized) top = searchVariants(index, queryKeys(trimmed), limit);
  return top.list.map((c) => ({ entry: index.entries[c.entry] as E, score: c.score, kind: c.kind }));
}

/** Best score first; then comuni before frazioni, shorter names, then name and id for a stable order. */
function rank(scoreA: number, a: TownEntry, scoreB: number, b: TownEntry): number {
  if (scoreA !== scoreB) return scoreB - scoreA;
  if (a.kind !== b.kind) return a.kind === 'comune' ? -1 : 1;
  if (a.name.length !== b.name.length) return a.name.length - b.name.length;
  if (a.name !== b.name) return a.name < b.name ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
