import { isLocalDate, parseClock, type LocalDate } from './time.js';

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
 * Several ranges typed in one message for a special day ("9-12, 15-18", "9-12 e 15-18",
 * one per line): sorted, and refused as a whole when one is unreadable or two overlap,
 * so a typo never silently drops part of a day.
 */
export function parseRanges(text: string): { start: string; end: string }[] | undefined {
  const parts = text
    .split(/[,;\n]|\s+(?:e|ed|and)\s+/iu)
    .map((x) => x.trim())
    .filter((x) => x !== '');
  if (parts.length === 0 || parts.length > 6) return undefined;
  const ranges: { start: string; end: string }[] = [];
  for (const part of parts) {
    const r = parseRange(part);
    if (!r) return undefined;
    ranges.push(r);
  }
  ranges.sort((a, b) => a.start.localeCompare(b.start));
  for (let i = 1; i < ranges.length; i++) if (ranges[i]!.start < ranges[i - 1]!.end) return undefined;
  return ranges;
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

/** A date with its year, as a file carries it: "2026-12-24" or "24/12/2026". */
export function parseFullDate(text: string): LocalDate | undefined {
  const t = text.trim();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(t) && !/^\d{1,2}[/.]\d{1,2}[/.]\d{4}$/.test(t)) return undefined;
  const d = parseDay(t, '0000-01-01');
  return d !== undefined && isLocalDate(d) ? d : undefined;
}

export interface ImportedRange {
  line: number;
  pointSlug: string;
  weekday: number;
  start: string;
  end: string;
  capacity: number;
  /**
   * Inclusive validity bounds from the optional valid_from / valid_to columns: a date, or null
   * for an empty cell (no bound). Absent when the file has no such column: then the import
   * keeps the validity the same hours had before (see {@link keepValidity}).
   */
  validFrom?: LocalDate | null;
  validTo?: LocalDate | null;
}

/** The validity an existing range of a point has, for {@link keepValidity}. */
export interface ExistingRange {
  weekday: number;
  start: string;
  end: string;
  validFrom: LocalDate | null;
  validTo: LocalDate | null;
}

/**
 * The validity each imported range gets: the file's own bounds where it has the columns;
 * otherwise those of an identical range (same weekday and hours) the point already had, each
 * existing range lending its bounds once, so re-importing a file without the columns never
 * wipes seasonal hours entered by hand. Inputs are not changed.
 */
export function keepValidity(
  imported: readonly ImportedRange[],
  existing: readonly ExistingRange[],
): { validFrom: LocalDate | null; validTo: LocalDate | null }[] {
  const unused = [...existing];
  return imported.map((r) => {
    const match = unused.findIndex((e) => e.weekday === r.weekday && e.start === r.start && e.end === r.end);
    const before = match >= 0 ? unused.splice(match, 1)[0] : undefined;
    return {
      validFrom: r.validFrom !== undefined ? r.validFrom : (before?.validFrom ?? null),
      validTo: r.validTo !== undefined ? r.validTo : (before?.validTo ?? null),
    };
  });
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
 * Rows of an hours file (columns point, weekday, start, end, facilitators, and optionally
 * valid_from, valid_to; a header row is allowed): every row is checked, and the errors name
 * the line, so nothing half-valid is imported.
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
    // undefined: no such column; null: an empty cell; false: unreadable.
    const bound = (cell: string | undefined): LocalDate | null | undefined | false =>
      cell === undefined ? undefined : cell.trim() === '' ? null : (parseFullDate(cell) ?? false);
    const validFrom = bound(r.valid_from);
    const validTo = bound(r.valid_to);
    if (!knownSlugs.has(slug)) errors.push({ line, problem: `point "${slug}"` });
    else if (!weekday) errors.push({ line, problem: `weekday "${r.weekday ?? ''}"` });
    else if (!range) errors.push({ line, problem: `hours "${r.start ?? ''}-${r.end ?? ''}"` });
    else if (!Number.isInteger(capacity) || capacity < 1 || capacity > 9) errors.push({ line, problem: `facilitators "${r.facilitators ?? ''}"` });
    else if (validFrom === false) errors.push({ line, problem: `valid_from "${r.valid_from ?? ''}"` });
    else if (validTo === false || (validFrom && validTo && validTo < validFrom)) errors.push({ line, problem: `valid_to "${r.valid_to ?? ''}"` });
    else {
      ranges.push({
        line,
        pointSlug: slug,
        weekday,
        start: range.start,
        end: range.end,
        capacity,
        ...(validFrom !== undefined ? { validFrom } : {}),
        ...(validTo !== undefined ? { validTo } : {}),
      });
    }
  });
  return { ranges, errors };
}
