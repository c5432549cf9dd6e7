const ZONE = 'Europe/Rome';
const cache = new Map<string, Intl.DateTimeFormat>();

function fmt(locale: string, opts: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(opts)}`;
  let f = cache.get(key);
  if (!f) {
    // Western digits in every language (Arabic too): times as they are written on the door in Italy.
    f = new Intl.DateTimeFormat(locale, { timeZone: ZONE, numberingSystem: 'latn', ...opts });
    cache.set(key, f);
  }
  return f;
}

/** "martedì 24 novembre 2026, 10:30" — always Europe/Rome, in the person's language. */
export function formatDateTime(d: Date, locale: string): string {
  return fmt(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(d);
}

/** "martedì 24 novembre" */
export function formatDay(d: Date, locale: string): string {
  return fmt(locale, { weekday: 'long', day: 'numeric', month: 'long' }).format(d);
}

/** "10:30", 24-hour as on Italian doors whatever the language. */
export function formatTime(d: Date, locale: string): string {
  return fmt(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(d);
}

/** "24/11/2026" */
export function formatDate(d: Date, locale: string): string {
  return fmt(locale, { day: '2-digit', month: '2-digit', year: 'numeric' }).format(d);
}
