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

export interface ImportedRange {
  line: number;
  pointSlug: string;
  weekday: number;
  start: string;
  end: string;
  capacity: number;
}

const WEEKDAYS: Record<string, number> = {
  '1': 1, lun: 1, lunedi: 1, mon: 1, monday: 1,
  '2': 2, mar: 2, martedi: 2, tue: 2, tuesday: 2,
  '3': 3, mer: 3, mercoledi: 3, wed: 3, wednesday: 3,
  '4': 4, gio: 4, giovedi: 4, thu: 4, thursday: 4,
  '5': 5, ven: 5, venerdi: 5, fri: 5, friday: 5,
  '6': 6, sab: 6, sabato: 6, sat: 6, saturday: 6,
  '7': 7, dom: 7, domenica: 7, sun: 7, sunday: 7,
};

/**
 * Rows of an hours file (columns point, weekday, start, end, facilitators; a header row is
 * allowed): every row is checked, and the errors name the line, so nothing half-valid is imported.
 */
export function parseHoursRows(rows: readonly Record<string, string>[], knownSlugs: ReadonlySet<string>): { ranges: ImportedRange[]; errors: { line: number; problem: string }[] } {
  const ranges: ImportedRange[] = [];
  const errors: { line: number; problem: string }[] = [];
  rows.forEach((r, i) => {
    const line = i + 2; // after the header
    const slug = (r.point ?? '').trim();
    const wdKey = (r.weekday ?? '').trim().toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
    const weekday = WEEKDAYS[wdKey];
    const range = parseRange(`${(r.start ?? '').trim()}-${(r.end ?? '').trim()}`);
    const capacity = (r.facilitators ?? '1').trim() === '' ? 1 : Number(r.facilitators);
    if (!knownSlugs.has(slug)) errors.push({ line, problem: `point "${slug}"` });
    else if (!weekday) errors.push({ line, problem: `weekday "${r.weekday ?? ''}"` });
    else if (!range) errors.push({ line, problem: `hours "${r.start ?? ''}-${r.end ?? ''}"` });
    else if (!Number.isInteger(capacity) || capacity < 1 || capacity > 9) errors.push({ line, problem: `facilitators "${r.facilitators ?? ''}"` });
    else ranges.push({ line, pointSlug: slug, weekday, start: range.start, end: range.end, capacity });
  });
  return { ranges, errors };
}
