/**
 * What facilitators type when they create an event: a date and time ("12/3 15:30",
 * "12 marzo 15:30", "domani 10", "martedì 9:30") and a duration ("90", "1h30", "2 ore").
 * Pure: `today` is an argument; the result is a local date and minutes past midnight in
 * Rome, turned into an instant elsewhere (romeInstant) so that 15:30 stays 15:30.
 */
import { addDays, formatLocalDate, isLocalDate, isoWeekday, parseLocalDate, type LocalDate } from './time.js';

export interface LocalDateTime {
  date: LocalDate;
  minutes: number;
}

const MONTHS: Record<string, number> = {};
const addMonths = (names: string[]) => names.forEach((n, i) => (MONTHS[n] = i + 1));
addMonths(['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre']);
addMonths(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
addMonths(['gen', 'feb', 'mar', 'apr', 'mag', 'giu', 'lug', 'ago', 'set', 'ott', 'nov', 'dic']);
addMonths(['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']);

const WEEKDAYS: Record<string, number> = {};
const addWeekdays = (names: string[]) => names.forEach((n, i) => (WEEKDAYS[n] = i + 1));
addWeekdays(['lunedi', 'martedi', 'mercoledi', 'giovedi', 'venerdi', 'sabato', 'domenica']);
addWeekdays(['lun', 'mar', 'mer', 'gio', 'ven', 'sab', 'dom']);
addWeekdays(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

const RELATIVE: Record<string, number> = { oggi: 0, today: 0, domani: 1, tomorrow: 1, dopodomani: 2 };

/** Lower case, no accents, one space between words; "alle"/"ore"/"at" and commas dropped. */
function normalise(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/,/g, ' ')
    .replace(/\b(alle|alla|ore|at|h)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "15:30", "15.30", "15", "9" → minutes past midnight (00:00–23:59). */
export function parseTimeOfDay(text: string): number | undefined {
  const m = /^(\d{1,2})(?:[:.](\d{2}))?$/.exec(text.trim());
  if (!m) return undefined;
  const h = Number(m[1]);
  const min = m[2] === undefined ? 0 : Number(m[2]);
  if (h > 23 || min > 59) return undefined;
  return h * 60 + min;
}

/** A day and month without a year: this year's, or next year's if it has already passed. */
function upcoming(today: LocalDate, month: number, day: number, year?: number): LocalDate | undefined {
  const todayParts = parseLocalDate(today)!;
  const y = year ?? todayParts.year;
  const candidate = formatLocalDate(y, month, day);
  if (!isLocalDate(candidate)) return undefined;
  if (year !== undefined || candidate >= today) return candidate;
  const next = formatLocalDate(y + 1, month, day);
  return isLocalDate(next) ? next : undefined;
}

/**
 * Reads a date and a time; `today` is Rome's date now. Returns undefined when either is
 * missing or impossible (31/2, 25:00): the conversation then asks again with examples.
 */
export function parseDateTime(input: string, today: LocalDate): LocalDateTime | undefined {
  const text = normalise(input);
  const words = text.split(' ');
  const timeWord = words.at(-1);
  const minutes = timeWord === undefined ? undefined : parseTimeOfDay(timeWord);
  if (minutes === undefined || words.length < 2) return undefined;
  const datePart = words.slice(0, -1).join(' ');

  let date: LocalDate | undefined;
  let m: RegExpExecArray | null;
  if (datePart in RELATIVE) {
    date = addDays(today, RELATIVE[datePart]!);
  } else if ((m = /^(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{2}|\d{4}))?$/.exec(datePart))) {
    const year = m[3] === undefined ? undefined : m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    date = upcoming(today, Number(m[2]), Number(m[1]), year);
  } else if ((m = /^(?:[a-z]+ )?(\d{1,2}) ([a-z]+)(?: (\d{4}))?$/.exec(datePart)) && MONTHS[m[2]!]) {
    date = upcoming(today, MONTHS[m[2]!]!, Number(m[1]), m[3] === undefined ? undefined : Number(m[3]));
  } else if (datePart in WEEKDAYS) {
    // "martedì": the next Tuesday after today (today's would be "oggi").
    const wanted = WEEKDAYS[datePart]!;
    const shift = ((wanted - isoWeekday(today) + 7) % 7) || 7;
    date = addDays(today, shift);
  }
  return date === undefined ? undefined : { date, minutes };
}

/** "90", "45 min", "1h30", "1:30", "2 ore", "1 ora e 30", "2h" → minutes (5 minutes to 12 hours). */
export function parseDuration(input: string): number | undefined {
  const text = input
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
  let minutes: number | undefined;
  let m: RegExpExecArray | null;
  if ((m = /^(\d{1,3}) ?(?:m|min|minuti|minutes)?$/.exec(text))) minutes = Number(m[1]);
  else if ((m = /^(\d{1,2}) ?(?:h|ora|ore|hours?)(?: ?(?:e|and)? ?(\d{1,2}) ?(?:m|min|minuti|minutes)?)?$/.exec(text))) minutes = Number(m[1]) * 60 + Number(m[2] ?? 0);
  else if ((m = /^(\d{1,2})[:.](\d{2})$/.exec(text))) minutes = Number(m[1]) * 60 + Number(m[2]);
  if (minutes === undefined || minutes < 5 || minutes > 12 * 60) return undefined;
  return minutes;
}

/**
 * The address of an online event: an https link with a real host name ("meet.google.com"),
 * at most 500 characters. Anything else (http, javascript:, spaces, a bare word) is refused,
 * since the address goes into the channel post and into calendar files as it is.
 */
export function parseOnlineUrl(input: string): string | undefined {
  const text = input.trim();
  if (text.length > 500 || !/^https:\/\/\S+$/i.test(text)) return undefined;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f<>"\\]/.test(text)) return undefined;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' || url.username || url.password) return undefined;
  if (!/^([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/i.test(url.hostname)) return undefined;
  // As the URL parser writes it: "HTTPS://Meet.Example.it" (a phone's capital letter) → "https://meet.example.it/".
  return url.href.length <= 500 ? url.href : undefined;
}

/** "Liceo Marconi, Pro Loco" → the partners' names: at most 10, 80 characters each. */
export function parsePartners(input: string): string[] {
  return input
    .split(/[,;\n]/)
    .map((s) => s.trim().slice(0, 80))
    .filter(Boolean)
    .slice(0, 10);
}
