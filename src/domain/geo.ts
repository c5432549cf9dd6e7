/**
 * Distances on the Earth's surface and "which points are closest to me".
 *
 * Numbers only: formatting kilometres for people happens in the rendering layer.
 */

export type LatLon = { readonly lat: number; readonly lon: number };

export type NearestHit<T> = { item: T; km: number };

/** Mean Earth radius (IUGG), good to ~0.5 % for any pair of points. */
export const EARTH_RADIUS_KM = 6371.0088;

const DEG = Math.PI / 180;

/**
 * A generous box around Umbria (the region spans roughly 42.36–43.62 N,
 * 11.88–13.27 E). It is only used to tell someone far away that the service
 * is in Umbria, so a few kilometres of neighbouring regions inside it do no harm.
 */
export const UMBRIA_BBOX = {
  minLat: 42.36,
  maxLat: 43.62,
  minLon: 11.88,
  maxLon: 13.27,
} as const;

function isCoordinate(p: LatLon): boolean {
  return (
    Number.isFinite(p.lat) &&
    Number.isFinite(p.lon) &&
    Math.abs(p.lat) <= 90 &&
    Math.abs(p.lon) <= 180
  );
}

/** True when a shared location is roughly inside Umbria, so far-away users can be told where the service is. */
export function isInUmbria(p: LatLon): boolean {
  return (
    isCoordinate(p) &&
    p.lat >= UMBRIA_BBOX.minLat &&
    p.lat <= UMBRIA_BBOX.maxLat &&
    p.lon >= UMBRIA_BBOX.minLon &&
    p.lon <= UMBRIA_BBOX.maxLon
  );
}

/**
 * Great-circle (haversine) distance in km: accurate enough for "how far is the
 * nearest help point" and stable for tiny distances, unlike the spherical law of cosines.
 */
export function haversineKm(a: LatLon, b: LatLon): number {
  const dLat = (b.lat - a.lat) * DEG;
  const dLon = (b.lon - a.lon) * DEG;
  const s1 = Math.sin(dLat / 2);
  const s2 = Math.sin(dLon / 2);
  const h = s1 * s1 + Math.cos(a.lat * DEG) * Math.cos(b.lat * DEG) * s2 * s2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Points as unit vectors on the sphere. The straight-line (chord) distance
 * between two unit vectors grows with the great-circle distance, so ranking
 * needs only subtractions and multiplications — no trigonometry per point.
 */
export type NearestIndex<T extends LatLon> = {
  readonly items: readonly T[];
  /** Positions in `items` of points with usable coordinates. */
  readonly slots: Int32Array;
  readonly xs: Float64Array;
  readonly ys: Float64Array;
  readonly zs: Float64Array;
};

type Vec = { x: number; y: number; z: number };

function unitVector(p: LatLon): Vec {
  const lat = p.lat * DEG;
  const lon = p.lon * DEG;
  const c = Math.cos(lat);
  return { x: c * Math.cos(lon), y: c * Math.sin(lon), z: Math.sin(lat) };
}

/** Chord length squared (unit sphere) to great-circle kilometres. */
function chord2ToKm(c2: number): number {
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(c2) / 2));
}

/**
 * Precomputes each point's position once so every query is a few
 * multiplications per point. Points with missing or impossible coordinates
 * are left out rather than poisoning the ranking with NaN.
 */
export function createNearestIndex<T extends LatLon>(points: readonly T[]): NearestIndex<T> {
  const items = points.slice();
  const usable: number[] = [];
  items.forEach((p, i) => {
    if (isCoordinate(p)) usable.push(i);
  });
  const n = usable.length;
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  const zs = new Float64Array(n);
  usable.forEach((pos, j) => {
    const v = unitVector(items[pos] as T);
    xs[j] = v.x;
    ys[j] = v.y;
    zs[j] = v.z;
  });
  return { items, slots: Int32Array.from(usable), xs, ys, zs };
}

/** Above this k, insertion into the k-best list costs more than one full sort. */
const LARGE_K = 64;

/**
 * The k closest points to `from`, nearest first. Ties are broken by the
 * points' order in the input so the same question always gets the same answer.
 * Keeps a small sorted k-best list instead of sorting every point.
 */
export function nearestIn<T extends LatLon>(
  index: NearestIndex<T>,
  from: LatLon,
  k: number,
  filter?: (item: T, position: number) => boolean,
): NearestHit<T>[] {
  const want = Math.floor(k);
  if (!(want > 0) || !isCoordinate(from)) return [];
  const { items, slots, xs, ys, zs } = index;
  const { x, y, z } = unitVector(from);
  const n = slots.length;
  const limit = Math.min(want, n);
  if (limit > LARGE_K) return nearestBySorting(index, { x, y, z }, limit, filter);
  // Parallel arrays sorted by (chord², position).
  const bestD = new Float64Array(limit);
  const bestPos = new Int32Array(limit);
  let size = 0;

  for (let j = 0; j < n; j++) {
    const dx = xs[j]! - x;
    const dy = ys[j]! - y;
    const dz = zs[j]! - z;
    const d = dx * dx + dy * dy + dz * dz;
    // Positions only grow, so an equal distance never displaces an earlier point.
    if (size === limit && d >= bestD[size - 1]!) continue;
    const pos = slots[j]!;
    if (filter && !filter(items[pos] as T, pos)) continue;
    let at = size < limit ? size++ : size - 1;
    while (at > 0 && bestD[at - 1]! > d) {
      bestD[at] = bestD[at - 1]!;
      bestPos[at] = bestPos[at - 1]!;
      at--;
    }
    bestD[at] = d;
    bestPos[at] = pos;
  }

  const hits: NearestHit<T>[] = [];
  for (let i = 0; i < size; i++) hits.push({ item: items[bestPos[i]!] as T, km: chord2ToKm(bestD[i]!) });
  return hits;
}

function nearestBySorting<T extends LatLon>(
  index: NearestIndex<T>,
  from: Vec,
  limit: number,
  filter?: (item: T, position: number) => boolean,
): NearestHit<T>[] {
  const { items, slots, xs, ys, zs } = index;
  const all: { d: number; pos: number }[] = [];
  for (let j = 0; j < slots.length; j++) {
    const pos = slots[j]!;
    if (filter && !filter(items[pos] as T, pos)) continue;
    const dx = xs[j]! - from.x;
    const dy = ys[j]! - from.y;
    const dz = zs[j]! - from.z;
    all.push({ d: dx * dx + dy * dy + dz * dz, pos });
  }
  all.sort((a, b) => a.d - b.d || a.pos - b.pos);
  return all.slice(0, limit).map(({ d, pos }) => ({ item: items[pos] as T, km: chord2ToKm(d) }));
}

/**
 * One-off convenience over a plain array. Builds a throwaway index, so for
 * repeated queries over the same points use {@link createNearestIndex} + {@link nearestIn}.
 */
export function nearest<T extends LatLon>(
  points: readonly T[],
  from: LatLon,
  k: number,
  filter?: (item: T, position: number) => boolean,
): NearestHit<T>[] {
  return nearestIn(createNearestIndex(points), from, k, filter);
}
