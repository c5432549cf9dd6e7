import { callbackData } from '../../callback-data.js';
import { addDays, type LocalDate } from '../../../domain/time.js';

/** Steps of the booking conversation: the value is a point id, a service index, a day or a slot. */
export const bookCb = callbackData('bk', {
  a: ['pt', 'sv', 'day', 'full', 'tm', 'nonote', 'ok', 'back', 'stop'] as const,
  v: 'int',
});

/** My bookings: cancel (ask, yes, no) and move (pick a day, then a time). */
export const myCb = callbackData('mb', {
  a: ['cancel', 'cyes', 'cno', 'move', 'mday', 'mtime', 'confirm'] as const,
  id: 'id',
  v: 'int',
});

/** "Book here" on a point card. */
export const bookHereCb = callbackData('bkp', { point: 'id' });

/** Days travel in buttons as yyyymmdd numbers, slots as minutes since the epoch: no index that can shift. */
export const dayToInt = (d: LocalDate): number => Number(d.replaceAll('-', ''));
export const intToDay = (n: number): LocalDate | undefined => {
  const s = String(n);
  if (!/^\d{8}$/.test(s)) return undefined;
  const d = `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`;
  return addDays(d, 0) === d ? d : undefined;
};
export const slotToInt = (start: Date): number => Math.round(start.getTime() / 60_000);
export const intToSlot = (n: number): Date => new Date(n * 60_000);

/** Taking a waiting-list offer. */
export const waitCb = callbackData('wl', { entry: 'id' });
/** "No, thanks" on a waiting-list offer: the seat goes to the next in line at once. */
export const waitDeclineCb = callbackData('wld', { entry: 'id' });

/** "How did it go?" 1–5 after a service. */
export const rateCb = callbackData('rt', { record: 'id', score: 'int' });
