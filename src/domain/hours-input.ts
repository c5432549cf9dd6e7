import { parseClock } from './time.js';

/** Parses "9-13", "09:00-13:00", "9.30–12.30" into HH:MM strings (start before end), or undefined. */
export function parseRange(text: string): { start: string; end: string } | undefined {
  const m = /^\s*(\d{1,2})(?:[:.](\d{2}))?\s*[-–—]\s*(\d{1,2})(?:[:.](\d{2}))?\s*$/.exec(text);
  if (!m) return undefined;
  const fmt = (h: string, mm: string | undefined) => `${h.padStart(2, '0')}:${mm ?? '00'}`;
  const start = fmt(m[1]!, m[2]);
  const end = fmt(m[3]!, m[4]);
  const s = parseClock(start);
  const e = parseClock(end);
  if (s === undefined || e === undefined || s >= e) return undefined;
  return { start, end };
}


/**
 * Reads a day typed by staff: "24/12", "24/12/2026" or "2026-12-24". Without a year, the next
 * such day from `today` on. Undefined when it is not a real date.
 */
export function parseDay(text: string, today: string): string | undefined {
  const t = text.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  const dm = /^(\d{1,2})[/.](\d{1,2})(?:[/.](\d{4}))?$/.exec(t);
  if (!iso && !dm) return undefined;
  const [y, m, d] = iso ? [Number(iso[1]), Number(iso[2]), Number(iso[3])] : [dm![3] ? Number(dm![3]) : Number(today.slice(0, 4)), Number(dm![2]), Number(dm![1])];
  const fmt = (yy: number) => `${yy}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const real = (s: string) => {
    const dt = new Date(`${s}T12:00:00Z`);
    return !Number.isNaN(dt.getTime()) && dt.toISOString().slice(0, 10) === s;
  };
  const yearGiven = Boolean(iso) || Boolean(dm?.[3]);
  const first = fmt(y);
  const out = !yearGiven && first < today ? fmt(y + 1) : first;
  return real(out) ? out : undefined;
}
