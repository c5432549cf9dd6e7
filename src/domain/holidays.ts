/**
 * Days when public offices, and so the help points, are closed: Italian
 * national holidays plus each comune's patron-saint day.
 *
 * Sundays are deliberately not listed: opening hours already say which
 * weekdays are open. Holidays falling on a weekend are not moved.
 */
import { addDays, daysInMonth, formatLocalDate, parseLocalDate, type LocalDate } from './time.js';

export type NationalHolidayKey =
  | 'new_year'
  | 'epiphany'
  | 'easter'
  | 'easter_monday'
  | 'liberation_day'
  | 'labour_day'
  | 'republic_day'
  | 'assumption'
  | 'st_francis'
  | 'all_saints'
  | 'immaculate_conception'
  | 'christmas'
  | 'st_stephen';

export type HolidayKey = NationalHolidayKey | 'patron_saint';

export type Holiday =
  | { date: LocalDate; key: NationalHolidayKey; scope: 'national' }
  /** `name` is the saint as given in the data, e.g. "San Costanzo". */
  | { date: LocalDate; key: 'patron_saint'; scope: 'municipal'; name: string; comuneIstat: string };

/** A comune's patron-saint day; data supplied by the caller, only where a source confirms it. */
export type PatronDay = { comuneIstat: string; month: number; day: number; name: string };

/** 4 October (St Francis of Assisi) is a national holiday again from 2026 (L. 260/1949 as amended in 2025). */
export const ST_FRANCIS_FIRST_YEAR = 2026;

/**
 * Easter Sunday by the Gregorian computus (anonymous / Meeus–Jones–Butcher
 * algorithm), because Easter Monday closes every office and moves each year.
 */
export function easterSunday(year: number): LocalDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return formatLocalDate(year, month, day);
}

const FIXED: readonly { month: number; day: number; key: NationalHolidayKey }[] = [
  { month: 1, day: 1, key: 'new_year' },
  { month: 1, day: 6, key: 'epiphany' },
  { month: 4, day: 25, key: 'liberation_day' },
  { month: 5, day: 1, key: 'labour_day' },
  { month: 6, day: 2, key: 'republic_day' },
  { month: 8, day: 15, key: 'assumption' },
  { month: 10, day: 4, key: 'st_francis' },
  { month: 11, day: 1, key: 'all_saints' },
  { month: 12, day: 8, key: 'immaculate_conception' },
  { month: 12, day: 25, key: 'christmas' },
  { month: 12, day: 26, key: 'st_stephen' },
];

const byYear = new Map<number, readonly Holiday[]>();
const MEMO_YEARS = 64;

function byDate(a: Holiday, b: Holiday): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
}

/**
 * National holidays of a year, sorted by date. Memoised per year because the
 * same few years are asked for on every "is it open?" question.
 */
export function nationalHolidays(year: number): readonly Holiday[] {
  if (!Number.isInteger(year) || year < 1583 || year > 9999) {
    throw new RangeError(`Unsupported year: ${year}`);
  }
  const cached = byYear.get(year);
  if (cached) return cached;
  const list: Holiday[] = FIXED.filter((f) => f.key !== 'st_francis' || year >= ST_FRANCIS_FIRST_YEAR).map(
    (f) => ({ date: formatLocalDate(year, f.month, f.day), key: f.key, scope: 'national' as const }),
  );
  const easter = easterSunday(year);
  list.push({ date: easter, key: 'easter', scope: 'national' });
  list.push({ date: addDays(easter, 1), key: 'easter_monday', scope: 'national' });
  list.sort(byDate);
  const frozen = Object.freeze(list.map((h) => Object.freeze(h)));
  if (byYear.size >= MEMO_YEARS) byYear.clear();
  byYear.set(year, frozen);
  return frozen;
}

function patronHolidays(year: number, istat: string, patronDays: readonly PatronDay[]): Holiday[] {
  const out: Holiday[] = [];
  for (const p of patronDays) {
    if (p.comuneIstat !== istat) continue;
    if (!Number.isInteger(p.month) || p.month < 1 || p.month > 12) continue;
    if (!Number.isInteger(p.day) || p.day < 1 || p.day > daysInMonth(year, p.month)) continue;
    out.push({
      date: formatLocalDate(year, p.month, p.day),
      key: 'patron_saint',
      scope: 'municipal',
      name: p.name,
      comuneIstat: istat,
    });
  }
  return out;
}

/** Every closing day of a year for one comune: national holidays plus its patron saint, by date. */
export function holidaysFor(year: number, istat: string, patronDays: readonly PatronDay[]): Holiday[] {
  return [...nationalHolidays(year), ...patronHolidays(year, istat, patronDays)].sort(byDate);
}

/**
 * The holiday that closes offices in comune `istat` on `localDate`, or
 * undefined. A national holiday is reported in preference to a patron day on
 * the same date, as it is the one everybody knows.
 */
export function isHoliday(
  localDate: LocalDate,
  istat: string,
  patronDays: readonly PatronDay[],
): Holiday | undefined {
  const parts = parseLocalDate(localDate);
  if (!parts) throw new RangeError(`Invalid local date: ${JSON.stringify(localDate)}`);
  const national = nationalHolidays(parts.year).find((h) => h.date === localDate);
  if (national) return national;
  return patronHolidays(parts.year, istat, patronDays).find((h) => h.date === localDate);
}
