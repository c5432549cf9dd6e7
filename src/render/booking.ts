import { trusted } from './html.js';
import type { Point } from '../app/reference.js';
import { formatDateTime } from './dates.js';
import { pointWhere } from './find.js';
import type { Translate } from './translate.js';

export interface BookingView {
  code: string;
  start: Date;
  serviceCode: string;
  note: string | null;
}

export function serviceName(t: Translate, code: string): string {
  return t(`service-${code}`);
}

export function renderSummary(t: Translate, locale: string, point: Point, b: Omit<BookingView, 'code'>): string {
  return t('book-summary', {
    point: point.name,
    where: pointWhere(point),
    when: formatDateTime(b.start, locale),
    service: trusted(serviceName(t, b.serviceCode)),
    note: b.note ?? t('book-summary-no-note'),
  });
}

export function renderConfirmation(t: Translate, locale: string, point: Point, b: BookingView): string {
  return t('book-confirmed', {
    code: b.code,
    point: point.name,
    where: pointWhere(point),
    when: formatDateTime(b.start, locale),
    service: trusted(serviceName(t, b.serviceCode)),
    bring: trusted(t(`service-${b.serviceCode}-bring`)),
  });
}

export function renderMyBookings(t: Translate, locale: string, items: { booking: BookingView; point: Point }[]): string {
  if (items.length === 0) return t('mybookings-none');
  return [
    t('mybookings-title'),
    '',
    ...items.map(({ booking, point }) =>
      t('mybookings-item', { code: booking.code, when: formatDateTime(booking.start, locale), point: point.name, service: trusted(serviceName(t, booking.serviceCode)) }),
    ),
  ].join('\n\n');
}
